import json, random, collections
from pos import POS
from neg import NEG
DROP_POS = ["DROPME", "总统府联合大厦同南非总统拉马福萨", "巴勒斯坦总统阿巴斯", "阿姆赫德", "米尔济约耶夫", "茂木敏充", "文在寅。", "邓福德",
  "朴槿惠举行会谈", "阿卜杜拉希扬通电话", "马兴瑞在深圳", "楼阳生会见了比亚迪", "汪洋16日在厦门", "广州松园", "默克尔通电话",
  "一同为“联合创新中心”", "刘云山出席", "候任行政长官林郑月娥", "布小林", "张国智", "埃及总统塞西", "罗德里格斯", "蒂尔曼·费尔蒂塔"]
DROP_NEG = ["记者 兰红光", "记者杨迪", "史晓露", "讲解员刘静", "马克思列宁主义", "邓小平同志诞辰110", "刘鹤向", "省长马兴瑞致信",
  "中国式离婚", "福布斯", "钱七虎", "发展才是硬道理", "乔丹当作", "阿拉伯国家联盟", "范爷", "国足主教练李铁", "刘德华计划",
  "汪洋还将", "梅西原定", "郎平2013年"]
def pick(rows, drops):
    out=[]; used=collections.Counter()
    for r in rows:
        hit=[d for d in drops if d in r[1]]
        for d in hit: used[d]+=1
        if not hit: out.append(r)
    for d in drops:
        assert used[d]==(5 if d=="DROPME" else 1), (d, used[d])
    return out
pos = pick(POS, DROP_POS); neg = pick(NEG, DROP_NEG)
recs=[]
for st, t, pairs, note in pos:
    recs.append(dict(source=f"written by an annotator in session 24, in the style of {st}", text=t,
        pairs=[dict(a=a,b=b,kind=k) for a,b,k in pairs], negative=None, note=note))
for st, t, lab, note in neg:
    recs.append(dict(source=f"written by an annotator in session 24, in the style of {st}", text=t,
        pairs=[], negative=lab, note=note))
random.Random(24).shuffle(recs)
with open("dev4.jsonl","w",encoding="utf-8") as f:
    for i,r in enumerate(recs,1):
        r = {"id": f"probe24-{i:04d}", **r}
        f.write(json.dumps(r, ensure_ascii=False)+"\n")
