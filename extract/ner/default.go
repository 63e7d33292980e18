package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"
)

// The model trained on ANERcorp (CC BY-SA 4.0; see model/LICENSE-ANERcorp.md).
// Rebuild with:
//
//	go run ./extract/ner/cmd/nertrain -data ../shared/data/anercorp/train.txt -out extract/ner/model/ar.model.gz
//
//go:embed model/ar.model.gz
var defaultModel []byte

var (
	defaultOnce sync.Once
	defaultM    *Model
	defaultErr  error
)

// Default returns the embedded Arabic model, loaded once.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultM, defaultErr = Load(bytes.NewReader(defaultModel))
		if defaultErr != nil {
			defaultErr = fmt.Errorf("embedded model model/ar.model.gz: %w", defaultErr)
		}
	})
	return defaultM, defaultErr
}
