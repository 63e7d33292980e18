package catalog

import (
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// Foreign names reach Arabic through several transcriptions: long vowels
// written or not (نعومكين، ناومكين، نومكين), the hard g as غ or ج
// (دوغو/دوجو), ق or ك, ط or ت, ص or س (ستيفن/ستيفان). The skeleton of a
// name keeps what these spellings share, and LookupSkeleton finds the
// catalogue people and places whose name has the same skeleton, word by
// word, under guards that keep short and native names exact.

// Skeleton returns the consonant skeleton of one normalised word (see
// skeletonWord): سامانثا and سمانثا both give سمنث.
func Skeleton(word string) string { return skeletonWord(word) }

// skeletonWord returns the consonant skeleton of one normalised word:
// without the article, without the letters ا و ي ع ء, with غ→ج, ق→ك,
// ط→ت, ص→س, and doubled letters written once.
func skeletonWord(w string) string {
	w = strings.TrimPrefix(w, article)
	var b strings.Builder
	var last rune
	for _, r := range w {
		switch r {
		case 'ا', 'و', 'ي', 'ع', 'ء':
			continue
		case 'غ':
			r = 'ج'
		case 'ق':
			r = 'ك'
		case 'ط':
			r = 'ت'
		case 'ص':
			r = 'س'
		}
		if r == last {
			continue
		}
		last = r
		b.WriteRune(r)
	}
	return b.String()
}

// skeletonKey returns the skeleton of a normalised name of two words or
// more (words separated by one space), or "" for one word.
func skeletonKey(norm string) string {
	words := strings.Split(norm, " ")
	if len(words) < 2 {
		return ""
	}
	sk := make([]string, len(words))
	for i, w := range words {
		sk[i] = skeletonWord(w)
		if sk[i] == "" {
			return ""
		}
	}
	return strings.Join(sk, " ")
}

// skelName is one indexed name under its skeleton.
type skelName struct {
	e    *Entry
	norm string
}

// buildSkeletons indexes the names of two words or more of people and
// places under their skeleton.
func (c *Catalog) buildSkeletons() {
	c.skeletons = map[string][]skelName{}
	for norm, hits := range c.names.m {
		k := skeletonKey(norm)
		if k == "" {
			continue
		}
		for _, h := range hits {
			if h.Derived || (h.Entry.Type != extract.Person && h.Entry.Type != extract.Place) {
				continue
			}
			c.skeletons[k] = append(c.skeletons[k], skelName{h.Entry, norm})
		}
	}
}

// LookupSkeleton returns the catalogue entry of type typ (Person or Place)
// whose name is spelled like norm (a normalised Arabic name of two words
// or more) but for the vowel letters and consonant pairs a foreign name
// varies in: "فيتالي نومكين" → Vitaly Naumkin (فيتالي نعومكين),
// "مسعود البرزاني" → Masoud Barzani. Every word must be the same as in the
// catalogue name, or one of the two words must have four letters or more
// and their skeleton three consonants (or both five letters or more and
// the skeleton two), and neither may be a native name word (native
// reports those: محمد and محمود share a skeleton but are two names); at
// least one word must be the same when the name has two words. It returns
// nil unless exactly one entry fits.
func (c *Catalog) LookupSkeleton(norm string, typ extract.EntityType, native func(word string) bool) *Entry {
	c.skelOnce.Do(c.buildSkeletons)
	k := skeletonKey(norm)
	if k == "" {
		return nil
	}
	var found *Entry
	for _, sn := range c.skeletons[k] {
		if sn.e.Type != typ || !similarWords(norm, sn.norm, native) {
			continue
		}
		if found != nil && found != sn.e {
			return nil // two people or places fit: no guess
		}
		found = sn.e
	}
	return found
}

// similarWords applies LookupSkeleton's word guards to two names with the
// same skeleton.
func similarWords(a, b string, native func(string) bool) bool {
	wa, wb := strings.Split(a, " "), strings.Split(b, " ")
	if len(wa) != len(wb) {
		return false
	}
	same, varied := 0, 0
	for i := range wa {
		if wa[i] == wb[i] {
			same++
			continue
		}
		if text.StripArticle(wa[i]) == text.StripArticle(wb[i]) {
			continue // محمد الحجازي is not محمد حجازي: the article alone decides nothing
		}
		varied++
		la, lb, ls := len([]rune(wa[i])), len([]rune(wb[i])), len([]rune(skeletonWord(wa[i])))
		long := max(la, lb) >= 4 && ls >= 3 || min(la, lb) >= 5 && ls >= 2 // أيليت/أييليت
		if !long || (native != nil && (native(wa[i]) || native(wb[i]))) {
			return false
		}
	}
	return varied > 0 && (same > 0 || len(wa) > 2)
}
