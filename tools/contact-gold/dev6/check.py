import json, collections, os, glob
HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.normpath(os.path.join(HERE, "..", "..", "..", "src", "test", "resources", "gold", "contacts"))
PATH = os.path.join(GOLD, "dev6.jsonl")
recs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
ids = [r["id"] for r in recs]; assert len(ids) == len(set(ids)), "duplicate ids"
KINDS = {"meet", "talk", "call", "attend", "accompany"}
LABELS = {"byline", "name-in-name", "commemorated", "letter", "work-title", "list", "mentioned", "single", "planned", "other"}
KEYS = ["id", "source", "text", "pairs", "negative", "note"]
kinds = collections.Counter(); labs = collections.Counter(); err = 0; big = 0; texts = collections.Counter()
for r in recs:
    if list(r.keys()) != KEYS: print("KEYS", r["id"]); err += 1
    if not r["id"].startswith("probe27-"): print("ID", r["id"]); err += 1
    if not r["source"].startswith("written by an annotator in session 26, in the style of "): print("SRC", r["id"]); err += 1
    texts[r["text"]] += 1
    if r["pairs"]:
        if r["negative"] is not None: print("BOTH", r["id"]); err += 1
    else:
        if r["negative"] not in LABELS: print("NOLAB", r["id"]); err += 1
    seen = set()
    for p in r["pairs"]:
        if p["a"] == p["b"]: print("SAME", r["id"], p); err += 1
        for x in (p["a"], p["b"]):
            if x not in r["text"]: print("NOTIN", r["id"], x); err += 1
        if p["kind"] not in KINDS: print("KIND", r["id"], p); err += 1
        k = frozenset((p["a"], p["b"]))
        if k in seen: print("DUP", r["id"], p); err += 1
        seen.add(k); kinds[p["kind"]] += 1
    if len(r["pairs"]) > 10: big += 1
    if r["negative"]: labs[r["negative"]] += 1
for t, c in texts.items():
    if c > 1: print("TEXT-DUP inside dev6:", t[:40]); err += 1
# no text shared with any other gold file (read only to compare texts)
others = {}
for f in sorted(glob.glob(os.path.join(GOLD, "*.jsonl"))):
    if os.path.basename(f) == "dev6.jsonl": continue
    for l in open(f, encoding="utf-8"):
        l = l.strip()
        if l: others.setdefault(json.loads(l).get("text", ""), os.path.basename(f))
for r in recs:
    if r["text"] in others: print("TEXT-DUP with", others[r["text"]], r["id"]); err += 1
L = [len(r["text"]) for r in recs]
bad = [r["id"] for r in recs if not 40 <= len(r["text"]) <= 250]
if bad: print("LENGTH", bad); err += 1
print("records", len(recs), "pos", sum(1 for r in recs if r["pairs"]), "neg", sum(1 for r in recs if not r["pairs"]),
      "pairs", sum(kinds.values()), "big(>10)", big, "len", min(L), max(L), "compared with", len(others), "other texts", "errors", err)
print("kinds", dict(kinds.most_common())); print("labels", dict(labs.most_common()))
assert err == 0
