package extract

// KeepConfident removes the facts whose Confidence is below min, then the
// entities that only those facts used (an entity no fact used before stays).
// It returns the number of facts removed. min ≤ 0 keeps everything.
func (r *Result) KeepConfident(min float64) int {
	if min <= 0 || r == nil {
		return 0
	}
	usedBy := func(facts []Fact) map[string]bool {
		u := map[string]bool{}
		for _, f := range facts {
			u[f.Subject], u[f.Object], u[f.Place] = true, true, true
		}
		return u
	}
	before := usedBy(r.Facts)
	kept := r.Facts[:0:0]
	for _, f := range r.Facts {
		if f.Confidence >= min {
			kept = append(kept, f)
		}
	}
	removed := len(r.Facts) - len(kept)
	if removed == 0 {
		return 0
	}
	r.Facts = kept
	after := usedBy(kept)
	ents := r.Entities[:0:0]
	for _, e := range r.Entities {
		if after[e.Key] || !before[e.Key] {
			ents = append(ents, e)
		}
	}
	r.Entities = ents
	return removed
}
