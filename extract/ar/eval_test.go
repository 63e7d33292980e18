package ar

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
	"golang.org/x/text/unicode/norm"
)

// Shared evaluation inputs, read at test time only (never copied into the
// repository).
// The shared folder sits beside the repository (../shared from its root);
// KG_SHARED overrides it.
var (
	sharedDir = sharedFolder()
	seedPath  = filepath.Join("..", "..", "examples", "putin-khamenei-2015-11-23.ar.txt")
	devPath   = filepath.Join(sharedDir, "eval", "dev", "docs", "articles.jsonl")
)

func sharedFolder() string {
	if d := os.Getenv("KG_SHARED"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared")
}

// loadSeed reads the seed article.
func loadSeed(t testing.TB) []extract.Document {
	b, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	return []extract.Document{{
		ID: "putin-khamenei-2015-11-23", Lang: "ar", Text: string(b),
		Date: time.Date(2015, 11, 23, 0, 0, 0, 0, time.UTC), Origin: seedPath,
	}}
}

// loadDev reads the dev articles (JSON lines: id, title, date, url, text).
func loadDev(t testing.TB) []extract.Document {
	f, err := os.Open(devPath)
	if err != nil {
		t.Skipf("dev articles not available: %v", err)
	}
	defer f.Close()
	var docs []extract.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<22), 1<<22)
	n := 0
	for sc.Scan() {
		n++
		var a struct{ ID, Title, Date, URL, Lang, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("%s:%d: %v", devPath, n, err)
		}
		dt, err := time.Parse("2006-01-02", a.Date)
		if err != nil {
			t.Fatalf("%s:%d: date: %v", devPath, n, err)
		}
		docs = append(docs, extract.Document{ID: a.ID, Title: a.Title, Date: dt, URL: a.URL, Lang: "ar", Text: a.Text,
			Origin: fmt.Sprintf("%s:%d", devPath, n)})
	}
	return docs
}

// TestWriteEvalNQuads runs the extractor on the seed and dev articles and
// writes seed.nq and dev.nq (and facts.tsv, a readable listing) into
// $KG_EVAL_OUT for ../shared/eval/score.py, with the learned name tagger
// unless KG_EVAL_NO_NER is set. It skips when KG_EVAL_OUT is unset.
func TestWriteEvalNQuads(t *testing.T) {
	out := os.Getenv("KG_EVAL_OUT")
	if out == "" {
		t.Skip("KG_EVAL_OUT not set")
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	x := New()
	if os.Getenv("KG_EVAL_NO_NER") != "" {
		x = New(WithoutNER()) // to compare with and without the name tagger
	}
	stats := map[string][2]int{} // rule → true, total
	tune := tuneDocs(t)
	for _, set := range []struct {
		name string
		docs []extract.Document
	}{{"seed", loadSeed(t)}, {"dev", loadDev(t)}} {
		gold := loadGold(t, filepath.Join(sharedDir, "eval", set.name))
		var lines []string
		var listing strings.Builder
		for _, doc := range set.docs {
			r, err := x.Extract(context.Background(), doc)
			if err != nil {
				t.Fatal(err)
			}
			qs, err := graph.ResultQuads(graph.NewVocab(""), r)
			if err != nil {
				t.Fatal(err)
			}
			for _, q := range qs {
				lines = append(lines, q.NQuad())
			}
			ents := map[string]extract.Entity{}
			for _, e := range r.Entities {
				ents[e.Key] = e
			}
			for _, f := range r.Facts {
				if set.name == "dev" && !tune[doc.ID] {
					continue // precision.tsv is measured on the seed and the tune part only
				}
				st := stats[f.Rule]
				st[1]++
				if gold.holds(f, ents) {
					st[0]++
				}
				stats[f.Rule] = st
				fmt.Fprintf(&listing, "%s\t%s\t%s\t%s%s\t%s\t%s\t%.2f\t%s\t%s\n", doc.ID, f.Subject, f.Predicate, f.Object, f.Value, f.Date, f.Rule, f.Confidence, f.Role, f.Evidence)
			}
		}
		sort.Strings(lines)
		if err := os.WriteFile(filepath.Join(out, set.name+".nq"), []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(out, set.name+".facts.tsv"), []byte(listing.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// precision.tsv: each rule's precision on seed + dev, smoothed as
	// (true+1)/(total+2) so that rules seen a few times stay modest.
	var rules []string
	for r := range stats {
		rules = append(rules, r)
	}
	sort.Strings(rules)
	var b strings.Builder
	b.WriteString("# Measured precision of each rule on the seed and the tune part of ../shared/eval/dev:\n")
	b.WriteString("# rule, (true+1)/(extracted+2), true, extracted. Regenerate with\n")
	b.WriteString("#   KG_EVAL_OUT=/tmp/out go test ./extract/ar -run TestWriteEvalNQuads\n")
	b.WriteString("# and copy /tmp/out/precision.tsv here. Rules not listed get 0.7.\n")
	for _, r := range rules {
		st := stats[r]
		fmt.Fprintf(&b, "%s\t%.2f\t%d\t%d\n", r, float64(st[0]+1)/float64(st[1]+2), st[0], st[1])
	}
	if err := os.WriteFile(filepath.Join(out, "precision.tsv"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// goldSet is a gold set read the way ../shared/eval/score.py reads it.
type goldSet struct {
	names map[string]map[string]bool // gold entity → normalised names
	qids  map[string]string
	facts [][3][]string // subject alternatives, predicate, object alternatives
}

func scoreNorm(s string) string {
	s = norm.NFKD.String(strings.ToLower(s))
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
		case strings.ContainsRune("-'’‘`_.,()", r):
			b.WriteRune(' ')
		default:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func alternatives(slot string) []string {
	var out []string
	for _, a := range strings.Split(slot, "|") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

func loadGold(t testing.TB, dir string) *goldSet {
	g := &goldSet{names: map[string]map[string]bool{}, qids: map[string]string{}}
	read := func(name string) [][]string {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Skipf("gold set not available: %v", err)
		}
		var rows [][]string
		for _, line := range strings.Split(string(b), "\n") {
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			rows = append(rows, append(strings.Split(line, "\t"), "", "", "", "", "", "")[:6])
		}
		return rows
	}
	for _, r := range read("entities.tsv") {
		ns := map[string]bool{scoreNorm(r[0]): true}
		for _, a := range alternatives(r[2]) {
			ns[scoreNorm(a)] = true
		}
		g.names[r[0]] = ns
		g.qids[r[0]] = strings.TrimSpace(r[3])
	}
	for _, r := range read("facts.tsv") {
		g.facts = append(g.facts, [3][]string{alternatives(r[0]), {r[1]}, alternatives(r[2])})
	}
	return g
}

// matches reports whether an extracted entity matches a gold name.
func (g *goldSet) matches(e extract.Entity, name string) bool {
	if strings.HasPrefix(name, "\"") {
		return false
	}
	if q := g.qids[name]; q != "" && q == e.Wikidata {
		return true
	}
	ns := g.names[name]
	for _, l := range e.Labels {
		if ns[scoreNorm(l)] {
			return true
		}
	}
	for _, l := range e.AltLabels {
		if ns[scoreNorm(l.Text)] {
			return true
		}
	}
	return false
}

// holds reports whether a fact is one of the gold facts (either way round
// for symmetric predicates).
func (g *goldSet) holds(f extract.Fact, ents map[string]extract.Entity) bool {
	s, o := ents[f.Subject], ents[f.Object]
	any := func(e extract.Entity, alts []string) bool {
		for _, a := range alts {
			if g.matches(e, a) {
				return true
			}
		}
		return false
	}
	for _, gf := range g.facts {
		if gf[1][0] != string(f.Predicate) {
			continue
		}
		if f.Predicate == extract.Deaths {
			for _, a := range gf[2] {
				if a == "\""+f.Value+"\"" && any(s, gf[0]) {
					return true
				}
			}
			continue
		}
		if any(s, gf[0]) && any(o, gf[2]) {
			return true
		}
		if extract.IsSymmetric(f.Predicate) && any(o, gf[0]) && any(s, gf[2]) {
			return true
		}
	}
	return false
}

// tuneDocs returns the ids of the dev articles in part tune
// (../shared/eval/dev/SPLIT.tsv); precision.tsv is measured on them only,
// never on the check part.
func tuneDocs(t testing.TB) map[string]bool {
	b, err := os.ReadFile(filepath.Join(sharedDir, "eval", "dev", "SPLIT.tsv"))
	if err != nil {
		t.Skipf("dev split not available: %v", err)
	}
	out := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[1] == "tune" {
			out[f[0]] = true
		}
	}
	return out
}
