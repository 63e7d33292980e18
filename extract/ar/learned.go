package ar

import (
	"math"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/relclf"
)

// LearnedRule is the rule name of the facts the learned relation proposer
// (extract/relclf) adds.
const LearnedRule = "learned"

// WithProposer sets the learned relation proposer's model (nil: none). The
// proposer is off unless an option turns it on: at the cut-off where its
// cross-validated precision reaches 0.90 it adds a handful of facts and costs
// more than a tenth of the extraction time (see extract/relclf/doc.go).
func WithProposer(m *relclf.Model) Option {
	return func(x *Extractor) { x.proposer, x.proposerSet = m, true }
}

// WithoutProposer turns the learned relation proposer off (the default).
func WithoutProposer() Option { return WithProposer(nil) }

// WithEmbeddedProposer turns the learned relation proposer on with the
// model kg embeds (extract/relclf/data).
func WithEmbeddedProposer() Option {
	return func(x *Extractor) { x.proposer, x.proposerSet = nil, false; x.proposerEmbedded = true }
}

// loadProposer loads the embedded model when an option asked for it; a
// model that knows no relation proposes nothing.
func (x *Extractor) loadProposer() error {
	if x.proposerEmbedded && !x.proposerSet {
		m, err := relclf.Default()
		if err != nil {
			return err
		}
		x.proposer = m
	}
	if x.proposer != nil && len(x.proposer.Classes) < 2 {
		x.proposer = nil
	}
	return nil
}

// proposeGap and proposeMentionsBetween bound the pairs the proposer
// scores: at most proposeGap tokens and proposeMentionsBetween mentions
// between the two.
const (
	proposeGap             = 12
	proposeMentionsBetween = 1
)

// propose scores the pairs of the sentence's mentions ms (described as rs)
// and keeps those the model relates as learned candidates.
func (d *docState) propose(st *sentState, rs *relclf.Sentence, ms []*mention) {
	m := d.x.proposer
	for _, p := range rs.Pairs() {
		if p.B-p.A > proposeMentionsBetween+1 || rs.Mentions[p.B].Start-rs.Mentions[p.A].End > proposeGap {
			continue // far pairs: the model hardly ever relates them, and they cost the most
		}
		d.probBuf = m.PairProbs(rs, p, d.probBuf)
		class, prob := m.Top(d.probBuf)
		if prob < m.Threshold {
			continue
		}
		pred, swap, ok := relclf.Relation(class)
		if !ok {
			continue
		}
		s, o := ms[p.A].key, ms[p.B].key
		if swap {
			s, o = o, s
		}
		if s == o || (pred != extract.LocatedIn && !isActorType(d.typeOf(s))) {
			continue
		}
		at := rs.Mentions[p.A].End // the date of the clause between the two
		if at >= rs.Mentions[p.B].Start {
			at = rs.Mentions[p.A].Start
		}
		d.learned = append(d.learned, extract.Fact{
			Subject: s, Predicate: extract.Predicate(pred), Object: o, Date: d.factDate(st, at, pred),
			Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: LearnedRule,
			Confidence: math.Round(prob*1000) / 1000,
		})
	}
}

// addLearned adds to r the learned candidates whose two entities no rule
// relates, one per (subject, predicate, object): the most probable.
// It runs after the fact scorer, which knows only the rules' candidates.
func (d *docState) addLearned(r *extract.Result) {
	if len(d.learned) == 0 {
		return
	}
	related := map[[2]string]bool{}
	for _, f := range r.Facts {
		if f.Object != "" {
			related[[2]string{f.Subject, f.Object}] = true
			related[[2]string{f.Object, f.Subject}] = true
		}
	}
	best := map[string]int{}
	for _, f := range d.learned {
		if related[[2]string{f.Subject, f.Object}] {
			continue
		}
		s, o := f.Subject, f.Object
		if extract.IsSymmetric(f.Predicate) && o < s {
			s, o = o, s
		}
		id := s + "\x00" + string(f.Predicate) + "\x00" + o
		if i, ok := best[id]; ok {
			if f.Confidence > r.Facts[i].Confidence {
				r.Facts[i] = f
			}
			continue
		}
		best[id] = len(r.Facts)
		r.Facts = append(r.Facts, f)
	}
}
