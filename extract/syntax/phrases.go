package syntax

import (
	"strings"

	"github.com/newskg/kg/extract/text"
)

// HeadKind says what kind of thing a noun head names.
type HeadKind uint8

const (
	// PlainHead is any other noun: its genitive complement stands for
	// itself ("مواقع داعش", "قوات النظام", "تصريحات إيران").
	PlainHead HeadKind = iota
	// PersonHead names a person other than its complement ("وزير خارجية
	// روسيا", "نائب رئيس العراق", "أنصار صالح").
	PersonHead
	// PlaceHead names a place or body of its own ("جامعة الأنبار",
	// "سفارة روسيا").
	PlaceHead
)

// Unit is a nominal unit: a caller's span, or a noun with the adjectives
// after it.
type Unit struct {
	Start, End int
	// Head is the unit's first token.
	Head int
	// Name is true for a caller's span (a name, nationality adjective or
	// title).
	Name bool
	// Kind is what the head names when it is a common noun.
	Kind HeadKind
	// Of is the unit this one is the genitive complement of ("خارجية" of
	// "وزير", "روسيا" of "خارجية"), or -1. A لـ phrase after a person
	// head counts too ("الأمين العام لحزب…").
	Of int
	// Mod holds the modal adjectives after the unit (اللقاء المرتقب,
	// محادثات سابقة).
	Mod Mod
}

// units groups tokens into nominal units and links genitive complements.
func (s *Sentence) units(l *lexicon) {
	for i := 0; i < len(s.Toks); {
		if k := s.inSp[i]; k >= 0 && s.spans[k].Start == i {
			s.addUnit(Unit{Start: i, End: s.spans[k].End, Head: i, Name: true, Of: -1})
			i = s.spans[k].End
			continue
		}
		if s.Class[i] != Noun {
			i++
			continue
		}
		u := Unit{Start: i, End: i + 1, Head: i, Of: -1}
		switch {
		case s.is(i, lPersonHead):
			u.Kind = PersonHead
		case s.is(i, lPlaceHead):
			u.Kind = PlaceHead
		}
		for u.End < len(s.Toks) && s.Class[u.End] == Adjective && s.inSp[u.End] < 0 {
			if s.is(u.End, lNPFuture) {
				u.Mod |= Expectation
			}
			if s.is(u.End, lNPBackground) {
				u.Mod |= Background
			}
			u.End++
		}
		s.addUnit(u)
		i = u.End
	}
	for n := 1; n < len(s.Units); n++ {
		u, p := &s.Units[n], &s.Units[n-1]
		if p.End != u.Start {
			continue
		}
		pt, ut := s.Toks[p.End-1], s.Toks[u.Start]
		switch {
		case ut.Prefix == "" && !p.Name && p.End-p.Start == 1 && !text.HasArticle(pt.Bare) && !s.possessive(p.Head):
			u.Of = n - 1 // construct state: "وزير | خارجية | روسيا"
		case ut.Prefix == "ل" && s.top(n-1).Kind == PersonHead && text.HasArticle(s.Toks[s.top(n-1).Head].Bare):
			u.Of = n - 1 // "الأمين العام لحزب…"
		}
	}
}

func (s *Sentence) addUnit(u Unit) {
	for k := u.Start; k < u.End; k++ {
		s.Unit[k] = len(s.Units)
	}
	s.Units = append(s.Units, u)
}

// possessive reports whether a noun carries a pronoun suffix as written
// (حكومته، قواتها): it takes no genitive complement.
func (s *Sentence) possessive(i int) bool {
	t := s.Toks[i]
	if text.HasArticle(t.Bare) || writtenTaMarbuta(t) {
		return false
	}
	n := t.Norm
	if w := strings.TrimRight(t.Text, "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640"); strings.HasSuffix(w, "ه") && len(n) > len("ه")+4 {
		return true // "زيارته": ه as written is a pronoun (ة would be the feminine)
	}
	for _, p := range []string{"هما", "هم", "ها"} {
		if len(n) > len(p)+4 && n[len(n)-len(p):] == p {
			return true
		}
	}
	return false
}

// top returns the unit at the head of the genitive chain unit n is in.
func (s *Sentence) top(n int) *Unit {
	for s.Units[n].Of >= 0 {
		n = s.Units[n].Of
	}
	return &s.Units[n]
}

// Top returns the index of the unit heading the genitive chain of unit n.
func (s *Sentence) Top(n int) int {
	for s.Units[n].Of >= 0 {
		n = s.Units[n].Of
	}
	return n
}

// Opaque reports whether the unit at token i is the genitive complement
// of a noun that names someone or something else: "روسيا" in "وزير
// خارجية روسيا" or "الأنبار" in "جامعة الأنبار". Such a name is no
// argument of a relation in its own right. It returns the head's kind.
func (s *Sentence) Opaque(i int) (HeadKind, bool) {
	n := s.Unit[i]
	if n < 0 {
		return PlainHead, false
	}
	for s.Units[n].Of >= 0 {
		n = s.Units[n].Of
		if k := s.Units[n].Kind; k != PlainHead && !s.Units[n].Name {
			return k, true
		}
	}
	return PlainHead, false
}

// appositions marks the tokens of noun phrases set off after a unit that
// describe it: between dashes ("جبهة الشام - ذراع التنظيم في المنطقة -"),
// after a comma ("X، وزير الخارجية الروسي،"), or a person-head noun right
// after a name ("خالد مشعل عضو حركة حماس").
func (s *Sentence) appositions() {
	for n, u := range s.Units {
		if u.Kind == PlainHead && !u.Name {
			if !(n+1 < len(s.Units)) {
				continue
			}
		}
		e := s.chainEnd(n)
		if e >= len(s.Toks) {
			continue
		}
		start := -1
		closer := ""
		bare := false
		switch p := s.Toks[e].Norm; {
		case p == "-" || p == "–" || p == "—":
			start, closer = e+1, p
		case p == "،" || p == ",":
			start = e + 1
		case u.Name && s.spans[s.inSp[u.Start]].Kind == NameSpan && s.Class[e] == Noun && s.Toks[e].Prefix == "" &&
			!text.HasArticle(s.Toks[e].Bare) && s.is(e, lPersonHead):
			start, bare = e, true // "خالد مشعل عضو حركة حماس"
		}
		if start < 0 || start >= len(s.Toks) || s.Class[start] != Noun || s.Toks[start].Prefix != "" || s.is(start, lRel) {
			continue
		}
		end := s.apposEnd(start, closer)
		if bare {
			end = s.chainEnd(s.Unit[start])
		}
		if end <= start {
			continue
		}
		for k := start; k < end; k++ {
			if s.Appos[k] < 0 {
				s.Appos[k] = u.Start
			}
		}
	}
}

// apposEnd returns the token after an apposition starting at start: the
// closing dash, the next comma, or the first verb, complementiser or
// boundary; -1 when a dash never closes or the phrase runs past 12 tokens.
func (s *Sentence) apposEnd(start int, closer string) int {
	for k := start; k < len(s.Toks) && k < start+12; k++ {
		t := s.Toks[k]
		if closer != "" {
			if t.Norm == "-" || t.Norm == "–" || t.Norm == "—" {
				return k
			}
			if s.Class[k] == Verb {
				return -1
			}
			continue
		}
		switch {
		case t.Norm == "،" || t.Norm == "," || t.Norm == "." || t.Norm == ":" || t.Norm == "؛":
			return k
		case s.Class[k] == Verb || s.Class[k] == Comp || s.Class[k] == Rel || s.is(k, lBoundary):
			return k
		case t.Prefix == "و" && k > start:
			return k
		}
	}
	if closer == "" {
		return min(len(s.Toks), start+12)
	}
	return -1
}

// chainEnd returns the token after the genitive chain unit n heads.
func (s *Sentence) chainEnd(n int) int {
	e := s.Units[n].End
	for m := n + 1; m < len(s.Units) && s.Units[m].Of >= 0 && s.Units[m].Start == e; m++ {
		e = s.Units[m].End
	}
	return e
}

// InApposition returns the first token of the unit that token i's
// apposition describes, or -1.
func (s *Sentence) InApposition(i int) int {
	if i < 0 || i >= len(s.Appos) {
		return -1
	}
	return s.Appos[i]
}
