package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
)

// More of a title's complement (title in mentions.go):
//
//   - a minister's portfolio (وزير الإعلام، وزيرة الصحة: list "portfolio"),
//     skipped like the words of titleskip;
//   - quotation marks around the body (أمين عام "حزب الله");
//   - a place after the body (المتحدث باسم الأمم المتحدة في جنيف أحمد
//     فوزي): "في" and a place or country, skipped when a body is named;
//   - a minister named without his country, whom the catalogue does not
//     know (وزير الإعلام رمزي جريج): the country the document names most
//     (rule ar/title-home, weighed by the fact scorer on its own);
//   - a title in apposition after a catalogue person without a body
//     (محمد بن سلمان ولي ولي العهد): the body of the catalogue's office of
//     that role at the document's date.

// portfolioSkip reports whether token j is a minister's portfolio word
// after a minister's title.
func (d *docState) portfolioSkip(st *sentState, j int, role string) bool {
	if !ministerRole(role) {
		return false
	}
	t := st.toks[j]
	return st.mentionAt(j) == nil && (d.in("portfolio", t.Norm) || d.in("portfolio", t.Bare))
}

// ministerRole reports whether a role is a government minister's.
func ministerRole(role string) bool {
	return role == "minister" || strings.HasSuffix(role, " minister") && role != "prime minister" ||
		role == "minister of state"
}

// quoteMark reports whether a token is a quotation mark.
func quoteMark(norm string) bool {
	switch norm {
	case "\"", "«", "»", "“", "”", "'":
		return true
	}
	return false
}

// placeAfterBody returns the token after "في PLACE" at j, or j: the place
// where a body's official works, between the body and his name.
func (d *docState) placeAfterBody(st *sentState, j int) int {
	if j+1 >= len(st.toks) || st.toks[j].Norm != "في" {
		return j
	}
	e, es, _ := d.matchName(st, j+1)
	if e <= j+1 {
		return j
	}
	if en := pick(es); en.Type != extract.Place && en.Type != extract.Country {
		return j
	}
	return e
}

// homeMinister returns the country a minister named without his country
// serves: the country the document names most, or "".
func (d *docState) homeMinister(role string) string {
	if !ministerRole(role) {
		return ""
	}
	if c := d.topCountry(); c != nil {
		return c.Key
	}
	return ""
}

// catalogueOffice returns the body of a catalogue person's office of the
// role at the document's date, or "".
func (d *docState) catalogueOffice(person, role string) string {
	if role == "" {
		return ""
	}
	return d.titleOffice(person, role) // a country's office before a party's
}

// partyAt reads "عن + party" at token j after a title (النائب عن حزب
// الدعوة، عضو الكنيست عن حزب الليكود): the organisation or group the
// office holder was elected for, and the token after it; "" and j else.
func (d *docState) partyAt(st *sentState, j int) (string, int) {
	if j+1 >= len(st.toks) || st.toks[j].Norm != "عن" {
		return "", j
	}
	k := d.skipPartyHead(st, j+1)
	if m := st.mentionAt(k); m != nil && m.s == k && !m.adj && (m.typ == extract.Organization || m.typ == extract.Group) {
		e := m.e
		for e < len(st.toks) && quoteMark(st.toks[e].Norm) {
			e++
		}
		return m.key, e
	}
	e, es, _ := d.matchName(st, k)
	if e <= k {
		return "", j
	}
	if en := pick(es); en.Type == extract.Organization || en.Type == extract.Group {
		for e < len(st.toks) && quoteMark(st.toks[e].Norm) {
			e++
		}
		return en.Key, e
	}
	return "", j
}

// skipPartyHead returns the token after the quotation marks at k, and
// after an organisation's head noun followed by a quotation mark (عن حزب
// «البيت اليهودي»): where the party's name starts.
func (d *docState) skipPartyHead(st *sentState, k int) int {
	if k+1 < len(st.toks) && st.mentionAt(k) == nil && quoteMark(st.toks[k+1].Norm) {
		if h := d.headOf(st.toks[k]); h != nil && h.typ == extract.Organization {
			k++
		}
	}
	for k < len(st.toks) && quoteMark(st.toks[k].Norm) {
		k++
	}
	return k
}

// partyMember records memberOf person → party.
func (d *docState) partyMember(st *sentState, person, party string) {
	if person == "" || party == "" || person == party {
		return
	}
	d.addFact(extract.Fact{Subject: person, Predicate: extract.MemberOf, Object: party,
		Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/title-party",
		Features: []string{"cx=member", "types=Person-" + d.typeOf(party)}})
}

// bodyInTitle returns the organisation a title phrase spanning tokens
// [i, end) names inside it (عضو الكنيست, عضو مجلس الشيوخ), or "".
func (d *docState) bodyInTitle(st *sentState, i, end int) string {
	for k := i + 1; k < end; k++ {
		e, es, _ := d.matchName(st, k)
		if e <= k || e > end {
			continue
		}
		if en := pick(es); en.Type == extract.Organization {
			return en.Key
		}
	}
	return ""
}

// namedTitles reads a title the catalogue writes inside a person's name
// (الملك سلمان، خادم الحرمين الشريفين الملك سلمان): the office of that role
// the catalogue gives the person at the document's date (rule
// ar/title-in-name).
func (d *docState) namedTitles(st *sentState) {
	for _, m := range st.ments {
		if m.typ != extract.Person || m.adj || m.title || m.key == "" {
			continue
		}
		role, _, te := d.matchTitle(st, m.s)
		if role == "" || te >= m.e {
			continue
		}
		if of := d.catalogueOffice(m.key, role); of != "" {
			d.official(st, m.key, of, role, "ar/title-in-name")
		}
	}
}
