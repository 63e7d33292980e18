package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"github.com/newskg/kg/extract/catalog"
)

// The model trained on ANERcorp (CC BY-SA 4.0; see model/LICENSE-ANERcorp.md).
// Rebuild with (the defaults include --docctx and --consistency: the
// model reads a document in two passes, SpansDoc / SpansDocWords):
//
//	go run ./cmd/kg ner train --data ../shared/data/anercorp/train.txt --out extract/ner/model/ar.model.gz
//
//go:embed model/ar.model.gz
var defaultModel []byte

var (
	defaultOnce sync.Once
	defaultM    *Model
	defaultErr  error
)

// Default returns the embedded Arabic model, loaded once, reading the
// entity catalogue (catalog.Default) as its outside gazetteer.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		m, err := load(bytes.NewReader(defaultModel))
		if err != nil {
			defaultErr = fmt.Errorf("embedded model model/ar.model.gz: %w", err)
			return
		}
		defaultM = m.WithNames(OutsideNames(catalog.Default()))
		defaultM.fastTabs()
	})
	return defaultM, defaultErr
}
