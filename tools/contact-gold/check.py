#!/usr/bin/env python3
"""Validate the contact-pair gold files.

Checks, for dev.jsonl + heldout.jsonl (and gold.jsonl if present):
  * required fields; ids unique (also across the two splits)
  * every pair's "a" and "b" occurs literally in "text"; a != b; each unordered pair once
  * pair kinds in {meet, talk, call, attend, accompany}
  * every record has either pairs (and negative == null) or no pairs and a negative label
  * the split follows int(md5(id).hexdigest(), 16) % 3 == 0 -> held-out
  * both splits contain positives and negatives
Exit status 1 on any error.
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
GOLD = os.path.join(REPO, "src", "test", "resources", "gold", "contacts")
KINDS = {"meet", "talk", "call", "attend", "accompany"}
NEG = {"byline", "name-in-name", "commemorated", "letter", "work-title", "list",
       "mentioned", "single", "planned", "other"}
FIELDS = ["id", "source", "text", "pairs", "negative", "note"]


def check_file(path, errors):
    recs = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            r = json.loads(line)
            where = "%s:%d %s" % (os.path.basename(path), ln, r.get("id"))
            for k in FIELDS:
                if k not in r:
                    errors.append("%s: missing field %s" % (where, k))
            seen = set()
            for p in r.get("pairs", []):
                a, b, kind = p.get("a"), p.get("b"), p.get("kind")
                if not a or not b:
                    errors.append("%s: empty name in %s" % (where, p))
                    continue
                if a == b:
                    errors.append("%s: a == b (%s)" % (where, a))
                for n in (a, b):
                    if n not in r["text"]:
                        errors.append("%s: name %r not in text" % (where, n))
                if kind not in KINDS:
                    errors.append("%s: bad kind %r" % (where, kind))
                key = frozenset((a, b))
                if key in seen:
                    errors.append("%s: duplicate pair %s-%s" % (where, a, b))
                seen.add(key)
            if r.get("pairs"):
                if r.get("negative") is not None:
                    errors.append("%s: has pairs and a negative label" % where)
            else:
                if r.get("negative") not in NEG:
                    errors.append("%s: no pairs and bad/missing negative %r" % (where, r.get("negative")))
            recs.append(r)
    ids = [r["id"] for r in recs]
    if ids != sorted(ids):
        errors.append("%s: not sorted by id" % path)
    return recs


def main():
    errors = []
    dev = check_file(os.path.join(GOLD, "dev.jsonl"), errors)
    held = check_file(os.path.join(GOLD, "heldout.jsonl"), errors)
    ids = [r["id"] for r in dev + held]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids across splits")
    for r in dev:
        if int(hashlib.md5(r["id"].encode("utf-8")).hexdigest(), 16) % 3 == 0:
            errors.append("dev record %s belongs to held-out" % r["id"])
    for r in held:
        if int(hashlib.md5(r["id"].encode("utf-8")).hexdigest(), 16) % 3 != 0:
            errors.append("held-out record %s belongs to dev" % r["id"])
    for name, rs in (("dev", dev), ("heldout", held)):
        pos = sum(1 for r in rs if r["pairs"])
        if pos == 0 or pos == len(rs):
            errors.append("%s lacks positives or negatives" % name)
        print("%-8s %d records, %d positives, %d negatives" % (name, len(rs), pos, len(rs) - pos))
    gold = os.path.join(HERE, "gold.jsonl")
    if os.path.exists(gold):
        allr = check_file(gold, errors)
        if sorted(r["id"] for r in allr) != sorted(ids):
            errors.append("gold.jsonl and the splits disagree")
    if errors:
        print("\n".join(errors))
        print("FAILED: %d error(s)" % len(errors))
        sys.exit(1)
    print("OK: %d records checked" % len(ids))


if __name__ == "__main__":
    main()
