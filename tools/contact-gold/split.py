#!/usr/bin/env python3
"""Deterministic dev / held-out split of the contact-pair gold.

held-out = records whose int(md5(id).hexdigest(), 16) % 3 == 0; dev = the rest.
Usage: python3 tools/contact-gold/split.py
Reads tools/contact-gold/gold.jsonl, writes (sorted by id)
  src/test/resources/gold/contacts/dev.jsonl
  src/test/resources/gold/contacts/heldout.jsonl
"""
import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(REPO, "src", "test", "resources", "gold", "contacts")


def is_heldout(rid):
    return int(hashlib.md5(rid.encode("utf-8")).hexdigest(), 16) % 3 == 0


def main():
    with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
        recs = [json.loads(l) for l in f if l.strip()]
    recs.sort(key=lambda r: r["id"])
    os.makedirs(OUT, exist_ok=True)
    parts = {"dev": [r for r in recs if not is_heldout(r["id"])],
             "heldout": [r for r in recs if is_heldout(r["id"])]}
    for name, rs in parts.items():
        with open(os.path.join(OUT, name + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        pos = sum(1 for r in rs if r["pairs"])
        print("%-8s records %d  positives %d  negatives %d  pairs %d"
              % (name, len(rs), pos, len(rs) - pos, sum(len(r["pairs"]) for r in rs)))


if __name__ == "__main__":
    main()
