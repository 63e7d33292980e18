package syntax

// ClauseKind says how a clause is joined to the sentence.
type ClauseKind uint8

const (
	// Main is the sentence's first clause.
	Main ClauseKind = iota
	// Sub is a clause opened by a boundary word (فيما، بينما، حيث، لكن،
	// عندما…) or punctuation (؛ :).
	Sub
	// Complement is the complement of a speech verb (قال إن…).
	Complement
	// Quote is a quotation after a speech verb («…», "…", or after a colon).
	Quote
	// Relative is a relative clause (الذي، التي…); its parent clause goes
	// on after it.
	Relative
)

var clauseKindNames = [...]string{"main", "sub", "complement", "quote", "relative"}

func (k ClauseKind) String() string {
	if int(k) < len(clauseKindNames) {
		return clauseKindNames[k]
	}
	return "?"
}

// Clause is a clause of a sentence.
type Clause struct {
	Kind ClauseKind
	// Start is the clause's first token; a clause holds the tokens whose
	// Sentence.Clause is its index (a relative clause may interrupt it).
	Start int
	// Parent is the clause this one is embedded in or follows, or -1.
	Parent int
	// Intro is the token that opened the clause (boundary word,
	// complementiser, quotation mark, relative pronoun), or -1.
	Intro int
	// Speech is the speech verb whose words the clause reports, or -1.
	Speech int
	// Antecedent is, for a relative clause, the unit the relative pronoun
	// refers to, or -1.
	Antecedent int
}

// clauses splits the sentence: boundary words and punctuation open
// subordinate clauses; a complementiser within reach of a speech verb
// opens its complement; quotation marks after a speech verb open a
// quotation (a short quoted name or term is no clause); a relative pronoun
// opens a relative clause that ends at a comma, a boundary, a second
// verb, or a bare noun after its verb's named argument (where its parent
// goes on).
func (s *Sentence) clauses(l *lexicon) {
	s.pairQuotes()
	s.Clauses = append(s.Clauses[:0], Clause{Kind: Main, Start: 0, Parent: -1, Intro: -1, Speech: -1, Antecedent: -1})
	cur := 0
	lastSpeech := -100
	quoted := false  // a quotation opened since the last speech verb
	inQuote := false // inside a quotation clause
	relVerbs := 0    // verbs seen in the current relative clause
	relArg := false  // a name seen after the relative clause's verb
	open := func(k ClauseKind, i, parent, speech int) {
		s.Clauses = append(s.Clauses, Clause{Kind: k, Start: i, Parent: parent, Intro: i, Speech: speech, Antecedent: -1})
		cur = len(s.Clauses) - 1
	}
	closeRel := func() {
		// the relative clause, with the complements and quotations
		// opened inside it ("التي أكد فيها أن…،")
		for c := cur; c >= 0; c = s.Clauses[c].Parent {
			k := s.Clauses[c].Kind
			if k == Relative {
				cur = s.Clauses[c].Parent
				continue
			}
			if k != Complement && k != Quote {
				break
			}
		}
	}
	speechNear := func(i, reach int) int {
		if i-lastSpeech <= reach {
			return lastSpeech
		}
		return -1
	}
	for i, t := range s.Toks {
		if s.Clauses[cur].Kind == Relative && s.Class[i] == Verb && t.Prefix == "" {
			if relVerbs > 0 && s.Class[i-1] != Comp && s.Class[i-1] != Particle && !s.asyndetic(i) {
				closeRel() // "جبهة الشام التي تدعمها X هاجمت…": the main verb
			}
			relVerbs++
		}
		if s.Clauses[cur].Kind == Relative && relVerbs > 0 {
			switch {
			case s.Class[i] == Name:
				relArg = true
			case relArg && s.Class[i] == Noun && t.Prefix == "" && s.Class[i-1] != Prep:
				// "يجري بوتين الذي يرافقه لافروف محادثات مع…": the verb
				// and its argument are done, the main clause goes on
				closeRel()
			}
		}
		switch {
		case isQuoteMark(t.Norm) && !s.short[i]:
			closeRel()
			switch {
			case inQuote && t.Norm != "«":
				inQuote = false
				open(Sub, i, s.Clauses[cur].Parent, -1)
			case t.Norm != "»" && t.Norm != "”":
				inQuote, quoted = true, true
				open(Quote, i, cur, speechNear(i, 14))
			default:
				open(Sub, i, cur, -1)
			}
		case s.is(i, lBoundary) && !isQuoteMark(t.Norm):
			closeRel()
			sp := -1
			if t.Norm == ":" {
				sp = speechNear(i, 14) // "وقال كيري: نحن ندعم…"
			}
			if sp >= 0 {
				open(Quote, i, cur, sp)
			} else {
				open(Sub, i, cur, -1)
			}
		case t.Norm == "،" || t.Norm == ",":
			closeRel()
		case s.Class[i] == Comp && (i-lastSpeech <= 8 || (i-lastSpeech <= 14 && !quoted)):
			// a long subject ("تقول واشنطن وحليفتها … إنه") may stand
			// between; a quotation opened after the verb is its speech; a
			// speech verb inside a relative clause keeps it open ("التي أكد
			// فيها أن…")
			if !(s.Clauses[cur].Kind == Relative && lastSpeech > s.Clauses[cur].Intro) {
				closeRel()
			}
			open(Complement, i, cur, lastSpeech)
			lastSpeech = -100
		case s.Class[i] == Rel:
			open(Relative, i, cur, -1)
			s.Clauses[cur].Antecedent = s.antecedent(i)
			relVerbs, relArg = 0, false
		}
		s.Clause[i] = cur
		if s.isForm(i, lSpeech) && s.Class[i] == Verb {
			lastSpeech, quoted = i, false
		}
	}
}

// antecedent returns the unit a relative pronoun at token r refers to: the
// unit that ends right before it (or before a comma before it), or -1.
func (s *Sentence) antecedent(r int) int {
	k := r - 1
	if k >= 0 && (s.Toks[k].Norm == "،" || s.Toks[k].Norm == "," || isDash(s.Toks[k].Norm)) {
		k--
	}
	if k < 0 {
		return -1
	}
	return s.Unit[k]
}

// isDash reports whether a token is a dash that opens an apposition
// ("أوباما – الذي زار كينيا –").
func isDash(norm string) bool {
	switch norm {
	case "-", "–", "—":
		return true
	}
	return false
}

// isQuoteMark reports whether a token is a quotation mark.
func isQuoteMark(norm string) bool {
	switch norm {
	case "\"", "«", "»", "“", "”":
		return true
	}
	return false
}

// pairQuotes pairs the quotation marks of the sentence: « with », “ with
// ”, and straight quotes in turn; s.short marks both marks of a pair
// that quotes a name or term of at most three words with no verb
// («داعش», "الدعاية السوداء"), which opens no clause.
func (s *Sentence) pairQuotes() {
	open := -1
	for i, t := range s.Toks {
		if !isQuoteMark(t.Norm) {
			continue
		}
		opening := t.Norm == "«" || t.Norm == "“" || (t.Norm == "\"" && open < 0)
		if opening {
			open = i
			continue
		}
		if open < 0 {
			continue
		}
		if i-open-1 <= 3 && i-open > 1 {
			short := true
			for q := open + 1; q < i; q++ {
				if s.Class[q] == Verb || s.Class[q] == Comp || !s.Toks[q].IsWord() {
					short = false
				}
			}
			s.short[open], s.short[i] = short, short
		}
		open = -1
	}
}

// ClauseAt returns the clause of token i.
func (s *Sentence) ClauseAt(i int) *Clause { return &s.Clauses[s.Clause[i]] }

// Reports returns the speech verb whose words token i stands in (through
// complement and quotation clauses, not through relative or subordinate
// ones), or -1.
func (s *Sentence) Reports(i int) int {
	for c := s.Clause[i]; c >= 0; c = s.Clauses[c].Parent {
		cl := &s.Clauses[c]
		if cl.Speech >= 0 {
			return cl.Speech
		}
		if cl.Kind != Complement && cl.Kind != Quote {
			return -1
		}
	}
	return -1
}

// asyndetic reports whether the verb at token i opens a relative clause
// without a relative pronoun after an indefinite noun, its resumptive
// pronoun after it or on it ("أراض يسيطر عليها"، "مناطق تسيطر عليها").
func (s *Sentence) asyndetic(i int) bool {
	if i == 0 || s.Class[i] != Verb || s.Toks[i].Prefix != "" {
		return false
	}
	// "أول رئيس أمريكي يزور كينيا": the first (last) one to do it
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if n := s.Toks[k].Norm; n == "اول" || n == "اخر" {
			return true
		}
		if c := s.Class[k]; c != Noun && c != Name && c != Adjective {
			break
		}
	}
	if s.Class[i-1] != Noun || s.Feat[i-1]&Definite != 0 {
		return false
	}
	if i+1 < len(s.Toks) && s.is(i+1, lResumptive) {
		return true
	}
	return s.possessive(i)
}

// markAsyndetic records the spans of asyndetic relative clauses: from
// the verb to the next comma, boundary or clause change.
func (s *Sentence) markAsyndetic() {
	for i := range s.Toks {
		if !s.asyndetic(i) {
			continue
		}
		for k := i; k < len(s.Toks) && s.Clause[k] == s.Clause[i]; k++ {
			if n := s.Toks[k].Norm; n == "،" || n == "," || n == "." {
				break
			}
			s.descr[k] = true
		}
	}
}

// Described reports whether token i stands in a relative clause without a
// relative pronoun ("أول رئيس أمريكي يزور كينيا"، "أراض يسيطر عليها"): a
// description of the noun before it.
func (s *Sentence) Described(i int) bool {
	return i >= 0 && i < len(s.descr) && s.descr[i]
}
