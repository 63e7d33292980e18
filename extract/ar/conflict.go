package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
)

// Conflict constructions of data/conflict.tsv (attacked, controls): the
// families whose arguments stand where no verb family looks for them.
//
//	deed        an attack noun and the verb that carried it out, with its
//	            resumptive pronoun: "الغارات التي شنها التحالف على مواقع
//	            الحوثيين"، "هجوم نفذه حزب العمال"، "الضربات التي نفذتها أنقرة
//	            استهدفت الحزب" — the actor after the verb attacked the object
//	            after it, the noun's own object, or the object of the attack
//	            verb the noun phrase is the subject of
//	held        a place taken back or fallen: "استعادة الرمادي من داعش"،
//	            "سقوط الموصل بيد داعش" — the actor after the phrase held the
//	            place in the gap
//	expel       "طرد الحوثيين من عدن": the group in the gap held the place
//	            after the phrase
//	stronghold  "الرقة، معقل داعش": the actor after the noun holds the place
//	            the noun describes
const (
	cxDeed       = "deed"
	cxHeld       = "held"
	cxExpel      = "expel"
	cxStronghold = "stronghold"
)

// applyConflict sends a trigger of a conflict family to its function; it
// reports whether the family was one of them.
func (d *docState) applyConflict(st *sentState, i, j int, tr *trigger) bool {
	if (tr.pred == extract.Attacked || tr.pred == extract.Controls) && (d.governedBy4(st, i, "threat", "ب") || d.governedBy4(st, i, "warn", "من") || d.threatPastSubject(st, i)) {
		return true // "هدد بقصف مواقع الحزب"، "حذر من سيطرة التنظيم": a threat or a fear
	}
	switch {
	case tr.pred == extract.ClaimedResponsibilityFor:
		d.claimAttack(st, i, j, tr) // and the claim itself, below
		return false
	case (tr.pred == extract.Attacked || tr.pred == extract.Controls) && tr.cx == cxVNoun && !tr.possessive && d.cxNounAgent(st, i, j, tr):
		return true
	case tr.pred == extract.Attacked && tr.rule == ruleClashWith:
		d.cxClashWith(st, i, j, tr) // conflict5.go: "اشتبكت قوات X مع مسلحي Y"
		return true
	case tr.pred == extract.Attacked && tr.rule == ruleKillCount && d.cxKillVerb(st, i, j, tr):
		return true // conflict5.go: "قتل مسلحو الحركة النائب X"
	case tr.pred == extract.Attacked && tr.rule == ruleBlowUp:
		d.cxBlowUp(st, i, j, tr) // conflict4.go
		return true
	case tr.pred == extract.Attacked && tr.cx == cxVerb && tr.verb && d.cxNounSubject(st, i, j, tr):
		return true
	}
	switch tr.cx {
	case cxDeed:
		d.cxDeed(st, i, j, tr)
	case cxHeld:
		d.cxHeld(st, i, j, tr)
	case cxExpel:
		d.cxExpel(st, i, j, tr)
	case cxStronghold:
		d.cxStronghold(st, i, j, tr)
	default:
		return false
	}
	return true
}

// governedBy4 reports whether the trigger at token i is the act that a
// word of the conflict list governs with the preposition prep: the word
// within four tokens before it in its clause, the preposition on a word
// from the trigger back to it ("هدد أردوغان بقصف…"، "توعدت الجماعة بشن
// هجمات"، "حذر من سيطرة التنظيم على…"). Lists: threat (with ب), warn
// (with من).
func (d *docState) governedBy4(st *sentState, i int, list, prep string) bool {
	c, governed := st.clause[i], false
	for k := i; k >= 0 && k >= i-4 && st.clause[k] == c; k-- {
		t := st.toks[k]
		if k < i && governed && inConflict(list, t) {
			return true
		}
		if prep == "من" && t.Norm == "من" {
			governed = true
		}
		if strings.HasPrefix(strings.TrimPrefix(t.Prefix, "و"), prep) ||
			(strings.HasPrefix(strings.TrimPrefix(t.Norm, "و"), prep) && len(st.forms(d, k)) > 1) {
			governed = true // "بقصف"، "بشن" (a clitic the tokenizer left on)
		}
	}
	return false
}

// deedNoun returns the attack noun a verb at token i describes: within
// seven tokens before it, past a relative pronoun, adjectives, nationality
// adjectives and the noun's own object; -1 when none (a verb, a boundary
// or a second clause between).
func (d *docState) deedNoun(st *sentState, i int) int {
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		t := st.toks[k]
		if d.isAttackNoun(st, k) || inConflict5("deednoun", t) {
			return k // conflict5.go: "قذائف أطلقها"، "تفجير تبناه"
		}
		if !t.IsWord() || st.syn.Class[k] == syntax.Verb || d.in("boundary", t.Norm) {
			return -1
		}
	}
	return -1
}

// cxDeed reads an attack noun and the verb that carried it out (see the
// family list above). A noun that is a named attack event gives its agent
// participatedIn that event as well.
func (d *docState) cxDeed(st *sentState, i, j int, tr *trigger) {
	n := d.deedNoun(st, i)
	if n < 0 {
		return
	}
	agents, e := d.vsoSubject(st, i, j, true)
	if len(agents) == 0 || d.generalFoe(st, e) {
		return
	}
	d.how = how{subj: "deed-agent", subjAt: st.posOf(agents[0], i), objAt: -1}
	date := d.factDate(st, n, tr.pred)
	if ev := st.mentionAt(n); ev != nil && ev.typ == extract.Event && d.attackEvent(ev) {
		part := &trigger{pred: extract.ParticipatedIn, rule: tr.rule + "-event", cx: tr.cx, phrase: tr.phrase, toks: tr.toks, objType: "event"}
		for _, a := range agents {
			d.record(st, part, i, j, a, ev.key, date)
		}
	}
	obj, _ := d.objects(st, e, st.clause[i], tr, agents, 2)
	if len(obj) == 0 {
		obj = d.deedOwnObject(st, n, i, tr, agents)
	}
	if len(obj) == 0 {
		obj = d.deedMainVerb(st, e, agents)
	}
	if len(obj) == 0 {
		obj = d.deedPlace(st, e, agents)
	}
	if len(obj) == 0 {
		obj = d.attackPlace(st, e, st.clause[i], agents) // "هجوم شنه التنظيم على مدينة سوسة"
	}
	if len(obj) == 0 && tr.rule == ruleDeedLaunch {
		obj = d.placeIn(st, e, st.clause[i], agents) // conflict5.go: "أطلقه الحوثيون باتجاه مدينة جازان"
	}
	for _, a := range agents {
		for _, o := range obj {
			d.record(st, tr, i, j, a, o, date)
		}
	}
}

// deedOwnObject returns the object the attack noun at token n governs
// before the verb at token i ("الهجوم على الرمادي الذي شنه…").
func (d *docState) deedOwnObject(st *sentState, n, i int, tr *trigger, agents []string) []string {
	for k := n + 1; k < i; k++ {
		m := st.mentionAt(k)
		if m != nil && m.s < k && m.typ == extract.Event && st.toks[k-1].Norm == "علي" {
			// "الهجوم على مدينة الرمادي": an event named after its target
			if p := d.innerPlace(st, k, m); p != "" {
				d.how.obj, d.how.objAt = "deed-noun", k
				return []string{p}
			}
		}
		if m == nil || m.s != k {
			continue
		}
		if gov, _ := d.governor(st, m); gov == "" || !tr.preps[gov] {
			return nil
		}
		keys, _ := d.group(st, m, "actor")
		if len(keys) == 0 && m.typ == extract.Place {
			keys = []string{m.key} // "الهجوم على مدينة الرمادي الذي شنه الجيش"
		}
		var out []string
		for _, key := range keys {
			if !contains(agents, key) {
				out = append(out, key)
			}
		}
		d.how.obj, d.how.objAt = "deed-noun", m.s
		return out
	}
	return nil
}

// deedMainVerb returns the object of an attack verb whose subject is the
// noun phrase the deed ends ("الضربات التي نفذتها أنقرة حتى الآن
// استهدفت الحزب"): the first verb within four tokens after the agent.
func (d *docState) deedMainVerb(st *sentState, e int, agents []string) []string {
	for k := e; k < len(st.toks) && k < e+4; k++ {
		if st.mentionAt(k) != nil || d.in("boundary", st.toks[k].Norm) {
			return nil
		}
		if st.syn.Class[k] != syntax.Verb {
			continue
		}
		tr, j, _ := d.matchTrigger(st, k)
		if tr == nil || tr.pred != extract.Attacked || !tr.verb || tr.cx != cxVerb || d.blocked(st, k, tr, "") {
			return nil
		}
		obj, _ := d.objects(st, j, st.clause[k], tr, agents, 1)
		d.how.obj = "deed-verb"
		return obj
	}
	return nil
}

// deedPlace returns the place where the deed was done, named with في right
// after the agent ("العمليات التي ينفذها التحالف في المحافظة"): the place
// attacked.
func (d *docState) deedPlace(st *sentState, e int, agents []string) []string {
	if e+1 >= len(st.toks) || st.toks[e].Norm != "في" {
		return nil
	}
	m := st.mentionAt(e + 1)
	if m == nil || m.s != e+1 || m.adj {
		return nil
	}
	if key := d.slotKey(st, m, "place"); key != "" && !contains(agents, key) {
		d.how.obj, d.how.objAt = "deed-place", m.s
		return []string{key}
	}
	return nil
}

// attackPlace returns, for an attack whose object names no actor, the place
// where it struck: the first place in its clause within eight tokens after
// it, governed by في or a preposition of nearness ("أغرقت سفينة قرب مدينة
// بنغازي"، "هجمات الحزب في جنوب شرق تركيا"), or its direct object
// ("قصفت روسيا مدينة حلب"). The gold sets count the place
// of an attack as attacked (the graph model: actor → actor/place).
func (d *docState) attackPlace(st *sentState, j, c int, subj []string) []string {
	for k := j; k < len(st.toks) && k < j+8 && st.within(k, c); k++ {
		if st.embedded(k, c) || (k > j && st.syn.Class[k] == syntax.Verb) {
			return nil
		}
		m := st.mentionAt(k)
		if m == nil || m.s != k {
			continue
		}
		if m.typ == extract.Weapon {
			j, k = m.e, m.e-1 // the weapon: "استهدفت الميليشيات بقذائف الهاون أحياء تعز"
			continue
		}
		if m.adj && k == j && len(subj) > 0 {
			j, k = m.e, m.e-1 // the subject's adjective: "قصف طيران النظام السوري مدينة دوما"
			continue
		}
		if contains(subj, d.slotKey(st, m, "actor")) {
			k = m.e - 1 // the subject after the verb: "اقتحم الجيش المدينة"
			continue
		}
		if m.adj || (m.typ != extract.Place && m.typ != extract.Country && m.typ != extract.Facility) {
			return nil
		}
		gov, _ := d.governor(st, m)
		direct := gov == "" && (m.typ == extract.Place && directPlace(st, j, k) || d.placeAfterSubject(st, j, m, subj))
		if gov == "ب" && k > j && st.syn.Class[k-1] == syntax.Noun && st.mentionAt(k-1) == nil {
			direct = true // "استهدفت منزلا بخان يونس": a target in the place
		}
		if !d.in("attackplace", gov) && !direct {
			return nil
		}
		key := d.slotKey(st, m, "place")
		if key == "" || contains(subj, key) {
			return nil
		}
		d.how.obj, d.how.objAt = "place", m.s
		return []string{key}
	}
	return nil
}

// directPlace reports whether a place mention at token k is the direct
// object of the attack whose object position starts at token j: right
// there, or after place-head nouns only ("قصفت روسيا مدينة حلب"، "دكت
// المدفعية ريف إدلب"), not the genitive of another noun ("محافظ عدن").
func directPlace(st *sentState, j, k int) bool {
	for q := j; q < k; q++ {
		if !inConflict("placehead", st.toks[q]) {
			return false
		}
	}
	return true
}

// sufferedPlace returns the place that suffered the attack of a "تعرض …
// لـ" trigger at tokens [i, j): the place right after the verb, after
// place-head nouns only ("تعرضت مدينة حلب لقصف روسي"), ending before j.
func (d *docState) sufferedPlace(st *sentState, i, j int) []string {
	for k := i + 1; k < j; k++ {
		m := st.mentionAt(k)
		if m == nil {
			if !inConflict("placehead", st.toks[k]) {
				return nil
			}
			continue
		}
		if m.s != k || m.adj || m.e >= j || m.typ != extract.Place {
			return nil
		}
		if key := d.slotKey(st, m, "place"); key != "" {
			return []string{key}
		}
		return nil
	}
	return nil
}

// gapMention returns the keys of the first mention in tokens [a, b) that
// fills slot typ (with its coordinated list), or nil when a verb comes
// first or the list runs past b.
func (d *docState) gapMention(st *sentState, a, b int, typ string) []string {
	for k := a; k < b; k++ {
		if st.syn.Class[k] == syntax.Verb {
			return nil
		}
		m := st.mentionAt(k)
		if m != nil && m.s < k && m.typ == extract.Event && typ == "place" {
			if p := d.innerPlace(st, k, m); p != "" {
				return []string{p} // "سقوط الموصل": an event named after the place
			}
		}
		if m == nil || m.s != k {
			continue
		}
		keys, e := d.group(st, m, typ)
		if len(keys) == 0 {
			k = m.e - 1 // a VSO subject: "استعاد الجيش مدينة تكريت من…"
			continue
		}
		if e > b {
			return nil
		}
		return keys
	}
	return nil
}

// innerPlace returns the catalogue place named at token k inside the
// event mention m (skipping a head noun such as مدينة), or "".
func (d *docState) innerPlace(st *sentState, k int, m *mention) string {
	for q := k; q < m.e && q <= k+1; q++ {
		if e, es, _ := d.matchName(st, q); e > q && e <= m.e {
			if en := pick(es); en.Type == extract.Place {
				return en.Key
			}
			return ""
		}
	}
	return ""
}

// tailStart returns the token where the words after a phrase's gap begin.
func tailStart(tr *trigger, j int) int {
	tail := 0
	for k := len(tr.toks) - 1; k >= 0 && tr.toks[k] != "*"; k-- {
		tail++
	}
	return j - tail
}

// cxHeld reads "استعادة PLACE من ACTOR"، "سقوط PLACE بيد ACTOR": the actor
// after the phrase held the place in the gap. A verb of taking back also
// states that its subject now holds the place (the shorter rows of the
// same verb).
func (d *docState) cxHeld(st *sentState, i, j int, tr *trigger) {
	d.shorterReading(st, i, tr)
	var places []string
	if tr.wildcard {
		places = d.gapMention(st, i+1, tailStart(tr, j), "place")
	} else if p := d.placeBefore(st, i); p != "" {
		places = []string{p} // "استعادتها من التنظيم": the place named before
	}
	if len(places) == 0 {
		return
	}
	m := st.mentionAt(pastQuote(st, j))
	if m == nil || m.s != pastQuote(st, j) || m.adj {
		return
	}
	actors, _ := d.group(st, m, "actor")
	d.how = how{subj: "held-from", subjAt: m.s, objAt: st.posOf(places[0], i)}
	d.recordPairs(st, tr, i, j, actors, places)
	d.liberationAttack(st, i, j, tr, actors) // conflict4.go
}

// pastQuote returns the token after an opening quotation mark at token
// k ("سقوط الموصل بيد «داعش»"), or k.
func pastQuote(st *sentState, k int) int {
	if k < len(st.toks) && isQuote(st.toks[k].Norm) {
		return k + 1
	}
	return k
}

// placeBefore returns the place a pronoun on the noun at token i refers
// to: the nearest place (not a country) named before it in the sentence,
// within fifteen tokens.
func (d *docState) placeBefore(st *sentState, i int) string {
	for n := len(st.ments) - 1; n >= 0; n-- {
		m := st.ments[n]
		if m.e > i || i-m.e > 15 {
			continue
		}
		if m.adj || m.typ == extract.Country {
			return ""
		}
		if m.typ == extract.Place {
			return m.key
		}
	}
	return ""
}

// shorterReading applies the one-word rows of the trigger's first word
// other than its own (the verb "استعاد" alone: its subject holds the
// place now), unless they are blocked.
func (d *docState) shorterReading(st *sentState, i int, tr *trigger) {
	for _, f := range st.forms(d, i) {
		for _, t := range d.lex.triggers[f] {
			if t.rule == tr.rule || len(t.toks) != 1 || t.pred != tr.pred ||
				(t.verb && st.syn.Class[i] != syntax.Verb) || d.blocked(st, i, t, "") {
				continue
			}
			d.cxPredicate(st, i, i+1, t)
			return
		}
	}
}

// cxExpel reads "طرد الحوثيين من عدن": the armed group or organisation
// named last in the gap, right before من, held the place after it.
func (d *docState) cxExpel(st *sentState, i, j int, tr *trigger) {
	t := tailStart(tr, j)
	g := d.groupEndingAt(st, t, "actor")
	if len(g) == 0 {
		return
	}
	for _, a := range g {
		if typ := d.typeOf(a); typ != extract.Group && typ != extract.Organization {
			return // "طردت مصر السفير من القاهرة": not an armed group
		}
	}
	m := st.mentionAt(pastQuote(st, j))
	if m == nil || m.s != pastQuote(st, j) || m.adj {
		return
	}
	places, _ := d.group(st, m, "place")
	d.how = how{subj: "expelled", subjAt: st.posOf(g[0], i), objAt: m.s}
	d.recordPairs(st, tr, i, j, g, places)
	d.liberationAttack(st, i, j, tr, g) // conflict4.go
}

// cxStronghold reads "الرقة، معقل تنظيم داعش"، "الفلوجة معقل التنظيم":
// the place right before the noun (or before its comma) is held by the
// actor right after it (or after ل).
func (d *docState) cxStronghold(st *sentState, i, j int, tr *trigger) {
	p := i
	if p > 0 && (st.toks[p-1].Norm == "،" || st.toks[p-1].Norm == ",") {
		p--
	}
	pm := st.mentionAt(p - 1)
	if pm == nil || pm.e != p || pm.adj {
		return
	}
	place := d.slotKey(st, pm, "place")
	if place == "" || d.typeOf(place) == extract.Country {
		return
	}
	k := j
	for k < len(st.toks) && k < j+2 && st.syn.Class[k] == syntax.Adjective && st.mentionAt(k) == nil {
		k++ // "المعقل الرئيسي لـ"
	}
	k = pastQuote(st, k)
	m := st.mentionAt(k)
	if m == nil || m.s != k || m.adj {
		return
	}
	if gov, _ := d.governor(st, m); gov != "" && !tr.preps[gov] {
		return
	}
	actors, _ := d.group(st, m, "actor")
	d.how = how{subj: "stronghold-of", subjAt: m.s, objAt: pm.s}
	for _, a := range actors {
		d.record(st, tr, i, j, a, place, "")
	}
}

// placeAfterSubject reports whether place mention m is the direct object
// of the attack verb whose arguments start at j: nothing stands between
// them but the verb's subject and at most one place head noun without a
// proclitic ("اقتحمت القوات مخيم جنين"، "قصف الطيران مدينة حلب").
func (d *docState) placeAfterSubject(st *sentState, j int, m *mention, subj []string) bool {
	heads := 0
	for k := j; k < m.s; k++ {
		if o := st.mentionAt(k); o != nil && contains(subj, d.slotKey(st, o, "actor")) {
			k = o.e - 1
			continue
		}
		t := st.toks[k]
		if h := d.headOf(t); h == nil || h.typ != extract.Place || t.Prefix != "" || heads > 0 {
			return false
		}
		heads++
	}
	return true
}

// attackBlocked reports whether an attack a trigger at tokens [i, j)
// proposes with subject s did not happen as an armed attack: a person
// "attacking" with a word that also means criticism (list verbalattack:
// "هاجم الوزير إيران"، "شن المندوب هجوما عنيفا على…"), or an attack noun
// after a word that stops it or leaves it unreal (list halt: "دعا إلى وقف
// الغارات"، "أي هجوم على العراق").
func (d *docState) attackBlocked(st *sentState, i, j int, s string) bool {
	if j > i && !writtenPossessive(st.toks[j-1]) && d.victimAt(st, i, j, s) {
		return true // conflict5.go: "مقتل 20 من عناصر طالبان في غارة" ("خلال هجومهم": theirs)
	}
	if d.typeOf(s) == extract.Person {
		for k := i; k < j && k < len(st.toks); k++ {
			if inConflict("verbalattack", st.toks[k]) {
				return true
			}
		}
	}
	for k := i; k < j && k < len(st.toks); k++ {
		if inConflict("halt", st.toks[k]) {
			return true // "وقف الغارات" read as one phrase
		}
		if d.in("attacknoun", st.toks[k].Bare) || d.in("attacknoun", st.toks[k].Norm) {
			if k > 0 && inConflict("halt", st.toks[k-1]) {
				return true
			}
			break
		}
	}
	return false
}
