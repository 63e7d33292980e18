package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/internal/testfile"
)

// Test articles written for these tests (not from any real article).
const (
	article1 = "التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني حسن روحاني في طهران يوم الاثنين.\nوبحث الجانبان الأزمة في سوريا.\n"
	article2 = "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة وزير الخارجية الأمريكي جون كيري يوم الأحد.\n"
)

type result struct {
	code           int
	stdout, stderr string
}

// kg runs the command in process.
func kg(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), append([]string{"kg"}, args...), strings.NewReader(stdin), &out, &errb)
	return result{code, out.String(), errb.String()}
}

// storeQuads returns the graph's quads (meta quads excluded) as sorted N-Quads lines.
func storeQuads(t *testing.T, db string) []string {
	t.Helper()
	s, err := graph.Open(context.Background(), db, graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var out []string
	err = s.EachQuad(context.Background(), func(q quad.Quad) error {
		out = append(out, q.NQuad())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

type statsJSON struct {
	Documents int            `json:"documents"`
	Entities  map[string]int `json:"entities"`
	Facts     map[string]int `json:"facts"`
	Quads     int            `json:"quads"`
}

func stats(t *testing.T, db string) statsJSON {
	t.Helper()
	r := kg(t, "", "stats", "--db", db, "--json")
	if r.code != 0 {
		t.Fatalf("stats: %d %s", r.code, r.stderr)
	}
	var s statsJSON
	if err := json.Unmarshal([]byte(r.stdout), &s); err != nil {
		t.Fatalf("stats --json: %v\n%s", err, r.stdout)
	}
	return s
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	good := testfile.Write(t, dir, "good.ar.txt", article1)
	bin := testfile.Write(t, dir, "bin.txt", "abc\x00\x01")
	badUTF := testfile.Write(t, dir, "bad.txt", "بوتين\xfe")
	empty := testfile.Write(t, dir, "empty.txt", "\n \n")
	jsonl := testfile.Write(t, dir, "docs.jsonl", `{"id":"a","text":"`+strings.TrimSpace(strings.ReplaceAll(article2, "\n", " "))+`"}`+"\n"+`{"id":"b","text":`+"\n")
	badDate := testfile.Write(t, dir, "dates.jsonl", `{"id":"c","date":"11/23/2015","text":"بوتين"}`+"\n")
	os.Mkdir(filepath.Join(dir, "void"), 0o755)
	testfile.Write(t, dir, "void/readme.md", "nothing to read")
	db := filepath.Join(dir, "kg.db")

	cases := []struct {
		name string
		args []string
		want []string // lines (or parts) expected on stderr
	}{
		{"missing file", []string{"ingest", "--db", db, filepath.Join(dir, "nope.txt")}, []string{"kg: " + filepath.Join(dir, "nope.txt") + ": no such file or directory"}},
		{"empty directory", []string{"ingest", "--db", db, filepath.Join(dir, "void")}, []string{"kg: " + filepath.Join(dir, "void") + ": directory has no .txt or .jsonl files"}},
		{"binary file", []string{"ingest", "--db", db, bin}, []string{"kg: " + bin + ": binary data, not text (NUL byte at byte offset 3)"}},
		{"invalid utf-8", []string{"ingest", "--db", db, badUTF}, []string{"kg: " + badUTF + ": invalid UTF-8 at byte offset 10"}},
		{"empty text", []string{"extract", empty}, []string{"kg: " + empty + ": empty text"}},
		{"malformed jsonl", []string{"ingest", "--db", db, jsonl}, []string{"kg: " + jsonl + ":2: malformed JSON", "1 of 2 documents failed"}},
		{"bad date in jsonl", []string{"extract", badDate}, []string{"kg: " + badDate + `:1: date "11/23/2015" is not YYYY-MM-DD or RFC 3339`}},
		{"bad --date", []string{"ingest", "--db", db, "--date", "yesterday", good}, []string{`kg: --date: date "yesterday" is not YYYY-MM-DD or RFC 3339`}},
		{"unknown scheme", []string{"ingest", "--db", "redis://localhost/0", good}, []string{`unknown scheme "redis"`}},
		{"flag after paths", []string{"ingest", good, "--db", db}, []string{"kg: --db: flags must come before the paths"}},
		{"no paths", []string{"ingest", "--db", db}, []string{"kg: no input"}},
		{"empty --db", []string{"ingest", "--db", "", good}, []string{"kg: --db is empty"}},
		{"bad format", []string{"extract", "--format", "xml", good}, []string{`kg: --format "xml": want table, jsonl or nquads`}},
		{"no extractor", []string{"extract", "--lang", "tlh", good}, []string{"kg: " + good + `: no extractor for language "tlh"`}},
		{"stats of no store", []string{"stats", "--db", filepath.Join(dir, "none.db")}, []string{"none.db"}},
		{"forget unknown", []string{"forget", "--db", db, "no-such-doc"}, []string{"no-such-doc", "no such document"}},
		{"import missing", []string{"import", "--db", db, filepath.Join(dir, "x.nq")}, []string{"kg: " + filepath.Join(dir, "x.nq") + ": no such file"}},
		{"import malformed", []string{"import", "--db", db, jsonl}, []string{"kg: " + jsonl + ": import: line 1: not an N-Quads statement", "JSON Lines articles", "kg ingest"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := kg(t, "", tc.args...)
			if r.code != 1 {
				t.Errorf("exit code %d, want 1; stderr:\n%s", r.code, r.stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr does not contain %q:\n%s", w, r.stderr)
				}
			}
			lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
			for _, line := range lines {
				if !strings.HasPrefix(line, "kg: ") {
					t.Errorf("stderr line %q does not start with \"kg: \"", line)
				}
			}
			// One input, one problem: one line (the multi-document JSONL
			// case adds a count).
			if tc.name != "malformed jsonl" && len(lines) != 1 {
				t.Errorf("stderr has %d lines, want 1:\n%s", len(lines), r.stderr)
			}
		})
	}
}

func TestLockedStore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	good := testfile.Write(t, dir, "a.txt", article1)
	s, err := graph.Open(context.Background(), db, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	r := kg(t, "", "ingest", "--db", db, good)
	if r.code != 1 || !strings.Contains(r.stderr, "kg: store "+db+" is in use by another kg process") {
		t.Errorf("exit %d, stderr %s", r.code, r.stderr)
	}
}

func TestIngestTwiceForget(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	in := filepath.Join(dir, "in")
	testfile.Write(t, in, "one-2015-11-23.ar.txt", article1)
	testfile.Write(t, in, "sub/two.txt", article2)

	r := kg(t, "", "ingest", "--db", db, "--json", in)
	if r.code != 0 {
		t.Fatalf("ingest: %d\n%s", r.code, r.stderr)
	}
	var rep ingestReport
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatalf("--json: %v\n%s", err, r.stdout)
	}
	if len(rep.Documents) != 2 || rep.Documents[0].ID != "one-2015-11-23" || rep.Documents[1].ID != "two" ||
		rep.Total.Documents != 2 || rep.Total.Failed != 0 || rep.Total.Added == 0 || rep.Total.Added != rep.Total.Quads {
		t.Fatalf("report %+v", rep)
	}
	first := storeQuads(t, db)
	st1 := stats(t, db)
	export1 := kg(t, "", "export", "--db", db, "--format", "nquads")
	if export1.code != 0 || export1.stdout == "" {
		t.Fatalf("export: %d %s", export1.code, export1.stderr)
	}
	if st1.Documents != 2 || st1.Quads != len(first) || st1.Quads != rep.Total.Quads {
		t.Errorf("stats %+v after a report of %+v and %d quads", st1, rep.Total, len(first))
	}

	// Again, with more workers: nothing changes.
	r = kg(t, "", "ingest", "--db", db, "--workers", "3", in)
	if r.code != 0 {
		t.Fatalf("second ingest: %d\n%s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "total: 2 documents (0 failed)") || !strings.Contains(r.stdout, " 0 quads added, 0 removed") {
		t.Errorf("second ingest output:\n%s", r.stdout)
	}
	if again := storeQuads(t, db); !slices.Equal(first, again) {
		t.Errorf("second ingest changed the graph: %d → %d quads", len(first), len(again))
	}
	if st2 := stats(t, db); st2.Quads != st1.Quads || st2.Documents != 2 {
		t.Errorf("stats changed: %+v → %+v", st1, st2)
	}
	if export2 := kg(t, "", "export", "--db", db, "--format", "nquads"); export2.stdout != export1.stdout {
		t.Errorf("export changed after the second ingest")
	}

	// The quads extract --format nquads prints are the quads ingest stored.
	r = kg(t, "", "extract", "--format", "nquads", in)
	if r.code != 0 {
		t.Fatalf("extract: %s", r.stderr)
	}
	qs, err := quad.ReadAll(nquads.NewReader(strings.NewReader(r.stdout), true))
	if err != nil {
		t.Fatalf("extract --format nquads does not parse: %v", err)
	}
	var extracted []string
	for _, q := range qs {
		extracted = append(extracted, q.NQuad())
	}
	slices.Sort(extracted)
	if !slices.Equal(extracted, first) {
		t.Errorf("extract gave %d quads, the store holds %d", len(extracted), len(first))
		for i := range extracted {
			if extracted[i] != first[i] {
				t.Logf("extract %s\nstore   %s", extracted[i], first[i])
				break
			}
		}
	}

	// Forget one document, then the other.
	r = kg(t, "", "forget", "--db", db, "two")
	if r.code != 0 || !strings.Contains(r.stdout, "two: ") {
		t.Fatalf("forget: %d %s %s", r.code, r.stdout, r.stderr)
	}
	if st := stats(t, db); st.Documents != 1 || st.Quads >= st1.Quads || st.Quads == 0 {
		t.Errorf("after forget: %+v", st)
	}
	if r = kg(t, "", "forget", "--db", db, "one-2015-11-23"); r.code != 0 {
		t.Fatalf("forget: %s", r.stderr)
	}
	if st := stats(t, db); st.Documents != 0 || st.Quads != 0 {
		t.Errorf("after forgetting both: %+v", st)
	}
}

func TestIngestPartialFailure(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	good := testfile.Write(t, dir, "good.txt", article1)
	bad := testfile.Write(t, dir, "bad.txt", "\x00")
	r := kg(t, "", "ingest", "--db", db, bad, good)
	if r.code != 1 {
		t.Errorf("exit code %d, want 1", r.code)
	}
	if !strings.Contains(r.stderr, "kg: "+bad+": binary data") || !strings.Contains(r.stderr, "kg: 1 of 2 documents failed") {
		t.Errorf("stderr:\n%s", r.stderr)
	}
	if !strings.Contains(r.stdout, "good ") {
		t.Errorf("stdout lacks the good document:\n%s", r.stdout)
	}
	if st := stats(t, db); st.Documents != 1 || st.Quads == 0 {
		t.Errorf("stats %+v, want the good document stored", st)
	}

	// --fail-fast stops before the good one.
	db2 := filepath.Join(dir, "kg2.db")
	r = kg(t, "", "ingest", "--db", db2, "--fail-fast", bad, good)
	if r.code != 1 || !strings.Contains(r.stderr, "fail-fast") {
		t.Errorf("fail-fast: exit %d, stderr:\n%s", r.code, r.stderr)
	}
	if st := stats(t, db2); st.Documents != 0 {
		t.Errorf("fail-fast stored %d documents", st.Documents)
	}
}

func TestSeedArticle(t *testing.T) {
	seed, err := filepath.Abs("../../examples/putin-khamenei-2015-11-23.ar.txt")
	if err != nil {
		t.Fatal(err)
	}
	r := kg(t, "", "extract", "--format", "jsonl", seed)
	if r.code != 0 {
		t.Fatalf("extract: %s", r.stderr)
	}
	var j jsonResult
	if err := json.Unmarshal([]byte(r.stdout), &j); err != nil {
		t.Fatalf("jsonl: %v", err)
	}
	if j.Doc.ID != "putin-khamenei-2015-11-23" || j.Doc.Date != "2015-11-23" || j.Doc.Lang != "ar" {
		t.Errorf("doc %+v", j.Doc)
	}
	met := false
	for _, f := range j.Facts {
		if f.Predicate == "met" && (f.Subject == "vladimir-putin" || f.Object == "vladimir-putin") && f.Evidence != "" {
			met = true
		}
	}
	if !met {
		t.Errorf("no meeting of Putin among %d facts", len(j.Facts))
	}
	// Field names are lower case all the way down, aliases included.
	if !strings.Contains(r.stdout, `"altLabels":[{"text":`) || strings.Contains(r.stdout, `"Text"`) {
		t.Errorf("jsonl aliases are not {\"text\", \"lang\"}: %.300s", r.stdout)
	}
	r = kg(t, "", "extract", seed)
	if r.code != 0 || !strings.Contains(r.stdout, "vladimir-putin") || !strings.Contains(r.stdout, "«") {
		t.Errorf("table:\n%s\n%s", r.stdout, r.stderr)
	}
}

func TestStdinAndImport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	lines := `{"id":"s1","date":"2015-08-03","lang":"ar","title":"t","text":"` + strings.TrimSpace(strings.ReplaceAll(article1, "\n", " ")) + `"}` + "\n" +
		`{"id":"s2","text":"` + strings.TrimSpace(article2) + `"}` + "\n"
	r := kg(t, lines, "ingest", "--db", db, "-")
	if r.code != 0 || !strings.Contains(r.stdout, "total: 2 documents (0 failed)") {
		t.Fatalf("ingest -: %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	want := storeQuads(t, db)

	// Import what the store holds into a new store: the same graph.
	nq := testfile.Write(t, dir, "dump.nq", strings.Join(want, "\n")+"\n")
	db2 := filepath.Join(dir, "kg2.db")
	r = kg(t, "", "import", "--db", db2, nq)
	if r.code != 0 || !strings.Contains(r.stdout, "2 documents") {
		t.Fatalf("import: %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	if got := storeQuads(t, db2); !slices.Equal(got, want) {
		t.Errorf("imported %d quads, want %d", len(got), len(want))
	}
}

func TestBench(t *testing.T) {
	r := kg(t, "", "bench", "--docs", "12", "--json")
	if r.code != 0 {
		t.Fatalf("bench: %d %s", r.code, r.stderr)
	}
	var b benchResult
	if err := json.Unmarshal([]byte(r.stdout), &b); err != nil {
		t.Fatalf("bench --json: %v\n%s", err, r.stdout)
	}
	if b.Documents != 12 || b.Failed != 0 || b.Facts == 0 || b.Quads == 0 || b.DocsPerSec <= 0 || b.PeakRSSMB <= 0 {
		t.Errorf("bench result %+v", b)
	}
}

// TestBinary builds kg and checks the exit code and message of a failure.
func TestBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "kg")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	dir := t.TempDir()
	good := testfile.Write(t, dir, "a.txt", article1)
	cmd := exec.Command(bin, "ingest", "--db", filepath.Join(dir, "kg.db"), "--quiet", good, filepath.Join(dir, "missing.txt"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != 1 {
		t.Fatalf("exit: %v, stderr %s", err, stderr.String())
	}
	want := "kg: " + filepath.Join(dir, "missing.txt") + ": no such file or directory\nkg: 1 of 2 documents failed; the others are stored\n"
	if stderr.String() != want {
		t.Errorf("stderr %q, want %q", stderr.String(), want)
	}
}

func TestStatsDocs(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	a := testfile.Write(t, dir, "first-2015-11-23.ar.txt", article1)
	if r := kg(t, "", "ingest", "-q", "--db", db, a); r.code != 0 {
		t.Fatalf("ingest: %s", r.stderr)
	}
	r := kg(t, "", "stats", "--db", db, "--docs")
	if r.code != 0 || !strings.Contains(r.stdout, "first-2015-11-23") || !strings.Contains(r.stdout, "2015-11-23") || !strings.Contains(r.stdout, "(1 documents)") {
		t.Errorf("stats --docs: %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = kg(t, "", "stats", "--db", db, "--docs", "--json")
	var docs []struct{ ID, Date, Lang string }
	if err := json.Unmarshal([]byte(r.stdout), &docs); err != nil || len(docs) != 1 || docs[0].ID != "first-2015-11-23" || docs[0].Lang != "ar" {
		t.Errorf("stats --docs --json: %v %+v\n%s", err, docs, r.stdout)
	}
}

// TestFlagsAfterArguments: query and gizmo take their flags, --db included,
// after the arguments too; an unknown command is one clear line.
func TestFlagsAfterArguments(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	a := testfile.Write(t, dir, "a-2015-11-23.ar.txt", article1)
	if r := kg(t, "", "ingest", "-q", "--db", db, a); r.code != 0 {
		t.Fatalf("ingest: %s", r.stderr)
	}
	for _, tc := range []struct {
		args []string
		code int
		want string // in stdout, or stderr when code is 1
	}{
		{[]string{"query", "top-actors", "--db", db, "--format", "json"}, 0, `"query": "top-actors"`},
		{[]string{"gizmo", "g.Emit(40+2)", "--db", db, "--timeout=2s"}, 0, "42"},
		{[]string{"gizmo", "g.Emit(1)", "--format", "table", "--db", db}, 1, "kg: gizmo: no --format"},
		{[]string{"gizmo", "while (true) {}", "--db", db, "--timeout", "300ms"}, 1, "kg: gizmo script stopped after 300ms"},
		{[]string{"nosuchcmd"}, 1, "kg: unknown command 'nosuchcmd' (kg --help lists them)"},
	} {
		r := kg(t, "", tc.args...)
		out := r.stdout
		if tc.code != 0 {
			out = r.stderr
		}
		if r.code != tc.code || !strings.Contains(out, tc.want) {
			t.Errorf("kg %v: exit %d, want %d with %q:\n%s%s", tc.args, r.code, tc.code, tc.want, r.stdout, r.stderr)
		}
	}
}

// A failed import into a new store leaves no store behind; into an
// existing one, the store is unchanged.
func TestImportFailureLeavesNoStore(t *testing.T) {
	dir := t.TempDir()
	bad := testfile.Write(t, dir, "bad.nq", "<http://x/a> <http://x/b> \"2015-13-45\"^^<http://www.w3.org/2001/XMLSchema#date> <https://w3id.org/newskg/doc/a> .\n")
	db := filepath.Join(dir, "new.db")
	if r := kg(t, "", "import", "--db", db, bad); r.code != 1 || !strings.Contains(r.stderr, "not a valid xsd:date") {
		t.Fatalf("import: exit %d, %s", r.code, r.stderr)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("a failed import left %s behind (%v)", db, err)
	}
	old := filepath.Join(dir, "old.db")
	art := testfile.Write(t, dir, "meeting-2015-11-23.ar.txt", article1)
	if r := kg(t, "", "ingest", "--db", old, "-q", art); r.code != 0 {
		t.Fatalf("ingest: %s", r.stderr)
	}
	before := storeQuads(t, old)
	if r := kg(t, "", "import", "--db", old, bad); r.code != 1 {
		t.Fatalf("import into an existing store: exit %d", r.code)
	}
	if after := storeQuads(t, old); !slices.Equal(before, after) {
		t.Errorf("a failed import changed the existing store")
	}
}

// Control characters of an article (an ESC sequence that would retitle the
// window or clear the screen) reach the terminal escaped in tables, and
// intact in JSON.
func TestTerminalOutputEscapesControls(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	evil := "\x1b]0;pwned\x07"
	text := strings.Replace(article1, "بوتين", "بوتين "+evil, 1) + "\x1b[2J\n"
	jsonl := testfile.Write(t, dir, "docs.jsonl", `{"id":"esc","title":`+jsonString("عنوان "+evil)+`,"date":"2015-11-23","text":`+jsonString(text)+"}\n")
	if r := kg(t, "", "ingest", "--db", db, "-q", jsonl); r.code != 0 {
		t.Fatalf("ingest: %s", r.stderr)
	}
	for _, args := range [][]string{
		{"extract", jsonl},
		{"stats", "--db", db, "--docs"},
		{"query", "--db", db, "entity", "بوتين"},
	} {
		r := kg(t, "", args...)
		if r.code != 0 {
			t.Fatalf("%v: %s", args, r.stderr)
		}
		if strings.ContainsAny(r.stdout, "\x1b\x07") {
			t.Errorf("%v: raw control characters on the terminal:\n%q", args, r.stdout)
		}
		if !strings.Contains(r.stdout, `\x1b`) {
			t.Errorf("%v: the escape sequence is not shown escaped:\n%s", args, r.stdout)
		}
	}
	r := kg(t, "", "stats", "--db", db, "--docs", "--json")
	if !strings.Contains(r.stdout, `\u001b]0;pwned\u0007`) {
		t.Errorf("JSON should keep the title intact (JSON-escaped): %s", r.stdout)
	}
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
