#!/usr/bin/env python3
"""Deterministic candidate selection for the contact-pair gold set.

Usage: python3 tools/contact-gold/select.py [corpora_dir] [out_file]
Defaults: /work/shared/corpora, tools/contact-gold/candidates.jsonl (next to this script).

Output records: {"id", "source", "text", "group", "names", "verbs"}
  group "A": sentence contains a contact verb (8 <= len <= 300)
  group "C": no contact verb, but a secondary contact cue (接待, 现身, 仪式 ...; see
     SECONDARY_CUES); PD98 / CLUENER additionally need >= 2 distinct person names
  group "B": hard-negative candidate, no contact verb:
     PD98 / CLUENER: >= 2 distinct person names (PER tags / CLUENER "name" labels)
     THUCNews: contains a cue word (记者, 致信, ...) (no NER available)
"""
import json
import os
import re
import sys

CONTACT_VERBS = ["会见", "会晤", "会谈", "接见", "拜会", "拜访", "看望", "探望", "慰问",
                 "宴请", "约见", "会面", "见面", "通电话", "通了电话", "座谈", "交谈",
                 "共进", "陪同", "出席", "参加", "合影", "握手"]
THUC_CUES = ["记者", "致信", "致电", "贺电", "回信", "纪念", "诞辰", "逝世", "悼念", "《",
             "思想", "理论", "奖", "指出", "表示", "介绍"]
# Secondary contact cues (group C).  Added because group A alone yields fewer than
# the required 180 positives: co-attendance and meetings in news are often worded with
# 接待/现身/亮相/出席-less event nouns (发布会, 首映, 仪式 ...).
SECONDARY_CUES = ["接待", "谈话", "晤谈", "现身", "亮相", "到场", "助阵", "与会", "在座",
                  "迎接", "欢迎", "颁奖", "主持", "聚会", "同台", "相聚", "签署", "送行",
                  "晚宴", "宴会", "招待会", "首映", "发布会", "记者会", "典礼", "仪式",
                  "开幕式", "闭幕式", "一起", "陪",
                  "派对", "酒会", "庆功", "晚会", "婚礼", "探班", "做客", "同场", "合唱",
                  "磋商", "交换意见", "交换了意见", "转达", "结识", "相识", "一同", "一道",
                  "携手", "见到", "谈判", "对话", "拥抱", "牵手", "聊天", "碰面", "共度",
                  "庆生", "生日会", "演唱会", "音乐会", "接机", "探视", "饭局", "敬酒", "出现在"]
MIN_LEN, MAX_LEN = 8, 300


def verbs_in(text):
    return [v for v in CONTACT_VERBS if v in text]


def cues_in(text):
    return [c for c in SECONDARY_CUES if c in text]


def ok_len(text):
    return MIN_LEN <= len(text) <= MAX_LEN


def read_bio(path):
    """Yield (index, text, [person names]) for each blank-line separated sentence."""
    sent_chars, sent_tags = [], []
    idx = 0
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines + [""]:
        line = line.rstrip("\r")
        if not line.strip():
            if sent_chars:
                yield idx, "".join(sent_chars), per_names(sent_chars, sent_tags)
                idx += 1
                sent_chars, sent_tags = [], []
            continue
        parts = line.split(" ")
        ch = parts[0] if parts[0] != "" else " "
        tag = parts[-1] if len(parts) > 1 else "O"
        sent_chars.append(ch)
        sent_tags.append(tag)


def per_names(chars, tags):
    names, cur = [], []
    for ch, tag in zip(chars, tags):
        if tag == "B-PER":
            if cur:
                names.append("".join(cur))
            cur = [ch]
        elif tag == "I-PER" and cur:
            cur.append(ch)
        else:
            if cur:
                names.append("".join(cur))
            cur = []
    if cur:
        names.append("".join(cur))
    out = []
    for n in names:
        if n not in out:
            out.append(n)
    return out


def split_sentences(text):
    parts = re.findall(r"[^。！？]*[。！？]|[^。！？]+$", text)
    return [p.strip() for p in parts if p.strip()]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    corpora = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpora"
    out_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "candidates.jsonl")
    recs = []
    counts = {}

    def add(rec):
        recs.append(rec)
        key = (rec["id"].rsplit("-", 1)[0].split("-")[0], rec["group"])
        counts[key] = counts.get(key, 0) + 1

    for split in ("dev", "test"):
        path = os.path.join(corpora, "peoples-daily-1998", split + ".bio")
        for i, text, names in read_bio(path):
            if not ok_len(text):
                continue
            v = verbs_in(text)
            base = {"id": "pd98-%s-%d" % (split, i),
                    "source": "peoples-daily-1998/%s.bio sentence %d" % (split, i),
                    "text": text, "names": names, "verbs": v}
            if v:
                add(dict(base, group="A"))
            elif len(names) >= 2 and cues_in(text):
                add(dict(base, group="C", cues=cues_in(text)))
            elif len(names) >= 2:
                add(dict(base, group="B"))

    with open(os.path.join(corpora, "cluener2020", "train.json"), encoding="utf-8") as f:
        for i, line in enumerate(f):
            line = line.strip()
            if not line:
                continue
            obj = json.loads(line)
            text = obj["text"]
            if not ok_len(text):
                continue
            names = list(obj.get("label", {}).get("name", {}).keys())
            v = verbs_in(text)
            base = {"id": "cluener-%d" % i,
                    "source": "cluener2020/train.json line %d" % i,
                    "text": text, "names": names, "verbs": v}
            if v:
                add(dict(base, group="A"))
            elif len(names) >= 2 and cues_in(text):
                add(dict(base, group="C", cues=cues_in(text)))
            elif len(names) >= 2:
                add(dict(base, group="B"))

    with open(os.path.join(corpora, "thucnews-sample", "cnews.test.txt"), encoding="utf-8") as f:
        for a, line in enumerate(f):
            line = line.rstrip("\n")
            if "\t" not in line:
                continue
            cat, body = line.split("\t", 1)
            for s, sent in enumerate(split_sentences(body)):
                if not ok_len(sent):
                    continue
                v = verbs_in(sent)
                base = {"id": "thuc-%d-%d" % (a, s),
                        "source": "thucnews-sample/cnews.test.txt article %d (%s) sentence %d" % (a, cat, s),
                        "text": sent, "names": [], "verbs": v}
                if v:
                    add(dict(base, group="A"))
                elif cues_in(sent):
                    add(dict(base, group="C", cues=cues_in(sent)))
                elif any(c in sent for c in THUC_CUES):
                    add(dict(base, group="B"))

    with open(out_path, "w", encoding="utf-8") as out:
        for r in recs:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d candidates to %s" % (len(recs), out_path))
    for key in sorted(counts):
        print("  %-8s group %s: %d" % (key[0], key[1], counts[key]))
    try:
        for v in CONTACT_VERBS:
            print("  verb %s: %d" % (v, sum(1 for r in recs if v in r["verbs"])))
    except BrokenPipeError:
        pass


if __name__ == "__main__":
    main()
