package ar

import "github.com/newskg/kg/extract"

// bodyEvidence is where the body states again a fact the headline gave:
// its sentence and offsets.
type bodyEvidence struct {
	text       string
	start, end int
}

// noteBodyEvidence remembers the body's sentence for the fact at index i
// when that fact cites the headline (empty offsets) and f, the same fact
// found again, cites a sentence of the body.
func (d *docState) noteBodyEvidence(i int, f extract.Fact) {
	kept := d.facts[i]
	if kept.Start != kept.End || f.Start == f.End {
		return
	}
	if _, ok := d.bodyCites[i]; ok {
		return // the first body sentence that states it
	}
	if d.bodyCites == nil {
		d.bodyCites = map[int]bodyEvidence{}
	}
	d.bodyCites[i] = bodyEvidence{f.Evidence, f.Start, f.End}
}

// citeBody makes a headline fact that the body states again cite the
// body's sentence: the fuller evidence, with offsets into the text. It
// runs after the fact scorer, so the confidence is the one the scorer gave
// the fact as found (the scorer reads the headline position as a feature).
func (d *docState) citeBody(r *extract.Result) {
	for i, b := range d.bodyCites {
		if i < len(r.Facts) && r.Facts[i].Start == r.Facts[i].End {
			r.Facts[i].Evidence, r.Facts[i].Start, r.Facts[i].End = b.text, b.start, b.end
		}
	}
}
