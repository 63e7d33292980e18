package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newskg/kg/source/synth"
)

// The crash test: a store holds the old version of some articles; a child
// process re-ingests changed versions of them and is killed (SIGKILL) at
// random moments. Whatever the moment, every document must be exactly its
// old or exactly its new version: never both, never part of one.

// TestKillChild is the child's side: it runs kg with the arguments in
// KG_KILL_CHILD_ARGS and exits. It does nothing in a normal test run.
func TestKillChild(t *testing.T) {
	args := os.Getenv("KG_KILL_CHILD_ARGS")
	if args == "" {
		t.Skip("run by TestKillDuringReingest as its child")
	}
	var argv []string
	if err := json.Unmarshal([]byte(args), &argv); err != nil {
		t.Fatal(err)
	}
	os.Exit(run(context.Background(), append([]string{"kg"}, argv...), strings.NewReader(""), os.Stdout, os.Stderr))
}

func TestKillDuringReingest(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a child process 24 times")
	}
	dir := t.TempDir()
	const docs = 40
	writeVersions(t, dir, docs)
	base := filepath.Join(dir, "base.db")
	if r := kg(t, "", "ingest", "--db", base, "-q", filepath.Join(dir, "old.jsonl")); r.code != 0 {
		t.Fatalf("ingest old: %s", r.stderr)
	}
	newDB := filepath.Join(dir, "new.db")
	if r := kg(t, "", "ingest", "--db", newDB, "-q", filepath.Join(dir, "new.jsonl")); r.code != 0 {
		t.Fatalf("ingest new: %s", r.stderr)
	}
	oldDocs, newDocs := docQuads(t, base), docQuads(t, newDB)
	if len(oldDocs) != docs || len(newDocs) != docs {
		t.Fatalf("%d old and %d new documents, want %d", len(oldDocs), len(newDocs), docs)
	}
	changed := 0
	for id := range oldDocs {
		if !slices.Equal(oldDocs[id], newDocs[id]) {
			changed++
		}
	}
	if changed < docs/2 {
		t.Fatalf("only %d of %d documents changed between versions", changed, docs)
	}

	// One uninterrupted re-ingest gives the span to kill in.
	reingest := func(db string) *exec.Cmd {
		args, _ := json.Marshal([]string{"ingest", "--db", db, "--batch", "1", "--workers", "2", filepath.Join(dir, "new.jsonl")})
		cmd := exec.Command(os.Args[0], "-test.run=^TestKillChild$")
		cmd.Env = append(os.Environ(), "KG_KILL_CHILD_ARGS="+string(args))
		return cmd
	}
	full := copyStore(t, base, filepath.Join(dir, "full.db"))
	start := time.Now()
	if out, err := reingest(full).CombinedOutput(); err != nil {
		t.Fatalf("uninterrupted re-ingest: %v\n%s", err, out)
	}
	span := time.Since(start)
	if got := docQuads(t, full); !mapsEqual(got, newDocs) {
		t.Fatalf("an uninterrupted re-ingest does not give the new versions")
	}

	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	const kills = 24
	mixed := 0
	for k := 0; k < kills; k++ {
		db := copyStore(t, base, filepath.Join(dir, fmt.Sprintf("run%d.db", k)))
		cmd := reingest(db)
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill once the child has written its first document line (or at
		// a random moment of the whole span for a quarter of the runs).
		delay := time.Duration(rng.Int63n(int64(span)))
		if k%4 != 0 {
			line := bufio.NewReader(stdout)
			line.ReadString('\n')
			delay = time.Duration(rng.Int63n(int64(span) / 2))
		}
		time.Sleep(delay)
		cmd.Process.Kill()
		go io.Copy(io.Discard, stdout)
		cmd.Wait()

		got := docQuads(t, db)
		nOld, nNew := 0, 0
		for id, qs := range got {
			switch {
			case slices.Equal(qs, newDocs[id]):
				nNew++
			case slices.Equal(qs, oldDocs[id]):
				nOld++
			default:
				t.Fatalf("kill %d after %v: document %s is neither its old nor its new version (%d quads; old %d, new %d)",
					k, delay, id, len(qs), len(oldDocs[id]), len(newDocs[id]))
			}
		}
		if len(got) != docs {
			t.Fatalf("kill %d after %v: %d documents in the store, want %d", k, delay, len(got), docs)
		}
		if nNew > 0 && nNew < changed {
			mixed++
		}
		os.RemoveAll(db)
	}
	t.Logf("%d kills over a %v re-ingest; %d left a mix of old and new documents, each whole", kills, span, mixed)
	if mixed == 0 {
		t.Errorf("no kill landed in the middle of the re-ingest: the test did not test anything")
	}
}

// writeVersions writes old.jsonl and new.jsonl: n synthetic articles, and
// the same ids with changed texts (a sentence dropped, another article's
// sentences added).
func writeVersions(t *testing.T, dir string, n int) {
	t.Helper()
	var old, nw strings.Builder
	for i := 0; i < n; i++ {
		a, err := synth.Article(11, i)
		if err != nil {
			t.Fatal(err)
		}
		b, err := synth.Article(12, i)
		if err != nil {
			t.Fatal(err)
		}
		line := func(text string) string {
			j, _ := json.Marshal(map[string]string{"id": a.ID, "title": a.Title, "date": a.Date.Format("2006-01-02"), "lang": "ar", "text": text})
			return string(j) + "\n"
		}
		old.WriteString(line(a.Text))
		paras := strings.SplitAfter(a.Text, "\n")
		nw.WriteString(line(strings.Join(paras[1:], "") + b.Text))
	}
	for name, s := range map[string]string{"old.jsonl": old.String(), "new.jsonl": nw.String()} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// docQuads returns each document's quads (sorted N-Quads lines, by the
// document IRI that labels them).
func docQuads(t *testing.T, db string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, l := range storeQuads(t, db) {
		i := strings.LastIndex(strings.TrimSuffix(l, " ."), " <")
		label := strings.TrimSuffix(l, " .")[i+1:]
		out[label] = append(out[label], l)
	}
	for _, qs := range out {
		slices.Sort(qs)
	}
	return out
}

func mapsEqual(a, b map[string][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if !slices.Equal(v, b[k]) {
			return false
		}
	}
	return true
}

// copyStore copies the Bolt store at src to dst.
func copyStore(t *testing.T, src, dst string) string {
	t.Helper()
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(src, "indexes.bolt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dst, "indexes.bolt"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}
