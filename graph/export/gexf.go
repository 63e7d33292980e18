package export

import (
	"bufio"
	"context"
	"io"
	"strconv"
	"time"
)

func init() {
	register(&Format{Name: "gexf", Ext: "gexf", MediaType: "application/gexf+xml", Graph: true,
		Description: "GEXF 1.3 with node types and dated edges (Gephi's timeline)", write: writeGEXF})
}

// gexfType maps the view's attribute types to GEXF's.
var gexfType = map[string]string{"string": "string", "int": "integer", "double": "double", "boolean": "boolean"}

func writeGEXF(ctx context.Context, w io.Writer, s *source) error {
	g, err := buildView(ctx, s)
	if err != nil {
		return err
	}
	x := xmlWriter{bufio.NewWriterSize(w, 1<<16)}
	x.line(0, `<?xml version="1.0" encoding="UTF-8"?>`)
	x.line(0, `<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">`)
	x.line(1, "<meta>")
	x.line(2, "<creator>kg</creator>")
	x.line(2, "<description>"+xmlText("knowledge graph exported from "+s.v.Base)+"</description>")
	x.line(1, "</meta>")
	x.line(1, `<graph defaultedgetype="directed" mode="dynamic" timeformat="date">`)
	x.line(2, `<attributes class="node" mode="static">`)
	for _, k := range nodeKeys[1:] { // the label is the node's own label
		x.line(3, "<attribute"+attr("id", k.name)+attr("title", k.name)+attr("type", gexfType[k.typ])+"/>")
	}
	x.line(2, "</attributes>")
	x.line(2, `<attributes class="edge" mode="static">`)
	for _, k := range edgeKeys[1:] {
		x.line(3, "<attribute"+attr("id", k.name)+attr("title", k.name)+attr("type", gexfType[k.typ])+"/>")
	}
	x.line(2, "</attributes>")
	x.line(2, "<nodes>")
	for _, n := range g.Nodes {
		x.line(3, "<node"+attr("id", n.ID)+attr("label", n.Label)+">")
		x.attvalues(4, nodeKeys[1:], nodeValues(n)[1:])
		x.line(3, "</node>")
	}
	x.line(2, "</nodes>")
	x.line(2, "<edges>")
	for _, e := range g.Edges {
		weight := e.Documents
		if weight < 1 {
			weight = 1
		}
		x.line(3, "<edge"+attr("id", e.ID)+attr("source", e.Source)+attr("target", e.Target)+
			attr("label", e.Predicate)+attr("weight", strconv.Itoa(weight))+">")
		x.attvalues(4, edgeKeys[1:], edgeValues(e)[1:])
		if len(e.Dates) > 0 {
			x.line(4, "<spells>")
			for _, d := range e.Dates {
				lo, hi := dateSpan(d)
				x.line(5, "<spell"+attr("start", lo)+attr("end", lastDay(hi))+"/>")
			}
			x.line(4, "</spells>")
		}
		x.line(3, "</edge>")
	}
	x.line(2, "</edges>")
	x.line(1, "</graph>")
	x.line(0, "</gexf>")
	return x.w.Flush()
}

func (x xmlWriter) attvalues(depth int, keys []graphKey, vals []string) {
	x.line(depth, "<attvalues>")
	for i, v := range vals {
		if v != "" {
			x.line(depth+1, "<attvalue"+attr("for", keys[i].name)+attr("value", v)+"/>")
		}
	}
	x.line(depth, "</attvalues>")
}

// lastDay clamps a "YYYY-MM-31" bound to the month's real last day.
func lastDay(d string) string {
	t, err := time.Parse("2006-01-02", d[:8]+"01")
	if err != nil {
		return d
	}
	last := t.AddDate(0, 1, -1).Format("2006-01-02")
	if d > last {
		return last
	}
	return d
}
