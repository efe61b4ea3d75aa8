#!/usr/bin/env python3
"""Refreshes the query outputs in README.md from a store built from seeds/.

Usage: python3 tools/readme-outputs.py   (from the repository root; uses ./newsgraph)
Every block between <!-- output: ARGS --> and <!-- /output --> is replaced with the output of
`./newsgraph ARGS` run against a fresh store of the seed pages.
"""
import re
import subprocess
import tempfile

MAX_LINES = 25
store = tempfile.mkdtemp(prefix="newsgraph-readme-") + "/tdb2"
subprocess.run(["./newsgraph", "ingest", "seeds", "--store", store, "--json"], check=True,
               stdout=subprocess.DEVNULL)

def run(args):
    cmd = ["./newsgraph"] + args.split()
    if cmd[1] in ("query", "enrich"):
        cmd += ["--store", store]
    lines = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.rstrip("\n").split("\n")
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES] + ["… (%d more rows)" % (len(lines) - MAX_LINES)]
    return "\n".join(lines)

readme = open("README.md", encoding="utf-8").read()
pattern = re.compile(r"(<!-- output: ([^\n]*?) -->\n```text\n)(.*?)(```\n<!-- /output -->)", re.S)
readme = pattern.sub(lambda m: m.group(1) + run(m.group(2)) + "\n" + m.group(4), readme)
open("README.md", "w", encoding="utf-8").write(readme)
