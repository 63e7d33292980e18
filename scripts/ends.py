#!/usr/bin/env python3
"""How many gold facts could be found: per predicate, the gold facts of one part
whose both ends have a node in the export (matched the way score.py matches
entities), and how many have only one. Prints counts only, never a fact, so it
may be run on the blind parts (check, own:held).

usage: python3 scripts/ends.py GOLD_DIR NQUADS PART
   e.g. KG_EVAL_KEEP=/tmp/dev.nq bash scripts/eval.sh >/dev/null
        python3 scripts/ends.py ../shared/eval/dev /tmp/dev.nq check
"""
import sys, importlib.util
from collections import defaultdict, Counter
import os
spec = importlib.util.spec_from_file_location("score", os.environ.get("KG_SCORE", os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "score.py")))
sc = importlib.util.module_from_spec(spec); spec.loader.exec_module(sc)
if len(sys.argv) != 4:
    sys.exit(__doc__)
gold_dir, nq, part = sys.argv[1], sys.argv[2], sys.argv[3]
ents = {}
for name, typ, aliases, qid, _, _ in sc.read_tsv(f"{gold_dir}/entities.tsv"):
    ents[name] = ({sc.norm(name)} | {sc.norm(a) for a in sc.alts(aliases)}, qid.strip())
docs = {r[0] for r in sc.read_tsv(f"{gold_dir}/SPLIT.tsv", 3) if r[1] == part}
gold = [r[:6] for r in sc.read_tsv(f"{gold_dir}/facts.tsv", 7) if r[6] in docs]
quads = sc.read_nquads(nq, docs)
labels, same = defaultdict(set), defaultdict(set)
for s, p, o in quads:
    ln = sc.local(p[1])
    if ln in sc.LABELS and o[0] == "lit": labels[s[1]].add(sc.norm(o[1]))
    elif ln == "sameAs" and o[0] == "iri": same[s[1]].add(sc.local(o[1]))
def has(name):
    if name.startswith('"'): return True
    names, qid = ents[name]
    return any(ls & names for ls in labels.values()) or (qid and any(qid in q for q in same.values()))
tot, both, one = Counter(), Counter(), Counter()
for s, p, o, *_ in gold:
    sh = any(has(a) for a in sc.alts(s)); oh = any(has(a) for a in sc.alts(o))
    tot[p] += 1; both[p] += sh and oh; one[p] += (sh or oh) and not (sh and oh)
print(part, "all: gold", sum(tot.values()), "both ends", sum(both.values()), "one end", sum(one.values()))
print(" ".join(f"{p} {both[p]}/{tot[p]}" for p in sorted(tot)))
