package scorer

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/newskg/kg/extract/text"
	"github.com/newskg/kg/internal/tsv"
)

//go:embed data/cues.tsv
var cuesTSV string

// loadCues reads data/cues.tsv into a map from normalised word to cue class.
func loadCues(data string) (map[string]string, error) {
	cues := map[string]string{}
	for _, r := range tsv.Parse("data/cues.tsv", data) {
		f := r.Fields
		if len(f) < 2 || strings.TrimSpace(f[0]) == "" {
			return nil, fmt.Errorf("scorer: %w", r.Errorf("want a class and words"))
		}
		for _, w := range f[1:] {
			if w = text.Normalize(strings.TrimSpace(w)); w != "" {
				cues[w] = strings.TrimSpace(f[0])
			}
		}
	}
	return cues, nil
}
