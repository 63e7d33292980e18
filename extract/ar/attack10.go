package ar

import (
	"github.com/newskg/kg/extract/text"
)

// Attacks and control as real newspaper copy tells them, where the
// conflict files already had the trigger but a general step lost the
// argument (issue 11, round 10; own sentences in attack10_test.go):
//
//	time adjunct   a time adjunct between an attack verb's subject and its
//	               direct object ("قصفت الطائرات مساء أمس مدينة إدلب"): the
//	               place or the owner of the thing struck after it is still
//	               the object (attackPlace, ownerObject)
//	comma relative a resumptive relative clause after a comma ("مدينة
//	               الباب، التي يسيطر عليها تنظيم داعش"): the antecedent is
//	               the name before the comma, and the agent may open with a
//	               quotation mark ("يسيطر عليها «جيش الإسلام»") (cxRelative)

// attack10Words holds the word lists of data/attack10_words.tsv.
var attack10Words map[string]map[string]bool

func init() {
	var err error
	if attack10Words, err = wordLists("attack10_words.tsv", "timeword"); err != nil {
		panic(err) // embedded data: a broken file fails every test
	}
}

// inAttack10 reports whether a token (by its Norm or Bare form) is in the
// list of attack10_words.tsv.
func inAttack10(list string, t text.Token) bool {
	return inEither(attack10Words[list], t)
}

// pastTimeAdjunct returns the token after a run of time words (list
// timeword, no proclitic, no name) that starts at token k, at most four
// words ("مساء أمس الخميس"، "فجر اليوم"); k itself when none starts there.
func pastTimeAdjunct(st *sentState, k int) int {
	e := k
	for e < len(st.toks) && e < k+4 && st.mentionAt(e) == nil && st.toks[e].Prefix == "" && inAttack10("timeword", st.toks[e]) {
		e++
	}
	return e
}

// relativeAntecedentEnd returns the end of the antecedent of the relative
// pronoun at token k: k itself, or the comma before it when a name ends
// right before that comma ("الباب، التي يسيطر عليها التنظيم").
func relativeAntecedentEnd(st *sentState, k int) int {
	if k >= 2 && isComma(st.toks[k-1].Norm) && st.mentionAt(k-2) != nil {
		return k - 1
	}
	return k
}

// isComma reports whether a token is a comma, Arabic or Latin.
func isComma(norm string) bool {
	return norm == "،" || norm == ","
}
