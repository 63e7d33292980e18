package relclf

// Token is what the features read of one token of a sentence.
type Token struct {
	// Word is the token's normal form (text.Normalize), or the mark itself
	// for punctuation.
	Word string
	// Stem is Word without its proclitics (text.Token.Bare).
	Stem string
	// Triggers are the predicates whose trigger phrases start at the token
	// (the extractor's trigger lexicon), each once.
	Triggers []string
	// Mods are the modality markers in scope at the token ("neg",
	// "future", "demand"…, extract/syntax.Mod names).
	Mods []string
}

// Mention is a named mention: tokens [Start, End) of the sentence, with a
// coarse Type (PERS, ORG, LOC or MISC).
type Mention struct {
	Start, End int
	Type       string
}

// Sentence is one sentence's tokens and mentions, the mentions sorted by
// Start and not overlapping.
type Sentence struct {
	Tokens   []Token
	Mentions []Mention
}

// Pair is two mentions of a sentence by index, A before B.
type Pair struct{ A, B int }

// MaxGap is the most tokens between two mentions for them to be a pair.
const MaxGap = 30

// Pairs returns the sentence's mention pairs: each two mentions, the
// earlier first, with at most MaxGap tokens between them.
func (s *Sentence) Pairs() []Pair {
	var out []Pair
	for a := range s.Mentions {
		for b := a + 1; b < len(s.Mentions); b++ {
			ma, mb := s.Mentions[a], s.Mentions[b]
			if mb.Start < ma.End {
				continue
			}
			if mb.Start-ma.End > MaxGap {
				break
			}
			out = append(out, Pair{a, b})
		}
	}
	return out
}
