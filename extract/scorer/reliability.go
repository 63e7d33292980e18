package scorer

// Bin is one bin of a reliability table: the candidates whose probability
// lies in [Lo, Hi), their mean probability and the share of them that is
// right. A calibrated model has Mean close to Rate in every bin.
type Bin struct {
	Lo, Hi     float64
	N, Right   int
	Mean, Rate float64
}

// Reliability bins the candidates by probability into n equal-width bins
// (the last one includes 1) and compares each bin's mean probability with
// its share of right candidates. Empty bins are left out.
func Reliability(exs []Example, probs []float64, n int) []Bin {
	bins := make([]Bin, n)
	for i := range bins {
		bins[i].Lo, bins[i].Hi = float64(i)/float64(n), float64(i+1)/float64(n)
	}
	for i, ex := range exs {
		k := min(n-1, max(0, int(probs[i]*float64(n))))
		b := &bins[k]
		b.N++
		b.Mean += probs[i]
		if ex.Label {
			b.Right++
		}
	}
	out := bins[:0]
	for _, b := range bins {
		if b.N == 0 {
			continue
		}
		b.Mean /= float64(b.N)
		b.Rate = float64(b.Right) / float64(b.N)
		out = append(out, b)
	}
	return out
}
