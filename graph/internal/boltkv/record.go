package boltkv

import (
	"encoding/binary"
	"errors"
	"fmt"

	cproto "github.com/cayleygraph/cayley/graph/proto"
)

// encodePrimitive is the protobuf encoding of p (fields in number order,
// zero values omitted), as proto.Marshal produces it.
func encodePrimitive(p *cproto.Primitive) []byte {
	return appendPrimitive(make([]byte, 0, primitiveMax+len(p.Value)), p)
}

// primitiveMax bounds the encoding of a Primitive without its value: 7
// varint fields of up to 11 bytes, the value's tag and length, Deleted.
const primitiveMax = 7*11 + 11 + 2

func appendPrimitive(b []byte, p *cproto.Primitive) []byte {
	field := func(num int, v uint64) {
		if v != 0 {
			b = binary.AppendUvarint(b, uint64(num)<<3)
			b = binary.AppendUvarint(b, v)
		}
	}
	field(1, p.ID)
	field(2, p.Subject)
	field(3, p.Predicate)
	field(4, p.Object)
	field(5, p.Label)
	field(6, p.Replaces)
	field(7, uint64(p.Timestamp))
	if len(p.Value) > 0 {
		b = binary.AppendUvarint(b, 8<<3|2)
		b = binary.AppendUvarint(b, uint64(len(p.Value)))
		b = append(b, p.Value...)
	}
	if p.Deleted {
		b = append(b, 9<<3, 1)
	}
	return b
}

// primitive is a decoded log entry of Cayley's KV store (proto.Primitive):
// a node (value set) or a quad (direction ids set).
type primitive struct {
	id, subject, predicate, object, label uint64
	value                                 []byte
	deleted                               bool
}

// decodePrimitive decodes the protobuf encoding of a proto.Primitive (the
// inverse of encodePrimitive; fields it does not use are skipped).
func decodePrimitive(b []byte) (primitive, error) {
	var p primitive
	for len(b) > 0 {
		tag, n := binary.Uvarint(b)
		if n <= 0 {
			return p, errors.New("bad field tag")
		}
		b = b[n:]
		switch tag & 7 {
		case 0: // varint
			v, n := binary.Uvarint(b)
			if n <= 0 {
				return p, errors.New("bad varint")
			}
			b = b[n:]
			switch tag >> 3 {
			case 1:
				p.id = v
			case 2:
				p.subject = v
			case 3:
				p.predicate = v
			case 4:
				p.object = v
			case 5:
				p.label = v
			case 9:
				p.deleted = v != 0
			}
		case 2: // length-delimited
			l, n := binary.Uvarint(b)
			if n <= 0 || uint64(len(b)-n) < l {
				return p, errors.New("bad length")
			}
			if tag>>3 == 8 {
				p.value = b[n : n+int(l)]
			}
			b = b[n+int(l):]
		case 1: // fixed64
			if len(b) < 8 {
				return p, errors.New("truncated fixed64")
			}
			b = b[8:]
		case 5: // fixed32
			if len(b) < 4 {
				return p, errors.New("truncated fixed32")
			}
			b = b[4:]
		default:
			return p, fmt.Errorf("unsupported wire type %d", tag&7)
		}
	}
	return p, nil
}
