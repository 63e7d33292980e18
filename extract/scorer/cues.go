package scorer

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/newskg/kg/extract/text"
)

//go:embed data/cues.tsv
var cuesTSV string

// loadCues reads data/cues.tsv into a map from normalised word to cue class.
func loadCues(data string) (map[string]string, error) {
	cues := map[string]string{}
	for n, line := range strings.Split(data, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 || strings.TrimSpace(f[0]) == "" {
			return nil, fmt.Errorf("scorer: data/cues.tsv:%d: want a class and words", n+1)
		}
		for _, w := range f[1:] {
			if w = text.Normalize(strings.TrimSpace(w)); w != "" {
				cues[w] = strings.TrimSpace(f[0])
			}
		}
	}
	return cues, nil
}
