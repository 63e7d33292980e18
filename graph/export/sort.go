package export

import (
	"bufio"
	"container/heap"
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/graph"
)

// sortBufferBytes bounds the records an external sort holds in memory
// before it spills a sorted run to a temporary file.
var sortBufferBytes = 32 << 20

// sorter sorts records (strings without "\n") and drops duplicates, in
// bounded memory: sorted runs spill to temporary files, merged at the end.
type sorter struct {
	buf   []string
	size  int
	runs  []*os.File
	limit int
}

func newSorter() *sorter { return &sorter{limit: sortBufferBytes} }

func (s *sorter) add(rec string) error {
	s.buf = append(s.buf, rec)
	s.size += len(rec) + 16
	if s.size >= s.limit {
		return s.spill()
	}
	return nil
}

func (s *sorter) sortBuf() {
	slices.Sort(s.buf)
	s.buf = slices.Compact(s.buf)
}

func (s *sorter) spill() error {
	s.sortBuf()
	f, err := os.CreateTemp("", "kg-export-*.run")
	if err != nil {
		return fmt.Errorf("sort spill: %w", err)
	}
	s.runs = append(s.runs, f)
	w := bufio.NewWriterSize(f, 1<<20)
	for _, r := range s.buf {
		w.WriteString(r)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("sort spill %s: %w", f.Name(), err)
	}
	clear(s.buf)
	s.buf, s.size = s.buf[:0], 0
	return nil
}

// close removes the temporary files.
func (s *sorter) close() {
	for _, f := range s.runs {
		f.Close()
		os.Remove(f.Name())
	}
	s.runs = nil
}

// each calls fn with the records in order, each once.
func (s *sorter) each(ctx context.Context, fn func(rec string) error) error {
	defer s.close()
	if len(s.runs) == 0 {
		s.sortBuf()
		for i, r := range s.buf {
			if i&0xfff == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			if err := fn(r); err != nil {
				return err
			}
		}
		return nil
	}
	if len(s.buf) > 0 {
		if err := s.spill(); err != nil {
			return err
		}
	}
	h := &runHeap{}
	for _, f := range s.runs {
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return fmt.Errorf("sort merge %s: %w", f.Name(), err)
		}
		r := &run{r: bufio.NewReaderSize(f, 1<<20), name: f.Name()}
		ok, err := r.next()
		if err != nil {
			return err
		}
		if ok {
			h.runs = append(h.runs, r)
		}
	}
	heap.Init(h)
	last, n := "", 0
	for h.Len() > 0 {
		r := h.runs[0]
		if n == 0 || r.cur != last {
			if n&0xfff == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			if err := fn(r.cur); err != nil {
				return err
			}
			last = r.cur
			n++
		}
		ok, err := r.next()
		if err != nil {
			return err
		}
		if ok {
			heap.Fix(h, 0)
		} else {
			heap.Pop(h)
		}
	}
	return nil
}

type run struct {
	r    *bufio.Reader
	name string
	cur  string
}

func (r *run) next() (bool, error) {
	line, err := r.r.ReadString('\n')
	if err == io.EOF && line == "" {
		return false, nil
	}
	if err != nil && err != io.EOF {
		return false, fmt.Errorf("sort merge %s: %w", r.name, err)
	}
	r.cur = strings.TrimSuffix(line, "\n")
	return true, nil
}

type runHeap struct{ runs []*run }

func (h *runHeap) Len() int           { return len(h.runs) }
func (h *runHeap) Less(i, j int) bool { return h.runs[i].cur < h.runs[j].cur }
func (h *runHeap) Swap(i, j int)      { h.runs[i], h.runs[j] = h.runs[j], h.runs[i] }
func (h *runHeap) Push(x any)         { h.runs = append(h.runs, x.(*run)) }
func (h *runHeap) Pop() any {
	x := h.runs[len(h.runs)-1]
	h.runs = h.runs[:len(h.runs)-1]
	return x
}

// typeKey stands for rdf:type in sort records, so that a subject's types
// come before its other properties.
const (
	typeKey     = "\x01"
	rdfTypeTerm = "<" + graph.RDF + "type>"
)

// tuple is one sorted statement as N-Triples terms; G is "" for the
// default graph or when graphs are dropped.
type tuple struct{ G, S, P, O string }

// sortedTuples calls fn with the chosen quads as N-Triples terms, sorted by
// graph, subject, predicate, object (or without graphs, deduplicated
// across them, when withGraph is false).
func (s *source) sortedTuples(ctx context.Context, withGraph bool, fn func(t tuple) error) error {
	st := newSorter()
	defer st.close()
	var b strings.Builder
	err := s.eachAsync(ctx, func(q quad.Quad) error {
		b.Reset()
		if withGraph && q.Label != nil {
			if err := appendTerm(&b, q.Label); err != nil {
				return fmt.Errorf("quad %v: label: %w", q, err)
			}
		}
		b.WriteByte(0)
		for i, t := range []quad.Value{q.Subject, q.Predicate, q.Object} {
			if i == 1 && t == graph.RDFType {
				b.WriteString(typeKey) // rdf:type sorts first
			} else if err := appendTerm(&b, t); err != nil {
				return fmt.Errorf("quad %v: %w", q, err)
			}
			b.WriteByte(0)
		}
		return st.add(b.String()[:b.Len()-1])
	})
	if err != nil {
		return err
	}
	return st.each(ctx, func(rec string) error {
		var t tuple
		for i, f := range []*string{&t.G, &t.S, &t.P} {
			j := strings.IndexByte(rec, 0)
			if j < 0 {
				return fmt.Errorf("sort: bad record %.60q (field %d)", rec, i)
			}
			*f, rec = rec[:j], rec[j+1:]
		}
		t.O = rec
		if t.P == typeKey {
			t.P = rdfTypeTerm
		}
		return fn(t)
	})
}
