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

// inBodyName reports whether the cooperation noun at token i stands in
// the name of an office or body: the definite construct chain after an
// indefinite head ("وزيرة التعاون الدولي"، "وزير الشؤون الخارجية
// والتعاون الدولي"، "هيئة التنسيق") names the office, no cooperation.
func (d *docState) inBodyName(st *sentState, i int) bool {
	if !strings.HasPrefix(st.toks[i].Bare, "ال") || strings.TrimPrefix(st.toks[i].Prefix, "و") != "" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := st.toks[k]
		if !t.IsWord() || st.mentionAt(k) != nil {
			return false
		}
		if inStance("bodyhead", t) && strings.TrimPrefix(strings.TrimPrefix(t.Prefix, "و"), "ل") == "" {
			return true
		}
		if !strings.HasPrefix(t.Bare, "ال") || (t.Prefix != "" && t.Prefix != "و") {
			return false
		}
		if c := st.syn.Class[k]; c != syntax.Noun && c != syntax.Adjective {
			return false
		}
	}
	return false
}

// decisionAgent returns, for a means noun "بدعم" at token i that
// completes a noun of decision and its genitive, that genitive: "قرار
// واشنطن بدعم الجيش العراقي" — Washington supports the army; the
// means reading ("بدعم X": with X's support) would turn it around. ok
// reports a noun of decision before i, with or without a named genitive.
func (d *docState) decisionAgent(st *sentState, i int) (agent []string, ok bool) {
	if i == 0 || !strings.HasPrefix(strings.TrimPrefix(st.toks[i].Prefix, "و"), "ب") {
		return nil, false
	}
	if inStance("decision", st.toks[i-1]) && st.mentionAt(i-1) == nil {
		return nil, true // "قرارها بدعم…": the clause's reading
	}
	m := st.mentionAt(i - 1)
	if m == nil || m.e != i || d.actor(st, m) == "" {
		return nil, false
	}
	g := d.groupEndingAt(st, i, "actor")
	if len(g) == 0 {
		return nil, false
	}
	s := i - 1
	for s > 0 && st.mentionAt(s-1) != nil {
		s-- // the start of the coordinated list
	}
	for k := s - 1; k >= 0 && k >= s-2; k-- {
		if inStance("decision", st.toks[k]) {
			return g, true
		}
		if n := st.toks[k].Norm; n != "و" && n != "،" && st.mentionAt(k) == nil {
			break
		}
	}
	return nil, false
}

// objectWithL reports whether a name governed by ل follows token j at once
// ("جددت ليبيا اتهاماتها لقطر"): the pronoun of the noun before it is the
// agent, not the object.
func (d *docState) objectWithL(st *sentState, j int) bool {
	m := st.mentionAt(j)
	return m != nil && m.s == j && strings.HasPrefix(strings.TrimPrefix(m.prefix, "و"), "ل")
}

// mediaAdjective reports whether a country mention only describes the name
// of a paper, agency or company right before it ("صحيفة الشرق الأوسط
// السعودية"، "شركة أرامكو السعودية"): written like its feminine
// adjective, with no clitic, after a name that such a head noun begins.
func (d *docState) mediaAdjective(st *sentState, m *mention) bool {
	if m.typ != extract.Country || m.prefix != "" || m.s == 0 || !strings.HasSuffix(st.toks[m.s].Norm, "يه") {
		return false
	}
	k := m.s - 1
	if !st.toks[k].IsWord() && k > 0 {
		k-- // a closing quotation mark
	}
	p := st.mentionAt(k)
	if p == nil || p.e != k+1 || p.typ == extract.Country {
		return false
	}
	if inStance("mediahead", st.toks[p.s]) {
		return true // the head is part of the name: "صحيفة الأهرام"
	}
	h := p.s - 1
	if h > 0 && !st.toks[h].IsWord() {
		h-- // an opening quotation mark
	}
	return h >= 0 && inStance("mediahead", st.toks[h])
}

// twoActorsAfter reports whether a verb at token i is followed by a named
// actor and, right after it (past adverbs), a second named actor that no
// preposition governs: "اتهم جنبلاط حزب الله بـ…" — the first is the
// subject (VSO), even when a name stands before the verb.
func (d *docState) twoActorsAfter(st *sentState, i, from int) bool {
	s, e := d.vsoSubject(st, i, from, true)
	if len(s) == 0 {
		return false
	}
	k := e
	for k < len(st.toks) && st.mentionAt(k) == nil && st.toks[k].IsWord() && (d.in("adverb", st.toks[k].Bare) || d.in("adverb", st.toks[k].Norm)) {
		k++
	}
	if k >= len(st.toks) {
		return false
	}
	m, at := st.mentionAt(k), k
	if m == nil {
		if m = d.titledPerson(st, k); m != nil {
			at = m.s // "اتهم البيت الأبيض الرئيس السابق بيل كلينتون"
		}
	}
	return m != nil && m.s == at && m.prefix == "" && st.toks[k].Prefix == "" && !m.adj && d.actor(st, m) != ""
}

// opinionPreds are the predicates of a stance taken by a speaker.
var opinionPreds = map[string]bool{extract.Supports: true, extract.Opposes: true, extract.Accuses: true}

// decisionSupport reads a means noun that completes a noun of decision
// as a verbal noun: its named genitive (else the clause's subject) acts
// on the name after it.
func (d *docState) decisionSupport(st *sentState, i, j int, tr *trigger, agent []string) {
	vt := &trigger{pred: tr.pred, rule: tr.rule, cx: cxVNoun, phrase: tr.phrase, toks: tr.toks, objType: tr.objType, preps: tr.preps}
	if len(agent) == 0 {
		d.cxPredicate(st, i, j, vt)
		return
	}
	d.how = how{subj: "decision", subjAt: st.posOf(agent[0], i), objAt: -1}
	obj, _ := d.objects(st, j, st.clause[i], vt, agent, 2)
	d.recordPairs(st, tr, i, j, agent, obj)
}

// adjunctAt reports whether token k opens an adjunct of time with a noun
// ("بعد لقاء"، "خلال اجتماعه"), not "من قبل" (by).
func (d *docState) adjunctAt(st *sentState, k int) bool {
	t := st.toks[k]
	if !inStance("adjunct", t) || t.Prefix != "" || k+1 >= len(st.toks) || st.mentionAt(k+1) != nil || st.syn.Class[k+1] != syntax.Noun {
		return false
	}
	return k == 0 || st.toks[k-1].Norm != "من"
}

// namedGovernor returns the governor of the noun that a name after a
// naming verb names ("مع جماعة تدعى حركة العدل" → مع); ok is false when no
// naming verb stands right before the mention.
func (d *docState) namedGovernor(st *sentState, m *mention) (string, bool) {
	if m.s < 2 || m.prefix != "" {
		return "", false
	}
	v := 1
	if m.s >= 3 && inStance("naming", text.Token{Norm: st.toks[m.s-2].Norm + " " + st.toks[m.s-1].Norm}) {
		v = 2 // "تعرف باسم"
	} else if !inStance("naming", st.toks[m.s-1]) {
		return "", false
	}
	h := m.s - v - 1
	if st.mentionAt(h) != nil {
		return "", false
	}
	g, _ := d.governorAt(st, h, st.toks[h].Prefix, 0)
	return g, true
}

// capitalActor reports whether mention nx, a capital standing for its
// country, continues a list of actors that m begins and that another
// named actor follows at once, as a VSO subject its object ("اتهمت جماعات
// حقوق الإنسان وواشنطن الحكومة السودانية"); elsewhere "X وموسكو" may join
// a subject higher up ("أن واشنطن التي تدعم المعارضة وموسكو لم تتمكنا").
func (d *docState) capitalActor(st *sentState, m, nx *mention, typ string) bool {
	if !actorSlot(typ) || nx.typ != extract.Place || d.x.capitalOf[nx.key] == "" || !isActorType(m.typ) || m.adj {
		return false
	}
	n := st.mentionAt(nx.e)
	return n != nil && n.s == nx.e && n.prefix == "" && d.actor(st, n) != ""
}

// pairAfterBetween returns the parties of a pair word after بين right
// after a noun ending at token j ("علاقات التعاون بين البلدين"): the last
// pair named within two sentences, nil when none is; ok reports such a
// pair word. The subject of the clause is then no party.
func (d *docState) pairAfterBetween(st *sentState, j int) (pair []string, ok bool) {
	for k := j; k <= j+2 && k+1 < len(st.toks); k++ {
		if st.mentionAt(k) != nil {
			return nil, false
		}
		if st.toks[k].Norm != "بين" {
			continue
		}
		b := st.toks[k+1].Bare
		if !d.in("pair", b) && !d.in("paircountry", b) {
			return nil, false
		}
		if len(d.lastPair) != 2 || d.sentIdx-d.lastPairAt > 2 {
			return nil, true
		}
		return d.pairAt(st, k+1), true
	}
	return nil, false
}

// unnamedObjectAfterAgent reports whether a verbal noun of stance is
// followed by a named genitive and then by ل with a noun that names nobody:
// "انتقدت الخرطوم تسليح واشنطن للمتمردين" — Washington arms someone
// unnamed; it is no object of the noun, and the clause's subject no agent.
func (d *docState) unnamedObjectAfterAgent(st *sentState, j int, tr *trigger) bool {
	if tr.verb || tr.possessive || tr.cx != cxVNoun || j >= len(st.toks) || !(opinionPreds[tr.pred] || tr.pred == extract.AllyOf) {
		return false
	}
	m := st.mentionAt(j)
	if m == nil || m.s != j || m.prefix != "" || m.adj || d.actor(st, m) == "" {
		return false
	}
	_, e := d.group(st, m, "actor")
	if e >= len(st.toks) || st.mentionAt(e) != nil {
		return false
	}
	t := st.toks[e]
	return t.IsWord() && strings.HasPrefix(strings.TrimPrefix(t.Prefix, "و"), "ل") && st.syn.Class[e] == syntax.Noun
}

// mutualSubjects reads a verb of mutual acts with its parties between the
// verb and its noun ("تبادلت إثيوبيا وإريتريا الاتهامات"): each party on
// every other.
func (d *docState) mutualSubjects(st *sentState, i, j int, tr *trigger) {
	if !tr.wildcard || i+1 >= len(st.toks) {
		return
	}
	m := st.mentionAt(i + 1)
	if m == nil || m.s != i+1 || d.actor(st, m) == "" {
		return
	}
	side, e := d.group(st, m, "actor")
	if len(side) < 2 || len(side) > 4 || e > j {
		return
	}
	date := d.factDate(st, i, tr.pred)
	d.how = how{subj: "vso", subjAt: m.s, objAt: -1}
	for _, a := range side {
		for _, b := range side {
			if a != b {
				d.record(st, tr, i, j, a, b, date)
			}
		}
	}
}

// placeOnly reports whether a capital stands as a place, governed by a
// preposition of place or in a list that one governs ("خرجت الملايين من
// الرباط إلى القاهرة ودمشق"): no pronoun refers to it as its country.
func (d *docState) placeOnly(st *sentState, m *mention) bool {
	if m.typ != extract.Place {
		return false
	}
	g, _ := d.governor(st, m)
	return g != "" && d.in("locative", g)
}
