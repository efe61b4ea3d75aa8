#!/usr/bin/env python3
"""Quads of newsgraph N-Quads files by graph kind and predicate, with their share and N-Quads bytes:
what the quads per article are made of (issue 13). Usage: tools/quads-by-predicate.py FILE.nq... [--articles N]"""
import collections
import sys

KINDS = {"graph/reference": "reference", "graph/entities": "entities", "graph/met-with": "met-with",
         "graph/runs": "runs"}


def kind(graph):
    for key, name in KINDS.items():
        if graph.endswith(key + ">"):
            return name
    return "article" if "/graph/article/" in graph else graph


def main(args):
    articles = None
    if "--articles" in args:
        i = args.index("--articles")
        articles = int(args[i + 1])
        del args[i:i + 2]
    counts = collections.Counter()
    sizes = collections.Counter()
    graphs = set()
    for path in args:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                pred = line.split(" ", 2)[1]
                graph = line[:-2].rsplit(" ", 1)[1]
                k = kind(graph)
                if k == "article":
                    graphs.add(graph)
                counts[(k, pred)] += 1
                sizes[(k, pred)] += len(line.encode("utf-8")) + 1
    articles = articles or len(graphs) or 1
    total = sum(counts.values())
    print(f"{total} quads, {articles} articles, {total / articles:.1f} quads per article")
    print("graph\tpredicate\tquads\tper article\tshare\tN-Quads bytes per article")
    for (k, pred), n in counts.most_common():
        print(f"{k}\t{pred}\t{n}\t{n / articles:.2f}\t{100 * n / total:.1f} %\t{sizes[(k, pred)] / articles:.0f}")


if __name__ == "__main__":
    main(sys.argv[1:])
