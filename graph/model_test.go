package graph

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract"
)

func nq(qs []quad.Quad) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString(q.NQuad())
		b.WriteByte('\n')
	}
	return b.String()
}

func TestResultQuadsModel(t *testing.T) {
	v := NewVocab("")
	r := meetingDoc()
	qs, err := ResultQuads(v, r)
	if err != nil {
		t.Fatal(err)
	}
	doc := v.Doc("test-meeting")
	has := func(s quad.Value, p quad.IRI, o quad.Value) bool {
		for _, q := range qs {
			if q.Subject == s && q.Predicate == p && q.Object == o {
				return true
			}
		}
		return false
	}
	count := func(p quad.IRI, o quad.Value) int {
		n := 0
		for _, q := range qs {
			if q.Predicate == p && (o == nil || q.Object == o) {
				n++
			}
		}
		return n
	}
	for _, q := range qs {
		if q.Label != doc {
			t.Fatalf("quad %s is not labelled with the document", q.NQuad())
		}
	}
	putinIRI, khamenei := v.Entity("vladimir-putin"), v.Entity("ali-khamenei")
	// The symmetric meeting is written once, smaller IRI first, and the two
	// phrasings collapse into one statement.
	if count(v.Term("met"), nil) != 1 {
		t.Errorf("want one met edge, got %d", count(v.Term("met"), nil))
	}
	s, o := putinIRI, khamenei
	if o < s {
		s, o = o, s
	}
	if !has(s, v.Term("met"), o) {
		t.Errorf("met edge not in canonical direction %s → %s", s, o)
	}
	if n := count(RDFType, v.Term(TermStatement)); n != 4 {
		t.Errorf("want 4 statements (5 facts, 2 duplicates), got %d", n)
	}
	if !has(v.Statement("test-meeting", string(s), "met", string(o), "2015-11-23", "", string(v.Entity("tehran")), "", "", ""),
		v.Term(TermConfidence), decimal(0.9)) {
		t.Errorf("the kept meeting statement should carry the higher confidence 0.9:\n%s", nq(qs))
	}
	for _, c := range []struct {
		p quad.IRI
		o quad.Value
	}{
		{RDFType, v.Term(TermDocument)},
		{DCDate, quad.TypedString{Value: "2015-11-23", Type: XSDDate}},
		{DCLanguage, quad.String("ar")},
		{DCSource, quad.IRI("https://example.org/news/1")},
		{v.Term(TermDate), quad.TypedString{Value: "2015-11", Type: XSDGYearMonth}},
		{v.Term(TermDate), quad.TypedString{Value: "2015", Type: XSDGYear}},
		{v.Term(TermRole), quad.String("president")},
		{v.Term(TermPlace), v.Entity("tehran")},
		{OWLSameAs, quad.IRI(WD + "Q7747")},
		{RDFSLabel, quad.LangString{Value: "فلاديمير بوتين", Lang: "ar"}},
		{SKOSAltLabel, quad.LangString{Value: "بوتين", Lang: "ar"}},
		{v.Term(TermStart), quad.TypedString{Value: "0", Type: XSDInteger}},
	} {
		if count(c.p, c.o) == 0 {
			t.Errorf("no quad with predicate %s and object %s", c.p, c.o)
		}
	}
	// Deaths: an integer literal as the direct edge's object; entity confidence < 1.
	vq, err := ResultQuads(v, visitDoc())
	if err != nil {
		t.Fatal(err)
	}
	qs = vq
	if !has(v.Entity("event/syrian-war"), v.Term("deaths"), quad.TypedString{Value: "1200", Type: XSDInteger}) {
		t.Errorf("deaths edge missing:\n%s", nq(qs))
	}
	if !has(v.Entity("event/syrian-war"), v.Term(TermConfidence), decimal(0.6)) {
		t.Errorf("entity confidence missing")
	}
	if has(putinIRI, v.Term(TermConfidence), decimal(1)) {
		t.Errorf("catalogue entity should have no confidence quad")
	}
}

// The output is sorted and does not depend on the order of facts and entities.
func TestResultQuadsDeterministic(t *testing.T) {
	v := NewVocab("")
	want, err := ResultQuads(v, meetingDoc())
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 5; i++ {
		r := meetingDoc()
		rng.Shuffle(len(r.Facts), func(i, j int) { r.Facts[i], r.Facts[j] = r.Facts[j], r.Facts[i] })
		rng.Shuffle(len(r.Entities), func(i, j int) { r.Entities[i], r.Entities[j] = r.Entities[j], r.Entities[i] })
		got, err := ResultQuads(v, r)
		if err != nil {
			t.Fatal(err)
		}
		if nq(got) != nq(want) {
			t.Fatalf("shuffled input gave different quads")
		}
	}
	for i := 1; i < len(want); i++ {
		if want[i-1].NQuad() >= want[i].NQuad() {
			t.Fatalf("quads not sorted/unique at %d", i)
		}
	}
}

func TestResultQuadsDocID(t *testing.T) {
	r := meetingDoc()
	r.Doc.ID = ""
	qs, err := ResultQuads(NewVocab(""), r)
	if err != nil {
		t.Fatal(err)
	}
	id := Hash(r.Doc.Text)[:16]
	if DocID(r.Doc) != id || qs[0].Label != NewVocab("").Doc(id) {
		t.Errorf("document without id should be labelled by its text hash %s, got %v", id, qs[0].Label)
	}
}

func TestResultQuadsErrors(t *testing.T) {
	for _, c := range []struct {
		name  string
		edit  func(r *extract.Result)
		wants string
	}{
		{"unknown entity", func(r *extract.Result) { r.Facts[0].Object = "nobody" }, `"nobody" is not among`},
		{"unknown place", func(r *extract.Result) { r.Facts[0].Place = "atlantis" }, `"atlantis"`},
		{"bad predicate", func(r *extract.Result) { r.Facts[0].Predicate = "likes" }, `unknown predicate "likes"`},
		{"bad date", func(r *extract.Result) { r.Facts[0].Date = "23/11/2015" }, `"23/11/2015"`},
		{"bad type", func(r *extract.Result) { r.Entities[0].Type = "Alien" }, `unknown type "Alien"`},
		{"bad wikidata", func(r *extract.Result) { r.Entities[0].Wikidata = "7747" }, `Wikidata id "7747"`},
		{"offsets", func(r *extract.Result) { r.Facts[0].End = 1 << 20 }, "offsets"},
		{"value on non-deaths", func(r *extract.Result) { r.Facts[0].Value = "3" }, "only allowed for deaths"},
		{"confidence", func(r *extract.Result) { r.Facts[0].Confidence = 2 }, "outside 0..1"},
		{"bad url", func(r *extract.Result) { r.Doc.URL = "not a url" }, "not an absolute IRI"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := meetingDoc()
			c.edit(r)
			_, err := ResultQuads(NewVocab(""), r)
			if err == nil || !strings.Contains(err.Error(), c.wants) || !strings.Contains(err.Error(), "test-meeting") {
				t.Fatalf("want error naming the document and %q, got %v", c.wants, err)
			}
		})
	}
}

// TestMeetingMode: the mode of a meeting is a qualifier of its statement;
// the same meeting by phone and in person are two statements; a fact
// without a mode keeps the statement IRI it had before modes existed; an
// unknown mode is refused.
func TestMeetingMode(t *testing.T) {
	v := NewVocab("")
	base := meetingDoc()
	base.Facts = base.Facts[:1] // Putin met Khamenei, in Tehran
	call := *base
	call.Facts = append([]extract.Fact{}, base.Facts...)
	phone := call.Facts[0]
	phone.Mode = extract.MeetingPhone
	call.Facts = append(call.Facts, phone)
	qs, err := ResultQuads(v, &call)
	if err != nil {
		t.Fatal(err)
	}
	var statements, modes []string
	for _, q := range qs {
		if q.Predicate == RDFType && q.Object == v.Term(TermStatement) {
			statements = append(statements, q.Subject.String())
		}
		if q.Predicate == v.Term(TermMode) {
			modes = append(modes, q.Object.String())
		}
	}
	if len(statements) != 2 || len(modes) != 1 || modes[0] != `"phone"` {
		t.Errorf("statements %v, modes %v: want two statements, one by phone", statements, modes)
	}
	s, o := v.Entity("ali-khamenei"), v.Entity("vladimir-putin")
	old := v.Statement("test-meeting", string(s), "met", string(o), "2015-11-23", "", string(v.Entity("tehran")), "", "", "")
	if !strings.Contains(strings.Join(statements, " "), string(old)) {
		t.Errorf("the meeting without a mode is no longer %s: %v", old, statements)
	}
	bad := *base
	bad.Facts = []extract.Fact{base.Facts[0]}
	bad.Facts[0].Mode = "carrier pigeon"
	if _, err := ResultQuads(v, &bad); err == nil || !strings.Contains(err.Error(), "carrier pigeon") {
		t.Errorf("unknown mode: error %v", err)
	}
}
