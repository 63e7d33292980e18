// Package server answers questions about a knowledge graph over HTTP: the
// canned queries, ad-hoc Gizmo, entity look-up and name search, exports,
// ingestion of new articles, Cayley's own /api/v2 query endpoint, and a web
// page to explore the graph (under web/, embedded).
//
// One process owns a Bolt store, so the server is how a team shares one:
// readers run concurrently; an ingest takes the store exclusively for the
// moment it writes.
package server

import (
	"bufio"
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/graph/export"
	"github.com/newskg/kg/internal/safetext"
	"github.com/newskg/kg/queries"
)

//go:embed web
var webFS embed.FS

// DefaultAddr is where Serve listens unless told otherwise: loopback only.
const DefaultAddr = "127.0.0.1:7480"

// Config configures a Server.
type Config struct {
	Store *graph.Store
	// AllowGizmo enables POST /api/gizmo (ad-hoc scripts).
	AllowGizmo bool
	// AllowIngest enables POST /api/ingest.
	AllowIngest bool
	// QueryTimeout bounds every query (default queries.DefaultTimeout);
	// a request may ask for less with ?timeout=.
	QueryTimeout time.Duration
	// QueryLimit bounds the rows of every query (default queries.DefaultLimit).
	QueryLimit int
	// MaxBody bounds request bodies in bytes (default 8 MiB).
	MaxBody int64
	// MinConfidence leaves out ingested facts whose confidence is below it
	// (0 keeps them all, for review); kg serve passes the fact scorer's
	// default threshold.
	MinConfidence float64
	// Log, when set, receives one line per failed request.
	Log func(format string, args ...any)
	// AccessLog, when set, receives one line per request (accesslog.go).
	AccessLog io.Writer
	// MaxQueries bounds the canned queries and entity look-ups running at
	// once (default 4 per CPU); MaxScripts the ad-hoc scripts (default the
	// number of CPUs); MaxExports the exports (default 1: an export reads
	// and writes on two goroutines, two exports would take both cores of a
	// small machine from the queries). Beyond them a
	// request waits briefly, then gets 503 with Retry-After.
	MaxQueries, MaxScripts, MaxExports int
	// ScriptMemory is the heap growth an ad-hoc script may cause before it
	// is stopped (default 256 MiB).
	ScriptMemory int64
	// ExportFacts bounds the facts of an entity's neighbourhood export
	// (default DefaultExportFacts; a request may ask for fewer with
	// ?limit=): a popular entity's neighbourhood can be most of the store.
	// An export cut by it has the header KG-Export-Cut (export.Filter.MaxFacts).
	ExportFacts int
	// ExportCache bounds the disk space of the export files kept for
	// reuse (default 1 GiB; see exportcache.go).
	ExportCache int64
	// AllowedHosts are host names (besides loopback names and addresses)
	// that requests may name in their Host header: the names a deployment
	// is reached by. Others are refused (DNS rebinding).
	AllowedHosts []string
}

// DefaultExportFacts is the default of Config.ExportFacts.
const DefaultExportFacts = 1000

// Server is the HTTP front of one store.
type Server struct {
	cfg   Config
	store *graph.Store
	// mu serialises every request on memstore (see readLock).
	mu        sync.Mutex
	exclusive bool
	mux       *http.ServeMux
	name      nameCache
	bound     atomic.Value // the address Serve listens on (string)
	ready     atomic.Bool  // the warm-up has built the name indexes

	queries, scripts, exports *gate
	answers                   *answerCache
	exportFiles               *exportCache
}

// New returns a server for cfg.Store.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("server: no store")
	}
	if cfg.QueryTimeout <= 0 {
		cfg.QueryTimeout = queries.DefaultTimeout
	}
	if cfg.QueryLimit <= 0 {
		cfg.QueryLimit = queries.DefaultLimit
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = 8 << 20
	}
	if cfg.MaxQueries <= 0 {
		cfg.MaxQueries = 4 * runtime.GOMAXPROCS(0)
	}
	if cfg.MaxScripts <= 0 {
		cfg.MaxScripts = runtime.GOMAXPROCS(0)
	}
	if cfg.MaxExports <= 0 {
		cfg.MaxExports = 1
	}
	if cfg.ScriptMemory <= 0 {
		cfg.ScriptMemory = 256 << 20
	}
	if cfg.ExportCache <= 0 {
		cfg.ExportCache = 1 << 30
	}
	if cfg.ExportFacts <= 0 {
		cfg.ExportFacts = DefaultExportFacts
	}
	s := &Server{cfg: cfg, store: cfg.Store, mux: http.NewServeMux(), exclusive: cfg.Store.Backend() == "memstore",
		queries: newGate("queries", cfg.MaxQueries, 256, cfg.QueryTimeout, 0),
		scripts: newGate("scripts", cfg.MaxScripts, 8, time.Second, 0),
		exports: newGate("exports", cfg.MaxExports, 64, cfg.QueryTimeout+30*time.Second, exportCostUnit),
		answers: newAnswerCache(512), exportFiles: newExportCache(cfg.ExportCache)}
	s.routes()
	return s, nil
}

// Close removes the server's temporary files (kept exports). Serve calls
// it when it returns.
func (s *Server) Close() error {
	s.exportFiles.purge()
	return nil
}

// Handler returns the server's HTTP handler.
func (s *Server) Handler() http.Handler { return s.accessLog(s.guard(s.mux)) }

// HTTPServer returns an http.Server for addr with timeouts set.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      s.cfg.QueryTimeout + 60*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}

// Serve listens on addr (DefaultAddr when empty) and serves until ctx ends,
// then shuts down gracefully. ready, when not nil, is called with the
// address actually bound.
func (s *Server) Serve(ctx context.Context, addr string, ready func(addr string)) error {
	if addr == "" {
		addr = DefaultAddr
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", addr, err)
	}
	s.bound.Store(ln.Addr().String())
	warm := make(chan struct{})
	go func() { defer close(warm); s.warmUp(ctx) }()
	defer func() { <-warm }() // the store may be closed once Serve returns
	defer s.Close()
	hs := s.HTTPServer(addr)
	if ready != nil {
		ready(ln.Addr().String())
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		return hs.Shutdown(sctx)
	}
}

// readLock takes the store for reading and returns the matching unlock.
// On Bolt and PostgreSQL it takes nothing: every write is one transaction
// and readers see the store before or after it (MVCC), so readers never
// hold a writer back, however long they stream. Cayley's memstore is not
// safe even for concurrent readers (its iterators flip a shared flag), so
// there every request takes the store exclusively.
func (s *Server) readLock() func() {
	if s.exclusive {
		s.mu.Lock()
		return s.mu.Unlock
	}
	return func() {}
}

// writeLock is readLock's counterpart for a write: exclusive on memstore,
// nothing elsewhere (the store serialises its writers itself).
func (s *Server) writeLock() func() {
	if s.exclusive {
		s.mu.Lock()
		return s.mu.Unlock
	}
	return func() {}
}

func (s *Server) routes() {
	m := s.mux
	m.HandleFunc("GET /healthz", s.healthz)
	m.HandleFunc("GET /api/queries", s.listQueries)
	m.HandleFunc("GET /api/query/{name}", s.runQuery)
	m.HandleFunc("POST /api/gizmo", s.gizmo)
	m.HandleFunc("GET /api/entity/{id}", s.entity)
	m.HandleFunc("GET /api/search", s.search)
	m.HandleFunc("GET /api/export", s.export)
	m.HandleFunc("POST /api/ingest", s.ingest)
	m.Handle("/api/v2/", s.cayleyAPI())
	m.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		if allow := allowed(r.URL.Path); allow != "" {
			w.Header().Set("Allow", allow)
			s.fail(w, r, http.StatusMethodNotAllowed, fmt.Errorf("%s %s: use %s", r.Method, r.URL.Path, allow))
			return
		}
		s.fail(w, r, http.StatusNotFound, fmt.Errorf("no endpoint %s %s", r.Method, r.URL.Path))
	})
	sub, err := fs.Sub(webFS, "web")
	if err != nil {
		panic(err)
	}
	files := http.FileServer(http.FS(filesOnly{sub}))
	page := securityHeaders(files)
	m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			s.fail(w, r, http.StatusMethodNotAllowed, fmt.Errorf("%s %s: the page is read with GET", r.Method, r.URL.Path))
			return
		}
		page.ServeHTTP(w, r)
	})
}

// allowed returns the methods an API path answers to ("" when none).
func allowed(path string) string {
	switch {
	case path == "/api/queries", path == "/api/search", path == "/api/export",
		strings.HasPrefix(path, "/api/query/"), strings.HasPrefix(path, "/api/entity/"):
		return "GET, HEAD"
	case path == "/api/gizmo", path == "/api/ingest":
		return "POST"
	}
	return ""
}

// filesOnly serves the page's files, never a directory listing: a
// directory other than the root (whose index.html is the page) is not found.
type filesOnly struct{ fs.FS }

func (f filesOnly) Open(name string) (fs.File, error) {
	file, err := f.FS.Open(name)
	if err != nil || name == "." {
		return file, err
	}
	if st, err := file.Stat(); err != nil || st.IsDir() {
		file.Close()
		return nil, fs.ErrNotExist
	}
	return file, nil
}

func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'")
		h.ServeHTTP(w, r)
	})
}

// cayleyAPI is Cayley's own HTTP API v2, read-only, under the read lock.
func (s *Server) cayleyAPI() http.Handler {
	// The store's handler follows its current Cayley quad store (a Bolt
	// write that removes nodes opens a new one).
	api := s.store.CayleyAPI(graph.APIOptions{QueryTimeout: s.cfg.QueryTimeout, QueryLimit: s.cfg.QueryLimit})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// /api/v2/query runs ad-hoc scripts: off unless --allow-gizmo, like
		// POST /api/gizmo. Errors keep Cayley's shape, {"error": "…"}.
		if strings.HasPrefix(r.URL.Path, "/api/v2/query") && !s.cfg.AllowGizmo {
			writeJSON(w, http.StatusForbidden, map[string]string{"error": "ad-hoc queries are off; start the server with --allow-gizmo"})
			return
		}
		// Cayley silently cuts query bodies at 1 MiB and runs the rest:
		// read the body here and refuse one over the limit instead.
		if r.Body != nil && r.Method != http.MethodGet && r.Method != http.MethodHead {
			limit := min(s.cfg.MaxBody, cayleyMaxQuery)
			body, err := io.ReadAll(io.LimitReader(r.Body, limit+1))
			if err != nil {
				writeJSON(w, http.StatusBadRequest, map[string]string{"error": "read request body: " + err.Error()})
				return
			}
			if int64(len(body)) > limit {
				writeJSON(w, http.StatusRequestEntityTooLarge, map[string]string{"error": fmt.Sprintf("request body over %d bytes", limit)})
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
		}
		if strings.HasPrefix(r.URL.Path, "/api/v2/query") {
			release := s.enter(s.scripts, w, r)
			if release == nil {
				return
			}
			defer release()
			// The same memory budget as POST /api/gizmo: Cayley stops the
			// script when the request's context ends.
			ctx, cancel := context.WithCancel(r.Context())
			defer cancel()
			if over := queries.WatchMemory(ctx, cancel, s.cfg.ScriptMemory); over != nil {
				defer func() {
					if over() {
						debug.FreeOSMemory()
					}
				}()
			}
			r = r.WithContext(ctx)
		}
		defer s.readLock()()
		api.ServeHTTP(w, r)
	})
}

// cayleyMaxQuery is the largest query body Cayley's /api/v2 reads whole.
const cayleyMaxQuery = 1 << 20

// apiError is the body of every error response.
type apiError struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, err error) {
	if s.cfg.Log != nil && status >= 500 {
		s.cfg.Log("%s %s: %d %v", r.Method, r.URL.Path, status, err)
	}
	writeJSON(w, status, apiError{Error: errorText(err), Status: status})
}

// errorText is an error's message for an answer: a message that quotes a
// huge parameter is cut (the client sent the parameter; echoing it back
// whole helps no one).
func errorText(err error) string {
	msg := err.Error()
	if len(msg) > 2000 {
		return safetext.Clip(msg)
	}
	return msg
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

// checkParams refuses a request with a query parameter the endpoint does
// not take, or one given twice: a misspelt parameter silently ignored gives
// an answer to another question.
func checkParams(r *http.Request, allowed ...string) error {
	for k, v := range r.URL.Query() {
		ok := false
		for _, a := range allowed {
			ok = ok || a == k
		}
		if !ok {
			if len(allowed) == 0 {
				return fmt.Errorf("unknown parameter %q: %s takes none", safetext.Clip(k), r.URL.Path)
			}
			return fmt.Errorf("unknown parameter %q: %s takes %s", safetext.Clip(k), r.URL.Path, strings.Join(allowed, ", "))
		}
		if len(v) > 1 {
			return fmt.Errorf("parameter %q given %d times", k, len(v))
		}
	}
	return nil
}

// statusOf maps a query error to an HTTP status.
func statusOf(err error) int {
	var mbe *http.MaxBytesError
	switch {
	case errors.Is(err, queries.ErrUnknownQuery):
		return http.StatusNotFound
	case errors.Is(err, queries.ErrBadArgs):
		return http.StatusBadRequest
	case errors.Is(err, queries.ErrTimeout), errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout
	case errors.As(err, &mbe):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, errBusy):
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// warmUp builds the indexes the first requests would otherwise wait for
// (entity names for look-ups and search) while the server already answers;
// /healthz says "ready" once they are built.
func (s *Server) warmUp(ctx context.Context) {
	defer s.ready.Store(true)
	unlock := s.readLock()
	defer unlock()
	if _, err := s.store.Resolve(ctx, "warm-up"); err != nil && s.cfg.Log != nil {
		s.cfg.Log("warm-up: %v", err)
	}
	if _, err := s.index(ctx); err != nil && s.cfg.Log != nil {
		s.cfg.Log("warm-up: %v", err)
	}
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	if err := checkParams(r); err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "backend": s.store.Backend(),
		"gizmo": s.cfg.AllowGizmo, "ingest": s.cfg.AllowIngest, "ready": s.ready.Load()})
}

func (s *Server) listQueries(w http.ResponseWriter, r *http.Request) {
	if err := checkParams(r); err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"queries": queries.List()})
}

// options reads ?timeout= (a Go duration or seconds) and ?limit=, capped by
// the server's limits.
func (s *Server) options(r *http.Request) (queries.Options, error) {
	opt := queries.Options{Timeout: s.cfg.QueryTimeout, Limit: s.cfg.QueryLimit}
	q := r.URL.Query()
	if v := q.Get("timeout"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			secs, err2 := strconv.ParseFloat(v, 64)
			if err2 != nil || secs <= 0 {
				return opt, fmt.Errorf("timeout %q is not a duration (e.g. 2s)", v)
			}
			d = time.Duration(secs * float64(time.Second))
		}
		if d <= 0 {
			return opt, fmt.Errorf("timeout %q must be positive", v)
		}
		if d < opt.Timeout {
			opt.Timeout = d
		}
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			return opt, fmt.Errorf("limit %q is not a positive integer", v)
		}
		if n < opt.Limit {
			opt.Limit = n
		}
	}
	return opt, nil
}

func (s *Server) runQuery(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	name := r.PathValue("name")
	opt, err := s.options(r)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	q := r.URL.Query()
	args := map[string]string{}
	for k, v := range q {
		if k == "timeout" || k == "limit" || k == "after" || k == "count" {
			continue
		}
		if len(v) > 1 {
			s.fail(w, r, http.StatusBadRequest, fmt.Errorf("parameter %q given %d times", k, len(v)))
			return
		}
		args[k] = v[0]
	}
	withCount := false
	if c := q.Get("count"); c != "" {
		if withCount, err = strconv.ParseBool(c); err != nil {
			s.fail(w, r, http.StatusBadRequest, fmt.Errorf("count %q is not true or false", c))
			return
		}
	}
	if cq, ok := queries.Lookup(name); ok && cq.Paged() {
		// The query pages itself: a page costs the page, and is cached
		// (per store version) like a whole answer.
		run := queries.Options{Limit: opt.Limit, After: q.Get("after"), Count: withCount}
		res, err := s.answer(w, r, name, args, opt.Timeout, run)
		if err != nil {
			s.fail(w, r, statusOf(err), err)
			return
		}
		if res != nil {
			out := *res
			out.Elapsed = time.Since(start).String()
			writeJSON(w, http.StatusOK, &out)
		}
		return
	}
	from := 0
	if c := q.Get("after"); c != "" {
		if from, err = decodeCursor(c); err != nil {
			s.fail(w, r, http.StatusBadRequest, err)
			return
		}
	}
	full, err := s.answer(w, r, name, args, opt.Timeout, queries.Options{Limit: s.cfg.QueryLimit})
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	if full == nil {
		return // busy: answered already
	}
	pg, next := page(full, from, opt.Limit)
	pg.Elapsed = time.Since(start).String()
	pg.Next = next
	if withCount {
		n := len(full.Rows)
		pg.Count = &n
	}
	writeJSON(w, http.StatusOK, pg)
}

// answer returns a canned query's answer with the rows run asks for (the
// whole answer up to the server's row limit, or one page of a query that
// pages), from the cache when the store has not changed since; it waits at
// most wait. A nil answer without error means the server was busy and has
// answered so.
func (s *Server) answer(w http.ResponseWriter, r *http.Request, name string, args map[string]string, wait time.Duration, run queries.Options) (*queries.Result, error) {
	version, err := s.store.Version(r.Context())
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(r.Context(), wait)
	defer cancel()
	if ctx.Err() != nil {
		return nil, fmt.Errorf("query %s: no time to answer (time limit %v): %w", name, wait, queries.ErrTimeout)
	}
	busy := false
	key := fmt.Sprintf("%s\x00limit=%d\x00after=%s\x00count=%v", answerKey(name, args), run.Limit, run.After, run.Count)
	res, err := s.answers.get(ctx, key, version, func() (*queries.Result, error) {
		release := s.enter(s.queries, w, r)
		if release == nil {
			busy = true
			return nil, nil
		}
		defer release()
		unlock := s.readLock()
		defer unlock()
		// Shared by whoever asks meanwhile: not cut short by this client.
		opt := run
		opt.Timeout, opt.Names = s.cfg.QueryTimeout, lazyNames{s, context.WithoutCancel(r.Context())}
		return queries.Run(context.WithoutCancel(r.Context()), s.store, name, args, opt)
	})
	if busy {
		return nil, nil
	}
	if err != nil && ctx.Err() != nil && r.Context().Err() == nil {
		return nil, fmt.Errorf("query %s: no answer within %v: %w", name, wait, queries.ErrTimeout)
	}
	if res == nil && err == nil {
		// Another request's computation found the server busy.
		return nil, fmt.Errorf("query %s: the server is busy; retry: %w", name, errBusy)
	}
	return res, err
}

// errBusy is wrapped by errors answered 503.
var errBusy = errors.New("busy")

// gizmo runs an ad-hoc script: the body is the script (text/plain), or a
// JSON object {"query": "…"}.
func (s *Server) gizmo(w http.ResponseWriter, r *http.Request) {
	if !s.cfg.AllowGizmo {
		s.fail(w, r, http.StatusForbidden, errors.New("ad-hoc Gizmo is off; start the server with --allow-gizmo"))
		return
	}
	if err := checkParams(r, "timeout", "limit"); err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	opt, err := s.options(r)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBody))
	if err != nil {
		s.fail(w, r, statusOf(err), fmt.Errorf("read script: %w", err))
		return
	}
	script := string(body)
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		var req struct {
			Query string `json:"query"`
		}
		if err := json.Unmarshal(body, &req); err != nil {
			s.fail(w, r, http.StatusBadRequest, fmt.Errorf("body is not JSON {\"query\": \"…\"}: %w", err))
			return
		}
		script = req.Query
	}
	if strings.TrimSpace(script) == "" {
		s.fail(w, r, http.StatusBadRequest, errors.New("empty script"))
		return
	}
	release := s.enter(s.scripts, w, r)
	if release == nil {
		return
	}
	defer release()
	opt.MemoryBudget = s.cfg.ScriptMemory
	unlock := s.readLock()
	out, err := queries.Gizmo(r.Context(), s.store, script, opt)
	unlock()
	if err != nil {
		status := statusOf(err)
		if status == http.StatusInternalServerError {
			status = http.StatusBadRequest // the script's own error
		}
		s.fail(w, r, status, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"result": out})
}

// entityResponse is GET /api/entity/{id}.
type entityResponse struct {
	Entity queries.EntityInfo `json:"entity"`
	// Matches lists every entity the id designated (the first is shown).
	Matches []string `json:"matches"`
	// Facts are the rows of the entity query (types, labels, facts in and out).
	Facts    []map[string]any              `json:"facts"`
	Entities map[string]queries.EntityInfo `json:"entities,omitempty"`
}

func (s *Server) entity(w http.ResponseWriter, r *http.Request) {
	id := strings.TrimSpace(r.PathValue("id"))
	if err := checkParams(r, "timeout", "limit"); err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	opt, err := s.options(r)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	unlock := s.readLock()
	iris, err := queries.ResolveEntityWith(r.Context(), s.store, id, lazyNames{s, r.Context()})
	unlock()
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	if len(iris) == 0 {
		s.fail(w, r, http.StatusNotFound, fmt.Errorf("no entity %q", safetext.Clip(id)))
		return
	}
	res, err := s.answer(w, r, "entity", map[string]string{"entity": string(iris[0])}, opt.Timeout, queries.Options{Limit: opt.Limit})
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	if res == nil {
		return // busy: answered already
	}
	defer s.readLock()()
	info, _ := queries.Describe(r.Context(), s.store, string(iris[0]))
	out := entityResponse{Entity: info, Facts: res.Rows, Entities: res.Entities}
	for _, iri := range iris {
		out.Matches = append(out.Matches, string(iri))
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) export(w http.ResponseWriter, r *http.Request) {
	if err := checkParams(r, "format", "doc", "entity", "hops", "predicates", "since", "until", "min-confidence", "limit"); err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	q := r.URL.Query()
	format := q.Get("format")
	if format == "" {
		format = "nquads"
	}
	ft, err := export.Lookup(format)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	f := export.Filter{Doc: q.Get("doc"), Since: q.Get("since"), Until: q.Get("until")}
	if p := q.Get("predicates"); p != "" {
		f.Predicates = strings.Split(p, ",")
	}
	if mc := q.Get("min-confidence"); mc != "" {
		v, err := strconv.ParseFloat(mc, 64)
		if err != nil || v < 0 || v > 1 {
			s.fail(w, r, http.StatusBadRequest, fmt.Errorf("min-confidence %q is not a number in 0..1", safetext.Clip(mc)))
			return
		}
		f.MinConfidence = v
	}
	if h := q.Get("hops"); h != "" {
		n, err := strconv.Atoi(h)
		if err != nil || n < 1 || n > 6 {
			s.fail(w, r, http.StatusBadRequest, fmt.Errorf("hops %q is not 1..6", h))
			return
		}
		f.Hops = n
	}
	f.MaxFacts = s.cfg.ExportFacts
	if l := q.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > s.cfg.ExportFacts || q.Get("entity") == "" {
			s.fail(w, r, http.StatusBadRequest, fmt.Errorf("limit %q is not 1..%d facts of an entity's neighbourhood (with entity=)", safetext.Clip(l), s.cfg.ExportFacts))
			return
		}
		f.MaxFacts = n
	}
	unlock := s.readLock()
	status, err := s.exportTargets(r, &f, q.Get("entity"))
	unlock()
	if err != nil {
		s.fail(w, r, status, err)
		return
	}
	if f.Entity != "" {
		s.exportShared(w, r, ft, f)
		return
	}
	release := s.enter(s.exports, w, r)
	if release == nil {
		return
	}
	defer release()
	defer s.readLock()()
	// Stream: the exporter writes as it reads. An error before the first
	// byte still gets a JSON answer; after it, the connection is cut so
	// that the client sees a truncated download, not a complete one.
	out := &firstWrite{w: w, start: func() {
		w.Header().Set("Content-Type", ft.MediaType)
		w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="graph.%s"`, ft.Ext))
	}}
	if err := export.Write(r.Context(), out, s.store, ft.Name, f); err != nil {
		if !out.started {
			s.fail(w, r, http.StatusBadRequest, err)
			return
		}
		if s.cfg.Log != nil {
			s.cfg.Log("%s %s: export stopped after %d bytes: %v", r.Method, r.URL.Path, out.n, err)
		}
		panic(http.ErrAbortHandler)
	}
}

// exportTargets checks the document an export names and resolves its
// entity into f; on error, the status to answer.
func (s *Server) exportTargets(r *http.Request, f *export.Filter, entity string) (int, error) {
	if f.Doc != "" {
		if ok, err := s.store.HasDocument(r.Context(), f.Doc); err != nil {
			return http.StatusInternalServerError, err
		} else if !ok {
			return http.StatusNotFound, fmt.Errorf("export: no document %q", safetext.Clip(f.Doc))
		}
	}
	if entity == "" {
		f.Hops, f.MaxFacts = 0, 0
		return 0, nil
	}
	iris, err := queries.ResolveEntityWith(r.Context(), s.store, entity, lazyNames{s, r.Context()})
	if err != nil || len(iris) == 0 {
		return http.StatusNotFound, fmt.Errorf("export: no entity %q", safetext.Clip(entity))
	}
	f.Entity = iris[0]
	return 0, nil
}

// exportShared answers the export of an entity's neighbourhood from the
// export cache: written once per store version (under the exports gate),
// sent to every request for it.
func (s *Server) exportShared(w http.ResponseWriter, r *http.Request, ft *export.Format, f export.Filter) {
	version, err := s.store.Version(r.Context())
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	key := fmt.Sprintf("%s\x00%#v", ft.Name, f)
	unlock := s.readLock()
	cost := s.exportCost(r.Context(), f)
	unlock()
	file, err := s.exportFiles.open(r.Context(), key, version, func(ctx context.Context, out io.Writer) (string, error) {
		// Shared by whoever asks meanwhile: cut short only when all are
		// gone, or after a long while.
		ctx, cancel := context.WithTimeout(ctx, s.cfg.QueryTimeout+60*time.Second)
		defer cancel()
		release, err := s.exports.acquire(ctx, cost)
		if err != nil {
			return "", err
		}
		defer release()
		defer s.readLock()()
		bw := bufio.NewWriterSize(out, 1<<16)
		rep, err := export.WriteReport(ctx, bw, s.store, ft.Name, f)
		if err != nil {
			return "", err
		}
		note := ""
		if rep.Cut {
			note = strconv.Itoa(f.MaxFacts)
		}
		return note, bw.Flush()
	})
	if err != nil {
		status := http.StatusBadRequest
		switch {
		case errors.Is(err, errBusy):
			status = http.StatusServiceUnavailable
			w.Header().Set("Retry-After", "2")
		case r.Context().Err() != nil:
			return // the client went away
		case errors.Is(err, context.DeadlineExceeded):
			status = http.StatusGatewayTimeout
		}
		s.fail(w, r, status, err)
		return
	}
	defer file.Close()
	w.Header().Set("Content-Type", ft.MediaType)
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="graph.%s"`, ft.Ext))
	w.Header().Set("Content-Length", strconv.FormatInt(file.Size(), 10))
	if n := file.Note(); n != "" {
		w.Header().Set("KG-Export-Cut", n)
	}
	if _, err := io.Copy(w, file); err != nil && s.cfg.Log != nil {
		s.cfg.Log("%s %s: export cut after an error: %v", r.Method, r.URL.Path, err)
	}
}

// exportCost estimates the work of an entity's neighbourhood export: the
// number of its facts (from the entity index; a hub's neighbourhood is
// large) up to the export's fact limit, so that the exports queue serves
// small neighbourhoods first.
func (s *Server) exportCost(ctx context.Context, f export.Filter) int64 {
	limit := int64(maxExportCost)
	if f.MaxFacts > 0 {
		limit = min(limit, int64(f.MaxFacts)+1)
	}
	var n int64
	s.store.EachFact(ctx, f.Entity, nil, nil, func(graph.FactRef) bool { n++; return n < limit })
	return n
}

// exportCostUnit is the wait in the exports queue that one fact of
// exportCost is worth: a hub's export (ExportFacts facts) lets smaller ones
// that come up to ExportFacts × 2 ms after it go first.
const exportCostUnit = 2 * time.Millisecond

// maxExportCost bounds the facts counted by exportCost.
const maxExportCost = 1 << 20

// firstWrite calls start before the first byte goes out (to set headers)
// and counts what it wrote.
type firstWrite struct {
	w       http.ResponseWriter
	start   func()
	started bool
	n       int64
}

func (f *firstWrite) Write(p []byte) (int, error) {
	if !f.started && len(p) > 0 {
		f.start()
		f.started = true
	}
	n, err := f.w.Write(p)
	f.n += int64(n)
	return n, err
}
