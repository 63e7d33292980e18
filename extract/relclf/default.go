package relclf

import (
	"bytes"
	_ "embed"
	"sync"
)

// ModelPath is where `kg relclf train` writes the embedded model, from the
// repository root.
const ModelPath = "extract/relclf/data/model.tsv"

//go:embed data/model.tsv
var modelData []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model, parsed once.
func Default() (*Model, error) {
	defaultOnce.Do(func() { defaultModel, defaultErr = Parse(bytes.NewReader(modelData)) })
	return defaultModel, defaultErr
}
