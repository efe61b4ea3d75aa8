#!/usr/bin/env python3
"""Refreshes the query outputs in README.md from a store built from seeds/.

Usage: python3 tools/readme-outputs.py   (from the repository root; uses ./newsgraph)
Every block between <!-- output: ARGS --> and <!-- /output --> is replaced with the output of
`./newsgraph ARGS` run against a fresh store of the seed pages.
"""
import re
import subprocess
import tempfile

store = tempfile.mkdtemp(prefix="newsgraph-readme-") + "/tdb2"
subprocess.run(["./newsgraph", "ingest", "seeds", "--store", store, "--json"], check=True,
               stdout=subprocess.DEVNULL)

def run(args):
    cmd = ["./newsgraph"] + args.split()
    if cmd[1] in ("query", "enrich"):
        cmd += ["--store", store]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return out.rstrip("\n")

readme = open("README.md", encoding="utf-8").read()
pattern = re.compile(r"(<!-- output: (.*?) -->\n```text\n)(.*?)(\n```\n<!-- /output -->)", re.S)
readme = pattern.sub(lambda m: m.group(1) + run(m.group(2)) + m.group(4), readme)
open("README.md", "w", encoding="utf-8").write(readme)
