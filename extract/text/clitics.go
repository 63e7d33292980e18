package text

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// keepData lists words whose first letter (و ف ب ل ك) is part of the
// word, so Bare must not strip it. One word a line, any spelling (lines are
// normalised when loaded); # starts a comment.
//
//go:embed data/keep.txt
var keepData string

// shortData lists two-letter words a conjunction may precede (وهو، فقد).
//
//go:embed data/short.txt
var shortData string

var shortWords = loadWordSet(shortData)

// keepWords holds the keep set; it is replaced, never changed, when words
// are added (copy on write), so readers need no lock.
var keepWords atomic.Pointer[map[string]bool]

var keepMu sync.Mutex // serialises AddKeepWords

func init() {
	m := loadWordSet(keepData)
	keepWords.Store(&m)
}

// keepSet returns the current keep set.
func keepSet() map[string]bool { return *keepWords.Load() }

// AddKeepWords adds words (any spelling; they are normalised) whose first
// letter و ف ب ل or ك belongs to the word, so that Token.Bare keeps it —
// typically the names of a catalogue ("بلينكن", "لودريان"). It is safe to
// call at any time; tokens made earlier keep their Bare.
func AddKeepWords(words ...string) {
	keepMu.Lock()
	defer keepMu.Unlock()
	old := keepSet()
	m := make(map[string]bool, len(old)+len(words))
	for k := range old {
		m[k] = true
	}
	for _, w := range words {
		if n := Normalize(w); n != "" {
			m[n] = true
		}
	}
	keepWords.Store(&m)
}

// loadWordSet reads a one-word-a-line list into a set of normalised forms.
func loadWordSet(data string) map[string]bool {
	set := make(map[string]bool)
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		set[Normalize(line)] = true
	}
	return set
}

// Article is the Arabic definite article in normal form.
const Article = "ال"

// HasArticle reports whether the normalised form norm starts with the
// definite article ال followed by at least two letters.
func HasArticle(norm string) bool {
	rest, ok := strings.CutPrefix(norm, Article)
	if !ok || rest == "" {
		return false
	}
	// two runes after the article, counted as utf8.RuneCountInString does
	// (an invalid byte is one), without counting the whole string
	_, w := decode(rest, 0)
	return len(rest) > w
}

// StripArticle returns norm without a leading definite article ال when at
// least two letters remain ("الرياض" → "رياض"); otherwise norm unchanged.
func StripArticle(norm string) string {
	if HasArticle(norm) {
		return norm[len(Article):]
	}
	return norm
}

// isKept reports whether norm, or norm without a pronoun suffix, is in the
// keep list ("لقائه" is kept because لقاء is).
func isKept(norm string) bool {
	ks := keepSet()
	if ks[norm] {
		return true
	}
	// pronoun suffixes end in ه (U+0647), م (U+0645), ن (U+0646) or ا (U+0627)
	if n := len(norm); n < 2 || norm[n-2] != 0xD9 || (norm[n-1] != 0x87 && norm[n-1] != 0x85 && norm[n-1] != 0x86) {
		if n < 2 || norm[n-2] != 0xD8 || norm[n-1] != 0xA7 {
			return false
		}
	}
	if strings.HasSuffix(norm, "ا") && ks[norm[:len(norm)-len("ا")]] {
		return true // accusative ending: كبيرا، وفدا
	}
	for _, suf := range pronounSuffixes {
		if !strings.HasSuffix(norm, suf) {
			continue
		}
		stem := norm[:len(norm)-len(suf)]
		if utf8.RuneCountInString(stem) < 3 {
			return false
		}
		if ks[stem] {
			return true
		}
		switch {
		case strings.HasSuffix(stem, "ت"):
			return ks[stem[:len(stem)-len("ت")]+"ه"]
		case strings.HasSuffix(stem, "ي"):
			return ks[stem[:len(stem)-len("ي")]+"ء"]
		}
		return false
	}
	return false
}

// IsKeepWord reports whether the normalised word norm is listed as
// beginning with a letter that looks like a proclitic but belongs to the
// word (وزير، بوتين، لبنان).
func IsKeepWord(norm string) bool { return keepSet()[norm] }

// article-bearing proclitic groups: surface form (normalised) → prefix,
// longest first. The remainder keeps the article: "بالرياض" → ب + الرياض;
// "للرياض" → ل + الرياض (ل + ال contracts to لل).
var articleClitics = []struct{ surface, prefix string }{
	{"وبال", "وب"}, {"فبال", "فب"}, {"وكال", "وك"}, {"فكال", "فك"},
	{"ولل", "ول"}, {"فلل", "فل"},
	{"وال", "و"}, {"فال", "ف"}, {"بال", "ب"}, {"كال", "ك"}, {"لل", "ل"},
}

// proclitic letters in normal form
const (
	waw = "و"
	faa = "ف"
	baa = "ب"
	lam = "ل"
	kaf = "ك"
)

// isProcliticLetter reports whether s begins with و ف ب ل or ك.
func isProcliticLetter(s string) bool {
	if len(s) < 2 {
		return false
	}
	switch s[0] {
	case 0xD9: // و U+0648, ف U+0641, ل U+0644, ك U+0643
		return s[1] == 0x88 || s[1] == 0x81 || s[1] == 0x84 || s[1] == 0x83
	case 0xD8: // ب U+0628
		return s[1] == 0xA8
	}
	return false
}

func isConjLetter(s string) bool { return s == waw || s == faa }
func isPrepLetter(s string) bool { return s == baa || s == lam || s == kaf }

// firstLetter returns the first rune of s as a string slice of s.
func firstLetter(s string) string {
	if s == "" {
		return s
	}
	_, w := decode(s, 0)
	return s[:w]
}

// splitProclitics returns the proclitic prefix and the bare word of a
// normalised token (see Token.Bare).
func splitProclitics(norm string) (prefix, bare string) {
	if len(norm) < 6 || !isProcliticLetter(norm) || isKept(norm) { // fewer than three letters, or no proclitic
		return "", norm
	}
	for _, c := range articleClitics {
		if strings.HasPrefix(norm, c.surface) {
			rest := norm[len(c.surface):]
			if utf8.RuneCountInString(rest) >= 2 {
				if strings.HasSuffix(c.surface, "لل") {
					// ل + a word that begins with ل ("للبنان" → ل + لبنان)
					// when that word is known; else ل + ال (contracted)
					if w := norm[len(c.surface)-len(lam):]; isKept(w) {
						return c.prefix, w
					}
					return c.prefix, Article + rest
				}
				return c.prefix, norm[len(c.surface)-len(Article):]
			}
		}
	}
	rest := norm
	p := 0
	// one conjunction
	if l := firstLetter(rest); isConjLetter(l) && utf8.RuneCountInString(rest[len(l):]) == 2 && shortWords[rest[len(l):]] {
		return l, rest[len(l):]
	} else if isConjLetter(l) && utf8.RuneCountInString(rest[len(l):]) >= 3 {
		p = len(l)
		rest = rest[len(l):]
		if isKept(rest) {
			return norm[:p], rest
		}
	}
	// one preposition
	if l := firstLetter(rest); isPrepLetter(l) && utf8.RuneCountInString(rest[len(l):]) >= 3 && !isKept(rest) {
		p += len(l)
		rest = rest[len(l):]
	}
	if p == 0 {
		return "", norm
	}
	return norm[:p], rest
}

// Forms returns the candidate normalised forms of the token to look up in
// a lexicon, most literal first: the whole normalised token, then the
// token without one, two or three proclitic letters (و ف ب ل ك in the
// orders Arabic allows: conjunction, then preposition), shortest strip
// first. The contraction لل yields both readings, the article form after
// the literal one: "للرياض" → ["للرياض", "لرياض", "الرياض"]; "للبنان" →
// ["للبنان", "لبنان", "البنان"]. The article itself is never stripped (use
// StripArticle). At least two letters always remain. A caller takes the
// first form its lexicon knows.
func (t Token) Forms() []string {
	return Forms(t.Norm)
}

// Forms is Token.Forms for a normalised word.
func Forms(norm string) []string {
	forms := []string{norm}
	if len(norm) < 4 || norm[0] < 0xD8 {
		return forms
	}
	add := func(f string) {
		if utf8.RuneCountInString(f) < 2 {
			return
		}
		for _, g := range forms {
			if g == f {
				return
			}
		}
		forms = append(forms, f)
	}
	rest := norm
	l1 := firstLetter(rest)
	switch {
	case isConjLetter(l1):
		r1 := rest[len(l1):]
		add(r1)
		if l2 := firstLetter(r1); isPrepLetter(l2) {
			r2 := r1[len(l2):]
			add(r2)
			if l2 == lam && strings.HasPrefix(r2, lam) {
				add("ا" + r2)
			}
		}
	case isPrepLetter(l1):
		r1 := rest[len(l1):]
		add(r1)
		if l1 == lam && strings.HasPrefix(r1, lam) {
			add("ا" + r1)
		}
	}
	return forms
}

// pronoun suffixes in normal form, longest first.
var pronounSuffixes = []string{"هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه"}

// SuffixForms returns the token's normalised form, and its bare form,
// without an attached pronoun suffix (ه ها هم هما هن كم نا), for matching
// relation words: "لقائه" → "لقاء"; "نظيره" → "نظير"; "حليفته" → "حليفه"
// (the taa marbuta restored, in its normal form ه). At least three letters
// remain. Forms whose stem ends in ي or و (a hamza seat before the suffix)
// also get the stem with a final ء. The result does not include Norm or
// Bare themselves and may be empty.
func (t Token) SuffixForms() []string {
	var out []string
	add := func(f string) {
		for _, g := range out {
			if g == f {
				return
			}
		}
		out = append(out, f)
	}
	last := strings.TrimRightFunc(t.Text, func(r rune) bool { return r >= 0x064B && r <= 0x065F || r == 'ـ' })
	taaMarbuta := strings.HasSuffix(last, "ة")
	hamza := strings.ContainsAny(t.Text, "ئؤ")
	for i, base := range [2]string{t.Norm, t.Bare} {
		if i == 1 && base == t.Norm {
			break
		}
		if len(base) < 8 || base[0] < 0xD8 {
			continue
		}
		for _, suf := range pronounSuffixes {
			if !strings.HasSuffix(base, suf) {
				continue
			}
			if suf == "ه" && taaMarbuta {
				break // the final ه is a normalised ة, not a pronoun
			}
			stem := base[:len(base)-len(suf)]
			if n := utf8.RuneCountInString(stem); n < 3 || (strings.HasPrefix(stem, Article) && n < 5) {
				continue
			}
			switch {
			case strings.HasSuffix(stem, "ت"):
				add(stem[:len(stem)-len("ت")] + "ه")
			case hamza && strings.HasSuffix(stem, "ي"):
				add(stem[:len(stem)-len("ي")] + "ء")
			case hamza && strings.HasSuffix(stem, "و"):
				add(stem[:len(stem)-len("و")] + "ء")
			}
			add(stem)
			break
		}
	}
	return out
}
