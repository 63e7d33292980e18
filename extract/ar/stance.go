package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
)

// Guards of the stance predicates (supports, opposes, accuses, allyOf,
// cooperatesWith) against readings the construction families would
// otherwise propose.

// afterCircumstantial reports whether the noun of relation at token i is
// the object of an accusative participle before it ("ومنتقدا خصوم دمشق":
// criticising Damascus's opponents): then it describes nobody named
// before, and the clause's subject is not its subject.
func (d *docState) afterCircumstantial(st *sentState, i int) bool {
	if i == 0 || st.mentionAt(i-1) != nil {
		return false
	}
	p := st.toks[i-1]
	if !p.IsWord() || len([]rune(p.Bare)) < 4 || !strings.HasSuffix(p.Bare, "ا") {
		return false
	}
	c := st.syn.Class[i-1]
	return c == syntax.Noun || c == syntax.Adjective || c == syntax.Verb
}

// accusedAfterCharge reports whether the object an accusation verb found
// stands after the charge ("اتهمت إيران بدعم الحوثيين": Iran was accused
// of supporting the Houthis — a passive with the charge right after the
// subject; the accused comes before the charge: "اتهمت إيران السعودية
// بدعم…"). Only the verb اتهم takes its charge with ب.
func (d *docState) accusedAfterCharge(st *sentState, tr *trigger, after, objAt int) bool {
	if tr.pred != extract.Accuses || !tr.verb || len(tr.toks) == 0 || !strings.Contains(tr.toks[0], "تهم") {
		return false
	}
	for k := after; k < objAt && k < len(st.toks); k++ {
		p := strings.TrimPrefix(strings.TrimPrefix(st.toks[k].Prefix, "و"), "ف")
		if strings.HasPrefix(p, "ب") && st.mentionAt(k) == nil {
			return true
		}
	}
	return false
}

// leaderNamed reports whether the name ending at token e is the leader after
// "بقيادة" / "بزعامة" (the coalition it leads is the antecedent of a
// relative clause after it, not the leader).
func (d *docState) leaderNamed(st *sentState, e int) bool {
	m := st.mentionAt(e - 1)
	if m == nil || m.s == 0 {
		return false
	}
	p := st.toks[m.s-1]
	return d.in("ledby", p.Norm) || d.in("ledby", p.Bare)
}

// effortAgent returns the agent of a verbal noun at token i that depends
// on an effort noun and its genitive: "جهود فرنسا لدعم الحكومة"، "دور
// قطر في دعم…"، "جهود الإدارة الأمريكية للترويج للاتفاق" — the genitive
// acts.
func (d *docState) effortAgent(st *sentState, i int) []string {
	k := i
	switch {
	case strings.Contains(st.toks[i].Prefix, "ل"):
	case i > 0 && st.toks[i-1].Norm == "في":
		k = i - 1
	default:
		return nil
	}
	m := st.mentionAt(k - 1)
	if m == nil || m.e != k || m.s == 0 || d.actor(st, m) == "" {
		return nil
	}
	h := st.toks[m.s-1]
	if !d.in("effort", h.Bare) && !d.in("effort", text.StripArticle(h.Bare)) {
		return nil
	}
	return d.groupEndingAt(st, k, "actor")
}

// pairAt returns the referents of a pair word at token k: the last two
// parties named together for "الطرفان/الجانبان", their countries for
// "البلدان/الدولتان" (a person stands for the country he holds office
// in); nil for another word or when a party has no country.
func (d *docState) pairAt(st *sentState, k int) []string {
	b := st.toks[k].Bare
	if d.in("pair", b) {
		return d.lastPair
	}
	if !d.in("paircountry", b) {
		return nil
	}
	var out []string
	for _, p := range d.lastPair {
		c := p
		if d.typeOf(p) != extract.Country {
			c = d.homeOf(p)
		}
		if c == "" || contains(out, c) {
			return nil
		}
		out = append(out, c)
	}
	return out
}

// betweenCountries returns the countries of the last pair when the clause
// of token i names them after بين ("واتفق الجانبان على تطوير التعاون
// بين البلدين": the cooperation is between the countries), else pair.
func (d *docState) betweenCountries(st *sentState, i int, pair []string) []string {
	for k := i + 1; k+1 < len(st.toks) && k <= i+10 && st.clause[k] == st.clause[i]; k++ {
		if st.toks[k].Norm == "بين" {
			if p := d.pairAt(st, k+1); len(p) == 2 && d.in("paircountry", st.toks[k+1].Bare) {
				return p
			}
		}
	}
	return pair
}

// notSpeakerSide drops from objs the speakers and their side (a person's
// country): a speaker does not accuse or judge himself.
func (d *docState) notSpeakerSide(sp, objs []string) []string {
	side := append(append([]string{}, sp...), d.speakerSide(sp)...)
	for _, p := range sp {
		if c := d.homeOf(p); c != "" {
			side = append(side, c)
		}
	}
	var out []string
	for _, o := range objs {
		if !contains(side, o) {
			out = append(out, o)
		}
	}
	return out
}

// genitiveAgent returns the agent of a verbal noun that a name follows
// directly and a prepositional object after that name: "استنكرت مصر دعم
// إيران للحوثيين" — Iran supports the Houthis, not Egypt Iran; "حرب روسيا
// على داعش". It returns the agent and the token after it (where the object
// starts), or nil when the noun has no such genitive.
func (d *docState) genitiveAgent(st *sentState, j int, tr *trigger) ([]string, int) {
	if tr.verb || tr.possessive || tr.cx != cxVNoun || j >= len(st.toks) {
		return nil, j
	}
	m := st.mentionAt(j)
	if m == nil || m.s != j || m.prefix != "" || m.adj || d.actor(st, m) == "" {
		return nil, j
	}
	s, e := d.group(st, m, "actor")
	k := e
	if k < len(st.toks) && st.mentionAt(k) == nil && tr.preps[st.toks[k].Norm] && st.toks[k].Norm != "ل" {
		k++ // "حرب روسيا على داعش"
	} else if k >= len(st.toks) || !strings.HasPrefix(strings.TrimPrefix(st.toks[k].Prefix, "و"), "ل") || !(tr.preps["ل"] || stancePreds[tr.pred]) {
		return nil, j
	}
	n := st.mentionAt(k)
	if n == nil || n.s != k || d.slotKey(st, n, tr.objType) == "" || contains(s, d.slotKey(st, n, tr.objType)) {
		return nil, j
	}
	return s, e
}

// inQuestion reports whether token i stands in a question: after هل
// ("هل تدعم روسيا الأسد؟") in a span that a question mark ends. A
// question states no fact.
func (d *docState) inQuestion(st *sentState, i int) bool {
	start := -1
	for k := i - 1; k >= 0; k-- {
		n := st.toks[k].Norm
		if n == "؟" || n == "?" || n == "." {
			break
		}
		if st.toks[k].Bare == "هل" {
			start = k
			break
		}
	}
	if start < 0 {
		return false
	}
	for k := i + 1; k < len(st.toks); k++ {
		switch st.toks[k].Norm {
		case "؟", "?":
			return true
		case ".", "!":
			return false
		}
	}
	return false
}

// opposedEvent reports whether a fact would have someone oppose an event
// that is no agreement (talks, a process, a conference): boycotting or
// rejecting talks is a stance on the talks, and opposes relates actors
// (and the agreements they sign), not meetings.
func (d *docState) opposedEvent(pred, o string) bool {
	return pred == extract.Opposes && d.typeOf(o) == extract.Event
}

// unnamedGenitive reports whether a verbal noun at [.., j) has a genitive
// agent that names nobody, before its prepositional object: "ندد أوباما
// بانقلاب الجيش على مرسي" — the army acts, not the clause's subject.
func (d *docState) unnamedGenitive(st *sentState, j int, tr *trigger) bool {
	if tr.verb || tr.possessive || tr.cx != cxVNoun || j+1 >= len(st.toks) || st.mentionAt(j) != nil {
		return false
	}
	g := st.toks[j]
	if g.Prefix != "" || !strings.HasPrefix(g.Bare, "ال") || st.syn.Class[j] != syntax.Noun {
		return false
	}
	k := j + 1
	if st.mentionAt(k) == nil && (tr.preps[st.toks[k].Norm] && st.toks[k].Norm != "في") && k+1 < len(st.toks) {
		k++ // "انقلاب الجيش على مرسي"
	} else if !strings.HasPrefix(strings.TrimPrefix(st.toks[k].Prefix, "و"), "ل") || !(tr.preps["ل"] || stancePreds[tr.pred]) {
		return false
	}
	n := st.mentionAt(k)
	return n != nil && n.s == k && d.slotKey(st, n, tr.objType) != ""
}
