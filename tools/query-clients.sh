#!/usr/bin/env bash
# tools/query-clients.sh URL LOG NAME...: one analyst: alternately the full who-met-whom summary and one person's
# who-met-whom (names in turn), 0.5 s between requests, until the file STOP appears beside LOG.
url=$1; log=$2; shift 2
q="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/queries"
summary=$(cat $q/who-met-whom-summary.rq)
person=$(cat $q/who-met-whom-person.rq)
i=0
while [ ! -f "$(dirname $log)/STOP" ]; do
  name=${@:$(( i % $# + 1 )):1}
  # bind the parameter as the query command does: VALUES before the body
  pq=$(printf '%s' "$person" | sed "s/^WHERE {/WHERE { VALUES ?person { \"$name\" }/")
  for kind in summary person; do
    if [ $kind = summary ]; then body=$summary; else body=$pq; fi
    r=$(curl -s -o /dev/null -w '%{http_code} %{time_total} %{size_download}' -X POST \
        -H 'Content-Type: application/sparql-query; charset=utf-8' -H 'Accept: application/sparql-results+json' \
        --data-binary "$body" --max-time 120 "$url")
    echo "$(date +%s) $kind $r" >> "$log"
    sleep 0.5
  done
  i=$((i+1))
done
