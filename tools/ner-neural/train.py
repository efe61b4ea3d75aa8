"""Character BiLSTM tagger for newsgraph's NER, an experiment against the perceptron (issue 15).

Inputs come from DumpFeatures.java (same train/dev split as train-ner --without-dev / eval --part dev):
per character the character, its HanLP word position+POS, the perceptron's lexicon hits, the gold label
(and on dev the perceptron's label). Features: character, character bigram, word position+POS, lexicon
multi-hot, corpus domain. Decoding: BIO-constrained Viterbi over the per-character log-probabilities.
Run: /usr/bin/python3 tools/ner-neural/train.py DUMPDIR [epochs]
"""
import collections, random, sys, time
import torch, torch.nn as nn

torch.set_num_threads(1)
random.seed(20261123)
torch.manual_seed(20261123)

def read(path):
    sents, cur, head = [], None, None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('# '):
            ident, dom = line[2:].split('\t'); cur = []; head = (ident, dom)
        elif not line:
            if cur is not None: sents.append((head, cur)); cur = None
        else:
            cur.append(line.split('\t'))
    return sents

dump = sys.argv[1]
epochs = int(sys.argv[2]) if len(sys.argv) > 2 else 6
train, dev = read(dump + '/train_without_dev.tsv'), read(dump + '/dev.tsv')
LABELS = ['O'] + [p + t for t in ['PERSON', 'PLACE', 'ORGANIZATION', 'TITLE'] for p in ['B-', 'I-']]
L = {l: i for i, l in enumerate(LABELS)}
cc = collections.Counter(r[0] for _, s in train for r in s)
bc = collections.Counter(a[0] + b[0] for _, s in train for a, b in zip(s, s[1:] + [['$']]))
CH = {c: i + 2 for i, c in enumerate(c for c, n in cc.items() if n >= 1)}
BI = {c: i + 2 for i, c in enumerate(c for c, n in bc.items() if n >= 2)}
WP = {w: i + 2 for i, w in enumerate(sorted({r[1] for _, s in train for r in s}))}
LX = sorted({x for _, s in train for r in s for x in r[2].split(',') if x != '-'})
LXI = {x: i for i, x in enumerate(LX)}
DOM = {'pd98': 0, 'cluener': 1}

def encode(head, s):
    ch = [CH.get(r[0], 1) for r in s]
    bi = [BI.get(a[0] + b[0], 1) for a, b in zip(s, s[1:] + [['$']])]
    wp = [WP.get(r[1], 1) for r in s]
    lx = torch.zeros(len(s), len(LX))
    for i, r in enumerate(s):
        for x in r[2].split(','):
            if x in LXI: lx[i, LXI[x]] = 1
    y = [L.get(r[3], 0) for r in s]
    return torch.tensor(ch), torch.tensor(bi), torch.tensor(wp), lx, DOM[head[1]], torch.tensor(y)

class Tagger(nn.Module):
    def __init__(s):
        super().__init__()
        s.ch = nn.Embedding(len(CH) + 2, 96); s.bi = nn.Embedding(len(BI) + 2, 48); s.wp = nn.Embedding(len(WP) + 2, 24)
        s.dom = nn.Embedding(2, 8)
        s.lstm = nn.LSTM(96 + 48 + 24 + len(LX) + 8, 128, batch_first=True, bidirectional=True)
        s.drop = nn.Dropout(0.3)
        s.out = nn.Linear(256, len(LABELS))
    def forward(s, ch, bi, wp, lx, dom):
        d = s.dom(dom).unsqueeze(1).expand(-1, ch.shape[1], -1)
        x = torch.cat([s.ch(ch), s.bi(bi), s.wp(wp), lx, d], -1)
        h, _ = s.lstm(s.drop(x))
        return torch.log_softmax(s.out(s.drop(h)), -1)

def batch(items):
    n = max(len(i[0]) for i in items)
    pad = lambda t, v: torch.cat([t, torch.full((n - len(t),) + t.shape[1:], v, dtype=t.dtype)])
    return (torch.stack([pad(i[0], 0) for i in items]), torch.stack([pad(i[1], 0) for i in items]),
            torch.stack([pad(i[2], 0) for i in items]), torch.stack([pad(i[3], 0.) for i in items]),
            torch.tensor([i[4] for i in items]), torch.stack([pad(i[5], -100) for i in items]))

ALLOWED = torch.tensor([[0. if not (b.startswith('I-') and a[2:] != b[2:]) else -1e9 for b in LABELS] for a in LABELS])
START = torch.tensor([-1e9 if b.startswith('I-') else 0. for b in LABELS])

def viterbi(lp):
    score = lp[0] + START; back = []
    for t in range(1, lp.shape[0]):
        m, arg = (score.unsqueeze(1) + ALLOWED).max(0)
        back.append(arg); score = m + lp[t]
    best = [int(score.argmax())]
    for arg in reversed(back): best.append(int(arg[best[-1]]))
    return [LABELS[i] for i in reversed(best)]

def spans(labels, types):
    out, i = set(), 0
    while i < len(labels):
        if labels[i].startswith('B-'):
            t = labels[i][2:]; j = i + 1
            while j < len(labels) and labels[j] == 'I-' + t: j += 1
            if t in types: out.add((i, j, t))
            i = j
        else: i += 1
    return out

def f1(gold, pred):
    tp = len(gold & pred); p = tp / max(len(pred), 1); r = tp / max(len(gold), 1)
    return 2 * p * r / max(p + r, 1e-9)

def evaluate(model, data, enc):
    model.eval(); groups = collections.defaultdict(lambda: [set(), set(), set()])
    with torch.no_grad():
        for k, ((ident, dom), s) in enumerate(data):
            ch, bi, wp, lx, d, y = enc[k]
            lp = model(ch[None], bi[None], wp[None], lx[None], torch.tensor([d]))[0]
            mine = viterbi(lp)
            g = ident.split('#')[0] + ('' if dom == 'pd98' else '')
            types = {'PERSON', 'PLACE', 'ORGANIZATION'} | ({'TITLE'} if dom == 'cluener' else set())
            gg, nn_, pp = groups[g]
            gg |= {(k,) + x for x in spans([r[3] for r in s], types)}
            nn_ |= {(k,) + x for x in spans(mine, types)}
            pp |= {(k,) + x for x in spans([r[4] for r in s], types)}
    model.train()
    return {g: (round(f1(v[0], v[1]), 3), round(f1(v[0], v[2]), 3)) for g, v in groups.items()}

enc_train = [encode(h, s) for h, s in train]
enc_dev = [encode(h, s) for h, s in dev]
print('train', len(train), 'sentences', sum(len(s) for _, s in train), 'chars; dev', len(dev), flush=True)
model = Tagger(); opt = torch.optim.Adam(model.parameters(), lr=2e-3)
order = sorted(range(len(enc_train)), key=lambda i: len(enc_train[i][0]))
batches = [order[i:i + 32] for i in range(0, len(order), 32)]
for ep in range(epochs):
    random.shuffle(batches); t0 = time.time(); tot = 0
    for b in batches:
        ch, bi, wp, lx, d, y = batch([enc_train[i] for i in b])
        unk = (torch.rand(ch.shape) < 0.05) & (ch > 0)   # character dropout: teaches the unknown-character row
        ch = ch.masked_fill(unk, 1)
        lp = model(ch, bi, wp, lx, d)
        loss = nn.functional.nll_loss(lp.reshape(-1, len(LABELS)), y.reshape(-1), ignore_index=-100)
        opt.zero_grad(); loss.backward(); nn.utils.clip_grad_norm_(model.parameters(), 5.); opt.step(); tot += float(loss)
    print('epoch', ep + 1, 'loss %.4f' % (tot / len(batches)), '%.0f s' % (time.time() - t0),
          'dev F1 (neural, perceptron):', evaluate(model, dev, enc_dev), flush=True)
torch.save(model.state_dict(), dump + '/bilstm.pt')
