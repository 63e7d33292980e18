package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"github.com/urfave/cli/v2"

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
   kg ner train --data ANERCorp-train.txt --cv 5`,
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
		Subcommands: []*cli.Command{{
			Name:  "train",
			Usage: "train a model (or, with --cv, cross-validate) on a 'token TAG' file",
			Description: `Trains the averaged-perceptron name tagger on a 'token TAG' file (one token
and its IOB2 tag a line, a blank line between sentences), or cross-validates
it. The model file is gzip; kg ner --model uses it.

Examples:
   kg ner train --data ANERCorp-train.txt --out my.model.gz
   kg ner train --data ANERCorp-train.txt --cv 5 --blocks --pred folds.txt
   kg ner train --data ANERCorp-train.txt --out my.model.gz --epochs 12 --obias 4`,
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "data", Required: true, Usage: "training file: 'token TAG' lines, blank line between sentences"},
				&cli.StringFlag{Name: "out", Usage: "write the model (gzip) here"},
				&cli.IntFlag{Name: "cv", Usage: "cross-validate with this many folds instead of training"},
				&cli.BoolFlag{Name: "blocks", Usage: "with --cv: contiguous blocks of sentences as folds (closer to unseen articles)"},
				&cli.StringFlag{Name: "pred", Usage: "with --cv: write out-of-fold predictions here (for ner_score.py)"},
				&cli.IntFlag{Name: "epochs", Value: 8, Usage: "training epochs"},
				&cli.Int64Flag{Name: "seed", Value: 1, Usage: "shuffling seed"},
				&cli.Float64Flag{Name: "obias", Value: 6, Usage: "subtract this from the O score when tagging (recall over precision; --cv prints the effect of more)"},
				&cli.Float64Flag{Name: "temp", Value: 16, Usage: "temperature of span scores (--cv prints the best)"},
			},
			Action: func(c *cli.Context) error {
				data := c.String("data")
				f, err := os.Open(data)
				if err != nil {
					return fmt.Errorf("ner train: %w", err)
				}
				sents, err := ner.ReadCoNLL(f, data)
				f.Close()
				if err != nil {
					return fmt.Errorf("ner train: %w", err)
				}
				opt := ner.TrainOptions{Epochs: c.Int("epochs"), Seed: c.Int64("seed"), Temperature: c.Float64("temp"), OBias: c.Float64("obias"), Log: c.App.ErrWriter}
				if k := c.Int("cv"); k > 0 {
					return ner.RunCV(c.App.Writer, sents, k, c.Bool("blocks"), c.String("pred"), opt)
				}
				out := c.String("out")
				if out == "" {
					return fmt.Errorf("ner train: --out or --cv is required")
				}
				m, err := ner.Train(sents, opt)
				if err != nil {
					return err
				}
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
		}},
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

// nerModel loads the model at path, or the embedded one when path is empty.
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
	return m, nil
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
