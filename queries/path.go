package queries

import (
	"context"
	_ "embed"
	"fmt"
	"strconv"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/internal/tsv"
)

// MaxPathHops bounds the hops ShortestPath searches.
const MaxPathHops = 8

// MaxRoutes bounds the routes the path query ranks.
const MaxRoutes = 5

// maxVisited bounds the nodes one search may visit.
const maxVisited = 2_000_000

// Hop is one edge of a path, in path order: From → To along Predicate;
// Forward is false when the stored edge points the other way (To
// Predicate From). A derived hop (the leads link: "leads" or
// "governmentOf") is no stored edge; Why says where it comes from.
type Hop struct {
	From      string `json:"from"`
	Predicate string `json:"predicate"`
	To        string `json:"to"`
	Forward   bool   `json:"forward"`
	Derived   bool   `json:"derived,omitempty"`
	Why       string `json:"why,omitempty"`
}

//go:embed data/path-predicates.tsv
var pathPredicatesTSV string

// pathTier maps each predicate a path may follow to its tier (0 actors, 1
// events and visits, 2 places); pathHopName says what a hop through it is.
var pathTier, pathHopName = func() (map[extract.Predicate]int, map[extract.Predicate]string) {
	tier, name := map[extract.Predicate]int{}, map[extract.Predicate]string{}
	for _, r := range tsv.Parse("data/path-predicates.tsv", pathPredicatesTSV) {
		if err := r.Want(3, 3); err != nil {
			panic(fmt.Errorf("queries: %w", err))
		}
		p, err := extract.ParsePredicate(r.Fields[0])
		if err != nil {
			panic(fmt.Errorf("queries: %w", r.Errorf("%w", err)))
		}
		n, err := strconv.Atoi(r.Fields[1])
		if err != nil {
			panic(fmt.Errorf("queries: %w", r.Errorf("tier %q is not a number", r.Fields[1])))
		}
		tier[p], name[p] = n, r.Fields[2]
	}
	return tier, name
}()

// tiers names the tiers in words, for the routes' explanations.
var tiers = []string{"actors", "events and visits", "places and territory"}

// ShortestPath finds a shortest chain of direct fact edges (any predicate of
// the graph model except the literal-valued deaths, followed in either
// direction) from one of from to one of to, of at most maxHops edges. It
// searches breadth-first from both ends at once over the quad store's
// indexes. It returns nil, nil when no such path exists. The path query
// ranks routes instead (actors first, derived leads links included).
func ShortestPath(ctx context.Context, s *graph.Store, from, to []quad.IRI, maxHops int) ([]Hop, error) {
	if maxHops <= 0 || maxHops > MaxPathHops {
		return nil, fmt.Errorf("path: hops %d outside 1..%d", maxHops, MaxPathHops)
	}
	b := newBFS(s.Walker(), s.Vocab(), len(tiers)-1, nil, nil)
	return b.search(ctx, from, to, maxHops)
}

type parent struct {
	prev    any // key of the previous node; nil at a start node
	pred    string
	forward bool // the edge goes prev → this node
	derived bool
	node    graph.Node
}

type side struct {
	seen     map[any]parent
	frontier []graph.Node
}

// derivedEdge is a link the search may follow besides the stored edges.
type derivedEdge struct {
	to      string // IRI
	pred    string // "leads" or "governmentOf"
	forward bool   // the link goes from the node to `to`
}

type bfs struct {
	w       *graph.Walker
	preds   map[any]string // key of an allowed predicate → its name
	office  any            // key of officialOf
	exclude map[any]bool   // nodes the search may not go through
	// derive, when set, returns the derived edges of a node; sawOffice
	// says whether the node has an officialOf edge.
	derive  func(n graph.Node, sawOffice bool) []derivedEdge
	visited int
}

// newBFS prepares a search through the predicates of tiers up to maxTier.
func newBFS(w *graph.Walker, v graph.Vocab, maxTier int, exclude map[any]bool, derive func(graph.Node, bool) []derivedEdge) *bfs {
	b := &bfs{w: w, preds: map[any]string{}, exclude: exclude, derive: derive}
	for p, t := range pathTier {
		if r, ok, err := w.Node(v.Predicate(p)); err == nil && ok {
			if t <= maxTier {
				b.preds[r.Key()] = string(p)
			}
			if p == extract.OfficialOf {
				b.office = r.Key()
			}
		}
	}
	return b
}

func (b *bfs) search(ctx context.Context, from, to []quad.IRI, maxHops int) ([]Hop, error) {
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
	visit := func(nk any, o graph.Node, p parent) {
		ok2 := o.Key()
		if _, seen := x.seen[ok2]; seen || b.exclude[ok2] {
			return
		}
		p.prev, p.node = nk, o
		x.seen[ok2] = p
		next = append(next, o)
		b.visited++
		if _, hit := y.seen[ok2]; hit && meet == nil {
			meet = ok2
		}
	}
	for _, n := range x.frontier {
		nk := n.Key()
		sawOffice := false
		// Every predicate is looked at (officialOf edges tell derive about
		// the node), the fact predicates of the search followed.
		follow := func(p graph.Node) bool {
			if p.Key() == b.office {
				sawOffice = true
			}
			_, ok := b.preds[p.Key()]
			return ok
		}
		for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
			err := b.w.Edges(ctx, n, dir, follow, func(p, o graph.Node) error {
				// The stored edge runs n → o when n is its subject.
				visit(nk, o, parent{pred: b.preds[p.Key()], forward: dir == quad.Subject})
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
		if b.derive != nil {
			for _, d := range b.derive(n, sawOffice) {
				o, ok, err := b.w.Node(quad.IRI(d.to))
				if err != nil || !ok {
					continue
				}
				visit(nk, o, parent{pred: d.pred, forward: d.forward, derived: true})
			}
			if meet != nil {
				return meet, nil
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
		// p.forward: the edge runs prev → k, i.e. from → to.
		left = append([]Hop{{From: from, Predicate: p.pred, To: to, Forward: p.forward, Derived: p.derived}}, left...)
		k = p.prev
	}
	var right []Hop
	for k := meet; ; {
		p := bw.seen[k]
		if p.prev == nil {
			break
		}
		// In the backward search the parent is nearer the target: the path
		// goes k → prev; the edge runs prev → k when p.forward.
		from, err := name(p.node)
		if err != nil {
			return nil, err
		}
		to, err := name(bw.seen[p.prev].node)
		if err != nil {
			return nil, err
		}
		right = append(right, Hop{From: from, Predicate: p.pred, To: to, Forward: !p.forward, Derived: p.derived})
		k = p.prev
	}
	return append(left, right...), nil
}

func iris(v any) []quad.IRI {
	list, _ := v.([]string)
	out := make([]quad.IRI, len(list))
	for i, s := range list {
		out[i] = quad.IRI(s)
	}
	return out
}
