#!/usr/bin/env python3
"""Count the missed gold facts a definite description may block (coreference, issue 10 item 4).

For every gold fact of a READABLE part that the export misses, look for a sentence of its document
that names one end and not the other, and that holds a word of a description family (pair words
«الطرفان/البلدان», possessive titles and bodies «رئيسها/قواتها», bare titles «الرئيس/المبعوث»,
«الأخير», organisation heads «الحركة/التنظيم», «الجيش/القوات», «المدينة/البلدة»), or, for a person,
the family name alone. A family is counted once per fact, split by whether the missing end is
named in an earlier sentence. The counts are upper bounds: read the sentences (-v) before
building anything.

  coref_blocked.py GOLD_DIR EXPORT.nq PART [-v]     PART: tune (dev) or train (own, own2) only

The blind parts (dev check, own/own2 held) are refused: their texts must not be read.
"""
import functools, sys, os, re, json, glob, importlib.util
from collections import defaultdict, Counter
spec = importlib.util.spec_from_file_location("score", os.environ.get("KG_SCORE", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval", "score.py")))
sc = importlib.util.module_from_spec(spec); spec.loader.exec_module(sc)
DIAC = re.compile("[\u064b-\u0652\u0640]")
def an(w):
    w = DIAC.sub("", w); w = re.sub("[أإآ]", "ا", w).replace("ة", "ه").replace("ى", "ي"); return w
gold_dir, nq, part = sys.argv[1], sys.argv[2], sys.argv[3]
if part not in ("tune", "train"):
    sys.exit("coref_blocked: only the readable parts tune and train may be read")
verbose = "-v" in sys.argv
# catalogue
cat_ar, cat_en = {}, defaultdict(set)
for f in glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "extract", "catalog", "data", "*.tsv")):
    for line in open(f):
        if line.startswith("#") or not line.strip(): continue
        c = line.rstrip("\n").split("\t")
        if len(c) < 4: continue
        key, name, ar = c[0], c[2], c[3]
        al = c[4] if len(c) > 4 else ""
        forms = {an(a.strip().lstrip("=")) for a in ar.split("|") if a.strip()}
        cat_ar[key] = cat_ar.get(key, set()) | forms
        for n in [name] + [a for a in al.split("|")]:
            if n.strip(): cat_en[sc.norm(n.strip())].add(key)
ents = {}
for name, typ, aliases, qid, _, _ in sc.read_tsv(f"{gold_dir}/entities.tsv"):
    ents[name] = ({sc.norm(name)} | {sc.norm(a) for a in sc.alts(aliases)}, typ)
docs = [r[0] for r in sc.read_tsv(f"{gold_dir}/SPLIT.tsv", 3) if r[1] == part]
texts = {}
for line in open(f"{gold_dir}/docs/articles.jsonl"):
    j = json.loads(line)
    if j["id"] in docs: texts[j["id"]] = j.get("title", "") + "\n" + j["text"]
facts = [r for r in sc.read_tsv(f"{gold_dir}/facts.tsv", 7) if r[6] in docs]
quads = sc.read_nquads(nq, set(docs))
# per-doc labels and edges
labels = defaultdict(set); edges = set()
for s, p, o in quads:
    ln = sc.local(p[1])
    if ln in sc.LABELS and o[0] == "lit": labels[s[1]].add(an(o[1]))
    if ln in sc.VOCAB and s[0] != "lit": edges.add((ln, s[1], o[1] if o[0] != "lit" else '"' + o[1] + '"'))
enlabels = defaultdict(set)
for s, p, o in quads:
    if sc.local(p[1]) in sc.LABELS and o[0] == "lit": enlabels[s[1]].add(sc.norm(o[1]))
@functools.lru_cache(None)
def nodes_for(name):
    if name.startswith('"'): return {name}
    names = ents[name][0]
    return {n for n, ls in enlabels.items() if ls & names}
@functools.lru_cache(None)
def arforms(name):
    fs = set()
    if name.startswith('"'): return fs
    for n in ents[name][0]:
        for k in cat_en.get(n, ()):
            fs |= cat_ar.get(k, set())
    for nd in nodes_for(name):
        fs |= {l for l in labels[nd] if re.search("[\u0600-\u06ff]", l)}
        fs |= cat_ar.get(sc.local(nd), set())
    return {f for f in fs if len(f) >= 3}
FAM = {
 "pair": r"(الطرفان|الطرفين|الجانبان|الجانبين|البلدان|البلدين|الدولتان|الدولتين|الزعيمان|الزعيمين|الوزيران|الوزيرين|الرئيسان|الرئيسين)",
 "poss": r"(رئيس|وزير|قوات|حكومت|جيش|سلطات|ملك|امير|زعيم|قائد|مبعوث|سفير|مقاتلي|عناصر|قيادت|مسؤولي|طيران|رئيست)(ها|ه|هم|هما)",
 "bare-title": r"(الرئيس|الوزير|الامين العام|المبعوث|الملك|الامير|الزعيم|رئيس الوزراء|وزير الخارجيه|ولي العهد|السفير)",
 "latter": r"(الاخير|الاخيره)",
 "org-head": r"(الحركه|الحزب|الميليشيا|الميليشيات|المليشيا|المليشيات|التنظيم|الجماعه|التحالف)",
 "army": r"(الجيش|القوات)",
 "town": r"(المدينه|البلده|القريه|العاصمه)",
}
import functools
_rx = {}
def has(sent, forms):
    key = frozenset(forms)
    if key not in _rx:
        alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) or "(?!x)x"
        _rx[key] = re.compile(r"(?:^|[^\u0600-\u06ff])(?:و|ف)?(?:ب|ل|ك|لل)?(?:" + alt + r")(?:[^\u0600-\u06ff]|$)")
    return bool(_rx[key].search(sent)) or any(f.startswith("ال") and ("لل" + f[2:]) in sent for f in forms)
def surname(sent, forms):
    # last word of a multiword person form appears, full form does not
    return any(len(f.split()) >= 2 and re.search(r"(?:^|[^\u0600-\u06ff])(?:و|ف)?(?:ب|ل)?" + re.escape(f.split()[-1]) + r"(?:[^\u0600-\u06ff]|$)", sent) for f in forms)
count = Counter(); examples = defaultdict(list); total = 0
SENTS = {}
for s_slot, pred, o_slot, date, tier, note, doc in facts:
    ss = set().union(*(nodes_for(a) for a in sc.alts(s_slot))); oo = set().union(*(nodes_for(a) for a in sc.alts(o_slot)))
    hit = {(pred, s, o) for s in ss for o in oo if (pred, s, o) in edges}
    if pred in sc.SYMMETRIC: hit |= {(pred, o, s) for s in ss for o in oo if (pred, o, s) in edges}
    if hit: continue
    total += 1
    if s_slot.startswith('"') or o_slot.startswith('"'): continue
    sf = set().union(*(arforms(a) for a in sc.alts(s_slot))); of = set().union(*(arforms(a) for a in sc.alts(o_slot)))
    styp = ents[sc.alts(s_slot)[0]][1]; otyp = ents[sc.alts(o_slot)[0]][1]
    sents = SENTS.get(doc) or SENTS.setdefault(doc, [an(x) for x in re.split(r"[.!؟?\n]+", texts[doc]) if x.strip()])
    fams = set()
    for i, sent in enumerate(sents):
        hs, ho = has(sent, sf), has(sent, of)
        if hs == ho: continue
        missing, mtyp = (of, otyp) if hs else (sf, styp)
        before = any(has(x, missing) for x in sents[:i])
        for fam, rx in FAM.items():
            if re.search(r"(?:^|[^\u0600-\u06ff])(?:و|ف)?(?:ب|ل)?" + rx + r"(?:[^\u0600-\u06ff]|$)", sent):
                fams.add(fam + ("" if before else "(notbefore)"))
                if before and verbose: examples[fam].append("    | " + sent[:300])
        if mtyp == "Person" and surname(sent, missing):
            fams.add("surname" + ("" if before else "(notbefore)"))
            if before and verbose: examples["surname"].append("    | " + sent[:300])
    for f in fams:
        count[f] += 1; examples[f].append(f"{doc} {s_slot} {pred} {o_slot}")
print("missed", total)
for f, n in sorted(count.items()): print(f"{f}\t{n}")
if verbose:
    for f in sorted(examples):
        print("==", f)
        for e in examples[f]: print("  ", e)
