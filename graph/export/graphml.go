package export

import (
	"bufio"
	"context"
	"io"
	"strconv"
	"strings"
)

func init() {
	register(&Format{Name: "graphml", Ext: "graphml", MediaType: "application/graphml+xml", Graph: true,
		Description: "GraphML with typed keys (yEd, Gephi, Cytoscape, networkx)", write: writeGraphML})
}

// graphKey is an attribute of the graph views, declared once per format.
type graphKey struct {
	id, name, typ string // typ: string, int, double, boolean
}

var nodeKeys = []graphKey{
	{"n_label", "label", "string"},
	{"n_type", "type", "string"},
	{"n_label_en", "label_en", "string"},
	{"n_label_ar", "label_ar", "string"},
	{"n_wikidata", "wikidata", "string"},
	{"n_deaths", "deaths", "int"},
	{"n_label_ar_latn", "label_ar_latn", "string"},
}

var edgeKeys = []graphKey{
	{"e_label", "label", "string"},
	{"e_predicate", "predicate", "string"},
	{"e_date", "date", "string"},
	{"e_dates", "dates", "string"},
	{"e_confidence", "confidence", "double"},
	{"e_documents", "documents", "int"},
	{"e_statements", "statements", "int"},
	{"e_symmetric", "symmetric", "boolean"},
	{"e_evidence", "evidence", "string"},
}

// nodeValues returns a node's attribute values, in the order of nodeKeys;
// "" means absent.
func nodeValues(n *vnode) []string {
	return []string{n.Label, n.Type, n.LabelEn, n.LabelAr, n.Wikidata, n.Deaths, n.LabelLatn}
}

func edgeValues(e *vedge) []string {
	return []string{e.Predicate, e.Predicate, e.Date(), strings.Join(e.Dates, " "), formatConf(e.Confidence),
		strconv.Itoa(e.Documents), strconv.Itoa(e.Statements), strconv.FormatBool(e.Symmetric), e.Evidence}
}

func writeGraphML(ctx context.Context, w io.Writer, s *source) error {
	g, err := buildView(ctx, s)
	if err != nil {
		return err
	}
	x := xmlWriter{bufio.NewWriterSize(w, 1<<16)}
	x.line(0, `<?xml version="1.0" encoding="UTF-8"?>`)
	x.line(0, `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`)
	for _, k := range nodeKeys {
		x.line(1, "<key"+attr("id", k.id)+` for="node"`+attr("attr.name", k.name)+attr("attr.type", k.typ)+"/>")
	}
	for _, k := range edgeKeys {
		x.line(1, "<key"+attr("id", k.id)+` for="edge"`+attr("attr.name", k.name)+attr("attr.type", k.typ)+"/>")
	}
	x.line(1, `<graph id="kg" edgedefault="directed">`)
	for _, n := range g.Nodes {
		x.line(2, "<node"+attr("id", n.ID)+">")
		for i, v := range nodeValues(n) {
			if v != "" {
				x.line(3, "<data"+attr("key", nodeKeys[i].id)+">"+xmlText(v)+"</data>")
			}
		}
		x.line(2, "</node>")
	}
	for _, e := range g.Edges {
		x.line(2, "<edge"+attr("id", e.ID)+attr("source", e.Source)+attr("target", e.Target)+">")
		for i, v := range edgeValues(e) {
			if v != "" {
				x.line(3, "<data"+attr("key", edgeKeys[i].id)+">"+xmlText(v)+"</data>")
			}
		}
		x.line(2, "</edge>")
	}
	x.line(1, "</graph>")
	x.line(0, "</graphml>")
	return x.w.Flush()
}
