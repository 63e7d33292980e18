package ar

import (
	"bufio"
	"context"
	"math/rand"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/catalog"
)

// The word-level fuzz tests feed the extractor sequences of real news
// words, names, titles, particles, punctuation, digits and Latin, in any
// order: byte-level fuzzing rarely forms a word the rules react to, so it
// never reaches their bounds. Run longer with
//
//	go test -run '^$' -fuzz FuzzExtractWords -fuzztime 2m ./extract/ar

var (
	fuzzWordsOnce sync.Once
	fuzzWords     []string
)

// newsWords is the fuzz vocabulary: testdata/fuzzwords.txt, the words of
// the lexicon's triggers and every first and last word of the catalogue's
// Arabic names and role phrases, deduplicated and sorted so that a byte
// sequence always spells the same text.
func newsWords(tb testing.TB) []string {
	fuzzWordsOnce.Do(func() {
		seen := map[string]bool{}
		add := func(w string) {
			if w = strings.TrimSpace(w); w != "" {
				seen[w] = true
			}
		}
		f, err := os.Open("testdata/fuzzwords.txt")
		if err != nil {
			tb.Fatalf("fuzz words: %v", err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "#") {
				continue
			}
			add(strings.ReplaceAll(line, `\n`, "\n"))
		}
		lex, err := loadLexicon()
		if err != nil {
			tb.Fatalf("lexicon: %v", err)
		}
		for first, ts := range lex.triggers {
			add(first)
			for _, t := range ts {
				add(strings.Join(t.toks, " "))
			}
		}
		cat := catalog.Default()
		for _, e := range cat.Entries() {
			for _, a := range e.Arabic {
				a = strings.TrimPrefix(a, "=")
				ws := strings.Fields(a)
				if len(ws) == 0 {
					continue
				}
				add(ws[0])
				add(ws[len(ws)-1])
				if len(ws) <= 3 {
					add(a)
				}
			}
		}
		for w := range seen {
			fuzzWords = append(fuzzWords, w)
		}
		sort.Strings(fuzzWords)
	})
	return fuzzWords
}

// wordText spells data as a text of news words: each pair of bytes picks
// one word, joined by spaces.
func wordText(words []string, data []byte) string {
	var b strings.Builder
	for i := 0; i+1 < len(data); i += 2 {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[(int(data[i])<<8|int(data[i+1]))%len(words)])
	}
	return b.String()
}

// checkExtract runs the extractor on s and fails on an error or on a
// result the graph layer would refuse (a fact naming an unknown entity).
func checkExtract(t *testing.T, x *Extractor, s string) {
	t.Helper()
	doc := extract.Document{ID: "fuzz", Lang: "ar", Text: s, Date: time.Date(2015, 7, 25, 0, 0, 0, 0, time.UTC)}
	r, err := x.Extract(context.Background(), doc)
	if err != nil {
		t.Fatalf("Extract(%q): %v", s, err)
	}
	known := map[string]bool{}
	for _, e := range r.Entities {
		known[e.Key] = true
	}
	for _, f := range r.Facts {
		if !known[f.Subject] || (f.Object != "" && !known[f.Object]) {
			t.Fatalf("Extract(%q): fact %s %s %s names an entity missing from the result", s, f.Subject, f.Predicate, f.Object)
		}
	}
}

// FuzzExtractWords fuzzes the extractor with texts of real news words.
func FuzzExtractWords(f *testing.F) {
	words := newsWords(f)
	x := New()
	for _, s := range []string{"حضر بوتين مؤتمر", "اجتماع", "مؤتمر", "التقى الرئيس", "وزير خارجية"} {
		f.Add(encodeWords(words, s))
	}
	// The first extraction loads the catalogue, lexicon and tagger: done
	// here, before f.Fuzz, because a fuzz worker takes any single call
	// longer than 10 s for a deadlock and dies (seen on a loaded machine
	// with coverage instrumentation).
	warm := extract.Document{ID: "warm", Lang: "ar", Text: "حضر بوتين مؤتمر", Date: time.Date(2015, 7, 25, 0, 0, 0, 0, time.UTC)}
	if _, err := x.Extract(context.Background(), warm); err != nil {
		f.Fatalf("first extraction: %v", err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 400 {
			return
		}
		checkExtract(t, x, wordText(words, data))
	})
}

// encodeWords spells s (words of the vocabulary, space-separated) as the
// bytes wordText reads; a word outside the vocabulary is skipped.
func encodeWords(words []string, s string) []byte {
	var out []byte
	for _, w := range strings.Fields(s) {
		if i := sort.SearchStrings(words, w); i < len(words) && words[i] == w {
			out = append(out, byte(i>>8), byte(i))
		}
	}
	return out
}

// TestExtractCutOffSentences runs the extractor on texts that stop
// anywhere: every prefix of a few sentences of our own, cut at each word,
// with and without final punctuation (a sentence ending in an event noun
// or a title once indexed past the last token).
func TestExtractCutOffSentences(t *testing.T) {
	x := New()
	for _, s := range []string{
		"حضر بوتين مؤتمر",
		"اجتماع",
		"عقد وزير الخارجية الروسي سيرغي لافروف اجتماعا مع نظيره الأمريكي في جنيف أمس",
		"قال المتحدث باسم الحركة إن الجماعة شنت هجوما على مدينة عدن أسفر عن مقتل 7 أشخاص",
		"التقى الرئيس المصري عبد الفتاح السيسي في القاهرة رئيس وزراء اليمن لبحث قمة الرياض",
	} {
		ws := strings.Fields(s)
		for n := 1; n <= len(ws); n++ {
			cut := strings.Join(ws[:n], " ")
			for _, end := range []string{"", ".", " ،", ":"} {
				checkExtract(t, x, cut+end)
			}
		}
	}
}

// TestExtractRandomWords runs a fixed-seed sample of word-level inputs
// on every test run, so a regression shows without -fuzz.
func TestExtractRandomWords(t *testing.T) {
	words := newsWords(t)
	x := New()
	rng := rand.New(rand.NewSource(1))
	n := 3000
	if testing.Short() {
		n = 300
	}
	for i := 0; i < n; i++ {
		data := make([]byte, 2*(1+rng.Intn(25)))
		rng.Read(data)
		checkExtract(t, x, wordText(words, data))
	}
}
