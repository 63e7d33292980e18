package graph

import (
	"fmt"
	"log"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/cayleygraph/cayley/clog"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/internal/pgtest"
)

// postgresDSN returns KG_TEST_POSTGRES, skipping the test when it is not set
// (failing under CI=true, as backends does).
func postgresDSN(t *testing.T) string {
	t.Helper()
	dsn := pgtest.DSN(t)
	if dsn == "" {
		t.Skip("KG_TEST_POSTGRES not set (see graph/POSTGRES.md)")
	}
	return dsn
}

// Several processes (here goroutines, each with its own connections) opening
// one new database at the same moment all succeed, and the store they make
// is whole: one set of meta quads, usable for writing.
func TestPostgresConcurrentOpen(t *testing.T) {
	dsn := postgresDSN(t)
	for round := 0; round < 3; round++ {
		spec := freshPostgres(t, dsn)
		const n = 6
		var (
			wg     sync.WaitGroup
			start  = make(chan struct{})
			stores = make([]*Store, n)
			errs   = make([]error, n)
		)
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				stores[i], errs[i] = Open(ctx, spec, Options{})
			}()
		}
		close(start)
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("round %d: concurrent Open %d of a new database: %v", round, i, err)
			}
			defer stores[i].Close()
		}
		meta, err := stores[0].labelQuads(ctx, MetaLabel)
		if err != nil {
			t.Fatal(err)
		}
		if len(meta) != 2 {
			t.Errorf("round %d: %d meta quads, want 2: %v", round, len(meta), meta)
		}
		mustWrite(t, stores[n-1], meetingDoc())
		if docs, err := stores[0].Documents(ctx); err != nil || len(docs) != 1 {
			t.Errorf("round %d: documents seen by another opener: %v, %v", round, docs, err)
		}
	}
}

// clogCapture records what Cayley logs, still printing it as Cayley's default
// logger does.
type clogCapture struct {
	mu    sync.Mutex
	lines []string
}

func (c *clogCapture) record(prefix, format string, args ...any) {
	line := prefix + fmt.Sprintf(format, args...)
	c.mu.Lock()
	c.lines = append(c.lines, line)
	c.mu.Unlock()
	log.Print(line)
}
func (c *clogCapture) Infof(format string, args ...any)    { c.record("", format, args...) }
func (c *clogCapture) Warningf(format string, args ...any) { c.record("WARN: ", format, args...) }
func (c *clogCapture) Errorf(format string, args ...any)   { c.record("ERROR: ", format, args...) }
func (c *clogCapture) Fatalf(format string, args ...any)   { log.Fatalf("FATAL: "+format, args...) }
func (c *clogCapture) V(int) bool                          { return false }
func (c *clogCapture) SetV(int)                            {}

func (c *clogCapture) take() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := c.lines
	c.lines = nil
	return out
}

// Opening a store, new or existing, for writing or reading, logs nothing
// (Cayley's Init used to print "Cannot create nodes table: … database
// already exists" at every writable open of PostgreSQL).
func TestOpenLogsNothing(t *testing.T) {
	logs := &clogCapture{}
	clog.SetLogger(logs)
	t.Cleanup(func() { clog.SetLogger(logs) }) // still prints, as the default does
	forEachBackend(t, func(t *testing.T, b backend) {
		if b.name == "mem" {
			return
		}
		spec := b.fresh(t)
		for i, opt := range []Options{{}, {}, {ReadOnly: true}} {
			s, err := Open(ctx, spec, opt)
			if err != nil {
				t.Fatalf("open %d: %v", i, err)
			}
			if i == 0 {
				mustWrite(t, s, meetingDoc())
			}
			s.Close()
			if got := logs.take(); len(got) > 0 {
				t.Errorf("open %d (%+v) logged:\n%s", i, opt, strings.Join(got, "\n"))
			}
		}
	})
}

// A reader (as `kg serve`) sees what another process (an ingest worker)
// writes to the same PostgreSQL database: counts, documents and names.
// Also in a database made by an older kg, without the kg_changes sequence.
func TestPostgresSeesOtherWriters(t *testing.T) {
	dsn := postgresDSN(t)
	t.Run("kg_changes", func(t *testing.T) { testSeesOtherWriters(t, dsn, true) })
	t.Run("older", func(t *testing.T) { testSeesOtherWriters(t, dsn, false) })
}

func testSeesOtherWriters(t *testing.T, dsn string, sequence bool) {
	spec := freshPostgres(t, dsn)
	writer := open(t, spec, Options{})
	if !sequence {
		if _, err := writer.pg.Exec(`DROP SEQUENCE kg_changes`); err != nil {
			t.Fatal(err)
		}
		writer.pgSeq = false // as an older kg, which does not bump it
	}
	reader := open(t, spec, Options{ReadOnly: true})
	if reader.pgSeq != sequence {
		t.Fatalf("reader.pgSeq = %v, want %v", reader.pgSeq, sequence)
	}
	check := func(when string, docs, quads int, putin bool) {
		t.Helper()
		st, err := reader.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Documents != docs || st.Quads != quads {
			t.Errorf("%s: reader's stats %+v, want %d documents and %d quads", when, st, docs, quads)
		}
		got, err := reader.Resolve(ctx, "Putin") // an alias: found only through the label index
		if err != nil {
			t.Fatal(err)
		}
		if (len(got) == 1) != putin {
			t.Errorf("%s: reader resolves Putin to %v", when, got)
		}
	}
	check("empty", 0, 0, false)
	meeting := mustWrite(t, writer, meetingDoc())
	check("after a write", 1, meeting.Quads, true)
	visit := mustWrite(t, writer, visitDoc())
	check("after a second write", 2, meeting.Quads+visit.Quads, true)
	for _, id := range []string{"test-meeting", "test-visit"} {
		if _, err := writer.Forget(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	check("after forgetting both", 0, 0, false)
}

// Ingest workers writing overlapping documents to one database at once: no
// error, and the store ends as one worker alone would leave it.
func TestPostgresConcurrentWriters(t *testing.T) {
	dsn := postgresDSN(t)
	rs := syntheticResults(24, 6, 30)
	ref := open(t, freshPostgres(t, dsn), Options{})
	if _, errs := ref.WriteMany(ctx, rs); errs[0] != nil {
		t.Fatal(errs[0])
	}
	want := dump(t, ref, true)

	spec := freshPostgres(t, dsn)
	open(t, spec, Options{}).Close() // create the tables
	const workers = 3
	var wg sync.WaitGroup
	errs := make([][]error, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := Open(ctx, spec, Options{})
			if err != nil {
				errs[w] = []error{err}
				return
			}
			defer s.Close()
			// Each worker writes two thirds of the documents, in its own order.
			var mine []*extract.Result
			for i := range rs {
				if j := (i + 8*w) % len(rs); j%3 != w {
					mine = append(mine, rs[j])
				}
			}
			_, errs[w] = s.WriteMany(ctx, mine)
		}()
	}
	wg.Wait()
	for w := range errs {
		for i, err := range errs[w] {
			if err != nil {
				t.Errorf("worker %d, document %d: %v", w, i, err)
			}
		}
	}
	s := open(t, spec, Options{ReadOnly: true})
	if got := dump(t, s, true); got != want {
		t.Errorf("after concurrent writers:\n%s\nwant:\n%s", got, want)
	}
}

// Opening an empty database read-only says there is no store, and writes
// nothing; the password does not appear in the error.
func TestPostgresReadOnlyEmpty(t *testing.T) {
	spec := freshPostgres(t, postgresDSN(t))
	_, err := Open(ctx, spec, Options{ReadOnly: true})
	if err == nil || !strings.Contains(err.Error(), "no kg store there") {
		t.Fatalf("read-only open of an empty database: %v", err)
	}
	if u, _ := url.Parse(spec); u.User != nil {
		if pw, ok := u.User.Password(); ok && pw != "" && strings.Contains(err.Error(), pw) {
			t.Errorf("the error shows the password: %v", err)
		}
	}
	// Still empty: a writable open creates the store.
	s := open(t, spec, Options{})
	if u, _ := url.Parse(spec); u.User != nil {
		if pw, ok := u.User.Password(); ok && pw != "" && strings.Contains(s.Spec(), pw) {
			t.Errorf("Spec() shows the password: %s", s.Spec())
		}
	}
	if st, err := s.Stats(ctx); err != nil || st.Quads != 0 || st.Documents != 0 {
		t.Errorf("new store: %+v, %v", st, err)
	}
}
