package scorer

import (
	"github.com/newskg/kg/extract"
)

// SyntheticFeature marks the corrupted candidates of Corruptions. Real
// candidates never carry it, so its weight absorbs the corrupted
// candidates' lower rate and leaves the bias to the real ones.
const SyntheticFeature = "synthetic"

// Corruptions makes training examples from the mistakes the rules make
// most on unseen text, the wrong argument and the wrong direction: for
// each candidate fact, the same fact with its subject, then its object,
// replaced by another entity written in the same sentence, and with
// subject and object swapped (asymmetric predicates). Each is labelled
// against the gold like a candidate (most are wrong; a few are gold facts
// the rules missed) and carries SyntheticFeature. The rules were written
// from the tune sentences, so their own mistakes there are few; the
// corrupted candidates teach the argument features (mention, what precedes
// it, distance to the trigger, salience, types) what a wrong argument
// looks like in any sentence.
func Corruptions(fz *Featurizer, g *Gold, results []*extract.Result) []Example {
	var out []Example
	for _, r := range results {
		ents := make(map[string]extract.Entity, len(r.Entities))
		for _, e := range r.Entities {
			ents[e.Key] = e
		}
		d := fz.doc(r, nil)
		seen := map[string]bool{}
		for _, f := range r.Facts {
			seen[edgeKey(f)] = true
		}
		var s sink
		emit := func(f extract.Fact) {
			k := edgeKey(f)
			if f.Subject == f.Object || seen[k] {
				return
			}
			seen[k] = true
			s.out = nil
			fz.fact(d, f, &s)
			ex := Example{Doc: r.Doc.ID, Edge: k, Synthetic: true,
				Features: dedupe(append(s.out, SyntheticFeature))}
			ex.Gold = g.Matches(r.Doc.ID, f, ents)
			ex.Label = len(ex.Gold) > 0
			out = append(out, ex)
		}
		for _, f := range r.Facts {
			if f.Object == "" {
				continue
			}
			si := d.sents[sentKey(f)]
			for _, key := range sentenceEntities(fz, d, si, r.Entities) {
				g := f
				g.Subject = key
				emit(g)
				g = f
				g.Object = key
				emit(g)
			}
			if !f.Predicate.Symmetric() {
				g := f
				g.Subject, g.Object = f.Object, f.Subject
				emit(g)
			}
		}
	}
	return out
}

// sentenceEntities returns the keys of the result's entities written in
// the sentence, in the result's order.
func sentenceEntities(fz *Featurizer, d *docInfo, si *sentInfo, ents []extract.Entity) []string {
	var out []string
	for _, e := range ents {
		if fz.find(si, d, e.Key) >= 0 {
			out = append(out, e.Key)
		}
	}
	return out
}
