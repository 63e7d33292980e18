package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newskg/kg/internal/testfile"
)

// TestMinConfidence checks the confidence threshold of ingest, extract and
// export: facts below it are left out (and counted), kept with
// --keep-low-confidence, and filtered at export time.
func TestMinConfidence(t *testing.T) {
	dir := t.TempDir()
	art := testfile.Write(t, dir, "meeting-2015-11-23.ar.txt", article1)
	facts := func(args ...string) int {
		t.Helper()
		r := kg(t, "", append([]string{"extract", "--format", "jsonl"}, append(args, art)...)...)
		if r.code != 0 {
			t.Fatalf("extract %v: %d %s", args, r.code, r.stderr)
		}
		var res struct {
			Facts []struct{ Confidence float64 }
		}
		if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
			t.Fatal(err)
		}
		for _, f := range res.Facts {
			if len(args) > 1 && args[0] == "--min-confidence" && args[1] == "0.5" && f.Confidence < 0.5 {
				t.Errorf("a fact of confidence %v passed --min-confidence 0.5", f.Confidence)
			}
		}
		return len(res.Facts)
	}
	all := facts("--keep-low-confidence")
	if all < 3 {
		t.Fatalf("%d facts proposed, want the two offices and the meeting at least", all)
	}
	if n := facts("--min-confidence", "1", "--keep-low-confidence"); n != all {
		t.Errorf("--keep-low-confidence kept %d of %d facts", n, all)
	}
	if n := facts("--min-confidence", "0.5"); n > all {
		t.Errorf("--min-confidence 0.5 gave %d facts, more than the %d proposed", n, all)
	}
	if n := facts("--min-confidence", "1"); n != 0 {
		t.Errorf("--min-confidence 1 kept %d facts", n)
	}
	if r := kg(t, "", "extract", "--min-confidence", "1.5", art); r.code == 0 || !strings.Contains(r.stderr, "--min-confidence 1.5") {
		t.Errorf("--min-confidence 1.5: code %d, %q", r.code, r.stderr)
	}

	db := filepath.Join(dir, "kg.db")
	r := kg(t, "", "ingest", "--db", db, "-q", "--min-confidence", "1", art)
	if r.code != 0 || !strings.Contains(r.stdout, "0 facts (") || !strings.Contains(r.stdout, "below confidence 1.00 left out") {
		t.Errorf("ingest --min-confidence 1: %d %q %q", r.code, r.stdout, r.stderr)
	}
	if r := kg(t, "", "ingest", "--db", db, "-q", "--keep-low-confidence", art); r.code != 0 {
		t.Fatalf("ingest --keep-low-confidence: %d %s", r.code, r.stderr)
	}
	edges := func(args ...string) int {
		t.Helper()
		r := kg(t, "", append([]string{"export", "--db", db, "--format", "nquads"}, args...)...)
		if r.code != 0 {
			t.Fatalf("export %v: %d %s", args, r.code, r.stderr)
		}
		return strings.Count(r.stdout, "/vocab/officialOf> <") + strings.Count(r.stdout, "/vocab/met> <")
	}
	if n := edges(); n < 3 {
		t.Errorf("the store has %d direct edges, want every candidate", n)
	}
	if n := edges("--min-confidence", "1"); n != 0 {
		t.Errorf("export --min-confidence 1 kept %d direct edges", n)
	}
}

// TestScorerTrain trains on the scorer's tiny test corpus and checks the
// report and that the file written is the same on a second run.
func TestScorerTrain(t *testing.T) {
	gold := filepath.Join("..", "..", "extract", "scorer", "testdata", "tiny")
	dir := t.TempDir()
	var files [2]string
	for i := range files {
		out := filepath.Join(dir, "model.tsv")
		r := kg(t, "", "scorer", "train", "--gold", gold, "--part", "train", "--l2", "1", "--out", out)
		if r.code != 0 {
			t.Fatalf("scorer train: %d %s", r.code, r.stderr)
		}
		if !strings.Contains(r.stdout, "12 articles") || !strings.Contains(r.stdout, "default threshold") {
			t.Errorf("report:\n%s", r.stdout)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		files[i] = string(b)
	}
	if files[0] != files[1] {
		t.Error("two trainings on the same articles wrote different model files")
	}
	if r := kg(t, "", "scorer", "train", "--gold", gold, "--part", "check"); r.code == 0 || !strings.Contains(r.stderr, "never for training") {
		t.Errorf("--part check: %d %q", r.code, r.stderr)
	}
}
