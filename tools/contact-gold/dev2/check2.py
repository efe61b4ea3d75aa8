#!/usr/bin/env python3
"""Validate src/test/resources/gold/contacts/dev2.jsonl.
Checks: valid JSON lines with the dev.jsonl keys; ids unique, sorted, present in candidates.jsonl
and NOT in gold.jsonl; pairs xor negative label (label from the guideline list); a != b; kinds
from the guideline; a and b literal substrings of the text; no duplicate unordered pair in a
record; text equals the candidate text (or ends with it when preceding context was added)."""
import json, os, sys
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + '/'
D = os.path.join(os.path.dirname(os.path.dirname(BASE.rstrip('/'))), 'src/test/resources/gold/contacts') + '/'
KINDS = {'meet', 'talk', 'call', 'attend', 'accompany'}
LABELS = {'byline', 'name-in-name', 'commemorated', 'letter', 'work-title', 'list',
          'mentioned', 'single', 'planned', 'other'}
KEYS = ['id', 'source', 'text', 'pairs', 'negative', 'note']
gold = {json.loads(l)['id'] for l in open(BASE + 'gold.jsonl', encoding='utf-8') if l.strip()}
cand = {}
for l in open(BASE + 'candidates.jsonl', encoding='utf-8'):
    c = json.loads(l); cand[c['id']] = c
errs, ids, recs = [], [], []
for n, l in enumerate(open(D + 'dev2.jsonl', encoding='utf-8'), 1):
    r = json.loads(l); recs.append(r)
    e = lambda m: errs.append(f"line {n} {r.get('id')}: {m}")
    if list(r.keys()) != KEYS: e(f'keys {list(r.keys())}')
    rid = r['id']; ids.append(rid)
    if rid in gold: e('id already in gold.jsonl')
    if rid not in cand: e('id not in candidates.jsonl')
    else:
        ct = cand[rid]['text']
        if r['text'] != ct and not (r['text'].endswith(ct) and 'preceding' in r['source']):
            e('text differs from candidate text')
    if r['pairs'] and r['negative'] is not None: e('both pairs and negative label')
    if not r['pairs'] and r['negative'] not in LABELS: e(f"no pairs and bad label {r['negative']!r}")
    seen = set()
    for p in r['pairs']:
        if set(p) != {'a', 'b', 'kind'}: e(f'pair keys {p}')
        a, b, k = p['a'], p['b'], p['kind']
        if a == b: e(f'a == b ({a})')
        if k not in KINDS: e(f'bad kind {k}')
        for x in (a, b):
            if not x or x not in r['text']: e(f'name not literal in text: {x}')
        key = frozenset((a, b))
        if key in seen: e(f'duplicate pair {a}-{b}')
        seen.add(key)
if len(ids) != len(set(ids)): errs.append('duplicate ids')
if ids != sorted(ids): errs.append('not sorted by id')
pos = [r for r in recs if r['pairs']]
from collections import Counter
print(f'records {len(recs)}, positives {len(pos)}, negatives {len(recs) - len(pos)}, pairs {sum(len(r["pairs"]) for r in recs)}')
print('negatives by label:', dict(Counter(r['negative'] for r in recs if not r['pairs']).most_common()))
print('pairs by kind:', dict(Counter(p['kind'] for r in recs for p in r['pairs']).most_common()))
print('by source:', dict(Counter(r['id'].split('-')[0] for r in recs)))
if errs:
    print('\n'.join(errs)); sys.exit(1)
print('OK')
