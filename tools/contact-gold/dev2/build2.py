#!/usr/bin/env python3
"""annotations2.txt (id<TAB>spec<TAB>note; spec = NEG:label or a|b|kind;a|b|kind) + order2.jsonl -> dev2.jsonl (sorted by id)."""
import json, os, sys
D = os.path.dirname(os.path.abspath(__file__))
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)  # tools/contact-gold
REPO = os.path.dirname(os.path.dirname(BASE))
CORPORA = os.path.join(os.path.dirname(REPO), 'shared', 'corpora')
GOLD_OUT = os.path.join(REPO, 'src', 'test', 'resources', 'gold', 'contacts', 'dev2.jsonl')
cand = {}
for l in open(os.path.join(D, 'order2.jsonl'), encoding='utf-8'):
    c = json.loads(l); cand[c['id']] = c
import re
_thuc = None
def thuc_sentence(cid):
    # same sentence split as tools/contact-gold/select.py (split_sentences)
    global _thuc
    if _thuc is None:
        _thuc = open('' + CORPORA + '/thucnews-sample/cnews.test.txt', encoding='utf-8').read().split('\n')
    a, s_ = map(int, cid.split('-')[1:])
    body = _thuc[a].split('\t', 1)[1]
    parts = [p.strip() for p in re.findall(r"[^。！？]*[。！？]|[^。！？]+$", body) if p.strip()]
    return parts[s_]
allc = {}
for l in open(os.path.join(BASE, 'candidates.jsonl'), encoding='utf-8'):
    c = json.loads(l); allc[c['id']] = c
recs = {}
for n, line in enumerate(open(os.path.join(D, 'annotations2.txt'), encoding='utf-8'), 1):
    line = line.rstrip('\n')
    if not line.strip() or line.startswith('#'):
        continue
    parts = line.split('\t')
    cid, spec = parts[0].strip(), parts[1].strip()
    note = parts[2].strip() if len(parts) > 2 else ''
    c = dict(cand[cid])
    # optional 4th column: ids of preceding sentences (same THUCNews article) prepended as context
    if len(parts) > 3 and parts[3].strip():
        ctx = [x.strip() for x in parts[3].split(',')]
        c['text'] = ''.join(thuc_sentence(x) for x in ctx) + c['text']
        c['source'] = c['source'] + f' (with {len(ctx)} preceding sentence' + ('s' if len(ctx) > 1 else '') + ')'
    if spec.startswith('NEG:'):
        pairs, neg = [], spec[4:]
    else:
        pairs, neg = [], None
        for p in spec.split(';'):
            a, b, k = [x.strip() for x in p.split('|')]
            pairs.append({'a': a, 'b': b, 'kind': k})
    if cid in recs:
        sys.exit(f'line {n}: duplicate {cid}')
    recs[cid] = {'id': cid, 'source': c['source'], 'text': c['text'], 'pairs': pairs, 'negative': neg, 'note': note}
with open(GOLD_OUT, 'w', encoding='utf-8') as f:
    for cid in sorted(recs):
        f.write(json.dumps(recs[cid], ensure_ascii=False) + '\n')
pos = sum(1 for r in recs.values() if r['pairs'])
print(f'records {len(recs)} positives {pos} negatives {len(recs)-pos} pairs {sum(len(r["pairs"]) for r in recs.values())}')
