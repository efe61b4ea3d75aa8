#!/usr/bin/env python3
"""Deterministic ordered candidate list for the second contact-gold dev set.

Input : /work/main/tools/contact-gold/candidates.jsonl, /work/main/tools/contact-gold/gold.jsonl
Output: /work/notes/gold2/order2.jsonl  (candidates not in gold.jsonl, sorted by md5 hex of id,
        each with its 0-based 'rank' in that order)
The annotator reads the list in rank order; the take/skip rule is described in README.md.
"""
import hashlib, json, os

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'order2.jsonl')

gold_ids = {json.loads(l)['id'] for l in open(os.path.join(BASE, 'gold.jsonl'), encoding='utf-8') if l.strip()}
cands = [json.loads(l) for l in open(os.path.join(BASE, 'candidates.jsonl'), encoding='utf-8') if l.strip()]
rest = [c for c in cands if c['id'] not in gold_ids]
rest.sort(key=lambda c: (hashlib.md5(c['id'].encode('utf-8')).hexdigest(), c['id']))
with open(OUT, 'w', encoding='utf-8') as f:
    for i, c in enumerate(rest):
        c = dict(c, rank=i)
        f.write(json.dumps(c, ensure_ascii=False) + '\n')
print(f'candidates {len(cands)}, in gold {len(cands) - len(rest)}, ordered {len(rest)} -> {OUT}')
