#!/usr/bin/env python3
"""Scores who-met-whom pairs in any `newsgraph extract` output against contact gold, the way an outside
scorer reads the extract format (events[].participants[].text); also scores the naive baseline that pairs
every person mentioned in the record.

usage: score_extract.py GOLD.jsonl EXTRACT.jsonl
       (EXTRACT from: python3 -c ... gold→records | newsgraph extract records.jsonl)"""
import json
import sys


def pair(a, b):
    a, b = a.replace(" ", ""), b.replace(" ", "")
    return (a, b) if a < b else (b, a)


def score(gold, predicted):
    tp = fp = fn = 0
    for rid, g in gold.items():
        p = predicted.get(rid, set())
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return f"P {prec:.3f}  R {rec:.3f}  F1 {f1:.3f}  (tp {tp}, fp {fp}, fn {fn})"


def main(gold_path, extract_path):
    gold = {}
    for line in open(gold_path, encoding="utf-8"):
        r = json.loads(line)
        gold[r["id"]] = {pair(p["a"], p["b"]) for p in r["pairs"]}
    events, everyone = {}, {}
    for line in open(extract_path, encoding="utf-8"):
        d = json.loads(line)
        pairs = set()
        for e in d.get("events", []):
            names = sorted({p["text"].replace(" ", "") for p in e["participants"]})
            pairs |= {pair(a, b) for i, a in enumerate(names) for b in names[i + 1:]}
        events[d["id"]] = pairs
        persons = sorted({m["text"].replace(" ", "") for m in d["mentions"] if m["type"] == "PERSON"})
        everyone[d["id"]] = {pair(a, b) for i, a in enumerate(persons) for b in persons[i + 1:]}
    print("events' participants:      ", score(gold, events))
    print("every person pair (naive): ", score(gold, everyone))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
