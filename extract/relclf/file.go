package relclf

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
)

// The model file is text: comment lines (#), then "threshold", "classes"
// (tab-separated class names), "bias" (one value per class) and one "w"
// line per feature: the feature, then class:weight for each class whose
// weight rounds to no less than Prune in absolute value. Features are
// sorted and numbers have four significant digits, so that the same
// training gives the same bytes.

// Prune is the least absolute weight written to the model file.
const Prune = 0.005

// WriteTo writes the model file.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	b.WriteString("# kg relation proposer: multinomial logistic regression over mention pairs (package extract/relclf).\n")
	for _, n := range m.Notes {
		b.WriteString("# " + n + "\n")
	}
	fmt.Fprintf(&b, "threshold\t%s\n", num(m.Threshold))
	b.WriteString("classes\t" + strings.Join(m.Classes, "\t") + "\n")
	b.WriteString("bias")
	for _, v := range m.Bias {
		b.WriteString("\t" + num(v))
	}
	b.WriteString("\n")
	keys := make([]string, 0, len(m.Weights))
	for k := range m.Weights {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		var parts []string
		for c, v := range m.Weights[k] {
			if math.Abs(v) >= Prune {
				parts = append(parts, strconv.Itoa(c)+":"+num(v))
			}
		}
		if len(parts) > 0 {
			b.WriteString("w\t" + k + "\t" + strings.Join(parts, " ") + "\n")
		}
	}
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

func num(v float64) string {
	s := strconv.FormatFloat(v, 'g', 4, 64)
	if s == "-0" {
		return "0"
	}
	return s
}

// Parse reads a model file written by WriteTo.
func Parse(r io.Reader) (*Model, error) {
	m := &Model{Weights: map[string][]float64{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if c, ok := strings.CutPrefix(line, "# "); ok {
			if n > 1 {
				m.Notes = append(m.Notes, c)
			}
			continue
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := m.parseLine(strings.Split(line, "\t")); err != nil {
			return nil, fmt.Errorf("relclf: model line %d: %w", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("relclf: read model: %w", err)
	}
	if len(m.Classes) == 0 || m.Classes[0] != None || len(m.Bias) != len(m.Classes) {
		return nil, fmt.Errorf("relclf: model without classes or biases")
	}
	return m, nil
}

func (m *Model) parseLine(f []string) error {
	switch {
	case f[0] == "threshold" && len(f) == 2:
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil || v < 0 || v > 1 {
			return fmt.Errorf("bad threshold %q", f[1])
		}
		m.Threshold = v
	case f[0] == "classes" && len(f) > 1:
		m.Classes = f[1:]
	case f[0] == "bias" && len(f) == len(m.Classes)+1:
		for _, s := range f[1:] {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				return fmt.Errorf("bad bias %q", s)
			}
			m.Bias = append(m.Bias, v)
		}
	case f[0] == "w" && len(f) == 3 && len(m.Classes) > 0:
		w := make([]float64, len(m.Classes))
		for _, p := range strings.Fields(f[2]) {
			cs, vs, _ := strings.Cut(p, ":")
			c, err := strconv.Atoi(cs)
			v, err2 := strconv.ParseFloat(vs, 64)
			if err != nil || err2 != nil || c < 0 || c >= len(w) || math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("bad weight %q", p)
			}
			w[c] = v
		}
		m.Weights[f[1]] = w
	default:
		return fmt.Errorf("unexpected %q", strings.Join(f, "\t"))
	}
	return nil
}
