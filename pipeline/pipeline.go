// Package pipeline runs extraction over many documents on parallel workers
// and feeds the results to one writer that stores them in batches.
//
// Outcomes are reported in input order whatever the number of workers, and
// the stored graph does not depend on that order: each document is written
// whole, under its own IRI. A document that cannot be read, extracted or
// stored is reported and the others go on, unless Options.FailFast is set.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"sync"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/meeting"
	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/source"
)

// Writer stores extraction results; *graph.Store is one. stats[i] and
// errs[i] belong to rs[i].
type Writer interface {
	WriteMany(ctx context.Context, rs []*extract.Result) (stats []graph.WriteStats, errs []error)
}

// Options configure Run.
type Options struct {
	// Workers is the number of extraction goroutines; GOMAXPROCS when < 1.
	Workers int
	// Batch is the number of documents handed to one WriteMany call; 64 when < 1.
	Batch int
	// FailFast stops at the first document that fails.
	FailFast bool
	// Lookup finds the extractor of a language; extract.Lookup when nil.
	Lookup func(lang string) (extract.Extractor, error)
	// Progress is told how the run advances; nil for silence.
	Progress Progress
	// Total is the number of documents expected, for the progress display;
	// -1 or 0 when unknown.
	Total int
	// MinConfidence leaves out the facts whose confidence is below it (and
	// the entities only they used) before anything is stored or reported;
	// 0 keeps every fact, with its confidence, for review.
	MinConfidence float64
}

// Outcome is what became of one document.
type Outcome struct {
	// Index is the document's position in the input, from 0.
	Index int
	// Doc is the document as read (Origin set even when reading failed).
	Doc extract.Document
	// Result is the extraction result; nil when reading or extraction failed.
	Result *extract.Result
	// Stats tells what was written; zero without a Writer or on failure.
	Stats graph.WriteStats
	// Err says why the document failed, naming its origin; nil on success.
	Err error
	// Dropped is the number of facts left out for a confidence below
	// Options.MinConfidence.
	Dropped int
}

// Summary adds up a run.
type Summary struct {
	Documents int // documents reported (successes and failures)
	Failed    int
	Facts     int
	Entities  int
	Quads     int // quads of the stored documents (or 0 without a Writer)
	Added     int
	Removed   int
	// Dropped counts the facts left out for a confidence below
	// Options.MinConfidence.
	Dropped int
	Elapsed time.Duration
}

// ErrStopped is wrapped by the error Run returns when FailFast stopped it.
var ErrStopped = errors.New("stopped at the first failure (--fail-fast)")

type job struct {
	index int
	doc   extract.Document
	err   error
}

// Run extracts every document of docs on opt.Workers goroutines and, when w
// is not nil, writes the results with w.WriteMany in batches of opt.Batch
// documents, from one goroutine. report, when not nil, is called for every
// document in input order, from one goroutine at a time.
//
// Run returns an error only when ctx is cancelled or FailFast stopped it
// (then wrapping ErrStopped and the document's error); failed documents are
// otherwise counted in Summary.Failed.
func Run(ctx context.Context, docs iter.Seq2[extract.Document, error], w Writer, opt Options, report func(Outcome)) (Summary, error) {
	start := time.Now()
	if opt.Workers < 1 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.Batch < 1 {
		opt.Batch = 64
	}
	if opt.Lookup == nil {
		opt.Lookup = extract.Lookup
	}
	if report == nil {
		report = func(Outcome) {}
	}
	// Cancelling ctx stops reading and extracting; writes go on under the
	// caller's context so that a fail-fast stop still stores what came before.
	writeCtx := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// At most window documents are between reading and reporting, which
	// bounds memory when one document is slow to extract.
	window := opt.Workers*4 + opt.Batch*2
	tokens := make(chan struct{}, window)
	jobs := make(chan job, opt.Workers)
	results := make(chan Outcome, opt.Workers)
	batches := make(chan []Outcome, 1)

	// Reader.
	go func() {
		defer close(jobs)
		i := 0
		for doc, err := range docs {
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{index: i, doc: doc, err: err}:
			case <-ctx.Done():
				return
			}
			i++
		}
	}()

	// Extractors.
	var wg sync.WaitGroup
	for range opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				o := extractOne(ctx, j, opt.Lookup)
				if o.Result != nil {
					o.Dropped = o.Result.KeepConfident(opt.MinConfidence)
				}
				select {
				case results <- o:
				case <-ctx.Done():
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// Writer: stores each batch, then reports its documents in order.
	var (
		sum       Summary
		stopErr   error
		writerErr = make(chan struct{})
	)
	if opt.Progress != nil {
		opt.Progress.Start(opt.Total)
	}
	go func() {
		defer close(writerErr)
		for batch := range batches {
			if stopErr != nil || writeCtx.Err() != nil {
				continue // drain after a fail-fast stop or an interruption
			}
			writeBatch(writeCtx, w, batch)
			for _, o := range batch {
				sum.add(o)
				report(o)
				if opt.Progress != nil {
					opt.Progress.Add(1, boolInt(o.Err != nil), o.Stats.Quads)
				}
				// The rest of this batch is stored already: report it too.
				if o.Err != nil && opt.FailFast && stopErr == nil {
					stopErr = fmt.Errorf("%w: %w", ErrStopped, o.Err)
					cancel()
				}
			}
		}
	}()

	// Collector: puts outcomes back in input order and cuts batches.
	pending := map[int]Outcome{}
	next := 0
	var batch []Outcome
	ok := 0
	seen := map[string]string{} // document id → origin, when writing
	stopped := false
	flush := func() {
		if len(batch) > 0 {
			batches <- batch
			batch, ok = nil, 0
		}
	}
	for o := range results {
		if stopped {
			continue
		}
		pending[o.Index] = o
		for {
			o, found := pending[next]
			if !found {
				break
			}
			delete(pending, next)
			next++
			<-tokens
			if o.Err == nil && w != nil {
				id := extract.DocID(o.Doc)
				if prev, dup := seen[id]; dup {
					o.Err = docError(o.Doc, StageRead, fmt.Errorf("document id %q was already read from %s", id, prev))
					o.Result = nil
				} else {
					seen[id] = origin(o.Doc)
				}
			}
			batch = append(batch, o)
			if o.Err == nil {
				ok++
			}
			if o.Err != nil && opt.FailFast {
				flush()
				stopped = true
				cancel()
				break
			}
			if ok >= opt.Batch {
				flush()
			}
		}
	}
	if !stopped {
		flush()
	}
	close(batches)
	<-writerErr
	sum.Elapsed = time.Since(start)
	if opt.Progress != nil {
		opt.Progress.Finish(sum)
	}
	if stopErr != nil {
		return sum, stopErr
	}
	if err := ctx.Err(); err != nil && !stopped {
		return sum, fmt.Errorf("ingest interrupted after %d documents: %w", sum.Documents, context.Cause(ctx))
	}
	return sum, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (s *Summary) add(o Outcome) {
	s.Documents++
	if o.Err != nil {
		s.Failed++
		return
	}
	s.Dropped += o.Dropped
	st := o.Stats
	if st.DocID == "" && o.Result != nil {
		// No writer: count what was extracted.
		s.Facts += len(o.Result.Facts)
		s.Entities += len(o.Result.Entities)
		return
	}
	s.Facts += st.Facts
	s.Entities += st.Entities
	s.Quads += st.Quads
	s.Added += st.Added
	s.Removed += st.Removed
}

func origin(d extract.Document) string {
	if d.Origin != "" {
		return d.Origin
	}
	return "document " + extract.DocID(d)
}

// Stage names the step of ingest where a document failed.
type Stage string

// The stages of a document.
const (
	StageRead    Stage = "read"    // reading the input (a *source.Error)
	StageExtract Stage = "extract" // finding its extractor, extracting, a panic
	StageStore   Stage = "store"   // converting to quads and writing
)

// DocError is a document that failed: where it came from, its id when
// known, the stage and the problem. Its message reads "ORIGIN: problem",
// as every message of kg about one document: "a.jsonl:3: extract: …",
// "a.txt: document a: fact 2 has unknown predicate …".
type DocError struct {
	Origin string // Document.Origin, or "document ID" when it has none
	ID     string // the document id, when it was read
	Stage  Stage
	Err    error
}

// Error reads "ORIGIN: problem"; a problem that names its own origin (a
// *source.Error) is not prefixed again.
func (e *DocError) Error() string {
	var se *source.Error
	if e.Origin == "" || errors.As(e.Err, &se) {
		return e.Err.Error()
	}
	return e.Origin + ": " + e.Err.Error()
}

// Unwrap returns the problem.
func (e *DocError) Unwrap() error { return e.Err }

// docError makes the DocError of document d at stage, from err. A graph
// error about the document (*graph.DocError, which names the document and
// its origin) reads "document ID: problem" after the origin.
func docError(d extract.Document, stage Stage, err error) *DocError {
	e := &DocError{Origin: origin(d), Stage: stage, Err: err}
	if stage != StageRead || d.Text != "" {
		e.ID = extract.DocID(d)
	}
	var ge *graph.DocError
	if errors.As(err, &ge) {
		e.Err = ge.Err // "document ID" is the origin already
		if d.Origin != "" {
			e.Err = fmt.Errorf("document %s: %w", ge.ID, ge.Err)
		}
	}
	return e
}

// extractOne runs the document's extractor, turning a panic into an error.
func extractOne(ctx context.Context, j job, lookup func(string) (extract.Extractor, error)) (o Outcome) {
	o = Outcome{Index: j.index, Doc: j.doc}
	if j.err != nil {
		o.Err = &DocError{Origin: j.doc.Origin, Stage: StageRead, Err: j.err}
		return o
	}
	if err := ctx.Err(); err != nil {
		o.Err = docError(j.doc, StageExtract, err)
		return o
	}
	x, err := lookup(j.doc.Lang)
	if err != nil {
		o.Err = docError(j.doc, StageExtract, err)
		return o
	}
	defer func() {
		if p := recover(); p != nil {
			o.Result = nil
			o.Err = docError(j.doc, StageExtract, fmt.Errorf("extractor for %q panicked: %v", j.doc.Lang, p))
		}
	}()
	r, err := x.Extract(ctx, j.doc)
	if err != nil {
		o.Err = docError(j.doc, StageExtract, fmt.Errorf("extract: %w", err))
		return o
	}
	if r == nil {
		o.Err = docError(j.doc, StageExtract, fmt.Errorf("extractor for %q returned no result", j.doc.Lang))
		return o
	}
	if r.Doc.Text == "" {
		r.Doc = j.doc
	}
	r.Doc.Origin = j.doc.Origin
	meeting.Fill(r) // how each meeting took place, where the extractor did not say
	o.Result = r
	return o
}

// writeBatch stores the successful outcomes of batch, recording stats or errors.
func writeBatch(ctx context.Context, w Writer, batch []Outcome) {
	if w == nil {
		return
	}
	var rs []*extract.Result
	var idx []int
	for i, o := range batch {
		if o.Err == nil {
			rs = append(rs, o.Result)
			idx = append(idx, i)
		}
	}
	if len(rs) == 0 {
		return
	}
	stats, errs := w.WriteMany(ctx, rs)
	for k, i := range idx {
		if k < len(errs) && errs[k] != nil {
			batch[i].Err = storeError(batch[i].Doc, errs[k])
			continue
		}
		if k < len(stats) {
			batch[i].Stats = stats[k]
		}
	}
}

// storeError is the DocError of a document the writer refused: a graph
// error about the document reads "document ID: problem", any other error
// "store: problem".
func storeError(d extract.Document, err error) *DocError {
	var ge *graph.DocError
	if errors.As(err, &ge) {
		return docError(d, StageStore, err)
	}
	return docError(d, StageStore, fmt.Errorf("store: %w", err))
}
