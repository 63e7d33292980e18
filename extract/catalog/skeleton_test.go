package catalog

import (
	"testing"
	"testing/fstest"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

func TestLookupSkeleton(t *testing.T) {
	fsys := fstest.MapFS{
		"roles.tsv": {Data: []byte("president\tالرئيس\n")},
		"people.tsv": {Data: []byte("" +
			"vitaly-naumkin\tPerson\tVitaly Naumkin\tفيتالي نعومكين\n" +
			"masoud-barzani\tPerson\tMasoud Barzani\tمسعود بارزاني\n" +
			"mahmoud-abbas\tPerson\tMahmoud Abbas\tمحمود عباس\n" +
			"stephen-one\tPerson\tStephen One\tستيفن كولينز\n" +
			"stephen-two\tPerson\tStephan Two\tستيفان كولنز\n" +
			"hibatullah\tPerson\tHibatullah Akhundzada\tهبة الله آخوند زاده\n" +
			"john-kerry\tPerson\tJohn Kerry\tجون كيري\n" +
			"ayelet-shaked\tPerson\tAyelet Shaked\tأييليت شاكيد\n" +
			"ahmad-hejazi\tPerson\tAhmad Hejazi\tأحمد حجازي\n" +
			"sirte\tPlace\tSirte\tمدينة سرت\n")},
	}
	c, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	native := func(w string) bool { return w == "محمد" || w == "محمود" }
	cases := []struct {
		name string
		typ  extract.EntityType
		want string
	}{
		{"فيتالي نومكين", extract.Person, "vitaly-naumkin"},
		{"فيتالى ناومكين", extract.Person, "vitaly-naumkin"},
		{"مسعود البرزاني", extract.Person, "masoud-barzani"},
		{"هيبة الله أخند زاده", extract.Person, "hibatullah"},
		{"محمد عباس", extract.Person, ""},     // a native given name is exact
		{"ستيفن كولنز", extract.Person, ""},   // two people fit
		{"فيتالي نومكين", extract.Place, ""},  // not a place
		{"نومكين", extract.Person, ""},        // one word is never guessed
		{"فيكتور نومكين", extract.Person, ""}, // no word the same
		{"أيليت شاكيد", extract.Person, "ayelet-shaked"},
		{"جون كري", extract.Person, ""},
		{"أحمد الحجازي", extract.Person, ""}, // the article alone: another man  // a short word stays exact
		{"مدينة سرط", extract.Place, ""},     // سرت: three letters
	}
	for _, tc := range cases {
		got := ""
		if e := c.LookupSkeleton(text.Normalize(tc.name), tc.typ, native); e != nil {
			got = e.Key
		}
		if got != tc.want {
			t.Errorf("LookupSkeleton(%s, %s) = %q, want %q", tc.name, tc.typ, got, tc.want)
		}
	}
}

func TestVariantsAndProvinceHeads(t *testing.T) {
	fsys := fstest.MapFS{
		"roles.tsv": {Data: []byte("president\tالرئيس\n")},
		"places.tsv": {Data: []byte("" +
			"agri-province\tPlace\tAğrı Province\tولاية أغري\n" +
			"dogubayazit\tPlace\tDoğubayazıt\tدوغو بيازيد\n")},
		"variants-x.tsv": {Data: []byte("dogubayazit\tدوجو بايزيد\tDogubayazit\n")},
	}
	c, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, want string }{
		{"إقليم أغري", "agri-province"},
		{"محافظة أغري", "agri-province"},
		{"مقاطعة أغري", ""}, // also "the boycott of": never generated
		{"دوجو بايزيد", "dogubayazit"},
		{"dogubayazit", "dogubayazit"},
	} {
		got := ""
		if es := c.LookupName(tc.name); len(es) > 0 {
			got = es[0].Key
		}
		if got != tc.want {
			t.Errorf("LookupName(%s) = %q, want %q", tc.name, got, tc.want)
		}
	}
	if _, err := Load(fstest.MapFS{
		"roles.tsv":      {Data: []byte("president\tالرئيس\n")},
		"places.tsv":     {Data: []byte("x\tPlace\tX\tاكس\n")},
		"variants-y.tsv": {Data: []byte("nokey\tاكس\n")},
	}); err == nil {
		t.Error("a variants row of an unknown key loads without error")
	}
}
