package scorer

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// ModelPath is where the embedded Arabic model lives in the repository,
// from its root: `kg scorer train` rewrites it.
const ModelPath = "extract/scorer/data/ar.model.tsv"

//go:embed data/ar.model.tsv
var defaultModel string

var (
	defaultOnce sync.Once
	defaultM    *Model
	defaultErr  error
)

// Default returns the embedded model of Arabic facts, parsed once.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultM, defaultErr = Parse(strings.NewReader(defaultModel))
		if defaultErr != nil {
			defaultErr = fmt.Errorf("embedded model %s: %w", ModelPath, defaultErr)
		}
	})
	return defaultM, defaultErr
}

// DefaultThreshold is the embedded model's threshold: the least confidence
// of the facts kept by default (0 when the model does not load).
func DefaultThreshold() float64 {
	m, err := Default()
	if err != nil {
		return 0
	}
	return m.Threshold
}
