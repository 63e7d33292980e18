package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/extract/ner"
	"github.com/newskg/kg/source"
)

// nerCommand tags Arabic tokens or text with the learned NER model, and
// trains or cross-validates a model.
func nerCommand() *cli.Command {
	modelFlag := &cli.StringFlag{Name: "model", Usage: "a model file written by kg ner train (default: the embedded ANERcorp model)"}
	return &cli.Command{
		Name:      "ner",
		Usage:     "tag Arabic named entities (PERS, LOC, ORG, MISC) with the learned model",
		ArgsUsage: "[FILE|-]",
		Description: `Tags Arabic text with the learned name tagger. Two kinds of input, told
apart by their look (or forced with --tokens or --text):

  tokens, one per line, a blank line between sentences ('token TAG' lines are
  read as tokens): prints 'token TAG' lines (IOB2), CoNLL style;
  running text: prints start<TAB>end<TAB>TYPE<TAB>score<TAB>surface per
  entity, with byte offsets into the input.

The model knows Arabic only: input in Latin script gets a warning and no
tags.

Examples:
   echo "وصل الرئيس الفرنسي جاك شيراك إلى القاهرة أمس." | kg ner
   kg ner --text article.ar.txt
   kg ner tokens.txt > tagged.txt                  (one token per line)
   kg ner --model my.model.gz tokens.txt
   kg ner train --data ANERCorp-train.txt --out my.model.gz
   kg ner cv --data ANERCorp-train.txt --folds 5 --pred folds.txt`,
		Flags: []cli.Flag{
			modelFlag,
			&cli.BoolFlag{Name: "text", Usage: "the input is running text: print the entities with byte offsets"},
			&cli.BoolFlag{Name: "tokens", Usage: "the input is one token per line: print 'token TAG' lines"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 1 {
				return fmt.Errorf("ner: at most one input file, got %d", c.NArg())
			}
			if c.Bool("text") && c.Bool("tokens") {
				return fmt.Errorf("ner: --text and --tokens exclude each other")
			}
			name := c.Args().First()
			in, closeIn, err := nerInput(name, c.App.Reader)
			if err != nil {
				return err
			}
			defer closeIn()
			if name == "" || name == "-" {
				name = "stdin"
			}
			b, err := io.ReadAll(in)
			if err != nil {
				return fmt.Errorf("ner: read %s: %w", name, err)
			}
			asText := c.Bool("text")
			if !asText && !c.Bool("tokens") && looksLikeText(b) {
				asText = true
				errorf(c, "ner: %s is running text, tagged as such (--text); give one token per line, or --tokens, for 'token TAG' lines", name)
			}
			words := string(b)
			if !asText {
				words = firstFields(b) // not the tags
			}
			if lang := source.DetectLang(words); lang != "" && lang != "ar" {
				errorf(c, "ner: %s is in Latin script (%s?), and the tagger knows Arabic only: nothing tagged", name, lang)
				return nil
			}
			m, err := nerModel(c.String("model"))
			if err != nil {
				return err
			}
			if asText {
				return ner.WriteMentions(c.App.Writer, m.TagText(string(b)))
			}
			return m.TagTokens(bytes.NewReader(b), name, c.App.Writer)
		},
		Subcommands: []*cli.Command{nerTrainCommand(), nerCVCommand()},
	}
}

// nerTrainFlags are the flags kg ner train and kg ner cv share.
func nerTrainFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "data", Required: true, Usage: "training file: 'token TAG' lines, blank line between sentences"},
		&cli.IntFlag{Name: "epochs", Value: 8, Usage: "training epochs"},
		&cli.Int64Flag{Name: "seed", Value: 1, Usage: "shuffling seed"},
		&cli.Float64Flag{Name: "obias", Value: 6, Usage: "subtract this from the O score when tagging (recall over precision; kg ner cv prints the effect of more)"},
		&cli.Float64Flag{Name: "temp", Value: 24, Usage: "temperature of span scores (kg ner cv prints the best)"},
		&cli.IntFlag{Name: "gazfolds", Value: 5, Usage: "contiguous folds for the training-data gazetteer features (1: none)"},
		&cli.BoolFlag{Name: "crf", Usage: "train a linear-chain CRF (SGD with an L2 penalty) instead of the averaged perceptron"},
		&cli.BoolFlag{Name: "lbfgs", Usage: "train a linear-chain CRF by L-BFGS over the whole data (L2 penalty --l2, at most --iters iterations) instead of the averaged perceptron"},
		&cli.IntFlag{Name: "iters", Value: 150, Usage: "with --lbfgs: most L-BFGS iterations"},
		&cli.Float64Flag{Name: "l2", Value: 1, Usage: "with --crf or --lbfgs: L2 penalty"},
		&cli.Float64Flag{Name: "rate", Value: 0.1, Usage: "with --crf: initial learning rate"},
		&cli.BoolFlag{Name: "classes", Value: true, Usage: "learn distributional word classes from the training text and the catalogue's names (no tags) and use them as features"},
		&cli.StringSliceFlag{Name: "classtext", Usage: "also learn the word classes from these articles (text, JSONL or directories; unlabelled, e.g. eval/own/docs eval/own2/docs); articles a SPLIT.tsv above them puts in another part than --classpart are skipped"},
		&cli.StringFlag{Name: "classpart", Value: "train", Usage: "with --classtext: read only the articles of this part of a SPLIT.tsv above them (\"\": all)"},
		&cli.IntFlag{Name: "kmeans", Usage: "with --classes: also cluster the words' PPMI context vectors (two words either side) into this many clusters by k-means, one more word-class feature (0: none)"},
		&cli.BoolFlag{Name: "prepgaz", Usage: "gazetteer hits of a word read without a bare ب ل ك proclitic as features"},
		&cli.IntFlag{Name: "ensemble", Value: 1, Usage: "average the weights of this many perceptrons trained with different seeds"},
		&cli.BoolFlag{Name: "consistency", Value: true, Usage: "after the second pass, tag untagged words that spell a name tagged elsewhere in the document, and give a name the type the document gives it most (label consistency)"},
		&cli.BoolFlag{Name: "docnear", Usage: "context aggregation with the commonest words before and after a word's other occurrences (implies --docctx)"},
		&cli.BoolFlag{Name: "docctx", Value: true, Usage: "context aggregation: the second pass reads the trigger words around a word's other occurrences in the document (--docctx=false: the second pass reads the first pass's labels of the word elsewhere only)"},
		&cli.BoolFlag{Name: "trigrams", Usage: "character trigrams of each word's clitic-free form as features (measured, not the default: contiguous CV 0.753)"},
		&cli.Float64Flag{Name: "docdrop", Value: 0.5, Usage: "share of training sentences of the second pass that see no document context (as in the first pass)"},
		&cli.Float64Flag{Name: "gazdrop", Usage: "chance that a training sentence is read without the catalogue's gazetteer (so that the model learns the context of names the catalogue lacks)"},
		&cli.Float64Flag{Name: "worddrop", Value: 0.25, Usage: "chance that the perceptron reads a token without the features naming the word (as if unseen)"},
		&cli.BoolFlag{Name: "catalog", Value: true, Usage: "read the entity catalogue as outside gazetteer while training (the model reads the current catalogue when loaded)"},
	}
}

// nerTrainSetup reads the training data and options of kg ner train and cv.
func nerTrainSetup(c *cli.Context) ([]ner.Sentence, ner.TrainOptions, error) {
	data := c.String("data")
	f, err := os.Open(data)
	if err != nil {
		return nil, ner.TrainOptions{}, fmt.Errorf("ner: %w", err)
	}
	sents, err := ner.ReadCoNLL(f, data)
	f.Close()
	if err != nil {
		return nil, ner.TrainOptions{}, fmt.Errorf("ner: %w", err)
	}
	opt := ner.TrainOptions{Epochs: c.Int("epochs"), Seed: c.Int64("seed"), Temperature: c.Float64("temp"),
		OBias: c.Float64("obias"), GazetteerFolds: c.Int("gazfolds"), Log: c.App.ErrWriter,
		CRF: c.Bool("crf"), LBFGS: c.Bool("lbfgs"), Iters: c.Int("iters"), L2: c.Float64("l2"), Rate: c.Float64("rate"), WordClasses: c.Bool("classes"), ClassKMeans: c.Int("kmeans"), WordDrop: c.Float64("worddrop"), Trigrams: c.Bool("trigrams"), PrepGazetteer: c.Bool("prepgaz"), DocContext: c.Bool("docctx"), DocNear: c.Bool("docnear"), Consistency: c.Bool("consistency"), Ensemble: c.Int("ensemble"), GazDrop: c.Float64("gazdrop"), DocDrop: docDrop(c.Float64("docdrop"))}
	if c.Bool("catalog") {
		opt.Names = ner.OutsideNames(catalog.Default())
	}
	if opt.ClassText, err = readClassText(c.Context, c.StringSlice("classtext"), c.String("classpart")); err != nil {
		return nil, ner.TrainOptions{}, fmt.Errorf("ner: %w", err)
	}
	if len(opt.ClassText) > 0 {
		n := 0
		for _, s := range opt.ClassText {
			n += len(s)
		}
		fmt.Fprintf(c.App.ErrWriter, "class text: %d sentences, %d words\n", len(opt.ClassText), n)
	}
	return sents, opt, nil
}

func nerTrainCommand() *cli.Command {
	return &cli.Command{
		Name:  "train",
		Usage: "train a model on a 'token TAG' file",
		Description: `Trains the name tagger on a 'token TAG' file (one token and its IOB2 tag a
line, a blank line between sentences) and writes the model (gzip); kg ner
--model uses it. The embedded model was trained with the defaults
(context aggregation and label consistency on) on ANERcorp's train split;
it reads the catalogue of its day as a gazetteer while training, so a
model trained after the catalogue has grown differs from it slightly.

Examples:
   kg ner train --data ../shared/data/anercorp/train.txt --out my.model.gz
   kg ner train --data train.txt --out crf.model.gz --crf --l2 1`,
		Flags: append(nerTrainFlags(),
			&cli.StringFlag{Name: "out", Required: true, Usage: "write the model (gzip) here"}),
		Action: func(c *cli.Context) error {
			sents, opt, err := nerTrainSetup(c)
			if err != nil {
				return err
			}
			m, err := untilCancelled(c.Context, func() (*ner.Model, error) { return ner.Train(sents, opt) })
			if err != nil {
				return fmt.Errorf("ner train: %w", err)
			}
			out := c.String("out")
			w, err := os.Create(out)
			if err != nil {
				return fmt.Errorf("ner train: %w", err)
			}
			if err := m.Save(w); err != nil {
				w.Close()
				return fmt.Errorf("ner train: %s: %w", out, err)
			}
			if err := w.Close(); err != nil {
				return fmt.Errorf("ner train: %s: %w", out, err)
			}
			fmt.Fprintf(c.App.ErrWriter, "%d features, %d names → %s\n", m.Features(), m.Names().Len(), out)
			return nil
		},
	}
}

func nerCVCommand() *cli.Command {
	return &cli.Command{
		Name: "cv",
		Usage: "cross-validate on a 'token TAG' file: k contiguous blocks of sentences as folds (the\n" +
			"honest figure for unseen articles), or shuffled sentences with --shuffle",
		Description: `Trains on all folds but one and tags the one left out, for each fold, and
prints precision, recall and F1 per type; --pred writes the out-of-fold tags
for ../shared/eval/ner_score.py.

Examples:
   kg ner cv --data ../shared/data/anercorp/train.txt --folds 5 --pred folds.txt
   kg ner cv --data train.txt --folds 5 --shuffle`,
		Flags: append(nerTrainFlags(),
			&cli.IntFlag{Name: "folds", Value: 5, Usage: "number of folds"},
			&cli.IntFlag{Name: "fold", Usage: "train and tag only this fold (1-based; quick experiments)"},
			&cli.BoolFlag{Name: "shuffle", Usage: "shuffled sentences as folds (the same names then sit in training and test folds)"},
			&cli.StringFlag{Name: "pred", Usage: "write the out-of-fold predictions here (for ner_score.py)"}),
		Action: func(c *cli.Context) error {
			sents, opt, err := nerTrainSetup(c)
			if err != nil {
				return err
			}
			opt.CVFold = c.Int("fold")
			_, err = untilCancelled(c.Context, func() (struct{}, error) {
				return struct{}{}, ner.RunCV(c.App.Writer, sents, c.Int("folds"), !c.Bool("shuffle"), c.String("pred"), opt)
			})
			return err
		},
	}
}

// untilCancelled runs a long computation that does not watch ctx (the
// tagger's training and cross-validation) and returns its result, or ctx's
// error as soon as ctx is cancelled (Ctrl-C, SIGTERM): kg then exits, and
// the computation with it, before it has written anything.
func untilCancelled[T any](ctx context.Context, f func() (T, error)) (T, error) {
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1)
	go func() {
		v, err := f()
		done <- result{v, err}
	}()
	select {
	case r := <-done:
		return r.v, r.err
	case <-ctx.Done():
		var zero T
		return zero, fmt.Errorf("stopped: %w", ctx.Err())
	}
}

// reTag matches an IOB tag: O, B-PERS, I-LOC, …
var reTag = regexp.MustCompile(`^(O|[BIES]-[A-Za-z]+)$`)

// looksLikeText tells running text from a token file: a line of more than
// two words, or of two words the second of which is no tag, is text.
func looksLikeText(b []byte) bool {
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) > 2 || len(f) == 2 && !reTag.MatchString(f[1]) {
			return true
		}
	}
	return false
}

// firstFields returns the first word of every line: the tokens of a
// 'token TAG' file.
func firstFields(b []byte) string {
	var out strings.Builder
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			out.WriteString(f[0] + " ")
		}
	}
	return out.String()
}

// nerModel loads the model at path, or the embedded one when path is empty;
// either reads the entity catalogue as outside gazetteer.
func nerModel(path string) (*ner.Model, error) {
	if path == "" {
		return ner.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	m, err := ner.Load(f)
	if err != nil {
		return nil, fmt.Errorf("ner: %s: %w", path, err)
	}
	return m.WithNames(ner.OutsideNames(catalog.Default())), nil
}

// nerInput opens name, or stdin for "" and "-".
func nerInput(name string, stdin io.Reader) (io.Reader, func(), error) {
	if name == "" || name == "-" {
		if stdin == nil {
			stdin = os.Stdin
		}
		return stdin, func() {}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, fmt.Errorf("ner: %w", err)
	}
	return f, func() { f.Close() }, nil
}

// docDrop turns the --docdrop share into TrainOptions.DocDrop, where 0
// means the default and a negative value none.
func docDrop(v float64) float64 {
	if v <= 0 {
		return -1
	}
	return v
}
