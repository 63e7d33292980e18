package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
)

// testLang is a language code only these tests use.
const testLang = "xx-test"

// lineExtractor is a small real extractor: every line "A met B" yields two
// Person entities and a met fact whose evidence is the line, with
// confidence 0.9 or the one written after it ("A met B ~0.3"). A document
// whose text contains "FAIL" fails and one containing "PANIC" panics; a
// line "sleep N" sleeps N milliseconds, so that documents finish out of order.
type lineExtractor struct{}

func (lineExtractor) Extract(ctx context.Context, doc extract.Document) (*extract.Result, error) {
	if strings.Contains(doc.Text, "PANIC") {
		panic("asked to panic")
	}
	if strings.Contains(doc.Text, "FAIL") {
		return nil, errors.New("asked to fail")
	}
	r := &extract.Result{Doc: doc}
	if strings.Contains(doc.Text, "BADTYPE") {
		// A result the store refuses: an entity type outside the model.
		r.Entities = append(r.Entities, extract.Entity{Key: "x", Type: "Planet"})
	}
	seen := map[string]bool{}
	off := 0
	for _, line := range strings.SplitAfter(doc.Text, "\n") {
		start := off
		off += len(line)
		line = strings.TrimSpace(line)
		var ms int
		if _, err := fmt.Sscanf(line, "sleep %d", &ms); err == nil {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			continue
		}
		a, b, ok := strings.Cut(line, " met ")
		if !ok {
			continue
		}
		conf := 0.9
		if n, c, ok := strings.Cut(b, " ~"); ok {
			b = n
			fmt.Sscanf(c, "%g", &conf)
		}
		for _, name := range []string{a, b} {
			if !seen[name] {
				seen[name] = true
				r.Entities = append(r.Entities, extract.Entity{Key: name, Type: extract.Person, Labels: map[string]string{"en": name}, Confidence: 1})
			}
		}
		r.Facts = append(r.Facts, extract.Fact{Subject: a, Predicate: extract.Met, Object: b, Evidence: line, Start: start, End: start + len(line), Rule: "test/met", Confidence: conf})
	}
	return r, nil
}

func init() { extract.Register(testLang, lineExtractor{}) }

type input struct {
	id, text string
	err      error
}

func docs(in []input) iter.Seq2[extract.Document, error] {
	return func(yield func(extract.Document, error) bool) {
		for i, d := range in {
			doc := extract.Document{ID: d.id, Lang: testLang, Text: d.text, Origin: fmt.Sprintf("in.jsonl:%d", i+1)}
			if !yield(doc, d.err) {
				return
			}
		}
	}
}

func corpus(n int) []input {
	var in []input
	for i := range n {
		// Later documents sleep less, so they tend to finish first.
		in = append(in, input{id: fmt.Sprintf("d%02d", i), text: fmt.Sprintf("sleep %d\nP%d met P%d\nP%d met Q\n", (n-i)%7, i, i+1, i)})
	}
	return in
}

func openMem(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), "mem:", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// dump returns the store's quads as sorted N-Quads lines.
func dump(t *testing.T, s *graph.Store) []string {
	t.Helper()
	var out []string
	err := s.EachQuad(context.Background(), func(q quad.Quad) error {
		out = append(out, q.NQuad())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

func TestRunOrderAndDeterminism(t *testing.T) {
	in := corpus(40)
	var graphs [][]string
	for _, tc := range []struct {
		workers, batch int
		reverse        bool
	}{{1, 1, false}, {4, 3, false}, {3, 64, true}} {
		t.Run(fmt.Sprintf("workers=%d,batch=%d,reverse=%v", tc.workers, tc.batch, tc.reverse), func(t *testing.T) {
			s := openMem(t)
			docsIn := slices.Clone(in)
			if tc.reverse {
				slices.Reverse(docsIn)
			}
			var got []int
			sum, err := Run(context.Background(), docs(docsIn), s, Options{Workers: tc.workers, Batch: tc.batch}, func(o Outcome) {
				got = append(got, o.Index)
				if o.Err != nil {
					t.Errorf("document %d: %v", o.Index, o.Err)
				}
				if o.Stats.DocID != docsIn[o.Index].id || o.Stats.Facts != 2 || o.Stats.Added == 0 {
					t.Errorf("document %d: stats %+v", o.Index, o.Stats)
				}
			})
			if err != nil {
				t.Fatal(err)
			}
			for i, idx := range got {
				if idx != i {
					t.Fatalf("reported out of order: %v", got)
				}
			}
			if sum.Documents != len(in) || sum.Failed != 0 || sum.Facts != 2*len(in) || sum.Quads == 0 || sum.Added != sum.Quads {
				t.Errorf("summary %+v", sum)
			}
			graphs = append(graphs, dump(t, s))
		})
	}
	for i := 1; i < len(graphs); i++ {
		if !slices.Equal(graphs[0], graphs[i]) {
			t.Errorf("graph of run %d differs from run 0 (%d vs %d quads)", i, len(graphs[i]), len(graphs[0]))
		}
	}
}

func TestRunFailures(t *testing.T) {
	readErr := errors.New("in.jsonl:2: malformed JSON")
	in := []input{
		{id: "a", text: "A met B\n"},
		{err: readErr},
		{id: "c", text: "FAIL\n"},
		{id: "d", text: "PANIC\n"},
		{id: "e", text: "E met F\n"},
		{id: "a", text: "A met C\n"}, // the same id again
		{id: "g", text: "G met H\n"},
		{id: "h", text: "BADTYPE\n"},
		{id: "i", text: "I met J\n"},
	}
	cases := []struct {
		name      string
		failFast  bool
		wantOK    []string // ids stored
		wantErrs  []string // substrings of errors, in order
		stages    []Stage  // their stages (DocError)
		ids       []string // their document ids ("" before the document is read)
		wantCount int      // outcomes reported
	}{
		{name: "go on", wantOK: []string{"a", "e", "g", "i"},
			wantErrs: []string{"malformed JSON", "in.jsonl:3: extract: asked to fail", "in.jsonl:4: extractor for \"xx-test\" panicked", "in.jsonl:6: document id \"a\" was already read from in.jsonl:1", "in.jsonl:8: document h: entity \"x\" has unknown type \"Planet\""},
			stages:   []Stage{StageRead, StageExtract, StageExtract, StageRead, StageStore},
			ids:      []string{"", "c", "d", "a", "h"}, wantCount: 9},
		{name: "fail fast", failFast: true, wantOK: []string{"a"}, wantErrs: []string{"malformed JSON"}, stages: []Stage{StageRead}, ids: []string{""}, wantCount: 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := openMem(t)
			var ok, errs []string
			n := 0
			sum, err := Run(context.Background(), docs(in), s, Options{Workers: 3, Batch: 2, FailFast: tc.failFast}, func(o Outcome) {
				n++
				if o.Err != nil {
					var de *DocError
					if k := len(errs); !errors.As(o.Err, &de) {
						t.Errorf("error %q is a %T, not a *DocError", o.Err, o.Err)
					} else if k < len(tc.stages) && (de.Stage != tc.stages[k] || de.ID != tc.ids[k] || de.Origin != o.Doc.Origin) {
						t.Errorf("error %q: stage %q, id %q, origin %q; want %q, %q, %q", o.Err, de.Stage, de.ID, de.Origin, tc.stages[k], tc.ids[k], o.Doc.Origin)
					}
					errs = append(errs, o.Err.Error())
				} else {
					ok = append(ok, o.Stats.DocID)
				}
			})
			if tc.failFast != (err != nil) || (err != nil && !errors.Is(err, ErrStopped)) {
				t.Errorf("Run error = %v", err)
			}
			if !slices.Equal(ok, tc.wantOK) {
				t.Errorf("stored %v, want %v", ok, tc.wantOK)
			}
			if len(errs) != len(tc.wantErrs) {
				t.Fatalf("errors %q, want %d", errs, len(tc.wantErrs))
			}
			for i, w := range tc.wantErrs {
				if !strings.Contains(errs[i], w) {
					t.Errorf("error %d = %q, want it to contain %q", i, errs[i], w)
				}
			}
			if n != tc.wantCount || sum.Documents != n || sum.Failed != len(errs) {
				t.Errorf("reported %d, summary %+v", n, sum)
			}
			docsInStore, err := s.Documents(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, d := range docsInStore {
				ids = append(ids, d.ID)
			}
			slices.Sort(ids)
			if !slices.Equal(ids, tc.wantOK) {
				t.Errorf("store holds %v, want %v", ids, tc.wantOK)
			}
		})
	}
}

func TestRunWithoutWriter(t *testing.T) {
	var facts int
	sum, err := Run(context.Background(), docs(corpus(5)), nil, Options{Workers: 2}, func(o Outcome) {
		if o.Result == nil || o.Err != nil {
			t.Errorf("outcome %+v", o)
			return
		}
		facts += len(o.Result.Facts)
		if o.Result.Doc.Origin == "" {
			t.Errorf("result of %d lost its origin", o.Index)
		}
	})
	if err != nil || facts != 10 || sum.Facts != 10 || sum.Quads != 0 {
		t.Errorf("err %v, facts %d, summary %+v", err, facts, sum)
	}
}

func TestRunUnknownLanguage(t *testing.T) {
	seq := func(yield func(extract.Document, error) bool) {
		yield(extract.Document{Text: "x", Lang: "zz-none", Origin: "a.txt"}, nil)
	}
	var got error
	Run(context.Background(), seq, nil, Options{}, func(o Outcome) { got = o.Err })
	if got == nil || !strings.HasPrefix(got.Error(), "a.txt: ") || !strings.Contains(got.Error(), "zz-none") {
		t.Errorf("error %v", got)
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	_, err := Run(ctx, docs(corpus(30)), openMem(t), Options{Workers: 2, Batch: 1}, func(o Outcome) {
		n++
		if n == 3 {
			cancel()
		}
	})
	if err == nil || !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v", err)
	}
	if n >= 30 {
		t.Errorf("all %d documents reported after cancel", n)
	}
}

func TestLinesProgress(t *testing.T) {
	var buf bytes.Buffer
	_, err := Run(context.Background(), docs(corpus(3)), openMem(t), Options{Progress: NewLines(&buf, 0), Total: 3}, nil)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) < 3 || !strings.Contains(lines[len(lines)-1], "3/3 documents (0 failed)") || !strings.Contains(lines[0], "quads/s") {
		t.Errorf("progress output:\n%s", buf.String())
	}
}

func TestBarProgress(t *testing.T) {
	var buf bytes.Buffer
	b := NewBar(&buf)
	b.Start(2)
	b.Add(1, 0, 50)
	time.Sleep(150 * time.Millisecond) // the bar redraws at most every 100 ms
	b.Add(1, 1, 50)
	if out := buf.String(); !strings.Contains(out, "quads/s") || !strings.Contains(out, "1 failed") {
		t.Errorf("bar output %q", out)
	}
	b.Finish(Summary{})
}

// TestMinConfidence checks that facts below Options.MinConfidence are
// neither stored nor reported, with the entities only they used, and that
// they are counted.
func TestMinConfidence(t *testing.T) {
	in := []input{{id: "a", text: "Ann met Bob\nAnn met Cid ~0.4\nDan met Eve ~0.2\n"}, {id: "b", text: "Fay met Gus ~0.6\n"}}
	for _, c := range []struct {
		min     float64
		facts   int
		dropped int
		absent  []string
	}{
		{0, 4, 0, nil},
		{0.5, 2, 2, []string{"/entity/Cid>", "/entity/Dan>", "/entity/Eve>"}},
		{0.95, 0, 4, []string{"/entity/Ann>", "/entity/Fay>"}},
	} {
		s := openMem(t)
		var reported int
		sum, err := Run(context.Background(), docs(in), s, Options{Workers: 2, MinConfidence: c.min}, func(o Outcome) {
			if o.Result != nil {
				reported += len(o.Result.Facts)
			}
		})
		if err != nil || sum.Failed > 0 {
			t.Fatalf("min %.2f: %v, %d failed", c.min, err, sum.Failed)
		}
		if sum.Facts != c.facts || reported != c.facts || sum.Dropped != c.dropped {
			t.Errorf("min %.2f: %d facts stored, %d reported, %d dropped; want %d, %d, %d", c.min, sum.Facts, reported, sum.Dropped, c.facts, c.facts, c.dropped)
		}
		all := strings.Join(dump(t, s), "\n")
		for _, a := range c.absent {
			if strings.Contains(all, a) {
				t.Errorf("min %.2f: the store still has %s", c.min, a)
			}
		}
	}
}
