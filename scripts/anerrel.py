#!/usr/bin/env python3
"""Relation annotation of ANERcorp sentences, kept as standoff labels.

The ANERcorp text stays in ../shared/data/anercorp; eval/anerrel/*.tsv hold only sentence ids,
mention numbers and predicates. A sentence id is sNNNN, the 0-based index of the sentence in
train.txt (blank-line separated). Mentions are the corpus's own BIO spans, read the CoNLL way,
numbered from 1 in each sentence.

  anerrel.py show --start N [--count K] [--after FILE]   sentences with >= 2 mentions, numbered
  anerrel.py check FILE...                               validate label files, print counts
  anerrel.py vote FILE...                                merge overlapping files by vote, counts

A label file has one row per fact, tab-separated:  sNNNN  SUBJ  PREDICATE  OBJ  [note]
and `sNNNN  none` for a sentence read that states no fact between its mentions.
"""
import argparse, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.environ.get("ANERCORP", os.path.join(HERE, "..", "..", "shared", "data", "anercorp", "train.txt"))
PREDICATES = {"met", "visited", "supports", "opposes", "allyOf", "cooperatesWith", "attacked",
              "claimedResponsibilityFor", "participatedIn", "officialOf", "memberOf", "locatedIn",
              "controls", "accuses", "supplies", "easedRestrictionsOn", "gave"}
SYMMETRIC = {"met", "allyOf", "cooperatesWith"}


def sentences(path=CORPUS):
    """Yield (tokens, mentions) per sentence; a mention is (start, end, type)."""
    toks, tags = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if toks:
                    yield toks, spans(tags)
                toks, tags = [], []
                continue
            w, _, t = line.rpartition(" ")
            toks.append(w)
            tags.append(t)
    if toks:
        yield toks, spans(tags)


def spans(tags):
    out, cur = [], None
    for i, t in enumerate(tags + ["O"]):
        kind = t[2:] if t[:2] in ("B-", "I-") else None
        if cur and (t.startswith("B-") or kind != cur[2]):
            out.append(tuple(cur))
            cur = None
        if kind and cur is None:
            cur = [i, i + 1, kind]
        elif kind:
            cur[1] = i + 1
    return out


def render(toks, ms):
    starts = {m[0]: (n + 1, m) for n, m in enumerate(ms)}
    out, i = [], 0
    while i < len(toks):
        if i in starts:
            n, (s, e, k) = starts[i]
            out.append("[%d:%s %s]" % (n, k, " ".join(toks[s:e])))
            i = e
        else:
            out.append(toks[i])
            i += 1
    return " ".join(out)


def read_labels(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append((ln, line.split("\t")))
    return rows


def consensus(paths):
    """Merge label files by vote: sentence id -> set of (subj, pred, obj), mention numbers as
    ints, symmetric facts with the smaller number first. A fact stays when at least half of the
    files that read the sentence have it (one of two, two of three or four, three of five)."""
    readers, votes = {}, {}
    for path in paths:
        mine = {}
        for _, r in read_labels(path):
            if not r or not r[0].startswith("s"):
                continue
            facts = mine.setdefault(r[0], set())
            if len(r) >= 4 and r[1] != "none" and r[1].isdigit() and r[3].isdigit():
                s, p, o = int(r[1]), r[2], int(r[3])
                if p in SYMMETRIC and s > o:
                    s, o = o, s
                facts.add((s, p, o))
        for sid, facts in mine.items():
            readers[sid] = readers.get(sid, 0) + 1
            for f in facts:
                votes.setdefault(sid, {}).setdefault(f, 0)
                votes[sid][f] += 1
    return {sid: {f for f, v in votes.get(sid, {}).items() if 2 * v >= n} for sid, n in readers.items()}


def cmd_show(a):
    corpus = list(sentences())
    start = a.start
    if a.after and os.path.exists(a.after):
        ids = [int(r[0][1:]) for _, r in read_labels(a.after) if r and r[0].startswith("s")]
        if ids:
            start = max(start, max(ids) + 1)
    shown = 0
    for i in range(start, len(corpus)):
        toks, ms = corpus[i]
        if len(ms) < 2:
            continue
        print("s%04d\t%s" % (i, render(toks, ms)))
        shown += 1
        if shown >= a.count:
            break


def cmd_check(a):
    corpus = list(sentences())
    bad = 0
    facts, seen = Counter(), set()
    for path in a.files:
        for ln, r in read_labels(path):
            where = "%s:%d" % (path, ln)
            sid = r[0]
            if not (sid.startswith("s") and sid[1:].isdigit() and int(sid[1:]) < len(corpus)):
                print("%s: no sentence %r" % (where, sid)); bad += 1; continue
            ms = corpus[int(sid[1:])][1]
            seen.add(sid)
            if len(r) >= 2 and r[1] == "none":
                continue
            if len(r) < 4:
                print("%s: want sNNNN SUBJ PREDICATE OBJ [note], got %r" % (where, r)); bad += 1; continue
            s, p, o = r[1], r[2], r[3]
            if p not in PREDICATES:
                print("%s: unknown predicate %r" % (where, p)); bad += 1; continue
            ok = True
            for m in (s, o):
                if not (m.isdigit() and 1 <= int(m) <= len(ms)):
                    print("%s: %s has no mention %r (it has %d)" % (where, sid, m, len(ms))); bad += 1; ok = False
            if ok and s == o:
                print("%s: subject and object are the same mention" % where); bad += 1; ok = False
            if ok and p == "officialOf" and ms[int(s) - 1][2] != "PERS":
                print("%s: officialOf needs a PERS subject" % where); bad += 1
            if ok:
                facts[p] += 1
    print("sentences read %d, facts %d, errors %d" % (len(seen), sum(facts.values()), bad))
    print("  " + " ".join("%s %d" % kv for kv in sorted(facts.items())))
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("show")
    s.add_argument("--start", type=int, default=0)
    s.add_argument("--count", type=int, default=20)
    s.add_argument("--after", help="continue after the last sentence labelled in this file")
    c = sub.add_parser("check")
    c.add_argument("files", nargs="+")
    v = sub.add_parser("vote", help="merge files by vote and print counts per predicate")
    v.add_argument("files", nargs="+")
    a = ap.parse_args()
    if a.cmd == "vote":
        c = consensus(a.files)
        n = Counter(p for fs in c.values() for (_, p, _) in fs)
        print("sentences %d, facts %d by vote" % (len(c), sum(n.values())))
        print("  " + " ".join("%s %d" % kv for kv in sorted(n.items())))
        sys.exit(0)
    sys.exit(cmd_show(a) if a.cmd == "show" else cmd_check(a))


if __name__ == "__main__":
    main()
