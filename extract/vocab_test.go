package extract

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newskg/kg/internal/tsv"
)

// TestConstantsAreRows checks the constants of vocab.go against
// data/vocab.tsv both ways: every predicate or entity-type constant is a
// row of that kind and is listed in Predicates or EntityTypes, and every
// non-abstract predicate or entity-type row is a constant.
func TestConstantsAreRows(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "vocab.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	consts := map[string]bool{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			vs := s.(*ast.ValueSpec)
			for i, n := range vs.Names {
				lit, ok := vs.Values[i].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING || strings.HasPrefix(n.Name, "Kind") ||
					strings.HasPrefix(n.Name, "Flag") || n.Name == "VocabFile" {
					continue
				}
				v, _ := strconv.Unquote(lit.Value)
				consts[v] = true
				switch {
				case Predicate(v).Valid():
					if !slices.Contains(Predicates, Predicate(v)) {
						t.Errorf("predicate constant %s is not in Predicates", n.Name)
					}
				case EntityType(v).Valid():
					if !slices.Contains(EntityTypes, EntityType(v)) {
						t.Errorf("entity type constant %s is not in EntityTypes", n.Name)
					}
				default:
					t.Errorf("constant %s = %q is no predicate or entity type of %s", n.Name, v, VocabFile)
				}
			}
		}
	}
	if len(consts) != len(Predicates)+len(EntityTypes) {
		t.Errorf("%d constants, %d predicates and %d entity types listed", len(consts), len(Predicates), len(EntityTypes))
	}
	rows := 0
	for _, term := range Vocabulary() {
		isPred := (term.Kind == KindRelation || term.Kind == KindDatatype) && !term.Has(FlagAbstract)
		if isPred || (term.Kind == KindClass && EntityType(term.Name).Valid()) {
			rows++
			if !consts[term.Name] {
				t.Errorf("%s: %s %s has no constant", VocabFile, term.Kind, term.Name)
			}
		}
	}
	if rows != len(consts) {
		t.Errorf("%d predicate and entity-type rows, %d constants", rows, len(consts))
	}
}

func TestEntityTypesAreLeafClassesUnderEntity(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Person", true}, {"Work", true}, {"Group", true},
		{"Entity", false}, {"Actor", false}, {"Location", false}, // abstract
		{"Statement", false}, {"Document", false}, // classes outside Entity
		{"met", false}, {"person", false}, {"", false},
	} {
		if got := EntityType(c.name).Valid(); got != c.want {
			t.Errorf("EntityType(%q).Valid() = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestParse(t *testing.T) {
	for _, c := range []struct {
		word    string
		pred    bool   // parse as a predicate (else as an entity type)
		wantErr string // "" = accepted
	}{
		{"met", true, ""},
		{"deaths", true, ""},
		{"relation", true, `unknown predicate "relation"`}, // abstract
		{"Met", true, `unknown predicate "Met" (want one of met, visited,`},
		{"", true, `unknown predicate ""`},
		{"Person", true, `unknown predicate "Person"`},
		{"Country", false, ""},
		{"Actor", false, `unknown entity type "Actor"`},
		{"person", false, `unknown entity type "person" (want one of Person, Country,`},
	} {
		var err error
		if c.pred {
			var p Predicate
			p, err = ParsePredicate(c.word)
			if err == nil && string(p) != c.word {
				t.Errorf("ParsePredicate(%q) = %q", c.word, p)
			}
		} else {
			var et EntityType
			et, err = ParseEntityType(c.word)
			if err == nil && string(et) != c.word {
				t.Errorf("ParseEntityType(%q) = %q", c.word, et)
			}
		}
		switch {
		case c.wantErr == "" && err != nil:
			t.Errorf("parse %q: %v", c.word, err)
		case c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)):
			t.Errorf("parse %q: error %v, want one containing %q", c.word, err, c.wantErr)
		}
		var ve *VocabError
		if err != nil && (!errors.As(err, &ve) || ve.Word != c.word) {
			t.Errorf("parse %q: %T does not carry the word", c.word, err)
		}
	}
}

func TestPredicateProperties(t *testing.T) {
	for _, c := range []struct {
		p                              Predicate
		symmetric, transitive, literal bool
		en, ar                         string
		cameo                          []string
		domain, rng                    []string
	}{
		{Met, true, false, false, "met", "التقى", []string{"04"}, []string{"Actor"}, []string{"Actor"}},
		{AllyOf, true, false, false, "ally of", "حليف", []string{"05"}, []string{"Actor"}, []string{"Actor"}},
		{CooperatesWith, true, false, false, "cooperates with", "يتعاون مع", []string{"06"}, []string{"Actor"}, []string{"Actor"}},
		{Attacked, false, false, false, "attacked", "هاجم", []string{"18", "19"}, []string{"Actor"}, []string{"Actor", "Location"}},
		{LocatedIn, false, true, false, "located in", "يقع في", nil, []string{"Location"}, []string{"Location"}},
		{Deaths, false, false, true, "deaths", "عدد القتلى", nil, []string{"Event"}, []string{"xsd:integer"}},
		{"likes", false, false, false, "", "", nil, nil, nil},
	} {
		p := c.p
		if p.Symmetric() != c.symmetric || p.Transitive() != c.transitive || p.Literal() != c.literal {
			t.Errorf("%s: symmetric %v transitive %v literal %v, want %v %v %v", p,
				p.Symmetric(), p.Transitive(), p.Literal(), c.symmetric, c.transitive, c.literal)
		}
		if p.Label("en") != c.en || p.Label("ar") != c.ar || p.Label("fr") != "" {
			t.Errorf("%s: labels %q %q %q, want %q %q and none in French", p, p.Label("en"), p.Label("ar"), p.Label("fr"), c.en, c.ar)
		}
		if !slices.Equal(p.CAMEO(), c.cameo) || !slices.Equal(p.Domain(), c.domain) || !slices.Equal(p.Range(), c.rng) {
			t.Errorf("%s: CAMEO %v domain %v range %v, want %v %v %v", p, p.CAMEO(), p.Domain(), p.Range(), c.cameo, c.domain, c.rng)
		}
	}
	if !IsSymmetric(Met) || IsSymmetric(Supports) {
		t.Error("IsSymmetric disagrees with Symmetric")
	}
}

func TestEntityTypeIsA(t *testing.T) {
	for _, c := range []struct {
		t     EntityType
		class string
		want  bool
	}{
		{Country, "Actor", true},
		{Country, "Location", true},
		{Country, "Entity", true},
		{Country, "Country", true},
		{Person, "Actor", true},
		{Person, "Location", false},
		{Facility, "Location", true},
		{Facility, "Actor", false},
		{Weapon, "Entity", true},
		{"Alien", "Entity", false},
	} {
		if got := c.t.IsA(c.class); got != c.want {
			t.Errorf("%s.IsA(%s) = %v, want %v", c.t, c.class, got, c.want)
		}
	}
	if EntityType(Person).Label("ar") != "شخص" || EntityType(Group).Label("en") != "group" {
		t.Errorf("labels: %q %q", EntityType(Person).Label("ar"), EntityType(Group).Label("en"))
	}
}

func TestReadVocabErrors(t *testing.T) {
	const good = "class\tEntity\tentity\tكيان\t-\t-\t-\tabstract\t-\tAnything.\n"
	for _, c := range []struct {
		name, data, want string
	}{
		{"fields", good + "class\tPerson\tperson\n", "x.tsv:2: 3 fields, want 10"},
		{"kind", good + "thing\tPerson\tperson\tشخص\t-\t-\t-\t-\tEntity\t-\n", `x.tsv:2: Person: unknown kind "thing"`},
		{"flag", good + "class\tPerson\tperson\tشخص\t-\t-\t-\tshiny\tEntity\t-\n", `x.tsv:2: Person: unknown flag "shiny"`},
		{"label", good + "class\tPerson\tperson\t\t-\t-\t-\t-\tEntity\t-\n", "x.tsv:2: a term needs"},
		{"twice", good + "# again\n" + good, `x.tsv:3: term "Entity" listed twice`},
	} {
		_, err := readVocab(tsv.Parse("x.tsv", c.data))
		var te *tsv.Error
		if err == nil || !strings.Contains(err.Error(), c.want) || !errors.As(err, &te) {
			t.Errorf("%s: error %v, want a *tsv.Error containing %q", c.name, err, c.want)
		}
	}
	v, err := readVocab(tsv.Parse("x.tsv", good+"class\tPerson\tperson\tشخص\t-\t-\t-\t-\tEntity\t-\n"))
	if err != nil || v.types["Person"] == nil || v.types["Entity"] != nil {
		t.Errorf("a good table: types %v, %v", v.types, err)
	}
}
