package catalog

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestEmbeddedDataLoads(t *testing.T) {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		t.Fatal(err)
	}
	c, err := Load(sub)
	if err != nil {
		t.Fatalf("embedded data: %v", err)
	}
	if c.Len() == 0 || c.Len() != len(c.Entries()) {
		t.Fatalf("Len = %d, Entries = %d", c.Len(), len(c.Entries()))
	}
	if Default().Len() != c.Len() {
		t.Errorf("Default().Len() = %d, want %d", Default().Len(), c.Len())
	}
	t.Logf("entries by type: %v, offices: %d", c.CountByType(), len(c.AllOffices()))
}

func TestEveryEntryIsWellFormed(t *testing.T) {
	c := Default()
	names := map[string]string{}
	for _, e := range c.Entries() {
		if len(e.Arabic) == 0 {
			t.Errorf("%s has no Arabic name", e.Key)
		}
		if other, dup := names[e.Name]; dup {
			t.Errorf("%s and %s share the English name %q", other, e.Key, e.Name)
		}
		names[e.Name] = e.Key
		if !e.Type.Valid() {
			t.Errorf("%s: type %q", e.Key, e.Type)
		}
		if e.Type == extract.Country {
			if len(e.Arabic) == 0 {
				t.Errorf("country %s has no Arabic name", e.Key)
			}
			if len(e.Adjectives) == 0 {
				t.Errorf("country %s has no Arabic adjective", e.Key)
			}
		}
		for _, ref := range []string{e.Capital, e.LocatedIn, e.Government} {
			if ref == "" {
				continue
			}
			if _, ok := c.Get(ref); !ok {
				t.Errorf("%s refers to unknown key %q", e.Key, ref)
			}
		}
		wantType := func(ref string, types ...extract.EntityType) {
			if ref == "" {
				return
			}
			if r, ok := c.Get(ref); ok && !slices.Contains(types, r.Type) {
				t.Errorf("%s refers to %s, a %s; want one of %v", e.Key, ref, r.Type, types)
			}
		}
		wantType(e.Capital, extract.Place)
		wantType(e.LocatedIn, extract.Country, extract.Place, extract.Facility)
		wantType(e.Government, extract.Organization)
		if e.Capital != "" {
			if cap, _ := c.Get(e.Capital); cap.LocatedIn != e.Key && cap.LocatedIn != "" { // "" for a disputed capital
				t.Errorf("%s: capital %s is located in %q", e.Key, cap.Key, cap.LocatedIn)
			}
		}
	}
}

func TestOfficesNameKnownKeys(t *testing.T) {
	c := Default()
	roles := map[string]bool{}
	for _, r := range c.Roles() {
		roles[r] = true
	}
	if len(c.AllOffices()) == 0 {
		t.Fatal("no offices")
	}
	for _, o := range c.AllOffices() {
		p, ok := c.Get(o.Person)
		if !ok || p.Type != extract.Person {
			t.Errorf("office %+v: person %q unknown or not a Person", o, o.Person)
		}
		if _, ok := c.Get(o.Of); !ok {
			t.Errorf("office %+v: of %q unknown", o, o.Of)
		}
		if !roles[o.Role] {
			t.Errorf("office %+v: role %q not in roles.tsv", o, o.Role)
		}
	}
}

func keys(es []*Entry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Key)
	}
	return out
}

func has(es []*Entry, key string) bool {
	for _, e := range es {
		if e.Key == key {
			return true
		}
	}
	return false
}

func TestLookupVariants(t *testing.T) {
	c := Default()
	tests := []struct {
		name, want string
	}{
		{"أمريكا", "united-states"},
		{"أميركا", "united-states"},
		{"الولايات المتحدة الأمريكية", "united-states"},
		{"الولايات المتحدة الأميركية", "united-states"},
		{"ولايات متحده", "united-states"}, // article dropped by the tokenizer
		{"United States", "united-states"},
		{"U.S.", "united-states"},
		{"سيرغي لافروف", "sergei-lavrov"},
		{"سيرجي لافروف", "sergei-lavrov"},
		{"فلاديمير بوتين", "vladimir-putin"},
		{"فلاديمر بوتين", "vladimir-putin"},
		{"اوباما", "barack-obama"},
		{"أوباما", "barack-obama"},
		{"الرياض", "riyadh"},
		{"رياض", "riyadh"},
		{"العراق", "iraq"},
		{"عراق", "iraq"},
		{"السعودية", "saudi-arabia"},
		{"السعوديه", "saudi-arabia"},
		{"نظام الأسد", "syrian-government"},
		{"داعش", "islamic-state"},
		{"تنظيم الدولة الإسلامية", "islamic-state"},
		{"Daesh", "islamic-state"},
		{"عادل الجبير", "adel-al-jubeir"},
		{"الجبير", "adel-al-jubeir"},
		{"جبير", "adel-al-jubeir"},
		{"عبدالفتاح السيسي", "abdel-fattah-el-sisi"}, // joined عبد
		{"عبد ربه منصور هادي", "abdrabbuh-mansur-hadi"},
		{"عبدربه منصور هادي", "abdrabbuh-mansur-hadi"},
		{"محمد ابن سلمان", "mohammed-bin-salman"}, // ابن for بن
		{"جوتيريس", "antonio-guterres"},           // ج for the hard g
		{"سيرجي شويجو", "sergei-shoigu"},
	}
	for _, tt := range tests {
		got := c.LookupName(tt.name)
		if !has(got, tt.want) {
			t.Errorf("LookupName(%q) = %v, want %s among them", tt.name, keys(got), tt.want)
		}
	}
	// Lower-cased acronyms that are English words are not indexed.
	if got := c.LookupName("is"); has(got, "islamic-state") {
		t.Errorf(`LookupName("is") = %v, the stop word must not find Islamic State`, keys(got))
	}
	if got := c.LookupName("كرسي"); len(got) != 0 {
		t.Errorf(`LookupName("كرسي") = %v, want none`, keys(got))
	}
}

func TestDerivedHitsAreMarked(t *testing.T) {
	c := Default()
	exact := c.LookupHits(text.Normalize("الرياض"))
	if len(exact) == 0 || exact[0].Derived {
		t.Fatalf("الرياض: %+v, want an exact hit", exact)
	}
	derived := c.LookupHits(text.Normalize("رياض"))
	if len(derived) == 0 || !derived[0].Derived {
		t.Fatalf("رياض: %+v, want a derived hit", derived)
	}
	// "=" in the data suppresses the article-less form.
	if got := c.LookupHits(text.Normalize("الله")); len(got) != 0 {
		t.Logf("الله: %v", got)
	}
}

func TestLookupAdjective(t *testing.T) {
	c := Default()
	tests := []struct{ adj, want string }{
		{"الروسي", "russia"},
		{"الروسية", "russia"},
		{"روسية", "russia"},
		{"الروس", "russia"},
		{"الأمريكي", "united-states"},
		{"الأميركي", "united-states"},
		{"الأمريكيون", "united-states"},
		{"الأمريكيين", "united-states"},
		{"الأميركية", "united-states"},
		{"الإيرانية", "iran"},
		{"التركي", "turkey"},
		{"الأتراك", "turkey"},
		{"السعودي", "saudi-arabia"},
	}
	for _, tt := range tests {
		got := c.LookupAdjective(text.Normalize(tt.adj))
		if !has(got, tt.want) {
			t.Errorf("LookupAdjective(%q) = %v, want %s", tt.adj, keys(got), tt.want)
		}
	}
}

func TestHolders(t *testing.T) {
	c := Default()
	tests := []struct {
		role, of, at, want string
	}{
		{"president", "united-states", "2015-06-01", "barack-obama"},
		{"president", "united-states", "2019-06-01", "donald-trump"},
		{"president", "united-states", "2017-01-20", "donald-trump"}, // hand-over day
		{"president", "united-states", "2017-01-19", "barack-obama"},
		{"foreign minister", "saudi-arabia", "2014-06-01", "saud-bin-faisal-al-saud"},
		{"foreign minister", "saudi-arabia", "2016-06-01", "adel-al-jubeir"},
		{"president", "russia", "2015-11-23", "vladimir-putin"},
		{"prime minister", "russia", "2010-01-01", "vladimir-putin"},
		{"supreme leader", "iran", "2015-11-23", "ali-khamenei"},
		{"foreign minister", "russia", "2015-11-23", "sergei-lavrov"},
		{"spokesperson", "kremlin", "2015-11-23", "dmitry-peskov"},
	}
	for _, tt := range tests {
		got := c.Holders(tt.role, tt.of, date(tt.at))
		if len(got) != 1 || got[0].Key != tt.want {
			t.Errorf("Holders(%q, %q, %s) = %v, want [%s]", tt.role, tt.of, tt.at, keys(got), tt.want)
		}
	}
	if got := c.Holders("president", "russia", date("2010-01-01")); has(got, "vladimir-putin") {
		t.Errorf("Putin was not president in 2010: %v", keys(got))
	}
	if got := c.Holders("president", "united-states", time.Time{}); !has(got, "barack-obama") || !has(got, "donald-trump") {
		t.Errorf("Holders at zero time = %v, want every president", keys(got))
	}
}

func TestOffices(t *testing.T) {
	c := Default()
	got := c.Offices("vladimir-putin", date("2010-01-01"))
	if len(got) != 1 || got[0].Role != "prime minister" || got[0].Of != "russia" {
		t.Errorf("Offices(putin, 2010) = %+v, want prime minister of russia", got)
	}
	if all := c.Offices("vladimir-putin", time.Time{}); len(all) < 3 {
		t.Errorf("Offices(putin, any) = %d offices, want ≥ 3", len(all))
	}
}

func TestLookupRole(t *testing.T) {
	c := Default()
	tests := []struct{ phrase, want string }{
		{"وزير الخارجية", "foreign minister"},
		{"رئيس الوزراء", "prime minister"},
		{"المتحدث باسم", "spokesperson"},
		{"المرشد الأعلى", "supreme leader"},
		{"خادم الحرمين الشريفين", "king"},
	}
	for _, tt := range tests {
		got := c.LookupRole(text.Normalize(tt.phrase))
		if !slices.Contains(got, tt.want) {
			t.Errorf("LookupRole(%q) = %v, want %s", tt.phrase, got, tt.want)
		}
	}
	if got := c.RoleOf(text.Normalize("خادم الحرمين الشريفين")); got != "saudi-arabia" {
		t.Errorf("RoleOf(خادم الحرمين الشريفين) = %q, want saudi-arabia", got)
	}
	if got := c.RoleOf(text.Normalize("وزير الخارجية")); got != "" {
		t.Errorf("RoleOf(وزير الخارجية) = %q, want none", got)
	}
	holders := c.Holders("king", c.RoleOf(text.Normalize("خادم الحرمين الشريفين")), date("2016-01-01"))
	if len(holders) != 1 || holders[0].Key != "salman-of-saudi-arabia" {
		t.Errorf("the Custodian of the Two Holy Mosques in 2016 = %v", keys(holders))
	}
}

func TestMatch(t *testing.T) {
	c := Default()
	toks := strings.Split(text.Normalize("التقى الرئيس الروسي فلاديمير بوتين مع وزير خارجية الولايات المتحدة الأمريكية جون كيري في طهران"), " ")
	spans := c.Match(toks)
	var got []string
	for _, s := range spans {
		got = append(got, s.Hits[0].Entry.Key)
	}
	want := []string{"vladimir-putin", "united-states", "john-kerry", "tehran"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("Match = %v, want %v", got, want)
	}
	// The trie and the n-gram map agree.
	ng := c.names.matchNgrams(toks)
	if len(ng) != len(spans) {
		t.Fatalf("matchNgrams found %d spans, trie %d", len(ng), len(spans))
	}
	for i := range ng {
		if ng[i].Start != spans[i].Start || ng[i].End != spans[i].End {
			t.Errorf("span %d: ngrams %d-%d, trie %d-%d", i, ng[i].Start, ng[i].End, spans[i].Start, spans[i].End)
		}
	}
	adj := c.MatchAdjectives(toks)
	if len(adj) != 2 || adj[0].Hits[0].Entry.Key != "russia" || toks[adj[0].Start] != "الروسي" ||
		adj[1].Hits[0].Entry.Key != "united-states" {
		t.Errorf("MatchAdjectives = %+v, want الروسي → russia, الأمريكية → united-states", adj)
	}
	if c.MaxNameTokens() < 4 {
		t.Errorf("MaxNameTokens = %d, want ≥ 4", c.MaxNameTokens())
	}
}

func TestEntity(t *testing.T) {
	e, ok := Default().Get("vladimir-putin")
	if !ok {
		t.Fatal("no vladimir-putin")
	}
	ent := e.Entity(1)
	if ent.Key != "vladimir-putin" || ent.Type != extract.Person || ent.Labels["en"] != "Vladimir Putin" ||
		ent.Labels["ar"] != "فلاديمير بوتين" || ent.Wikidata != "Q7747" || ent.Confidence != 1 {
		t.Errorf("Entity = %+v", ent)
	}
	var ar, en int
	for _, l := range ent.AltLabels {
		switch l.Lang {
		case "ar":
			ar++
		case "en":
			en++
		}
	}
	if ar != len(e.Arabic)-1 || en != len(e.Aliases) {
		t.Errorf("AltLabels: %d ar, %d en; want %d, %d", ar, en, len(e.Arabic)-1, len(e.Aliases))
	}
}

func TestMalformedDataReportsFileLine(t *testing.T) {
	roles := "president\tالرئيس\n"
	good := "# comment\nrussia\tCountry\tRussia\tروسيا\t\tQ159\tروسي\n"
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"unknown type", map[string]string{"a.tsv": good + "x\tCountri\tX\n"}, "a.tsv:3: x: unknown entity type \"Countri\""},
		{"duplicate key", map[string]string{"a.tsv": good, "b.tsv": "\nrussia\tCountry\tRussia 2\n"}, "b.tsv:2: duplicate key \"russia\""},
		{"bad key", map[string]string{"a.tsv": "Russia\tCountry\tRussia\n"}, "a.tsv:1: bad key \"Russia\""},
		{"too many columns", map[string]string{"a.tsv": "x\tPerson\tX\t\t\t\t\t\t\t\textra\n"}, "a.tsv:1: 11 columns"},
		{"bad wikidata", map[string]string{"a.tsv": "x\tPerson\tX\t\t\tQ12a\n"}, "a.tsv:1: x: bad Wikidata id"},
		{"unknown capital", map[string]string{"a.tsv": "x\tCountry\tX\tس\t\t\tس\tnowhere\n"}, "a.tsv:1: x: unknown key \"nowhere\" referenced as capital"},
		{"office unknown person", map[string]string{"a.tsv": good, "offices.tsv": "# h\nnobody\tpresident\trussia\t2012\n"}, "offices.tsv:2: unknown person key \"nobody\""},
		{"office not a person", map[string]string{"a.tsv": good, "offices.tsv": "russia\tpresident\trussia\t2012\n"}, "offices.tsv:1: \"russia\" is a Country, not a Person"},
		{"office unknown role", map[string]string{"a.tsv": good + "p\tPerson\tP\n", "offices.tsv": "p\tczar\trussia\n"}, "offices.tsv:1: unknown role \"czar\""},
		{"office unknown of", map[string]string{"a.tsv": good + "p\tPerson\tP\n", "offices.tsv": "p\tpresident\tmars\n"}, "offices.tsv:1: unknown key \"mars\""},
		{"office bad date", map[string]string{"a.tsv": good + "p\tPerson\tP\n", "offices.tsv": "p\tpresident\trussia\t2012-13-01\n"}, "offices.tsv:1: from: bad date \"2012-13-01\""},
		{"office reversed dates", map[string]string{"a.tsv": good + "p\tPerson\tP\n", "offices.tsv": "p\tpresident\trussia\t2015-01-01\t2014\n"}, "offices.tsv:1: from 2015-01-01 is not before to 2014"},
		{"missing roles", map[string]string{"a.tsv": good}, "roles.tsv:0: missing"},
		{"role phrase implies unknown key", map[string]string{"a.tsv": good, "roles.tsv": "king\tالعاهل@narnia\n"}, "roles.tsv:1: unknown key \"narnia\" after @"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			if _, ok := tt.files["roles.tsv"]; !ok && tt.name != "missing roles" {
				fsys["roles.tsv"] = &fstest.MapFile{Data: []byte(roles)}
			}
			for n, d := range tt.files {
				fsys[n] = &fstest.MapFile{Data: []byte(d)}
			}
			_, err := Load(fsys)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestLoadSmallCatalog(t *testing.T) {
	fsys := fstest.MapFS{
		"roles.tsv": {Data: []byte("president\tالرئيس\n")},
		"a.tsv": {Data: []byte("russia\tCountry\tRussia\tروسيا | =الروسيا\tRussian Federation\tQ159\tروسي\tmoscow\n" +
			"moscow\tPlace\tMoscow\tموسكو\t\t\t\t\trussia\n" +
			"vladimir-putin\tPerson\tVladimir Putin\tبوتين\n")},
		"offices.tsv": {Data: []byte("vladimir-putin\tpresident\trussia\t2012-05-07\n")},
	}
	c, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() != 3 {
		t.Errorf("Len = %d, want 3", c.Len())
	}
	if got := c.LookupName("russian federation"); !has(got, "russia") {
		t.Errorf("alias lookup = %v", keys(got))
	}
	if got := c.LookupName("روسيا"); !has(got, "russia") {
		t.Errorf("exact-only name must still be found with its article: %v", keys(got))
	}
	if got := c.Holders("president", "russia", date("2011-12-31")); len(got) != 0 {
		t.Errorf("Holders before from = %v", keys(got))
	}
	if got := c.Holders("president", "russia", date("2024-01-01")); !has(got, "vladimir-putin") {
		t.Errorf("Holders open-ended = %v", keys(got))
	}
}

func TestAmbiguousNames(t *testing.T) {
	c := Default()
	// Oman (a country) ranks before Amman (a city).
	if got := c.LookupName("عمان"); len(got) < 2 || got[0].Key != "oman" || !has(got, "amman") {
		t.Errorf("عمان = %v, want oman first, amman too", keys(got))
	}
	// Two Syrian officials named al-Jaafari: the one in office wins.
	es := c.LookupName("الجعفري")
	if !has(es, "bashar-jaafari") || !has(es, "ibrahim-al-jaafari") {
		t.Fatalf("الجعفري = %v", keys(es))
	}
	for _, tt := range []struct{ at, want string }{
		{"2012-06-01", "bashar-jaafari"},     // UN ambassador of Syria
		{"2005-10-01", "ibrahim-al-jaafari"}, // prime minister of Iraq
	} {
		if b := c.Best(es, date(tt.at)); b == nil || b.Key != tt.want {
			t.Errorf("Best(الجعفري, %s) = %v, want %s", tt.at, b, tt.want)
		}
	}
	if b := c.Best(c.LookupName("الجبير"), date("2016-01-01")); b == nil || b.Key != "adel-al-jubeir" {
		t.Errorf("Best(الجبير) = %v", b)
	}
	if c.Best(nil, time.Time{}) != nil {
		t.Error("Best(nil) != nil")
	}
}

func TestSpellingVariants(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"عبد الله الثاني", []string{"عبد الله الثاني", "عبدالله الثاني"}},
		{"عبدالله بن زايد", []string{"عبدالله بن زايد", "عبد الله بن زايد", "عبدالله ابن زايد", "عبد الله ابن زايد"}},
		{"بوتين", []string{"بوتين"}},
		{"ابن سينا", []string{"ابن سينا"}}, // only inside a name
		{"ابو سمير الكرمي", []string{"ابو سمير الكرمي", "ابوسمير الكرمي"}},
		{"ابوسمير", []string{"ابوسمير"}}, // a joined word is not split
	}
	for _, tt := range tests {
		got := spellingVariants(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("spellingVariants(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCountryOfAndCapitalOf(t *testing.T) {
	c := Default()
	for _, tt := range []struct{ key, want string }{
		{"russia", "russia"},
		{"moscow", "russia"},
		{"incirlik-air-base", "turkey"},
		{"islamic-revolutionary-guard-corps", "iran"},
		{"syrian-government", "syria"},
		{"green-zone", "iraq"}, // two steps: Green Zone → Baghdad → Iraq
	} {
		got, ok := c.CountryOf(tt.key)
		if !ok || got.Key != tt.want {
			t.Errorf("CountryOf(%s) = %v, %v; want %s", tt.key, got, ok, tt.want)
		}
	}
	if got, ok := c.CountryOf("middle-east"); ok {
		t.Errorf("CountryOf(middle-east) = %s, want none", got.Key)
	}
	if got, ok := c.CapitalOf("washington-dc"); !ok || got.Key != "united-states" {
		t.Errorf("CapitalOf(washington-dc) = %v, %v", got, ok)
	}
	if _, ok := c.CapitalOf("aleppo"); ok {
		t.Error("Aleppo is no capital")
	}
}

// TestDefaultOffices: the light office table holds what the full catalogue
// holds.
func TestDefaultOffices(t *testing.T) {
	c, o := Default(), DefaultOffices()
	if len(o.Offices) != len(c.AllOffices()) {
		t.Errorf("%d offices, the catalogue has %d", len(o.Offices), len(c.AllOffices()))
	}
	for i, x := range c.AllOffices() {
		y := o.Offices[i]
		if x.Person != y.Person || x.Role != y.Role || x.Of != y.Of || x.From != y.From || x.To != y.To {
			t.Fatalf("office %d: %+v, the catalogue has %+v", i, y, x)
		}
	}
	n := 0
	for _, e := range c.Entries() {
		if e.Government != "" {
			n++
			if o.Government[e.Key] != e.Government {
				t.Errorf("government of %s: %q, want %q", e.Key, o.Government[e.Key], e.Government)
			}
		}
	}
	if n == 0 || len(o.Government) != n {
		t.Errorf("%d governments, the catalogue has %d", len(o.Government), n)
	}
}
