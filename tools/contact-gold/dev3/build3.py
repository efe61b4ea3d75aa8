#!/usr/bin/env python3
"""annotations3.txt (id<TAB>spec<TAB>note; spec = NEG:label or a|b|kind;a|b|kind) -> dev3.jsonl (sorted by id).

Texts come from tools/contact-gold/candidates.jsonl (PD98, CLUENER) or, for THUCNews ids, from the
article split into sentences as select.py does. Fails when an id is already in dev/dev2/heldout, when a
name is not in its text, or when a kind or label is not one of the guideline's."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
REPO = os.path.dirname(os.path.dirname(BASE))
CORPORA = os.path.join(os.path.dirname(REPO), 'shared', 'corpora')
GOLD = os.path.join(REPO, 'src', 'test', 'resources', 'gold', 'contacts')
KINDS = {'meet', 'talk', 'call', 'attend', 'accompany'}
LABELS = {'byline', 'name-in-name', 'commemorated', 'letter', 'work-title', 'list',
          'mentioned', 'single', 'planned', 'other'}


def thuc_sentence(cid, cache={}):
    if 'lines' not in cache:
        cache['lines'] = open(os.path.join(CORPORA, 'thucnews-sample', 'cnews.test.txt'), encoding='utf-8').read().split('\n')
    a, s = map(int, cid.split('-')[1:])
    body = cache['lines'][a].split('\t', 1)[1]
    parts = [p.strip() for p in re.findall(r"[^。！？]*[。！？]|[^。！？]+$", body) if p.strip()]
    return parts[s]


def main():
    used = set()
    for name in ('dev', 'dev2', 'heldout'):
        used |= {json.loads(l)['id'] for l in open(os.path.join(GOLD, name + '.jsonl'), encoding='utf-8')}
    cand = {}
    for l in open(os.path.join(BASE, 'candidates.jsonl'), encoding='utf-8'):
        c = json.loads(l)
        cand[c['id']] = c
    recs = {}
    for n, line in enumerate(open(os.path.join(HERE, 'annotations3.txt'), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        cid, spec, note = (line.split('\t') + [''])[:3]
        if cid in used or cid in recs:
            sys.exit(f'line {n}: {cid} is already used')
        if cid.startswith('thuc-'):
            text, source = thuc_sentence(cid), 'thucnews-sample/cnews.test.txt article %s sentence %s' % tuple(cid.split('-')[1:])
        else:
            text, source = cand[cid]['text'], cand[cid]['source']
        pairs, neg = [], None
        if spec.startswith('NEG:'):
            neg = spec[4:]
            if neg not in LABELS:
                sys.exit(f'line {n}: unknown label {neg}')
        else:
            for p in spec.split(';'):
                a, b, k = [x.strip() for x in p.split('|')]
                if a not in text or b not in text or a == b or k not in KINDS:
                    sys.exit(f'line {n}: bad pair {p} for {text}')
                pairs.append({'a': a, 'b': b, 'kind': k})
        recs[cid] = {'id': cid, 'source': source, 'text': text, 'pairs': pairs, 'negative': neg, 'note': note}
    with open(os.path.join(GOLD, 'dev3.jsonl'), 'w', encoding='utf-8') as f:
        for cid in sorted(recs):
            f.write(json.dumps(recs[cid], ensure_ascii=False) + '\n')
    pos = sum(1 for r in recs.values() if r['pairs'])
    print(f'records {len(recs)} positives {pos} negatives {len(recs) - pos} '
          f'pairs {sum(len(r["pairs"]) for r in recs.values())}')


if __name__ == '__main__':
    main()
