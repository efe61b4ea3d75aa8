#!/usr/bin/env bash
# Identical-output check for refactorings (issue 12): builds BASE_REV (default c88c99f, the commit before
# the package moves) and the working tree, runs both over seeds/, and compares
#   - the `extract` JSON Lines of the seed pages,
#   - the sorted quads of the seed store after `ingest` (the run record's timestamps normalised),
#   - every `export` format of both graphs,
#   - a generated benchmark corpus (300 JSON Lines records, seed 42).
# Usage: tools/identical-output.sh [BASE_REV]      exit 0 = identical, 1 = differences (shown as a diff)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base="${1:-c88c99f}"
rev="$(git -C "$here" rev-parse --short=12 "$base")"
work="${TMPDIR:-/tmp}/newsgraph-identical-$rev"
mkdir -p "$work"

build() { # $1 = source dir
  (cd "$1" && mvn -q -o -B -DskipTests package 2>&1 | sed -e 's/\x1b\[[0-9;]*[A-Za-z]//g' -e '/^$/d' >&2)
}

if [ ! -f "$work/base/target/newsgraph-0.1.0.jar" ]; then
  echo "building $base in $work/base" >&2
  rm -rf "$work/base" && mkdir -p "$work/base"
  git -C "$here" archive "$rev" | tar -x -C "$work/base"
  build "$work/base"
fi
echo "building the working tree" >&2
build "$here"

all_quads="$work/all-quads.rq"
echo 'SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }' > "$all_quads"

outputs() { # $1 = jar, $2 = output dir
  local jar="$1" out="$2" store="$2/store"
  rm -rf "$out" && mkdir -p "$out"
  (cd "$here" && java -jar "$jar" extract seeds > "$out/extract.jsonl" 2> "$out/extract.err")
  (cd "$here" && java -jar "$jar" ingest seeds --store "$store" 2> "$out/ingest.err" \
    | sed -e 's/"seconds":[0-9.]*,//' > "$out/ingest.json")
  java -jar "$jar" query "$all_quads" --store "$store" --format tsv \
    | sed -e 's#/id/run/[^>]*>#/id/run/RUN>#g' \
          -e 's#"[0-9T:.Z-]*"^^<http://www.w3.org/2001/XMLSchema\#dateTime>#"TIME"^^<xsd:dateTime>#g' \
    | LC_ALL=C sort > "$out/quads.tsv"
  for f in graphml gexf csv cytoscape; do
    for g in met-with full; do
      java -jar "$jar" export --store "$store" --format "$f" --graph "$g" --out "$out/export-$g.$f" 2>&1 \
        | sed -e "s#$out/##" >> "$out/export.log"
    done
  done
  java -jar "$jar" bench generate --articles 300 --out "$out/generated.jsonl" --work "$out/bench-work" > /dev/null 2>&1
  rm -rf "$out/bench-work"
  rm -rf "$store" "$store"-*  # the store and the text index beside it
}

if [ ! -f "$work/base-out/generated.jsonl" ]; then
  echo "running $base" >&2
  outputs "$work/base/target/newsgraph-0.1.0.jar" "$work/base-out"
fi
echo "running the working tree" >&2
outputs "$here/target/newsgraph-0.1.0.jar" "$work/new-out"

if diff -r "$work/base-out" "$work/new-out" > "$work/diff.txt"; then
  echo "identical: extract $(wc -l < "$work/new-out/extract.jsonl") articles, $(wc -l < "$work/new-out/quads.tsv") quads, $(ls "$work/new-out" | grep -c export-) exports (vs $base)"
else
  head -50 "$work/diff.txt"
  echo "DIFFERENT from $base (full diff: $work/diff.txt)" >&2
  exit 1
fi
