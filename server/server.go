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
	"strconv"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	chttp "github.com/cayleygraph/cayley/server/http"

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
}

// Server is the HTTP front of one store.
type Server struct {
	cfg   Config
	store *graph.Store
	// mu lets readers run together and an ingest alone. Cayley's memstore
	// is not safe even for concurrent readers (its iterators flip a shared
	// flag), so on it every request takes mu exclusively.
	mu        sync.RWMutex
	exclusive bool
	mux       *http.ServeMux
	name      nameCache
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
	s := &Server{cfg: cfg, store: cfg.Store, mux: http.NewServeMux(), exclusive: cfg.Store.Backend() == "memstore"}
	s.routes()
	return s, nil
}

// Handler returns the server's HTTP handler.
func (s *Server) Handler() http.Handler { return s.mux }

// HTTPServer returns an http.Server for addr with timeouts set.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s.mux,
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
func (s *Server) readLock() func() {
	if s.exclusive {
		s.mu.Lock()
		return s.mu.Unlock
	}
	s.mu.RLock()
	return s.mu.RUnlock
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
	files := http.FileServer(http.FS(sub))
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

func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'")
		h.ServeHTTP(w, r)
	})
}

// cayleyAPI is Cayley's own HTTP API v2, read-only, under the read lock.
func (s *Server) cayleyAPI() http.Handler {
	api := chttp.NewAPIv2(&cgraph.Handle{QuadStore: s.store.QuadStore()})
	api.SetReadOnly(true)
	api.SetQueryTimeout(s.cfg.QueryTimeout)
	api.SetQueryLimit(s.cfg.QueryLimit)
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
	}
	return http.StatusInternalServerError
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "backend": s.store.Backend(),
		"gizmo": s.cfg.AllowGizmo, "ingest": s.cfg.AllowIngest})
}

func (s *Server) listQueries(w http.ResponseWriter, r *http.Request) {
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
	name := r.PathValue("name")
	opt, err := s.options(r)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	args := map[string]string{}
	for k, v := range r.URL.Query() {
		if k == "timeout" || k == "limit" {
			continue
		}
		if len(v) > 1 {
			s.fail(w, r, http.StatusBadRequest, fmt.Errorf("parameter %q given %d times", k, len(v)))
			return
		}
		args[k] = v[0]
	}
	unlock := s.readLock()
	opt.Names = lazyNames{s, r.Context()}
	res, err := queries.Run(r.Context(), s.store, name, args, opt)
	unlock()
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// gizmo runs an ad-hoc script: the body is the script (text/plain), or a
// JSON object {"query": "…"}.
func (s *Server) gizmo(w http.ResponseWriter, r *http.Request) {
	if !s.cfg.AllowGizmo {
		s.fail(w, r, http.StatusForbidden, errors.New("ad-hoc Gizmo is off; start the server with --allow-gizmo"))
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
	unlock := s.readLock()
	out, err := queries.Gizmo(r.Context(), s.store.QuadStore(), script, opt)
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
	opt, err := s.options(r)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	defer s.readLock()()
	iris, err := queries.ResolveEntityWith(r.Context(), s.store, id, lazyNames{s, r.Context()})
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	if len(iris) == 0 {
		s.fail(w, r, http.StatusNotFound, fmt.Errorf("no entity %q", safetext.Clip(id)))
		return
	}
	opt.Names = lazyNames{s, r.Context()}
	res, err := queries.Run(r.Context(), s.store, "entity", map[string]string{"entity": string(iris[0])}, opt)
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	info, _ := queries.Describe(r.Context(), s.store, string(iris[0]))
	out := entityResponse{Entity: info, Facts: res.Rows, Entities: res.Entities}
	for _, iri := range iris {
		out.Matches = append(out.Matches, string(iri))
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) export(w http.ResponseWriter, r *http.Request) {
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
	defer s.readLock()()
	if e := q.Get("entity"); e != "" {
		iris, err := queries.ResolveEntityWith(r.Context(), s.store, e, lazyNames{s, r.Context()})
		if err != nil || len(iris) == 0 {
			s.fail(w, r, http.StatusNotFound, fmt.Errorf("export: no entity %q", safetext.Clip(e)))
			return
		}
		f.Entity = iris[0]
		if h := q.Get("hops"); h != "" {
			n, err := strconv.Atoi(h)
			if err != nil || n < 1 || n > 6 {
				s.fail(w, r, http.StatusBadRequest, fmt.Errorf("hops %q is not 1..6", h))
				return
			}
			f.Hops = n
		}
	}
	// Render into memory first so that an error still gets a JSON answer.
	var buf strings.Builder
	if err := export.Write(r.Context(), &buf, s.store.QuadStore(), s.store.Vocab(), ft.Name, f); err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	w.Header().Set("Content-Type", ft.MediaType)
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="graph.%s"`, ft.Ext))
	io.WriteString(w, buf.String())
}
