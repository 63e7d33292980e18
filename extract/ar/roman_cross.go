package ar

import (
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/newskg/kg/extract/text"
)

// Crossing the spellings of a name's words. English news spell the same
// Arabic name in many ways (محمد الحجازي: Mohammed al-Hijazi, Mohamed
// Hegazy, Muhammad Hijazi): each unit of the name (a word or a compound
// such as عبد الحميد) gets a short list of weighted spellings, and the
// name's labels are the combinations of highest weight (a product), at
// most maxLabels of them, most likely first.

// maxLabels bounds the romanised labels of one name.
const maxLabels = 16

// cand is one spelling of a name unit and its weight relative to the
// unit's likeliest spelling (1).
type cand struct {
	s string
	w float64
}

// nameUnit is one unit of a name as written and normalised.
type nameUnit struct{ surface, norm string }

// segment splits a name into units, joining the two-word compounds
// (عبد X, أبو X, X الدين, X الله).
func segment(surface string) []nameUnit {
	words := strings.Fields(surface)
	out := make([]nameUnit, 0, len(words))
	for i := 0; i < len(words); i++ {
		n := text.Normalize(words[i])
		if i+1 < len(words) {
			n2 := text.Normalize(words[i+1])
			if compoundHeads[n] || compoundTails[n2] {
				out = append(out, nameUnit{words[i] + " " + words[i+1], n + " " + n2})
				i++
				continue
			}
		}
		out = append(out, nameUnit{words[i], n})
	}
	return out
}

// crossed returns the labels of a name: the combinations of its units'
// spellings by falling weight, at most max, without two that score.py's
// norm would make equal.
func (r *romanizer) crossed(surface string, max int) []string {
	units := segment(surface)
	if len(units) == 0 {
		return nil
	}
	type partial struct {
		words []string
		w     float64
	}
	lists := make([][]cand, len(units))
	for i, u := range units {
		lists[i] = r.unitCands(u)
		if len(lists[i]) == 0 {
			return nil
		}
	}
	beam := []partial{{nil, 1}}
	for _, cs := range lists {
		next := make([]partial, 0, len(beam)*len(cs))
		for _, p := range beam {
			for _, c := range cs {
				ws := append(append([]string(nil), p.words...), c.s)
				next = append(next, partial{ws, p.w * c.w})
			}
		}
		sort.SliceStable(next, func(i, j int) bool { return next[i].w > next[j].w })
		if len(next) > 4*max {
			next = next[:4*max]
		}
		beam = next
	}
	// every spelling of every unit, the others at their likeliest, comes
	// before the combinations of two or more other spellings
	var single []partial
	for i, cs := range lists {
		for _, c := range cs[1:] {
			ws := make([]string, len(lists))
			for j := range lists {
				ws[j] = lists[j][0].s
			}
			ws[i] = c.s
			single = append(single, partial{ws, c.w})
		}
	}
	sort.SliceStable(single, func(i, j int) bool { return single[i].w > single[j].w })
	if len(single) > max/2 {
		single = single[:max/2]
	}
	var out []string
	seen := map[string]bool{}
	for _, p := range append(append(beam[:1:1], single...), beam[1:]...) {
		s := strings.Join(p.words, " ")
		k := labelKey(s)
		if s == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
		if len(out) == max {
			break
		}
	}
	return out
}

// labelPunct turns the punctuation score.py's norm ignores into spaces.
var labelPunct = strings.NewReplacer("-", " ", "'", " ", ".", " ", "’", " ")

// labelKey is a label as score.py's norm compares it (ASCII case and
// punctuation).
func labelKey(s string) string {
	s = strings.ToLower(s)
	s = labelPunct.Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// unitCands returns a unit's spellings, likeliest first, weights scaled so
// that the first is 1: data/names.tsv's spelling, the catalogue's
// spellings by their share of its votes, the letter rules' readings, and
// the forms English news derive from each (without the article, Abdel for
// Abdul, ben for bin).
func (r *romanizer) unitCands(u nameUnit) []cand {
	var cs []cand
	add := func(s string, w float64) {
		if s != "" && w > 0 {
			cs = append(cs, cand{s, w})
		}
	}
	n := u.norm
	curated, isCurated := "", r.curated[n]
	if isCurated {
		curated = r.parts[n]
		add(curated, 1)
	}
	learnt := r.votes.ranked(n)
	if len(learnt) == 0 && text.HasArticle(n) {
		for _, c := range r.votes.ranked(text.StripArticle(n)) {
			add("al-"+dropArticle(c.s), 0.6*c.w)
		}
	}
	scale := 1.0
	if isCurated {
		scale = 0.8
	}
	for _, c := range learnt {
		add(c.s, scale*c.w)
	}
	if strings.Contains(n, " ") {
		switch {
		case len(cs) == 0:
			cs = r.compoundCands(u)
		case !isCurated: // the catalogue's spellings, and the parts' at less
			for _, c := range r.compoundCands(u) {
				add(c.s, 0.3*c.w)
			}
		}
	} else {
		rules := 1.0
		switch t := r.votes.total(n); {
		case t >= 6: // the catalogue knows the word well
			rules = 0.05
		case len(cs) > 0:
			rules = 0.3
		}
		ruleW := rules
		for _, c := range r.templateCands(n) {
			add(c.s, rules*c.w)
			ruleW = 0.5 * rules // the shape's templates first
		}
		for _, c := range r.ruleCands(u.surface) {
			if c.pattern {
				add(c.s, rules*c.w) // a family-name pattern's reading stays high
				continue
			}
			add(c.s, ruleW*c.w)
		}
	}
	return finishCands(deriveForms(cs))
}

// compoundCands spells a compound the tables lack from its parts: عبد X
// as Abdul X, ابو X as Abu X, X الدين as Xuddin, X الله as Xullah.
func (r *romanizer) compoundCands(u nameUnit) []cand {
	words := strings.Fields(u.surface)
	norms := strings.Fields(u.norm)
	if len(words) != 2 || len(norms) != 2 {
		return nil
	}
	w := 1.0
	var out []cand
	switch {
	case norms[0] == "عبد":
		for _, c := range r.wordCands(words[1], norms[1]) {
			out = append(out, cand{"Abdul " + dropArticle(c.s), w * c.w})
		}
	case norms[0] == "ابو":
		for _, c := range r.wordCands(words[1], norms[1]) {
			out = append(out, cand{"Abu " + c.s, w * c.w})
		}
	case norms[1] == "الدين":
		for _, c := range r.wordCands(words[0], norms[0]) {
			out = append(out, cand{dropArticle(c.s) + "uddin", w * c.w})
		}
	default:
		for _, c := range r.wordCands(words[0], norms[0]) {
			s := dropArticle(c.s)
			if strings.HasSuffix(norms[0], "ه") && strings.HasSuffix(s, "a") {
				s += "t" // هبة الله → Hibatullah
			}
			out = append(out, cand{s + "ullah", w * c.w})
		}
	}
	return out
}

// wordCands are the spellings of one word as part of a compound: its
// table spellings, else the letter rules'.
func (r *romanizer) wordCands(w, n string) []cand {
	cs := r.unitCands(nameUnit{w, n})
	return cs[:min(2, len(cs))]
}

// ruleCands are the letter rules' readings of a word the tables lack:
// the pattern reading (translitWord), the plain one, and the family-name
// pattern's other reading (patternAlternate).
func (r *romanizer) ruleCands(w string) []ruleCand {
	out := []ruleCand{{cand: cand{translitWord(w), 1}}}
	if p := patternAlternate(w); p != "" {
		out = append(out, ruleCand{cand{p, 0.9}, true})
	}
	return append(out, ruleCand{cand: cand{translitPlain(w), 0.5}})
}

// ruleCand is a letter rules' reading; pattern marks patternAlternate's.
type ruleCand struct {
	cand
	pattern bool
}

// deriveForms adds the forms English news derive from a spelling: the
// name without its article (al-Hijazi → Hijazi) and in the Egyptian el-,
// Abdel and Abd al- for Abdul, ben and ibn for bin.
func deriveForms(cs []cand) []cand {
	out := make([]cand, 0, 3*len(cs))
	for _, c := range cs {
		out = append(out, c)
		s := c.s
		if rest, ok := cutArticle(s); ok {
			out = append(out, cand{rest, 0.8 * c.w}, cand{"el-" + rest, 0.15 * c.w})
		}
		if rest, ok := strings.CutPrefix(s, "Abdul "); ok {
			out = append(out, cand{"Abdel " + rest, 0.7 * c.w}, cand{"Abd al-" + rest, 0.4 * c.w}, cand{"Abdul" + strings.ToLower(rest), 0.3 * c.w})
		}
		if rest, ok := strings.CutPrefix(s, "Abdel "); ok {
			out = append(out, cand{"Abdul " + rest, 0.7 * c.w}, cand{"Abd al-" + rest, 0.4 * c.w})
		}
		switch s {
		case "bin":
			out = append(out, cand{"ben", 0.5 * c.w}, cand{"ibn", 0.2 * c.w})
		case "ibn":
			out = append(out, cand{"bin", 0.5 * c.w})
		}
	}
	return out
}

// cutArticle removes a leading al- (any case) from a spelling.
func cutArticle(s string) (string, bool) {
	for _, p := range []string{"al-", "Al-", "el-", "El-"} {
		if rest, ok := strings.CutPrefix(s, p); ok && rest != "" {
			return capitalize(rest), true
		}
	}
	return s, false
}

// finishCands merges spellings that compare equal (keeping the highest
// weight), sorts them by weight and scales the first to 1.
func finishCands(cs []cand) []cand {
	best := map[string]int{}
	var out []cand
	for _, c := range cs {
		k := labelKey(c.s)
		if i, ok := best[k]; ok {
			if c.w > out[i].w {
				out[i].w = c.w
			}
			continue
		}
		best[k] = len(out)
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].w > out[j].w })
	if len(out) > 0 && out[0].w > 0 {
		top := out[0].w
		for i := range out {
			out[i].w /= top
		}
	}
	for i := range out {
		if out[i].w < minCandWeight {
			out = out[:i] // a rare spelling (علي → Ely): no label
			break
		}
	}
	if len(out) > maxCands {
		out = out[:maxCands]
	}
	return out
}

// maxCands bounds the spellings of one unit.
const maxCands = 8

// minCandWeight is the least weight of a spelling that makes labels.
const minCandWeight = 0.01

// plausibleSpelling reports whether an English word may spell a one-word
// Arabic unit: besides compatible first letters (compatibleInitial), about
// as many consonants (a digraph or a doubled letter counts once; one more
// or fewer allowed, and more for a written ه). It keeps the catalogue's
// misaligned pairs (علي ↔ Abu Ammar, الثاني ↔ Tawadros) out of the votes.
func plausibleSpelling(ar, en string) bool {
	if !compatibleInitial(ar, en) || ar != "ال" && (strings.EqualFold(en, "al") || strings.EqualFold(en, "el")) {
		return false
	}
	if strings.Contains(ar, " ") {
		return plausibleCompound(ar, strings.ToLower(en))
	}
	if strings.Contains(en, " ") {
		return false
	}
	lo, hi := arabicConsonants(text.StripArticle(ar))
	n := englishConsonants(en)
	return hi > 0 && n >= lo-1 && n <= hi+1
}

// plausibleCompound reports whether a lower-case English spelling may
// spell a two-word Arabic compound: عبد X starts with abd, أبو X with ab,
// X الدين has its din, X الله its lla.
func plausibleCompound(ar, en string) bool {
	f := strings.Fields(ar)
	switch {
	case f[0] == "عبد":
		return strings.HasPrefix(en, "abd")
	case f[0] == "ابو":
		return strings.HasPrefix(en, "ab")
	case f[1] == "الدين":
		return strings.Contains(en, "din") || strings.Contains(en, "deen")
	case f[1] == "الله":
		return strings.Contains(en, "lla") || strings.Contains(en, "lah")
	}
	return true
}

// arabicConsonants counts the consonant letters of a normalised word
// (not ا و ي ى ة ء ع nor hamza seats; a doubled letter once): at least
// lo, at most hi when each ه counts.
func arabicConsonants(w string) (lo, hi int) {
	prev := rune(0)
	for _, r := range w {
		if _, ok := consonants[r]; ok && r != prev {
			hi++
			if r != 'ه' {
				lo++
			}
		}
		prev = r
	}
	return lo, hi
}

// englishConsonants counts the consonants of a Latin spelling: a digraph
// such as sh or kh and a doubled letter count once; w and y do not count;
// letters with diacritics count as their base letter.
func englishConsonants(en string) int {
	en = strings.ToLower(norm.NFKD.String(en))
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-"} {
		en = strings.TrimPrefix(en, p)
	}
	n := 0
	prev := rune(0)
	for _, r := range en {
		switch {
		case r < 'a' || r > 'z':
			continue
		case strings.ContainsRune("aeiouwy", r):
			prev = 0
			continue
		case r == 'h' && prev != 0 && strings.ContainsRune("sktgdczp", prev):
		case r == prev:
		default:
			n++
		}
		prev = r
	}
	return n
}
