package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/newskg/kg/queries"
)

// readmeStore is the store the README's walkthrough builds: the seed
// article ingested (built once for the tests that need it).
var readmeStore = struct {
	once sync.Once
	dir  string
	err  string
}{}

func exampleStore(t *testing.T) string {
	t.Helper()
	readmeStore.once.Do(func() {
		dir, err := os.MkdirTemp("", "kg-readme-")
		if err != nil {
			readmeStore.err = err.Error()
			return
		}
		readmeStore.dir = filepath.Join(dir, "kg-demo")
		if r := kg(t, "", "ingest", "-q", "--db", readmeStore.dir, "../../examples/"); r.code != 0 {
			readmeStore.err = "ingest examples/: " + r.stderr
		}
	})
	if readmeStore.err != "" {
		t.Fatal(readmeStore.err)
	}
	return readmeStore.dir
}

func TestMain(m *testing.M) {
	code := m.Run()
	if readmeStore.dir != "" {
		os.RemoveAll(filepath.Dir(readmeStore.dir))
	}
	os.Exit(code)
}

// shellWords splits a command line as a POSIX shell would for the simple
// lines of our examples: words, "double" and 'single' quotes, a trailing
// # comment.
func shellWords(line string) []string {
	var out []string
	var cur strings.Builder
	in, quote := false, rune(0)
	for _, r := range line {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			cur.WriteRune(r)
		case r == '"' || r == '\'':
			quote, in = r, true
		case r == '#' && !in:
			return out
		case r == ' ' || r == '\t':
			if in {
				out = append(out, cur.String())
				cur.Reset()
				in = false
			}
		default:
			cur.WriteRune(r)
			in = true
		}
	}
	if in {
		out = append(out, cur.String())
	}
	return out
}

// rowsOf runs one kg query command line (without "kg") on db and returns
// the number of rows it answered.
func rowsOf(t *testing.T, db string, args []string) int {
	t.Helper()
	r := kg(t, "", append(args, "--db", db, "--format", "json")...)
	if r.code != 0 {
		t.Fatalf("kg %s: exit %d: %s", strings.Join(args, " "), r.code, r.stderr)
	}
	var res struct {
		Rows []map[string]any `json:"rows"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
		t.Fatalf("kg %s: %v", strings.Join(args, " "), err)
	}
	return len(res.Rows)
}

// TestListedExamplesAnswer runs the example of every query kg query --list
// shows on the README's store: each must answer with rows.
func TestListedExamplesAnswer(t *testing.T) {
	db := exampleStore(t)
	for _, q := range queries.List() {
		t.Run(q.Name, func(t *testing.T) {
			args := shellWords(q.Example)
			if len(args) < 3 || args[0] != "kg" || args[1] != "query" || args[2] != q.Name {
				t.Fatalf("example %q does not run kg query %s", q.Example, q.Name)
			}
			if n := rowsOf(t, db, args[1:]); n == 0 {
				t.Errorf("%s: no rows on the README's store", q.Example)
			}
		})
	}
}

// TestReadmeWalkthrough runs the kg query lines of the README's walkthrough
// on the store it builds: each answers, and the question about Assad's
// supporters names Russia and Iran.
func TestReadmeWalkthrough(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	db := exampleStore(t)
	ran, assad := 0, false
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "./kg query ") || strings.Contains(line, "--list") {
			continue
		}
		args := shellWords(strings.TrimPrefix(line, "./"))[1:]
		for i := 0; i < len(args); i++ { // the README's own --db
			if args[i] == "--db" && i+1 < len(args) {
				args = append(args[:i], args[i+2:]...)
				i--
			}
		}
		ran++
		if n := rowsOf(t, db, args); n == 0 {
			t.Errorf("README line %q: no rows", line)
		}
		if len(args) > 1 && args[1] == "supporters-of" && strings.Contains(line, "الأسد") {
			assad = true
			r := kg(t, "", append(args, "--db", db, "--format", "json")...)
			for _, who := range []string{"/entity/russia", "/entity/iran"} {
				if !strings.Contains(r.stdout, who) {
					t.Errorf("%q does not name %s:\n%s", line, who, r.stdout)
				}
			}
		}
	}
	if ran < 3 || !assad {
		t.Errorf("README walkthrough: %d kg query lines, Assad's supporters asked: %v", ran, assad)
	}
}

// TestQueryOutput: tables fit $COLUMNS (or the terminal), --wide prints
// every cell whole, JSON rows carry labels, symmetric facts have no
// direction.
func TestQueryOutput(t *testing.T) {
	db := exampleStore(t)
	t.Setenv("COLUMNS", "80")
	r := kg(t, "", "query", "--db", db, "entity", "بوتين")
	if r.code != 0 {
		t.Fatalf("entity: %s", r.stderr)
	}
	for _, line := range strings.Split(strings.TrimRight(r.stdout, "\n"), "\n") {
		if w := queries.DisplayWidth(line); w > 80 {
			t.Errorf("line of %d columns in an 80-column terminal: %q", w, line)
		}
	}
	if !strings.Contains(r.stdout, "--wide shows all") || !strings.Contains(r.stdout, "mutual") ||
		strings.Contains(r.stdout, "← met") || strings.Contains(r.stdout, "met →") {
		t.Errorf("entity table:\n%s", r.stdout)
	}
	wide := kg(t, "", "query", "--db", db, "entity", "بوتين", "--wide")
	// The whole evidence sentence, statement IRIs and all.
	if wide.code != 0 || !strings.Contains(wide.stdout, "في ختام لقاء استمر أكثر من ساعة ونصف") || strings.Contains(wide.stdout, "…") {
		t.Errorf("--wide:\n%s%s", wide.stdout, wide.stderr)
	}
	js := kg(t, "", "query", "--db", db, "supporters-of", "بشار الأسد", "--format", "json")
	for _, want := range []string{`"actor_en": "Russia"`, `"actor_ar": "روسيا"`, `"via_en": "Syrian government"`, `"entity_en": "Bashar al-Assad"`} {
		if !strings.Contains(js.stdout, want) {
			t.Errorf("JSON lacks %s:\n%.2000s", want, js.stdout)
		}
	}
}

// TestGizmoHelpExamples: the script examples of kg gizmo --help answer on
// the README's store, and g.V() lists no bookkeeping node.
func TestGizmoHelpExamples(t *testing.T) {
	db := exampleStore(t)
	help := kg(t, "", "gizmo", "--help")
	n := 0
	for _, line := range strings.Split(help.stdout, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "kg gizmo '") {
			continue
		}
		n++
		args := shellWords(line)[1:]
		r := kg(t, "", append(args, "--db", db)...)
		var out []any
		if err := json.Unmarshal([]byte(r.stdout), &out); r.code != 0 || err != nil || len(out) == 0 {
			t.Errorf("%s: exit %d, %d results (%v): %s", line, r.code, len(out), err, r.stderr)
		}
	}
	if n < 2 {
		t.Errorf("kg gizmo --help has %d script examples:\n%s", n, help.stdout)
	}
	r := kg(t, "", "gizmo", "--db", db, "g.V().All()")
	if r.code != 0 || strings.Contains(r.stdout, "urn:newskg:") || !strings.Contains(r.stdout, "/entity/vladimir-putin") {
		t.Errorf("g.V().All(): exit %d, %.400s", r.code, r.stdout)
	}
}
