package querytest

import (
	"context"
	"fmt"
	"math/rand"
	"sort"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
)

// Generated describes a synthetic store made by Generate.
type Generated struct {
	Docs, Facts, Quads int
	// Entities are the keys of the entities that take part in facts, most
	// connected first.
	Entities []string
}

// relPredicates are the predicates Generate draws facts from.
var relPredicates = []extract.Predicate{extract.Met, extract.Supports, extract.Opposes, extract.AllyOf,
	extract.Attacked, extract.Accuses, extract.CooperatesWith, extract.OfficialOf, extract.Visited}

// Generate writes synthetic documents into s until it holds at least quads
// quads: nEntities entities whose popularity follows a Zipf law, documents
// of 4–16 facts among them, each fact dated, with an evidence sentence. The
// output depends only on the arguments (a fixed random seed).
func Generate(ctx context.Context, s *graph.Store, quads, nEntities int) (Generated, error) {
	rng := rand.New(rand.NewSource(7))
	zipf := rand.NewZipf(rng, 1.1, 8, uint64(nEntities-1))
	types := []extract.EntityType{extract.Person, extract.Person, extract.Person, extract.Country, extract.Organization, extract.Place, extract.Group}
	ents := make([]extract.Entity, nEntities)
	var g Generated
	for i := range ents {
		key := fmt.Sprintf("gen/e%06d", i)
		ents[i] = extract.Entity{Key: key, Type: types[i%len(types)],
			Labels:     map[string]string{"en": fmt.Sprintf("Entity %d", i), "ar": fmt.Sprintf("كيان %d", i)},
			AltLabels:  []extract.Label{{Text: fmt.Sprintf("E%d", i), Lang: "en"}},
			Wikidata:   fmt.Sprintf("Q%d", 900000+i),
			Confidence: 1}
	}
	degree := make([]int, nEntities)
	day0 := time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)
	const batch = 200
	var rs []*extract.Result
	flush := func() error {
		_, errs := s.WriteMany(ctx, rs)
		for _, err := range errs {
			if err != nil {
				return err
			}
		}
		rs = rs[:0]
		return nil
	}
	for g.Quads < quads {
		d := g.Docs
		g.Docs++
		date := day0.AddDate(0, 0, rng.Intn(365*10))
		text := ""
		r := &extract.Result{Doc: extract.Document{ID: fmt.Sprintf("gen-%07d", d), Title: fmt.Sprintf("Report %d", d),
			Lang: "en", Date: date}}
		used := map[int]bool{}
		nf := 4 + rng.Intn(13)
		for f := 0; f < nf; f++ {
			a, b := int(zipf.Uint64()), int(zipf.Uint64())
			if a == b {
				b = (b + 1 + rng.Intn(nEntities-1)) % nEntities
			}
			used[a], used[b] = true, true
			degree[a]++
			degree[b]++
			p := relPredicates[rng.Intn(len(relPredicates))]
			sent := fmt.Sprintf("Entity %d %s entity %d on %s.", a, p, b, date.Format("2 January 2006"))
			start := len(text)
			text += sent + " "
			r.Doc.Text = text
			fact := extract.Fact{Subject: ents[a].Key, Predicate: p, Object: ents[b].Key, Date: date.Format("2006-01-02"),
				Evidence: sent, Start: start, End: start + len(sent), Rule: "gen/synthetic", Confidence: 0.8}
			if p == extract.OfficialOf {
				fact.Role = "minister"
			}
			r.Facts = append(r.Facts, fact)
		}
		r.Doc.Text = text
		for i := range used {
			r.Entities = append(r.Entities, ents[i])
		}
		qs, err := graph.ResultQuads(s.Vocab(), r)
		if err != nil {
			return g, fmt.Errorf("generate document %d: %w", d, err)
		}
		g.Quads += len(qs)
		g.Facts += len(r.Facts)
		rs = append(rs, r)
		if len(rs) == batch {
			if err := flush(); err != nil {
				return g, err
			}
		}
	}
	if err := flush(); err != nil {
		return g, err
	}
	order := make([]int, 0, nEntities)
	for i, d := range degree {
		if d > 0 {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return degree[order[i]] > degree[order[j]] })
	for _, i := range order {
		g.Entities = append(g.Entities, ents[i].Key)
	}
	return g, nil
}
