package ar

import (
	"strings"

	"github.com/newskg/kg/extract"

	"github.com/newskg/kg/extract/syntax"
)

// subject finds the subject of a trigger at tokens [i, j), and the token
// the object search starts from (after a VSO subject). In order: the
// antecedent of a relative pronoun before it (and nothing else when the
// antecedent is no actor); the speaker, for a first-person verb in
// reported speech ("نحن ندعم") or a verb after إنه/إنها; the actor after
// the verb (VSO) or before it in its clause (SVO, not governed, not inside
// an apposition or a relative clause, not the complement of a person or
// place noun); for a possessive noun the pronoun's referent; for a verb
// with no subject of its own the speaker at the head of a complement, or
// the last subject for a verb joined by و/ف (unless a noun phrase the
// text names follows it).
func (d *docState) subject(st *sentState, i, j int, tr *trigger) ([]string, int) {
	c := st.clause[i]
	last := tr.toks[len(tr.toks)-1]
	endsInPrep := len(tr.toks) > 1 && d.in("preposition", last)
	vsoFrom := j
	if tr.wildcard {
		vsoFrom = i + 1
	}
	d.how = how{subjAt: -1, objAt: -1}
	var subj []string
	set := func(s []string, kind string) {
		subj = s
		if len(s) > 0 {
			d.how.subj = kind
		}
	}
	after := j
	if tr.gapObj {
		// "X صنفت Y منظمة إرهابية": with the subject before the verb the
		// gap holds only the object (a VSO subject moves this past itself)
		after = i + 1
	}
	if k := d.relativeBefore(st, i); k >= 0 && !(j < len(st.toks) && st.mentionAt(j) == nil && writtenPossessive(st.toks[j]) && st.syn.Class[j] == syntax.Noun) {
		s := d.groupEndingAt(st, k, "actor")
		if d.leaderNamed(st, k) {
			s = nil // "التحالف بقيادة واشنطن الذي يحارب": the coalition, unnamed
		}
		if len(s) == 0 && k > 0 && asideMark(st.toks[k-1].Norm) {
			s = d.groupEndingAt(st, k-1, "actor")
		}
		if len(s) == 0 {
			return nil, after // "الأمين العام للحزب الذي يؤيد صالح": the party, unnamed
		}
		set(s, "antecedent")
	} else if k >= 0 {
		return nil, after // "بوش الذي ساعد برنامجه…": the verb's own subject follows it
	}
	if len(subj) == 0 && tr.verb {
		if s, a := d.duringSubject(st, i, j, tr); len(s) > 0 {
			set(s, "during") // args.go: "قام X بجولة التقى خلالها Y"
			after = a
		}
	}
	if len(subj) == 0 && tr.verb && st.syn.Feat[i]&syntax.FirstPerson != 0 {
		if sp := d.reportedSpeaker(st, i); len(sp) > 0 {
			set(sp, "first-person") // "نحن ندعم…" in the speaker's words
			d.how.implicit = true
		}
	}
	if len(subj) == 0 && tr.verb && !tr.needSubj && d.afterPronounComplementizer(st, i) {
		if sp, ok := st.speaker[c]; ok && st.named[c] {
			set(sp, "speaker") // "قالت إيران إنها دعمت…"
			d.how.implicit = true
		} else if _, ok := st.speaker[c]; !ok {
			// "كما أنها تواجه…": no speaker; the pronoun's referent
			if r := d.complementizerReferent(st, i); r != "" {
				set([]string{r}, "pronoun")
				d.how.implicit = true
			}
		}
	}
	disagrees := false // a VSO reading the verb's agreement rules out
	vso := func() {
		if len(subj) > 0 || (endsInPrep && !tr.wildcard) || (tr.inv && !tr.verb) {
			return
		}
		if s, e := d.vsoSubject(st, i, vsoFrom, tr.verb); len(s) > 0 {
			if tr.verb && !d.vsoAgrees(st, i, s) {
				disagrees = true // "واتهم روسيا…": Russia would take اتهمت; the object
				return
			}
			if tr.verb || d.hasObjectAfter(st, e, tr) {
				kind := "vso"
				if !tr.verb {
					kind = "gen"
				}
				set(s, kind)
				if !tr.wildcard || tr.gapObj {
					after = e
				}
			}
		}
	}
	if len(subj) == 0 && tr.verb && d.circumstantial(st, i) {
		set(d.firstSubject(st, i, c), "first") // "…، متهما إسرائيل بـ…": the clause's subject
	}
	p := st.toks[i].Prefix
	conjVerb := tr.verb && (p == "و" || p == "ف") && i > 0
	if len(subj) == 0 && tr.verb && !conjVerb && d.unnamedBefore(st, i) {
		if s := d.nounChain(st, i, tr); len(s) > 0 {
			set(s, "noun-chain") // "تشن روسيا حملة قصف جوي تستهدف فصائل…"
			return subj, after
		}
		return nil, after // "نحو 10 آلاف يمني وصلوا": the subject has no name
	}
	if len(subj) == 0 && tr.verb && !conjVerb {
		set(d.appositionSubject(st, i), "svo-appos") // args.go: "X، وزير خارجية عمان، التقى Y"
	}
	fronted := tr.verb && d.frontedPossessive(st, i) // "وخلال زيارته التقى X"
	if len(subj) == 0 && tr.verb && !conjVerb && !fronted && opinionPreds[tr.pred] && d.twoActorsAfter(st, i, vsoFrom) {
		vso() // stance.go: "وفي تصريح لصحيفة X اتهم جنبلاط حزب الله"
	}
	continued := tr.verb && tr.pred == extract.Met && d.continuedVerb(st, i) // meet10.go: "…، كما التقى Y"
	if tr.verb && (d.clauseStartsAt(st, i) || conjVerb || fronted || continued) && !d.agreesPlural(st, i) {
		vso()
	}
	if tr.verb && (p == "و" || p == "ف" || fronted || continued) && tr.pred == extract.Met && d.how.subj == "vso" && !d.partnerAfter(st, after, tr) && !d.pronounPartner(st, i, j, tr) && !d.verbObjectSuffix(st, i, tr) {
		// "والتقى الرئيس المصري…" with no one else: the name is the
		// one met, the topic met him
		if keys := d.continuedSubject(st, i, subj); continued && len(keys) > 0 {
			set(keys, "continued") // meet10.go: the same sentence's subject
			after = i + 1
		} else if keys := d.sentenceVisitor(st, i, subj); len(keys) > 0 {
			set(keys, "last") // meet.go: "X زار مسقط … والتقى السلطان قابوس"
			after = i + 1
		} else if keys, dist := d.topicFor(st, i); len(keys) > 0 && !contains(keys, subj[0]) {
			set(keys, "topic")
			d.how.topicDist = dist
			after = i + 1
		}
	}
	if len(subj) == 0 && !tr.verb {
		if s, e := d.genitiveAgent(st, j, tr); len(s) > 0 {
			set(s, "gen") // "استنكرت مصر دعم إيران للحوثيين": Iran acts
			after = e
		} else if d.unnamedGenitive(st, j, tr) || d.unnamedObjectAfterAgent(st, j, tr) {
			return nil, after // "بانقلاب الجيش على مرسي": the army acts
		}
	}
	if len(subj) == 0 && !tr.verb && tr.pred != extract.Opposes && tr.pred != extract.Accuses && d.reactionComplement(st, i) {
		vso() // "ندد بقصف إثيوبيا للقرية": the noun's own genitive agent
		if len(subj) == 0 {
			return nil, after // "أدانت الجزائر الهجوم على الفندق": the judge did not attack
		}
	}
	if len(subj) == 0 && !tr.verb && !tr.possessive {
		set(d.controlSubject(st, i), "control") // "ستواصل دعم X", "قام بزيارة"
	}
	if len(subj) == 0 && !tr.verb && !tr.possessive {
		set(d.effortAgent(st, i), "effort") // "جهود فرنسا لدعم…"، "دور قطر في دعم…"
	}
	if len(subj) == 0 && !tr.verb && !tr.possessive && strings.Contains(p, "ل") {
		if m := st.mentionAt(i - 1); m != nil && m.e == i && d.actor(st, m) != "" && st.syn.Unit[m.s] >= 0 && st.syn.Units[st.syn.Unit[m.s]].Of >= 0 {
			set(d.groupEndingAt(st, i, "actor"), "gen") // "جهود تركيا لقتال الدولة الإسلامية": Turkey's efforts
		} else {
			set(d.firstSubject(st, i, c), "first") // "تحاول روسيا … لمحاربة داعش": the main subject
		}
	}
	if len(subj) == 0 && !tr.verb && tr.pair {
		if p, ok := d.pairAfterBetween(st, j); ok {
			if len(p) != 2 {
				return nil, after // stance.go: "التعاون بين البلدين" with no pair known
			}
			set(p, "pair-word")
		}
	}
	if len(subj) == 0 && !tr.possessive && !conjVerb {
		if tr.verb {
			set(d.svoVerbSubject(st, i, c), "svo")
		} else {
			// a noun that completes a verb has that verb's subject, not an
			// earlier one ("أردوغان يصف اتهام بلاده"); a noun in an
			// adjunct phrase ("بحث X خلال لقائه مع Y") has the clause's
			// an event noun's parties include the subject of the verb that
			// holds it ("استضاف X محادثات مع Y")
			set(d.svoSubjectOpt(st, i, c, tr.cx == cxVNoun && !d.inAdjunct(st, i)), "svo")
		}
	}
	vso()
	if len(subj) == 0 && tr.verb {
		set(d.relativeSubject(st, i, j), "relative") // "داعش الذي أعلن خلافة في أراض يسيطر عليها"
	}
	if len(subj) == 0 && !tr.verb && tr.pred == extract.Visited {
		set(d.frontedAdjunctSubject(st, i), "fronted") // "وخلال زيارة إلى إندونيسيا، قال أردوغان"
	}
	if len(subj) == 0 {
		set(d.pairSubject(st, i, j, tr), "pair-word") // "وبحث الجانبان…": the last two parties
	}
	if len(subj) == 0 && tr.possessive && !strings.HasSuffix(st.toks[i].Norm, "نا") && d.completesVerb(st, i) {
		set(d.controlSubject(st, i), "control") // "متعهدا بدعمها": the verb's subject acts
	}
	if len(subj) == 0 && tr.possessive && strings.HasSuffix(st.toks[i].Norm, "نا") {
		sp := d.reportedSpeaker(st, i) // "تفاوضنا مع تركيا"
		if tr.cx == cxRelNoun {
			sp = d.speakerSide(sp) // "أصدقائنا في السعودية": allies of the speaker's country
		}
		set(sp, "first-person")
		d.how.implicit = true
		if len(subj) == 0 {
			return nil, after // "our": no one else
		}
	}
	if len(subj) == 0 && tr.possessive {
		d.how.implicit = true
		if s := d.nearestActor(st, i); s != "" {
			set([]string{s}, "poss") // the pronoun's referent: "حماس لرفضها"
		} else if sp, ok := st.speaker[c]; ok {
			set(sp, "poss-speaker")
		} else if s := d.laterSubject(st, j); len(s) > 0 && (tr.pred == extract.Met || tr.pred == extract.Visited || tr.pred == extract.ParticipatedIn) {
			set(s, "poss-later") // "بعد لقائه مع X شارك Y": the main clause's subject
		} else {
			set(d.possTopic(st, i)) // "…. وخلال زيارته": the topic (discourse.go)
		}
	}
	if len(subj) == 0 && tr.verb && !tr.needSubj {
		d.how.implicit = true
		if sp, ok := st.speaker[c]; ok && d.clauseStartsAt(st, i) {
			set(sp, "speaker")
		} else if (p == "و" || p == "ف") && (disagrees || !d.namedSubjectFollows(st, i, i+1)) {
			if d.lastSubjAt == st.idx {
				set(d.lastSubj, "last") // "X فعل… وفعل…": the same sentence's subject
			} else if keys, dist := d.topicFor(st, i); len(keys) > 0 {
				set(keys, "topic") // "وصل X. والتقى…": the discourse topic
				d.how.topicDist = dist
			}
		} else if fronted && !d.namedSubjectFollows(st, i, i+1) {
			keys, dist := d.topicFor(st, i) // "وخلال زيارته زار…" (discourse.go)
			set(keys, "fronted-topic")
			d.how.topicDist = dist
		} else if d.subordinateHead(st, i) && !d.namedSubjectFollows(st, i, i+1) {
			// "…، حيث التقى ممثلي الحوثيين": the subject of the clause it
			// depends on
			if s := d.firstSubject(st, i, st.syn.ClauseAt(i).Parent); len(s) > 0 {
				set(s, "parent")
			} else {
				set(d.lastSubj, "last")
			}
		}
	}
	if d.how.subj != "" {
		d.how.subjAt = st.posOf(subj[0], i)
	}
	if !d.how.implicit && len(subj) > 0 && !tr.adjSubj && tr.objType != "event" {
		d.setLast(st, subj)
		if tr.verb || tr.cx == cxLight {
			d.noteTopic(st, i, subj, d.how.subjAt)
		}
	}
	return subj, after
}

// controlSubject returns, for a verbal noun that completes a verb of the
// "control" list (واصل، استمر، أعلن، أكد، تعهد، قام…), the subject of that
// verb: "وأكدت إيران أنها ستواصل دعم حزب الله" — Iran supports.
func (d *docState) controlSubject(st *sentState, i int) []string {
	v := i - 1
	if st.toks[i].Prefix != "" && st.toks[i].Prefix != "ب" {
		return nil
	}
	for v > 0 && (d.in("adverb", st.toks[v].Bare) || d.in("adverb", st.toks[v].Norm)) && st.syn.Class[v] != syntax.Verb {
		v-- // "وكثفت مؤخرا القصف"
	}
	if v > 0 && st.syn.Class[v] == syntax.Prep && st.toks[i].Prefix == "" {
		v-- // "أصر على دعم مواقف حليفه"
	}
	if m := st.mentionAt(v); m != nil && !m.adj && m.s > 0 {
		v = m.s - 1 // "تعهدت السعودية بدعم…": past the verb's subject
	}
	if v < 0 || st.syn.Class[v] != syntax.Verb {
		return nil
	}
	ok := false
	for _, f := range st.forms(d, v) {
		ok = ok || d.in("control", f) || d.in("stance", f)
	}
	if !ok {
		return nil
	}
	saved := d.how
	defer func() { d.how = saved }()
	if d.circumstantial(st, v) {
		// "رد أوباما…، متعهدا بدعمها": the participle's subject is the
		// clause's
		return d.firstSubject(st, v, st.clause[v])
	}
	s, _ := d.subject(st, v, i, controlVerb)
	return s
}

// circumstantial reports whether the verb at token v is a circumstantial
// participle (مؤكدا، متعهدا، متهما) after a comma or و: its subject is
// its clause's.
func (d *docState) circumstantial(st *sentState, v int) bool {
	t := st.toks[v]
	n := t.Norm
	if t.Prefix == "و" {
		n = t.Bare
	} else if v == 0 || (st.toks[v-1].Norm != "،" && st.toks[v-1].Norm != ",") {
		return false
	}
	return strings.HasPrefix(n, "م") && strings.HasSuffix(n, "ا")
}

// controlVerb stands for the verb a verbal noun completes when its
// subject is sought.
var controlVerb = &trigger{verb: true, cx: cxVerb, toks: []string{"*control*"}, objType: "actor"}

// relativeSubject returns, for a verb inside a relative clause with no
// subject of its own, the clause's antecedent when it is an actor (the
// subject relative "التنظيم الذي أعلن … ويسيطر على"); not for a verb
// whose own subject follows it.
func (d *docState) relativeSubject(st *sentState, i, j int) []string {
	for c := st.clause[i]; c >= 0; c = st.syn.Clauses[c].Parent {
		cl := &st.syn.Clauses[c]
		if cl.Kind != syntax.Relative {
			if cl.Kind == syntax.Complement || cl.Kind == syntax.Quote || cl.Kind == syntax.Main || cl.Kind == syntax.Sub {
				return nil
			}
			continue
		}
		if s, _ := d.vsoSubject(st, i, j, true); len(s) > 0 || cl.Antecedent < 0 {
			return nil
		}
		u := st.syn.Units[cl.Antecedent]
		if d.leaderNamed(st, u.End) {
			return nil
		}
		return d.groupEndingAt(st, u.End, "actor")
	}
	return nil
}

// reportedSpeaker returns the speaker whose words token i stands in: of
// its complement clause, or of a quotation.
func (d *docState) reportedSpeaker(st *sentState, i int) []string {
	for c := st.clause[i]; c >= 0; c = st.syn.Clauses[c].Parent {
		if sp, ok := st.speaker[c]; ok {
			return sp
		}
		if sp, ok := st.quoted[c]; ok {
			return sp
		}
		if k := st.syn.Clauses[c].Kind; k != syntax.Complement && k != syntax.Quote {
			return nil
		}
	}
	return nil
}

// namedSubjectFollows reports whether a noun phrase that could be the
// verb's own subject follows it ("وتسيطر كل من الحكومتين على…", "وقصف
// الجيش…"): the subject is then not the last one carried over.
func (d *docState) namedSubjectFollows(st *sentState, i, j int) bool {
	for k := j; k < len(st.toks) && k <= j+1; k++ {
		t := st.toks[k]
		if d.in("adverb", t.Bare) {
			continue
		}
		if t.Norm == "كل" || t.Norm == "بعض" || t.Norm == "جميع" {
			return true
		}
		return st.syn.Class[k] == syntax.Noun && st.syn.Feat[k]&syntax.Definite != 0 && t.Prefix == "" &&
			!d.in("filler", t.Bare) && !d.isTriggerWord(st, k)
	}
	return false
}

// notePair remembers the last two parties that met or worked together,
// for "الطرفان"، "الجانبان" in later sentences.
func (d *docState) notePair(keys []string) {
	if len(keys) == 2 {
		d.lastPair = []string{keys[0], keys[1]}
		d.lastPairAt = d.sentIdx
	}
}

// pairSubject returns the last two parties that met or worked together
// (named in this sentence or the two before) when a definite description
// of a pair is the trigger's subject: right after a verb ("بحث الجانبان")
// or, with no name between, before the trigger ("الطرفان اتفقا على…").
func (d *docState) pairSubject(st *sentState, i, j int, tr *trigger) []string {
	if len(d.lastPair) != 2 || d.sentIdx-d.lastPairAt > 2 {
		return nil
	}
	if tr.verb {
		k := j
		if tr.wildcard {
			k = i + 1
		}
		for k < len(st.toks) && d.in("adverb", st.toks[k].Bare) {
			k++
		}
		if k < len(st.toks) {
			if p := d.pairAt(st, k); len(p) == 2 {
				return d.betweenCountries(st, i, p)
			}
		}
	}
	for k := i - 1; k >= 0 && k >= i-4 && st.clause[k] == st.clause[i]; k-- {
		if st.mentionAt(k) != nil {
			return nil
		}
		if p := d.pairAt(st, k); len(p) == 2 && st.toks[k].Prefix == "" {
			return d.betweenCountries(st, i, p)
		}
	}
	return nil
}

// isTriggerWord reports whether token k is the first word of a relation
// phrase (a verbal noun such as القصف is the verb's object, not its
// subject).
func (d *docState) isTriggerWord(st *sentState, k int) bool {
	for _, f := range st.forms(d, k) {
		if len(d.lex.triggers[f]) > 0 {
			return true
		}
	}
	return false
}

// nounChain returns, for a verb right after the noun phrase of a verbal
// noun of the same predicate ("حملة قصف جوي تستهدف فصائل"), the subject
// that noun was given: the verb describes the noun's act.
func (d *docState) nounChain(st *sentState, i int, tr *trigger) []string {
	n := d.lastNoun
	if n.sent != st || n.pred != tr.pred || n.at >= i || i-n.at > 4 || len(n.subj) == 0 {
		return nil
	}
	for k := n.at + 1; k < i; k++ {
		if c := st.syn.Class[k]; c != syntax.Noun && c != syntax.Adjective {
			return nil
		}
	}
	return n.subj
}

// inAdjunct reports whether the noun at token i stands in a phrase governed
// by a preposition (a clitic ب ك, or a preposition word before it).
func (d *docState) inAdjunct(st *sentState, i int) bool {
	if strings.ContainsAny(st.toks[i].Prefix, "بك") {
		return true
	}
	return i > 0 && st.syn.Class[i-1] == syntax.Prep
}

// speakerSide returns who "we" are for a speaker: the country or
// organisation each person speaking holds office in at the document's
// date ("قال كيري: نحن…" is the United States), else the speaker.
func (d *docState) speakerSide(sp []string) []string {
	var out []string
	for _, k := range sp {
		side := k
		if d.typeOf(k) == extract.Person {
			if offs := d.cat.Offices(k, d.at); len(offs) > 0 && isActorType(d.typeOf(offs[0].Of)) {
				side = offs[0].Of
			}
		}
		out = appendUniq(out, side)
	}
	return out
}

// subordinateHead reports whether the verb at token i heads a clause
// opened by a subordinating word (حيث، عندما، بعدما، حين، كما) with nothing
// between: its unnamed subject is the one of the clause it depends on.
func (d *docState) subordinateHead(st *sentState, i int) bool {
	cl := st.syn.ClauseAt(i)
	if cl.Kind != syntax.Sub || cl.Intro < 0 || cl.Intro != i-1 {
		return false
	}
	switch st.toks[cl.Intro].Norm {
	case "حيث", "عندما", "بعدما", "حين", "حينما", "كما":
		return true
	}
	return false
}

// complementizerReferent returns the actor the pronoun of a complementiser
// before token i refers to (أنها: the nearest feminine actor before it;
// أنه: masculine), when no speaker is reported.
func (d *docState) complementizerReferent(st *sentState, i int) string {
	k := i - 1
	for k >= 0 && !pronounComplementizers[st.toks[k].Norm] {
		k--
	}
	if k < 0 {
		return ""
	}
	want := pronounGender(st.toks[k])
	for n := len(st.ments) - 1; n >= 0; n-- {
		m := st.ments[n]
		if m.e > k {
			continue
		}
		if a := d.actor(st, m); a != "" {
			if g := d.mentionGender(st, m); want != 0 && g != 0 && g != want {
				continue
			}
			return a
		}
	}
	return ""
}

// asideMark reports whether a token sets off what follows as an aside on
// the name before it: a comma or a dash ("أوباما – الذي زار كينيا –").
func asideMark(norm string) bool {
	switch norm {
	case "،", ",", "-", "–", "—":
		return true
	}
	return false
}

// reactionComplement reports whether the verbal noun at token i is the
// complement of a word by which someone judges another's act (أدان، ندد
// بـ، استنكر، رحب بـ…; data/conflict_words.tsv "reaction"), past the
// judge's name and adverbs: "وأدان رئيس الوزراء الليبي قصف درنة". The
// judge is then not the noun's agent.
func (d *docState) reactionComplement(st *sentState, i int) bool {
	if p := st.toks[i].Prefix; p != "" && p != "ب" {
		return false
	}
	adverb := func(k int) bool {
		return d.in("adverb", st.toks[k].Bare) || d.in("adverb", st.toks[k].Norm)
	}
	v := i - 1
	for v >= 0 && adverb(v) {
		v--
	}
	if v >= 0 {
		if m := st.mentionAt(v); m != nil && m.s > 0 {
			v = m.s - 1
		}
	}
	for v >= 0 && adverb(v) {
		v--
	}
	return v >= 0 && inConflict("reaction", st.toks[v])
}
