package graph

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	_ "github.com/lib/pq"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract"
)

// backend opens fresh stores of one kind.
type backend struct {
	name string
	// open returns the spec of a fresh, empty store.
	fresh func(t *testing.T) string
}

// backends lists memstore, Bolt and, when KG_TEST_POSTGRES holds a DSN,
// PostgreSQL (a fresh database per store, dropped at the end of the test).
func backends(t *testing.T) []backend {
	bs := []backend{
		{"mem", func(t *testing.T) string { return "mem:" }},
		{"bolt", func(t *testing.T) string { return filepath.Join(t.TempDir(), "kg.db") }},
	}
	if dsn := os.Getenv("KG_TEST_POSTGRES"); dsn != "" {
		bs = append(bs, backend{"postgres", func(t *testing.T) string { return freshPostgres(t, dsn) }})
	} else if os.Getenv("CI") == "true" {
		t.Errorf("CI=true but KG_TEST_POSTGRES is not set: CI must provide a PostgreSQL DSN (see graph/POSTGRES.md)")
	} else {
		t.Logf("KG_TEST_POSTGRES not set: skipping the PostgreSQL backend (see graph/POSTGRES.md)")
	}
	return bs
}

// freshPostgres creates a database with a random name on the server of dsn
// and returns a DSN for it; the database is dropped when the test ends.
func freshPostgres(t *testing.T, dsn string) string { return freshPostgresTB(t, dsn) }

func freshPostgresTB(t testing.TB, dsn string) string {
	t.Helper()
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatalf("KG_TEST_POSTGRES %q: %v", dsn, err)
	}
	admin, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatalf("connect to %s: %v", redactDSN(dsn), err)
	}
	var b [6]byte
	rand.Read(b[:])
	name := "kgtest_" + hex.EncodeToString(b[:])
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		admin.Close()
		t.Fatalf("create database %s on %s: %v", name, redactDSN(dsn), err)
	}
	t.Cleanup(func() {
		defer admin.Close()
		// Connections of the store are closed by then; force any leftover.
		admin.Exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", name)
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}

// open opens spec and closes it at the end of the test.
func open(t *testing.T, spec string, opt Options) *Store {
	t.Helper()
	s, err := Open(context.Background(), spec, opt)
	if err != nil {
		t.Fatalf("Open(%q): %v", spec, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// dump returns every quad of the store (meta quads included when meta is
// true) as sorted N-Quads lines.
func dump(t *testing.T, s *Store, meta bool) string {
	t.Helper()
	var lines []string
	err := s.eachQuad(context.Background(), func(q quad.Quad) error {
		if meta || !IsMetaQuad(q) {
			lines = append(lines, q.NQuad())
		}
		return nil
	})
	if err != nil {
		t.Fatalf("dump %s: %v", s.Spec(), err)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n") + "\n"
}

// forgetOnly forgets document id, the only one in s, and checks that the
// graph is empty after it (meta quads aside).
func forgetOnly(t *testing.T, s *Store, id string) {
	t.Helper()
	if _, err := s.Forget(context.Background(), id); err != nil {
		t.Fatal(err)
	}
	if got := dump(t, s, false); got != "\n" {
		t.Errorf("store not empty after forgetting its only document %s:\n%s", id, got)
	}
}

func mustWrite(t *testing.T, s *Store, r *extract.Result) WriteStats {
	t.Helper()
	st, err := s.Write(context.Background(), r)
	if err != nil {
		t.Fatalf("Write %s: %v", r.Doc.ID, err)
	}
	return st
}

// Test documents: sentences written for these tests.
const (
	textMeeting = "التقى الرئيس الروسي فلاديمير بوتين المرشدَ الإيراني علي خامنئي في طهران يوم الاثنين. " +
		"وأكد بوتين دعم روسيا لإيران."
	textVisit = "Vladimir Putin visited Damascus on Tuesday. Russia and Syria are allies, the Kremlin said. " +
		"The war has killed 1200 people."
)

func putin() extract.Entity {
	return extract.Entity{Key: "vladimir-putin", Type: extract.Person,
		Labels:    map[string]string{"en": "Vladimir Putin", "ar": "فلاديمير بوتين"},
		AltLabels: []extract.Label{{Text: "بوتين", Lang: "ar"}, {Text: "Putin", Lang: "en"}},
		Wikidata:  "Q7747", Confidence: 1}
}

func russia() extract.Entity {
	return extract.Entity{Key: "russia", Type: extract.Country,
		Labels: map[string]string{"en": "Russia", "ar": "روسيا"}, Wikidata: "Q159", Confidence: 1}
}

// meetingDoc is an Arabic article: Putin met Khamenei in Tehran; Russia supports Iran.
func meetingDoc() *extract.Result {
	tx := textMeeting
	i := strings.Index(tx, " وأكد")
	return &extract.Result{
		Doc: extract.Document{ID: "test-meeting", Title: "بوتين في طهران", Lang: "ar",
			Date: time.Date(2015, 11, 23, 0, 0, 0, 0, time.UTC), URL: "https://example.org/news/1", Text: tx},
		Entities: []extract.Entity{putin(), russia(),
			{Key: "ali-khamenei", Type: extract.Person,
				Labels:    map[string]string{"en": "Ali Khamenei", "ar": "علي خامنئي"},
				AltLabels: []extract.Label{{Text: "خامنئي", Lang: "ar"}}, Wikidata: "Q57336", Confidence: 1},
			{Key: "iran", Type: extract.Country, Labels: map[string]string{"en": "Iran", "ar": "إيران"}, Wikidata: "Q794", Confidence: 1},
			{Key: "tehran", Type: extract.Place, Labels: map[string]string{"en": "Tehran", "ar": "طهران"}, Wikidata: "Q3616", Confidence: 1},
		},
		Facts: []extract.Fact{
			{Subject: "vladimir-putin", Predicate: extract.Met, Object: "ali-khamenei", Date: "2015-11-23",
				Evidence: tx[:i], Start: 0, End: i, Rule: "ar/meeting-verb", Confidence: 0.9, Place: "tehran"},
			// The same meeting seen from the other side, with a lower confidence: collapses.
			{Subject: "ali-khamenei", Predicate: extract.Met, Object: "vladimir-putin", Date: "2015-11-23",
				Evidence: tx[:i], Start: 0, End: i, Rule: "ar/received", Confidence: 0.7, Place: "tehran"},
			{Subject: "vladimir-putin", Predicate: extract.Visited, Object: "tehran", Date: "2015-11",
				Evidence: tx[:i], Start: 0, End: i, Rule: "ar/visit", Confidence: 0.8},
			{Subject: "russia", Predicate: extract.Supports, Object: "iran", Date: "2015",
				Evidence: tx[i+1:], Start: i + 1, End: len(tx), Rule: "ar/support", Confidence: 0.75},
			{Subject: "vladimir-putin", Predicate: extract.OfficialOf, Object: "russia", Role: "president",
				Evidence: tx[:i], Start: 0, End: i, Rule: "ar/title", Confidence: 0.95},
		},
	}
}

// visitDoc is an English article sharing Putin and Russia with meetingDoc.
func visitDoc() *extract.Result {
	tx := textVisit
	s1 := strings.Index(tx, " Russia and")
	s2 := strings.Index(tx, " The war")
	return &extract.Result{
		Doc: extract.Document{ID: "test-visit", Title: "Putin in Damascus", Lang: "en",
			Date: time.Date(2015, 12, 1, 0, 0, 0, 0, time.UTC), Text: tx},
		Entities: []extract.Entity{putin(), russia(),
			{Key: "damascus", Type: extract.Place, Labels: map[string]string{"en": "Damascus", "ar": "دمشق"}, Confidence: 1},
			{Key: "syria", Type: extract.Country, Labels: map[string]string{"en": "Syria", "ar": "سوريا"}, Wikidata: "Q858", Confidence: 1},
			{Key: "event/syrian-war", Type: extract.Event, Labels: map[string]string{"en": "the war"}, Confidence: 0.6},
		},
		Facts: []extract.Fact{
			{Subject: "vladimir-putin", Predicate: extract.Visited, Object: "damascus", Date: "2015-12-01",
				Evidence: tx[:s1], Start: 0, End: s1, Rule: "en/visit", Confidence: 0.85},
			{Subject: "syria", Predicate: extract.AllyOf, Object: "russia",
				Evidence: tx[s1+1 : s2], Start: s1 + 1, End: s2, Rule: "en/allies", Confidence: 0.8},
			{Subject: "event/syrian-war", Predicate: extract.Deaths, Value: "1200",
				Evidence: tx[s2+1:], Start: s2 + 1, End: len(tx), Rule: "en/deaths", Confidence: 0.6},
		},
	}
}
