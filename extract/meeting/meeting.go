// Package meeting tells how a meeting took place — in person, by phone or
// by video — from the words of the sentence that reports it, so that a
// call is not shown as a visit. The cues are data (data/cues.tsv); Mode
// reads one sentence, Fill sets the mode of a result's meetings that have
// none.
package meeting

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
	"unicode"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

//go:embed data/cues.tsv
var cuesTSV string

// cue is one phrase that says how a meeting took place.
type cue struct {
	mode  string
	words []string
}

// order ranks the modes when a sentence has cues of several: a video call
// is also a call, and a call may be "received".
var order = []string{extract.MeetingVideo, extract.MeetingPhone, extract.MeetingInPerson}

// cues maps a language to its cues, in the order of `order`.
var cues = func() map[string][]cue {
	m := map[string][]cue{}
	sc := bufio.NewScanner(strings.NewReader(cuesTSV))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || rank(f[0]) < 0 {
			panic(fmt.Sprintf("meeting: data/cues.tsv:%d: want mode, language, phrase; got %q", n, line))
		}
		m[f[1]] = append(m[f[1]], cue{mode: f[0], words: words(f[1], f[2])})
	}
	return m
}()

func rank(mode string) int {
	for i, m := range order {
		if m == mode {
			return i
		}
	}
	return -1
}

// words splits a phrase or sentence into comparable words: Arabic in
// normal form, other scripts lower-cased, punctuation dropped.
func words(lang, s string) []string {
	if lang == "ar" {
		s = text.Normalize(s)
	} else {
		s = strings.ToLower(s)
	}
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) })
}

// Mode returns how the meeting a sentence in language lang reports took
// place: extract.MeetingVideo, MeetingPhone or MeetingInPerson, or "" when
// its words do not say.
func Mode(lang, sentence string) string {
	cs := cues[lang]
	if len(cs) == 0 {
		return ""
	}
	ws := words(lang, sentence)
	forms := make([][]string, len(ws))
	for i, w := range ws {
		if lang == "ar" {
			forms[i] = text.Forms(w) // with and without proclitics
		} else {
			forms[i] = []string{w}
		}
	}
	best := -1
	for _, c := range cs {
		if r := rank(c.mode); (best < 0 || r < best) && contains(forms, c.words) {
			best = r
		}
	}
	if best < 0 {
		return ""
	}
	return order[best]
}

// contains reports whether the phrase occurs in the sentence, word by word;
// each word of the sentence is given as its possible forms.
func contains(forms [][]string, phrase []string) bool {
	for i := 0; i+len(phrase) <= len(forms); i++ {
		ok := true
		for j, w := range phrase {
			if !has(forms[i+j], w) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func has(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

// Fill sets the mode of the result's meetings (met facts) that have none:
// from the cues of their evidence sentence, else in person when the fact
// names where it took place.
func Fill(r *extract.Result) {
	if r == nil {
		return
	}
	for i := range r.Facts {
		f := &r.Facts[i]
		if f.Predicate != extract.Met || f.Mode != "" {
			continue
		}
		f.Mode = Mode(r.Doc.Lang, f.Evidence)
		if f.Mode == "" && f.Place != "" {
			f.Mode = extract.MeetingInPerson
		}
	}
}
