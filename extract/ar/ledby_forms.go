package ar

import (
	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// Leader clauses (ledBy, patterns.go) in two forms the plain rule misses:
//
//   - a comma between the body and its relative clause: "حزب الله، الذي
//     يتزعمه حسن نصر الله" (ledAntecedent);
//   - a rank or honorific between the verb of leading and the name:
//     "القوات بقيادة العميد الركن X" (ledLeader).

// ledbyWords holds the word lists of data/ledby_words.tsv.
var ledbyWords map[string]map[string]bool

func init() {
	var err error
	if ledbyWords, err = wordLists("ledby_words.tsv", "rank"); err != nil {
		panic(err) // embedded data: a broken file fails every test
	}
}

// ledRankMax is how many rank words may come before a leader's name.
const ledRankMax = 3

// ledAntecedent returns the token where the antecedent of the leader
// clause at verb k ends: before a relative pronoun, and before a comma
// right before it ("حزب الله، الذي يتزعمه").
func (d *docState) ledAntecedent(st *sentState, k int) int {
	p := k
	if p > 0 && d.in("relative", st.toks[p-1].Norm) {
		p--
		if p > 0 && (st.toks[p-1].Norm == "،" || st.toks[p-1].Norm == ",") {
			p--
		}
	}
	return p
}

// ledLeader returns the mention that starts right after the verb of
// leading at k, across up to ledRankMax rank words (بقيادة العميد الركن
// X), or nil.
func (d *docState) ledLeader(st *sentState, k int) *mention {
	for q := k + 1; q < len(st.toks) && q <= k+1+ledRankMax; q++ {
		if m := st.mentionAt(q); m != nil {
			if m.s != q {
				return nil
			}
			return m
		}
		if !ledRank(st.toks[q]) {
			return nil
		}
	}
	return nil
}

// ledRank reports whether a token is a rank or honorific word (without a
// prefix: "والعميد" starts another phrase).
func ledRank(t text.Token) bool {
	set := ledbyWords["rank"]
	return t.Prefix == "" && inEither(set, t)
}

// titleAdjectiveBody returns the organisation named by the last word of a
// title phrase of two words or more, an adjective of the organisation
// (المبعوث الأممي → the United Nations), or "".
func (d *docState) titleAdjectiveBody(st *sentState, i, j int) string {
	if j-i < 2 || j > len(st.toks) {
		return ""
	}
	if c := d.adjective(st, j-1); c != "" && d.typeOf(c) == extract.Organization {
		return c
	}
	return ""
}
