package export

import (
	"bufio"
	"context"
	"io"
	"strconv"
	"strings"

	"github.com/newskg/kg/extract"
)

func init() {
	register(&Format{Name: "dot", Ext: "dot", MediaType: "text/vnd.graphviz", Graph: true,
		Description: "Graphviz DOT", write: writeDOT})
}

// dotString quotes s as a DOT string: backslashes and quotes escaped,
// line breaks as DOT's \n, other control characters dropped.
func dotString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x20 || r == 0x7f:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// typeColors fills DOT nodes by entity type (X11 colour names).
var typeColors = map[string]string{
	extract.Person: "lightblue", extract.Country: "khaki", extract.Organization: "palegreen", extract.Group: "plum",
	extract.Place: "lightgrey", extract.Facility: "gainsboro", extract.Event: "lightsalmon", extract.Agreement: "wheat",
	extract.Weapon: "lightpink", extract.Work: "lavender",
}

func writeDOT(ctx context.Context, w io.Writer, s *source) error {
	g, err := buildView(ctx, s)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.WriteString("digraph kg {\n")
	bw.WriteString("  graph [charset=\"UTF-8\", rankdir=\"LR\", overlap=\"false\"];\n")
	bw.WriteString("  node [shape=\"box\", style=\"rounded\"];\n")
	for _, n := range g.Nodes {
		label := n.Label
		if n.LabelAr != "" && n.LabelAr != label {
			label += "\n" + n.LabelAr
		}
		bw.WriteString("  " + dotString(n.ID) + " [label=" + dotString(label))
		if c, ok := typeColors[n.Type]; ok {
			bw.WriteString(`, style="rounded,filled", fillcolor="` + c + `"`)
		}
		for i, v := range nodeValues(n)[1:] {
			if v != "" {
				bw.WriteString(", " + nodeKeys[i+1].name + "=" + dotString(v))
			}
		}
		bw.WriteString("];\n")
	}
	for _, e := range g.Edges {
		label := e.Predicate
		if d := e.Date(); d != "" {
			label += "\n" + d
		}
		bw.WriteString("  " + dotString(e.Source) + " -> " + dotString(e.Target) + " [id=" + dotString(e.ID) + ", label=" + dotString(label))
		if e.Symmetric {
			bw.WriteString(`, dir="none"`)
		}
		bw.WriteString(", weight=" + dotString(strconv.Itoa(max(e.Documents, 1))))
		for i, v := range edgeValues(e)[1:] {
			if v != "" {
				bw.WriteString(", " + edgeKeys[i+1].name + "=" + dotString(v))
			}
		}
		if e.Evidence != "" {
			bw.WriteString(", tooltip=" + dotString(e.Evidence))
		}
		bw.WriteString("];\n")
	}
	bw.WriteString("}\n")
	return bw.Flush()
}
