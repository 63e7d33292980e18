package ar

import (
	"slices"
	"sort"
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/extract/text"
)

// romanizer spells the names the catalogue lacks in Latin letters, in the
// conventions of English-language news: each word (or compound such as
// عبد الله, أبو بكر, جلال الدين) takes the spelling data/names.tsv gives
// it, else the one the catalogue's own people and places use for it
// (learnt by aligning their Arabic and English names word by word:
// محمد → Mohammed, العبادي → al-Abadi), else the letter rules of
// Transliterate.
type romanizer struct {
	parts   map[string]string // normalised word or compound → spelling
	second  map[string]string // word → the catalogue's second spelling of it
	curated map[string]bool   // parts from data/names.tsv
	given   map[string]bool   // normalised given names (data/names.tsv, kinds given and given-word)
	strong  map[string]bool   // given names that are no common word (kind given)
	votes   partVotes         // the catalogue's spellings of each unit (learnParts)
}

// compoundHeads start two-word name compounds (عبد الله, أبو بكر).
var compoundHeads = map[string]bool{"عبد": true, "ابو": true}

// compoundTails end two-word name compounds (جلال الدين, هبه الله).
var compoundTails = map[string]bool{"الدين": true, "الله": true}

// newRomanizer builds the spelling table from data/names.tsv rows
// (Arabic, English, kind) and the catalogue.
func newRomanizer(rows [][]string, cat *catalog.Catalog) *romanizer {
	r := &romanizer{parts: map[string]string{}, second: map[string]string{}, curated: map[string]bool{}, given: map[string]bool{}, strong: map[string]bool{}}
	r.votes = catalogVotes(cat)
	for _, row := range r.votes.rows() {
		r.parts[row[0]] = row[1]
		if row[2] != "" {
			r.second[row[0]] = row[2]
		}
	}
	for _, row := range rows {
		n := text.Normalize(row[0])
		r.parts[n] = row[1]
		r.parts[strings.ReplaceAll(n, " ", "")] = row[1]
		r.curated[n] = true
		if len(row) > 2 && (row[2] == "given" || row[2] == "given-word") {
			r.given[n] = true
			r.given[strings.ReplaceAll(n, " ", "")] = true
			if row[2] == "given" {
				r.strong[n] = true
				r.strong[strings.ReplaceAll(n, " ", "")] = true
			}
		}
	}
	return r
}

// Name romanises a name as written (clitics already removed).
func (r *romanizer) Name(surface string) string {
	return strings.Join(r.units(surface, -1), " ")
}

// Variants returns other plausible spellings of a name (at most max): the
// name with one word spelt another way (the catalogue's second spelling
// of it, or the letter rules' spelling, or a compound spelt as two words),
// and the last word read in a family-name pattern (roman_patterns.go).
func (r *romanizer) Variants(surface string, max int) []string {
	first := r.units(surface, -1)
	name := strings.Join(first, " ")
	var out []string
	seen := map[string]bool{name: true}
	if v := r.patternVariant(surface); v != "" && !seen[v] {
		seen[v] = true
		out = append(out, v) // العريبي → al-Uraibi besides al-Aribi
	}
	for u := range first {
		v := strings.Join(r.units(surface, u), " ")
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
			if len(out) == max {
				break
			}
		}
	}
	if v := strings.Join(r.units(surface, allSecond), " "); len(first) > 1 && !seen[v] && len(out) < max+1 {
		out = append(out, v) // every word spelt the other way: Mohamed Hegazi
	}
	return out
}

// romanAltsOf is romanAlts(surface, rom, 3), the alternative labels an
// unknown name gets, remembered per extractor: crossing the spellings of
// a name's words is the dearest step of minting an unknown entity, and
// the same names recur from article to article. The caller owns the
// returned slice.
func (x *Extractor) romanAltsOf(surface, rom string) []string {
	key := surface + "\x00" + rom
	if alts, ok := x.altsCache.Get(key); ok {
		return slices.Clone(alts)
	}
	alts := x.roman.romanAlts(surface, rom, 3)
	x.altsCache.Put(key, slices.Clone(alts))
	return alts
}

// allSecond asks units for the second spelling of every unit.
const allSecond = -2

// romanAlts returns the alternative romanised labels of a name whose
// first romanisation is rom: without its articles, the other spellings
// of Variants (at most max) and each of those without articles, then the
// other combinations of its units' spellings (crossed), at most
// maxLabels of them.
func (r *romanizer) romanAlts(surface, rom string, max int) []string {
	seen := map[string]bool{labelKey(rom): true}
	var out []string
	add := func(s string) {
		if k := labelKey(s); s != "" && !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	add(withoutArticles(rom))
	for _, v := range r.Variants(surface, max) {
		add(v)
		add(withoutArticles(v))
	}
	crossed := r.crossed(surface, maxLabels)
	for i := 0; i < len(crossed) && i < maxLabels; i++ {
		add(crossed[i])
	}
	return out
}

// units romanises a name unit by unit; the unit numbered alt (or none,
// for -1) takes its second spelling.
func (r *romanizer) units(surface string, alt int) []string {
	words := strings.Fields(surface)
	norms := make([]string, len(words))
	for i, w := range words {
		norms[i] = text.Normalize(w)
	}
	out := make([]string, 0, len(words))
	for i := 0; i < len(words); i++ {
		second := len(out) == alt || alt == allSecond
		if i+1 < len(words) && (compoundHeads[norms[i]] || compoundTails[norms[i+1]]) {
			if s, ok := r.parts[norms[i]+" "+norms[i+1]]; ok {
				if s2 := r.second[norms[i]+" "+norms[i+1]]; second && s2 != "" {
					s = s2 // عبد الله: Abdallah, never Abdul Lah
				}
				out = append(out, s)
				i++
				continue
			}
			switch {
			case norms[i] == "عبد":
				out = append(out, "Abdul "+dropArticle(r.word(words[i+1], norms[i+1])))
			case norms[i] == "ابو":
				out = append(out, "Abu "+r.word(words[i+1], norms[i+1]))
			case norms[i+1] == "الدين":
				out = append(out, dropArticle(r.word(words[i], norms[i]))+"uddin")
			default:
				w := dropArticle(r.word(words[i], norms[i]))
				if strings.HasSuffix(norms[i], "ه") && strings.HasSuffix(w, "a") {
					w += "t" // هبة الله → Hibatullah
				}
				out = append(out, w+"ullah")
			}
			i++
			continue
		}
		if second {
			out = append(out, r.otherWord(words[i], norms[i]))
			continue
		}
		out = append(out, r.word(words[i], norms[i]))
	}
	return out
}

// otherWord is a second spelling of a word: the catalogue's second one,
// else the letter rules' when the first came from a table.
func (r *romanizer) otherWord(w, n string) string {
	if s, ok := r.second[n]; ok {
		return s
	}
	if _, ok := r.parts[n]; ok {
		return translitWord(w)
	}
	if text.HasArticle(n) {
		if s, ok := r.second[text.StripArticle(n)]; ok {
			return "al-" + dropArticle(s)
		}
	}
	return translitPlain(w)
}

// word romanises one word: a known spelling, a joined compound
// (عبدالواحد), the article before a spelling of data/names.tsv (a
// spelling learnt from the catalogue may be a foreign name: بيت → Pete),
// else letter rules.
func (r *romanizer) word(w, n string) string {
	if s, ok := r.parts[n]; ok {
		return s
	}
	if rest, ok := strings.CutPrefix(n, "عبد"); ok && len(rest) >= 4 {
		if s, ok := r.parts["عبد "+rest]; ok {
			return s
		}
		return "Abdul " + dropArticle(r.word(rest, rest))
	}
	if rest, ok := strings.CutPrefix(n, "ابو"); ok && len(rest) >= 4 {
		return "Abu " + r.word(rest, rest)
	}
	if text.HasArticle(n) {
		if s, ok := r.parts[text.StripArticle(n)]; ok && r.curated[text.StripArticle(n)] {
			return "al-" + dropArticle(s)
		}
	}
	return translitWord(w)
}

// dropArticle removes a leading "al-"/"Al-"/"el-" from a spelling.
func dropArticle(s string) string {
	for _, p := range []string{"al-", "Al-", "el-", "El-", "al ", "Al "} {
		if rest, ok := strings.CutPrefix(s, p); ok && rest != "" {
			return capitalize(rest)
		}
	}
	return s
}

// IsGiven reports whether a normalised word is a given name of the table.
func (r *romanizer) IsGiven(norm string) bool { return r.given[norm] }

// IsCurated reports whether a normalised word is a name part of
// data/names.tsv (a given name, a compound or a particle).
func (r *romanizer) IsCurated(norm string) bool { return r.curated[norm] }

// IsStrongGiven reports whether a normalised word is a given name that is
// no common word (a name may start with it anywhere).
func (r *romanizer) IsStrongGiven(norm string) bool { return r.strong[norm] }

// catalogVotes aligns the Arabic and English names of the catalogue's
// people (and one-word places) word by word where both have as many words
// and each pair starts with compatible letters, and counts each Arabic
// unit's spellings.
func catalogVotes(cat *catalog.Catalog) partVotes {
	v := partVotes{}
	if cat == nil {
		return v
	}
	for _, e := range cat.Entries() {
		v.add(e, 1)
	}
	return v
}

// rows returns, per Arabic unit, its most frequent spelling and the next
// one (or "") (ties: the alphabetically first), sorted by the unit.
func (v partVotes) rows() [][3]string {
	out := make([][3]string, 0, len(v))
	for ar := range v {
		first, second := v.best(ar)
		if first != "" && !strings.HasPrefix(ar, shapeKey) {
			out = append(out, [3]string{ar, first, second})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// total returns the votes a unit has.
func (v partVotes) total(ar string) int {
	n := 0
	for _, c := range v[ar] {
		n += c
	}
	return n
}

// ranked returns a unit's spellings by falling votes (ties: the
// alphabetically first), at most four, each weighted by its votes over
// the first's.
func (v partVotes) ranked(ar string) []cand {
	m := v[ar]
	if len(m) == 0 {
		return nil
	}
	out := make([]cand, 0, len(m))
	for en, c := range m {
		out = append(out, cand{en, float64(c)})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].w != out[j].w {
			return out[i].w > out[j].w
		}
		return out[i].s < out[j].s
	})
	if len(out) > 4 {
		out = out[:4]
	}
	top := out[0].w
	for i := range out {
		out[i].w /= top
	}
	return out
}

// partVotes counts, per normalised Arabic name unit, the English
// spellings the catalogue's aligned names give it.
type partVotes map[string]map[string]int

// add adds (sign 1) or removes (sign -1) the votes of one entry and
// returns the Arabic units it votes for.
func (v partVotes) add(e *catalog.Entry, sign int) []string {
	weight := 0
	switch e.Type {
	case extract.Person:
		weight = 2
	case extract.Place, extract.Country:
		weight = 1
	default:
		return nil
	}
	var units []string
	vote := func(key, val string) {
		m := v[key]
		if m == nil {
			m = map[string]int{}
			v[key] = m
		}
		m[val] += sign * weight
		if m[val] <= 0 {
			delete(m, val)
		}
		units = append(units, key)
	}
	ens := englishNames(e)
	for _, a := range e.Arabic {
		ar := nameUnits(text.Normalize(strings.TrimPrefix(a, "=")))
		if len(ar) == 0 || (weight == 1 && len(ar) != 1) {
			continue
		}
		for _, en := range ens {
			if len(en) != len(ar) {
				continue
			}
			for i := range ar {
				if !plausibleSpelling(ar[i], en[i]) {
					continue
				}
				vote(ar[i], en[i])
				if key, tmpl, ok := shapeVote(ar[i], en[i]); ok {
					vote(key, tmpl) // the vowels of the word's shape
				}
			}
		}
	}
	return units
}

// best returns a unit's most voted spelling and the next one (ties: the
// alphabetically first); "" when it has none.
func (v partVotes) best(ar string) (first, second string) {
	n1, n2 := 0, 0
	for en, c := range v[ar] {
		switch {
		case c > n1 || c == n1 && en < first:
			first, second, n1, n2 = en, first, c, n1
		case c > n2 || c == n2 && en < second:
			second, n2 = en, c
		}
	}
	return first, second
}

// englishNames returns an entry's English name and aliases as word
// lists, without a parenthesised qualifier ("Abdul Raziq (police
// officer)") and without commas.
func englishNames(e *catalog.Entry) [][]string {
	var out [][]string
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if i := strings.IndexByte(n, '('); i >= 0 {
			n = n[:i]
		}
		n = strings.ReplaceAll(n, ",", " ")
		if f := joinCompounds(strings.Fields(n)); len(f) > 0 {
			out = append(out, f)
		}
	}
	return out
}

// joinCompounds joins the English words of a name that spell one Arabic
// compound unit (nameUnits): "Abu Hafs", "Abdul Rahman", "Salah ad-Din",
// so that "Abu Hafs al-Hashimi" aligns with أبو حفص | الهاشمي.
func joinCompounds(f []string) []string {
	out := make([]string, 0, len(f))
	for i := 0; i < len(f); i++ {
		if i+1 < len(f) && (englishCompoundHeads[strings.ToLower(f[i])] || englishCompoundTails[strings.ToLower(f[i+1])]) {
			out = append(out, f[i]+" "+f[i+1])
			i++
			continue
		}
		out = append(out, f[i])
	}
	return out
}

// englishCompoundHeads and englishCompoundTails are the English spellings
// of the Arabic compound heads and tails (compoundHeads, compoundTails).
var (
	englishCompoundHeads = map[string]bool{"abu": true, "abou": true, "abd": true, "abdul": true, "abdel": true, "abdal": true, "umm": true, "um": true}
	englishCompoundTails = map[string]bool{"ad-din": true, "al-din": true, "ud-din": true, "ed-din": true, "el-din": true, "eddine": true, "uddin": true, "allah": true, "ullah": true}
)

// nameUnits splits a normalised Arabic name into words, joining the
// two-word compounds (عبد X, أبو X, X الدين, X الله) into one unit.
func nameUnits(n string) []string {
	f := strings.Fields(n)
	out := make([]string, 0, len(f))
	for i := 0; i < len(f); i++ {
		if i+1 < len(f) && (compoundHeads[f[i]] || compoundTails[f[i+1]]) {
			out = append(out, f[i]+" "+f[i+1])
			i++
			continue
		}
		out = append(out, f[i])
	}
	return out
}

// initials are the Latin letters an Arabic name may start with in
// English spellings, by its first Arabic letter (after the article).
var initials = map[rune]string{
	'ا': "aeiou", 'ب': "bp", 'ت': "t", 'ث': "ts", 'ج': "jgdy", 'ح': "h", 'خ': "kh", 'د': "d",
	'ذ': "dzt", 'ر': "r", 'ز': "z", 'س': "s", 'ش': "sc", 'ص': "s", 'ض': "dz", 'ط': "t", 'ظ': "dz",
	'ع': "aeiou", 'غ': "ghr", 'ف': "fpv", 'ق': "qkg", 'ك': "kcq", 'ل': "l", 'م': "m", 'ن': "n",
	'ه': "h", 'و': "wvuo", 'ي': "yjie",
}

// compatibleInitial reports whether an Arabic word and an English word
// may be the same name: their first letters (after any article) agree.
func compatibleInitial(ar, en string) bool {
	ar = text.StripArticle(ar)
	en = strings.ToLower(en)
	for _, p := range []string{"al-", "el-", " al ", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-"} {
		en = strings.TrimPrefix(en, p)
	}
	if ar == "" || en == "" {
		return false
	}
	a := []rune(ar)[0]
	set, ok := initials[a]
	if !ok {
		return false
	}
	return strings.ContainsRune(set, rune(en[0]))
}

// loadRomanizer reads data/names.tsv and learns the catalogue's spellings;
// it also tells the tokenizer which name words keep their first letter.
func loadRomanizer(cat *catalog.Catalog) (*romanizer, error) {
	rows, err := readTSV("names.tsv", 2)
	if err != nil {
		return nil, err
	}
	text.AddKeepWords(nameWords(rows, cat)...)
	return newRomanizer(rows, cat), nil
}

// nameWords returns the words of personal and place names (data/names.tsv
// and the catalogue's people and one-word places) that begin with a letter
// the tokenizer may take for a proclitic (و ف ب ل ك: بدران, فراس, وليد),
// for text.AddKeepWords, so that such names keep their first letter.
func nameWords(rows [][]string, cat *catalog.Catalog) []string {
	var out []string
	seen := map[string]bool{}
	add := func(w string) {
		n := text.Normalize(w)
		if len([]rune(n)) < 4 || seen[n] || !strings.ContainsRune("وفبلك", []rune(n)[0]) || verbAfterClitic(n) {
			return
		}
		seen[n] = true
		out = append(out, n)
	}
	for _, r := range rows {
		for _, w := range strings.Fields(r[0]) {
			add(w)
		}
	}
	if cat == nil {
		return out
	}
	for _, e := range cat.Entries() {
		if e.Type != extract.Person && e.Type != extract.Place {
			continue
		}
		for _, a := range e.Arabic {
			f := strings.Fields(strings.TrimPrefix(a, "="))
			if e.Type == extract.Place && len(f) != 1 {
				continue
			}
			for _, w := range f {
				add(w)
			}
		}
	}
	return out
}

// Labels returns the romanised labels a new entity of a name gets, most
// likely first: its romanisation, then romanAlts(surface, rom, max).
func (r *romanizer) Labels(surface string, max int) []string {
	rom := r.Name(surface)
	return append([]string{rom}, r.romanAlts(surface, rom, max)...)
}

// forget makes the romanizer spell the units an entry voted for as if the
// entry were not in the catalogue (its votes already removed from r.votes), for
// leave-one-out measurement; it returns the function that restores them.
func (r *romanizer) forget(units []string) (restore func()) {
	type saved struct {
		part, second    string
		hasPart, hasSec bool
	}
	old := map[string]saved{}
	for _, u := range units {
		if _, ok := old[u]; ok || strings.HasPrefix(u, shapeKey) {
			continue
		}
		p, hp := r.parts[u]
		s, hs := r.second[u]
		old[u] = saved{p, s, hp, hs}
		first, second := r.votes.best(u)
		if !r.curated[u] {
			setOrDelete(r.parts, u, first) // data/names.tsv's spelling stays
		}
		setOrDelete(r.second, u, second)
	}
	return func() {
		for u, s := range old {
			delete(r.parts, u)
			delete(r.second, u)
			if s.hasPart {
				r.parts[u] = s.part
			}
			if s.hasSec {
				r.second[u] = s.second
			}
		}
	}
}

func setOrDelete(m map[string]string, k, v string) {
	if v == "" {
		delete(m, k)
		return
	}
	m[k] = v
}
