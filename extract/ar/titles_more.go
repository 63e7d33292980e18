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
	for _, o := range d.cat.Offices(person, d.at) {
		if o.Role == role || (headRoles[o.Role] && headRoles[role]) {
			return o.Of
		}
	}
	return ""
}
