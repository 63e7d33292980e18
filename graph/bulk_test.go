package graph

import (
	"bytes"
	"testing"

	cproto "github.com/cayleygraph/cayley/graph/proto"
	"google.golang.org/protobuf/proto"
)

// encodePrimitive must produce what Cayley's proto.Marshal produces.
func TestEncodePrimitive(t *testing.T) {
	for _, p := range []*cproto.Primitive{
		{ID: 1, Timestamp: 1732800000000000000, Value: []byte{0x0a, 0x03, 'a', 'b', 'c'}},
		{ID: 300, Subject: 1, Predicate: 2, Object: 1 << 40, Label: 7, Timestamp: 5},
		{ID: 9, Subject: 3, Predicate: 4, Object: 5, Timestamp: 6, Deleted: true},
		{ID: 10, Replaces: 3},
		{},
	} {
		want, err := proto.MarshalOptions{Deterministic: true}.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := encodePrimitive(p); !bytes.Equal(got, want) {
			t.Errorf("encodePrimitive(%v) = %x, want %x", p, got, want)
		}
	}
}
