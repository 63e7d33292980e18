package queries

import (
	"context"
	"fmt"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
)

// MaxPathHops bounds the hops ShortestPath searches.
const MaxPathHops = 8

// maxVisited bounds the nodes one search may visit.
const maxVisited = 2_000_000

// Hop is one edge of a path, in path order: From → To along Predicate;
// Forward is false when the stored edge points the other way (To
// Predicate From).
type Hop struct {
	From      string `json:"from"`
	Predicate string `json:"predicate"`
	To        string `json:"to"`
	Forward   bool   `json:"forward"`
}

// ShortestPath finds a shortest chain of direct fact edges (any predicate of
// the graph model except the literal-valued deaths, followed in either
// direction) from one of from to one of to, of at most maxHops edges. It
// searches breadth-first from both ends at once over the quad store's
// indexes. It returns nil, nil when no such path exists.
func ShortestPath(ctx context.Context, s *graph.Store, from, to []quad.IRI, maxHops int) ([]Hop, error) {
	if maxHops <= 0 || maxHops > MaxPathHops {
		return nil, fmt.Errorf("path: hops %d outside 1..%d", maxHops, MaxPathHops)
	}
	v := s.Vocab()
	b := &bfs{w: s.Walker(), preds: map[any]string{}}
	for _, p := range extract.Predicates {
		if p == extract.Deaths {
			continue
		}
		if n, ok, err := b.w.Node(v.Term(p)); err == nil && ok {
			b.preds[n.Key()] = p
		}
	}
	fw, err := b.side(from)
	if err != nil {
		return nil, err
	}
	bw, err := b.side(to)
	if err != nil {
		return nil, err
	}
	for k := range fw.seen {
		if _, ok := bw.seen[k]; ok {
			return []Hop{}, nil // from and to share an entity
		}
	}
	for hops := 0; hops < maxHops; hops++ {
		if len(fw.frontier) == 0 || len(bw.frontier) == 0 {
			return nil, nil
		}
		// Expand the smaller frontier by one level.
		x, y := fw, bw
		if len(bw.frontier) < len(fw.frontier) {
			x, y = bw, fw
		}
		meet, err := b.expand(ctx, x, y)
		if err != nil {
			return nil, err
		}
		if meet != nil {
			return b.build(meet, fw, bw)
		}
	}
	return nil, nil
}

type parent struct {
	prev    any // key of the previous node; nil at a start node
	pred    string
	forward bool // the stored edge goes prev → this node
	node    graph.Node
}

type side struct {
	seen     map[any]parent
	frontier []graph.Node
}

type bfs struct {
	w       *graph.Walker
	preds   map[any]string
	visited int
}

func (b *bfs) side(iris []quad.IRI) (*side, error) {
	s := &side{seen: map[any]parent{}}
	for _, iri := range iris {
		r, found, err := b.w.Node(iri)
		if err != nil {
			return nil, fmt.Errorf("path: look up %s: %w", iri, err)
		}
		if !found {
			continue
		}
		if _, ok := s.seen[r.Key()]; !ok {
			s.seen[r.Key()] = parent{node: r}
			s.frontier = append(s.frontier, r)
		}
	}
	return s, nil
}

// expand visits the neighbours of x's frontier; it returns the key of a node
// also seen by y when the two searches meet.
func (b *bfs) expand(ctx context.Context, x, y *side) (any, error) {
	var next []graph.Node
	var meet any
	isFact := func(p graph.Node) bool { _, ok := b.preds[p.Key()]; return ok }
	for _, n := range x.frontier {
		nk := n.Key()
		for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
			err := b.w.Edges(ctx, n, dir, isFact, func(p, o graph.Node) error {
				ok2 := o.Key()
				if _, seen := x.seen[ok2]; seen {
					return nil
				}
				// The stored edge runs n → o when n is its subject.
				x.seen[ok2] = parent{prev: nk, pred: b.preds[p.Key()], forward: dir == quad.Subject, node: o}
				next = append(next, o)
				b.visited++
				if _, hit := y.seen[ok2]; hit && meet == nil {
					meet = ok2
				}
				return nil
			})
			if err != nil {
				return nil, fmt.Errorf("path: %w", err)
			}
			if meet != nil {
				return meet, nil
			}
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if b.visited > maxVisited {
				return nil, fmt.Errorf("path: search visited more than %d nodes", maxVisited)
			}
		}
	}
	x.frontier = next
	return nil, nil
}

// build joins the two half-paths at meet into hops from the from side to
// the to side.
func (b *bfs) build(meet any, fw, bw *side) ([]Hop, error) {
	name := func(r graph.Node) (string, error) {
		v, err := b.w.Value(r)
		if err != nil {
			return "", fmt.Errorf("path: name a node: %w", err)
		}
		return cleanValue(v).(string), nil
	}
	var left []Hop
	for k := meet; ; {
		p := fw.seen[k]
		if p.prev == nil {
			break
		}
		from, err := name(fw.seen[p.prev].node)
		if err != nil {
			return nil, err
		}
		to, err := name(p.node)
		if err != nil {
			return nil, err
		}
		// p.forward: the stored edge runs prev → k, i.e. from → to.
		left = append([]Hop{{From: from, Predicate: p.pred, To: to, Forward: p.forward}}, left...)
		k = p.prev
	}
	var right []Hop
	for k := meet; ; {
		p := bw.seen[k]
		if p.prev == nil {
			break
		}
		// In the backward search the parent is nearer the target: the path
		// goes k → prev; the stored edge runs prev → k when p.forward.
		from, err := name(p.node)
		if err != nil {
			return nil, err
		}
		to, err := name(bw.seen[p.prev].node)
		if err != nil {
			return nil, err
		}
		right = append(right, Hop{From: from, Predicate: p.pred, To: to, Forward: !p.forward})
		k = p.prev
	}
	return append(left, right...), nil
}

// goQueries are the queries answered in Go rather than Gizmo.
func goQueries() []Query {
	return []Query{{
		Name:    "path",
		Purpose: "A shortest chain of facts linking two entities, through any predicate in either direction, up to a number of hops.",
		Example: "kg query path from=لافروف to=الأسد hops=4",
		Params: []Param{
			{Name: "from", Type: "entity", Required: true, Doc: "where the path starts"},
			{Name: "to", Type: "entity", Required: true, Doc: "where the path ends"},
			{Name: "hops", Type: "int", Default: "4", Doc: fmt.Sprintf("the most edges the path may have (1..%d)", MaxPathHops)},
		},
		Columns: []string{"hop", "from", "predicate", "to", "forward"},
		Engine:  "go",
		run: func(ctx context.Context, e *env, args map[string]any) ([]map[string]any, error) {
			hops, _ := args["hops"].(int)
			if hops < 1 || hops > MaxPathHops {
				return nil, fmt.Errorf("%w: hops=%d outside 1..%d", ErrBadArgs, hops, MaxPathHops)
			}
			path, err := ShortestPath(ctx, e.store, iris(args["from"]), iris(args["to"]), hops)
			if err != nil {
				return nil, err
			}
			rows := []map[string]any{}
			for i, h := range path {
				rows = append(rows, map[string]any{"hop": i + 1, "from": h.From, "predicate": h.Predicate, "to": h.To, "forward": h.Forward})
			}
			return rows, nil
		},
	}}
}

func iris(v any) []quad.IRI {
	list, _ := v.([]string)
	out := make([]quad.IRI, len(list))
	for i, s := range list {
		out[i] = quad.IRI(s)
	}
	return out
}
