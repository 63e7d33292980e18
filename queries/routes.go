package queries

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
)

// route is one chain of hops from one end of a path question to the other.
type route struct {
	hops []Hop
	// tier is the highest tier of its stored hops (pathTier; derived
	// hops are tier 0).
	tier int
	// hub adds up how many quads its inner entities have: among routes
	// of one tier and length, the one through less connected (more
	// specific) entities ranks first.
	hub int64
	// avoided are the entities the search was kept from to find it (none
	// for the first route).
	avoided []string
}

func (r route) key() string {
	var b strings.Builder
	for _, h := range r.hops {
		b.WriteString(h.From + " " + h.Predicate + " " + h.To + "\n")
	}
	return b.String()
}

// less ranks routes: lower tier, then fewer hops, then less connected.
func (r route) less(o route) bool {
	if r.tier != o.tier {
		return r.tier < o.tier
	}
	if len(r.hops) != len(o.hops) {
		return len(r.hops) < len(o.hops)
	}
	if r.hub != o.hub {
		return r.hub < o.hub
	}
	return r.key() < o.key()
}

// router searches the routes between two sets of entities.
type router struct {
	e        *env
	l        *linker
	from, to []quad.IRI
	maxHops  int
	prefix   string
	w        *graph.Walker // the store as the routes are searched
}

func newRouter(e *env, from, to []quad.IRI, maxHops int) *router {
	l := newLinker(e)
	l.noWhy = true
	return &router{e: e, l: l, from: from, to: to, maxHops: maxHops, prefix: e.vocab.Base + "entity/", w: e.store.Walker()}
}

// derive returns the leads links of a node as edges a search may follow.
func (r *router) derive(ctx context.Context) func(graph.Node, bool) []derivedEdge {
	return func(n graph.Node, sawOffice bool) []derivedEdge {
		v, err := r.w.Value(n)
		iri, ok := v.(quad.IRI)
		if err != nil || !ok || !strings.HasPrefix(string(iri), r.prefix) || !r.l.mayLink(string(iri), sawOffice) {
			return nil
		}
		var out []derivedEdge
		for _, k := range r.l.Links(ctx, string(iri)) {
			switch k.Relation {
			case "leads":
				out = append(out, derivedEdge{to: k.IRI, pred: "leads", forward: true})
			case "ledBy":
				out = append(out, derivedEdge{to: k.IRI, pred: "leads", forward: false})
			case "governmentOf":
				out = append(out, derivedEdge{to: k.IRI, pred: "governmentOf", forward: true})
			case "hasGovernment":
				out = append(out, derivedEdge{to: k.IRI, pred: "governmentOf", forward: false})
			}
		}
		return out
	}
}

// search finds a shortest route through the tiers up to maxTier that
// avoids the excluded nodes; nil when there is none.
func (r *router) search(ctx context.Context, maxTier int, exclude map[any]bool) (*route, error) {
	hops, err := newBFS(r.w, r.e.vocab, maxTier, exclude, r.derive(ctx)).search(ctx, r.from, r.to, r.maxHops)
	if err != nil || hops == nil {
		return nil, err
	}
	rt := &route{hops: hops}
	for i, h := range hops {
		if !h.Derived {
			rt.tier = max(rt.tier, pathTier[extract.Predicate(h.Predicate)])
		}
		if i > 0 {
			if n, ok, err := r.w.Node(quad.IRI(h.From)); err == nil && ok {
				for _, d := range []quad.Direction{quad.Subject, quad.Object} {
					if deg, err := r.w.Degree(ctx, n, d); err == nil {
						rt.hub += deg
					}
				}
			}
		}
	}
	return rt, nil
}

// first finds the best route: through actors if there is one, else
// through events and visits too, else through anything.
func (r *router) first(ctx context.Context, exclude map[any]bool, from int) (*route, error) {
	for t := from; t < len(tiers); t++ {
		rt, err := r.search(ctx, t, exclude)
		if err != nil || rt != nil {
			return rt, err
		}
	}
	return nil, nil
}

// routes returns up to n routes, ranked: the best one, then alternatives
// found by keeping the search from each inner entity of the routes found
// so far (one at a time).
func (r *router) routes(ctx context.Context, n int) ([]route, error) {
	best, err := r.first(ctx, nil, 0)
	if err != nil || best == nil {
		return nil, err
	}
	out := []route{*best}
	if len(best.hops) < 2 {
		return out, nil
	}
	have := map[string]bool{best.key(): true}
	tried := map[string]bool{}
	var pool []route
	for fresh := []route{*best}; len(out) < n && len(fresh) > 0; {
		for _, rt := range fresh {
			for _, h := range rt.hops[1:] {
				avoid := append(append([]string(nil), rt.avoided...), h.From)
				sorted := append([]string(nil), avoid...)
				sort.Strings(sorted)
				k := strings.Join(sorted, " ")
				if tried[k] {
					continue
				}
				tried[k] = true
				exclude := map[any]bool{}
				for _, x := range avoid {
					if n, ok, err := r.w.Node(quad.IRI(x)); err == nil && ok {
						exclude[n.Key()] = true
					}
				}
				alt, err := r.first(ctx, exclude, best.tier)
				if err != nil {
					return nil, err
				}
				if alt != nil && !have[alt.key()] {
					alt.avoided = avoid
					have[alt.key()] = true
					pool = append(pool, *alt)
				}
			}
		}
		if len(pool) == 0 {
			break
		}
		sort.Slice(pool, func(i, j int) bool { return pool[i].less(pool[j]) })
		out = append(out, pool[0])
		fresh, pool = pool[:1], pool[1:]
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].less(out[j]) })
	return out, nil
}

// explain says why a route ranks where it does; best is the lowest tier
// any route reached.
func (r *router) explain(ctx context.Context, rt route, best int, label func(string) string) string {
	n := len(rt.hops)
	s := fmt.Sprintf("%d hop%s through %s", n, plural(n), tiers[0])
	if rt.tier > 0 {
		var via []string
		seen := map[string]bool{}
		for _, h := range rt.hops {
			if p := extract.Predicate(h.Predicate); !h.Derived && pathTier[p] > 0 {
				w := pathHopName[p] + " (" + h.Predicate + ")"
				if !seen[w] {
					seen[w] = true
					via = append(via, w)
				}
			}
		}
		s = fmt.Sprintf("%d hop%s, through %s", n, plural(n), strings.Join(via, ", "))
		if rt.tier == best {
			s += fmt.Sprintf(": no route through %s within %d hops", strings.Join(tiers[:rt.tier], " or "), r.maxHops)
		} else {
			s += fmt.Sprintf(": ranked after the routes through %s", strings.Join(tiers[:best+1], " or "))
		}
	}
	if len(rt.avoided) > 0 {
		var names []string
		for _, x := range rt.avoided {
			names = append(names, label(x))
		}
		s += "; avoids " + strings.Join(names, ", ")
	}
	return s
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// pathQuery is the path query: ranked routes between two entities.
func pathQuery() Query {
	return Query{
		Name:    "path",
		Purpose: "The routes linking two entities, ranked and explained: through actors acting on actors (and the leads link from a leader to what they lead) before routes through events, visits or places; the shortest first.",
		Example: "kg query path from=لافروف to=الأسد hops=4",
		Params: []Param{
			{Name: "from", Type: "entity", Required: true, Doc: "where the path starts"},
			{Name: "to", Type: "entity", Required: true, Doc: "where the path ends"},
			{Name: "hops", Type: "int", Default: "4", Doc: fmt.Sprintf("the most edges a route may have (1..%d)", MaxPathHops)},
			{Name: "routes", Type: "int", Default: "3", Doc: fmt.Sprintf("how many routes to rank (1..%d)", MaxRoutes)},
		},
		Columns: []string{"route", "hop", "from", "predicate", "to", "forward", "why"},
		Engine:  "go",
		run:     runPath,
	}
}

func runPath(ctx context.Context, e *env, args map[string]any) ([]map[string]any, error) {
	hops, _ := args["hops"].(int)
	if hops < 1 || hops > MaxPathHops {
		return nil, fmt.Errorf("%w: hops=%d outside 1..%d", ErrBadArgs, hops, MaxPathHops)
	}
	n, _ := args["routes"].(int)
	if n < 1 || n > MaxRoutes {
		return nil, fmt.Errorf("%w: routes=%d outside 1..%d", ErrBadArgs, n, MaxRoutes)
	}
	r := newRouter(e, iris(args["from"]), iris(args["to"]), hops)
	found, err := r.routes(ctx, n)
	if err != nil {
		return nil, err
	}
	d := newDescriber(e.store)
	label := func(iri string) string {
		info, _ := d.describe(ctx, quad.IRI(iri))
		return info.Label
	}
	words := newLinker(e) // with words, for the derived hops
	rows := []map[string]any{}
	for i, rt := range found {
		for j, h := range rt.hops {
			row := map[string]any{"route": i + 1, "hop": j + 1, "from": h.From, "predicate": h.Predicate, "to": h.To, "forward": h.Forward}
			var why []string
			if j == 0 {
				why = append(why, r.explain(ctx, rt, found[0].tier, label))
			}
			if h.Derived {
				row["derived"] = true
				why = append(why, derivedWhy(ctx, words, h))
			}
			if len(why) > 0 {
				row["why"] = strings.Join(why, "; ")
			}
			rows = append(rows, row)
		}
	}
	return rows, nil
}

// derivedWhy says where a derived hop comes from.
func derivedWhy(ctx context.Context, l *linker, h Hop) string {
	for _, k := range l.Links(ctx, h.From) {
		if k.IRI == h.To {
			return k.Why
		}
	}
	return "derived " + h.Predicate + " link"
}

// goQueries are the queries answered in Go rather than Gizmo.
func goQueries() []Query { return []Query{pathQuery()} }
