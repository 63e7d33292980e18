// Package querytest builds small knowledge-graph stores for the tests of the
// query library and the server: hand-made extraction results written into
// real Bolt stores.
package querytest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
)

// WeirdName is a name that would break a script if it were pasted into code.
const WeirdName = `"); g.V().All(); ("`

// Results builds two documents by hand: an Arabic article of
// 2015-11-23 and an English one of 2016-01-10. The sentences are written for
// these tests.
func Results(t testing.TB) []*extract.Result {
	ar := strings.Join([]string{
		"استقبل علي خامنئي الرئيس فلاديمير بوتين في طهران اليوم.",
		"وعقد بوتين جلسة محادثات مع حسن روحاني في العاصمة نفسها.",
		"وتقدم روسيا وإيران دعما كبيرا للحكومة السورية.",
		"وتطالب الولايات المتحدة برحيل بشار الأسد.",
		"ورافق وزير الخارجية سيرغي لافروف الرئيس الروسي.",
		"وتشن روسيا غارات على مواقع تنظيم الدولة منذ سبتمبر.",
		"وتوصف روسيا وإيران بأنهما حليفتان.",
	}, "\n")
	en := strings.Join([]string{
		"Russia delivered air-defence systems to Iran.",
		"The man known as " + WeirdName + " met Vladimir Putin in Moscow.",
		"Iran backs the Syrian government.",
	}, "\n")
	span := func(text, sentence string) (int, int) {
		i := strings.Index(text, sentence)
		if i < 0 {
			t.Fatalf("fixture: sentence %q not in text", sentence)
		}
		return i, i + len(sentence)
	}
	sent := func(text string, n int) string { return strings.Split(text, "\n")[n] }
	fact := func(text string, n int, s string, p extract.Predicate, o, date string) extract.Fact {
		ev := sent(text, n)
		a, b := span(text, ev)
		return extract.Fact{Subject: s, Predicate: p, Object: o, Date: date, Evidence: ev, Start: a, End: b,
			Rule: "test/hand", Confidence: 0.9}
	}
	ent := func(key string, typ extract.EntityType, en, ar, wd string, alts ...string) extract.Entity {
		e := extract.Entity{Key: key, Type: typ, Labels: map[string]string{}, Wikidata: wd, Confidence: 1}
		if en != "" {
			e.Labels["en"] = en
		}
		if ar != "" {
			e.Labels["ar"] = ar
		}
		for _, a := range alts {
			lang := "ar"
			if a[0] < 0x80 {
				lang = "en"
			}
			e.AltLabels = append(e.AltLabels, extract.Label{Text: a, Lang: lang})
		}
		return e
	}
	putin := ent("vladimir-putin", extract.Person, "Vladimir Putin", "فلاديمير بوتين", "Q7747", "بوتين", "Putin")
	khamenei := ent("ali-khamenei", extract.Person, "Ali Khamenei", "علي خامنئي", "Q57336", "خامنئي")
	rouhani := ent("hassan-rouhani", extract.Person, "Hassan Rouhani", "حسن روحاني", "Q11620", "روحاني")
	russia := ent("russia", extract.Country, "Russia", "روسيا", "Q159")
	iran := ent("iran", extract.Country, "Iran", "إيران", "Q794")
	syrGov := ent("syrian-government", extract.Organization, "Syrian government", "الحكومة السورية", "", "النظام السوري")
	usa := ent("united-states", extract.Country, "United States", "الولايات المتحدة", "Q30", "أمريكا")
	assad := ent("bashar-al-assad", extract.Person, "Bashar al-Assad", "بشار الأسد", "Q44329", "الأسد")
	lavrov := ent("sergey-lavrov", extract.Person, "Sergey Lavrov", "سيرغي لافروف", "Q7679", "لافروف")
	isis := ent("islamic-state", extract.Group, "Islamic State", "تنظيم الدولة", "Q2429253", "داعش")
	tehran := ent("tehran", extract.Place, "Tehran", "طهران", "Q3616")
	weird := ent("person/weird", extract.Person, WeirdName, "", "")

	official := fact(ar, 4, "sergey-lavrov", extract.OfficialOf, "russia", "")
	official.Role = "foreign minister"
	met := fact(ar, 0, "ali-khamenei", extract.Met, "vladimir-putin", "2015-11-23")
	met.Place = "tehran"
	supplies := fact(en, 0, "russia", extract.Supplies, "iran", "2016-01")
	supplies.Item = "air-defence systems"
	return []*extract.Result{{
		Doc: extract.Document{ID: "fixture-ar", Title: "لقاء في طهران", Lang: "ar", Text: ar,
			Date: time.Date(2015, 11, 23, 0, 0, 0, 0, time.UTC)},
		Entities: []extract.Entity{putin, khamenei, rouhani, russia, iran, syrGov, usa, assad, lavrov, isis, tehran},
		Facts: []extract.Fact{
			met,
			fact(ar, 1, "vladimir-putin", extract.Met, "hassan-rouhani", "2015-11-23"),
			fact(ar, 2, "russia", extract.Supports, "syrian-government", "2015-11-23"),
			fact(ar, 2, "iran", extract.Supports, "syrian-government", ""),
			fact(ar, 3, "united-states", extract.Opposes, "bashar-al-assad", "2015-11"),
			official,
			fact(ar, 5, "russia", extract.Attacked, "islamic-state", "2015-09-30"),
			fact(ar, 6, "russia", extract.AllyOf, "iran", ""),
		},
	}, {
		Doc: extract.Document{ID: "fixture-en", Title: "Deliveries", Lang: "en", Text: en,
			Date: time.Date(2016, 1, 10, 0, 0, 0, 0, time.UTC)},
		Entities: []extract.Entity{putin, russia, iran, syrGov, weird},
		Facts: []extract.Fact{
			supplies,
			fact(en, 1, "person/weird", extract.Met, "vladimir-putin", "2016-01-05"),
			fact(en, 2, "iran", extract.Supports, "syrian-government", "2016"),
		},
	}}
}

// Empty opens a fresh, empty Bolt store, closed when the test ends.
func Empty(t testing.TB) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), t.TempDir()+"/kg.db", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// Store writes the fixture into a fresh Bolt store.
func Store(t testing.TB) *graph.Store {
	t.Helper()
	ctx := context.Background()
	s := Empty(t)
	for _, r := range Results(t) {
		if _, err := s.Write(ctx, r); err != nil {
			t.Fatalf("write fixture %s: %v", r.Doc.ID, err)
		}
	}
	return s
}

// HasRow reports whether some row has all the given column values, each
// compared as printed by fmt.Sprint (so 3 matches "3").
func HasRow(rows []map[string]any, want map[string]any) bool {
	for _, r := range rows {
		ok := true
		for k, v := range want {
			if fmt.Sprint(r[k]) != fmt.Sprint(v) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
