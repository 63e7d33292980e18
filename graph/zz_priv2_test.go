package graph

import (
	"os"
	"testing"
)

func TestZZPrivRead(t *testing.T) {
	spec := os.Getenv("KG_PRIV")
	if spec == "" {
		t.Skip()
	}
	r := open(t, spec, Options{ReadOnly: true})
	if _, err := r.Resolve(ctx, "Putin"); err != nil {
		t.Fatal(err)
	}
	st, err := r.Stats(ctx)
	docs, err2 := r.Documents(ctx)
	t.Logf("%+v %v %d %v", st, err, len(docs), err2)
}
