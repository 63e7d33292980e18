package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/ar"
	"github.com/newskg/kg/extract/scorer"
	"github.com/newskg/kg/internal/patherr"
	"github.com/newskg/kg/source"
)

// scorerCommand trains the learned fact scorer on a gold set's training
// articles and reports its cross-validation.
func scorerCommand() *cli.Command {
	return &cli.Command{
		Name:  "scorer",
		Usage: "train the learned fact scorer (the model behind each fact's confidence)",
		Subcommands: []*cli.Command{{
			Name:  "train",
			Usage: "train on a gold set's training articles, cross-validate by article, write the model",
			Description: `Runs the Arabic extractor over the articles of one part of a gold set
(../shared/eval/dev, part tune), proposing every candidate fact; labels each
candidate right when it matches a gold fact of its article (as score.py
matches); cross-validates a logistic regression by article; chooses the
default threshold where held-out precision reaches --target; trains on every
article and writes the model file that kg embeds. Deterministic: the same
articles, gold, rules and catalogue give the same file. Rebuild kg after it.

Examples (from the repository root):
   kg scorer train                      # writes ` + scorer.ModelPath + `
   kg scorer train --out - --dump /tmp/cands.tsv   # report only; candidates with held-out scores`,
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "gold", Value: defaultGold(), Usage: "gold set `DIR` (entities.tsv, facts.tsv, SPLIT.tsv, docs/articles.jsonl)"},
				&cli.StringFlag{Name: "articles", Usage: "articles `FILE` (default: GOLD/docs/articles.jsonl)"},
				&cli.StringFlag{Name: "part", Value: "tune", Usage: "the part of SPLIT.tsv to train on (never check)"},
				&cli.StringSliceFlag{Name: "also", Usage: "also train on part `PART` of gold set `DIR`, given as DIR:PART (repeatable; its articles are DIR/docs/articles.jsonl), e.g. eval/own:train"},
				&cli.IntFlag{Name: "folds", Usage: "cross-validation folds by article (0: leave one article out; slow with --corrupt, use 6)"},
				&cli.StringFlag{Name: "cv-by", Value: "article", Usage: "cross-validation folds: article (--folds) or source (one fold per source: tune, own, each own2 writer, ANERcorp)"},
				&cli.BoolFlag{Name: "aner", Usage: "also train on the labelled ANERcorp sentences of the write block (before s2600; the held block is never used), each extracted alone"},
				&cli.IntFlag{Name: "part-weight", Value: 1, Usage: "train on each candidate of --part's articles this many times (its weight against the --also sets', e.g. when those were annotated by other hands)"},
				&cli.IntFlag{Name: "aner-weight", Value: 1, Usage: "with --aner, train on each ANERcorp candidate this many times (its weight against the articles' candidates)"},
				&cli.StringFlag{Name: "anercorp", Value: filepath.Join("..", "shared", "data", "anercorp", "train.txt"), Usage: "ANERcorp `FILE` (CoNLL) for --aner"},
				&cli.StringSliceFlag{Name: "aner-labels", Value: cli.NewStringSlice(filepath.Join("eval", "anerrel", "*.tsv")), Usage: "label `FILES` for --aner (a glob; repeatable), merged by vote"},
				&cli.Float64Flag{Name: "target", Value: 0.9, Usage: "held-out precision the default threshold must reach"},
				&cli.Float64Flag{Name: "threshold", Usage: "write this default threshold into the model instead of the one --target picks (a trade-off chosen on other evidence, e.g. the seed article's recall)"},
				&cli.Float64Flag{Name: "l2", Usage: "L2 penalty on the weights (default: the one of 0.3, 1, 3, 10, 30 with the least held-out log loss)"},
				&cli.BoolFlag{Name: "corrupt", Usage: "also train on corrupted candidates (wrong argument, wrong direction; experimental, see the package doc)"},
				&cli.IntFlag{Name: "min-docs", Usage: "least number of articles a feature must occur in to get a weight (default: the one of 1, 2, 3 with the least held-out log loss)"},
				&cli.StringSliceFlag{Name: "exclude", Usage: "leave out the features with this `PREFIX` (repeatable; default: prior=, the rule's prior measured on every dev article)"},
				&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: scorer.ModelPath, Usage: "model `FILE` to write (- for standard output)"},
				&cli.StringSliceFlag{Name: "ablate", Usage: "only report: cross-validate once per feature group `NAME:PREFIX+PREFIX…` left out (repeatable) and print each source's held-out score at --threshold (0.63 when unset); writes no model"},
				&cli.StringFlag{Name: "dump", Usage: "write every candidate with its label, held-out probability and features to `FILE`"},
			},
			Action: runScorerTrain,
		}, {
			Name:      "explain",
			Usage:     "show why the fact scorer gives each fact its confidence",
			ArgsUsage: "PATH... (.txt, .jsonl, directories, - for stdin)",
			Description: `Runs the Arabic extractor over the articles, proposing every candidate,
and prints each fact with the embedded model's confidence and the features
that weigh most in it.

Example:
   kg scorer explain examples/putin-khamenei-2015-11-23.ar.txt`,
			Flags: append([]cli.Flag{
				&cli.IntFlag{Name: "top", Value: 8, Usage: "features shown per fact"},
			}, sourceFlags()...),
			Action: runScorerExplain,
		}},
	}
}

func runScorerExplain(c *cli.Context) error {
	paths, defaults, err := docInput(c)
	if err != nil {
		return err
	}
	m, err := scorer.Default()
	if err != nil {
		return err
	}
	x := ar.New(ar.WithoutScorer())
	w := c.App.Writer
	for doc, err := range source.Read(c.Context, paths, defaults) {
		if err != nil {
			return err
		}
		r, err := x.Extract(c.Context, doc)
		if err != nil {
			return err
		}
		contribs, probs := m.Explain(r)
		fmt.Fprintf(w, "== %s (threshold %.2f)\n", doc.ID, m.Threshold)
		for i, f := range r.Facts {
			mark := " "
			if probs[i] < m.Threshold {
				mark = "-"
			}
			fmt.Fprintf(w, "%s %.3f  %s %s %s%s  [%s, prior %.2f]\n", mark, probs[i], f.Subject, f.Predicate, f.Object, f.Value, f.Rule, f.Confidence)
			var parts []string
			for k, ct := range contribs[i] {
				if k == c.Int("top") {
					break
				}
				parts = append(parts, fmt.Sprintf("%s %+.2f", ct.Feature, ct.Weight))
			}
			fmt.Fprintf(w, "      %s\n", strings.Join(parts, ", "))
		}
	}
	return nil
}

// defaultGold is ../shared/eval/dev, or $KG_SHARED/eval/dev.
func defaultGold() string {
	if d := os.Getenv("KG_SHARED"); d != "" {
		return filepath.Join(d, "eval", "dev")
	}
	return filepath.Join("..", "shared", "eval", "dev")
}

func runScorerTrain(c *cli.Context) error {
	part := c.String("part")
	if part == "check" {
		return fmt.Errorf("--part check: the check articles are for scoring only, never for training")
	}
	dir := c.String("gold")
	g, err := scorer.LoadGold(dir, part)
	if err != nil {
		return err
	}
	articles := c.String("articles")
	if articles == "" {
		articles = filepath.Join(dir, "docs", "articles.jsonl")
	}
	results, err := proposeAll(c.Context, articles, g.Docs)
	if err != nil {
		return err
	}
	nMain := len(results)
	for _, also := range c.StringSlice("also") {
		more, err := alsoGold(c.Context, g, also)
		if err != nil {
			return fmt.Errorf("scorer train: --also %s: %w", also, err)
		}
		results = append(results, more...)
	}
	fz, err := scorer.NewFeaturizer()
	if err != nil {
		return err
	}
	exs := scorer.Examples(fz, g, results)
	if w := c.Int("part-weight"); w > 1 {
		main := scorer.Examples(fz, g, results[:nMain])
		for range w - 1 {
			exs = append(exs, main...)
		}
	}
	if c.Bool("corrupt") {
		exs = append(exs, scorer.Corruptions(fz, g, results)...)
	}
	gold := 0
	goldOf := map[string]int{}
	for d := range g.Docs {
		gold += len(g.Facts[d])
		goldOf[d] = len(g.Facts[d])
	}
	nDocs := len(results)
	if c.Bool("aner") {
		t, err := loadAnerTraining(c.Context, ar.New(ar.WithoutScorer()), c.String("anercorp"), c.StringSlice("aner-labels"))
		if err != nil {
			return fmt.Errorf("scorer train: --aner: %w", err)
		}
		aexs := scorer.LabelledExamples(fz, t.results, t.label)
		for range max(c.Int("aner-weight"), 1) {
			exs = append(exs, aexs...)
		}
		gold += t.gold
		nDocs += len(t.results)
		for d, fs := range t.facts {
			goldOf[d] = len(fs)
		}
	}
	var group func(string) string
	switch c.String("cv-by") {
	case "article":
	case "source":
		group = sourceOf
	default:
		return fmt.Errorf("scorer train: --cv-by %q: want article or source", c.String("cv-by"))
	}
	exclude := scorer.DefaultExclude
	if c.IsSet("exclude") {
		exclude = c.StringSlice("exclude")
	}
	opt := scorer.FitOptions{Options: scorer.Options{L2: c.Float64("l2"), MinDocs: c.Int("min-docs"), Exclude: exclude}, Folds: c.Int("folds"),
		Target: c.Float64("target"), Part: trainedOn(part, c.StringSlice("also"), c.Bool("aner")), Articles: nDocs, Group: group,
		Command: trainCommand(os.Args[1:])}
	if specs := c.StringSlice("ablate"); len(specs) > 0 {
		var groups []ablation
		for _, sp := range specs {
			a, err := parseAblation(sp)
			if err != nil {
				return err
			}
			groups = append(groups, a)
		}
		if opt.L2 == 0 || opt.MinDocs == 0 {
			return fmt.Errorf("scorer train: --ablate wants --l2 and --min-docs")
		}
		if opt.Target == 0 {
			opt.Target = 0.9
		}
		if opt.Exclude == nil {
			opt.Exclude = scorer.DefaultExclude
		}
		t := 0.63
		if c.IsSet("threshold") {
			t = c.Float64("threshold")
		}
		runAblations(c.App.Writer, exs, gold, goldOf, opt, groups, t)
		return nil
	}
	m, rep := scorer.Fit(exs, gold, opt)
	if c.IsSet("threshold") {
		t := c.Float64("threshold")
		if t < 0 || t >= 1 {
			return fmt.Errorf("scorer train: --threshold %v: want 0..1", t)
		}
		m.Threshold = t
	}
	printReport(c.App.Writer, m, rep)
	printSources(c.App.Writer, fmt.Sprintf("held-out by source at the default threshold %.2f:", m.Threshold), sourcePoints(scorer.Real(exs), rep.Probs, goldOf, m.Threshold))
	if d := c.String("dump"); d != "" {
		if err := dumpExamples(d, scorer.Real(exs), rep.Probs); err != nil {
			return err
		}
	}
	return writeModel(c, m)
}

// trainedOn names the training documents for the model's notes.
func trainedOn(part string, also []string, aner bool) string {
	parts := append([]string{part}, also...)
	if aner {
		parts = append(parts, "ANERcorp write block")
	}
	return strings.Join(parts, " + ")
}

// trainCommand is the command line that trains the model, for its notes:
// the arguments without --out (or -o) and its file.
func trainCommand(args []string) string {
	var kept []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--out" || a == "-o":
			i++
			continue
		case strings.HasPrefix(a, "--out=") || strings.HasPrefix(a, "-o="):
			continue
		}
		kept = append(kept, a)
	}
	return "go run ./cmd/kg " + strings.Join(kept, " ")
}

// alsoGold reads the gold set part named by spec (DIR:PART), merges it
// into g and returns the candidates the extractor proposes on its articles.
func alsoGold(ctx context.Context, g *scorer.Gold, spec string) ([]*extract.Result, error) {
	i := strings.LastIndex(spec, ":")
	if i <= 0 || i == len(spec)-1 {
		return nil, fmt.Errorf("want DIR:PART")
	}
	dir, part := spec[:i], spec[i+1:]
	if part == "check" {
		return nil, fmt.Errorf("part check: the check articles are for scoring only, never for training")
	}
	o, err := scorer.LoadGold(dir, part)
	if err != nil {
		return nil, err
	}
	if err := g.Merge(o); err != nil {
		return nil, err
	}
	return proposeAll(ctx, filepath.Join(dir, "docs", "articles.jsonl"), o.Docs)
}

// proposeAll runs the Arabic extractor without the scorer (every candidate,
// each with its rule's prior) over the articles whose id is in docs.
func proposeAll(ctx context.Context, articles string, docs map[string]bool) ([]*extract.Result, error) {
	x := ar.New(ar.WithoutScorer())
	var out []*extract.Result
	for doc, err := range source.Read(ctx, []string{articles}, source.Defaults{}) {
		if err != nil {
			return nil, err
		}
		if !docs[doc.ID] {
			continue
		}
		r, err := x.Extract(ctx, doc)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	if len(out) != len(docs) {
		return nil, fmt.Errorf("%s: found %d of the %d articles of the part", articles, len(out), len(docs))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Doc.ID < out[j].Doc.ID })
	return out, nil
}

func printReport(w io.Writer, m *scorer.Model, rep scorer.Report) {
	fmt.Fprintf(w, "%d articles, %d candidate facts, %d right, and %d corrupted candidates; L2 %g, features in ≥ %d articles, held-out log loss %.3f\n",
		rep.Docs, rep.Examples, rep.Positives, rep.Synthetic, rep.L2, rep.MinDocs, rep.LogLoss)
	fmt.Fprintln(w, "settings tried (held-out log loss; where held-out precision reaches --target):")
	for _, g := range rep.Grid {
		at := "not reached"
		if g.Reached {
			at = fmt.Sprintf("≥ %.2f  %s", g.AtTarget.Threshold, g.AtTarget)
		}
		fmt.Fprintf(w, "  L2 %-4g min-docs %d  %.3f  %s\n", g.L2, g.MinDocs, g.LogLoss, at)
	}
	fmt.Fprintln(w, "reliability of the held-out probabilities (candidates; mean probability vs share right):")
	for _, b := range rep.Reliability {
		fmt.Fprintf(w, "  [%.1f, %.1f)  %3d candidates  mean %.2f  right %.2f\n", b.Lo, b.Hi, b.N, b.Mean, b.Rate)
	}
	fmt.Fprintln(w, "held-out (cross-validated), edges within each article:")
	for _, p := range rep.Curve {
		if t := int(p.Threshold*100 + 0.5); t%10 == 0 || p.Threshold == rep.Chosen.Threshold || p.Threshold == m.Threshold {
			mark := ""
			switch {
			case p.Threshold == m.Threshold:
				mark = "  <- default threshold"
			case rep.Reached && p.Threshold == rep.Chosen.Threshold:
				mark = "  <- where held-out precision reaches --target"
			}
			fmt.Fprintf(w, "  ≥ %.2f  %s%s\n", p.Threshold, p, mark)
		}
	}
	if !rep.Reached {
		fmt.Fprintln(w, "the target precision is reached at no threshold; the default threshold is 0.5")
	}
	fmt.Fprintf(w, "held-out edges by predicate at the default threshold %.2f (kept right/kept of right/proposed):\n", m.Threshold)
	for _, p := range rep.ByPredicate {
		fmt.Fprintf(w, "  %-26s %3d/%-3d of %3d/%-3d\n", p.Predicate, p.KeptRight, p.Kept, p.Right, p.Edges)
	}
	fmt.Fprintln(w, "largest weights:")
	for _, k := range m.TopWeights(20) {
		fmt.Fprintf(w, "  %+.3f  %s\n", m.Weights[k], k)
	}
}

func dumpExamples(path string, exs []scorer.Example, probs []float64) error {
	f, err := os.Create(path)
	if err != nil {
		return patherr.Unwrap(err)
	}
	bw := bufio.NewWriter(f)
	for i, ex := range exs {
		fmt.Fprintf(bw, "%s\t%t\t%.3f\t%s\t%s\n", ex.Doc, ex.Label, probs[i], strings.ReplaceAll(ex.Edge, "\x00", " "), strings.Join(ex.Features, " "))
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}

func writeModel(c *cli.Context, m *scorer.Model) error {
	out := c.String("out")
	if out == "-" {
		_, err := m.WriteTo(c.App.Writer)
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("write the model: %w (run from the repository root, or give --out)", patherr.Unwrap(err))
	}
	if _, err := m.WriteTo(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", out, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	fmt.Fprintf(c.App.ErrWriter, "kg: wrote %s (threshold %.2f); rebuild kg to embed it\n", out, m.Threshold)
	return nil
}
