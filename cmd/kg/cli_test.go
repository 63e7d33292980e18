package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/internal/testfile"
)

// TestRepeatedFlagSpellings: a repeatable flag gathers its values whether
// given by its name or its alias, mixed in any order.
func TestRepeatedFlagSpellings(t *testing.T) {
	db := exampleStore(t)
	want := kg(t, "", "export", "--db", db, "--predicate", "met", "--predicate", "visited")
	if want.code != 0 || !strings.Contains(want.stdout, "/vocab/met>") || !strings.Contains(want.stdout, "/vocab/visited>") {
		t.Fatalf("--predicate twice: exit %d %s", want.code, want.stderr)
	}
	for _, args := range [][]string{
		{"--predicate", "met", "-p", "visited"},
		{"-p", "met", "--predicate=visited"},
		{"-p=met", "--p", "visited"},
	} {
		r := kg(t, "", append([]string{"export", "--db", db, "-f", "nquads"}, args...)...)
		if r.code != 0 || r.stdout != want.stdout {
			t.Errorf("export %v: exit %d, same output: %v; %s", args, r.code, r.stdout == want.stdout, r.stderr)
		}
	}
}

// TestHelpExamples: every command's --help has examples, and those of
// export run on the README's store.
func TestHelpExamples(t *testing.T) {
	for _, cmd := range [][]string{{"ingest"}, {"extract"}, {"export"}, {"vocab"}, {"import"}, {"forget"}, {"stats"},
		{"gizmo"}, {"query"}, {"serve"}, {"ner"}, {"ner", "train"}, {"bench"}} {
		r := kg(t, "", append(cmd, "--help")...)
		if r.code != 0 || !strings.Contains(r.stdout, "Examples:") {
			t.Errorf("kg %s --help has no examples:\n%s", strings.Join(cmd, " "), r.stdout)
		}
	}
	db := exampleStore(t)
	out := t.TempDir()
	help := kg(t, "", "export", "--help").stdout
	n := 0
	for _, line := range strings.Split(help, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "kg export --db") || strings.Contains(line, "|") {
			continue
		}
		if i := strings.Index(line, "   ("); i > 0 {
			line = line[:i] // a trailing remark
		}
		args := shellWords(line)[1:]
		for i := range args {
			if args[i] == "-o" && i+1 < len(args) {
				args[i+1] = filepath.Join(out, filepath.Base(args[i+1]))
			}
			if args[i] == "--db" {
				args[i+1] = db
			}
		}
		n++
		if r := kg(t, "", args...); r.code != 0 {
			t.Errorf("%s: exit %d: %s", line, r.code, r.stderr)
		}
	}
	if n < 4 {
		t.Errorf("%d runnable export examples", n)
	}
	if entries, _ := os.ReadDir(out); len(entries) < 3 {
		t.Errorf("the export examples wrote %d files", len(entries))
	}
}

// TestNerInput: kg ner tells running text from a token file by itself, and
// warns about Latin-script input instead of tagging it.
func TestNerInput(t *testing.T) {
	text := "وصل الرئيس الفرنسي جاك شيراك إلى القاهرة أمس." // written for this test
	out, errs, code := kgRun(t, text, "ner")
	if code != 0 || !strings.Contains(out, "\tPERS\t") || !strings.Contains(out, "جاك شيراك") || !strings.Contains(errs, "running text") {
		t.Errorf("running text without --text: exit %d\n%s%s", code, out, errs)
	}
	out, errs, code = kgRun(t, "President Chirac arrived in Cairo yesterday.\n", "ner", "--text")
	if code != 0 || out != "" || !strings.Contains(errs, "Latin script") {
		t.Errorf("English text: exit %d, out %q, stderr %q; want a warning and no spans", code, out, errs)
	}
	// Tags are Latin; the tokens are what counts.
	out, errs, code = kgRun(t, "جاك B-PERS\nشيراك I-PERS\nفي O\nالقاهرة B-LOC\n", "ner")
	if code != 0 || !strings.Contains(out, "شيراك I-PERS") || errs != "" {
		t.Errorf("token file: exit %d\n%s%s", code, out, errs)
	}
	if _, errs, code = kgRun(t, text, "ner", "--text", "--tokens"); code == 0 || !strings.Contains(errs, "exclude") {
		t.Errorf("--text --tokens: exit %d %s", code, errs)
	}
}

// TestLangWarning: a document said to be Arabic whose text is Latin script
// gets a warning; a matching one does not.
func TestLangWarning(t *testing.T) {
	dir := t.TempDir()
	en := testfile.Write(t, dir, "visit.txt", "President Putin met Ayatollah Khamenei in Tehran on Monday.\n")
	ar := testfile.Write(t, dir, "meeting.txt", article1)
	db := filepath.Join(dir, "kg.db")
	r := kg(t, "", "ingest", "-q", "--db", db, "--lang", "ar", en)
	if !strings.Contains(r.stderr, "kg: "+en+": warning: --lang ar, but the text is in Latin script") {
		t.Errorf("ingest --lang ar of English: %s", r.stderr)
	}
	r = kg(t, "", "extract", "--lang", "ar", ar)
	if r.code != 0 || strings.Contains(r.stderr, "warning") {
		t.Errorf("extract --lang ar of Arabic: exit %d %s", r.code, r.stderr)
	}
}

// TestLockedStoreHint: a writer refused by a busy store is told how to add
// documents while the store is served.
func TestLockedStoreHint(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	a := testfile.Write(t, dir, "a.txt", article1)
	s, err := graph.Open(t.Context(), db, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	r := kg(t, "", "ingest", "--db", db, a)
	for _, want := range []string{"is in use by another kg process", "kg serve --allow-ingest", "/api/ingest"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q: %s", want, r.stderr)
		}
	}
	if lines := strings.Count(strings.TrimSpace(r.stderr), "\n"); lines != 0 {
		t.Errorf("the message takes %d lines", lines+1)
	}
}
