package ar

import (
	"strconv"
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/extract/text"
)

// Events named by their head and the country they concern rather than a
// place where they happen (data/events.tsv, follows "party"): peace talks
// and elections ("محادثات السلام الأفغانية", "مفاوضات سلام مع طالبان",
// "الانتخابات البرلمانية التركية", "الانتخابات الرئاسية في مصر"), and
// attacks named by their target ("on": "الهجوم على جامعة غاريسا").

// eventParty reads the party of an event after its head, tokens from j:
// a nationality adjective, or في/مع and a country, a capital (its
// country) or, after مع, an organisation or group. It returns the event's
// key and the token after it, or "" when none is there.
func (d *docState) eventParty(st *sentState, i, j int, p eventPattern) (string, int) {
	toks := st.toks
	if j >= len(toks) {
		return "", j
	}
	if c := d.adjective(st, j); c != "" {
		if p.kind == "peace" && d.venueAfter(st, j+1) {
			return "", j // محادثات السلام الليبية في تونس: the talks are named after their venue
		}
		if en, ok := d.cat.Get(c); ok && en.Type == extract.Country {
			return d.createEvent(p.kind, d.partyNames(p.template, en), st.surface(i, j)), j + 1
		}
		return "", j
	}
	for n := 0; n < 2 && j < len(toks) && toks[j].Norm != "مع" && d.describes(st, j); n++ {
		j++ // مفاوضات سلام صعبة مع كابل
	}
	if j+1 >= len(toks) {
		return "", j
	}
	conn := toks[j].Norm
	if conn != "مع" && (conn != "في" || p.kind == "peace") {
		return "", j // محادثات السلام في باكستان: the venue, not the party
	}
	if d.in("people", toks[j+1].Norm) && j+2 < len(toks) {
		// مع الحكومة الأفغانية: the country of the government
		if c := d.adjective(st, j+2); c != "" {
			if en, ok := d.cat.Get(c); ok && en.Type == extract.Country {
				return d.createEvent(p.kind, d.partyNames(p.template, en), st.surface(i, j+2)), j + 3
			}
		}
	}
	e, es, _ := d.matchName(st, j+1)
	if e <= j+1 {
		return "", j
	}
	en := d.choose(st, j+1, e, es)
	if en == nil {
		return "", j
	}
	switch {
	case en.Type == extract.Country:
	case en.Type == extract.Place && d.x.capitalOf[en.Key] != "":
		// مع كابل: the government seated there
		c, _ := d.cat.Get(d.x.capitalOf[en.Key])
		en = c
	case conn == "مع" && (en.Type == extract.Group || en.Type == extract.Organization):
	default:
		return "", j
	}
	d.noteNested(en.Key)
	return d.createEvent(p.kind, d.partyNames(p.template, en), st.surface(i, e-1)), e
}

// describes reports whether token k may be a word describing an event
// between its head and its party (صعبة, غير مسبوقة): an Arabic word
// without proclitics that is no preposition, function word or name.
func (d *docState) describes(st *sentState, k int) bool {
	t := st.toks[k]
	if !t.IsArabic() || t.Prefix != "" || d.in("preposition", t.Norm) || d.in("namestop", t.Norm) || d.adjective(st, k) != "" {
		return false
	}
	e, _, _ := d.matchName(st, k)
	return e <= k
}

// venueAfter reports whether "في" and a city follow within a few tokens
// from k (التي عقدت في تونس).
func (d *docState) venueAfter(st *sentState, k int) bool {
	for n := k; n < len(st.toks) && n < k+4; n++ {
		if st.toks[n].Norm != "في" {
			continue
		}
		if e, es, _ := d.matchName(st, n+1); e > n+1 {
			en := pick(es)
			return en.Type == extract.Place || en.Type == extract.Country
		}
		return false
	}
	return false
}

// partyNames fills an event's name templates with the English name and
// adjective of a country or group: the name only, not its aliases (a
// country's aliases include its ministries, which name no election).
func (d *docState) partyNames(template string, en *catalog.Entry) []string {
	var out []string
	seen := map[string]bool{}
	dem := d.lex.demonyms[en.Key]
	name := shortPlaceName(en.Name)
	for _, t := range strings.Split(template, " | ") {
		t, ok := d.yearOf(strings.TrimSpace(t))
		if !ok || (dem == "" && strings.Contains(t, "{demonym}")) || (en.Type == extract.Country && strings.Contains(t, "the {name}")) {
			continue
		}
		t = strings.ReplaceAll(strings.ReplaceAll(t, "{demonym}", dem), "{name}", name)
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// normOn is على as text.Normalize writes it.
var normOn = text.Normalize("على")

// eventTarget reads "على" and a place or facility after an attack's head
// at token j ("الهجوم على جامعة غاريسا"), and returns the event's key and
// the token after it, or "".
func (d *docState) eventTarget(st *sentState, i, j int, p eventPattern) (string, int) {
	toks := st.toks
	if j+1 >= len(toks) || toks[j].Norm != normOn {
		return "", j
	}
	k := j + 1
	if h := d.headOf(toks[k]); h != nil && h.typ == extract.Place && h.kind == "place" {
		k++ // الهجوم على مدينة الرمادي
	}
	e, es, _ := d.matchName(st, k)
	var en *catalog.Entry
	if e > k {
		en = d.choose(st, k, e, es)
	}
	if en == nil && k == j+1 && k+1 < len(toks) && d.headOf(toks[k]) != nil {
		// conflict5: "الهجوم على جامعة غاريسا" is the attack named after
		// the place the institution stands in ("Garissa attack")
		if e2, es2, _ := d.matchName(st, k+1); e2 > k+1 {
			if c := d.choose(st, k+1, e2, es2); c != nil && c.Type == extract.Place {
				en, e = c, e2
			}
		}
	}
	if en == nil || (en.Type != extract.Place && en.Type != extract.Facility) {
		return "", j
	}
	d.noteNested(en.Key)
	return d.createEvent(p.kind, d.eventNames(p.template, en), st.surface(i, e-1)), e
}

// yearOf fills {year} in an event name template with the document's
// year; it reports false when the document has no date.
func (d *docState) yearOf(t string) (string, bool) {
	if !strings.Contains(t, "{year}") {
		return t, true
	}
	if d.at.IsZero() {
		return "", false
	}
	return strings.ReplaceAll(t, "{year}", strconv.Itoa(d.at.Year())), true
}
