package ar

import (
	"strings"
	"sync"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
)

// Meetings beyond one subject and one partner (data/meet.tsv): the
// parties named together as a meeting's subject met each other too (a
// three-way meeting); a meeting noun that opens its sentence with no
// subject of its own continues the previous sentence's parties ("ويشارك
// كيري ولافروف في… . وكان اجتماعا عقد… مع الجبير"); a partner named by a
// form of address with a pronoun ("مع سموه") is the person last named
// with it or with a title that implies it (discourse.go); a place a "حيث"
// clause of meeting hangs on was visited.

// meetLists are the word lists of data/meet.tsv: "honorific", a form of
// address with a pronoun (سموه، فخامته); "where", what opens a clause
// telling what happened at the place before it (حيث); "speech", a speech
// given somewhere (كلمة، خطاب، مؤتمر صحفي); "after", "during", prepositions
// of time before a meeting noun, and "series", a count of meetings between
// them (بعد سلسلة من المحادثات); "media", the words of an interview's
// partner (قناة، صحيفة، موفد); "delegation" and "headedby", a delegation
// met and what names its head (وفدا … برئاسة X); "duringit", خلالها
// after a verb of meeting in a visit.
var meetLists = sync.OnceValues(func() (map[string]map[string]bool, error) {
	return wordLists("meet.tsv", "honorific", "where", "speech", "after", "during", "series", "media", "delegation", "headedby", "duringit")
})

// meetWordIs reports whether token t (without proclitics) is a word of the
// given list of data/meet.tsv.
func meetWordIs(list string, t text.Token) bool {
	s, err := meetSet()
	return err == nil && s.has(list, t)
}

// meetSet is meetLists as one bit set per word (meetWordIs).
var meetSet = lazyWordSet(meetLists)

// honorificAt reports whether token k holds a form of address that a
// preposition of the trigger governs: "مع سموه"، "بفخامته".
func (d *docState) honorificAt(st *sentState, k int, tr *trigger) bool {
	t := st.toks[k]
	if tr.preps[t.Prefix] && meetWordIs("honorific", t) {
		return true
	}
	return tr.preps[t.Norm] && k+1 < len(st.toks) && meetWordIs("honorific", st.toks[k+1])
}

// previousParties returns, for a meeting noun with a partner but no
// subject that opens its sentence (no mention before it, no named verb
// subject after it), the parties the sentence before gave as subject:
// "ويشارك كيري ولافروف في اجتماع… . وكان اجتماعا عقد يوم الاثنين…
// مع الجبير" — Kerry and Lavrov met al-Jubeir.
func (d *docState) previousParties(st *sentState, i int, tr *trigger, obj []string) []string {
	if tr.pred != extract.Met || tr.verb || d.lastSubjAt != st.idx-1 || len(d.lastSubj) == 0 || len(d.lastSubj) > 4 {
		return nil
	}
	if i > 3 || (len(st.ments) > 0 && st.ments[0].s < i) || d.namedSubjectFollows(st, i, i+1) {
		return nil
	}
	for _, s := range d.lastSubj {
		if contains(obj, s) || !isActorType(d.typeOf(s)) {
			return nil
		}
	}
	return d.lastSubj
}

// meetAmong records that the parties named together as a meeting's
// subject met each other: "عقد كيري ولافروف اجتماعا مع الجبير" is a
// three-way meeting, three met facts.
func (d *docState) meetAmong(st *sentState, tr *trigger, i, j int, subj []string, date string) {
	if tr.pred != extract.Met || len(subj) < 2 || len(subj) > 4 {
		return
	}
	d.how.obj = "co-subject"
	for a := 0; a < len(subj); a++ {
		for b := a + 1; b < len(subj); b++ {
			d.record(st, tr, i, j, subj[a], subj[b], date)
		}
	}
}

// wherePlace reads a meeting in a clause opened by حيث that hangs on a
// place ("سيتوجه إلى سلطنة عمان حيث التقى من قبل بممثلين للحوثيين"):
// the people who met there visited the place, unless it is in the
// country they serve (as meetingPlace).
func (d *docState) wherePlace(st *sentState, i int, parties []string, date string) {
	cl := st.syn.ClauseAt(i)
	if cl.Kind == syntax.Main || cl.Intro < 1 || !meetWordIs("where", st.toks[cl.Intro]) {
		return
	}
	k := cl.Intro - 1
	if !st.toks[k].IsWord() && k > 0 {
		k-- // "عمان، حيث"
	}
	m := st.mentionAt(k)
	if m == nil || m.e != k+1 || m.adj || (m.typ != extract.Place && m.typ != extract.Country) {
		return
	}
	for _, p := range parties {
		if !d.foreignTo(p, m.key) {
			continue
		}
		d.addFact(extract.Fact{Subject: p, Predicate: extract.Visited, Object: m.key, Date: date,
			Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/meeting-where"})
	}
}

// speechPlace reads a speech given at a place in a phrase that opens its
// clause ("وفي كلمة بالقاهرة أمس، قال كيري…"، "وخلال مؤتمر صحفي في
// باريس قال لافروف…"): the speaker, the subject of the first verb after
// it, visited the place, unless it is in the country he serves.
func (d *docState) speechPlace(st *sentState) {
	for k := 1; k+1 < len(st.toks); k++ {
		if !meetWordIs("speech", st.toks[k]) || st.mentionAt(k) != nil {
			continue
		}
		m := d.placeAfterSpeech(st, k)
		if m == nil {
			continue
		}
		for _, p := range d.frontedAdjunctSubject(st, k) {
			if !d.foreignTo(p, m.key) {
				continue
			}
			d.addFact(extract.Fact{Subject: p, Predicate: extract.Visited, Object: m.key, Date: d.factDate(st, k, extract.Visited),
				Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/speech-place"})
		}
	}
}

// placeAfterSpeech returns the place named right after a speech noun at
// token k (one adjective or "صحفي" may stand between): governed by ب or
// في ("كلمة بمصر"، "مؤتمر صحفي في باريس"), or nil.
func (d *docState) placeAfterSpeech(st *sentState, k int) *mention {
	for q := k + 1; q < len(st.toks) && q <= k+3; q++ {
		t := st.toks[q]
		if m := st.mentionAt(q); m != nil {
			if m.s != q || m.adj || (m.typ != extract.Place && m.typ != extract.Country) {
				return nil
			}
			if t.Prefix == "ب" || t.Prefix == "وب" {
				return m
			}
			if q > k+1 && st.toks[q-1].Norm == "في" {
				return m
			}
			return nil
		}
		if !t.IsWord() || st.syn.Class[q] == syntax.Verb {
			return nil
		}
	}
	return nil
}

// foreignTo reports whether person p is a visitor at place: he serves
// another country at the document's date, or holds only offices of bodies
// of no country (a UN envoy, the Arab League's secretary-general), who
// travel to every country they are named in.
func (d *docState) foreignTo(p, place string) bool {
	if d.typeOf(p) != extract.Person {
		return false
	}
	if home := d.homeCountry(p); home != "" {
		return home != d.countryOf(place)
	}
	offices := d.cat.Offices(p, d.at)
	for _, o := range offices {
		if e, ok := d.cat.Get(o.Of); !ok || e.Type != extract.Organization || e.LocatedIn != "" {
			return false
		}
	}
	return len(offices) > 0
}

// adjunctTime returns the list ("after" or "during") of the preposition of
// time that governs a meeting or visit noun at token i, in a phrase that
// hangs on its clause ("ودعا بان بعد لقاء مع هادي إلى…"، "وقال خلال
// محادثاته مع X"، "بعد سلسلة من المحادثات مع X"), or "" for a verb or
// any other noun.
func (d *docState) adjunctTime(st *sentState, i int, tr *trigger) string {
	if tr.verb || (tr.pred != extract.Met && tr.pred != extract.Visited) {
		return ""
	}
	k := i - 1
	if k >= 1 && st.toks[k].Norm == "من" && meetWordIs("series", st.toks[k-1]) {
		k -= 2 // "بعد سلسلة من المحادثات"
	}
	if k < 0 || (st.toks[k].Prefix != "" && st.toks[k].Prefix != "و" && st.toks[k].Prefix != "ف") {
		return ""
	}
	for _, l := range []string{"after", "during"} {
		if meetWordIs(l, st.toks[k]) {
			return l
		}
	}
	return ""
}

// adjunctUnblocked returns the modality markers that do not reach a
// meeting or visit noun in a phrase of time (adjunctTime): the clause's
// demand, negation or purpose is about what it says, not about the
// meeting the phrase tells of ("ودعا X بعد لقاء مع Y إلى هدنة" — X met
// Y; "لم يدل بتصريح بعد لقائه X" — he met X).
func (d *docState) adjunctUnblocked(st *sentState, i int, tr *trigger) syntax.Mod {
	if d.adjunctTime(st, i, tr) == "" {
		return 0
	}
	return syntax.Demand | syntax.Negation | syntax.Purpose
}

// interview reports whether the partner of a meeting named at token k is
// a medium or its reporter ("في لقاء مع قناة الجزيرة"، "في لقاء مع موفد
// الجزيرة نت"): an interview, no meeting.
func (d *docState) interview(st *sentState, k int) bool {
	if k < 0 || k >= len(st.toks) {
		return false
	}
	return meetWordIs("media", st.toks[k]) || (k > 0 && meetWordIs("media", st.toks[k-1]))
}

// visitsHome reports whether person p would visit the country he serves
// at the document's date ("زيارته لمصر" read as Mubarak's): no visit.
func (d *docState) visitsHome(p, place string) bool {
	return d.typeOf(place) == extract.Country && d.typeOf(p) == extract.Person && d.homeCountry(p) == place
}

// delegationHead returns the person who heads a delegation met after
// token from in clause c ("واستقبل البشير وفدا من الحركة الشعبية برئاسة
// مالك عقار"، "التقى الأمير وفدا أمريكيا برئاسة السيناتور جون ماكين"):
// the delegation noun within seven tokens, a word of "headedby" within
// six more, and the person named right after it; or "".
func (d *docState) delegationHead(st *sentState, from, c int) string {
	k := from
	for ; k < len(st.toks) && k < from+7 && st.within(k, c) && st.toks[k].IsWord(); k++ {
		if meetWordIs("delegation", st.toks[k]) {
			break
		}
	}
	if k >= len(st.toks) || !meetWordIs("delegation", st.toks[k]) {
		return ""
	}
	for q := k + 1; q < len(st.toks) && q <= k+7 && st.within(q, c) && st.toks[q].IsWord(); q++ {
		if !meetWordIs("headedby", st.toks[q]) {
			continue
		}
		n := d.afterStyle(st, q+1)
		if p := d.titledPerson(st, n); p != nil {
			return p.key // "برئاسة وزير الخارجية X"
		}
		if m := st.mentionAt(n); m != nil && m.s == n && m.typ == extract.Person {
			return m.key
		}
		return ""
	}
	return ""
}

// duringIt returns the token after a preposition of time with a pronoun
// at token k and the duration that may follow it ("اجتمع خلالها لمدة
// ساعتين مع…"), or k when there is none.
func (d *docState) duringIt(st *sentState, k int) int {
	if k >= len(st.toks) || !meetWordIs("duringit", st.toks[k]) {
		return k
	}
	k++
	if k+1 < len(st.toks) && st.toks[k].Norm == "لمده" && st.mentionAt(k+1) == nil {
		k += 2 // "لمدة ساعتين"
	}
	return k
}

// visitSubject returns, for a meeting verb followed by خلالها with no
// subject of its own ("وبدأ تميم زيارة إلى السودان يبحث خلالها مع
// البشير…"), the subject the sentence gave before it: the visitor.
func (d *docState) visitSubject(st *sentState, k int) []string {
	if d.duringIt(st, k) == k || d.lastSubjAt != st.idx {
		return nil
	}
	for _, p := range d.lastSubj {
		if d.typeOf(p) != extract.Person {
			return nil // a visitor is a person; a country does not travel
		}
	}
	return d.lastSubj
}

// adjunctsOnly reports whether tokens [j, k) hold only adverbs of time and
// places governed by في or ب ("وجرت مباحثات أمس في الدوحة بين X وY"): a
// بين after them still joins the meeting noun's parties.
func (d *docState) adjunctsOnly(st *sentState, j, k int) bool {
	for q := j; q < k; q++ {
		t := st.toks[q]
		if m := st.mentionAt(q); m != nil && m.s == q && (m.typ == extract.Place || m.typ == extract.Country) &&
			(strings.Contains(m.prefix, "ب") || (q > j && st.toks[q-1].Norm == "في")) {
			q = m.e - 1
			continue
		}
		if t.Norm != "في" && !d.in("adverb", t.Bare) && !d.in("adverb", t.Norm) {
			return false
		}
	}
	return true
}

// relativeLightRule is the rule of data/constructions.tsv for a light verb
// with the pronoun of the meeting noun before it ("خلال مباحثات أجراها
// الرئيس الجزائري في الجزائر أمس مع رئيس الوزراء التونسي"): read as a
// noun (the syntax does not class these forms as verbs), its subject is
// named right after it, like a verb's.
const relativeLightRule = "ar/meeting-relative-light"

// visitPlace returns where a visit to o took place: the city or country a
// facility is in ("وصل فريق … إلى مطار عدن" — a visit to Aden), else o.
func (d *docState) visitPlace(o string) string {
	if d.typeOf(o) != extract.Facility {
		return o
	}
	if e, ok := d.cat.Get(o); ok && e.LocatedIn != "" {
		return e.LocatedIn
	}
	return o
}

// envoyDestination reports whether the place named at token k is the
// destination in an envoy's title (a title within three words before
// إلى), a person's name right after it
// ("توجه المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد إلى الرياض":
// Yemen is his brief, Riyadh where he went).
func (d *docState) envoyDestination(st *sentState, k int) bool {
	if k < 1 || k >= len(st.toks) || d.destinationEnd(st, k-1) == k-1 {
		return false
	}
	m := st.mentionAt(k)
	if m == nil || m.e >= len(st.toks) {
		return false
	}
	n := st.mentionAt(m.e)
	if n == nil || n.s != m.e || n.typ != extract.Person || n.prefix != "" {
		return false // "خلال زيارة إلى القاهرة بالأمين العام…": whom he met
	}
	for p := k - 2; p >= 0 && p >= k-5; p-- {
		if _, _, e := d.matchTitle(st, p); e > p {
			return true // "المبعوث الأممي إلى اليمن"
		}
	}
	return false
}

// sentenceVisitor returns, for "والتقى X" at token i with no partner
// after X, the person the same sentence named first as a subject before
// it ("وكان وزير الخارجية الإيراني قد زار مسقط الشهر الماضي والتقى
// السلطان قابوس": the minister met the sultan), or nil when that is X or
// no person.
func (d *docState) sentenceVisitor(st *sentState, i int, subj []string) []string {
	if len(subj) == 0 {
		return nil
	}
	for _, m := range st.ments {
		if m.s >= i {
			break
		}
		if d.governed(st, m) || d.actor(st, m) == "" || st.objects[m.s] {
			continue
		}
		keys, _ := d.group(st, m, "actor")
		for _, k := range keys {
			if d.typeOf(k) != extract.Person || contains(subj, k) {
				return nil
			}
		}
		return keys
	}
	return nil
}
