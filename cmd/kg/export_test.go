package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newskg/kg/internal/testfile"
)

func TestExportCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	art := testfile.Write(t, dir, "meeting-2015-11-23.ar.txt", article1)
	// every candidate, whatever the fact scorer's threshold of the day
	if r := kg(t, "", "ingest", "--db", db, "-q", "--keep-low-confidence", art); r.code != 0 {
		t.Fatalf("ingest: %d %s", r.code, r.stderr)
	}
	// Every format, to a file and into a directory.
	for _, f := range []string{"nquads", "ntriples", "turtle", "trig", "jsonld", "graphml", "gexf", "dot", "cyjs"} {
		out := filepath.Join(dir, "out."+f)
		if r := kg(t, "", "export", "--db", db, "--format", f, "-o", out); r.code != 0 {
			t.Errorf("export %s: %d %s", f, r.code, r.stderr)
		} else if b, err := os.ReadFile(out); err != nil || len(b) < 50 {
			t.Errorf("export %s: %d bytes, %v", f, len(b), err)
		}
	}
	csvDir := filepath.Join(dir, "csv")
	if r := kg(t, "", "export", "--db", db, "--format", "csv", "-o", csvDir); r.code != 0 {
		t.Fatalf("export csv: %d %s", r.code, r.stderr)
	}
	edges, err := os.ReadFile(filepath.Join(csvDir, "edges.csv"))
	if err != nil || !strings.Contains(string(edges), ",met,") {
		t.Errorf("edges.csv lacks the meeting (%v):\n%s", err, edges)
	}
	// --doc takes the document id that ingest derived from the file name.
	if r := kg(t, "", "export", "--db", db, "--format", "nquads", "--doc", "meeting-2015-11-23"); r.code != 0 || !strings.Contains(r.stdout, "/doc/meeting-2015-11-23>") {
		t.Errorf("export --doc meeting-2015-11-23: %d %s", r.code, r.stderr)
	}
	// The entity filter resolves an Arabic name; the meeting's ends remain.
	r := kg(t, "", "export", "--db", db, "--format", "ntriples", "--entity", "بوتين", "--predicate", "met")
	if r.code != 0 || !strings.Contains(r.stdout, "/vocab/met>") || strings.Contains(r.stdout, "/vocab/visited>") {
		t.Errorf("export --entity بوتين --predicate met: %d %s\n%s", r.code, r.stderr, r.stdout)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--format", "rdfxml"}, `unknown export format "rdfxml"`},
		{[]string{"--entity", "nobody-at-all"}, `no entity "nobody-at-all"`},
		{[]string{"--predicate", "likes"}, `unknown predicate "likes"`},
		{[]string{"--since", "yesterday"}, `since "yesterday" is not a date`},
		{[]string{"stray"}, "takes no arguments"},
		{[]string{"--doc", "no-such-doc"}, `no document "no-such-doc"`},
	} {
		r := kg(t, "", append([]string{"export", "--db", db}, tc.args...)...)
		if r.code == 0 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("export %v: code %d, stderr %q; want an error containing %q", tc.args, r.code, r.stderr, tc.want)
		}
	}
	// A failed export leaves no partial file behind.
	bad := filepath.Join(dir, "bad.nq")
	kg(t, "", "export", "--db", db, "--since", "x", "-o", bad)
	if _, err := os.Stat(bad); !os.IsNotExist(err) {
		t.Errorf("failed export left %s behind", bad)
	}
}

func TestVocabCommand(t *testing.T) {
	for _, f := range []string{"turtle", "ntriples", "jsonld"} {
		r := kg(t, "", "vocab", "--format", f)
		if r.code != 0 || !strings.Contains(r.stdout, "SymmetricProperty") || !strings.Contains(r.stdout, "التقى") {
			t.Errorf("vocab --format %s: %d %s", f, r.code, r.stderr)
		}
	}
	r := kg(t, "", "vocab", "--base", "https://example.org/kg/", "--format", "ntriples")
	if !strings.Contains(r.stdout, "<https://example.org/kg/vocab/met>") {
		t.Errorf("vocab --base ignored: %.200s", r.stdout)
	}
	if r := kg(t, "", "vocab", "--format", "gexf"); r.code == 0 || !strings.Contains(r.stderr, "turtle") {
		t.Errorf("vocab --format gexf: code %d, stderr %q", r.code, r.stderr)
	}
}

// Impossible dates and radii are refused with a message, not read as
// something else.
func TestExportRefusesBadFilters(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	art := testfile.Write(t, dir, "meeting-2015-11-23.ar.txt", article1)
	if r := kg(t, "", "ingest", "--db", db, "-q", art); r.code != 0 {
		t.Fatalf("ingest: %d %s", r.code, r.stderr)
	}
	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{"--since", "2015-13-45"}, `since "2015-13-45" is not a date`},
		{[]string{"--since", "2015-02-30"}, `since "2015-02-30" is not a date`},
		{[]string{"--until", "2015-00"}, `until "2015-00" is not a date`},
		{[]string{"--since", "2016", "--until", "2015"}, "since 2016 is after until 2015"},
		{[]string{"--entity", "بوتين", "--hops", "-1"}, "--hops -1"},
		{[]string{"--entity", "بوتين", "--hops", "0"}, "--hops 0"},
		{[]string{"--entity", "بوتين", "--hops", "9"}, "hops 9 is not 1..6"},
	} {
		r := kg(t, "", append([]string{"export", "--db", db}, c.args...)...)
		if r.code != 1 || !strings.Contains(r.stderr, c.msg) || r.stdout != "" {
			t.Errorf("export %v: exit %d, stderr %q, %d bytes out; want exit 1 and %q", c.args, r.code, r.stderr, len(r.stdout), c.msg)
		}
	}
	// The same dates in their valid forms pass.
	for _, since := range []string{"2015", "2015-11", "2015-11-23", "2016-02-29"} {
		if r := kg(t, "", "export", "--db", db, "--since", since); r.code != 0 {
			t.Errorf("export --since %s: %d %s", since, r.code, r.stderr)
		}
	}
}
