import json, collections
recs=[json.loads(l) for l in open("/work/probe24/dev4.jsonl",encoding="utf-8")]
ids=[r["id"] for r in recs]; assert len(ids)==len(set(ids))
KINDS={"meet","talk","call","attend","accompany"}
LABELS={"byline","name-in-name","commemorated","letter","work-title","list","mentioned","single","planned","other"}
kinds=collections.Counter(); labs=collections.Counter(); err=0; big=0; texts=collections.Counter()
for r in recs:
    texts[r["text"]]+=1
    if r["pairs"]:
        if r["negative"] is not None: print("BOTH",r["id"]); err+=1
    else:
        if r["negative"] not in LABELS: print("NOLAB",r["id"]); err+=1
    seen=set()
    for p in r["pairs"]:
        if p["a"]==p["b"]: print("SAME",r["id"],p); err+=1
        for x in (p["a"],p["b"]):
            if x not in r["text"]: print("NOTIN",r["id"],x); err+=1
        if p["kind"] not in KINDS: print("KIND",r["id"],p); err+=1
        k=frozenset((p["a"],p["b"]))
        if k in seen: print("DUP",r["id"],p); err+=1
        seen.add(k); kinds[p["kind"]]+=1
    if len(r["pairs"])>10: big+=1
    if r["negative"]: labs[r["negative"]]+=1
assert all(v==1 for v in texts.values())
L=[len(r["text"]) for r in recs]
print("records",len(recs),"pos",sum(1 for r in recs if r["pairs"]),"neg",sum(1 for r in recs if not r["pairs"]),
      "pairs",sum(kinds.values()),"big(>10)",big,"len",min(L),max(L),"errors",err)
print("kinds",dict(kinds)); print("labels",dict(labs))
