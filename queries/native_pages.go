package queries

import (
	"bytes"
	"context"
	"slices"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
)

// rowAt is one row of a native query's answer with the cursor just after it.
type rowAt struct {
	row   map[string]any
	after cursor
}

// fetcher returns up to n rows of a native query from cursor from, in
// order; fewer only when the answer ends.
type fetcher func(ctx context.Context, e *env, args map[string]any, from cursor, n int) ([]rowAt, error)

// pageOf makes a pager of a fetcher: one row more than the page tells
// whether a next page exists.
func pageOf(fetch fetcher) pager {
	return func(ctx context.Context, e *env, args map[string]any, after string, limit int) ([]map[string]any, string, error) {
		from, err := decodeCursor(after)
		if err != nil {
			return nil, "", err
		}
		got, err := fetch(ctx, e, args, from, limit+1)
		if err != nil {
			return nil, "", err
		}
		next := ""
		if len(got) > limit {
			next = got[limit-1].after.encode()
			got = got[:limit]
		}
		rows := make([]map[string]any, len(got))
		for i, r := range got {
			rows[i] = r.row
		}
		return cleanRows(rows), next, nil
	}
}

var (
	pageWhoMet     = pageOf(fetchWhoMet)
	pageEntity     = pageOf(fetchEntity)
	pageNeighbours = pageOf(fetchNeighbours)
)

// mergedFacts returns the first n facts after position after of the
// entities ents (whose predicate is one of preds), merged in the index's
// order, one per statement (the first side met).
func mergedFacts(ctx context.Context, s *graph.Store, ents []quad.IRI, preds []quad.Value, after graph.FactPos, n int) ([]graph.FactRef, error) {
	var all []graph.FactRef
	for _, ent := range ents {
		k := 0
		err := s.EachFact(ctx, ent, preds, after, func(f graph.FactRef) bool {
			all = append(all, f)
			k++
			return k < n
		})
		if err != nil {
			return nil, err
		}
	}
	if len(ents) > 1 {
		slices.SortStableFunc(all, func(a, b graph.FactRef) int { return bytes.Compare(a.Pos, b.Pos) })
	}
	seen := map[quad.IRI]bool{}
	out := all[:0]
	for _, f := range all {
		if !seen[f.Statement] && len(out) < n {
			seen[f.Statement] = true
			out = append(out, f)
		}
	}
	return out, nil
}

// fetchWhoMet: the met facts of the entities, by date then statement, each
// once: entity is the side asked about (the subject when both are), other
// the far side.
func fetchWhoMet(ctx context.Context, e *env, args map[string]any, from cursor, n int) ([]rowAt, error) {
	ents := entityList(args, "entity")
	mine := map[string]bool{}
	for _, x := range ents {
		mine[string(x)] = true
	}
	preds := []quad.Value{e.vocab.Term(extract.Met)}
	pos := graph.FactPos(from.pos)
	var out []rowAt
	for len(out) < n {
		refs, err := mergedFacts(ctx, e.store, ents, preds, pos, n-len(out))
		if err != nil {
			return nil, err
		}
		for _, r := range refs {
			pos = r.Pos.PastStatement()
			f, ok, err := readFact(ctx, e, r.Statement)
			if err != nil {
				return nil, err
			}
			if !ok || f[graph.TermPredicate] != extract.Met {
				continue
			}
			subj, _ := f[graph.TermSubject].(string)
			row := map[string]any{"entity": f[graph.TermObject], "other": f[graph.TermSubject]}
			if mine[subj] {
				row["entity"], row["other"] = f[graph.TermSubject], f[graph.TermObject]
			}
			f.copyFields(row, "date", "mode", "place", "evidence", "statement", "source")
			out = append(out, rowAt{row, cursor{pos: pos}})
		}
		if len(refs) == 0 {
			break
		}
	}
	return out, nil
}

func countWhoMet(ctx context.Context, e *env, args map[string]any) (int, error) {
	seen := map[quad.IRI]bool{}
	for _, ent := range entityList(args, "entity") {
		err := e.store.EachFact(ctx, ent, []quad.Value{e.vocab.Term(extract.Met)}, nil, func(f graph.FactRef) bool {
			seen[f.Statement] = true
			return true
		})
		if err != nil {
			return 0, err
		}
	}
	return len(seen), nil
}

// describeKinds are the entity query's description rows, in its order.
var describeKinds = []struct {
	kind string
	pred quad.IRI
}{{"type", graph.RDFType}, {"label", graph.RDFSLabel}, {"altLabel", graph.SKOSAltLabel}, {"sameAs", graph.OWLSameAs}}

// headRows are the description rows of entity ent (types, labels, aliases,
// Wikidata ids), each value once as the script shows it, by kind then value.
func headRows(ctx context.Context, e *env, ent quad.IRI) ([]map[string]any, error) {
	vocab := e.vocab.Base + "vocab/"
	var rows []map[string]any
	for _, k := range describeKinds {
		seen := map[string]bool{}
		var vals []any
		err := e.store.EachEdge(ctx, ent, true, []quad.Value{k.pred}, nil, func(r graph.EdgeRef) bool {
			native := gizmoNative(r.Far)
			if key := jsText(native); !seen[key] {
				seen[key] = true
				if k.kind == "type" {
					vals = append(vals, jsLocal(vocab, native))
				} else {
					vals = append(vals, jsBare(native))
				}
			}
			return true
		})
		if err != nil {
			return nil, err
		}
		slices.SortStableFunc(vals, func(a, b any) int { return compareText(jsText(a), jsText(b)) })
		for _, v := range vals {
			rows = append(rows, map[string]any{"entity": string(ent), "kind": k.kind, "value": v})
		}
	}
	return rows, nil
}

func compareText(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// fetchEntity: for each entity, its description rows, then its facts in
// and out by date then statement (mutual for symmetric predicates).
// Cursor: a = entity, b = 0 descriptions (c = offset) or 1 facts (pos).
func fetchEntity(ctx context.Context, e *env, args map[string]any, from cursor, n int) ([]rowAt, error) {
	ents := entityList(args, "entity")
	var out []rowAt
	for c := from; c.a < len(ents) && len(out) < n; c = (cursor{a: c.a + 1}) {
		ent := ents[c.a]
		if c.b == 0 {
			head, err := headRows(ctx, e, ent)
			if err != nil {
				return nil, err
			}
			for i := c.c; i < len(head) && len(out) < n; i++ {
				out = append(out, rowAt{head[i], cursor{a: c.a, b: 0, c: i + 1}})
			}
			if len(out) == n {
				break
			}
			c.pos = nil
		}
		more, err := entityFacts(ctx, e, ent, c.a, graph.FactPos(c.pos), n-len(out))
		if err != nil {
			return nil, err
		}
		out = append(out, more...)
	}
	return out, nil
}

// entityFacts returns up to n fact rows of the entity query for ent after
// pos (ent is the a-th entity asked about).
func entityFacts(ctx context.Context, e *env, ent quad.IRI, a int, pos graph.FactPos, n int) ([]rowAt, error) {
	var out []rowAt
	for len(out) < n {
		var refs []graph.FactRef
		err := e.store.EachFact(ctx, ent, nil, pos, func(f graph.FactRef) bool {
			refs = append(refs, f)
			return len(refs) < n-len(out)
		})
		if err != nil {
			return nil, err
		}
		for _, r := range refs {
			pos = r.Pos
			f, ok, err := readFact(ctx, e, r.Statement)
			if err != nil {
				return nil, err
			}
			if !ok {
				continue
			}
			pred, _ := f[graph.TermPredicate].(string)
			row := map[string]any{"entity": string(ent), "predicate": pred}
			switch {
			case isSymmetric(pred):
				row["kind"] = "mutual"
			case r.Side == quad.Subject:
				row["kind"] = "out"
			default:
				row["kind"] = "in"
			}
			if r.Side == quad.Subject {
				row["other"] = f[graph.TermObject]
			} else {
				row["other"] = f[graph.TermSubject]
			}
			f.copyFields(row, "date", "mode", "evidence", "statement", "source")
			out = append(out, rowAt{row, cursor{a: a, b: 1, pos: pos}})
		}
		if len(refs) == 0 {
			break
		}
	}
	return out, nil
}

func countEntity(ctx context.Context, e *env, args map[string]any) (int, error) {
	total := 0
	for _, ent := range entityList(args, "entity") {
		head, err := headRows(ctx, e, ent)
		if err != nil {
			return 0, err
		}
		total += len(head)
		err = e.store.EachFact(ctx, ent, nil, nil, func(graph.FactRef) bool { total++; return true })
		if err != nil {
			return 0, err
		}
	}
	return total, nil
}

// neighbourPreds are the predicate IRIs the neighbours query follows.
func neighbourPreds(e *env, args map[string]any) []quad.Value {
	if p, _ := args["predicate"].(string); p != "" {
		return []quad.Value{e.vocab.Term(p)}
	}
	out := make([]quad.Value, len(extract.Predicates))
	for i, p := range extract.Predicates {
		out[i] = e.vocab.Predicate(p)
	}
	return out
}

// fetchNeighbours: the distinct direct edges of the entities, those going
// out of them first (a = 0), then those coming in (a = 1); an edge of a
// symmetric predicate is "mutual", listed once. Cursor: a = pass, b =
// entity, pos = position in its edges.
func fetchNeighbours(ctx context.Context, e *env, args map[string]any, from cursor, n int) ([]rowAt, error) {
	ents := entityList(args, "entity")
	preds := neighbourPreds(e, args)
	vocab := e.vocab.Base + "vocab/"
	var out []rowAt
	for c := from; c.a < 2 && len(out) < n; {
		if c.b >= len(ents) {
			c = cursor{a: c.a + 1}
			continue
		}
		ent, outPass, want := ents[c.b], c.a == 0, n-len(out)
		var edges []graph.EdgeRef
		err := e.store.EachEdge(ctx, ent, outPass, preds, graph.EdgePos(c.pos), func(r graph.EdgeRef) bool {
			edges = append(edges, r)
			return len(edges) < want
		})
		if err != nil {
			return nil, err
		}
		for _, r := range edges {
			c.pos = r.Pos
			row, err := neighbourRow(ctx, e, vocab, ent, outPass, r)
			if err != nil {
				return nil, err
			}
			if row != nil {
				out = append(out, rowAt{row, cursor{a: c.a, b: c.b, pos: c.pos}})
			}
		}
		if len(edges) < want {
			c = cursor{a: c.a, b: c.b + 1}
		}
	}
	return out, nil
}

// neighbourRow is the row of edge r of entity ent; nil for an edge of a
// symmetric predicate coming in that runs out too (listed by the out pass).
func neighbourRow(ctx context.Context, e *env, vocab string, ent quad.IRI, outPass bool, r graph.EdgeRef) (map[string]any, error) {
	p, _ := jsLocal(vocab, gizmoNative(r.Predicate)).(string)
	dir := "in"
	if outPass {
		dir = "out"
	}
	if isSymmetric(p) {
		dir = "mutual"
		if !outPass {
			if both, err := e.store.HasEdge(ctx, ent, true, r.Predicate, r.Far); err != nil || both {
				return nil, err
			}
		}
	}
	return map[string]any{"entity": string(ent), "direction": dir, "predicate": p, "other": jsBare(gizmoNative(r.Far))}, nil
}

func countNeighbours(ctx context.Context, e *env, args map[string]any) (int, error) {
	preds := neighbourPreds(e, args)
	vocab := e.vocab.Base + "vocab/"
	total := 0
	for _, outPass := range []bool{true, false} {
		for _, ent := range entityList(args, "entity") {
			var mutualIn []graph.EdgeRef
			err := e.store.EachEdge(ctx, ent, outPass, preds, nil, func(r graph.EdgeRef) bool {
				if p, _ := jsLocal(vocab, gizmoNative(r.Predicate)).(string); !outPass && isSymmetric(p) {
					mutualIn = append(mutualIn, r)
				} else {
					total++
				}
				return true
			})
			if err != nil {
				return 0, err
			}
			for _, r := range mutualIn {
				row, err := neighbourRow(ctx, e, vocab, ent, false, r)
				if err != nil {
					return 0, err
				}
				if row != nil {
					total++
				}
			}
		}
	}
	return total, nil
}

// isSymmetric tells whether the predicate named p (a local name) holds
// both ways.
func isSymmetric(p string) bool { return extract.Predicate(p).Symmetric() }
