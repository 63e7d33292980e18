package ner

import (
	_ "embed"
	"fmt"
	"io"
	"math/rand"
	"sort"
)

//go:embed data/triggers.tsv
var triggersTSV []byte

// TrainOptions control Train. The zero value trains with the defaults.
type TrainOptions struct {
	// Epochs over the training data (default 8).
	Epochs int
	// Seed of the shuffling; training is deterministic for a given seed
	// and data (default 1).
	Seed int64
	// Names are extra gazetteer entries (for example the entity catalogue)
	// saved with the model together with the names learned from the
	// training data. Retrain when they change.
	Names *Lexicon
	// GazetteerFolds: the training-data names used as features for a
	// sentence come from the other folds, so that the model learns how far
	// to trust a gazetteer hit as it will see one on new text (default 5;
	// 1 disables the training-data gazetteer).
	GazetteerFolds int
	// Temperature divides scores before the soft-max that yields span
	// probabilities (default 1; CrossValidate suggests one).
	Temperature float64
	// OBias is subtracted from the score of O at tagging time, trading
	// precision for recall (0: none; CrossValidate prints the effect of
	// further biases).
	OBias float64
	// CRF trains a linear-chain CRF (stochastic gradient, L2 penalty L2,
	// learning rate Rate) instead of the averaged perceptron.
	CRF      bool
	L2, Rate float64
	// LBFGS trains a linear-chain CRF by L-BFGS on the whole data (L2
	// penalty L2, at most Iters iterations, default 150) instead of the
	// averaged perceptron; the models that give the document-context
	// features their first-pass tags are still perceptrons.
	LBFGS bool
	Iters int
	// WordClasses learns distributional word classes (wordclass.go) from
	// the training sentences' words and the names of Names, without their
	// tags, and uses them as features; the model keeps them.
	WordClasses bool
	wc          *wordClasses
	// ClassText is unlabelled running text (sentences of words) that the
	// word classes are learned from besides the training sentences and the
	// names of Names (with WordClasses). Cross-validation passes it to
	// every fold unchanged, so it must not hold the tagged data's text.
	ClassText [][]string
	// ClassKMeans, when above 0, adds a fourth word class: the word's
	// cluster among this many, by spherical k-means over PPMI vectors of
	// the words two before and after it (wordvec.go), learned from the
	// same text as the other classes.
	ClassKMeans int
	// Trigrams adds the character trigrams of each word's clitic-free
	// form as features (the model keeps the choice).
	Trigrams bool
	// PrepGazetteer adds, as features, the types under which the
	// gazetteers know a word read without a bare ب ل ك proclitic
	// (لبريطانيا → بريطانيا); the model keeps the choice.
	PrepGazetteer bool
	// DocContext adds context aggregation to the document context: the
	// trigger classes of the words around a word's other occurrences in
	// the document (the model keeps the choice).
	DocContext bool
	// DocNear adds to context aggregation the commonest words before and
	// after a word's other occurrences (implies DocContext).
	DocNear bool
	// Consistency makes the model apply label consistency after its
	// second pass (consistency.go; the model keeps the choice).
	Consistency bool
	// WordDrop is the chance that a token, in an epoch of the perceptron,
	// is read without the features that name the word itself (as if it
	// were unseen), so that the model learns the context and the shape of
	// names as well as the names (0: never).
	WordDrop float64
	// DocDrop is the share of training sentences of the second pass that
	// see no document context, as in the first pass (0: the default 0.5;
	// negative: none).
	DocDrop float64
	// GazDrop is the chance that a training sentence is read without the
	// outside gazetteer (Names), so that the model learns the context of
	// names the catalogue lacks (0: never).
	GazDrop float64
	// Ensemble is the number of perceptrons, trained with different
	// seeds (shuffles and word-dropout draws), whose weights are averaged
	// into the final model (default 1); the first-pass models that give
	// the document context its training tags are single perceptrons.
	Ensemble int
	// CVFold, when set, makes the cross-validation functions train and tag
	// that fold alone (1-based), for quick experiments.
	CVFold int
	// Log, when set, receives one line of progress per epoch.
	Log io.Writer
}

func (o *TrainOptions) defaults() {
	if o.Epochs <= 0 {
		o.Epochs = 8
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.GazetteerFolds <= 0 {
		o.GazetteerFolds = 5
	}
	if o.Temperature <= 0 {
		o.Temperature = 1
	}
	if o.L2 <= 0 {
		o.L2 = 1
	}
	if o.Rate <= 0 {
		o.Rate = 0.1
	}
	if o.Iters <= 0 {
		o.Iters = 150
	}
}

// Train learns a model from tagged sentences.
func Train(sents []Sentence, opt TrainOptions) (*Model, error) {
	opt.defaults()
	if opt.WordClasses && opt.wc == nil {
		text := namesText(opt.Names)
		text = append(text, opt.ClassText...)
		for _, s := range sents {
			text = append(text, s.Words)
		}
		opt.wc = learnWordClasses(text, opt.ClassKMeans)
	}
	if len(sents) < 2*docFolds {
		return train(sents, opt, nil)
	}
	// Document context: first-pass tags of every sentence from a model
	// that did not see its block, as the second pass will meet them.
	tags := make([][]int, len(sents))
	keys := make([][]string, len(sents))
	for k := 0; k < docFolds; k++ {
		a, b := k*len(sents)/docFolds, (k+1)*len(sents)/docFolds
		rest := append(append([]Sentence(nil), sents[:a]...), sents[b:]...)
		o := opt
		o.Log = nil
		o.LBFGS = false
		o.Ensemble = 1
		m, err := train(rest, o, nil)
		if err != nil {
			return nil, fmt.Errorf("document-context fold %d: %w", k+1, err)
		}
		for i := a; i < b; i++ {
			tags[i], _ = m.tagIdx(sents[i].Words)
		}
	}
	for i, s := range sents {
		keys[i] = docKeys(s.Words)
	}
	hits := docWindowHits(keys, tags, DocWindow)
	if opt.DocContext || opt.DocNear {
		trig, err := parseTriggers(triggersTSV, "data/triggers.tsv")
		if err != nil {
			return nil, fmt.Errorf("ner: train: %w", err)
		}
		z := featurizer{triggers: trig, docNear: opt.DocNear}
		words := make([][]string, len(sents))
		for i, s := range sents {
			words[i] = s.Words
		}
		z.addDocContext(words, keys, hits, DocWindow)
	}
	rng := rand.New(rand.NewSource(opt.Seed + 11))
	drop := opt.DocDrop
	if drop == 0 {
		drop = docDrop
	}
	for i := range hits {
		if rng.Float64() < drop {
			hits[i] = nil
		}
	}
	m, err := train(sents, opt, hits)
	if err != nil {
		return nil, err
	}
	m.doc = true
	m.consist = opt.Consistency
	return m, nil
}

// docFolds is the number of blocks whose first-pass tags train the
// document-context features; docDrop the default share of training
// sentences that see no document context (as in the first pass).
const docFolds = 5

const docDrop = 0.5

// train learns a model from tagged sentences, with the document hits of
// each sentence when doc is set.
func train(sents []Sentence, opt TrainOptions, doc [][]docHit) (*Model, error) {
	if len(sents) == 0 {
		return nil, fmt.Errorf("ner: train: no sentences")
	}
	trig, err := parseTriggers(triggersTSV, "data/triggers.tsv")
	if err != nil {
		return nil, fmt.Errorf("ner: train: %w", err)
	}
	gold := make([][]int, len(sents))
	for i, s := range sents {
		if len(s.Words) != len(s.Tags) {
			return nil, fmt.Errorf("ner: train: sentence %d has %d words and %d tags", i+1, len(s.Words), len(s.Tags))
		}
		g := make([]int, len(s.Tags))
		for j, t := range s.Tags {
			k, ok := tagIndex(t)
			if !ok {
				return nil, fmt.Errorf("ner: train: sentence %d word %d: unknown tag %q", i+1, j+1, t)
			}
			g[j] = k
		}
		repairBIO(g)
		gold[i] = g
	}

	// Gazetteers: the model keeps all training names plus opt.Names; while
	// training, sentence i sees only the names of the other folds.
	full := LexiconFromSentences(sents)
	K := opt.GazetteerFolds
	folds := make([]*Lexicon, K)
	for k := range folds {
		if K == 1 {
			folds[k] = NewLexicon()
			continue
		}
		var rest []Sentence
		for i, s := range sents {
			if gazFold(i, len(sents), K) != k {
				rest = append(rest, s)
			}
		}
		folds[k] = LexiconFromSentences(rest)
	}

	z := featurizer{triggers: trig, classes: opt.wc, trigrams: opt.Trigrams, prepGaz: opt.PrepGazetteer, docCtx: (opt.DocContext || opt.DocNear) && doc != nil, docNear: opt.DocNear && doc != nil}
	ids := map[uint64]int32{}
	var hashes []uint64
	feats := make([][][]int32, len(sents))
	nid := make([][]uint8, len(sents))
	var sf sentFeats
	gazRng := rand.New(rand.NewSource(opt.Seed + 23))
	for i, s := range sents {
		ext := opt.Names
		if opt.GazDrop > 0 && gazRng.Float64() < opt.GazDrop {
			ext = nil // as a sentence whose names the catalogue lacks
		}
		sf.doc = nil
		if doc != nil {
			sf.doc = doc[i]
		}
		z.featurize(s.Words, folds[gazFold(i, len(sents), K)], ext, &sf)
		tok := make([][]int32, len(s.Words))
		nid[i] = make([]uint8, len(s.Words))
		for j := range s.Words {
			nid[i][j] = uint8(sf.nid[j])
			hs := sf.token(j)
			row := make([]int32, len(hs))
			for k, h := range hs {
				id, ok := ids[h]
				if !ok {
					id = int32(len(hashes))
					ids[h] = id
					hashes = append(hashes, h)
				}
				row[k] = id
			}
			tok[j] = row
		}
		feats[i] = tok
	}
	ids = nil

	var ws []float32
	var tr [nTags + 1][nTags]float32
	switch {
	case opt.LBFGS:
		ws, tr = trainCRFLBFGS(feats, nid, gold, len(hashes), opt)
	case opt.CRF:
		ws, tr = trainCRF(feats, gold, len(hashes), opt)
	default:
		ws, tr = trainPerceptrons(feats, nid, gold, len(hashes), opt)
	}
	// Keep only features with a non-zero row.
	type kept struct {
		h   uint64
		row [nTags]float32
	}
	var keep []kept
	for f, h := range hashes {
		r := ws[f*nTags : f*nTags+nTags]
		for _, v := range r {
			if v > 1e-3 || v < -1e-3 {
				k := kept{h: h}
				copy(k.row[:], r)
				keep = append(keep, k)
				break
			}
		}
	}
	sort.Slice(keep, func(i, j int) bool { return keep[i].h < keep[j].h })
	m := &Model{z: z, lex: full, ext: opt.Names, temp: opt.Temperature, oBias: float32(opt.OBias), trans: tr}
	hs := make([]uint64, len(keep))
	rows := make([]float32, len(keep)*nTags)
	for i, k := range keep {
		hs[i] = k.h
		copy(rows[i*nTags:], k.row[:])
	}
	q, step := quantize(rows)
	m.build(hs, q, step)
	return m, nil
}

// Features is the number of weighted features in the model.
func (m *Model) Features() int { return len(m.q) / nTags }

// Names is the gazetteer saved with the model.
func (m *Model) Names() *Lexicon { return m.lex }

// gazFold is the gazetteer fold of sentence i of n: contiguous blocks, so
// that the names of an article rarely straddle two folds and a sentence
// sees as few of its own names as it would on unseen text.
func gazFold(i, n, k int) int {
	return i * k / n
}
