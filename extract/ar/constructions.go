package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
)

// One function per construction family of data/constructions.tsv; apply
// sends a matched trigger to its family. A family finds its arguments
// (arguments.go) and proposes facts through record, which adds the
// features the fact scorer reads.

// apply finds the arguments of one trigger at tokens [i, j) and records
// its facts.
func (d *docState) apply(st *sentState, i, j int, tr *trigger) {
	if d.applyConflict(st, i, j, tr) {
		return
	}
	if tr.pred == extract.CooperatesWith && !tr.verb && d.inBodyName(st, i) {
		return // stance.go: "وزيرة التعاون الدولي" names an office
	}
	if d.cxReception(st, i, j, tr) {
		return // args.go: "وكان في استقباله X"
	}
	switch tr.cx {
	case cxPassive:
		d.cxPassive(st, i, j, tr)
	case cxAgent:
		d.cxAgent(st, i, j, tr)
	case cxMutual:
		d.cxMutual(st, i, j, tr)
	case cxJudge:
		d.cxJudge(st, i, j, tr)
	case cxRelative:
		d.cxRelative(st, i, j, tr)
	case cxMeans:
		d.cxMeans(st, i, j, tr)
	case cxRelNoun, cxActive:
		// a description holds whatever its clause plans or doubts; used
		// as a predicate the noun states what the clause states
		if !d.cxDescribed(st, i, j, tr) && st.syn.InApposition(i) < 0 && !d.afterCircumstantial(st, i) &&
			(d.describedNext(st, i, j, tr) || d.modality(st, i, tr) == 0) {
			d.cxPredicate(st, i, j, tr)
		}
	default: // verb, light, vnoun, event
		if tr.verb && d.cxRelative(st, i, j, tr) {
			return
		}
		if tr.gather {
			d.cxGather(st, i, j, tr)
			return
		}
		d.cxPredicate(st, i, j, tr)
	}
}

// pronounObject returns whom the object pronoun ending a trigger at
// [i, j) refers to: for ها (she: a country, a movement) the nearest actor
// before that agrees and is no subject ("تفاوضنا معها": Iran); for ه the
// last person named who is no subject ("قدم له").
func (d *docState) pronounObject(st *sentState, i, j int, subj []string) string {
	if g := pronounGender(st.toks[j-1]); g == feminine {
		for n := len(st.ments) - 1; n >= 0; n-- {
			m := st.ments[n]
			if m.e > i {
				continue
			}
			if a := d.actor(st, m); a != "" && !contains(subj, a) && d.mentionGender(st, m) != masculine {
				return a
			}
		}
		return ""
	}
	return d.previousPerson(st, i, subj)
}

// countBefore reports whether a number stands in tokens [j, k).
func (d *docState) countBefore(st *sentState, j, k int) bool {
	for q := j; q < k && q < len(st.toks); q++ {
		if st.syn.Class[q] == syntax.Number {
			return true
		}
	}
	return false
}

// cxGather reads a verb that brings its objects together: "لقاء جمع
// بوتين وأردوغان", "اجتماع جمعه مع لافروف" — the objects, and the one its
// object pronoun refers to, relate pairwise.
func (d *docState) cxGather(st *sentState, i, j int, tr *trigger) {
	d.how = how{subj: "gathered", subjAt: -1, objAt: -1}
	parties, _ := d.objects(st, j, st.clause[i], tr, nil, 1)
	if writtenPossessive(st.toks[i]) {
		if r := d.nearestActor(st, i); r != "" && !contains(parties, r) {
			parties = append([]string{r}, parties...)
		} else if len(d.lastSubj) == 1 && !contains(parties, d.lastSubj[0]) {
			parties = append([]string{d.lastSubj[0]}, parties...)
		}
	}
	if len(parties) < 2 || len(parties) > 4 {
		return
	}
	date := d.factDate(st, i, tr.pred)
	for a := 0; a < len(parties); a++ {
		for b := a + 1; b < len(parties); b++ {
			d.record(st, tr, i, j, parties[a], parties[b], date)
		}
	}
	d.notePair(parties)
}

// cxPassive reads a passive participle: "المعارضة السورية المدعومة من
// الغرب" — the actor named before the participle is the object, the one
// after it (من) the subject.
func (d *docState) cxPassive(st *sentState, i, j int, tr *trigger) {
	obj, at := "", -1
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if m := st.mentionAt(k); m != nil {
			obj, at = d.slotKey(st, m, tr.objType), m.s
			break
		}
	}
	if obj == "" {
		return
	}
	subj, _ := d.objectsAfter(st, j, st.clause[i], "actor", nil)
	d.how = how{subj: "after-min", subjAt: -1, objAt: at}
	for _, s := range subj {
		d.record(st, tr, i, j, s, obj, d.factDate(st, i, tr.pred))
	}
}

// cxAgent reads a noun whose genitive is its agent: "تهديدات أوباما
// لإيران", "استدعاء X سفيره".
func (d *docState) cxAgent(st *sentState, i, j int, tr *trigger) {
	m := st.mentionAt(j)
	if m == nil || m.s != j || d.actor(st, m) == "" {
		return
	}
	s, e := d.group(st, m, "actor")
	obj, _ := d.objects(st, e, st.clause[i], tr, s, 2)
	d.how = how{subj: "gen", subjAt: m.s}
	for _, a := range s {
		for _, o := range obj {
			d.record(st, tr, i, j, a, o, d.factDate(st, i, tr.pred))
		}
	}
}

// cxJudge reads the speaker's judgement: "قالت تركيا إن تصريحات إيران غير
// مقبولة" (threat: the speaker acts on the clause subject) or "تقول
// واشنطن إنه يتعين رحيل الأسد" (speaker: on the actor after the phrase).
func (d *docState) cxJudge(st *sentState, i, j int, tr *trigger) {
	c := st.clause[i]
	sp := d.reportedSpeaker(st, i)
	if len(sp) == 0 {
		return
	}
	var obj []string
	if tr.threat {
		// the subject of the judged clause; a quotation after a
		// complement judges the complement's subject ("اعتبر أن تصريحات
		// خامنئي هذه "مقلقة للغاية"")
		for q := c; len(obj) == 0 && q >= 0; q = st.syn.Clauses[q].Parent {
			obj = d.svoSubject(st, i, q)
			if st.syn.Clauses[q].Kind != syntax.Quote {
				break
			}
		}
	} else {
		obj, _ = d.objects(st, j, c, tr, sp, 1)
	}
	d.how = how{subj: "speaker", subjAt: -1}
	if tr.threat {
		obj = d.notSpeakerSide(sp, obj) // "قال الوزير إن قواتنا…": no self-accusation
	}
	for _, s := range sp {
		for _, o := range obj {
			d.record(st, tr, i, j, s, o, d.factDate(st, i, tr.pred))
		}
	}
}

// cxMutual reads "التهديدات المتبادلة بين إيران وأمريكا", "اشتباكات بين
// القوات العراقية والحشد من جهة وداعش من جهة أخرى": the parties after
// بين (within five tokens, no verb between) act on each other — two sides
// each on the other, or every coordinated party (two to four) on every
// other.
func (d *docState) cxMutual(st *sentState, i, j int, tr *trigger) {
	c := st.clause[i]
	k := j
	for ; k < len(st.toks) && k <= j+5 && st.clause[k] == c; k++ {
		if st.toks[k].Norm == "بين" || st.syn.Class[k] == syntax.Verb {
			break
		}
	}
	if k >= len(st.toks) || st.toks[k].Norm != "بين" {
		d.mutualSubjects(st, i, j, tr) // stance.go: "تبادلت إثيوبيا وإريتريا الاتهامات"
		return
	}
	if tr.pred == extract.Attacked && d.clashHeads(st, i, j, k, tr) {
		return // conflict4.go: "بين قوات الجيش X ومسلحي Y"
	}
	m := st.mentionAt(k + 1)
	if m == nil || m.s != k+1 || d.actor(st, m) == "" {
		return
	}
	side, e := d.group(st, m, "actor")
	other := d.otherSide(st, e)
	date := d.factDate(st, i, tr.pred)
	d.how = how{subj: "between", subjAt: m.s, objAt: -1}
	switch {
	case len(other) > 0:
		for _, a := range side {
			for _, b := range other {
				d.record(st, tr, i, j, a, b, date)
				d.record(st, tr, i, j, b, a, date)
			}
		}
	case len(side) >= 2 && len(side) <= 4:
		for _, a := range side {
			for _, b := range side {
				if a != b {
					d.record(st, tr, i, j, a, b, date)
				}
			}
		}
	}
}

// otherSide reads "من جهة وX من جهة أخرى" after the first side of بين,
// which ends at token e: the second side's actors, or nil.
func (d *docState) otherSide(st *sentState, e int) []string {
	k := e
	for ; k+1 < len(st.toks) && k < e+4; k++ {
		if st.toks[k].Norm == "من" && (st.toks[k+1].Norm == "جهه" || st.toks[k+1].Norm == "ناحيه") {
			break
		}
		if st.mentionAt(k) != nil || !st.toks[k].IsWord() {
			return nil
		}
	}
	if k+1 >= len(st.toks) || st.toks[k].Norm != "من" {
		return nil
	}
	k += 2
	for k < len(st.toks) && (st.toks[k].Norm == "اولي" || st.toks[k].Norm == "،" || st.toks[k].Norm == "و") {
		k++
	}
	m := st.mentionAt(k)
	if m == nil || m.s != k || d.actor(st, m) == "" {
		return nil
	}
	keys, _ := d.group(st, m, "actor")
	return keys
}

// cxRelative reads a relative clause whose verb carries a resumptive
// object pronoun ("قطاع غزة الذي تديره حماس", "المدينة التي يسيطر عليها
// داعش", "الكتائب التي تمولها باريس"): the actor named after the verb is
// the subject and the antecedent the object. It reports whether it
// applied; a relative-only form outside such a clause gives nothing.
func (d *docState) cxRelative(st *sentState, i, j int, tr *trigger) bool {
	if !tr.verb || tr.inv || tr.passive || tr.objType == "event" || j <= i ||
		(tr.wildcard && j-i != len(tr.toks)-1) { // a gap must be empty
		return tr.objRel
	}
	k := d.relativeBefore(st, i)
	if k < 0 {
		return tr.objRel
	}
	last, lastWord := st.toks[j-1], tr.toks[len(tr.toks)-1]
	resumptive := tr.objRel || d.in("pronoun-object", lastWord) ||
		(last.Norm != lastWord && last.Bare != lastWord && writtenPossessive(last))
	s := j
	if !resumptive && s < len(st.toks) && d.in("pronoun-object", st.toks[s].Norm) {
		resumptive, s = true, s+1
	}
	if !resumptive || s >= len(st.toks) {
		return tr.objRel
	}
	m := st.mentionAt(s)
	if m == nil || m.s != s || m.adj || d.actor(st, m) == "" {
		return tr.objRel
	}
	typ := tr.objType
	if typ == "" {
		typ = "actor"
	}
	obj := d.groupEndingAt(st, k, typ)
	if len(obj) == 0 && tr.pred == extract.Attacked {
		obj = d.groupEndingAt(st, k, "place") // conflict.go: "المدينة التي قصفتها الطائرات"
	}
	if len(obj) == 0 {
		return tr.objRel
	}
	subj, _ := d.group(st, m, "actor")
	d.how = how{subj: "rel-agent", subjAt: m.s, objAt: k - 1}
	d.recordPairs(st, tr, i, j, subj, obj)
	return true
}

// cxMeans reads "بدعم من X", "بمساعدة X", "بدعم روسي": X does it for the
// clause's subject. After a verb or participle that it completes ("تعهدت
// فرنسا بدعم المعارضة", "متهمة بدعم") the noun is that verb's act: the
// clause subject supports X (a verbal noun).
func (d *docState) cxMeans(st *sentState, i, j int, tr *trigger) {
	if g, ok := d.decisionAgent(st, i); ok && !tr.verb && !d.meansAfter(st, j) {
		d.decisionSupport(st, i, j, tr, g) // stance.go: "قرار واشنطن بدعم الجيش"
		return
	}
	if !tr.verb && !d.meansAfter(st, j) && d.completesVerb(st, i) {
		d.cxPredicate(st, i, j, &trigger{pred: tr.pred, rule: tr.rule, cx: cxVNoun, phrase: tr.phrase,
			toks: tr.toks, objType: tr.objType, preps: tr.preps})
		return
	}
	c := st.clause[i]
	benef, _ := d.subject(st, i, j, tr)
	if len(benef) == 0 && tr.pred == extract.Attacked {
		benef = d.sufferedPlace(st, i, j) // conflict.go: "تعرضت مدينة حلب لقصف"
	}
	if len(benef) == 0 && tr.pred == extract.Attacked {
		benef = d.targetOwner(st, i+1, tailStart(tr, j), nil) // conflict5.go: "تتعرض مواقع المعارضة لقصف"
	}
	if len(benef) == 0 {
		return
	}
	agents, _ := d.objects(st, j, c, tr, nil, 2)
	if len(agents) == 0 && tr.pred == extract.Attacked {
		agents = d.adjectiveAgent(st, j) // conflict5.go: "لغارات روسية"
	}
	d.how.subj, d.how.obj = "means", d.how.subj
	for _, a := range agents {
		for _, b := range benef {
			d.record(st, tr, i, j, a, b, d.factDate(st, i, tr.pred))
		}
	}
}

// completesVerb reports whether a noun at token i completes the verb
// or participle before it (right before it, or past the verb's subject):
// "تعهدت السعودية بدعم الحكومة"، "متهمة بدعم".
func (d *docState) completesVerb(st *sentState, i int) bool {
	v := i - 1
	if m := st.mentionAt(v); m != nil && !m.adj {
		v = m.s - 1
	}
	return v >= 0 && st.syn.Class[v] == syntax.Verb
}

// meansAfter reports whether the noun at [.., j) is followed by من or a
// nationality adjective (بدعم من X، بدعم روسي): the means reading.
func (d *docState) meansAfter(st *sentState, j int) bool {
	if j >= len(st.toks) {
		return false
	}
	if st.toks[j].Norm == "من" {
		return true
	}
	m := st.mentionAt(j)
	return m != nil && m.adj
}

// cxDescribed reads a noun of relation or an active participle right
// after the actor it describes, in apposition or as predicate: "سوريا
// حليفة روسيا", "خالد مشعل عضو حركة حماس", "القوات الموالية للأسد". The
// object must follow at once (after a preposition of the row). It
// reports whether it applied.
func (d *docState) cxDescribed(st *sentState, i, j int, tr *trigger) bool {
	if tr.possessive {
		return false
	}
	m := st.mentionAt(i - 1)
	if a := st.syn.InApposition(i); a >= 0 && (m == nil || m.e != i) {
		m = st.mentionAt(a) // "X، العدو القديم لحركة طالبان،"
	}
	if m == nil || (m.e != i && st.syn.InApposition(i) != m.s) {
		return false
	}
	if tr.pred == extract.MemberOf && (m.adj || m.typ != extract.Person) {
		return false
	}
	if d.actor(st, m) == "" {
		return false
	}
	subj := d.groupEndingAt(st, m.e, "actor") // "بوتين وخامنئي، الحليفان الرئيسيان للنظام"
	if len(subj) == 0 {
		subj = []string{d.actor(st, m)}
	}
	k := j
	for n := 0; n < 2 && k < len(st.toks) && st.mentionAt(k) == nil && (st.syn.Class[k] == syntax.Adjective || d.in("former", st.toks[k].Norm)); n++ {
		if d.in("former", st.toks[k].Norm) {
			return true // "العضو السابق في": no longer
		}
		k++ // "شريك قوي لكينيا"، "العدو القديم لحركة طالبان"
	}
	if k < len(st.toks) && tr.preps[st.toks[k].Norm] {
		k++ // "عضو في"، "الموالية لـ" written apart
	}
	o := st.mentionAt(k)
	if o == nil || o.s != k || o.adj {
		// "عضو اللجنة التنظيمية لدول المجلس" is a member of the committee
		return tr.pred == extract.MemberOf
	}
	if gov, _ := d.governor(st, o); gov != "" && !tr.preps[gov] {
		return tr.pred == extract.MemberOf
	}
	objs, _ := d.group(st, o, tr.objType)
	d.how = how{subj: "described", subjAt: m.s, objAt: o.s}
	date := ""
	if tr.pred != extract.AllyOf {
		date = d.factDate(st, i, tr.pred)
	}
	for _, s := range subj {
		for _, ob := range objs {
			d.record(st, tr, i, j, s, ob, date)
		}
	}
	return len(objs) > 0
}

// describedNext reports whether a possessive noun of relation is followed
// at once by the one it names ("شريكه الحوثي"، "حليفته إيران"): a
// description.
func (d *docState) describedNext(st *sentState, i, j int, tr *trigger) bool {
	if !tr.possessive {
		return false
	}
	m := st.mentionAt(j)
	return m != nil && m.s == j && m.prefix == ""
}

// nounAct is the last verbal noun given a subject, for a verb that goes
// on describing its act (subjects.go nounChain).
type nounAct struct {
	sent *sentState
	at   int
	pred string
	subj []string
}

// cxPredicate reads the families whose subject is the clause's (verb,
// light verb, verbal noun, event noun, and the noun of relation used as
// a predicate): it finds the subject, then the objects, and records the
// facts; coordinated subjects of a pair predicate with no object relate
// to each other.
func (d *docState) cxPredicate(st *sentState, i, j int, tr *trigger) {
	c := st.clause[i]
	subj, after := d.subject(st, i, j, tr)
	if tr.pred == extract.Met && tr.verb {
		if len(subj) == 0 {
			if s := d.visitSubject(st, i+1); len(s) > 0 {
				subj = s // meet.go: "زيارة … يبحث خلالها مع X"
				d.how.subj, d.how.implicit = "visit", true
			}
		}
		after = d.duringIt(st, after) // "اجتمع خلالها لمدة ساعتين مع X"
	}
	if len(subj) == 0 && tr.rule == relativeLightRule {
		if s, e := d.vsoSubject(st, i, j, true); len(s) > 0 {
			subj, after = s, e // meet.go: "مباحثات أجراها X في القدس مع Y"
			d.how.subj = "vso"
		}
	}
	if tr.adjSubj {
		d.supplyNoun(st, i, j, tr, subj)
		return
	}
	var obj []string
	pairObj := false
	switch {
	case tr.objPron:
		if p := d.pronounObject(st, i, j, subj); p != "" {
			obj = []string{p}
			d.how.obj = "pronoun"
		}
	case d.verbObjectSuffix(st, i, tr):
		if p := d.suffixObject(st, i, subj); p != "" {
			obj = []string{p} // args.go: "واستقبله X"
			d.how.obj = "pronoun"
		}
	case tr.objType == "event":
		d.eventObjects(st, i, j, after, tr, subj)
		return
	case d.how.subj == "control" && tr.possessive && !d.objectWithL(st, j) && !d.headWithL(st, j) && !d.attackOnObject(st, j, tr):
		// "متعهدا بدعمها": the pronoun is whom the verb's subject supports
		if r := d.nearestActor(st, i); r != "" && !contains(subj, r) {
			obj = []string{r}
			d.how.obj = "pronoun"
		}
	default:
		maxContent := 2
		switch {
		case tr.cx == cxRelNoun || tr.cx == cxActive:
			maxContent = 1 // "X حليف مهم لـY": the object follows the noun
		case tr.cx == cxVNoun && tr.objType == "place":
			maxContent = 0 // "زيارته إلى القاهرة"
		case tr.cx == cxVNoun:
			maxContent = 1
		case tr.verb && (tr.pred == extract.Supports || tr.pred == extract.Opposes || tr.pred == extract.Accuses):
			maxContent = 1 // "تدعم الحل السياسي في اليمن": the object is the solution
		}
		obj, pairObj = d.objects(st, after, c, tr, subj, maxContent)
		if len(obj) == 0 && !pairObj {
			from := after
			if tr.wildcard {
				from = max(after, j) // "وعقد X اجتماعا معه": after the noun
			}
			if p := d.prepPronounObject(st, i, from, tr, subj); p != "" {
				obj = []string{p} // "عقد السيسي اجتماعا معه"
				d.how.obj = "pronoun"
			}
		}
		if len(obj) > 0 && d.accusedAfterCharge(st, tr, after, d.how.objAt) {
			obj = nil // "اتهمت إيران بدعم الحوثيين": a passive
		}
		if len(obj) == 0 && !pairObj && tr.pred == extract.Attacked && len(subj) > 0 {
			obj = d.ownerObject(st, after, c, subj) // conflict5.go: "مواقع للمعارضة"
		}
		if len(obj) == 0 && !pairObj && tr.pred == extract.Attacked && len(subj) > 0 {
			obj = d.attackPlace(st, after, c, subj) // conflict.go: "قصف سفينة قرب بنغازي"
		}
		if !tr.verb && tr.pred == extract.Met && len(obj) > 0 && !tr.preps["-"] && d.how.obj != "pronoun" && !d.withBefore(st, after, obj) {
			obj, pairObj = nil, false // "اجتماع لرابطة…" is a meeting of, not with
		}
		if tr.pred == extract.Met && len(subj) > 0 && !pairObj {
			if h := d.delegationHead(st, after, c); h != "" && !contains(obj, h) && !contains(subj, h) {
				obj = append(obj, h) // meet.go: "استقبل X وفدا … برئاسة Y"
			}
		}
		if len(subj) == 0 && len(obj) > 0 && !pairObj {
			if s := d.previousParties(st, i, tr, obj); len(s) > 0 {
				subj = s // meet.go: "وكان اجتماعا عقد… مع الجبير"
				d.how.subj, d.how.implicit = "prev-sentence", true
			}
		}
	}
	if !tr.verb && len(subj) > 0 {
		d.lastNoun = nounAct{sent: st, at: i, pred: tr.pred, subj: subj}
	}
	if tr.count && !d.countBefore(st, j, d.how.objAt) {
		return // "قُتل جندي": a passive, not a killing by the subject
	}
	date := d.factDate(st, i, tr.pred)
	if len(obj) == 0 && tr.pair && !pairObj {
		if tr.pred == extract.Met && i > 0 && (st.toks[i-1].Norm == "خلال" || st.toks[i].Prefix != "") {
			return // attending a meeting ("اتفقت خلال اجتماع") is not meeting each other
		}
		if len(subj) > 4 {
			return
		}
		d.how.obj = "coordinated"
		for a := 0; a < len(subj); a++ {
			for b := a + 1; b < len(subj); b++ {
				d.record(st, tr, i, j, subj[a], subj[b], date)
			}
		}
		d.notePair(subj)
		return
	}
	if pairObj {
		// "بين الحكومة الشرعية من جهة والحوثيين من جهة أخرى": two sides
		if other := d.otherSide(st, d.objEnd); len(other) > 0 {
			d.how.subj = "between"
			for _, a := range obj {
				for _, b := range other {
					d.record(st, tr, i, j, a, b, date)
				}
			}
			return
		}
	}
	if pairObj && len(obj) >= 2 {
		subj = nil // "نظمت باكستان اللقاء بين X وY": the organiser is no party
	}
	if pairObj && len(subj) == 0 {
		d.how.subj = "between"
		for a := 0; a < len(obj); a++ {
			for b := a + 1; b < len(obj); b++ {
				d.record(st, tr, i, j, obj[a], obj[b], date)
			}
		}
		d.notePair(obj)
		if tr.pred == extract.Met && len(obj) <= 4 && !st.claim[c] && !d.phoneCall(st, i, c) {
			d.meetingPlace(st, i, c, obj, date) // "جرت مباحثات في الدوحة بين X وY"
		}
		return
	}
	for _, s := range subj {
		for _, o := range obj {
			d.record(st, tr, i, j, s, o, date)
		}
	}
	if tr.pred == extract.Attacked && len(obj) > 0 {
		d.ownerPlaces(st, tr, i, j, c, subj, date) // ownerplaces.go: "غارات على مواقع X في تعز ولحج"
	}
	if tr.pred == extract.Controls && len(obj) > 0 {
		more, when := d.repeatedOn(st, j, d.objEnd, tr.objType, subj, obj) // repeatedon.go: "على X منذ…، وعلى Y"
		for _, o := range more {
			for _, s := range subj {
				d.record(st, tr, i, j, s, o, when)
			}
		}
	}
	if len(obj) > 0 {
		d.meetAmong(st, tr, i, j, subj, date) // meet.go: a three-way meeting
	}
	if tr.pair && len(subj) == 1 && len(obj) == 1 {
		d.notePair([]string{subj[0], obj[0]})
	}
	if tr.pred == extract.Met && len(obj) > 0 && !st.claim[c] && !d.phoneCall(st, i, c) {
		parties := append(append([]string{}, subj...), obj...)
		d.meetingPlace(st, i, c, parties, date)
		d.wherePlace(st, i, parties, date)
	}
}

// eventObjects records the subject's part in the events after the
// trigger (took part in, claimed): the first event or agreement in object
// position, and those coordinated with it. Actors named after "إلى جانب"
// share the subject's part.
func (d *docState) eventObjects(st *sentState, i, j, after int, tr *trigger, subj []string) {
	c := st.clause[i]
	if len(subj) > 0 {
		subj = append(subj, d.alongside(st, c, subj)...)
	}
	evs := d.eventsAfter(st, after, c, tr)
	if len(subj) == 0 && tr.verb && len(evs) > 0 {
		subj = d.subjectAfterEvent(st, j, evs[0]) // events2.go: "وشارك في القمة الملك سلمان"
	}
	for _, m := range evs {
		if tr.attackOnly && !d.attackEvent(m) {
			continue
		}
		date := d.dateNear(st, m)
		if date == "" {
			date = d.factDate(st, i, tr.pred)
		}
		d.how.objAt = m.s
		for _, s := range subj {
			d.record(st, tr, i, j, s, m.key, date)
		}
	}
	if !d.how.implicit && len(subj) > 0 {
		d.setLast(st, subj)
	}
}

// supplierRecipient reads "تسليم X ITEM لـY" after a supply noun ending
// at token j: X the actor right after the noun, Y an actor governed by ل
// within six tokens after the item.
func (d *docState) supplierRecipient(st *sentState, j, c int) (string, string) {
	m := st.mentionAt(j)
	if m == nil || m.s != j || m.adj || m.prefix != "" {
		return "", ""
	}
	s := d.actor(st, m)
	if s == "" {
		return "", ""
	}
	for k := m.e; k < len(st.toks) && k < m.e+6 && st.clause[k] == c; k++ {
		r := st.mentionAt(k)
		if r == nil || r.s != k {
			continue
		}
		if strings.HasPrefix(strings.TrimPrefix(r.prefix, "و"), "ل") {
			return s, d.actor(st, r)
		}
		return "", ""
	}
	return "", ""
}

// attackWords mark the English names of catalogue events that are attacks.
var attackWords = []string{"attack", "bombing", "shooting", "massacre", "flight", "crash", "explosion", "raid", "assault", "downing", "hijacking", "assassination", "killing", "siege"}

// attackEvent reports whether an event mention names an attack: an event
// the text names by an attack noun (events.tsv kinds attacks, crash) or a
// catalogue event whose English name says so.
func (d *docState) attackEvent(m *mention) bool {
	if m.event != "" {
		return m.event == "attacks" || m.event == "crash"
	}
	name := strings.ToLower(d.englishName(m.key))
	for _, w := range attackWords {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// supplyNoun reads "تسليم إيران مضادات روسية": the recipient, then the
// item with the supplier's adjective; or "وافقت X على بيع صواريخ
// للسعودية": the clause's subject sells to the ل-marked recipient. A place
// handed over is no supply ("تسليم الموصل لداعش").
func (d *docState) supplyNoun(st *sentState, i, j int, tr *trigger, clauseSubj []string) {
	c := st.clause[i]
	if s, r := d.supplierRecipient(st, j, c); s != "" && r != "" {
		// "تسليم روسيا طائرات لإيران": the genitive supplies the ل recipient
		d.how = how{subj: "gen", subjAt: -1, objAt: -1}
		d.record(st, tr, i, j, s, r, d.factDate(st, i, tr.pred))
		return
	}
	var subj []string
	seenObj, recipient := false, ""
	for k := j; k < len(st.toks) && k < j+8 && st.clause[k] == c; k++ {
		m := st.mentionAt(k)
		if m == nil || m.s != k {
			continue
		}
		if !seenObj && !m.adj {
			if m.typ == extract.Place {
				return
			}
			seenObj, recipient = true, d.actor(st, m)
			k = m.e - 1
			continue
		}
		if m.typ == extract.Country && seenObj && m.prefix == "" && st.toks[k].Prefix == "" {
			subj = []string{m.key}
			d.how = how{subj: "adj", subjAt: m.s}
			break
		}
	}
	date := d.factDate(st, i, tr.pred)
	if len(subj) > 0 && recipient != "" {
		d.record(st, tr, i, j, subj[0], recipient, date)
		return
	}
	if len(clauseSubj) == 0 || d.how.implicit {
		return
	}
	for k := j; k < len(st.toks) && k < j+8 && st.clause[k] == c; k++ {
		m := st.mentionAt(k)
		if m == nil || m.s != k || !strings.HasPrefix(strings.TrimPrefix(m.prefix, "و"), "ل") {
			continue
		}
		if r := d.actor(st, m); r != "" {
			d.how.objAt = m.s
			for _, s := range clauseSubj {
				d.record(st, tr, i, j, s, r, date)
			}
		}
		return
	}
}
