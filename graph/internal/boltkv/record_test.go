package boltkv

import (
	"bytes"
	"fmt"
	"testing"

	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
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

// decodePrimitive reads what proto.Marshal and encodePrimitive write.
func TestDecodePrimitive(t *testing.T) {
	val, err := pquads.MarshalValue(quad.LangString{Value: "بوتين", Lang: "ar"})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []*cproto.Primitive{
		{ID: 7, Value: val, Timestamp: 1},
		{ID: 1 << 40, Subject: 3, Predicate: 300, Object: 1 << 33, Label: 5, Timestamp: 1700000000000000000},
		{ID: 9, Subject: 3, Predicate: 4, Object: 5, Deleted: true, Replaces: 2},
		{ID: 10, Subject: 3, Predicate: 4, Object: 5},
	} {
		mine := encodePrimitive(p)
		theirs, err := proto.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		for name, data := range map[string][]byte{"encodePrimitive": mine, "proto.Marshal": theirs} {
			got, err := decodePrimitive(data)
			if err != nil {
				t.Errorf("%s of %v: %v", name, p, err)
				continue
			}
			want := primitive{id: p.ID, subject: p.Subject, predicate: p.Predicate, object: p.Object, label: p.Label,
				value: p.Value, deleted: p.Deleted}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s of %v: decoded %+v, want %+v", name, p, got, want)
			}
		}
	}
	for _, bad := range [][]byte{{0x08}, {0x42, 0x05, 'a'}, {0x0b}} {
		if _, err := decodePrimitive(bad); err == nil {
			t.Errorf("decodePrimitive(% x): no error", bad)
		}
	}
}
