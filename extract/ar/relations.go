package ar

import (
	"strings"
	"unicode/utf8"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
)

// clauses reads the sentence's clause structure (extract/syntax) and
// records each complement clause's speaker: the actor after the speech
// verb (VSO), before it (SVO), or for "وأضاف:" and a verb at the head of
// its clause the last speaker.
func (d *docState) clauses(st *sentState) {
	spans := take(&d.bufs.spans, len(st.ments), len(st.ments)+d.bufs.left/6)[:0] // kept by st.syn
	for _, m := range st.ments {
		k := syntax.NameSpan
		switch {
		case m.adj:
			k = syntax.AdjectiveSpan
		case m.title || m.typ == "title":
			k = syntax.TitleSpan
		}
		spans = append(spans, syntax.Span{Start: m.s, End: m.e, Kind: k})
	}
	words := d.synWords[:0] // read by AnalyzeWords only: one buffer for the document
	for k := range st.toks {
		words = append(words, st.word(d, k).syn)
	}
	d.synWords = words
	st.syn = d.x.syn.AnalyzeWordsIn(&d.synBufs, st.toks, words, spans)
	d.sentIdx = st.idx + 1 // the headline is -1
	st.clause = st.syn.Clause
	type said struct {
		verb         int
		speaker      []string
		named, claim bool
	}
	var byVerb []said // by verb position, ascending: few per sentence
	for i := range st.toks {
		if !d.isSpeech(st, i) {
			continue
		}
		claim := false
		for _, f := range st.forms(d, i) {
			claim = claim || d.in("claim", f)
		}
		c := st.clause[i]
		var speaker []string
		named := true
		if subj, _ := d.vsoSubject(st, i, i+1, true); len(subj) > 0 {
			speaker = subj
			d.noteTopic(st, i, speaker, st.posOf(speaker[0], i))
		} else if subj := d.svoSubject(st, i, c); len(subj) > 0 && !d.joinedAfterComma(st, i) {
			speaker = subj
			d.noteTopic(st, i, speaker, st.posOf(speaker[0], i))
		} else if i <= 2 || d.clauseStartsAt(st, i) {
			speaker, named = d.droppedSpeaker(st, i)
		}
		if named && len(speaker) > 0 {
			d.lastSpeaker = speaker
		}
		if len(speaker) > 0 {
			d.noteSpeechDate(st, i, speaker)
		}
		if len(speaker) == 1 && named && d.typeOf(speaker[0]) == extract.Person && feminineVerb(st.toks[i]) {
			if d.female == nil {
				d.female = map[string]bool{}
			}
			d.female[speaker[0]] = true // "وقالت فاليري جاريت": her pronouns are ها
		}
		if len(speaker) > 0 {
			d.setLast(st, speaker)
		}
		byVerb = append(byVerb, said{i, speaker, named, claim})
	}
	for c, cl := range st.syn.Clauses {
		var sp said
		ok := false
		for _, s := range byVerb {
			if s.verb == cl.Speech {
				sp, ok = s, true
				break
			}
		}
		if cl.Speech < 0 || !ok || len(sp.speaker) == 0 {
			continue
		}
		switch cl.Kind {
		case syntax.Complement:
			if st.speaker == nil { // made on first use: most sentences report no one
				st.speaker, st.claim, st.named = map[int][]string{}, map[int]bool{}, map[int]bool{}
			}
			st.speaker[c] = sp.speaker
			st.claim[c] = sp.claim
			st.named[c] = sp.named
		case syntax.Quote:
			if st.quoted == nil {
				st.quoted = map[int][]string{}
			}
			st.quoted[c] = sp.speaker
		}
	}
}

// continuesSpeech reports whether token i is a verb that goes on with the
// last speaker's words ("وأضاف", "وتابع").
func (d *docState) continuesSpeech(st *sentState, i int) bool {
	for _, f := range st.forms(d, i) {
		if d.in("continuation", f) {
			return true
		}
	}
	return false
}

func (d *docState) isSpeech(st *sentState, i int) bool {
	for _, f := range st.forms(d, i) {
		if d.in("speech", f) {
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
		if st.toks[k].IsWord() && !d.in("adverb", st.toks[k].Bare) && !frontedTime(st, k) {
			return false
		}
	}
	return true
}

// frontedTime reports whether token k belongs to a time adjunct before a
// verb: inside a date expression, or the في/منذ that governs one ("وفي عام
// 1990 التقى X Y": the verb still starts its clause).
func frontedTime(st *sentState, k int) bool {
	inDate := func(k int) bool {
		t := st.toks[k]
		for _, m := range st.dates {
			if t.Start >= m.Start && t.End <= m.End {
				return true
			}
		}
		return false
	}
	if inDate(k) {
		return true
	}
	b := st.toks[k].Bare
	return (b == "في" || b == "منذ") && k+1 < len(st.toks) && inDate(k+1)
}

// matchTrigger finds the longest relation phrase at token i.
func (d *docState) matchTrigger(st *sentState, i int) (*trigger, int, string) {
	t := st.toks[i]
	if !t.IsArabic() {
		return nil, i, ""
	}
	if m := st.mentionAt(i); m != nil && !(m.s == i && (m.typ == extract.Event || m.typ == extract.Agreement)) {
		return nil, i, "" // a word of a name ("مجلس التعاون") is no trigger
	}
	isVerb := st.syn.Class[i] == syntax.Verb
	var best *trigger
	bestEnd, bestPrefix := i, ""
	w := st.word(d, i)
	for fi, f := range w.forms {
		if w.triggers == nil {
			break
		}
		for _, tr := range w.triggers[fi] {
			if tr.verb && !isVerb {
				continue // "موطئ قدم له", "يتضمن رفع العقوبات": a noun here
			}
			sameEnd := i+len(tr.toks) == bestEnd && best != nil && (best.objType == "event") != (tr.objType == "event")
			if !tr.wildcard && ((i+len(tr.toks) <= bestEnd && !sameEnd) || i+len(tr.toks) > len(st.toks)) {
				continue
			}
			end, ok := d.matchSeq(st, i+1, tr.toks[1:])
			if ok && end == bestEnd && best != nil && (best.objType == "event") != (tr.objType == "event") &&
				d.eventNext(st, end) == (tr.objType == "event") {
				best = tr // "الراعية لعملية السلام": the reading whose object fits
				continue
			}
			if ok && end > bestEnd {
				best, bestEnd = tr, end
				bestPrefix = ""
				if fi > 0 {
					bestPrefix = strings.TrimSuffix(t.Norm, f)
				}
			}
		}
	}
	if best == nil && mayHaveSuffix(t.Norm) {
		for _, f := range d.suffixForms(t) {
			for _, tr := range d.lex.triggers[f] {
				if len(tr.toks) == 1 && !tr.verb {
					return tr, i + 1, t.Prefix
				}
			}
		}
	}
	if best == nil && mayHaveSuffix(t.Norm) {
		if tr := d.verbSuffixTrigger(st, i); tr != nil {
			return tr, i + 1, t.Prefix // args.go: "والتقاه X"، "تدعمها"
		}
	}
	return best, bestEnd, bestPrefix
}

// eventNext reports whether the first mention in the clause within six
// tokens after token j is an event or agreement.
func (d *docState) eventNext(st *sentState, j int) bool {
	for k := j; k < len(st.toks) && k < j+6; k++ {
		if st.clause != nil && j > 0 && st.clause[k] != st.clause[j-1] {
			return false
		}
		if m := st.mentionAt(k); m != nil && !m.adj {
			return m.typ == extract.Event || m.typ == extract.Agreement
		}
	}
	return false
}

// matchSeq matches phrase words from token k; "*" matches up to 12 tokens
// of the same clause. It returns the token after the match.
func (d *docState) matchSeq(st *sentState, k int, words []string) (int, bool) {
	if len(words) == 0 {
		return k, true
	}
	if words[0] == "*" {
		for n := 0; n <= 12 && k+n <= len(st.toks); n++ {
			if n > 0 && !st.within(k+n-1, st.clause[k-1]) {
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
	if !mayHaveSuffix(t.Norm) || len(t.Norm) < len(w) {
		return false
	}
	for _, f := range d.suffixForms(t) {
		if f == w {
			return true
		}
	}
	return false
}

// stancePreds are the predicates of lasting stances, which a pledge or a
// will to continue states rather than plans ("تعهد بدعم X"، "سنواصل دعم X").
var stancePreds = map[string]bool{extract.Supports: true, extract.Opposes: true, extract.AllyOf: true}

// blocking are the modality markers under which a trigger states no fact:
// what is negated, future, planned, expected, possible, demanded, rumoured,
// denied, alleged, conditional or a purpose. A pledge blocks all but
// lasting stances; background does not block.
const blocking = syntax.Negation | syntax.Future | syntax.Plan | syntax.Expectation | syntax.Possibility |
	syntax.Demand | syntax.Rumour | syntax.Denial | syntax.Allegation | syntax.Condition | syntax.Purpose

// modality returns the markers in scope at a trigger at token i that
// keep it from stating a fact (none for a stance under a pledge).
func (d *docState) modality(st *sentState, i int, tr *trigger) syntax.Mod {
	m := st.syn.ModAt(i)
	block := blocking
	if st.claim[st.clause[i]] {
		block &^= syntax.Allegation // "زعمت دمشق أن…": recorded as the speaker's accusation
	}
	if !stancePreds[tr.pred] {
		block |= syntax.Pledge
	} else if m&syntax.Pledge != 0 {
		block &^= syntax.Future // "سنواصل دعم": a stance
	}
	block &^= d.adjunctUnblocked(st, i, tr) // meet.go: "ودعا X بعد لقاء مع Y إلى…"
	return m & block
}

// blocked reports whether a trigger at token i states no fact: a modality
// marker in scope, a verb form read as a noun in context, a topic of talks
// (بشأن، حول), a meeting that a future verb follows, a purpose (لـ + verbal
// noun), or a subjunctive (أن يلتقي).
func (d *docState) blocked(st *sentState, i int, tr *trigger, prefix string) bool {
	if tr.passive || tr.cx == cxRelNoun || tr.cx == cxActive {
		// an attributive participle or noun of relation describes its
		// noun whatever the clause plans ("يزور وفد من المعارضة المدعومة
		// من الغرب…"); only a negation right before it counts (a noun of
		// relation used as a predicate is checked when it is read so)
		return i > 0 && (st.toks[i-1].Norm == "غير" || d.in("negation", st.toks[i-1].Norm))
	}
	if d.modality(st, i, tr) != 0 || d.plannedEvent(st, i, tr) || d.inQuestion(st, i) {
		return true
	}
	if tr.pred == extract.ParticipatedIn && d.refusedPart(st, i) {
		return true // events2.go: "رفضت X المشاركة في المؤتمر"
	}
	c := st.clause[i]
	for k := i - 1; k >= 0 && k >= i-4 && st.clause[k] == c; k-- {
		if !tr.verb && (st.toks[k].Norm == "بشان" || st.toks[k].Norm == "حول") {
			return true // a topic of talks, not an act: "بشأن سوريا ومحاربة الجهاديين"
		}
	}
	if !tr.verb && (tr.pred == extract.Met || tr.pred == extract.Visited || tr.pred == extract.ParticipatedIn) && d.adjunctTime(st, i, tr) != "after" {
		for k := i + 1; k < len(st.toks) && k <= i+14 && st.clause[k] == c; k++ {
			if st.syn.Feat[k]&syntax.FutureVerb != 0 {
				return true // "اجتماع كيري مع لافروف … سيركز على": a planned meeting
			}
		}
	}
	if strings.Contains(prefix, "ل") && !(stancePreds[tr.pred] && d.effortAgent(st, i) != nil) {
		// "جهود فرنسا لدعم…": the efforts are the stance, no purpose
		switch tr.pred {
		case extract.Met, extract.Visited, extract.ParticipatedIn, extract.Attacked, extract.Gave, extract.CooperatesWith, extract.EasedRestrictionsOn, extract.Supports:
			return true
		}
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
		d.applyTwins(st, i, j, tr, prefix) // stance4.go
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
	d.coalitionAgainst(st) // stance4.go
	d.condemnedPerpetrator(st)
	d.condemnedNation(st) // stance8.go
	d.noteClaimant(st)
	d.condemnedClaimed(st)
	d.events9(st) // events9.go
}

func (d *docState) needOK(st *sentState, i, j int, tr *trigger) bool {
	if len(tr.need) == 0 {
		return true
	}
	c := st.clause[i]
	for k := j; k < len(st.toks) && k < j+6 && st.within(k, c); k++ {
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

// narrativeSubject notes "وتوجه بوتين": a verb with و/ف and the actor
// right after it carry the narrative, so a later verb without a subject
// takes that actor. Dual and plural verbs (واتهمتا) have pronoun subjects.
func (d *docState) narrativeSubject(st *sentState, i int) {
	t := st.toks[i]
	if (t.Prefix != "و" && t.Prefix != "ف") || st.mentionAt(i) != nil || len(t.Bare) < 6 ||
		d.in("preposition", t.Bare) || d.in("filler", t.Bare) || d.in("adverb", t.Bare) ||
		strings.HasSuffix(t.Bare, "تا") || strings.HasSuffix(t.Bare, "وا") {
		return
	}
	if m := st.mentionAt(i + 1); m != nil && m.s == i+1 && !m.adj && isActorType(m.typ) && m.prefix == "" {
		keys, _ := d.group(st, m, "actor")
		if len(keys) == 0 || !d.vsoAgrees(st, i, keys) {
			return // "واتهم روسيا": the name is the object
		}
		d.setLast(st, keys)
		d.noteTopic(st, i, keys, i+1)
	}
}

// pronounComplementizers carry the subject of their clause as a pronoun
// ("قالت إيران إنها دعمت…": she = Iran).
var pronounComplementizers = map[string]bool{}

func init() {
	for _, w := range strings.Fields(text.Normalize("إنه أنه بأنه إنها أنها بأنها إنهم أنهم بأنهم إنهما أنهما إننا أننا بأننا")) {
		pronounComplementizers[w] = true
	}
}

// afterPronounComplementizer reports whether the verb at token i follows a
// complementiser with a pronoun, with at most adverbs and stance verbs
// ("أنها ستواصل دعم…") between: its subject is then the clause's speaker.
func (d *docState) afterPronounComplementizer(st *sentState, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := st.toks[k]
		if pronounComplementizers[t.Norm] {
			return true
		}
		if !d.in("adverb", t.Bare) && !d.in("stance", t.Norm) && !d.in("stance", t.Bare) {
			return false
		}
	}
	return false
}

// joinedAfterComma reports whether the verb at token i carries و or ف and
// follows a comma ("…بيد داعش، وأضاف"): it continues the narrative, so the
// last actor of the clause before the comma is not its subject.
func (d *docState) joinedAfterComma(st *sentState, i int) bool {
	t := st.toks[i]
	if i == 0 || (t.Prefix != "و" && t.Prefix != "ف") {
		return false
	}
	p := st.toks[i-1].Norm
	return p == "،" || p == ","
}

// isQuote reports whether a token is a quotation mark.
func isQuote(norm string) bool {
	switch norm {
	case "\"", "«", "»", "“", "”", "'":
		return true
	}
	return false
}

var normIla = text.Normalize("إلى")

// alongside returns the actors named after "إلى جانب" in clause c ("روسيا
// واحدة من رعاة العملية إلى جانب الولايات المتحدة والأمم المتحدة"): they
// share the clause subject's part in an event. Keys already in subj are
// left out.
func (d *docState) alongside(st *sentState, c int, subj []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range subj {
		seen[s] = true
	}
	for k := 1; k+1 < len(st.toks); k++ {
		if st.clause[k] != c || st.toks[k].Norm != "جانب" || !d.tokenIs(st.toks[k-1], normIla) {
			continue
		}
		m := st.mentionAt(k + 1)
		if m == nil || m.s != k+1 || d.actor(st, m) == "" {
			continue
		}
		keys, _ := d.group(st, m, "actor")
		for _, key := range keys {
			if !seen[key] {
				seen[key] = true
				out = append(out, key)
			}
		}
	}
	return out
}

// writtenPossessive reports whether a word, as written, ends in an attached
// pronoun (ه ها هم هما; not the feminine ة, which Normalize folds into ه)
// and so cannot carry the article.
func writtenPossessive(t text.Token) bool {
	if text.HasArticle(t.Bare) {
		return false
	}
	w := strings.TrimRight(t.Text, "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640")
	for _, p := range []string{"هما", "هم", "ها", "ه"} {
		if strings.HasSuffix(w, p) && len([]rune(w)) > len([]rune(p))+2 {
			return true
		}
	}
	return false
}

// within reports whether token k is in clause c or in a relative clause
// embedded in it (which c goes on after).
func (st *sentState) within(k, c int) bool {
	d := st.clause[k]
	for d != c && d >= 0 && st.syn.Clauses[d].Kind == syntax.Relative {
		d = st.syn.Clauses[d].Parent
	}
	return d == c
}

// embedded reports whether token k is in a relative clause embedded in
// clause c.
func (st *sentState) embedded(k, c int) bool {
	return st.clause[k] != c && st.within(k, c)
}

// mayHaveSuffix reports whether a normalised word could end in a pronoun
// suffix (ه ها هم هما هن كم كما نا): it ends in ه, ا, م or ن. Words that
// do not need no suffix-stripped forms.
func mayHaveSuffix(norm string) bool {
	if norm == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(norm)
	return r == 'ه' || r == 'ا' || r == 'م' || r == 'ن'
}

// feminineVerb reports whether a past speech verb carries the feminine ت
// (قالت، أكدت، أضافت).
func feminineVerb(t text.Token) bool {
	n := t.Norm
	if t.Prefix == "و" || t.Prefix == "ف" {
		n = t.Bare
	}
	return strings.HasSuffix(n, "ت") && !strings.HasPrefix(n, "ت")
}
