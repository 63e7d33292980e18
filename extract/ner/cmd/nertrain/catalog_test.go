package main

import (
	"strings"
	"testing"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/extract/text"
)

func TestEveryEntityTypeMaps(t *testing.T) {
	for _, typ := range extract.EntityTypes {
		if _, ok := nerType[typ]; !ok {
			t.Errorf("entity type %s has no NER type", typ)
		}
	}
}

func TestCatalogNames(t *testing.T) {
	l := catalogNames()
	if l.Len() == 0 {
		t.Fatal("no names from the catalogue")
	}
	for _, e := range catalog.Default().Entries() {
		if len(e.Arabic) == 0 {
			continue
		}
		want := nerType[e.Type]
		found := false
		for _, typ := range l.Types(text.Normalize(strings.TrimPrefix(e.Arabic[0], "="))) {
			found = found || typ == want
		}
		if !found {
			t.Errorf("%s (%s): %s not in the gazetteer as %s", e.Key, e.Type, e.Arabic[0], want)
		}
	}
}
