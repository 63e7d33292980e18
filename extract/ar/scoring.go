package ar

import (
	"fmt"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/scorer"
	"github.com/newskg/kg/extract/text"
)

// FactScorer gives every fact of a result its confidence (the learned fact
// scorer of extract/scorer is one). It is called once per document, when
// all candidate facts are in, with each fact's Confidence still its rule's
// prior (data/precision.tsv).
type FactScorer interface {
	Score(r *extract.Result)
}

// LearnedScorer returns the embedded model of extract/scorer, loaded on
// first use and shared by every extractor.
func LearnedScorer() FactScorer { return learnedScorer{} }

type learnedScorer struct{}

// Load loads the embedded model (once per process).
func (learnedScorer) Load() error {
	_, err := scorer.Default()
	return err
}

func (learnedScorer) Score(r *extract.Result) {
	if m, err := scorer.Default(); err == nil {
		m.Score(r)
	}
}

// ScoreTokens is Score with the tokens of the document's text at hand.
func (learnedScorer) ScoreTokens(r *extract.Result, body []text.Token) {
	if m, err := scorer.Default(); err == nil {
		m.ScoreTokens(r, body)
	}
}

// tokenScorer is a FactScorer that can reuse the extractor's tokens of the
// document's text (text.Tokenize(r.Doc.Text, 0)) rather than tokenise it
// again.
type tokenScorer interface {
	ScoreTokens(r *extract.Result, body []text.Token)
}

// WithScorer sets the fact scorer (nil: each fact keeps its rule's prior
// as its confidence).
func WithScorer(s FactScorer) Option { return func(x *Extractor) { x.Scorer = s } }

// WithoutScorer leaves each fact its rule's prior as its confidence (to
// collect training candidates for the scorer, or to compare).
func WithoutScorer() Option { return WithScorer(nil) }

// loadScorer loads the scorer's data, if it has any.
func (x *Extractor) loadScorer() error {
	if l, ok := x.Scorer.(loader); ok {
		if err := l.Load(); err != nil {
			return fmt.Errorf("ar: fact scorer: %w", err)
		}
	}
	return nil
}

// score hands the result to the fact scorer. The extractor proposes every
// candidate: leaving out low-confidence facts is the caller's choice
// (extract.Result.KeepConfident, kg ingest --min-confidence).
func (x *Extractor) score(r *extract.Result, body []text.Token) {
	if ts, ok := x.Scorer.(tokenScorer); ok {
		ts.ScoreTokens(r, body)
	} else if x.Scorer != nil {
		x.Scorer.Score(r)
	}
}
