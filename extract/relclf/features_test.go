package relclf

import (
	"slices"
	"strings"
	"testing"
)

// sent builds a sentence from space-separated words; a word written
// "[TYPE word word]" is a mention, "+pred" after a word marks a trigger of
// pred and "!mod" a modality marker in scope there.
func sent(t *testing.T, s string) *Sentence {
	t.Helper()
	var out Sentence
	open := -1
	for _, w := range strings.Fields(s) {
		if strings.HasPrefix(w, "[") {
			open = len(out.Tokens)
			out.Mentions = append(out.Mentions, Mention{Start: open, Type: w[1:]})
			continue
		}
		closing := strings.HasSuffix(w, "]")
		w = strings.TrimSuffix(w, "]")
		tok := Token{}
		for i, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '+' || r == '!' }) {
			if i == 0 {
				tok.Word, tok.Stem = part, strings.TrimPrefix(part, "و")
			} else if strings.Contains(w, "+"+part) {
				tok.Triggers = append(tok.Triggers, part)
			} else {
				tok.Mods = append(tok.Mods, part)
			}
		}
		out.Tokens = append(out.Tokens, tok)
		if closing {
			out.Mentions[len(out.Mentions)-1].End = len(out.Tokens)
			open = -1
		}
	}
	if open >= 0 {
		t.Fatalf("unclosed mention in %q", s)
	}
	return &out
}

func TestFeatures(t *testing.T) {
	tests := []struct {
		name, sentence string
		pair           Pair
		want, not      []string
	}{
		{"verb between", "[PERS زيد!neg] التقى+met [PERS عمرو] في [LOC دمشق]", Pair{0, 1},
			[]string{"t=PERS>PERS", "d=1", "b=التقى", "bf=التقى", "bl=التقى", "bt=met", "bt=met|PERS>PERS", "moda=neg", "m=0", "l1=^", "r1=في", "first=1"},
			[]string{"b=none", "notrig=PERS>PERS", "modb=neg"}},
		{"mention between", "[PERS زيد!neg] التقى+met [PERS عمرو] في [LOC دمشق]", Pair{0, 2},
			[]string{"t=PERS>LOC", "m=1", "mt=PERS", "b=في", "bl=في", "r1=$", "d=3"},
			[]string{"bt=visited"}},
		{"adjacent, trigger before", "زار+visited [PERS زيد] [LOC دمشق] امس", Pair{0, 1},
			[]string{"b=none", "lt=visited", "lt=visited|PERS>LOC", "l1=زار", "r1=امس", "d=0"},
			[]string{"bf=زار"}},
		{"speech and quotes", "قال [PERS زيد] ان « [ORG الحزب] »", Pair{0, 1},
			[]string{"say=1", "say=PERS>ORG", "quote=1", "b=«", "bf2=ان_«", "notrig=PERS>ORG"},
			nil},
		{"clitic stripped", "[PERS زيد] وزار+visited [LOC دمشق]", Pair{0, 1},
			[]string{"b=زار", "bt=visited"},
			[]string{"b=وزار"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Features(sent(t, tc.sentence), tc.pair)
			for _, w := range tc.want {
				if !slices.Contains(f, w) {
					t.Errorf("missing %q in %v", w, f)
				}
			}
			for _, n := range tc.not {
				if slices.Contains(f, n) {
					t.Errorf("unexpected %q in %v", n, f)
				}
			}
		})
	}
}

func TestPairs(t *testing.T) {
	far := "[PERS زيد] " + strings.Repeat("كلمة ", MaxGap+1) + "[LOC دمشق] و [ORG الحزب]"
	tests := []struct {
		sentence string
		want     []Pair
	}{
		{"[PERS زيد] التقى [PERS عمرو] في [LOC دمشق]", []Pair{{0, 1}, {0, 2}, {1, 2}}},
		{far, []Pair{{1, 2}}},
		{"[PERS زيد] وحده", nil},
	}
	for _, tc := range tests {
		if got := sent(t, tc.sentence).Pairs(); !slices.Equal(got, tc.want) {
			t.Errorf("%q: pairs %v, want %v", tc.sentence[:min(len(tc.sentence), 40)], got, tc.want)
		}
	}
}

func TestBucket(t *testing.T) {
	for d, want := range map[int]string{0: "0", 3: "3", 4: "4-5", 8: "6-8", 12: "9-12", 20: "13-20", 21: "21+"} {
		if got := bucket(d); got != want {
			t.Errorf("bucket(%d) = %q, want %q", d, got, want)
		}
	}
}
