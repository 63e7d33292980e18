package server

import (
	"container/list"
	"context"
	"encoding/base64"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/newskg/kg/queries"
)

// The answer cache: a canned query's whole answer (up to the server's row
// limit, in the query's own order: date, then statement) is computed once
// per store version and shared by every request and every page of it. A
// hub's first request reads all its facts; the next ones, and every further
// page, cost what the page holds. Concurrent identical requests wait for
// one computation instead of each running it.

// answerCache holds recent answers, least recently used out first.
type answerCache struct {
	mu      sync.Mutex
	max     int
	lru     *list.List // of *answer, most recent at the front
	byKey   map[string]*list.Element
	flights map[string]*flight
	runs    atomic.Int64 // answers computed (for tests and logs)
}

type answer struct {
	key, version string
	res          *queries.Result
}

type flight struct {
	done chan struct{}
	res  *queries.Result
	err  error
}

func newAnswerCache(max int) *answerCache {
	return &answerCache{max: max, lru: list.New(), byKey: map[string]*list.Element{}, flights: map[string]*flight{}}
}

// get returns the answer of key at version, computing it with run (once,
// whoever asks meanwhile) when it is not cached.
func (c *answerCache) get(ctx context.Context, key, version string, run func() (*queries.Result, error)) (*queries.Result, error) {
	c.mu.Lock()
	if e, ok := c.byKey[key]; ok {
		a := e.Value.(*answer)
		if a.version == version {
			c.lru.MoveToFront(e)
			c.mu.Unlock()
			return a.res, nil
		}
	}
	fk := key + "\x00" + version
	if f, ok := c.flights[fk]; ok {
		c.mu.Unlock()
		select {
		case <-f.done:
			return f.res, f.err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	f := &flight{done: make(chan struct{})}
	c.flights[fk] = f
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		delete(c.flights, fk)
		if f.err == nil && f.res != nil {
			c.put(&answer{key, version, f.res})
		}
		c.mu.Unlock()
		close(f.done)
	}()
	c.runs.Add(1)
	f.res, f.err = run()
	return f.res, f.err
}

// put stores an answer (c.mu held).
func (c *answerCache) put(a *answer) {
	if e, ok := c.byKey[a.key]; ok {
		e.Value = a
		c.lru.MoveToFront(e)
		return
	}
	c.byKey[a.key] = c.lru.PushFront(a)
	for c.lru.Len() > c.max {
		old := c.lru.Back()
		c.lru.Remove(old)
		delete(c.byKey, old.Value.(*answer).key)
	}
}

// answerKey is a query and its arguments in a canonical order.
func answerKey(name string, args map[string]string) string {
	keys := make([]string, 0, len(args))
	for k := range args {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString(name)
	for _, k := range keys {
		fmt.Fprintf(&b, "\x00%s=%s", k, args[k])
	}
	return b.String()
}

// page is one page of an answer: rows [from, from+n), the entities they
// name, and the cursor of the next page ("" at the end).
func page(res *queries.Result, from, n int) (*queries.Result, string) {
	out := *res
	if from > len(res.Rows) {
		from = len(res.Rows)
	}
	to := min(len(res.Rows), from+n)
	out.Rows = res.Rows[from:to]
	next := ""
	if to < len(res.Rows) {
		next = encodeCursor(to)
	}
	out.Truncated = res.Truncated || next != "" // more rows than this page
	if res.Entities != nil {
		out.Entities = map[string]queries.EntityInfo{}
		for _, row := range out.Rows {
			for _, v := range row {
				if s, ok := v.(string); ok {
					if info, ok := res.Entities[s]; ok {
						out.Entities[s] = info
					}
				}
			}
		}
	}
	return &out, next
}

// A cursor is the offset of the next row, opaque to clients.
func encodeCursor(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("o" + strconv.Itoa(offset)))
}

func decodeCursor(c string) (int, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || len(b) < 2 || b[0] != 'o' {
		return 0, fmt.Errorf("cursor %q is not one this server gave", c)
	}
	n, err := strconv.Atoi(string(b[1:]))
	if err != nil || n < 0 {
		return 0, fmt.Errorf("cursor %q is not one this server gave", c)
	}
	return n, nil
}
