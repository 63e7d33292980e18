package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
)

// Attacks as everyday war news tell them, where the earlier conflict
// files found no argument (issue 11, round 7; own sentences in
// conflict5_test.go):
//
//	target owner   the thing struck, named by a target noun with its owner
//	               after it (a genitive, لـ, or تابع لـ): "قصفت طائرة
//	               أمريكية مستشفى لمنظمة أطباء بلا حدود"، "تتعرض مواقع
//	               المعارضة لقصف روسي" → the owner was attacked
//	adjective      an attack noun whose agent is a definite adjective of a
//	               group ("الهجوم الحوثي على مدينة مأرب"), a nationality
//	               adjective before a place with لـ ("القصف الروسي لمدينة
//	               حلب"), or after the noun of "تعرض لـ" ("تعرضت مدينة حلب
//	               لغارات روسية")
//	deed           launching or claiming as the deed verb of a projectile or
//	               blast noun (rows attack-deed-launch, attack-deed-claim of
//	               conflict.tsv, read by cxDeed): "قذائف أطلقها الحوثيون على
//	               نجران"، "هجوم انتحاري تبناه تنظيم الدولة في القامشلي"
//	victims        an actor counted or named among the dead ("مقتل 20 من
//	               عناصر طالبان في غارة"، "مقتل زعيم طالبان في غارة") is
//	               no attacker

// conflict5Words holds the word lists of data/conflict5_words.tsv.
var conflict5Words map[string]map[string]bool

func init() {
	var err error
	if conflict5Words, err = wordLists("conflict5_words.tsv", "deednoun", "blastword", "targethead", "targetkind", "ownerlink", "victimhead", "killword"); err != nil {
		panic(err) // embedded data: a broken file fails every test
	}
}

// inConflict5 reports whether a token (by its Norm or Bare form) is in the
// list of conflict5_words.tsv.
func inConflict5(list string, t text.Token) bool {
	return inEither(conflict5Words[list], t)
}

// targetOwner returns the owner of the thing an attack struck, named from
// token j on: a target noun (list targethead), up to two adjectives, an
// optional link word (تابعا، الموالية) and the owner — a genitive or an
// actor after لـ, no place and no subject ("مواقع الحوثيين"، "مستشفى
// لمنظمة أطباء بلا حدود"، "زورقا تابعا لتنظيم ولاية سيناء"). It returns
// nil when token j starts no such phrase or the phrase runs past end.
func (d *docState) targetOwner(st *sentState, j, end int, subj []string) []string {
	k := j
	if k >= len(st.toks) || st.mentionAt(k) != nil || !inConflict5("targethead", st.toks[k]) {
		return nil
	}
	k++
	if k < len(st.toks) && st.mentionAt(k) == nil && st.toks[k].Prefix == "" && inConflict5("targetkind", st.toks[k]) {
		k++ // "مخازن أسلحة للحوثيين"، "مقر قيادة التنظيم"
	}
	for n := 0; n < 2 && k < len(st.toks) && st.mentionAt(k) == nil && st.syn.Class[k] == syntax.Adjective && !inConflict5("ownerlink", st.toks[k]); n++ {
		k++ // "مواقع عسكرية"، "قاعدة جوية"
	}
	link := k < len(st.toks) && st.mentionAt(k) == nil && inConflict5("ownerlink", st.toks[k])
	if link {
		k++
	}
	people := false
	if t := st.toks[min(k, len(st.toks)-1)]; k < len(st.toks) && st.mentionAt(k) == nil && !link &&
		strings.HasSuffix(t.Prefix, "ل") && (inConflict5("victimhead", t) || actorNouns[t.Bare]) {
		people = true // "مركزا لمراقبي الأمم المتحدة"
		k++
	}
	m := st.mentionAt(k)
	if m == nil || m.s != k || m.adj || m.typ == extract.Place || m.e > end {
		return nil
	}
	if m.prefix != "ل" && (m.prefix != "" || link) || people && m.prefix != "" {
		return nil
	}
	if d.actor(st, m) == "" {
		return nil
	}
	keys, _ := d.group(st, m, "actor")
	var out []string
	for _, key := range keys {
		if !contains(subj, key) {
			out = append(out, key)
		}
	}
	if len(out) > 0 {
		d.how.obj, d.how.objAt = "owner", m.s
	}
	return out
}

// ownerObject is targetOwner for the object of an attack verb or noun:
// the phrase starts at token j, within the clause c.
func (d *docState) ownerObject(st *sentState, j, c int, subj []string) []string {
	end := j
	for end < len(st.toks) && end < j+8 && st.within(end, c) {
		end++
	}
	return d.targetOwner(st, j, end, subj)
}

// definiteAgent reports whether the mention m right after a definite
// attack noun at token n is its adjective, not its genitive: a one-word
// definite name with no clitic ("الهجوم الحوثي"): a noun with the article
// takes no genitive.
func (d *docState) definiteAgent(st *sentState, n int, m *mention) bool {
	return m.s == n+1 && m.e == m.s+1 && m.prefix == "" &&
		text.HasArticle(st.toks[n].Norm) && text.HasArticle(st.toks[m.s].Norm) &&
		(m.typ == extract.Group || m.typ == extract.Organization || m.typ == extract.Country)
}

// armedGenitive reports whether the mention m right after the attack noun
// at token n is its agent because it names an armed body by its armed
// noun ("قصف الطيران الإسرائيلي"، "غارات القوات الروسية"): a catalogue body
// whose first word is such a noun.
func (d *docState) armedGenitive(st *sentState, n int, m *mention) bool {
	if m == nil || m.s != n+1 || m.prefix != "" || m.adj || (m.typ != extract.Organization && m.typ != extract.Group) {
		return false
	}
	t := st.toks[m.s]
	return actorNouns[t.Bare] || actorNouns[t.Norm] || inConflict("agreehead", t) || inConflict("gunmen", t)
}

// targetPlace returns the place a target noun at token e stood in, named
// right after it (past an adjective) with بـ or في: "مبنى بحي الزيتون"،
// "منزلا في خان يونس".
func (d *docState) targetPlace(st *sentState, e int, agents []string) []string {
	if e >= len(st.toks) || st.mentionAt(e) != nil || !inConflict5("targethead", st.toks[e]) {
		return nil
	}
	k := e + 1
	if k < len(st.toks) && st.mentionAt(k) == nil && st.syn.Class[k] == syntax.Adjective {
		k++
	}
	if k < len(st.toks) && st.mentionAt(k) == nil && st.toks[k].Norm == "في" {
		k++
	}
	m := st.mentionAt(k)
	if m == nil || m.s != k || m.adj || (m.typ != extract.Place && m.typ != extract.Facility) {
		return nil
	}
	if m.prefix != "ب" && st.toks[k-1].Norm != "في" {
		return nil
	}
	return d.struckPlace(st, m, agents)
}

// lamPlace returns the place an attack noun with an adjective agent struck,
// named with لـ at token e ("القصف الروسي لمدينة حلب").
func (d *docState) lamPlace(st *sentState, e int, agents []string) []string {
	m := st.mentionAt(e)
	if m == nil || m.s != e || m.adj || m.prefix != "ل" {
		return nil
	}
	if m.typ != extract.Place && m.typ != extract.Country && m.typ != extract.Facility {
		return nil
	}
	return d.struckPlace(st, m, agents)
}

// adjectiveAgent returns the country a nationality adjective names right
// after the attack noun of "تعرض لـ" ending at token j, past one other
// adjective ("لغارات روسية مكثفة"، "لقصف روسي متواصل"); the adjective may
// lie inside an event name ("الغارات الروسية").
func (d *docState) adjectiveAgent(st *sentState, j int) []string {
	for k := j; k < len(st.toks) && k < j+2; k++ {
		if c := d.adjective(st, k); c != "" {
			return []string{c}
		}
		if st.syn.Class[k] != syntax.Adjective {
			return nil
		}
	}
	return nil
}

// victimAt reports whether the actor s, named nearest the trigger at
// tokens [i, j), is counted or named among the dead (victimMention). A
// verb of killing right before the name, with nothing counted between,
// is the trigger itself (the killer's verb), or else a passive unless a
// count follows the name ("قتل الملا منصور في غارة" against "قتل الجيش
// التركي 30 من مسلحي الحزب في غارات").
func (d *docState) victimAt(st *sentState, i, j int, s string) bool {
	p := st.posOf(s, i)
	k, counted := d.victimMention(st, p)
	switch {
	case k < 0:
		return false
	case counted || st.syn.Class[k] != syntax.Verb:
		return true
	case k >= i && k < j:
		return false
	}
	m := st.mentionAt(p)
	return m == nil || !d.countBefore(st, m.e, min(m.e+4, len(st.toks)))
}

// victimMention returns the word of killing that the mention at token p
// follows, past a count, a victim noun and من ("مقتل 20 من عناصر طالبان"،
// "قتل 17 جنديا من قوات الاتحاد الأفريقي"، "مقتل زعيم طالبان"), or -1, and
// whether a count or من stood between.
func (d *docState) victimMention(st *sentState, p int) (int, bool) {
	if p <= 0 {
		return -1, false
	}
	counted := false
	for k := p - 1; k >= 0 && k >= p-6; k-- {
		t := st.toks[k]
		if inConflict5("killword", t) {
			return k, counted
		}
		if st.mentionAt(k) != nil || !t.IsWord() && !t.IsNumber() {
			return -1, false
		}
		if t.IsNumber() || t.Norm == "من" || st.syn.Class[k] == syntax.Number {
			counted = true
			continue
		}
		if inConflict5("victimhead", t) || st.syn.Class[k] == syntax.Adjective || d.in("rolenoun", t.Norm) || d.in("rolenoun", t.Bare) {
			continue
		}
		if _, _, te := d.matchTitle(st, k); te > k {
			continue // "مقتل زعيم طالبان"
		}
		return -1, false
	}
	return -1, false
}

// victimSide reports whether the mention at token p names dead counted
// or named after a noun of killing, or counted after a verb of killing.
func (d *docState) victimSide(st *sentState, p int) bool {
	k, counted := d.victimMention(st, p)
	return k >= 0 && (counted || st.syn.Class[k] != syntax.Verb)
}

// victimsBefore returns the side whose dead are counted before the attack
// noun at token n that killed them ("قتل 20 جنديا من قوات الاتحاد الأفريقي
// في هجوم لحركة الشباب"): the side was attacked. The noun must follow في،
// خلال، جراء or إثر, or carry ب، and the count stand in its clause.
func (d *docState) victimsBefore(st *sentState, n int, agents []string) []string {
	if n < 1 {
		return nil
	}
	t := st.toks[n]
	if pre := st.toks[n-1].Norm; pre != "في" && pre != "خلال" && pre != "جراء" && pre != "اثر" && !strings.HasSuffix(t.Prefix, "ب") {
		return nil
	}
	c := st.clause[n]
	for k := n - 2; k >= 0 && k >= n-10 && st.clause[k] == c; k-- {
		m := st.mentionAt(k)
		if m == nil || m.s != k || !d.victimSide(st, m.s) {
			continue
		}
		key := d.actor(st, m)
		if key == "" || contains(agents, key) {
			return nil
		}
		d.how.obj, d.how.objAt = "victims", m.s
		return []string{key}
	}
	return nil
}

// armedDirect reads an attack noun whose genitive is an armed noun and its
// actor, with the thing struck right after as its object: "قصف الطيران
// الإسرائيلي مبنى بحي الزيتون"، "قصف القوات الإسرائيلية مركزا لمراقبي
// الأمم المتحدة" — the owner of the thing, or the place it stood in. It
// reports whether it recorded a fact.
func (d *docState) armedDirect(st *sentState, i, j, e int, tr *trigger, agents []string) bool {
	c := st.clause[i]
	d.how = how{subj: "noun-agent", subjAt: st.posOf(agents[0], i), objAt: -1}
	obj := d.ownerObject(st, e, c, agents)
	if len(obj) == 0 {
		obj = d.targetPlace(st, e, agents)
	}
	if len(obj) == 0 {
		obj = d.attackPlace(st, e, c, agents)
	}
	if len(obj) == 0 {
		return false
	}
	d.recordPairs(st, tr, i, j, agents, obj)
	return true
}

// claimObject returns what a claimed attack struck when the claim's own
// clause names nothing after the attack noun at token n (its adjectives
// end at e): the object or place of the attack verb of a relative clause
// on the noun ("تبنى التنظيم الهجوم الذي استهدف مسجدا في الكويت"), or, for
// a definite noun ending the clause ("…، وتبنى التنظيم الهجوم"), the place
// where the attack told before the claim at token i struck ("فجر انتحاري
// نفسه في مسجد بمدينة القطيف").
func (d *docState) claimObject(st *sentState, i, n, e int, subj []string) []string {
	if e < len(st.toks) && d.in("relative", st.toks[e].Norm) && e+1 < len(st.toks) {
		tr, j, _ := d.matchTrigger(st, e+1)
		if tr == nil || tr.pred != extract.Attacked || !tr.verb || d.blocked(st, e+1, tr, "") {
			return nil
		}
		return d.placeIn(st, j, st.clause[e+1], subj)
	}
	if !text.HasArticle(st.toks[n].Norm) || (e < len(st.toks) && st.toks[e].IsWord()) {
		return nil
	}
	return d.earlierAttackPlace(st, i, subj)
}

// earlierAttackPlace returns the last place named with في or بـ before
// token i after an attack or blast word of the same sentence ("فجر
// انتحاري نفسه في مسجد بمدينة القطيف").
func (d *docState) earlierAttackPlace(st *sentState, i int, subj []string) []string {
	seen := false
	var out []string
	for k := 0; k < i; k++ {
		t := st.toks[k]
		if d.isAttackNoun(st, k) || inConflict5("deednoun", t) || inConflict5("blastword", t) {
			seen = true
		}
		m := st.mentionAt(k)
		if !seen || m == nil || m.s != k || m.adj || m.typ != extract.Place {
			continue
		}
		if !locative(st, m) {
			continue
		}
		if key := d.slotKey(st, m, "place"); key != "" && !contains(subj, key) {
			out = []string{key}
			d.how.obj, d.how.objAt = "place", m.s
		}
		k = m.e - 1
	}
	return out
}

// placeIn returns the first place named with في or بـ from token j on in
// clause c, past other words ("استهدف مسجدا للشيعة في الكويت").
func (d *docState) placeIn(st *sentState, j, c int, subj []string) []string {
	for k := j; k < len(st.toks) && k < j+10 && st.within(k, c); k++ {
		m := st.mentionAt(k)
		if m == nil || m.s != k || m.adj || (m.typ != extract.Place && m.typ != extract.Country) {
			continue
		}
		if !locative(st, m) {
			k = m.e - 1
			continue
		}
		if key := d.slotKey(st, m, "place"); key != "" && !contains(subj, key) {
			d.how.obj, d.how.objAt = "place", m.s
			return []string{key}
		}
		return nil
	}
	return nil
}

// ruleKillCount is the rule of a verb of killing with a count
// (constructions.tsv kill-count), which cxKillVerb also reads.
const ruleKillCount = "ar/kill-count"

// cxKillVerb reads a verb of killing with a named subject and a named
// victim and no count ("قتل مسلحو حركة الشباب النائب عبد الله حسين"،
// "قتلت القوات الأمريكية زعيم تنظيم القاعدة"): the subject attacked the
// victim. The victim must be named right there (a passive "قتل جنديان
// في هجوم على…" names none); it reports whether it applied.
func (d *docState) cxKillVerb(st *sentState, i, j int, tr *trigger) bool {
	if d.countBefore(st, j, min(j+8, len(st.toks))) {
		return false // kill-count: "قتل الجيش 30 من مسلحي الحزب"
	}
	subj, after := d.subject(st, i, j, tr)
	if len(subj) == 0 {
		return true
	}
	kill := &trigger{pred: tr.pred, rule: "ar/kill-verb", cx: tr.cx, phrase: tr.phrase, toks: tr.toks,
		objType: "actor", preps: map[string]bool{"-": true}, verb: tr.verb}
	k := after
	if _, _, te := d.matchTitle(st, k); te > k && st.mentionAt(k) == nil {
		k = te // "زعيم تنظيم القاعدة أسامة بن لادن"
	}
	if m := st.mentionAt(k); k >= len(st.toks) || m == nil || (m.s != k && m.s != after) {
		return true // the victim must follow the subject at once
	}
	obj, _ := d.objects(st, after, st.clause[i], kill, subj, 0)
	if len(obj) == 0 {
		return true
	}
	d.recordPairs(st, kill, i, j, subj, obj)
	return true
}

// locative reports whether a place mention is governed by في or بـ, on
// itself or on a place-head noun before it ("في الكويت"، "بمدينة القطيف"،
// "في مدينة عدن").
func locative(st *sentState, m *mention) bool {
	if m.prefix == "ب" || m.prefix == "في" {
		return true
	}
	k := m.s - 1
	if k >= 0 && st.mentionAt(k) == nil && inConflict("placehead", st.toks[k]) {
		if st.toks[k].Prefix == "ب" {
			return true
		}
		k--
	}
	return k >= 0 && (st.toks[k].Norm == "في" || st.toks[k].Norm == "باتجاه" || st.toks[k].Norm == "نحو")
}

// ruleDeedLaunch is the rule of projectiles launched at a place
// (conflict.tsv attack-deed-launch).
const ruleDeedLaunch = "ar/attack-deed-launch"

// ruleClashWith is the rule of clashing or fighting with a side
// (conflict.tsv clash-with), read by cxClashWith.
const ruleClashWith = "ar/clash-with"

// cxClashWith reads a verb of clashing with its subject and the side after
// مع (past up to three adjectives or adverbs): "اشتبكت قوات الجيش اليمني مع
// مسلحي جماعة الحوثي"، "خاضت القوات معارك عنيفة مع مقاتلي المعارضة" — each
// side attacked the other.
func (d *docState) cxClashWith(st *sentState, i, j int, tr *trigger) {
	subj, after := d.subject(st, i, j, tr)
	if len(subj) == 0 {
		return
	}
	k := max(after, j)
	for n := 0; n < 3 && k < len(st.toks) && st.toks[k].Norm != "مع" && st.mentionAt(k) == nil && st.within(k, st.clause[i]); n++ {
		k++ // "معارك عنيفة"، "أمس"
	}
	if k+1 >= len(st.toks) || st.toks[k].Norm != "مع" {
		return
	}
	other, _, _ := d.armedSide(st, k+1)
	if len(other) == 0 {
		return
	}
	d.how = how{subj: "clash", subjAt: st.posOf(subj[0], i), objAt: k + 1}
	d.recordPairs(st, tr, i, j, subj, other)
	d.recordPairs(st, tr, i, j, other, subj)
}

// struckPlace returns the key of place m as the object of an attack and
// records how it was found, unless m is one of the attack's agents.
func (d *docState) struckPlace(st *sentState, m *mention, agents []string) []string {
	key := d.slotKey(st, m, "place")
	if key == "" || contains(agents, key) {
		return nil
	}
	d.how.obj, d.how.objAt = "place", m.s
	return []string{key}
}
