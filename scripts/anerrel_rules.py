#!/usr/bin/env python3
"""Score the extractor's facts against the ANERcorp relation labels (eval/anerrel).

Each labelled sentence is extracted as a document of its own (date 2006-06-01, ANERcorp's time);
an extracted fact is mapped onto the sentence's tagged mentions by its entities' Arabic labels
(normalised, clitics stripped, a surname matches the full name). A fact is right when a label
row has the same predicate between mentions of those entities, wrong when both ends map onto
mentions and no label row says so, and left out of precision when an end maps onto no mention.

  anerrel_rules.py [--kg PATH] [--threshold 0.76] [--part all|write|held] [LABEL FILE...]

--part splits the corpus in two contiguous blocks: `write` (sentences s0000-s2599, 763 voted
facts) may be read to write rules from; `held` (s2600 on, 481 facts) is only scored, like check.
"""
import argparse, glob, json, os, re, subprocess, sys, tempfile
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import anerrel

DIAC = re.compile("[\u064b-\u0652\u0640]")
SYM = anerrel.SYMMETRIC
HELD_FROM = 2600  # first sentence of the held block


def norm(w):
    w = DIAC.sub("", w)
    w = re.sub("[أإآ]", "ا", w).replace("ة", "ه").replace("ى", "ي")
    return w


def forms(word):
    w = norm(word)
    out = {w}
    for p in ("و", "ف"):
        if w.startswith(p) and len(w) > 3:
            out.add(w[1:])
    for x in list(out):
        for p in ("ب", "ل", "ك"):
            if x.startswith(p) and len(x) > 3:
                out.add(x[1:])
        if x.startswith("لل") and len(x) > 4:
            out.add("ال" + x[2:])
    for x in list(out):
        if x.startswith("ال") and len(x) > 4:
            out.add(x[2:])
    return out


def mention_match(mtoks, label):
    """A mention matches a label when each of its words matches a word of the label, in order
    of the label's last words (a surname or the whole name)."""
    lt = [norm(t) for t in label.split()]
    lts = set()
    for t in lt:
        lts |= forms(t)
    mt = [forms(t) for t in mtoks]
    if not mt or not lt:
        return False
    return all(f & lts for f in mt)


def load_labels(files):
    """Labels by vote (anerrel.consensus), symmetric facts in both directions."""
    c = anerrel.consensus(files)
    gold = defaultdict(set)
    for sid, facts in c.items():
        for (s, p, o) in facts:
            gold[sid].add((s, p, o))
            if p in SYM:
                gold[sid].add((o, p, s))
    return gold, set(c)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kg", default="kg")
    ap.add_argument("--threshold", type=float, default=0.76)
    ap.add_argument("--show", type=int, default=0, help="print this many misses and wrong facts")
    ap.add_argument("--part", choices=("all", "write", "held"), default="all",
                    help="write: sentences before s%04d (rules may be written from them); held: the rest" % HELD_FROM)
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    files = a.files or sorted(glob.glob(os.path.join(os.path.dirname(__file__), "..", "eval", "anerrel", "*.tsv")))
    gold, seen = load_labels(files)
    if a.part != "all":
        keep = (lambda i: i < HELD_FROM) if a.part == "write" else (lambda i: i >= HELD_FROM)
        seen = {sid for sid in seen if keep(int(sid[1:]))}
        gold = {sid: g for sid, g in gold.items() if sid in seen}
        if a.part == "held" and a.show:
            sys.exit("--show is refused with --part held: the held block is scored, never read")
    corpus = list(anerrel.sentences())
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tf:
        for sid in sorted(seen):
            toks, _ = corpus[int(sid[1:])]
            tf.write(json.dumps({"id": sid, "lang": "ar", "date": "2006-06-01", "text": " ".join(toks)}, ensure_ascii=False) + "\n")
    out = subprocess.run([a.kg, "extract", "--quiet", "--format", "jsonl", "--min-confidence", "0", tf.name],
                         capture_output=True, text=True, check=True).stdout
    os.unlink(tf.name)
    stats = {k: Counter() for k in ("gold", "found0", "right0", "wrong0", "found", "right", "wrong")}
    unmapped = Counter()
    shown = []
    for p in (p for g in gold.values() for (_, p, _) in g):
        pass
    for sid, g in gold.items():
        for (s, p, o) in g:
            if p in SYM and s > o:
                continue
            stats["gold"][p] += 1
    for line in out.splitlines():
        r = json.loads(line)
        sid = r["doc"]["id"]
        toks, ms = corpus[int(sid[1:])]
        ents = {e["key"]: e for e in r["entities"]}

        def mentions_of(key):
            e = ents.get(key)
            if not e:
                return set()
            labels = [v for k, v in e["labels"].items() if k == "ar"] + [x["text"] for x in e.get("altLabels", []) if x.get("lang") == "ar"]
            return {n + 1 for n, (b, en, _) in enumerate(ms) if any(mention_match(toks[b:en], l) for l in labels)}

        g = gold.get(sid, set())
        found = {0.0: set(), a.threshold: set()}
        for f in r["facts"]:
            if "object" not in f:
                continue
            p = f["predicate"]
            S, O = mentions_of(f["subject"]), mentions_of(f["object"])
            if not S or not O:
                unmapped[p] += 1
                continue
            hit = {(s, o) for s in S for o in O if (s, p, o) in g}
            for th in found:
                if f["confidence"] < th:
                    continue
                suffix = "0" if th == 0 else ""
                stats["found" + suffix][p] += 1
                if hit:
                    stats["right" + suffix][p] += 1
                    for s, o in hit:
                        found[th].add((min(s, o), p, max(s, o)) if p in SYM else (s, p, o))
                else:
                    stats["wrong" + suffix][p] += 1
                    if th and len(shown) < a.show:
                        shown.append("WRONG %s %s %s %s %.2f | %s" % (sid, f["subject"], p, f["object"], f["confidence"], anerrel.render(toks, ms)))
        for key, th in (("recall", a.threshold), ("recall0", 0.0)):
            for (s, p, o) in g:
                if p in SYM and s > o:
                    continue
                if (s, p, o) in found[th]:
                    stats[key] = stats.get(key, Counter())
                    stats[key][p] += 1
                elif key == "recall" and len(shown) < a.show:
                    shown.append("MISS %s %d %s %d | %s" % (sid, s, p, o, anerrel.render(toks, ms)))
    preds = sorted(stats["gold"], key=lambda p: -stats["gold"][p])

    def line(sfx, rk):
        rec = stats.get(rk, Counter())
        R = sum(rec.values()) / max(1, sum(stats["gold"].values()))
        P = sum(stats["right" + sfx].values()) / max(1, sum(stats["right" + sfx].values()) + sum(stats["wrong" + sfx].values()))
        F = 2 * P * R / (P + R) if P + R else 0
        return "sentences=%d gold=%d found=%d proposed=%d right=%d precision=%.2f recall=%.2f f1=%.2f" % (
            len(seen), sum(stats["gold"].values()), sum(rec.values()), sum(stats["found" + sfx].values()),
            sum(stats["right" + sfx].values()), P, R, F)
    print("per predicate found/gold at %.2f: " % a.threshold + " ".join(
        "%s %d/%d" % (p, stats.get("recall", Counter())[p], stats["gold"][p]) for p in preds))
    print("unmapped facts (an end on no tagged mention): %d" % sum(unmapped.values()))
    for s in shown:
        print(s)
    print("unfiltered:      " + line("0", "recall0"))
    print("threshold %.2f: " % a.threshold + line("", "recall"))


if __name__ == "__main__":
    main()
