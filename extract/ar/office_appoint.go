package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
)

// Appointment and election (rule ar/office-appoint): a verb or verbal
// noun of appointing (list appoint: عين، تعيين، انتخب، اختارت), the
// appointee named after it, the office as an accusative noun (list
// officeacc: رئيسا، أميرا، أمينا عاما) and the body it belongs to:
//
//	عينت الحكومة السودانية محمد عثمان رئيسا لهيئة الأركان → the appointer
//	أكدت حركة طالبان تعيين الملا أختر منصور أميرا لها → the movement (لها)
//	انتخب البرلمان الصومالي حسن شيخ محمود رئيسا للبلاد → Somalia
//	انتخب المؤتمر علي الحسن أمينا عاما لحزب الأمة → the party
//
// Nothing when the appointment is negated, denied, demanded, planned or
// conditional (رفض تعيين، دعا إلى انتخاب), or when a pronoun is the
// appointee (تعيينه رئيسا).

// appointUnreal are the modalities under which an appointment is no fact.
const appointUnreal = syntax.Negation | syntax.Denial | syntax.Demand | syntax.Plan | syntax.Condition |
	syntax.Rumour | syntax.Possibility | syntax.Expectation | syntax.Future

// appointMax is how far (in tokens) the appointee and the office may be
// from the appointing word.
const appointMax = 7

// appointments records officialOf for the appointments of a sentence.
func (d *docState) appointments(st *sentState) {
	for k, t := range st.toks {
		if !inOffice("appoint", t) && !inOffice("become", t) || st.syn.ModAt(k)&appointUnreal != 0 || d.unrealAppointment(st, k) {
			continue
		}
		person, a, agent := d.appointee(st, k)
		if person != "" && !inOffice("appoint", t) {
			agent = "-" // "أصبح X زعيما للحزب": becoming names no appointer
		}
		if person == "" {
			if person, a = d.passiveAppointee(st, k); person == "" {
				continue // office9.go: "X انتخب رئيسا للصومال"
			}
			agent = "-" // no appointer: the body must be named
		}
		if agent == "" {
			agent = d.appointer(st, k)
		}
		of := d.appointedTo(st, a, agent)
		if of == "-" {
			continue
		}
		if of == "" || d.typeOf(of) == extract.Person {
			continue
		}
		d.addFact(extract.Fact{Subject: person, Predicate: extract.OfficialOf, Object: of,
			Role: d.accusativeRole(st.toks[a]), Evidence: st.s.Text, Start: st.s.Start, End: st.s.End,
			Rule: "ar/office-appoint", Features: []string{"cx=appoint", "types=Person-" + d.typeOf(of)}})
	}
}

// appointee returns the person named after the appointing word at k, the
// token of the office's accusative noun after him, and the appointer when
// it is named between them (the verb's subject: "عينت الحكومة السودانية
// X", "انتخب البرلمان الصومالي X"); "" and -1 when there is none.
func (d *docState) appointee(st *sentState, k int) (person string, acc int, agent string) {
	for q := k + 1; q < len(st.toks) && q <= k+appointMax; q++ {
		t := st.toks[q]
		if inOffice("officeacc", t) && t.Prefix == "" {
			if person == "" {
				return "", -1, ""
			}
			return person, q, agent
		}
		if m := st.mentionAt(q); m != nil {
			if person == "" && m.s == q && m.typ != extract.Person {
				if agent == "" && (m.typ == extract.Country || m.typ == extract.Organization || m.typ == extract.Group) {
					agent = m.key
				}
				q = m.e - 1
				continue
			}
			if person != "" || m.s != q || m.typ != extract.Person || m.adj {
				return "", -1, "" // a second name: "عين الرئيس X Y"
			}
			person = m.key
			q = m.e - 1
			continue
		}
		if !t.IsWord() || person != "" && !d.in("honorific", t.Norm) {
			return "", -1, ""
		}
	}
	return "", -1, ""
}

// appointedTo returns the body of an office whose accusative noun is at
// token a: a body named after it (ل + body, unit nouns between), the
// appointer (agent) for لها/له or when nothing else is named, the
// appointer's country for للبلاد.
func (d *docState) appointedTo(st *sentState, a int, agent string) string {
	for q := a + 1; q < len(st.toks) && q <= a+officeChainMax; q++ {
		t := st.toks[q]
		if m := st.mentionAt(q); m != nil {
			switch {
			case m.adj && m.typ == extract.Country, m.typ == extract.Country, m.typ == extract.Organization, m.typ == extract.Group:
				return m.key
			case m.typ == extract.Place:
				return d.countryOf(m.key)
			}
			return ""
		}
		if !t.IsWord() {
			break
		}
		switch {
		case t.Norm == "لها" || t.Norm == "له" || t.Norm == "لهم":
			return agent
		case t.Prefix == "ل" && inOffice("home", text.Token{Norm: t.Bare}):
			if agent != "" {
				if c := d.countryOf(agent); c != "" {
					return c
				}
			}
			if c := d.topCountry(); c != nil {
				return c.Key
			}
			return ""
		case inOffice("unit", t) || d.in("titleskip", t.Norm) || d.in("titleskip", t.Bare) || accusativeAdjunct(t.Norm):
			continue
		}
		break
	}
	return agent
}

// appointer returns the body that appoints when it is named before the
// appointing word at k: the country, organisation or group named last
// before it in its clause ("أكدت حركة طالبان تعيين X"), or "".
func (d *docState) appointer(st *sentState, k int) string {
	for n := len(st.ments) - 1; n >= 0; n-- {
		m := st.ments[n]
		if m.e > k {
			continue
		}
		if st.syn.Clause[m.s] != st.syn.Clause[k] {
			return ""
		}
		switch m.typ {
		case extract.Country, extract.Organization, extract.Group:
			return m.key
		}
		return ""
	}
	return ""
}

// accusativeAdjunct reports whether a word may follow an office's
// accusative noun before its body: عاما، جديدا، مؤقتا، أول.
func accusativeAdjunct(norm string) bool {
	switch norm {
	case "عاما", "جديدا", "مؤقتا", "اول", "أول", "مساعدا", "اعلي", "أعلى", "تنفيذيا", "رسميا":
		return true
	}
	return false
}

// accusativeRole returns the role of an office's accusative noun: the
// title of its nominative form (رئيسا → رئيس → president), else
// "official".
func (d *docState) accusativeRole(t text.Token) string {
	nom := strings.TrimSuffix(t.Norm, "ا")
	if tt, ok := d.lex.titles[nom]; ok && !tt.counterpart {
		return tt.role
	}
	return "official"
}

// unrealAppointment reports whether one of the three words before the
// appointing word at k refuses, offers, proposes or intends it (list
// unreal: رفض تعيين، اعترض على تعيين، اقترح انتخاب).
func (d *docState) unrealAppointment(st *sentState, k int) bool {
	for q := k - 1; q >= 0 && q >= k-3; q-- {
		if inOffice("unreal", st.toks[q]) {
			return true
		}
	}
	return false
}
