package server

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"

	"github.com/newskg/kg/queries"
)

// nameCache holds the name index, rebuilt on first use after an ingest.
type nameCache struct {
	mu  sync.Mutex
	idx *queries.NameIndex
}

func (c *nameCache) invalidate() {
	c.mu.Lock()
	c.idx = nil
	c.mu.Unlock()
}

// search answers GET /api/search?q=NAME[&limit=N]: entities whose names (in
// any script) begin with q, with their labels and types.
func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	if q == "" || queries.MatchForm(q) == "" {
		s.fail(w, r, http.StatusBadRequest, errors.New("search: give a name with ?q="))
		return
	}
	if len(q) > 200 {
		s.fail(w, r, http.StatusBadRequest, fmt.Errorf("search: q is %d bytes, at most 200", len(q)))
		return
	}
	n := 20
	if v := r.URL.Query().Get("limit"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 || n > 200 {
			s.fail(w, r, http.StatusBadRequest, fmt.Errorf("search: limit %q is not 1..200", v))
			return
		}
	}
	defer s.readLock()()
	s.name.mu.Lock()
	idx := s.name.idx
	if idx == nil {
		var err error
		if idx, err = queries.BuildNameIndex(r.Context(), s.store); err != nil {
			s.name.mu.Unlock()
			s.fail(w, r, http.StatusInternalServerError, err)
			return
		}
		s.name.idx = idx
	}
	s.name.mu.Unlock()
	matches := idx.Search(q, n)
	for i := range matches {
		matches[i].EntityInfo, _ = queries.Describe(r.Context(), s.store, matches[i].IRI)
	}
	if matches == nil {
		matches = []queries.Match{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"query": q, "results": matches})
}
