package extract

// KeepConfident removes the facts whose Confidence is below min and returns
// how many it removed; min ≤ 0 keeps everything. The entities stay: each is
// named in the document (the graph writes it with vocab:mentionedIn), and a
// low-confidence fact about it does not make the mention less real.
func (r *Result) KeepConfident(min float64) int {
	if min <= 0 || r == nil {
		return 0
	}
	kept := r.Facts[:0:0]
	for _, f := range r.Facts {
		if f.Confidence >= min {
			kept = append(kept, f)
		}
	}
	removed := len(r.Facts) - len(kept)
	r.Facts = kept
	return removed
}
