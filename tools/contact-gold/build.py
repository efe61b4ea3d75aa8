#!/usr/bin/env python3
"""Build the contact-pair gold records from candidates.jsonl + annotations.txt.

Usage: python3 tools/contact-gold/build.py [corpora_dir]
Writes tools/contact-gold/gold.jsonl (all annotated records, sorted by id).
Record text = candidate sentence; for THUCNews records with ctx > 0 the ctx preceding
sentences of the same article are prepended (pronoun resolution, max 3 sentences).
"""
import itertools
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import importlib.util

_spec = importlib.util.spec_from_file_location("select_mod", os.path.join(HERE, "select.py"))
select_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(select_mod)

KINDS = {"meet", "talk", "call", "attend", "accompany"}
NEG_KINDS = {"byline", "name-in-name", "commemorated", "letter", "work-title", "list",
             "mentioned", "single", "planned", "other"}


def parse_spec(spec):
    spec = spec.strip()
    if spec.startswith("NEG:"):
        kind = spec[4:].strip()
        if kind not in NEG_KINDS:
            raise ValueError("bad negative kind %r" % kind)
        return [], kind
    pairs, seen = [], set()
    for part in spec.split(";"):
        part = part.strip()
        if not part:
            continue
        if part.startswith("*"):
            kind, names = part[1:].split(":", 1)
            names = [n.strip() for n in names.split("/")]
            combos = list(itertools.combinations(names, 2))
        else:
            ab, kind = part.rsplit(":", 1)
            a, b = ab.split("~")
            combos = [(a.strip(), b.strip())]
        kind = kind.strip()
        if kind not in KINDS:
            raise ValueError("bad pair kind %r in %r" % (kind, spec))
        for a, b in combos:
            key = frozenset((a, b))
            if key in seen:
                continue
            seen.add(key)
            pairs.append({"a": a, "b": b, "kind": kind})
    return pairs, None


def main():
    corpora = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpora"
    cands = {}
    with open(os.path.join(HERE, "candidates.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            cands[r["id"]] = r
    thuc = {}
    with open(os.path.join(corpora, "thucnews-sample", "cnews.test.txt"), encoding="utf-8") as f:
        for a, line in enumerate(f):
            thuc[a] = select_mod.split_sentences(line.rstrip("\n").split("\t", 1)[1])
    out, errors = [], []
    with open(os.path.join(HERE, "annotations.txt"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = [x.strip() for x in line.split("|")]
            rid, ctx, spec = fields[0], int(fields[1]), fields[2]
            note = "|".join(fields[3:]).strip() if len(fields) > 3 else ""
            if rid not in cands:
                errors.append("line %d: %s not a candidate" % (ln, rid))
                continue
            c = cands[rid]
            text = c["text"]
            source = c["source"]
            if ctx:
                if not rid.startswith("thuc-"):
                    errors.append("line %d: ctx only for THUCNews" % ln)
                _, a, s = rid.split("-")
                a, s = int(a), int(s)
                sents = thuc[a][s - ctx:s + 1]
                assert sents[-1] == text, rid
                text = "".join(sents)
                source += " (with %d preceding sentence%s)" % (ctx, "s" if ctx > 1 else "")
            pairs, neg = parse_spec(spec)
            for p in pairs:
                for n in (p["a"], p["b"]):
                    if n not in text:
                        errors.append("line %d: %s: name %r not in text" % (ln, rid, n))
            out.append({"id": rid, "source": source, "text": text, "pairs": pairs,
                        "negative": neg, "note": note})
    ids = [r["id"] for r in out]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        errors.append("duplicate ids: %s" % sorted(dup))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    out.sort(key=lambda r: r["id"])
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    pos = sum(1 for r in out if r["pairs"])
    print("records %d, positives %d, negatives %d" % (len(out), pos, len(out) - pos))


if __name__ == "__main__":
    main()
