"""Validate dev5.jsonl + heldout3.jsonl: names literal in text, a != b, ids unique and continuous,
pair-or-negative, kinds/labels known, no duplicate pair, text length, no text shared with any other
gold file in src/test/resources/gold/contacts/; print counts."""
import json, os, glob, collections

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.normpath(os.path.join(HERE, "..", "..", "..", "src", "test", "resources", "gold", "contacts"))
MINE = ["dev5.jsonl", "heldout3.jsonl"]
KINDS = {"meet", "talk", "call", "attend", "accompany"}
LABELS = {"byline", "name-in-name", "commemorated", "letter", "work-title", "list",
          "mentioned", "single", "planned", "other"}

err = 0
def bad(*a):
    global err; err += 1; print("ERROR", *a)

split = {}
for fn in MINE:
    split[fn] = [json.loads(l) for l in open(os.path.join(GOLD, fn), encoding="utf-8")]
recs = split[MINE[0]] + split[MINE[1]]

ids = [r["id"] for r in recs]
if len(ids) != len(set(ids)): bad("duplicate ids")
if ids != [f"probe26-{i:04d}" for i in range(1, len(ids) + 1)]: bad("ids not continuous")

other_texts = {}
for fn in glob.glob(os.path.join(GOLD, "*.jsonl")):
    if os.path.basename(fn) in MINE: continue
    for l in open(fn, encoding="utf-8"):
        if l.strip():
            other_texts[json.loads(l)["text"]] = os.path.basename(fn)

kinds = collections.Counter(); labs = collections.Counter(); texts = collections.Counter()
for r in recs:
    if set(r) != {"id", "source", "text", "pairs", "negative", "note"}: bad("keys", r["id"])
    t = r["text"]; texts[t] += 1
    if t in other_texts: bad("text also in", other_texts[t], r["id"])
    if not 40 <= len(t) <= 250: bad("length", len(t), r["id"])
    if not r["source"].startswith("written by an annotator in session 26, in the style of "): bad("source", r["id"])
    if r["pairs"]:
        if r["negative"] is not None: bad("pairs and negative", r["id"])
    elif r["negative"] not in LABELS: bad("no pairs, bad label", r["id"], r["negative"])
    seen = set()
    for p in r["pairs"]:
        if set(p) != {"a", "b", "kind"}: bad("pair keys", r["id"], p)
        if p["a"] == p["b"]: bad("a == b", r["id"], p)
        for x in (p["a"], p["b"]):
            if x not in t: bad("name not in text", r["id"], x)
        if p["kind"] not in KINDS: bad("kind", r["id"], p)
        k = frozenset((p["a"], p["b"]))
        if k in seen: bad("duplicate pair", r["id"], p)
        seen.add(k); kinds[p["kind"]] += 1
    if r["negative"]: labs[r["negative"]] += 1
for t, c in texts.items():
    if c > 1: bad("text twice", t[:30])

L = [len(r["text"]) for r in recs]
print("records", len(recs), "| with contacts", sum(1 for r in recs if r["pairs"]),
      "| negatives", sum(1 for r in recs if not r["pairs"]), "| pairs", sum(kinds.values()),
      "| text length", min(L), "-", max(L))
print("pairs per kind", dict(kinds.most_common()))
print("negatives per label", dict(labs.most_common()))
for fn in MINE:
    rs = split[fn]
    print(fn, "records", len(rs), "pos", sum(1 for r in rs if r["pairs"]), "neg", sum(1 for r in rs if not r["pairs"]),
          "pairs", sum(len(r["pairs"]) for r in rs))
print("errors", err)
raise SystemExit(1 if err else 0)
