package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
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

// index returns the name index, building it when needed. The caller holds
// the store's read lock.
func (s *Server) index(ctx context.Context) (*queries.NameIndex, error) {
	s.name.mu.Lock()
	defer s.name.mu.Unlock()
	if s.name.idx == nil {
		idx, err := queries.BuildNameIndex(ctx, s.store)
		if err != nil {
			return nil, err
		}
		s.name.idx = idx
	}
	return s.name.idx, nil
}

// lazyNames resolves names through the server's name index, built on the
// first name that is not found exactly. The caller holds the read lock.
type lazyNames struct {
	s   *Server
	ctx context.Context
}

func (l lazyNames) Exact(name string) []string {
	idx, err := l.s.index(l.ctx)
	if err != nil {
		return nil
	}
	return idx.Exact(name)
}

// Search lets a query suggest names for one that matched nothing.
func (l lazyNames) Search(q string, n int) []queries.Match {
	idx, err := l.s.index(l.ctx)
	if err != nil {
		return nil
	}
	return idx.Search(q, n)
}

// search answers GET /api/search?q=NAME[&limit=N]: the entities q names
// exactly as the CLI resolves it (a Wikidata id such as Q7747, an IRI, a
// key, any label or alias in either script) first, then those with a name
// beginning with q, each with its labels and type. When nothing matches,
// "suggestions" offers the entities having one of q's words as a word of a
// name (did you mean).
func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	if err := checkParams(r, "q", "limit"); err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	q := strings.TrimSpace(r.URL.Query().Get("q"))
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
	idx, err := s.index(r.Context())
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	names := lazyNames{s, r.Context()}
	var matches []queries.Match
	seen := map[string]bool{}
	exact, err := queries.ResolveEntityWith(r.Context(), s.store, q, names)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	for _, iri := range exact {
		if len(matches) < n {
			seen[string(iri)] = true
			matches = append(matches, queries.Match{IRI: string(iri), Name: q})
		}
	}
	for _, m := range idx.Search(q, n) {
		if !seen[m.IRI] && len(matches) < n {
			seen[m.IRI] = true
			matches = append(matches, m)
		}
	}
	for i := range matches {
		matches[i].EntityInfo, _ = queries.Describe(r.Context(), s.store, matches[i].IRI)
	}
	out := map[string]any{"query": q, "results": matches}
	if matches == nil {
		out["results"] = []queries.Match{}
		if sug := queries.Suggest(r.Context(), s.store, q, names); len(sug) > 0 {
			out["suggestions"] = sug
		}
	}
	writeJSON(w, http.StatusOK, out)
}
