package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/newskg/kg/extract/ar"
	"github.com/newskg/kg/extract/relclf"
	"github.com/newskg/kg/extract/scorer"
	"github.com/newskg/kg/internal/patherr"
)

// relclfCommand trains the learned relation proposer.
func relclfCommand() *cli.Command {
	return &cli.Command{
		Name:  "relclf",
		Usage: "train the learned relation proposer (which relation a sentence states between two mentions)",
		Subcommands: []*cli.Command{{
			Name:  "train",
			Usage: "train on labelled ANERcorp sentences and gold articles, cross-validate, write the model",
			Description: `Builds one example per pair of mentions of a sentence: in the labelled
ANERcorp sentences (eval/anerrel label files over the corpus's own tagged
mentions), and in the gold articles (the extractor's mentions; a pair is
labelled with the gold fact of its article between its two entities).
Cross-validates a multinomial logistic regression (classes: none and
predicate:direction) with folds by annotator range (contiguous blocks of 800
corpus sentences) and by article; reports held-out precision and recall per
cut-off and predicate, and how many right facts the rules do not propose;
chooses the cut-off where held-out precision reaches --target; trains on
everything and writes the model that kg embeds. Rebuild kg after it.

Example (from the repository root):
   kg relclf train --labels 'eval/anerrel/*.tsv' --also eval/own:train`,
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "anercorp", Value: filepath.Join("..", "shared", "data", "anercorp", "train.txt"), Usage: "ANERcorp `FILE` (CoNLL)"},
				&cli.StringSliceFlag{Name: "labels", Value: cli.NewStringSlice(filepath.Join("eval", "anerrel", "*.tsv")), Usage: "label `FILES` (a glob; repeatable)"},
				&cli.StringFlag{Name: "gold", Value: defaultGold(), Usage: "gold set `DIR` of the training articles"},
				&cli.StringFlag{Name: "part", Value: "tune", Usage: "the part of SPLIT.tsv to train on (never check)"},
				&cli.StringSliceFlag{Name: "also", Usage: "also train on part `PART` of gold set `DIR`, given as DIR:PART, e.g. eval/own:train"},
				&cli.StringFlag{Name: "aner-mentions", Value: "gold", Usage: "the ANERcorp pairs trained on: gold (the tagged mentions), extractor (the extractor's mentions over tagged ones) or both"},
				&cli.IntFlag{Name: "folds", Value: 5, Usage: "cross-validation folds"},
				&cli.Float64Flag{Name: "l2", Value: 3, Usage: "L2 penalty on the weights"},
				&cli.IntFlag{Name: "min-count", Value: 2, Usage: "least number of pairs a feature must occur in"},
				&cli.Float64Flag{Name: "target", Value: 0.9, Usage: "held-out precision the default cut-off must reach"},
				&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: relclf.ModelPath, Usage: "model `FILE` to write (- for none)"},
			},
			Action: runRelclfTrain,
		}},
	}
}

func runRelclfTrain(c *cli.Context) error {
	w := c.App.Writer
	if c.String("part") == "check" {
		return fmt.Errorf("--part check: the check articles are for scoring only, never for training")
	}
	folds := max(c.Int("folds"), 2)
	sm, err := scorer.Default()
	if err != nil {
		return err
	}
	thr := sm.Threshold
	x := ar.New(ar.WithoutProposer())
	// labelled ANERcorp sentences
	var files []string
	for _, g := range c.StringSlice("labels") {
		m, err := filepath.Glob(g)
		if err != nil {
			return fmt.Errorf("--labels %s: %w", g, err)
		}
		files = append(files, m...)
	}
	var exs []pairExample
	gold := map[string]bool{}
	if len(files) > 0 {
		sents, err := readANERcorp(c.String("anercorp"))
		if err != nil {
			return err
		}
		labels, err := readLabels(files)
		if err != nil {
			return err
		}
		am := c.String("aner-mentions")
		if am != "gold" && am != "extractor" && am != "both" {
			return fmt.Errorf("--aner-mentions %q: want gold, extractor or both", am)
		}
		ae, ag, err := anerExamples(c.Context, x, sents, labels, folds, thr, am)
		if err != nil {
			return err
		}
		exs = append(exs, ae...)
		for k := range ag {
			gold[k] = true
		}
		fmt.Fprintf(w, "ANERcorp: %d labelled sentences (%d files), %d labelled facts, %d mention pairs\n", len(labels), len(files), len(ag), len(ae))
	}
	// gold articles
	g, err := scorer.LoadGold(c.String("gold"), c.String("part"))
	if err != nil {
		return err
	}
	articles := []string{filepath.Join(c.String("gold"), "docs", "articles.jsonl")}
	for _, also := range c.StringSlice("also") {
		i := strings.LastIndex(also, ":")
		if i <= 0 || also[i+1:] == "check" {
			return fmt.Errorf("--also %s: want DIR:PART, never check", also)
		}
		o, err := scorer.LoadGold(also[:i], also[i+1:])
		if err != nil {
			return err
		}
		if err := g.Merge(o); err != nil {
			return err
		}
		articles = append(articles, filepath.Join(also[:i], "docs", "articles.jsonl"))
	}
	de, dg, err := articleExamples(c.Context, x, g, articles, folds, thr)
	if err != nil {
		return err
	}
	exs = append(exs, de...)
	for k := range dg {
		gold[k] = true
	}
	fmt.Fprintf(w, "articles: %d, %d gold facts between two mentions of a sentence, %d mention pairs\n", len(g.Docs), len(dg), len(de))
	plain := make([]relclf.Example, len(exs))
	fold := make([]int, len(exs))
	for i, ex := range exs {
		plain[i], fold[i] = ex.Example, ex.fold
	}
	opt := relclf.Options{L2: c.Float64("l2"), MinCount: c.Int("min-count")}
	classes, probs := relclf.CrossValidate(plain, fold, folds, opt)
	facts := cvFacts(exs, classes, probs)
	cut, reached := chooseCutoff(facts, gold, c.Float64("target"), 10)
	var notes []string
	note := func(format string, a ...any) {
		s := fmt.Sprintf(format, a...)
		fmt.Fprintln(w, s)
		notes = append(notes, s)
	}
	note("Held-out (%d folds: ANERcorp by annotator range, articles by article), facts, L2 %g:", folds, opt.L2)
	for _, src := range []string{"aner", "articles", ""} {
		name := src
		if src == "" {
			name = "all"
		}
		sub := goldOf(gold, exs, src)
		note("  %s:", name)
		for _, th := range []float64{0.3, 0.5, 0.7, 0.8, 0.9, cut} {
			note("    %s", cvAt(facts, sub, src, th))
		}
		r1, r2 := ruleRecall(srcOnly(exs, src), sub)
		note("    rules' recall: %d/%d at the scorer's threshold %.2f, %d/%d any confidence", r1, len(sub), thr, r2, len(sub))
	}
	if reached {
		note("cut-off %.2f: least where held-out precision ≥ %.2f", cut, c.Float64("target"))
	} else {
		note("held-out precision reaches %.2f at no cut-off: cut-off %.2f", c.Float64("target"), cut)
	}
	for _, th := range []float64{0.5, cut} {
		printPredicates(w, facts, gold, th)
	}
	m := relclf.Train(plain, opt)
	m.Threshold = cut
	m.Notes = append([]string{
		"Retrain from the repository root after the labels, features or mentions change:",
		"  kg " + strings.Join(os.Args[1:], " "),
	}, notes...)
	if out := c.String("out"); out != "-" {
		f, err := os.Create(out)
		if err != nil {
			return fmt.Errorf("write the model: %w", patherr.Unwrap(err))
		}
		if _, err := m.WriteTo(f); err != nil {
			f.Close()
			return fmt.Errorf("write %s: %w", out, err)
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("write %s: %w", out, err)
		}
		fmt.Fprintf(c.App.ErrWriter, "kg: wrote %s (cut-off %.2f, %d classes, %d features); rebuild kg to embed it\n", out, cut, len(m.Classes), len(m.Weights))
	}
	return nil
}

// goldOf returns the gold facts of one source ("" for all).
func goldOf(gold map[string]bool, exs []pairExample, src string) map[string]bool {
	if src == "" {
		return gold
	}
	units := map[string]bool{}
	for _, ex := range exs {
		if ex.source == src {
			units[ex.unit] = true
		}
	}
	out := map[string]bool{}
	for id := range gold {
		if units[strings.SplitN(id, "\x00", 2)[0]] {
			out[id] = true
		}
	}
	return out
}

// srcOnly returns the examples of one source ("" for all).
func srcOnly(exs []pairExample, src string) []pairExample {
	if src == "" {
		return exs
	}
	var out []pairExample
	for _, ex := range exs {
		if ex.source == src {
			out = append(out, ex)
		}
	}
	return out
}
