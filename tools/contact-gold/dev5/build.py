"""Build dev5.jsonl and heldout3.jsonl from pos.py / neg.py (stdlib only).
Shuffle with seed 26; first two thirds -> dev5, last third -> heldout3; ids continuous over both."""
import json, os, random
from pos import POS
from neg import NEG

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "src", "test", "resources", "gold", "contacts"))

def src(style):
    return f"written by an annotator in session 26, in the style of {style}"

recs = []
for st, t, pairs, note in POS:
    assert pairs, t
    recs.append(dict(source=src(st), text=t,
                     pairs=[dict(a=a, b=b, kind=k) for a, b, k in pairs], negative=None, note=note))
for st, t, lab, note in NEG:
    recs.append(dict(source=src(st), text=t, pairs=[], negative=lab, note=note))

random.Random(26).shuffle(recs)
recs = [{"id": f"probe26-{i:04d}", **r} for i, r in enumerate(recs, 1)]
cut = len(recs) * 2 // 3
for name, part in (("dev5.jsonl", recs[:cut]), ("heldout3.jsonl", recs[cut:])):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in part:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(part))
