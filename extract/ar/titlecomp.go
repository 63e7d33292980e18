package ar

import (
	"strings"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// The complement of a title that the catalogue does not name as such:
// national bodies (قائد الجيش الليبي، المتحدث باسم الجيش), organisations
// named by a head noun (المتحدث باسم جبهة «…»), groups named by their
// adjective (القيادي الحوثي), and the offices a catalogue person held
// in a body named without its country (رئيس مجلس النواب نبيه بري).

// titleBody reads a body at token j that completes a title: a national
// body with its nationality adjective (الجيش الليبي), a bare national body
// of the document's country (الجيش), or an organisation named by a head
// noun the catalogue lacks. It returns the body, the token after it, and
// the bare phrase when the body was named without its country ("" else).
func (d *docState) titleBody(st *sentState, j int) (key string, end int, bare string) {
	key, end, bare = d.titleBodyAt(st, j)
	if key != "" {
		d.noteNested(key) // a node of its own, inside the title's span
	}
	return key, end, bare
}

// titleBodyAt is titleBody without noting the body.
func (d *docState) titleBodyAt(st *sentState, j int) (key string, end int, bare string) {
	if j >= len(st.toks) || st.mentionAt(j) != nil {
		return "", j, ""
	}
	if m := d.bodyMention(st, j); m != nil {
		return m.key, m.e, ""
	}
	nameEnd, _, _ := d.matchName(st, j)
	if m := d.nationalBody(st, j, max(nameEnd, j)); m != nil {
		if nameEnd > m.e {
			return "", j, ""
		}
		return m.key, m.e, st.surface(j, m.e-1)
	}
	if h := d.headOf(st.toks[j]); h != nil && nameEnd <= j && (h.typ == extract.Organization || h.typ == extract.Group) && st.toks[j].Prefix == "" {
		if ms := d.headMentions(st, j, j); len(ms) == 1 {
			return ms[0].key, ms[0].e, ""
		}
	}
	return "", j, ""
}

// groupAdjective returns the armed group or movement a relational
// adjective at token k names (القيادي الحوثي → Houthis), or "".
func (d *docState) groupAdjective(st *sentState, k int) string {
	if k >= len(st.toks) || !st.toks[k].IsArabic() || st.toks[k].Prefix != "" {
		return ""
	}
	for _, f := range st.forms(d, k) {
		for _, e := range d.cat.LookupAdjective(f) {
			if e.Type == extract.Group {
				return e.Key
			}
		}
	}
	return ""
}

// officeIn returns the body a catalogue person holds (or held) an office
// of the given role in, when that body is named by the bare phrase, alone
// or with an adjective (مجلس النواب → مجلس النواب اللبناني for Nabih
// Berri), else "".
func (d *docState) officeIn(person, role, bare string) string {
	if bare == "" {
		return ""
	}
	phrase := text.Normalize(bare)
	for _, o := range d.cat.Offices(person, d.at) {
		if role != "" && o.Role != role && !(headRoles[o.Role] && headRoles[role]) && !d.lex.posts[role] {
			continue
		}
		e, ok := d.cat.Get(o.Of)
		if !ok {
			continue
		}
		for _, a := range e.Arabic {
			if n := text.Normalize(strings.TrimPrefix(a, "=")); n == phrase || strings.HasPrefix(n, phrase+" ") {
				return o.Of
			}
		}
	}
	return ""
}

// formerOffice returns what a catalogue person held the role of at any
// time (الرئيس المخلوع علي عبد الله صالح), when there is exactly one such
// body, else "".
func (d *docState) formerOffice(person, role string) string {
	of := ""
	for _, o := range d.cat.Offices(person, time.Time{}) {
		if o.Role != role && !(headRoles[o.Role] && headRoles[role]) {
			continue
		}
		if of != "" && of != o.Of {
			return ""
		}
		of = o.Of
	}
	return of
}

// startsName reports whether a catalogue name or a known surname starts at
// token k (so a final ه there is no possessive pronoun: نبيه بري).
func (d *docState) startsName(st *sentState, k int) bool {
	if e, _, _ := d.matchName(st, k); e > k {
		return true
	}
	_, ok := d.surnames[st.toks[k].Bare]
	return ok
}

// formerRule is the rule of an officialOf fact: a past office (السابق،
// الراحل، المخلوع) is the same statement under its own rule id, so that
// the fact scorer weighs it apart.
func formerRule(former bool, rule string) string {
	if former {
		return rule + "-former"
	}
	return rule
}
