package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
)

// Arguments of relation triggers: subjects before (SVO) or after (VSO)
// the trigger, objects after it, coordinated lists, actors named by
// adjectives, capitals and ministries.

// actorNouns are nouns after which a nationality adjective stands for its
// country as an actor ("قوات روسية", "الطائرات التركية", "مسؤولين روس").
var actorNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(text.Normalize("قوات القوات طائرات الطائرات مقاتلات المقاتلات الجيش جيش الحكومه حكومه السلطات سلطات السياسات السياسه سياسه الاداره اداره البحريه الدبلوماسيه مسؤولين مسؤولون المسؤولين المسؤولون مسؤولي مسؤول المسؤول وزاره الوزاره الخارجيه الدفاع القياده قياده الحربيه الجويه المسلحه التحالف الوفد وفد وفود بعثه فريق المفاوضين المفاوضون الاستخبارات المخابرات طيران الطيران الرئاسه الامن الشرطه")) {
		actorNouns[w] = true
	}
}

// actorSlot reports whether a slot type takes actors (an actor, or a
// stance's object: an actor or an agreement).
func actorSlot(typ string) bool { return typ == "actor" || typ == "stance" }

func isActorType(t string) bool {
	return t == extract.Person || t == extract.Country || t == extract.Organization || t == extract.Group
}

// actor returns the actor key a mention stands for: a capital city stands
// for its country, an adjective only after an actor noun.
func (d *docState) actor(st *sentState, m *mention) string {
	if m.adj {
		for k := m.s - 1; k >= 0 && k >= m.s-3; k-- {
			if actorNouns[st.toks[k].Bare] || actorNouns[st.toks[k].Norm] {
				return m.key
			}
			if st.mentionAt(k) != nil || !st.toks[k].IsWord() {
				break
			}
		}
		return ""
	}
	if d.mediaAdjective(st, m) {
		return "" // stance.go: "صحيفة الشرق الأوسط السعودية"
	}
	if m.typ == extract.Place {
		if c := d.x.capitalOf[m.key]; c != "" {
			return c
		}
		return ""
	}
	if m.typ == extract.Organization {
		if c := d.x.ministryOf[m.key]; c != "" {
			return c // "the Russian foreign ministry said": Russia acts
		}
	}
	if isActorType(m.typ) {
		return m.key
	}
	return ""
}

// slotKey returns the key a mention fills in a slot of the given type.
func (d *docState) slotKey(st *sentState, m *mention, typ string) string {
	switch typ {
	case "actor":
		return d.actor(st, m)
	case "place":
		if m.adj {
			return ""
		}
		if m.typ == extract.Place || m.typ == extract.Country || m.typ == extract.Facility {
			return m.key
		}
	case "event":
		if m.typ == extract.Event || m.typ == extract.Agreement {
			return m.key
		}
	case "stance":
		// supporting or opposing an agreement or a process ("يعارض الاتفاق
		// النووي") as well as an actor
		if a := d.actor(st, m); a != "" {
			return a
		}
		if c := d.policyCountry(st, m); c != "" {
			return c // "أيدت X الإجراءات التركية"
		}
		if m.typ == extract.Agreement || (m.typ == extract.Event && !d.attackEvent(m)) {
			return m.key
		}
	case "org":
		if !m.adj && (m.typ == extract.Organization || m.typ == extract.Group) {
			return m.key
		}
	}
	return ""
}

// group returns the keys of the coordinated list that starts with mention
// m ("روسيا وإيران", "أميركا وفرنسا والسعودية وتركيا"), filling slot typ,
// and the token after the list.
func (d *docState) group(st *sentState, m *mention, typ string) ([]string, int) {
	k := d.slotKey(st, m, typ)
	if k == "" {
		return nil, m.s
	}
	keys := take(&d.bufs.keys, 1, 256) // a slice of its own: callers may keep it
	keys[0] = k
	last := m
	for {
		nx := st.mentionAt(last.e)
		gap := 0
		if nx == nil && last.e < len(st.toks) {
			if n := st.toks[last.e].Norm; n == "،" || n == "," || n == "و" {
				nx = st.mentionAt(last.e + 1)
				gap = 1
			} else if t := st.toks[last.e]; strings.HasPrefix(t.Prefix, "و") && actorNouns[t.Bare] && !actorNouns[t.Norm] {
				// "القوات الأفغانية وقوات حلف الناتو": and the forces of X
				if nx = st.mentionAt(last.e + 1); nx != nil && nx.s == last.e+1 && !nx.adj && nx.prefix == "" {
					gap = 1
				} else {
					nx = nil
				}
			} else if t := st.toks[last.e]; strings.HasPrefix(t.Prefix, "و") && d.in("allyconj", t.Bare) {
				// "الولايات المتحدة وحليفتها السعودية": and its ally X
				if nx = st.mentionAt(last.e + 1); nx != nil && nx.s == last.e+1 {
					gap = 1
				} else {
					nx = nil
				}
			}
		}
		if nx == nil || nx == last {
			break
		}
		if gap == 0 && !strings.HasPrefix(st.toks[nx.s].Prefix, "و") {
			break
		}
		if nx.adj && last.typ == extract.Person && strings.HasPrefix(st.toks[nx.s].Prefix, "و") {
			// "أوباما والتركي أردوغان": an elided title
			if p := st.mentionAt(nx.e); p != nil && p.s == nx.e && p.typ == extract.Person {
				nx = p
			}
		}
		nk := d.slotKey(st, nx, typ)
		if nk == "" || !(compatible(m, nx) || d.capitalActor(st, m, nx, typ)) {
			break
		}
		keys = appendUniq(keys, nk)
		last = nx
	}
	return keys, last.e
}

// groupEndingAt returns the coordinated list whose last mention ends at
// token e.
func (d *docState) groupEndingAt(st *sentState, e int, typ string) []string {
	m := st.mentionAt(e - 1)
	if m == nil {
		return nil
	}
	for {
		if strings.HasPrefix(st.toks[m.s].Prefix, "و") {
			if p := st.mentionAt(m.s - 1); p != nil && d.slotKey(st, p, typ) != "" {
				m = p
				continue
			}
		}
		if m.s >= 2 {
			if n := st.toks[m.s-1].Norm; n == "،" || n == "," {
				if p := st.mentionAt(m.s - 2); p != nil && d.slotKey(st, p, typ) != "" {
					m = p
					continue
				}
			}
		}
		break
	}
	keys, end := d.group(st, m, typ)
	if end < e {
		return nil
	}
	return keys
}

func appendUniq(xs []string, s string) []string {
	for _, x := range xs {
		if x == s {
			return xs
		}
	}
	return append(xs, s)
}

// vsoSubject returns the actor list right after a verb (tokens from j,
// skipping adverbs), and the token after it.
func (d *docState) vsoSubject(st *sentState, i, j int, verb bool) ([]string, int) {
	k := d.afterStyle(st, j)
	for n := 0; n < 2 && k < len(st.toks) && st.mentionAt(k) == nil; n++ {
		t := st.toks[k]
		if !t.IsWord() || !(d.in("adverb", t.Bare) || d.in("adverb", t.Norm)) {
			break
		}
		k++
	}
	k = d.skipDualHead(st, k) // args.go: "التقى الرئيسان X وY"
	m := st.mentionAt(k)
	if m == nil && verb && k < len(st.toks) && (actorNouns[st.toks[k].Bare] || inConflict("gunmen", st.toks[k])) {
		gunmen := !actorNouns[st.toks[k].Bare]
		// "قصفت طائرات حربية تركية": an actor noun, adjectives, a nationality
		affiliated := false
		for q := k + 1; q < len(st.toks) && q <= k+3; q++ {
			if st.mentionAt(q) == nil && inConflict("affiliated", st.toks[q]) {
				affiliated = true // "مسلحون تابعون لحركة الشباب"، "عناصر من داعش"
				continue
			}
			if q > k+1 && st.syn.Class[q-1] != syntax.Adjective && st.mentionAt(q-1) == nil && !affiliated {
				break // "قصف التحالف مواقع الحوثيين": a noun between, the name is its genitive
			}
			if a := st.mentionAt(q); a != nil {
				if affiliated && (a.prefix == "ل" || (a.prefix == "" && st.toks[q-1].Norm == "من")) && d.actor(st, a) != "" {
					return []string{d.actor(st, a)}, a.e
				}
				if gunmen && (a.adj || q > k+1) {
					break // "مسلحون صوماليون" are no Somalia
				}
				if a.adj || (a.prefix == "" && d.actor(st, a) != "") {
					return []string{d.actor(st, a)}, a.e // "طائرات التحالف", "مقاتلات تركية"
				}
				break
			}
		}
	}
	if (m == nil || m.key == "") && verb {
		if p := d.titledPerson(st, k); p != nil {
			m, k = p, p.s // "اتهم المتحدث باسم الجيش أحمد X قطر"
		}
	}
	if m == nil && verb {
		if s, e := d.includedActors(st, k); len(s) > 0 {
			return s, e // "أيد حلفاء غربيون بينهم X وY"
		}
	}
	if m == nil || m.s != k {
		return nil, j
	}
	if !verb && m.adj && k == j && m.prefix == "" {
		return []string{m.key}, m.e // "الضربات التركية": the adjective is the agent
	}
	if !verb && (m.prefix != "" || st.toks[k].Prefix != "") {
		return nil, j
	}
	if m.prefix != "" && m.prefix != "و" && m.prefix != "ف" {
		return nil, j
	}
	keys, end := d.group(st, m, "actor")
	if len(keys) == 0 {
		return nil, j
	}
	return keys, end
}

// svoSubject returns the actor list of clause c nearest before token i
// that is not governed by a preposition (with the whole coordinated list
// it ends). A mention inside an apposition that describes something else
// is passed over; the complement of a noun that names someone else
// ("نائب رئيس العراق") or a noun phrase the text does not name right
// before the verb ("نحو 10 آلاف يمني وصلوا") is the subject, so there is
// no named one.
func (d *docState) svoSubject(st *sentState, i, c int) []string {
	return d.svoSubjectOpt(st, i, c, false)
}

// svoVerbSubject is svoSubject for a verb: a noun phrase the text does not
// name right before it is its subject.
func (d *docState) svoVerbSubject(st *sentState, i, c int) []string {
	if d.unnamedBefore(st, i) {
		return nil
	}
	return d.svoSubjectOpt(st, i, c, false)
}

// svoSubjectOpt is svoSubject; with noVerb, no verb may stand between the
// subject and token i (the subject of a noun is not that of a verb the
// noun completes: "أردوغان يصف اتهام بلاده").
func (d *docState) svoSubjectOpt(st *sentState, i, c int, noVerb bool) []string {
	for n := len(st.ments) - 1; n >= 0; n-- {
		m := st.ments[n]
		if m.s >= i {
			continue
		}
		if c >= 0 && st.clause[m.s] != c {
			continue
		}
		if noVerb && d.verbBetween(st, m.e, i) {
			return nil
		}
		if a := st.syn.InApposition(m.s); a >= 0 && st.syn.InApposition(i) != a {
			continue // "جبهة الشام - ذراع التنظيم في المنطقة - هاجمت"
		}
		if d.governed(st, m) || d.actor(st, m) == "" || st.objects[m.s] {
			continue
		}
		if _, opaque := st.syn.Opaque(m.s); opaque && !m.title {
			return nil
		}
		// the head of the coordinated list this mention ends
		keys := d.groupEndingAt(st, m.e, "actor")
		if len(keys) == 0 {
			keys, _ = d.group(st, m, "actor")
		}
		return keys
	}
	return nil
}

// unnamedBefore reports whether right before token i (past adverbs) stands
// a noun phrase the text does not name — a number, a noun that is no
// filler, a nationality adjective that stands for no actor: the verb's
// subject, so no earlier name is.
func (d *docState) unnamedBefore(st *sentState, i int) bool {
	k := i - 1
	for k >= 0 && st.toks[k].IsWord() && (d.in("adverb", st.toks[k].Bare) || d.in("adverb", st.toks[k].Norm)) {
		k--
	}
	if k < 0 {
		return false
	}
	if m := st.mentionAt(k); m != nil {
		return m.adj && d.actor(st, m) == "" && !actorNouns[st.toks[max(m.s-1, 0)].Bare]
	}
	if frontedTime(st, k) {
		return false // relations.go: "وفي عام 1990 التقى X Y"
	}
	t := st.toks[k]
	switch st.syn.Class[k] {
	case syntax.Number:
		return true
	case syntax.Noun:
		return t.Prefix == "" && !d.in("filler", t.Bare) && !actorNouns[t.Bare] && !writtenPossessive(t) &&
			(st.syn.Feat[k]&syntax.Definite == 0 || st.syn.Unit[k] < 0 || st.syn.Units[st.syn.Unit[k]].Of < 0)
	}
	return false
}

// verbBetween reports whether a verb stands in tokens [a, b).
func (d *docState) verbBetween(st *sentState, a, b int) bool {
	for k := a; k < b; k++ {
		if st.syn.Class[k] == syntax.Verb && st.mentionAt(k) == nil {
			return true
		}
	}
	return false
}

// placeGoverned reports whether a place mention is governed by a
// preposition of place or direction (إلى، من، قرب…): a destination or a
// location, not a party.
func (d *docState) placeGoverned(st *sentState, m *mention) bool {
	gov, _ := d.governor(st, m)
	return gov == "الي" || d.in("locative", gov)
}

// onlyAdjectives reports whether tokens [j, k) are all adjectives.
func (d *docState) onlyAdjectives(st *sentState, j, k int) bool {
	for q := j; q < k; q++ {
		if st.syn.Class[q] != syntax.Adjective {
			return false
		}
	}
	return k > j
}

// collectiveParties reads, after the first party of a بين list ending at
// token e, "و + a collective noun (ممثلين، قياديين…) + من/عن + a name": the
// other parties.
func (d *docState) collectiveParties(st *sentState, e, c int, typ string, have []string) []string {
	var out []string
	for k := e; k+2 < len(st.toks) && k < e+8 && st.within(k, c); k++ {
		t := st.toks[k]
		if t.Prefix != "و" || st.syn.Class[k] != syntax.Noun {
			continue
		}
		q := k + 1
		if n := st.toks[q].Norm; n != "من" && n != "عن" {
			continue
		}
		r := q + 1
		if r < len(st.toks) && st.mentionAt(r) == nil && (d.in("filler", st.toks[r].Bare) || d.in("people", st.toks[r].Bare)) {
			r++ // "ممثلين عن حكومة كابل"
		}
		m := st.mentionAt(r)
		if m == nil || m.s != r {
			continue
		}
		if key := d.slotKey(st, m, typ); key != "" && !contains(have, key) {
			out = append(out, key)
		} else if key == "" && m.typ == extract.Place {
			if c := d.x.capitalOf[m.key]; c != "" && !contains(have, c) {
				out = append(out, c) // "حكومة كابل": the capital's country
			}
		}
	}
	return out
}

// governedBy reports whether a mention may fill an object slot after a
// trigger ending at token j: governed by one of preps (a preposition the
// trigger phrase ends in counts), or standing directly when preps holds
// "-". After a content word the preposition is that word's ("رفض
// الاعتراف بإسرائيل"), so any but a place preposition will do.
func (d *docState) governedBy(st *sentState, m *mention, j int, preps map[string]bool) bool {
	gov, at := d.governor(st, m)
	switch {
	case gov == "" && preps["-"]:
		return true
	case gov == "" && preps["~"] && m.s > 0 && d.in("filler", st.toks[m.s-1].Bare):
		return true // "قصف مواقع داعش": the positions' owner, not the attacker "هجوم داعش"
	case gov == "":
		at = m.s // the genitive of a content word: "رفع الحظر المفروض على بيع إيران"
	case at < j:
		return true // "اجتمع * مع X", "وقف إلى جانب X"
	case preps[gov]:
		return true
	case d.strict:
		return false // a noun of relation takes its own prepositions only
	}
	for k := j; k < at; k++ {
		if st.syn.Class[k] == syntax.Noun && st.mentionAt(k) == nil && !d.in("filler", st.toks[k].Bare) {
			// "رفض الاتفاق مع كوبا": the deal's partner is not whom the
			// stance is about
			return gov == "" || !(d.in("locative", gov) || d.in("comitative", gov))
		}
	}
	return false
}

// governor returns the preposition that governs a mention (a clitic ب ل
// ك, or a preposition word before it, looking through a filler noun such
// as "مواقع" or "قوات" and through a coordinated list to its head) and
// the token it stands at; "" when the mention stands directly.
func (d *docState) governor(st *sentState, m *mention) (string, int) {
	return d.governorAt(st, m.s, m.prefix, 0)
}

func (d *docState) governorAt(st *sentState, k int, prefix string, depth int) (string, int) {
	p := strings.TrimPrefix(strings.TrimPrefix(prefix, "و"), "ف")
	if p != "" && !(p == "ل" && k > 0 && d.in("filler", st.toks[k-1].Bare)) {
		return p, k // "لداعش" after "مواقع" is a genitive
	}
	if k == 0 || depth > 3 {
		return "", -1
	}
	q := k - 1
	if st.toks[q].Norm == "\"" && q > 0 {
		q--
	}
	prev := st.toks[q]
	if prev.Norm == "في" && q > 0 {
		// "الحكومة الشرعية في اليمن"، "الشعب في سوريا": the people or
		// government of the place stand for it
		for f := q - 1; f >= 0 && f >= q-2; f-- {
			if d.in("people", st.toks[f].Bare) && st.mentionAt(f) == nil {
				return d.governorAt(st, f, st.toks[f].Prefix, depth+1)
			}
		}
	}
	if prev.Norm == "من" && q > 0 {
		// partitive "مناطق واسعة من سوريا": the filler's governor
		for f := q - 1; f >= 0 && f >= q-2; f-- {
			if d.in("filler", st.toks[f].Bare) && st.mentionAt(f) == nil {
				return d.governorAt(st, f, st.toks[f].Prefix, depth+1)
			}
		}
	}
	if (prev.Norm == "من" || prev.Norm == "عن") && q > 0 && d.in("collective", st.toks[q-1].Bare) && st.mentionAt(q-1) == nil {
		// "وفد من المعارضة"، "ممثلين عن الحكومة": the group they come from
		return d.governorAt(st, q-1, st.toks[q-1].Prefix, depth+1)
	}
	for _, f := range d.forms(prev) {
		if d.in("preposition", f) {
			return f, q
		}
	}
	if prev.Norm == "ل" || prev.Norm == "لـ" || prev.Norm == "ب" {
		if prev.Norm != "ب" && q > 0 && d.in("filler", st.toks[q-1].Bare) {
			return d.governorAt(st, q, "ل", depth+1) // "أهدافا لـ"داعش"": a genitive, as in أهدافا لداعش
		}
		return prev.Norm, q
	}
	if (d.in("filler", prev.Bare) || actorNouns[prev.Bare]) && st.mentionAt(q) == nil {
		return d.governorAt(st, q, prev.Prefix, depth+1) // "على مواقع داعش"
	}
	if strings.HasPrefix(prefix, "و") || prev.Norm == "،" {
		if pm := st.mentionAt(k - 1); pm != nil && pm.s < k {
			return d.governorAt(st, pm.s, pm.prefix, depth+1)
		}
		if prev.Norm == "،" {
			if pm := st.mentionAt(k - 2); pm != nil {
				return d.governorAt(st, pm.s, pm.prefix, depth+1)
			}
		}
	}
	return "", -1
}

// governed reports whether a mention is the object of a preposition (a
// clitic ب ل ك or a preposition word before it).
func (d *docState) governed(st *sentState, m *mention) bool {
	if p := strings.TrimPrefix(strings.TrimPrefix(m.prefix, "و"), "ف"); p != "" {
		return true
	}
	if m.s == 0 {
		return false
	}
	prev := st.toks[m.s-1]
	if prev.Norm == "\"" && m.s > 1 {
		prev = st.toks[m.s-2]
	}
	for fi, f := range d.forms(prev) {
		if d.in("preposition", f) && !(fi > 0 && f == "عبر") {
			return true
		}
	}
	if prev.Norm == "ل" || prev.Norm == "لـ" || prev.Norm == "ب" {
		return true
	}
	// inside a coordinated list whose head is governed
	if strings.HasPrefix(m.prefix, "و") || prev.Norm == "،" {
		if p := st.mentionAt(m.s - 1); p != nil && p != m {
			return d.governed(st, p)
		}
		if prev.Norm == "،" {
			if p := st.mentionAt(m.s - 2); p != nil {
				return d.governed(st, p)
			}
		}
	}
	return false
}

// eventsAfter returns the events and agreements in object position after
// token j in clause c: the first one (no verb and at most two other
// content words before it, governed by none or one of the trigger's
// prepositions), and those coordinated with it.
func (d *docState) eventsAfter(st *sentState, j, c int, tr *trigger) []*mention {
	var out []*mention
	content := 0
	for k := j; k < len(st.toks) && k < j+25 && st.within(k, c); k++ {
		if st.embedded(k, c) {
			continue
		}
		m := st.mentionAt(k)
		if m == nil || m.s != k {
			t := st.toks[k]
			if st.syn.Class[k] == syntax.Verb && k > j {
				break
			}
			if len(out) > 0 {
				continue
			}
			if t.IsWord() && !t.IsNumber() && st.syn.Class[k] == syntax.Noun && !d.in("filler", t.Bare) {
				if content++; content > 2 && !tr.verb {
					break
				}
			}
			continue
		}
		ev := (m.typ == extract.Event || m.typ == extract.Agreement) && m.event != "conflict" && !strings.HasPrefix(m.key, "event-conflict")
		if len(out) > 0 && (!ev || !strings.HasPrefix(m.prefix, "و") && st.toks[k-1].Norm != "،" && st.toks[k-1].Norm != "و") {
			k = m.e - 1 // a place or date between coordinated events
			continue
		}
		if ev {
			if !d.governedBy(st, m, j, tr.preps) {
				k = m.e - 1
				continue
			}
			out = append(out, m)
		}
		k = m.e - 1
	}
	return out
}

// relativeBefore returns the position of a relative pronoun just before a
// trigger (allowing adverbs between), or -1.
func (d *docState) relativeBefore(st *sentState, i int) int {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := st.toks[k]
		if d.in("relative", t.Norm) {
			return k
		}
		if !d.in("adverb", t.Bare) {
			return -1
		}
	}
	return -1
}

// hasObjectAfter reports whether a slot-compatible mention governed by a
// preposition follows token e ("رفض الكونجرس للاتفاق").
func (d *docState) hasObjectAfter(st *sentState, e int, tr *trigger) bool {
	if e >= len(st.toks) {
		return false
	}
	c := st.clause[e]
	for k := e; k < len(st.toks) && k < e+10 && st.within(k, c); k++ {
		if st.embedded(k, c) {
			continue
		}
		if m := st.mentionAt(k); m != nil && m.s == k && d.slotKey(st, m, tr.objType) != "" {
			gov, _ := d.governor(st, m) // "الضربات التركية لقواعد داعش"
			return gov != "" && !d.in("locative", gov)
		}
	}
	return false
}

// objectsAfter returns the first slot-compatible list after token j in
// clause c (within a window), and whether it follows بين (a pair list).
func (d *docState) objectsAfter(st *sentState, j, c int, typ string, subj []string) ([]string, bool) {
	return d.objectsAfterN(st, j, c, typ, subj, 2, nil)
}

// objects returns the objects of trigger tr after token j: the first list
// of the trigger's type, with at most maxContent other content words
// before it, governed by none or one of the trigger's prepositions.
func (d *docState) objects(st *sentState, j, c int, tr *trigger, subj []string, maxContent int) ([]string, bool) {
	d.strict = tr.cx == cxRelNoun || tr.cx == cxActive
	defer func() { d.strict = false }()
	return d.objectsAfterN(st, j, c, tr.objType, subj, maxContent, tr.preps)
}

// objectsAfterN is objectsAfter allowing maxContent other content words
// before the object; with preps, a name governed by another preposition
// (after j) is passed over ("في جنيف" is where, not whom), and so is the
// complement of a noun that names someone else ("وزير خارجية مصر").
func (d *docState) objectsAfterN(st *sentState, j, c int, typ string, subj []string, maxContent int, preps map[string]bool) ([]string, bool) {
	pair := false
	content := 0
	adjunct := -1 // stance.go: "بعد لقاء نظيره": a name up to here is in an adjunct
	for k := j; k < len(st.toks) && k < j+10; k++ {
		if !st.within(k, c) {
			break
		}
		if st.embedded(k, c) {
			continue
		}
		t := st.toks[k]
		if t.Norm == "بين" && (k <= j+1 || d.onlyAdjectives(st, j, k) || d.adjunctsOnly(st, j, k)) {
			pair = true // "اللقاء الرسمي الأول بين…"
		}
		if (t.Norm == "بينه" || t.Norm == "بينها") && k <= j+2 {
			pair = false // "بينه وبين X": the subject and X
		}
		m := st.mentionAt(k)
		if m == nil || m.s != k {
			if t.IsWord() && d.in("objectstop", t.Norm) {
				break
			}
			if !t.IsWord() {
				adjunct = -1 // "بعد اللقاء، لإعلان واشنطن": the adjunct ended
			} else if adjunct < 0 && d.adjunctAt(st, k) {
				adjunct = k + 3
				continue
			}
			if t.IsWord() && !t.IsNumber() && !d.in("filler", t.Bare) && !d.in("filler", t.Norm) &&
				!d.in("preposition", t.Bare) && !d.in("adverb", t.Bare) && !d.in("transparent", t.Bare) &&
				!d.in("allyconj", t.Bare) && (st.syn.Class[k] == syntax.Noun || st.syn.Class[k] == syntax.Verb) {
				if _, _, te := d.matchTitle(st, k); te > k {
					k = te - 1
					continue
				}
				if content++; content > maxContent {
					break // the object is something else: "رفض أي محاولات خارجية لإملاء…"
				}
			}
			continue
		}
		if actorSlot(typ) && m.typ == extract.Place && k > 0 && (st.toks[k-1].Norm == "في" || strings.HasPrefix(m.prefix, "ب") || d.placeGoverned(st, m)) {
			k = m.e - 1 // "في القاهرة"، "زيارة إلى القاهرة": where, not whom
			continue
		}
		if k <= adjunct && actorSlot(typ) {
			adjunct = -1
			k = m.e - 1
			continue
		}
		if g, ok := d.namedGovernor(st, m); ok && preps != nil && g != "" && !preps[g] {
			k = m.e - 1 // stance.go: "رفض مع جماعة تدعى X": X is governed as the noun it names
			continue
		}
		if kind, opaque := st.syn.Opaque(m.s); opaque && !m.title && (actorSlot(typ) || kind == syntax.PersonHead) && !d.stanceGenitive(st, m, typ) {
			k = m.e - 1 // "وزير خارجية مصر" is no Egypt; "مبنى جامعة الأنبار" is the university's
			continue
		}
		if preps != nil && !d.governedBy(st, m, j, preps) {
			k = m.e - 1
			continue
		}
		keys, _ := d.group(st, m, typ)
		var out []string
		for _, kk := range keys {
			if !contains(subj, kk) {
				out = append(out, kk)
			}
		}
		if len(out) > 0 {
			_, d.objEnd = d.group(st, m, typ)
			if pair {
				// "بين قياديين من طالبان وممثلين عن حكومة كابل": a party
				// in each coordinated collective
				out = append(out, d.collectiveParties(st, d.objEnd, c, typ, out)...)
			}
			if d.how.obj == "" {
				d.how.obj = "direct"
				if gov, at := d.governor(st, m); gov != "" && at >= j {
					d.how.obj = "prep:" + gov
				}
				d.how.objAt = m.s
			}
			for q := m; q != nil && q.s < len(st.toks); {
				st.objects[q.s] = true
				nx := st.mentionAt(q.e)
				if nx == nil && q.e+1 < len(st.toks) {
					nx = st.mentionAt(q.e + 1)
				}
				if nx == nil || nx == q || !contains(out, nx.key) {
					break
				}
				q = nx
			}
			return out, pair
		}
		k = m.e - 1
	}
	return nil, false
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// previousPerson is the person an object pronoun (له) refers to: the last
// person named before token i who is not the subject.
func (d *docState) previousPerson(st *sentState, i int, subj []string) string {
	for n := len(st.ments) - 1; n >= 0; n-- {
		m := st.ments[n]
		if m.s < i && m.typ == extract.Person && !contains(subj, m.key) {
			return m.key
		}
	}
	for n := len(d.recent) - 1; n >= 0; n-- {
		if !contains(subj, d.recent[n]) {
			return d.recent[n]
		}
	}
	return ""
}

// laterSubject returns the first actor after token j that stands right
// after a verb-like word (not after a preposition, not the object of the
// trigger): the subject of a main clause that follows a fronted phrase.
func (d *docState) laterSubject(st *sentState, j int) []string {
	skip := true
	for _, m := range st.ments {
		if m.s < j {
			continue
		}
		if skip && m.s <= j+2 {
			// the trigger's own object ("لقائه مع X")
			skip = false
			continue
		}
		skip = false
		if m.s == 0 || m.prefix != "" || !st.toks[m.s-1].IsArabic() || st.mentionAt(m.s-1) != nil ||
			d.in("preposition", st.toks[m.s-1].Bare) {
			continue
		}
		if k := d.actor(st, m); k != "" {
			keys, _ := d.group(st, m, "actor")
			return keys
		}
	}
	return nil
}

// compatible reports whether two mentions can be coordinated in one list:
// the same type, or countries and organisations together.
func compatible(a, b *mention) bool {
	if a.typ == b.typ {
		return true
	}
	state := func(t string) bool { return t == extract.Country || t == extract.Organization || t == extract.Group }
	return state(a.typ) && state(b.typ) && !a.adj && !b.adj
}

// firstSubject returns the first actor list of clause c before token i
// that is not governed by a preposition.
func (d *docState) firstSubject(st *sentState, i, c int) []string {
	for _, m := range st.ments {
		if m.s >= i {
			break
		}
		if st.clause[m.s] != c || d.governed(st, m) || d.actor(st, m) == "" || st.objects[m.s] {
			continue
		}
		keys, _ := d.group(st, m, "actor")
		return keys
	}
	return nil
}

// withBefore reports whether مع or بين stands between token j and the
// first mention of obj.
func (d *docState) withBefore(st *sentState, j int, obj []string) bool {
	for k := j; k < len(st.toks) && k < j+12; k++ {
		t := st.toks[k]
		if t.Norm == "مع" || t.Bare == "مع" || t.Bare == "بين" || t.Norm == "بين" || t.Norm == "بينه" || t.Norm == "بينها" || t.Prefix == "ب" {
			return true
		}
		if m := st.mentionAt(k); m != nil && contains(obj, m.key) {
			return false
		}
	}
	return false
}

// nearestActor returns the actor named last before token i in the
// sentence that agrees with the pronoun suffix token i carries (ها
// feminine: a country, a movement; ه masculine), or "".
func (d *docState) nearestActor(st *sentState, i int) string {
	want := pronounGender(st.toks[i])
	for n := len(st.ments) - 1; n >= 0; n-- {
		m := st.ments[n]
		if m.e > i || d.placeOnly(st, m) {
			continue // stance.go: "من الرباط إلى القاهرة ودمشق": places, no referent
		}
		if a := d.actor(st, m); a != "" {
			if g := d.mentionGender(st, m); want != 0 && g != 0 && g != want {
				continue // "كينيا حليف للغرب في حربها": her war is Kenya's
			}
			return a
		}
	}
	return ""
}

// Grammatical gender of a pronoun or a name: 0 unknown.
const (
	masculine = 1
	feminine  = 2
)

// pronounGender returns the gender of the pronoun suffix a word carries
// as written (ها feminine, ه masculine), or 0.
func pronounGender(t text.Token) int {
	w := strings.TrimRight(t.Text, "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640")
	switch {
	case strings.HasSuffix(w, "هما") || strings.HasSuffix(w, "هم"):
		return 0
	case strings.HasSuffix(w, "ها"):
		return feminine
	case strings.HasSuffix(w, "ه"):
		return masculine
	}
	return 0
}

// mentionGender guesses a name's grammatical gender: people are
// masculine; a country without the article is feminine (سوريا، مصر)
// unless it is لبنان, with it masculine (العراق، اليمن) unless it ends in
// ة or ات; an organisation takes its head's (حركة feminine, حزب
// masculine).
func (d *docState) mentionGender(st *sentState, m *mention) int {
	if m.adj {
		return 0
	}
	head := st.toks[m.s]
	w := strings.TrimRight(head.Text, "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640")
	fem := strings.HasSuffix(w, "ة") || strings.HasSuffix(w, "ات")
	switch m.typ {
	case extract.Person:
		if d.female[m.key] {
			return feminine
		}
		return masculine
	case extract.Country:
		if fem || (!text.HasArticle(head.Bare) && head.Bare != "لبنان") {
			return feminine
		}
		return masculine
	case extract.Organization, extract.Group:
		switch {
		case fem:
			return feminine
		case mascHeads[text.StripArticle(head.Bare)]:
			return masculine
		}
	}
	return 0 // "دول الخليج": a broken plural agrees either way
}

// mascHeads are organisation head nouns that are masculine.
var mascHeads = map[string]bool{}

func init() {
	for _, w := range strings.Fields(text.Normalize("حزب تنظيم جيش مجلس اتحاد تحالف ائتلاف برلمان كونغرس نظام غرب")) {
		mascHeads[w] = true
	}
}

// agreesPlural reports whether the verb at token i is marked dual or
// plural (اجتمعا، اتهمتا، التقوا): in verb-first order Arabic verbs are
// singular, so a marked verb has a pronoun subject and what follows it is
// its object.
func (d *docState) agreesPlural(st *sentState, i int) bool {
	for _, f := range st.forms(d, i) {
		if d.lex.triggers[f] == nil {
			continue
		}
		for _, suf := range []string{"وا", "تا", "ا"} {
			if strings.HasSuffix(f, suf) {
				if stem := strings.TrimSuffix(f, suf); d.lex.triggers[stem] != nil || d.lex.triggers[stem+"ت"] != nil {
					return true
				}
			}
		}
	}
	return false
}
