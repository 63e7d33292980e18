#!/usr/bin/env python3
"""Tidy a gold set whose files several writers appended to (eval/own2): one entities.tsv row
per name (aliases united, the Wikidata id kept when the rows agree), identical fact rows and
SPLIT rows once, and a report of aliases that two entities share (the scorer would match both).

  goldtidy.py GOLD_DIR          rewrite the files in place and report
"""
import os, sys

import importlib.util

_spec = importlib.util.spec_from_file_location(
    "score", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval", "score.py"))
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
norm = _score.norm  # the scorer's own normalisation, so collisions are the ones it would see


def rows(path):
    head, out = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            (head if line.startswith("#") else out).append(line)
    return head[:1], out


def tidy(gold):
    path = os.path.join(gold, "entities.tsv")
    head, ents = rows(path)
    merged, order = {}, []
    for line in ents:
        f = (line.split("\t") + ["", "", "", ""])[:4]
        name, typ, aliases, qid = (x.strip() for x in f)
        if name not in merged:
            merged[name] = [typ, [], qid]
            order.append(name)
        m = merged[name]
        for a in (x.strip() for x in aliases.split("|")):
            if a and a != name and a not in m[1]:
                m[1].append(a)
        if qid and m[2] and qid != m[2]:
            print("entities: %s has two Wikidata ids %s and %s; keeping none" % (name, m[2], qid))
            m[2] = "?"
        elif qid and not m[2]:
            m[2] = qid
        if typ != m[0]:
            print("entities: %s typed %s and %s; keeping %s" % (name, m[0], typ, m[0]))
    owner = {}
    for name in order:
        owner.setdefault(norm(name), name)
    for name in order:
        keep = []
        for a in merged[name][1]:
            o = owner.setdefault(norm(a), name)
            if o != name:
                print("entities: alias %r of %s is also %s; dropped from %s" % (a, name, o, name))
                continue
            keep.append(a)
        merged[name][1] = keep
    with open(path, "w", encoding="utf-8") as f:
        for h in head:
            f.write(h + "\n")
        for name in order:
            typ, aliases, qid = merged[name]
            f.write("\t".join([name, typ, " | ".join(aliases), "" if qid == "?" else qid]) + "\n")
    print("entities: %d rows -> %d" % (len(ents), len(order)))
    for fn in ("facts.tsv", "SPLIT.tsv"):
        p = os.path.join(gold, fn)
        head, rs = rows(p)
        seen, out = set(), []
        for r in rs:
            if r not in seen:
                seen.add(r)
                out.append(r)
        with open(p, "w", encoding="utf-8") as f:
            f.write("".join(h + "\n" for h in head) + "".join(r + "\n" for r in out))
        print("%s: %d rows -> %d" % (fn, len(rs), len(out)))
    p = os.path.join(gold, "docs", "articles.jsonl")
    import json
    seen, out = set(), []
    for line in open(p, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            if d["id"] in seen:
                print("articles: %s twice; keeping the first" % d["id"])
                continue
            seen.add(d["id"])
            out.append(line.rstrip("\n"))
    with open(p, "w", encoding="utf-8") as f:
        f.write("".join(l + "\n" for l in out))
    print("articles: %d" % len(out))


if __name__ == "__main__":
    tidy(sys.argv[1])
