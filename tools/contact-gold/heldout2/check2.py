import json,collections
rs=[json.loads(l) for l in open("heldout2.jsonl",encoding="utf-8")]
ids=set();kinds=collections.Counter();labs=collections.Counter();big=0;npos=0;errs=0
for r in rs:
    assert r["id"] not in ids; ids.add(r["id"])
    t=r["text"]
    if not 20<=len(t)<=180: print("LEN",r["id"],len(t)); errs+=1
    seen=set()
    for p in r["pairs"]:
        if p["a"] not in t or p["b"] not in t or p["a"]==p["b"]: print("BAD",r["id"],p); errs+=1
        k=frozenset((p["a"],p["b"]))
        if k in seen: print("DUP",r["id"],p); errs+=1
        seen.add(k); kinds[p["kind"]]+=1
        assert p["kind"] in {"meet","talk","call","attend","accompany"}
    if r["pairs"]:
        assert r["negative"] is None; npos+=1
        if len(r["pairs"])>10: big+=1
    else:
        assert r["negative"] in "byline name-in-name commemorated letter work-title list mentioned single planned other".split(); labs[r["negative"]]+=1
print(len(rs),"records",npos,"pos",len(rs)-npos,"neg",sum(kinds.values()),"pairs",">10:",big,"errs",errs)
print(dict(kinds));print(dict(labs))
