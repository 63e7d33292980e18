package syntax

import "strings"

// Mod is a set of modality markers.
type Mod uint16

// Modality markers.
const (
	// Negation: لم، لن، لا، ليس، ما + verb; عدم، غير + noun.
	Negation Mod = 1 << iota
	// Future: سوف، a verb with سـ.
	Future
	// Plan: المقرر، يعتزم، ينوي، المزمع، يخطط، يسعى.
	Plan
	// Expectation: يتوقع، المرتقب، ينتظر، يأمل; an event noun followed
	// by المرتقب، المقبل، المقرر.
	Expectation
	// Possibility: ربما، يمكن، قد + imperfect, محتمل.
	Possibility
	// Demand: دعا، طالب، حث، يجب، ينبغي، عليه أن.
	Demand
	// Rumour: يقال، ما تردد، شائعات، أنباء عن.
	Rumour
	// Denial: نفى، ينفي، نفي، تكذيب.
	Denial
	// Allegation: the content of an accusation or claim (اتهم X بـ…،
	// الاتهامات بأن…، زعم أن…).
	Allegation
	// Condition: إذا، لو، في حال.
	Condition
	// Purpose: لإجراء، بهدف، من أجل، لشن…
	Purpose
	// Pledge: تعهد، وعد، سنواصل، سيظل — future, but a stance now for
	// lasting relations.
	Pledge
	// Background: an event noun followed by السابق/سابقة (a past event
	// the text does not date).
	Background
)

var modNames = []struct {
	m    Mod
	name string
}{
	{Negation, "neg"}, {Future, "future"}, {Plan, "plan"}, {Expectation, "expect"},
	{Possibility, "possible"}, {Demand, "demand"}, {Rumour, "rumour"}, {Denial, "denial"},
	{Allegation, "allege"}, {Condition, "cond"}, {Purpose, "purpose"}, {Pledge, "pledge"},
	{Background, "background"},
}

// String returns the markers' names joined by "+", or "none".
func (m Mod) String() string {
	if m == 0 {
		return "none"
	}
	var b strings.Builder
	for _, n := range modNames {
		if m&n.m != 0 {
			if b.Len() > 0 {
				b.WriteByte('+')
			}
			b.WriteString(n.name)
		}
	}
	return b.String()
}

// Names returns the names of the markers in m ("neg", "plan"…).
func (m Mod) Names() []string {
	var out []string
	for _, n := range modNames {
		if m&n.m != 0 {
			out = append(out, n.name)
		}
	}
	return out
}

// Marker is a modality marker: tokens [Start, End) of the sentence.
type Marker struct {
	Start, End int
	Mod        Mod
}

var clauseLists = []struct {
	l list
	m Mod
}{
	{lModPlan, Plan}, {lModExpect, Expectation}, {lModPossible, Possibility}, {lModDemand, Demand},
	{lModRumour, Rumour}, {lModDenial, Denial}, {lModAllege, Allegation}, {lModCond, Condition},
	{lModPurpose, Purpose}, {lModFuture, Future}, {lModPledge, Pledge},
}

// modality finds the markers and spreads each over its scope.
func (s *Sentence) modality(l *lexicon) {
	for i := 0; i < len(s.Toks); i++ {
		if s.Class[i] == Name || !s.Toks[i].IsWord() {
			continue
		}
		if e, m := s.phraseMarker(l, i); e > i {
			s.mark(Marker{Start: i, End: e, Mod: m})
			i = e - 1
			continue
		}
		switch {
		case s.negation(i):
			s.mark(Marker{Start: i, End: i + 1, Mod: Negation})
			continue
		case s.Feat[i]&FutureVerb != 0 && !s.is(i, lModPledge):
			s.mark(Marker{Start: i, End: i, Mod: Future}) // the verb itself is in scope
			continue
		case s.conditionalIn(i):
			s.mark(Marker{Start: i, End: i + 1, Mod: Condition}) // "إن فرض المجلس عقوبات"
			continue
		case (s.Toks[i].Norm == "قد" || s.Toks[i].Norm == "وقد") && i+1 < len(s.Toks) && s.Class[i+1] == Verb && imperfect(verbBase(s.Toks[i+1])):
			s.mark(Marker{Start: i, End: i + 1, Mod: Possibility})
			continue
		}
		for _, cl := range clauseLists {
			if s.is(i, cl.l) || (cl.l == lModPurpose && s.info[i].norm.has(cl.l)) {
				s.mark(Marker{Start: i, End: i + 1, Mod: cl.m})
				break
			}
		}
	}
	for _, u := range s.Units {
		if u.Mod != 0 {
			for k := u.Start; k < u.End; k++ {
				s.Mod[k] |= u.Mod
			}
			s.Markers = append(s.Markers, Marker{Start: u.Start, End: u.End, Mod: u.Mod})
		}
	}
}

// phraseMarker matches a multi-word marker at token i ("في حال", "عليه
// أن", "ما يقال"), returning the token after it.
func (s *Sentence) phraseMarker(l *lexicon, i int) (int, Mod) {
	t := s.Toks[i]
	for _, w := range []string{t.Norm, t.Bare} {
		for _, p := range l.phrases[w] {
			if i+len(p.words) > len(s.Toks) {
				continue
			}
			ok := true
			for k := 1; k < len(p.words) && ok; k++ {
				ok = s.Toks[i+k].Norm == p.words[k] || s.Toks[i+k].Bare == p.words[k]
			}
			if !ok {
				continue
			}
			for _, cl := range clauseLists {
				if cl.l == p.l {
					return i + len(p.words), cl.m
				}
			}
		}
		if t.Bare == t.Norm {
			break
		}
	}
	return i, 0
}

// negation reports whether token i negates what follows: a negative
// particle (not لا يزال "still", لا سيما "especially"), or عدم/غير.
func (s *Sentence) negation(i int) bool {
	if s.is(i, lNegNoun) {
		return true
	}
	if w := s.info[i]; !w.norm.has(lNeg) && !w.conj.has(lNeg) {
		return false
	}
	if s.is(i+1, lNotNegated) {
		return false
	}
	if i > 0 && s.is(i-1, lNotNegating) {
		return false // "سرعان ما أعلن"، "بعدما"، "طالما"
	}
	if n := s.Toks[i].Norm; n == "ما" || n == "وما" {
		// ما negates a verb after it; before a noun it is "what"
		return i+1 < len(s.Toks) && s.Class[i+1] == Verb && !s.is(i+1, lModRumour)
	}
	return true
}

// imperfect reports whether a verb form is imperfect: ي, or ت without the
// past ending ت ("قد تدعم" may support; "قد نقلت" has reported).
func imperfect(n string) bool {
	return strings.HasPrefix(n, "ي") || (strings.HasPrefix(n, "ت") && !strings.HasSuffix(n, "ت"))
}

// mark records a marker and spreads it: a negation of a noun (عدم، غير)
// over the next two tokens; any other marker from its end to the end of
// its clause and into the complement and quotation clauses that follow in
// it, but not into relative clauses; a verb-level marker (negation,
// future) stops where a coordinated verb begins (، و + verb), and a
// negation after the negated word's arguments (negationReach).
func (s *Sentence) mark(m Marker) {
	s.Markers = append(s.Markers, m)
	if m.Mod == Negation && s.is(m.Start, lNegNoun) {
		for k := m.End; k < len(s.Toks) && k <= m.End+nounNegationReach; k++ {
			if k > m.End+1 && !s.inNounChain(k) {
				break
			}
			s.Mod[k] |= Negation
		}
		return
	}
	verbLevel := m.Mod&(Negation|Future) != 0
	c := s.Clause[m.Start]
	for k := m.End; k < len(s.Toks); k++ {
		if k > m.End && s.coordinated(k, verbLevel) {
			break
		}
		if (m.Mod == Negation || m.Mod == Future) && k > m.End+negationReach {
			break // "لا يطعن شركاءه في الظهر في إشارة لحليفته": an adjunct
		}
		if s.descr[k] && !s.descr[m.Start] {
			continue // "من أجل إخراجهم من أراض يسيطرون عليها": a description
		}
		if !s.within(k, c) {
			if s.Clause[k] != c && !s.descends(s.Clause[k], c) && s.Clauses[s.Clause[k]].Kind != Relative {
				break // a later clause of its own
			}
			continue
		}
		s.Mod[k] |= m.Mod
	}
}

// within reports whether token k belongs to clause c or to a complement
// or quotation clause under it.
func (s *Sentence) within(k, c int) bool {
	d := s.Clause[k]
	return d == c || s.descends(d, c)
}

// descends reports whether clause d is a complement or quotation clause
// (through such clauses only) under clause c.
func (s *Sentence) descends(d, c int) bool {
	for d >= 0 && d != c {
		cl := &s.Clauses[d]
		if cl.Kind != Complement && cl.Kind != Quote {
			return false
		}
		d = cl.Parent
	}
	return d == c
}

// coordinated reports whether a coordinated verb starts at token k: و/ف +
// verb after a comma (for any marker), or و/ف + verb (for a verb-level
// marker).
func (s *Sentence) coordinated(k int, verbLevel bool) bool {
	t := s.Toks[k]
	if s.Class[k] != Verb || (t.Prefix != "و" && t.Prefix != "ف") {
		if t.Norm == "و" && k+1 < len(s.Toks) && s.Class[k+1] == Verb {
			return verbLevel || (k > 0 && (s.Toks[k-1].Norm == "،" || s.Toks[k-1].Norm == ","))
		}
		return false
	}
	return verbLevel || (k > 0 && (s.Toks[k-1].Norm == "،" || s.Toks[k-1].Norm == ","))
}

// negationReach is how many tokens after the negated word (or the
// future verb) a negation (or future) covers: the verb's subject and
// object ("لم يعقد الوزيران أي اجتماع مع"), not the adjuncts after them.
const negationReach = 5

// ModAt returns the modality markers in scope at token i.
func (s *Sentence) ModAt(i int) Mod {
	if i < 0 || i >= len(s.Mod) {
		return 0
	}
	return s.Mod[i]
}

// nounNegationReach is how many tokens after عدم/غير a negation of a noun
// covers at most: the noun and its chain of complements ("بعدم القيام بأي
// مسعى لإسقاط النظام").
const nounNegationReach = 5

// inNounChain reports whether token k continues the noun phrase a negated
// noun heads: a noun, adjective, name or particle (أي), not a verb, a
// punctuation mark, a relative pronoun, a complementizer or a boundary.
func (s *Sentence) inNounChain(k int) bool {
	if !s.Toks[k].IsWord() || s.is(k, lRel) || s.is(k, lComp) || s.is(k, lBoundary) || s.Toks[k].Norm == "و" {
		return false
	}
	switch s.Class[k] {
	case Noun, Adjective, Name, Particle:
		return true
	}
	return false
}

// conditionalIn reports whether token i is the conditional إن ("if"):
// written with hamza below, right before a perfect verb, not after a
// speech verb (where إن is "that": "قال إن…").
func (s *Sentence) conditionalIn(i int) bool {
	if s.Toks[i].Text != "إن" || i+1 >= len(s.Toks) || s.Class[i+1] != Verb || imperfect(verbBase(s.Toks[i+1])) {
		return false
	}
	return i == 0 || !s.is(i-1, lSpeech)
}
