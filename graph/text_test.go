package graph

import (
	"testing"
	"time"

	"github.com/cayleygraph/quad"
)

func TestText(t *testing.T) {
	for _, c := range []struct {
		v    quad.Value
		want string
	}{
		{nil, ""},
		{quad.IRI("https://w3id.org/newskg/entity/iran"), "https://w3id.org/newskg/entity/iran"},
		{quad.BNode("b0"), "b0"},
		{quad.String(`a "quoted" word`), `a "quoted" word`},
		{quad.LangString{Value: "طهران", Lang: "ar"}, "طهران"},
		{quad.TypedString{Value: "2015-11-23", Type: XSDDate}, "2015-11-23"},
		{quad.Int(42), "42"},
		{quad.Time(time.Date(2015, 11, 23, 0, 0, 0, 0, time.UTC)), "2015-11-23T00:00:00Z"},
	} {
		if got := Text(c.v); got != c.want {
			t.Errorf("Text(%#v) = %q, want %q", c.v, got, c.want)
		}
	}
}
