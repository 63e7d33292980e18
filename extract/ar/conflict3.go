package ar

import (
	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
)

// Attack nouns that name their actor themselves, and claims of an attack
// (issue 11; sentences of the tests in conflict3_test.go):
//
//	noun agent    an attack noun with its actor after it — a nationality
//	              adjective ("غارة أمريكية"), a genitive actor ("غارات
//	              التحالف"), or لـ + actor ("قصف لقوات النظام") — and its
//	              object: "قتل 7 أشخاص في قصف لقوات النظام على دوما"
//	noun subject  such a noun as the subject of an attack verb:
//	              "استهدفت غارة أمريكية قياديا في حركة الشباب"، "تفجير
//	              انتحاري استهدف مسجدا في صنعاء وتبناه تنظيم الدولة"
//	claim         a claim of an attack names its actor: "تبنى الجيش
//	              الإسلامي هجوما على دبابة أميركية"، "أعلنت بوكو حرام
//	              مسؤوليتها عن تفجير سوق في مايدوغوري" → the claimant
//	              attacked the attack's object or place

// isAttackNoun reports whether token k is an attack noun (list attacknoun
// of words.tsv, or a dual of list attackdual).
func (d *docState) isAttackNoun(st *sentState, k int) bool {
	t := st.toks[k]
	return d.in("attacknoun", t.Bare) || d.in("attacknoun", t.Norm) || inConflict("attackdual", t)
}

// nounAgent returns the actor an attack noun at token n names after it
// (past adjectives such as جوية، انتحاري): a nationality adjective, a
// genitive actor, or an actor after لـ, each possibly after an actor noun
// ("لطائرات التحالف"); and the token after it. It returns nil when the
// noun names no actor.
func (d *docState) nounAgent(st *sentState, n int) ([]string, int) {
	k := n + 1
	for k < len(st.toks) && st.mentionAt(k) == nil && st.syn.Class[k] == syntax.Adjective {
		k++
	}
	if k >= len(st.toks) {
		return nil, n
	}
	lam := false
	if m := st.mentionAt(k); m == nil {
		t := st.toks[k]
		if !actorNouns[t.Bare] {
			return nil, n
		}
		lam = t.Prefix == "ل" || t.Prefix == "ول"
		if k++; k >= len(st.toks) {
			return nil, n
		}
		for k < len(st.toks) && st.mentionAt(k) == nil && st.syn.Class[k] == syntax.Adjective {
			k++ // "طائرات حربية إسرائيلية"
		}
	}
	m := st.mentionAt(k)
	if m == nil || m.s != k {
		return nil, n
	}
	switch {
	case m.adj:
		return []string{m.key}, m.e
	case m.prefix == "ل" || (lam && m.prefix == ""):
	case m.prefix == "" && k > n+1 && !actorNouns[st.toks[k-1].Bare]:
		return nil, n // the genitive of an adjective or another noun
	case m.prefix != "":
		return nil, n
	}
	keys, e := d.group(st, m, "actor")
	if len(keys) == 0 {
		return nil, n
	}
	return keys, e
}

// cxNounAgent reads an attack noun with its actor and its object after
// it: "قصف لقوات النظام على دوما"، "غارة للتحالف على مواقع الحوثيين"،
// "غارة روسية على إدلب"، "هجمات مقاتلي الحزب في جنوب شرق تركيا" (the place
// struck); and a noun of holding with its actor as an
// adjective: "الاحتلال الأميركي للعراق" (controls). A genitive right after
// the noun is its object as often as its agent ("قصف حلب"), so only an
// adjective, an actor noun's genitive or a لـ phrase counts here; the
// object follows with على or ضد, or with لـ after an adjective or an actor
// noun, or a place with في after an actor noun.
func (d *docState) cxNounAgent(st *sentState, i, j int, tr *trigger) bool {
	n := j - 1
	if n < i || j >= len(st.toks) {
		return false
	}
	attack := tr.pred == extract.Attacked && d.isAttackNoun(st, n)
	if !attack && !(tr.pred == extract.Controls && inConflict("occupynoun", st.toks[n])) {
		return false
	}
	if m := st.mentionAt(j); m != nil && !m.adj && m.prefix != "ل" && !d.definiteAgent(st, n, m) && !d.armedGenitive(st, n, m) {
		return false
	}
	agents, e := d.nounAgent(st, n)
	if len(agents) == 0 || e >= len(st.toks) {
		return false
	}
	adj := st.mentionAt(e-1) != nil && st.mentionAt(e-1).adj
	viaNoun := st.mentionAt(n+1) == nil && !adj // "هجمات مقاتلي حزب العمال"، "قصف لقوات النظام"
	preps := map[string]bool{"علي": true, "ضد": true}
	p := st.toks[e]
	lam := p.Prefix == "ل" || p.Norm == "ل" || p.Norm == "لـ"
	where := viaNoun && attack && p.Norm == "في" // "هجمات مقاتلي الحزب في جنوب شرق تركيا"
	if !preps[p.Norm] && !((adj || viaNoun) && lam) && !where {
		// conflict5.go: "قصف الطيران الإسرائيلي مبنى بحي الزيتون"
		return attack && (st.mentionAt(n+1) == nil || d.armedGenitive(st, n, st.mentionAt(n+1))) && d.armedDirect(st, i, j, e, tr, agents)
	}
	if adj || viaNoun {
		preps["ل"] = true
	}
	typ := "actor"
	if !attack {
		typ = "place"
	}
	d.how = how{subj: "noun-agent", subjAt: st.posOf(agents[0], i), objAt: -1}
	obj, _ := d.objects(st, e, st.clause[i], &trigger{objType: typ, preps: preps, pred: tr.pred}, agents, 2)
	if len(obj) == 0 && attack {
		obj = d.attackPlace(st, e, st.clause[i], agents)
	}
	if len(obj) == 0 && attack && lam {
		obj = d.lamPlace(st, e, agents) // conflict5.go: "القصف الروسي لمدينة حلب"
	}
	if len(obj) == 0 && attack {
		obj = d.victimsBefore(st, n, agents) // conflict5.go: "مقتل 20 جنديا من X في هجوم لـY"
	}
	if len(obj) == 0 {
		return false
	}
	d.recordPairs(st, tr, i, j, agents, obj)
	return true
}

// nounSubject returns the actor of the attack noun that is the subject of
// an attack verb at token i ("استهدفت غارة أمريكية…"، "غارات التحالف
// دمرت…"، "تفجير انتحاري استهدف… وتبناه X"): the noun stands right before
// the verb (SVO) or right after it (VSO), and names its actor, or a claim
// verb with a pronoun later in the sentence names it.
func (d *docState) nounSubject(st *sentState, i, j int) ([]string, int) {
	if j < len(st.toks) && d.isAttackNoun(st, j) {
		if a, e := d.nounAgent(st, j); len(a) > 0 {
			return a, e // VSO
		}
		e := j + 1
		for e < len(st.toks) && e <= j+2 && d.modifier(st, e) {
			e++
		}
		if a := d.laterClaimant(st, e); len(a) > 0 {
			return a, e
		}
	}
	for n := i - 1; n >= 0 && n >= i-5; n-- {
		if !st.toks[n].IsWord() || st.syn.Class[n] == syntax.Verb {
			return nil, j
		}
		if !d.isAttackNoun(st, n) {
			continue
		}
		if a, e := d.nounAgent(st, n); len(a) > 0 && e == i {
			return a, j
		}
		if i-n <= 3 && d.onlyModifiers(st, n+1, i) {
			if a := d.laterClaimant(st, j); len(a) > 0 {
				return a, j
			}
		}
		return nil, j
	}
	return nil, j
}

// modifier reports whether token k may modify an attack noun before it:
// a word that is no name, verb, preposition or boundary ("انتحاري"،
// "جوية"، "مزدوج").
func (d *docState) modifier(st *sentState, k int) bool {
	t := st.toks[k]
	return t.IsWord() && st.mentionAt(k) == nil && st.syn.Class[k] != syntax.Verb && t.Prefix == "" &&
		!d.in("preposition", t.Norm) && !d.in("boundary", t.Norm) && !inConflict("claimpron", t)
}

// onlyModifiers reports whether tokens [a, b) are all modifiers.
func (d *docState) onlyModifiers(st *sentState, a, b int) bool {
	for k := a; k < b; k++ {
		if !d.modifier(st, k) {
			return false
		}
	}
	return true
}

// laterClaimant returns the actor named right after a claim verb with a
// pronoun (list claimpron: "وتبناه تنظيم الدولة") later in the sentence.
func (d *docState) laterClaimant(st *sentState, j int) []string {
	for k := j; k < len(st.toks) && k < j+14; k++ {
		if !inConflict("claimpron", st.toks[k]) {
			continue
		}
		if m := st.mentionAt(k + 1); m != nil && m.s == k+1 && m.prefix == "" {
			keys, _ := d.group(st, m, "actor")
			return keys
		}
		return nil
	}
	return nil
}

// cxNounSubject records the attack of an attack verb whose subject is an
// attack noun that names its actor (nounSubject).
func (d *docState) cxNounSubject(st *sentState, i, j int, tr *trigger) bool {
	agents, e := d.nounSubject(st, i, j)
	if len(agents) == 0 {
		return false
	}
	d.how = how{subj: "noun-subject", subjAt: st.posOf(agents[0], i), objAt: -1}
	obj, _ := d.objects(st, e, st.clause[i], tr, agents, 2)
	if len(obj) == 0 {
		obj = d.attackPlace(st, e, st.clause[i], agents)
	}
	if len(obj) == 0 {
		return false
	}
	d.recordPairs(st, tr, i, j, agents, obj)
	return true
}

// claimAttack records, for a claim of responsibility at tokens [i, j),
// that the claimant attacked what the claimed attack struck: the attack
// noun within three tokens after the phrase (past عن), its object with
// على/ضد or directly ("تبنى الهجوم على…"، "مسؤوليتها عن تفجير سوق في…"),
// else the place where it struck.
func (d *docState) claimAttack(st *sentState, i, j int, tr *trigger) {
	subj, after := d.subject(st, i, j, tr)
	if len(subj) == 0 {
		return
	}
	n := -1
	for k := after; k < len(st.toks) && k <= after+3; k++ {
		if d.isAttackNoun(st, k) || inConflict("claimnoun", st.toks[k]) {
			n = k
			break
		}
		if st.mentionAt(k) != nil && st.mentionAt(k).typ == extract.Event {
			break // a named attack: the claim's own object
		}
	}
	if n < 0 {
		return
	}
	c := st.clause[i]
	e := n + 1
	for e < len(st.toks) && st.mentionAt(e) == nil && st.syn.Class[e] == syntax.Adjective {
		e++
	}
	at := &trigger{pred: extract.Attacked, rule: "ar/claim-attack", cx: "claim", phrase: tr.phrase, toks: tr.toks,
		objType: "actor", preps: map[string]bool{"علي": true, "ضد": true, "~": true}, verb: tr.verb}
	d.how = how{subj: "claimant", subjAt: st.posOf(subj[0], i), objAt: -1}
	obj, _ := d.objects(st, e, c, at, subj, 2)
	if len(obj) == 0 {
		obj = d.attackPlace(st, e, c, subj)
	}
	if len(obj) == 0 {
		obj = d.claimObject(st, i, n, e, subj) // conflict5.go: "الهجوم الذي استهدف…"، "…، وتبنى X الهجوم"
	}
	date := d.factDate(st, n, extract.Attacked)
	for _, s := range subj {
		for _, o := range obj {
			d.record(st, at, i, j, s, o, date)
		}
	}
}

// generalFoe reports whether the words at token k name a foe in general
// ("ضد الإرهاب"، "على التطرف"; list generalfoe): a war on terror names no
// one attacked.
func (d *docState) generalFoe(st *sentState, k int) bool {
	if k+1 >= len(st.toks) {
		return false
	}
	if p := st.toks[k].Norm; p != "ضد" && p != "علي" {
		return false
	}
	return inConflict("generalfoe", st.toks[k+1])
}
