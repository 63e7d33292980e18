package graph

import (
	"os"
	"testing"
)

func TestZZPriv(t *testing.T) {
	spec := os.Getenv("KG_PRIV")
	if spec == "" {
		t.Skip()
	}
	s := open(t, spec, Options{})
	mustWrite(t, s, meetingDoc())
	mustWrite(t, s, visitDoc())
	if _, err := s.Forget(ctx, "test-visit"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Resolve(ctx, "Putin"); err != nil {
		t.Fatal(err)
	}
	st, err := s.Stats(ctx)
	t.Logf("%+v %v", st, err)
	r := open(t, spec, Options{ReadOnly: true})
	if _, err := r.Resolve(ctx, "Putin"); err != nil {
		t.Fatal(err)
	}
}
