package export

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"strconv"
)

func init() {
	register(&Format{Name: "cyjs", Ext: "cyjs", MediaType: "application/json", Graph: true,
		Description: "Cytoscape.js JSON (elements + data; cytoscape.js and Cytoscape desktop)", write: writeCyJS})
}

type cyElement struct {
	Data map[string]any `json:"data"`
}

type cyDoc struct {
	FormatVersion string         `json:"format_version"`
	GeneratedBy   string         `json:"generated_by"`
	Target        string         `json:"target_cytoscapejs_version"`
	Data          map[string]any `json:"data"`
	Elements      struct {
		Nodes []cyElement `json:"nodes"`
		Edges []cyElement `json:"edges"`
	} `json:"elements"`
}

func writeCyJS(ctx context.Context, w io.Writer, s *source) error {
	g, err := buildView(ctx, s)
	if err != nil {
		return err
	}
	doc := cyDoc{FormatVersion: "1.0", GeneratedBy: "kg", Target: "~3",
		Data: map[string]any{"name": "kg", "base": s.v.Base}}
	doc.Elements.Nodes = make([]cyElement, 0, len(g.Nodes))
	doc.Elements.Edges = make([]cyElement, 0, len(g.Edges))
	for _, n := range g.Nodes {
		d := map[string]any{"id": n.ID, "name": n.Label}
		for i, v := range nodeValues(n) {
			if v == "" {
				continue
			}
			if nodeKeys[i].typ == "int" {
				k, _ := strconv.Atoi(v)
				d[nodeKeys[i].name] = k
			} else {
				d[nodeKeys[i].name] = v
			}
		}
		doc.Elements.Nodes = append(doc.Elements.Nodes, cyElement{d})
	}
	for _, e := range g.Edges {
		d := map[string]any{"id": e.ID, "source": e.Source, "target": e.Target, "interaction": e.Predicate,
			"predicate": e.Predicate, "confidence": e.Confidence, "documents": e.Documents,
			"statements": e.Statements, "symmetric": e.Symmetric, "dates": e.Dates}
		if d0 := e.Date(); d0 != "" {
			d["date"] = d0
		}
		if e.Evidence != "" {
			d["evidence"] = e.Evidence
		}
		if e.Dates == nil {
			d["dates"] = []string{}
		}
		doc.Elements.Edges = append(doc.Elements.Edges, cyElement{d})
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetIndent("", " ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	return bw.Flush()
}
