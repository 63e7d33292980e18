package scorer

import (
	"strings"
	"testing"

	"github.com/newskg/kg/extract"
)

func TestNorm(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"François Hollande", "francois hollande"},
		{"Abdel Fattah el-Sisi", "abdel fattah el sisi"},
		{"U.S.", "u s"},
		{"  Recep  Tayyip   Erdoğan ", "recep tayyip erdogan"},
		{"Al-Qassam (Brigades)", "al qassam brigades"},
		{"STRASSE", "strasse"},
	} {
		if got := Norm(c.in); got != c.want {
			t.Errorf("Norm(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestLoadGoldPart(t *testing.T) {
	g, err := LoadGold("testdata/tiny", "train")
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Docs) != 12 || g.Docs["t99"] {
		t.Errorf("docs %v, want t01..t12 without t99", g.Docs)
	}
	if n := len(g.Facts["t04"]); n != 5 {
		t.Errorf("t04 has %d gold facts, want 5", n)
	}
	// t99 names an entity entities.tsv lacks: reading every part fails on
	// it, reading the train part never looks at it
	if _, err := LoadGold("testdata/tiny", ""); err == nil || !strings.Contains(err.Error(), "Unlisted Person") {
		t.Errorf("all parts: err %v, want the unlisted entity named", err)
	}
	if _, err := LoadGold("testdata/tiny", "nothing"); err == nil {
		t.Error("an empty part loaded without error")
	}
}

func TestHolds(t *testing.T) {
	g, err := LoadGold("testdata/tiny", "train")
	if err != nil {
		t.Fatal(err)
	}
	ent := func(key string, typ extract.EntityType, en, wd string, alts ...string) extract.Entity {
		e := extract.Entity{Key: key, Type: typ, Labels: map[string]string{"en": en}, Wikidata: wd}
		for _, a := range alts {
			e.AltLabels = append(e.AltLabels, extract.Label{Text: a, Lang: "en"})
		}
		return e
	}
	ents := map[string]extract.Entity{}
	for _, e := range []extract.Entity{
		ent("putin", extract.Person, "V. Putin", "Q7747"), // by Wikidata only
		ent("rouhani", extract.Person, "Hassan Rouhani", ""),
		ent("kerry", extract.Person, "J. Kerry", "", "kerry"), // by an alias, case folded
		ent("salman", extract.Person, "Salman of Saudi Arabia", ""),
		ent("usaf", extract.Organization, "US Military", ""),
		ent("isis", extract.Group, "Daesh", ""),
		ent("hollande", extract.Person, "Francois Hollande", ""), // without the cedilla
		ent("lebanon", extract.Country, "Lebanon", ""),
		ent("russia", extract.Country, "Russian Federation", ""),
	} {
		ents[e.Key] = e
	}
	for _, c := range []struct {
		doc, s string
		p      extract.Predicate
		o      string
		want   bool
	}{
		{"t01", "putin", extract.Met, "rouhani", true},
		{"t01", "rouhani", extract.Met, "putin", true}, // symmetric
		{"t02", "salman", extract.Met, "kerry", true},
		{"t02", "kerry", extract.Met, "salman", true},
		{"t08", "usaf", extract.Attacked, "isis", true},         // second alternative
		{"t08", "isis", extract.Attacked, "usaf", false},        // attacked is not symmetric
		{"t06", "hollande", extract.Visited, "lebanon", true},   // NFKD
		{"t06", "hollande", extract.Supports, "lebanon", false}, // other predicate
		{"t03", "putin", extract.Met, "rouhani", false},         // other document
		{"t01", "putin", extract.OfficialOf, "russia", false},   // the label does not match
	} {
		f := extract.Fact{Subject: c.s, Predicate: c.p, Object: c.o}
		if got := g.Holds(c.doc, f, ents); got != c.want {
			t.Errorf("%s: %s %s %s holds = %v, want %v", c.doc, c.s, c.p, c.o, got, c.want)
		}
	}
	if m := g.Matches("t04", extract.Fact{Subject: "kerry", Predicate: extract.OfficialOf, Object: "x"}, ents); len(m) != 0 {
		t.Errorf("matches %v for an unknown object", m)
	}
}

func TestHoldsDeaths(t *testing.T) {
	g := &Gold{Facts: map[string][]GoldFact{"d": {{Subject: []string{"Paris attacks"}, Predicate: extract.Deaths, Object: []string{`"130"`, `"129"`}}}},
		names: map[string]map[string]bool{"Paris attacks": {"paris attacks": true}}, qids: map[string]string{}}
	ents := map[string]extract.Entity{"p": {Key: "p", Labels: map[string]string{"en": "Paris Attacks"}}}
	for _, c := range []struct {
		value string
		want  bool
	}{{"130", true}, {"129", true}, {"128", false}} {
		f := extract.Fact{Subject: "p", Predicate: extract.Deaths, Value: c.value}
		if got := g.Holds("d", f, ents); got != c.want {
			t.Errorf("deaths %s: holds = %v, want %v", c.value, got, c.want)
		}
	}
}
