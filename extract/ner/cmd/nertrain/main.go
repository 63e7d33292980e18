// Command nertrain trains the Arabic NER model and cross-validates it.
//
//	go run ./extract/ner/cmd/nertrain -data ../shared/data/anercorp/train.txt -out extract/ner/model/ar.model.gz
//	go run ./extract/ner/cmd/nertrain -data ../shared/data/anercorp/train.txt -cv 5 -pred /tmp/cv.txt
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/extract/ner"
)

func main() {
	data := flag.String("data", "", "training file: 'token TAG' lines, blank line between sentences")
	out := flag.String("out", "", "write the trained model (gzip) here")
	cv := flag.Int("cv", 0, "cross-validate with this many folds instead of training")
	blocks := flag.Bool("blocks", false, "with -cv: contiguous blocks of sentences as folds (closer to unseen articles)")
	pred := flag.String("pred", "", "with -cv: write out-of-fold predictions here, for ner_score.py")
	epochs := flag.Int("epochs", 8, "training epochs")
	seed := flag.Int64("seed", 1, "shuffling seed")
	temp := flag.Float64("temp", 16, "score temperature (-cv prints the best)")
	oBias := flag.Float64("obias", 6, "subtract this from the O score when tagging (recall over precision)")
	gazFolds := flag.Int("gazfolds", 5, "folds for the training-data gazetteer features (1: none)")
	useCat := flag.Bool("catalog", false, "add the entity catalogue's Arabic names to the gazetteer")
	flag.Parse()
	var names *ner.Lexicon
	if *useCat {
		names = ner.CatalogNames(catalog.Default())
		fmt.Fprintf(os.Stderr, "catalogue: %d names\n", names.Len())
	}
	if err := run(*data, *out, *cv, *blocks, *pred, ner.TrainOptions{Epochs: *epochs, Seed: *seed, Temperature: *temp, OBias: *oBias, GazetteerFolds: *gazFolds, Names: names, Log: os.Stderr}); err != nil {
		fmt.Fprintln(os.Stderr, "nertrain:", err)
		os.Exit(1)
	}
}

func run(data, out string, cv int, blocks bool, pred string, opt ner.TrainOptions) error {
	if data == "" {
		return fmt.Errorf("-data is required")
	}
	f, err := os.Open(data)
	if err != nil {
		return err
	}
	sents, err := ner.ReadCoNLL(f, data)
	f.Close()
	if err != nil {
		return err
	}
	if cv > 0 {
		return ner.RunCV(os.Stdout, sents, cv, blocks, pred, opt)
	}
	if out == "" {
		return fmt.Errorf("-out or -cv is required")
	}
	t0 := time.Now()
	m, err := ner.Train(sents, opt)
	if err != nil {
		return err
	}
	w, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := m.Save(w); err != nil {
		w.Close()
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	fmt.Printf("trained on %d sentences in %v: %d features, %d names → %s\n", len(sents), time.Since(t0).Round(time.Millisecond), m.Features(), m.Names().Len(), out)
	return nil
}
