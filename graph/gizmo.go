package graph

import (
	"context"
	"net/http"
	"sync/atomic"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	chttp "github.com/cayleygraph/cayley/server/http"
)

// GizmoOptions configure Store.Gizmo.
type GizmoOptions struct {
	// Limit is the most results handed over.
	Limit int
	// UserView hides the store's bookkeeping nodes (schema version, base
	// IRI) from g.V() without arguments, as people's ad-hoc scripts
	// should see the store; they stay reachable by name.
	UserView bool
}

// Gizmo runs a Gizmo (JavaScript) script on the store and hands each
// non-nil result, in Cayley's JSON collation (maps of tags, IRIs as
// "<iri>" strings), to fn, until opt.Limit results, the script's end or
// ctx's end (the only way to stop a script: Cayley's Execute ignores its
// context). It returns the number of results handed over and the script's
// error, if any; when ctx ended first, the error wraps ctx's error or is
// nil with fewer than Limit results. It returns only once the script has
// left the store (or after a bounded wait), so that a caller may take a
// write lock as soon as it returns.
func (s *Store) Gizmo(ctx context.Context, script string, opt GizmoOptions, fn func(result any)) (int, error) {
	qs, limit := s.quads(), opt.Limit
	if opt.UserView {
		qs = userViewOf(ctx, qs)
	}
	sess := gizmo.NewSession(qs)
	it, err := sess.Execute(ctx, script, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return 0, err
	}
	defer func() {
		// Stop the script's goroutine and wait (a bounded while) until it
		// has left the store.
		it.Close()
		wait, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		for it.Next(wait) {
		}
	}()
	n := 0
	// The session runs the script in its own goroutine; Next with a
	// deadline interrupts it.
	for n < limit && it.Next(ctx) {
		r := it.Result()
		if r == nil {
			continue
		}
		fn(r)
		n++
	}
	return n, it.Err()
}

// APIOptions configure CayleyAPI.
type APIOptions struct {
	QueryTimeout time.Duration
	QueryLimit   int
}

// CayleyAPI returns Cayley's own HTTP API v2 (/api/v2/…: query, read,
// formats), read-only, on the store. It follows the store's current Cayley
// quad store (a Bolt write that removes nodes opens a new one): the API is
// rebuilt on the current one when it changes.
func (s *Store) CayleyAPI(opt APIOptions) http.Handler {
	type current struct {
		qs  cgraph.QuadStore
		api *chttp.APIv2
	}
	var cur atomic.Pointer[current]
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		qs := s.quads()
		c := cur.Load()
		if c == nil || c.qs != qs {
			api := chttp.NewAPIv2(&cgraph.Handle{QuadStore: qs})
			api.SetReadOnly(true)
			api.SetQueryTimeout(opt.QueryTimeout)
			api.SetQueryLimit(opt.QueryLimit)
			c = &current{qs, api}
			cur.Store(c)
		}
		c.api.ServeHTTP(w, r)
	})
}
