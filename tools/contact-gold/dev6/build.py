import json, random, os
from pos import POS
from neg import NEG
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "..", "src", "test", "resources", "gold", "contacts", "dev6.jsonl")
SRC = "written by an annotator in session 26, in the style of {}"
recs = []
for st, t, pairs, note in POS:
    recs.append(dict(source=SRC.format(st), text=t,
        pairs=[dict(a=a, b=b, kind=k) for a, b, k in pairs], negative=None, note=note))
for st, t, lab, note in NEG:
    recs.append(dict(source=SRC.format(st), text=t, pairs=[], negative=lab, note=note))
random.Random(27).shuffle(recs)
with open(os.path.normpath(OUT), "w", encoding="utf-8") as f:
    for i, r in enumerate(recs, 1):
        r = {"id": f"probe27-{i:04d}", **r}
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(recs), "records to", os.path.normpath(OUT))
