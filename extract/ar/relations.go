package ar

import (
	"strconv"
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
	"github.com/newskg/kg/extract/timex"
)

// actorNouns are nouns after which a nationality adjective stands for its
// country as an actor ("قوات روسية", "الطائرات التركية", "مسؤولين روس").
var actorNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(text.Normalize("قوات القوات طائرات الطائرات مقاتلات المقاتلات الجيش جيش الحكومه حكومه السلطات سلطات السياسات السياسه سياسه الاداره اداره البحريه الدبلوماسيه مسؤولين مسؤولون المسؤولين المسؤولون مسؤولي مسؤول المسؤول وزاره الوزاره الخارجيه الدفاع القياده قياده الحربيه الجويه المسلحه التحالف الوفد وفد المفاوضين المفاوضون الاستخبارات المخابرات طيران الطيران الرئاسه الامن الشرطه")) {
		actorNouns[w] = true
	}
}

// clauses splits a sentence into clauses at boundary words and after
// speech verbs' complementisers, and records each clause's speaker.
func (d *docState) clauses(st *sentState) {
	st.clause = make([]int, len(st.toks))
	c := 0
	lastSpeech := -10
	claim := false
	var speaker []string
	for i, t := range st.toks {
		switch {
		case d.lex.in("boundary", t.Norm) || (t.Prefix != "" && d.lex.in("boundary", t.Bare)):
			c++
		case d.lex.in("complementizer", t.Norm) && i-lastSpeech <= 8:
			c++
			if len(speaker) > 0 {
				st.speaker[c] = speaker
				st.claim[c] = claim
			}
			lastSpeech = -10
		}
		st.clause[i] = c
		if d.isSpeech(st, i) {
			lastSpeech = i
			claim = false
			for _, f := range st.forms(d, i) {
				claim = claim || d.lex.in("claim", f)
			}
			speaker = nil
			st.clause[i] = c
			if subj, _ := d.vsoSubject(st, i, i+1, true); len(subj) > 0 {
				speaker = subj
			} else if subj := d.svoSubject(st, i, c); len(subj) > 0 {
				speaker = subj
			} else if i <= 2 || d.clauseStartsAt(st, i) {
				speaker = d.lastSubj
			}
			if len(speaker) > 0 {
				d.lastSubj = speaker
			}
		}
	}
}

func (d *docState) isSpeech(st *sentState, i int) bool {
	for _, f := range st.forms(d, i) {
		if d.lex.in("speech", f) {
			return true
		}
	}
	return false
}

// clauseStartsAt reports whether token i is the first word of its clause.
func (d *docState) clauseStartsAt(st *sentState, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if st.clause != nil && k < len(st.clause) && st.clause[k] != st.clause[i] {
			return true
		}
		if n := st.toks[k].Norm; n == "،" || n == "," {
			return true
		}
		if st.toks[k].IsWord() && !d.lex.in("adverb", st.toks[k].Bare) {
			return false
		}
	}
	return true
}

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
	keys := []string{k}
	last := m
	for {
		nx := st.mentionAt(last.e)
		gap := 0
		if nx == nil && last.e < len(st.toks) {
			if n := st.toks[last.e].Norm; n == "،" || n == "," || n == "و" {
				nx = st.mentionAt(last.e + 1)
				gap = 1
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
		if nk == "" || !compatible(m, nx) {
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
	k := j
	for n := 0; n < 2 && k < len(st.toks) && st.mentionAt(k) == nil; n++ {
		t := st.toks[k]
		if !t.IsWord() || !(d.lex.in("adverb", t.Bare) || d.lex.in("adverb", t.Norm)) {
			break
		}
		k++
	}
	m := st.mentionAt(k)
	if m == nil && verb && k < len(st.toks) && actorNouns[st.toks[k].Bare] {
		// "قصفت طائرات حربية تركية": an actor noun, adjectives, a nationality
		for q := k + 1; q < len(st.toks) && q <= k+3; q++ {
			if a := st.mentionAt(q); a != nil {
				if a.adj || (a.prefix == "" && d.actor(st, a) != "") {
					return []string{d.actor(st, a)}, a.e // "طائرات التحالف", "مقاتلات تركية"
				}
				break
			}
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
// it ends).
func (d *docState) svoSubject(st *sentState, i, c int) []string {
	for n := len(st.ments) - 1; n >= 0; n-- {
		m := st.ments[n]
		if m.s >= i {
			continue
		}
		if c >= 0 && st.clause[m.s] != c {
			continue
		}
		if d.governed(st, m) || d.actor(st, m) == "" || st.objects[m.s] {
			continue
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
		if d.lex.in("preposition", f) && !(fi > 0 && f == "عبر") {
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

// matchTrigger finds the longest relation phrase at token i.
func (d *docState) matchTrigger(st *sentState, i int) (*trigger, int, string) {
	t := st.toks[i]
	if !t.IsArabic() {
		return nil, i, ""
	}
	var best *trigger
	bestEnd, bestPrefix := i, ""
	forms := st.forms(d, i)
	for fi, f := range forms {
		for _, tr := range d.lex.triggers[f] {
			if !tr.wildcard && (i+len(tr.toks) <= bestEnd || i+len(tr.toks) > len(st.toks)) {
				continue
			}
			end, ok := d.matchSeq(st, i+1, tr.toks[1:])
			if ok && end > bestEnd {
				best, bestEnd = tr, end
				bestPrefix = ""
				if fi > 0 {
					bestPrefix = strings.TrimSuffix(t.Norm, f)
				}
			}
		}
	}
	if best == nil {
		for _, f := range d.suffixForms(t) {
			for _, tr := range d.lex.triggers[f] {
				if len(tr.toks) == 1 && !tr.verb {
					return tr, i + 1, t.Prefix
				}
			}
		}
	}
	return best, bestEnd, bestPrefix
}

// matchSeq matches phrase words from token k; "*" matches up to 12 tokens
// of the same clause. It returns the token after the match.
func (d *docState) matchSeq(st *sentState, k int, words []string) (int, bool) {
	if len(words) == 0 {
		return k, true
	}
	if words[0] == "*" {
		for n := 0; n <= 12 && k+n <= len(st.toks); n++ {
			if n > 0 && st.clause[k+n-1] != st.clause[k-1] {
				break
			}
			if e, ok := d.matchSeq(st, k+n, words[1:]); ok {
				return e, true
			}
		}
		return k, false
	}
	if k >= len(st.toks) || !d.tokenIs(st.toks[k], words[0]) {
		return k, false
	}
	return d.matchSeq(st, k+1, words[1:])
}

func (d *docState) tokenIs(t text.Token, w string) bool {
	if t.Norm == w || t.Bare == w {
		return true
	}
	for _, f := range d.suffixForms(t) {
		if f == w {
			return true
		}
	}
	return false
}

// blocked reports whether the clause of a trigger is negated, future,
// planned or conditional.
func (d *docState) blocked(st *sentState, i int, tr *trigger, prefix string) bool {
	c := st.clause[i]
	for k := i - 1; k >= 0 && st.clause[k] == c; k-- {
		t := st.toks[k]
		if i-k <= 3 && (d.lex.in("negation", t.Norm) || d.lex.in("negation", t.Bare)) &&
			!(k+1 < len(st.toks) && st.toks[k+1].Norm == "سيما") {
			return true
		}
		if i-k <= 8 && (d.lex.in("future", t.Norm) || d.lex.in("future", t.Bare) || d.lex.in("conditional", t.Bare) || d.lex.in("purpose", t.Norm)) {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-4 && st.clause[k] == c; k-- {
		if d.futureVerb(st, k) {
			return true
		}
		if !tr.verb && (st.toks[k].Norm == "بشان" || st.toks[k].Norm == "حول") {
			return true // a topic of talks, not an act: "بشأن سوريا ومحاربة الجهاديين"
		}
	}
	if !tr.verb && (tr.pred == extract.Met || tr.pred == extract.Visited || tr.pred == extract.ParticipatedIn) {
		for k := i + 1; k < len(st.toks) && k <= i+14 && st.clause[k] == c; k++ {
			if d.futureVerb(st, k) {
				return true // "اجتماع كيري مع لافروف … سيركز على": a planned meeting
			}
		}
	}
	if tr.inv {
		// "اتهمت واشنطن موسكو بدعم…": the alleged support is no fact
		for k := i - 1; k >= 0 && st.clause[k] == c; k-- {
			for _, f := range st.forms(d, k) {
				for _, t2 := range d.lex.triggers[f] {
					if t2.pred == extract.Accuses {
						return true
					}
				}
			}
		}
	}
	if strings.Contains(prefix, "ل") {
		switch tr.pred {
		case extract.Met, extract.Visited, extract.ParticipatedIn, extract.Attacked, extract.Gave, extract.CooperatesWith, extract.EasedRestrictionsOn, extract.Supports:
			return true
		}
	}
	if tr.verb && strings.HasPrefix(st.toks[i].Norm, "س") && !strings.HasPrefix(tr.toks[0], "س") {
		return true
	}
	// subjunctive: "أن يلتقي" (to meet), not a reported meeting
	if tr.verb && i > 0 && (st.toks[i-1].Norm == "ان" || st.toks[i-1].Norm == "لان" || st.toks[i-1].Norm == "بان") {
		if n := st.toks[i].Bare; strings.HasPrefix(n, "ي") || strings.HasPrefix(n, "ت") {
			return true
		}
	}
	return false
}

// relations applies the relation lexicon to one sentence.
func (d *docState) relations(st *sentState) {
	for i := 0; i < len(st.toks); {
		d.narrativeSubject(st, i)
		tr, j, prefix := d.matchTrigger(st, i)
		if tr == nil {
			i++
			continue
		}
		if st.used[i] {
			i++
			continue
		}
		if !d.blocked(st, i, tr, prefix) && d.needOK(st, i, j, tr) {
			d.apply(st, i, j, tr)
		}
		if tr.wildcard {
			// the words after the gap belong to this trigger
			tail := 0
			for k := len(tr.toks) - 1; k >= 0 && tr.toks[k] != "*"; k-- {
				tail++
			}
			for k := j - tail; k < j; k++ {
				st.used[k] = true
			}
			j = i + 1
		}
		i = j
	}
}

func (d *docState) needOK(st *sentState, i, j int, tr *trigger) bool {
	if len(tr.need) == 0 {
		return true
	}
	c := st.clause[i]
	for k := j; k < len(st.toks) && k < j+6 && st.clause[k] == c; k++ {
		for _, w := range tr.need {
			if d.tokenIs(st.toks[k], w) {
				return true
			}
			for _, f := range st.forms(d, k) {
				if f == w {
					return true
				}
			}
		}
	}
	return false
}

// apply finds the arguments of one trigger and records its facts.
func (d *docState) apply(st *sentState, i, j int, tr *trigger) {
	c := st.clause[i]
	last := tr.toks[len(tr.toks)-1]
	endsInPrep := len(tr.toks) > 1 && d.lex.in("preposition", last)
	vsoFrom := j
	if tr.wildcard {
		vsoFrom = i + 1
	}

	// subject
	var subj []string
	explicit := true
	after := j
	if tr.passive {
		// "المعارضة السورية المدعومة من الغرب": the named actor before the
		// participle is the object, the one after it the subject
		var obj string
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if m := st.mentionAt(k); m != nil {
				obj = d.actor(st, m)
				break
			}
		}
		subj, _ := d.objectsAfter(st, j, c, "actor", nil)
		if obj == "" || len(subj) == 0 {
			return
		}
		for _, s := range subj {
			d.fact(st, tr, i, s, obj, d.factDate(st, i, tr.pred))
		}
		return
	}
	if tr.agent {
		m := st.mentionAt(j)
		if m == nil || m.s != j || d.actor(st, m) == "" {
			return
		}
		s, e := d.group(st, m, "actor")
		obj, _ := d.objectsAfter(st, e, c, "actor", s)
		for _, a := range s {
			for _, o := range obj {
				d.fact(st, tr, i, a, o, d.factDate(st, i, tr.pred))
			}
		}
		return
	}
	if tr.pred == extract.AllyOf {
		// "سوريا حليفة روسيا", "الولايات المتحدة وحليفتها السعودية"
		if m := st.mentionAt(i - 1); m != nil && d.actor(st, m) != "" {
			subj = []string{d.actor(st, m)}
			if o := st.mentionAt(j); o != nil && o.s == j && d.actor(st, o) != "" {
				d.fact(st, tr, i, subj[0], d.actor(st, o), "")
				return
			}
		}
	}
	if k := d.relativeBefore(st, i); k >= 0 {
		subj = d.groupEndingAt(st, k, "actor")
		if len(subj) == 0 && k > 0 && (st.toks[k-1].Norm == "،" || st.toks[k-1].Norm == ",") {
			subj = d.groupEndingAt(st, k-1, "actor")
		}
	}
	vso := func() {
		if len(subj) > 0 || (endsInPrep && !tr.wildcard) || tr.inv {
			return
		}
		if s, e := d.vsoSubject(st, i, vsoFrom, tr.verb); len(s) > 0 {
			if tr.verb || d.hasObjectAfter(st, e, tr) {
				subj = s
				if !tr.wildcard || tr.gapObj {
					after = e
				}
			}
		}
	}
	p := st.toks[i].Prefix
	conjVerb := tr.verb && (p == "و" || p == "ف") && i > 0
	if tr.verb && (d.clauseStartsAt(st, i) || conjVerb) && !d.agreesPlural(st, i) {
		vso()
	}
	if len(subj) == 0 && !tr.verb && !tr.possessive && strings.Contains(st.toks[i].Prefix, "ل") {
		subj = d.firstSubject(st, i, c) // "تحاول روسيا … لمحاربة داعش": the main subject
	}
	if len(subj) == 0 && !tr.possessive && !conjVerb {
		subj = d.svoSubject(st, i, c)
	}
	vso()
	if len(subj) == 0 && tr.possessive {
		explicit = false
		if s := d.nearestActor(st, i); s != "" {
			subj = []string{s} // the pronoun's referent: "حماس لرفضها"
		} else if sp, ok := st.speaker[c]; ok {
			subj = sp
		} else if s := d.laterSubject(st, j); len(s) > 0 {
			subj = s // "بعد لقائه مع X شارك Y": the main clause's subject
		} else {
			subj = d.lastSubj
		}
	}
	if len(subj) == 0 && tr.verb && !tr.needSubj {
		explicit = false
		if sp, ok := st.speaker[c]; ok && d.clauseStartsAt(st, i) {
			subj = sp
		} else if p == "و" || p == "ف" {
			subj = d.lastSubj
		}
	}
	if tr.adjSubj {
		// "تسليم إيران مضادات روسية": the recipient, then the item with
		// the supplier's adjective; or "وافقت X على بيع صواريخ للسعودية":
		// the clause's subject sells to the ل-marked recipient
		clauseSubj := subj
		subj, after = nil, j
		seenObj := false
		for k := j; k < len(st.toks) && k < j+8 && st.clause[k] == c; k++ {
			m := st.mentionAt(k)
			if m == nil || m.s != k {
				continue
			}
			if !seenObj && !m.adj {
				seenObj = true
				k = m.e - 1
				continue
			}
			if m.typ == extract.Country && seenObj && m.prefix == "" && st.toks[k].Prefix == "" {
				subj = []string{m.key}
				break
			}
		}
		if len(subj) == 0 && len(clauseSubj) > 0 && explicit {
			for k := j; k < len(st.toks) && k < j+8 && st.clause[k] == c; k++ {
				m := st.mentionAt(k)
				if m == nil || m.s != k || !strings.HasPrefix(strings.TrimPrefix(m.prefix, "و"), "ل") {
					continue
				}
				if r := d.actor(st, m); r != "" {
					for _, s := range clauseSubj {
						d.fact(st, tr, i, s, r, d.factDate(st, i, tr.pred))
					}
				}
				return
			}
		}
	}
	if tr.threat {
		sp, ok := st.speaker[c]
		if !ok {
			return
		}
		obj := d.svoSubject(st, i, c)
		for _, s := range sp {
			for _, o := range obj {
				d.fact(st, tr, i, s, o, d.factDate(st, i, tr.pred))
			}
		}
		return
	}

	// object
	var obj []string
	pairObj := false
	switch {
	case tr.objPron:
		if p := d.previousPerson(st, i, subj); p != "" {
			obj = []string{p}
		}
	case tr.inv:
		obj = subj
		subj, _ = d.objectsAfter(st, j, c, "actor", nil)
	case tr.objType == "event":
		for _, m := range d.eventsAfter(st, after, c) {
			date := d.dateNear(st, m)
			if date == "" {
				date = d.factDate(st, i, tr.pred)
			}
			for _, s := range subj {
				d.fact(st, tr, i, s, m.key, date)
			}
		}
		if explicit && len(subj) > 0 {
			d.lastSubj = subj
		}
		return
	default:
		maxContent := 2
		if tr.verb && (tr.pred == extract.Supports || tr.pred == extract.Opposes || tr.pred == extract.Accuses) {
			maxContent = 1 // "تدعم الحل السياسي في اليمن": the object is the solution
		}
		obj, pairObj = d.objectsAfterN(st, after, c, tr.objType, subj, maxContent)
		if !tr.verb && tr.pred == extract.Met && len(obj) > 0 && !d.withBefore(st, after, obj) {
			obj, pairObj = nil, false // "اجتماع لرابطة…" is a meeting of, not with
		}
	}
	if tr.adjSubj && len(obj) > 0 && len(subj) > 0 {
		// the recipient is named before the item: "تسليم إيران مضادات روسية"
		obj = obj[:1]
	}
	if explicit && len(subj) > 0 && !tr.adjSubj {
		d.lastSubj = subj
	}
	date := d.factDate(st, i, tr.pred)
	if len(obj) == 0 && tr.pair && !pairObj {
		if tr.pred == extract.Met && i > 0 && (st.toks[i-1].Norm == "خلال" || st.toks[i].Prefix != "") {
			return // attending a meeting ("اتفقت خلال اجتماع") is not meeting each other
		}
		if len(subj) > 4 {
			return
		}
		for a := 0; a < len(subj); a++ {
			for b := a + 1; b < len(subj); b++ {
				d.fact(st, tr, i, subj[a], subj[b], date)
			}
		}
		return
	}
	if pairObj && len(subj) == 0 {
		for a := 0; a < len(obj); a++ {
			for b := a + 1; b < len(obj); b++ {
				d.fact(st, tr, i, obj[a], obj[b], date)
			}
		}
		return
	}
	for _, s := range subj {
		for _, o := range obj {
			d.fact(st, tr, i, s, o, date)
		}
	}
	if tr.pred == extract.Met && len(obj) > 0 && !st.claim[c] && !d.phoneCall(st, i, c) {
		d.meetingPlace(st, i, c, subj, date)
	}
}

// meetingPlace reads "في + place" after a meeting: each person who met
// there visited it, unless it is in the country they serve.
func (d *docState) meetingPlace(st *sentState, i, c int, subj []string, date string) {
	for k := i + 1; k < len(st.toks) && k <= i+15 && st.clause[k] == c; k++ {
		t := st.toks[k]
		if t.Norm != "في" && !(t.Bare == "في" && t.Prefix == "و") {
			continue
		}
		m := st.mentionAt(k + 1)
		if m == nil || m.s != k+1 || m.adj || (m.typ != extract.Place && m.typ != extract.Country) {
			continue
		}
		if m.typ == extract.Country && k > 0 && topicNouns[st.toks[k-1].Bare] {
			return // "الأوضاع في سوريا": a topic, not a place of meeting
		}
		for _, p := range subj {
			if d.typeOf(p) != extract.Person || d.homeCountry(p) == d.countryOf(m.key) || d.homeCountry(p) == "" {
				continue
			}
			d.addFact(extract.Fact{Subject: p, Predicate: extract.Visited, Object: m.key, Date: date,
				Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/meeting-place"})
		}
		return
	}
}

// homeCountry is the country a person holds office in at the document's
// date, or "".
func (d *docState) homeCountry(person string) string {
	for _, o := range d.cat.Offices(person, d.at) {
		if d.typeOf(o.Of) == extract.Country {
			return o.Of
		}
		if e, ok := d.cat.Get(o.Of); ok && e.LocatedIn != "" {
			return d.countryOf(e.LocatedIn)
		}
	}
	return ""
}

// countryOf returns the country a place is in (the place itself for a
// country), following located-in up to three steps.
func (d *docState) countryOf(key string) string {
	for n := 0; n < 4 && key != ""; n++ {
		e, ok := d.cat.Get(key)
		if !ok {
			return ""
		}
		if e.Type == extract.Country {
			return e.Key
		}
		key = e.LocatedIn
	}
	return ""
}

// fact records one relation found by a trigger. In a clause that reports
// a disputed claim ("زعم X أن Y قصف Z") it records only that X accuses Y.
func (d *docState) fact(st *sentState, tr *trigger, i int, s, o, date string) {
	if s == "" || o == "" || s == o || !isActorType(d.typeOf(s)) {
		return
	}
	if c := st.clause[i]; st.claim[c] {
		for _, sp := range st.speaker[c] {
			if sp != s && isActorType(d.typeOf(sp)) {
				d.addFact(extract.Fact{
					Subject: sp, Predicate: extract.Accuses, Object: s,
					Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/disputed-claim",
				})
			}
		}
		return
	}
	d.addFact(extract.Fact{
		Subject: s, Predicate: tr.pred, Object: o, Date: date,
		Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: tr.rule,
	})
}

// eventsAfter returns the event and agreement mentions of clause c after
// token j (within 25 tokens).
func (d *docState) eventsAfter(st *sentState, j, c int) []*mention {
	var out []*mention
	for _, m := range st.ments {
		if m.s < j || m.s > j+25 || st.clause[m.s] != c {
			continue
		}
		if (m.typ == extract.Event || m.typ == extract.Agreement) && m.event != "conflict" && !strings.HasPrefix(m.key, "event-conflict") {
			out = append(out, m)
		}
	}
	return out
}

// dateNear returns the date written right after a mention (within 8
// tokens, same clause, before the next mention of its kind).
func (d *docState) dateNear(st *sentState, m *mention) string {
	for _, dm := range st.dates {
		k := st.tokenAt(dm.Start)
		if k < m.e || k > m.e+8 || st.clause[k] != st.clause[m.s] || dm.Date.IsZero() {
			continue
		}
		if nx := st.mentionAt(k - 1); nx != nil && nx != m && nx.typ == m.typ && nx.s >= m.e {
			continue
		}
		return dm.Date.String()
	}
	return ""
}

// relativeBefore returns the position of a relative pronoun just before a
// trigger (allowing adverbs between), or -1.
func (d *docState) relativeBefore(st *sentState, i int) int {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := st.toks[k]
		if d.lex.in("relative", t.Norm) {
			return k
		}
		if !d.lex.in("adverb", t.Bare) {
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
	for k := e; k < len(st.toks) && k < e+10 && st.clause[k] == c; k++ {
		if m := st.mentionAt(k); m != nil && m.s == k && d.slotKey(st, m, tr.objType) != "" {
			return d.governed(st, m)
		}
	}
	return false
}

// objectsAfter returns the first slot-compatible list after token j in
// clause c (within a window), and whether it follows بين (a pair list).
func (d *docState) objectsAfter(st *sentState, j, c int, typ string, subj []string) ([]string, bool) {
	return d.objectsAfterN(st, j, c, typ, subj, 2)
}

// objectsAfterN is objectsAfter allowing maxContent other content words
// before the object.
func (d *docState) objectsAfterN(st *sentState, j, c int, typ string, subj []string, maxContent int) ([]string, bool) {
	pair := false
	content := 0
	for k := j; k < len(st.toks) && k < j+10; k++ {
		if st.clause[k] != c {
			break
		}
		t := st.toks[k]
		if t.Norm == "بين" && k <= j+1 {
			pair = true
		}
		if (t.Norm == "بينه" || t.Norm == "بينها") && k <= j+2 {
			pair = false // "بينه وبين X": the subject and X
		}
		m := st.mentionAt(k)
		if m == nil || m.s != k {
			if t.IsWord() && d.lex.in("objectstop", t.Norm) {
				break
			}
			if t.IsWord() && !t.IsNumber() && !d.lex.in("filler", t.Bare) && !d.lex.in("filler", t.Norm) &&
				!d.lex.in("preposition", t.Bare) && !d.lex.in("adverb", t.Bare) {
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
		if typ == "actor" && m.typ == extract.Place && k > 0 && (st.toks[k-1].Norm == "في" || strings.HasPrefix(m.prefix, "ب")) {
			k = m.e - 1 // "في القاهرة": where, not whom
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

// topicNouns introduce what talks were about ("بحثا الأوضاع في سوريا").
var topicNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(text.Normalize("الأوضاع الوضع الأزمة التطورات الحرب النزاع الصراع القضية الملف الأحداث المستجدات العلاقات التعاون السلام")) {
		topicNouns[w] = true
	}
}

// since-dates start a state; they date ongoing relations, not events.
var sinceOK = map[string]bool{extract.Attacked: true, extract.Controls: true}

// leadOK are the event predicates that take the lead's date when their
// sentence has none.
var leadOK = map[string]bool{extract.Met: true, extract.Visited: true, extract.ParticipatedIn: true, extract.Gave: true}

// factDate returns the date of the trigger's clause: the nearest date
// expression in the same clause; else the sentence's only date; else, for
// events of the article's day, the lead's date.
func (d *docState) factDate(st *sentState, i int, pred string) string {
	pos := st.toks[i].Start
	best, bestDist := "", 1<<30
	var only []timex.Match
	for _, m := range st.dates {
		if m.Date.IsZero() || m.Future || (m.Kind == timex.KindSince && !sinceOK[pred]) {
			continue
		}
		only = append(only, m)
		k := st.tokenAt(m.Start)
		if k < 0 || st.clause[k] != st.clause[i] || k-i > 15 || i-k > 15 {
			continue
		}
		dist := pos - m.Start
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = m.Date.String(), dist
		}
	}
	if best != "" {
		if leadOK[pred] && !d.doc.Date.IsZero() && st.s.Start != st.s.End && d.presentVerb(st, i) {
			// a present-tense event ("الذي يزور قطر") is not dated by a
			// past expression elsewhere in its clause
			if t, err := timex.ParseDate(best); err == nil && t.Time().Before(d.doc.Date.AddDate(0, 0, -7)) {
				return d.doc.Date.Format("2006-01-02")
			}
		}
		return best
	}
	if len(only) == 1 {
		return only[0].Date.String()
	}
	if len(st.dates) == 0 && leadOK[pred] && d.leadDate != "" {
		return d.leadDate
	}
	if len(st.dates) == 0 && leadOK[pred] && !d.doc.Date.IsZero() && st.s.Start != st.s.End {
		// a present-tense event verb reports what happens on the article's
		// day: "ويشارك كيري ولافروف في اجتماع…"
		if b := st.toks[i].Bare; (strings.HasPrefix(b, "ي") || strings.HasPrefix(b, "ت")) && d.presentVerb(st, i) {
			return d.doc.Date.Format("2006-01-02")
		}
	}
	return ""
}

// presentVerb reports whether the trigger at token i is a verb in the
// present tense (its lexicon form starts with ي or ت and the past form is
// listed too).
func (d *docState) presentVerb(st *sentState, i int) bool {
	for _, f := range st.forms(d, i) {
		for _, tr := range d.lex.triggers[f] {
			if !tr.verb {
				continue
			}
			if strings.HasPrefix(f, "ي") {
				return true
			}
			// تزور is present when يزور is listed too; توصل (past) has no يوصل
			if rest, ok := strings.CutPrefix(f, "ت"); ok && d.lex.triggers["ي"+rest] != nil {
				return true
			}
		}
	}
	return false
}

// tokenAt returns the index of the token starting at byte offset off.
func (st *sentState) tokenAt(off int) int {
	for k, t := range st.toks {
		if t.Start <= off && off < t.End {
			return k
		}
	}
	return -1
}

// patterns applies the structural rules: locatedIn from adjectives and
// appositions, membership lists, deaths.
func (d *docState) patterns(st *sentState) {
	toks := st.toks
	for n := 0; n < len(st.ments); n++ {
		m := st.ments[n]
		// العاصمة الروسية (a catalogue alias) or العاصمة القطرية الدوحة
		if !m.adj && m.typ == extract.Place && m.e-m.s >= 2 && toks[m.s].Bare == "العاصمه" {
			if c := d.adjective(st, m.s+1); c != "" {
				d.located(st, m.key, c)
			}
		}
		if m.adj && m.s > 0 && toks[m.s-1].Bare == "العاصمه" {
			if p := st.mentionAt(m.e); p != nil && p.typ == extract.Place {
				d.located(st, p.key, m.key)
			}
		}
		// مواقع فوردو واراك النوويين الإيرانيين
		if !m.adj && (m.typ == extract.Facility || m.typ == extract.Place) {
			keys, end := d.group(st, m, "place")
			for k := end; k < len(toks) && k <= end+2; k++ {
				a := st.mentionAt(k)
				if a == nil {
					if !toks[k].IsArabic() {
						break
					}
					continue
				}
				if a.adj {
					for _, p := range keys {
						if d.typeOf(p) != extract.Country {
							d.located(st, p, a.key)
						}
					}
				}
				break
			}
		}
	}
	// membership: "ORG التي تضم A وB وC"
	for k, t := range toks {
		b := t.Bare
		if b != "تضم" && b != "يضم" && b != "تضمان" && b != "المؤلف" && b != "المكون" && b != "المؤلفه" && b != "المكونه" && b != "تشمل" && b != "يشمل" {
			continue
		}
		p := k
		if p > 0 && d.lex.in("relative", toks[p-1].Norm) {
			p--
		}
		if p > 0 && (toks[p-1].Norm == "،" || toks[p-1].Norm == ",") {
			p--
		}
		org := st.mentionAt(p - 1)
		if org != nil && org.inner != "" {
			org = &mention{s: org.s, e: org.e, key: org.inner, typ: d.typeOf(org.inner)}
		}
		if org == nil || (org.typ != extract.Organization && org.typ != extract.Group) || org.adj {
			continue
		}
		q := k + 1
		if q < len(toks) && toks[q].Norm == "من" {
			q++
		}
		if m := st.mentionAt(q); m != nil && m.s == q {
			members, _ := d.group(st, m, "actor")
			for _, mem := range members {
				d.addFact(extract.Fact{Subject: mem, Predicate: extract.MemberOf, Object: org.key,
					Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/member-list"})
			}
		}
	}
	d.ledBy(st)
	d.membersAmong(st)
	d.ellipticalTitles(st)
	d.agreementParties(st)
	d.deaths(st)
	// remember people for object pronouns of later sentences
	for _, m := range st.ments {
		if m.typ == extract.Person {
			d.recent = append(d.recent, m.key)
		}
	}
	if len(d.recent) > 8 {
		d.recent = d.recent[len(d.recent)-8:]
	}
}

func (d *docState) located(st *sentState, place, country string) {
	d.addFact(extract.Fact{Subject: place, Predicate: extract.LocatedIn, Object: country,
		Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/located-adjective"})
}

// deaths finds casualty counts ("(130 قتيلا)", "أسفر عن سقوط 250 ألف قتيل")
// and gives them to the nearest event named before them.
func (d *docState) deaths(st *sentState) {
	toks := st.toks
	var nums []timex.Number
	for _, t := range toks {
		b := t.Bare
		if b != "قتيل" && b != "قتيلا" && b != "قتلي" && b != "شخصا" && b != "مدنيا" {
			continue
		}
		if nums == nil {
			nums = timex.NumbersTokens(d.doc.Text, toks)
		}
		var num *timex.Number
		for n := range nums {
			if nums[n].End <= t.Start && t.Start-nums[n].End <= 2 {
				num = &nums[n]
			}
		}
		if num == nil {
			continue
		}
		nk := st.tokenAt(num.Start)
		if nk < 0 {
			continue
		}
		// a casualty context: "(" before the number, or a verb of killing
		ctx := false
		for q := nk - 1; q >= 0 && q >= nk-5; q-- {
			n := toks[q].Bare
			if toks[q].Norm == "(" || n == "سقوط" || n == "مقتل" || n == "اسفر" || n == "اسفرت" || n == "خلف" || n == "خلفت" || n == "اوقع" || n == "اوقعت" || n == "حصد" || n == "حصدت" || n == "ضحيه" {
				ctx = true
				break
			}
		}
		if !ctx {
			continue
		}
		for n := len(st.ments) - 1; n >= 0; n-- {
			m := st.ments[n]
			if m.s >= nk || nk-m.e > 30 {
				continue
			}
			if m.typ == extract.Event {
				d.addFact(extract.Fact{Subject: m.key, Predicate: extract.Deaths, Value: strconv.FormatInt(num.Value, 10),
					Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/deaths"})
				break
			}
		}
	}
}

// agreementParties reads "الاتفاق … الموقع … بين A وB وبينها C": each
// actor after بين took part in the agreement.
func (d *docState) agreementParties(st *sentState) {
	for _, m := range st.ments {
		if m.typ != extract.Agreement || m.adj {
			continue
		}
		k := m.e
		for ; k < len(st.toks) && k <= m.e+8; k++ {
			if st.toks[k].Bare == "بين" || st.toks[k].Norm == "بين" {
				break
			}
			if st.mentionAt(k) != nil || d.lex.in("boundary", st.toks[k].Norm) {
				k = len(st.toks)
			}
		}
		if k >= len(st.toks) || k > m.e+8 {
			d.agreementReached(st, m)
			continue
		}
		date := ""
		for _, dm := range st.dates {
			if dm.Start >= st.toks[m.e-1].End && dm.End <= st.toks[k].Start && !dm.Date.IsZero() {
				date = dm.Date.String()
			}
		}
		for q := k + 1; q < len(st.toks) && q <= k+14; q++ {
			t := st.toks[q]
			if d.lex.in("boundary", t.Norm) || t.Norm == "." {
				break
			}
			a := st.mentionAt(q)
			if a == nil || a.s != q {
				continue
			}
			if key := d.actor(st, a); key != "" {
				d.addFact(extract.Fact{Subject: key, Predicate: extract.ParticipatedIn, Object: m.key, Date: date,
					Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/agreement-between"})
			}
			q = a.e - 1
		}
	}
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
			d.lex.in("preposition", st.toks[m.s-1].Bare) {
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
	state := func(t string) bool { return t == extract.Country || t == extract.Organization }
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

// futureVerb reports whether token k is a verb in the future (سـ + a
// present-tense verb: سيلتقي، ستعقد، سنواصل).
func (d *docState) futureVerb(st *sentState, k int) bool {
	t := st.toks[k]
	if st.mentionAt(k) != nil || !t.IsArabic() {
		return false
	}
	n := t.Norm
	if t.Prefix == "و" || t.Prefix == "ف" {
		n = t.Bare
	}
	if !strings.HasPrefix(n, "س") || d.lex.in("notfuture", n) {
		return false
	}
	rest := strings.TrimPrefix(n, "س")
	if !(strings.HasPrefix(rest, "ي") || strings.HasPrefix(rest, "ت") || strings.HasPrefix(rest, "ن")) {
		return false
	}
	return len([]rune(rest)) >= 4
}

// ledBy reads "ORG الذي تقوده X" (the coalition led by X): X is a member.
func (d *docState) ledBy(st *sentState) {
	for k, t := range st.toks {
		b := t.Bare
		if b != "تقوده" && b != "يقوده" && b != "تتزعمه" && b != "يتزعمه" && b != "بقياده" {
			continue
		}
		p := k
		if p > 0 && d.lex.in("relative", st.toks[p-1].Norm) {
			p--
		}
		org := st.mentionAt(p - 1)
		if org == nil || org.adj || (org.typ != extract.Organization && org.typ != extract.Group) {
			continue
		}
		if m := st.mentionAt(k + 1); m != nil && m.s == k+1 {
			if a := d.actor(st, m); a != "" && a != org.key {
				d.addFact(extract.Fact{Subject: a, Predicate: extract.MemberOf, Object: org.key,
					Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/led-by"})
			}
		}
	}
}

// membersAmong reads "أعضاء في ORG من بينهم X وY": each listed actor is a
// member.
func (d *docState) membersAmong(st *sentState) {
	for k, t := range st.toks {
		if t.Bare != "اعضاء" && t.Bare != "الاعضاء" && t.Bare != "اعضاءها" {
			continue
		}
		q := k + 1
		if q < len(st.toks) && st.toks[q].Norm == "في" {
			q++
		}
		org := st.mentionAt(q)
		if org == nil || org.s != q || org.adj || (org.typ != extract.Organization && org.typ != extract.Group) {
			continue
		}
		r := org.e
		for n := 0; n < 3 && r < len(st.toks); n++ {
			if b := st.toks[r].Norm; b == "من" || b == "بينهم" || b == "بينها" || b == "ومنهم" || b == "منهم" || b == "،" {
				r++
				continue
			}
			break
		}
		if r == org.e {
			continue
		}
		if m := st.mentionAt(r); m != nil && m.s == r {
			members, _ := d.group(st, m, "actor")
			for _, mem := range members {
				d.addFact(extract.Fact{Subject: mem, Predicate: extract.MemberOf, Object: org.key,
					Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/member-list"})
			}
		}
	}
}

// ellipticalTitles reads "الرئيس الأمريكي أوباما والتركي أردوغان": the
// second person holds the same office in the adjective's country.
func (d *docState) ellipticalTitles(st *sentState) {
	for n, m := range st.ments {
		if !m.adj || !strings.HasPrefix(st.toks[m.s].Prefix, "و") || n == 0 || n+1 >= len(st.ments) {
			continue
		}
		prev, next := st.ments[n-1], st.ments[n+1]
		if prev.e != m.s || next.s != m.e || prev.typ != extract.Person || next.typ != extract.Person {
			continue
		}
		if role := d.roleOf[prev.key]; role != "" {
			d.official(st, next.key, m.key, role, "ar/title-ellipsis")
		}
	}
}

// nearestActor returns the actor named last before token i in the
// sentence, or "".
func (d *docState) nearestActor(st *sentState, i int) string {
	for n := len(st.ments) - 1; n >= 0; n-- {
		m := st.ments[n]
		if m.e > i {
			continue
		}
		if a := d.actor(st, m); a != "" {
			return a
		}
	}
	return ""
}

// agreementReached reads "الاتفاق الذي توصلت إليه القوى الغربية مع إيران":
// the parties that reached or signed the agreement took part in it.
func (d *docState) agreementReached(st *sentState, m *mention) {
	k := m.e
	for n := 0; n < 2 && k < len(st.toks); n++ {
		if d.lex.in("relative", st.toks[k].Norm) || st.toks[k].Norm == "،" {
			k++
		}
	}
	if k >= len(st.toks) || k == m.e {
		return
	}
	b := st.toks[k].Bare
	reached := false
	for _, v := range []string{"توصل", "ابرم", "وقع", "وقعت", "ابرمت", "ابرمه", "ابرمته", "وقعته", "وقعه"} {
		reached = reached || strings.HasPrefix(b, v)
	}
	if !reached {
		return
	}
	c := st.clause[k]
	date := ""
	for q := k + 1; q < len(st.toks) && q <= k+12 && st.clause[q] == c; q++ {
		if n := st.toks[q].Norm; n == "،" || n == "," || n == "." {
			break
		}
		a := st.mentionAt(q)
		if a == nil || a.s != q {
			continue
		}
		if key := d.actor(st, a); key != "" {
			if date == "" {
				date = d.factDate(st, k, extract.ParticipatedIn)
			}
			d.addFact(extract.Fact{Subject: key, Predicate: extract.ParticipatedIn, Object: m.key, Date: date,
				Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/agreement-reached"})
		}
		q = a.e - 1
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

// narrativeSubject notes "وتوجه بوتين": a verb with و/ف and the actor
// right after it carry the narrative, so a later verb without a subject
// takes that actor. Dual and plural verbs (واتهمتا) have pronoun subjects.
func (d *docState) narrativeSubject(st *sentState, i int) {
	t := st.toks[i]
	if (t.Prefix != "و" && t.Prefix != "ف") || st.mentionAt(i) != nil || len(t.Bare) < 6 ||
		d.lex.in("preposition", t.Bare) || d.lex.in("filler", t.Bare) || d.lex.in("adverb", t.Bare) ||
		strings.HasSuffix(t.Bare, "تا") || strings.HasSuffix(t.Bare, "وا") {
		return
	}
	if m := st.mentionAt(i + 1); m != nil && m.s == i+1 && !m.adj && isActorType(m.typ) && m.prefix == "" {
		keys, _ := d.group(st, m, "actor")
		d.lastSubj = keys
	}
}

// phoneCall reports whether the clause of token i speaks of a telephone
// call (no one travelled).
func (d *docState) phoneCall(st *sentState, i, c int) bool {
	for k := max(0, i-3); k < len(st.toks) && k <= i+12; k++ {
		if st.clause[k] == c && strings.Contains(st.toks[k].Norm, "هاتف") {
			return true
		}
	}
	return false
}
