package main

import (
	"bufio"
	"context"
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/quad/nquads"

	"github.com/newskg/kg/extract"
	_ "github.com/newskg/kg/extract/ar" // registers the Arabic extractor
	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/pipeline"
	"github.com/newskg/kg/source/synth"
)

// Shapes of generated quads.
const (
	// shapeArticles: synthetic Arabic articles (source/synth) through the
	// real Arabic extractor and graph.ResultQuads, as `kg bench` ingests them.
	shapeArticles = "articles"
	// shapeZipf: model-shaped documents written directly (no extractor):
	// 20,000 entities whose popularity follows a Zipf law, 4–16 dated facts
	// per document, as queries/querytest.Generate makes them.
	shapeZipf = "zipf"
)

// corpus is a generated N-Quads file and, beside it, the keys of the
// entities that take part in facts, most connected first.
type corpus struct {
	Path     string
	Quads    int
	Docs     int
	Entities []string
}

// ensureCorpus returns the corpus of the given shape with at least n quads in
// dir, generating it on first use (whole documents, so a few more than n).
func ensureCorpus(ctx context.Context, dir, shape string, n int, logf func(string, ...any)) (corpus, error) {
	base := filepath.Join(dir, fmt.Sprintf("%s-%d", shape, n))
	c := corpus{Path: base + ".nq"}
	if ents, err := readLines(base + ".entities"); err == nil && len(ents) > 1 {
		// The first line is "quads docs"; written last, so the corpus is whole.
		if _, err := fmt.Sscanf(ents[0], "%d %d", &c.Quads, &c.Docs); err == nil {
			c.Entities = ents[1:]
			return c, nil
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return c, fmt.Errorf("corpus directory: %w", err)
	}
	start := time.Now()
	f, err := os.Create(c.Path)
	if err != nil {
		return c, fmt.Errorf("corpus: %w", err)
	}
	defer f.Close()
	bw := bufio.NewWriterSize(f, 1<<20)
	w := nquads.NewWriter(bw)
	degree := map[string]int{}
	emit := func(r *extract.Result) error {
		qs, err := graph.ResultQuads(graph.NewVocab(""), r)
		if err != nil {
			return fmt.Errorf("document %s: %w", r.Doc.ID, err)
		}
		if _, err := w.WriteQuads(qs); err != nil {
			return fmt.Errorf("corpus %s: %w", c.Path, err)
		}
		for _, fa := range r.Facts {
			degree[fa.Subject]++
			degree[fa.Object]++
		}
		c.Quads += len(qs)
		c.Docs++
		return nil
	}
	switch shape {
	case shapeArticles:
		err = genArticles(ctx, func(r *extract.Result) (bool, error) {
			if err := emit(r); err != nil {
				return false, err
			}
			return c.Quads >= n, nil
		})
	case shapeZipf:
		err = genZipf(n, func(r *extract.Result) (bool, error) {
			if err := emit(r); err != nil {
				return false, err
			}
			return c.Quads >= n, nil
		})
	default:
		err = fmt.Errorf("unknown shape %q (want %s or %s)", shape, shapeArticles, shapeZipf)
	}
	if err != nil {
		return c, err
	}
	if err := w.Close(); err != nil {
		return c, fmt.Errorf("corpus %s: %w", c.Path, err)
	}
	if err := bw.Flush(); err != nil {
		return c, fmt.Errorf("corpus %s: %w", c.Path, err)
	}
	if err := f.Close(); err != nil {
		return c, fmt.Errorf("corpus %s: %w", c.Path, err)
	}
	for k := range degree {
		c.Entities = append(c.Entities, k)
	}
	sort.Slice(c.Entities, func(i, j int) bool {
		a, b := c.Entities[i], c.Entities[j]
		if degree[a] != degree[b] {
			return degree[a] > degree[b]
		}
		return a < b
	})
	lines := append([]string{fmt.Sprintf("%d %d", c.Quads, c.Docs)}, c.Entities...)
	if err := os.WriteFile(base+".entities", []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		return c, fmt.Errorf("corpus: %w", err)
	}
	logf("generated %s: %d documents, %d quads, %d entities in %v", c.Path, c.Docs, c.Quads, len(c.Entities), time.Since(start).Round(time.Millisecond))
	return c, nil
}

func readLines(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return strings.Split(strings.TrimRight(string(b), "\n"), "\n"), nil
}

// genArticles extracts synthetic articles (seed 1, as kg bench) through
// the ingest pipeline on all cores (at most 8) and hands the results to
// emit in article order until it says stop.
func genArticles(ctx context.Context, emit func(*extract.Result) (stop bool, err error)) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		stopped bool
		emitErr error
	)
	_, err := pipeline.Run(ctx, synth.Articles(1, math.MaxInt32), nil, pipeline.Options{Workers: max(1, min(8, numCPU()))},
		func(o pipeline.Outcome) {
			if stopped {
				return
			}
			if o.Err != nil {
				stopped, emitErr = true, fmt.Errorf("synthetic article %d: %w", o.Index, o.Err)
			} else if stop, err := emit(o.Result); stop || err != nil {
				stopped, emitErr = true, err
			}
			if stopped {
				cancel()
			}
		})
	if stopped {
		return emitErr
	}
	return err
}

// genZipf writes model-shaped documents with a fixed seed, as
// queries/querytest.Generate does, until emit says stop.
func genZipf(n int, emit func(*extract.Result) (stop bool, err error)) error {
	const nEntities = 20000
	rels := []extract.Predicate{extract.Met, extract.Supports, extract.Opposes, extract.AllyOf,
		extract.Attacked, extract.Accuses, extract.CooperatesWith, extract.OfficialOf, extract.Visited}
	rng := rand.New(rand.NewSource(7))
	zipf := rand.NewZipf(rng, 1.1, 8, uint64(nEntities-1))
	types := []extract.EntityType{extract.Person, extract.Person, extract.Person, extract.Country, extract.Organization, extract.Place, extract.Group}
	ents := make([]extract.Entity, nEntities)
	for i := range ents {
		ents[i] = extract.Entity{Key: fmt.Sprintf("gen/e%06d", i), Type: types[i%len(types)],
			Labels:     map[string]string{"en": fmt.Sprintf("Entity %d", i), "ar": fmt.Sprintf("كيان %d", i)},
			AltLabels:  []extract.Label{{Text: fmt.Sprintf("E%d", i), Lang: "en"}},
			Wikidata:   fmt.Sprintf("Q%d", 900000+i),
			Confidence: 1}
	}
	day0 := time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)
	for d := 0; ; d++ {
		date := day0.AddDate(0, 0, rng.Intn(365*10))
		r := &extract.Result{Doc: extract.Document{ID: fmt.Sprintf("gen-%08d", d), Title: fmt.Sprintf("Report %d", d),
			Lang: "en", Date: date}}
		var text strings.Builder
		used := map[int]bool{}
		var order []int
		nf := 4 + rng.Intn(13)
		for range nf {
			a, b := int(zipf.Uint64()), int(zipf.Uint64())
			if a == b {
				b = (b + 1 + rng.Intn(nEntities-1)) % nEntities
			}
			for _, e := range []int{a, b} {
				if !used[e] {
					used[e] = true
					order = append(order, e)
				}
			}
			p := rels[rng.Intn(len(rels))]
			sent := fmt.Sprintf("Entity %d %s entity %d on %s.", a, p, b, date.Format("2 January 2006"))
			start := text.Len()
			text.WriteString(sent + " ")
			fact := extract.Fact{Subject: ents[a].Key, Predicate: p, Object: ents[b].Key, Date: date.Format("2006-01-02"),
				Evidence: sent, Start: start, End: start + len(sent), Rule: "gen/synthetic", Confidence: 0.8}
			if p == extract.OfficialOf {
				fact.Role = "minister"
			}
			r.Facts = append(r.Facts, fact)
		}
		r.Doc.Text = text.String()
		for _, i := range order {
			r.Entities = append(r.Entities, ents[i])
		}
		stop, err := emit(r)
		if err != nil || stop {
			return err
		}
	}
}
