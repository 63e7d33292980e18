package export

import (
	"archive/zip"
	"context"
	"encoding/csv"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

func init() {
	register(&Format{Name: "csv", Ext: "zip", MediaType: "application/zip", Graph: true,
		Description: "nodes.csv + edges.csv (Gephi, Kumu, spreadsheets); a directory, or a zip of both on a stream",
		write:       writeCSVZip, dir: writeCSVDir})
}

var (
	csvNodeHeader = []string{"Id", "Label", "Type", "label_en", "label_ar", "wikidata", "deaths", "label_ar_latn"}
	csvEdgeHeader = []string{"Id", "Source", "Target", "Type", "Label", "Weight", "predicate", "date", "dates",
		"confidence", "documents", "statements", "evidence"}
)

// cell guards a text cell against spreadsheet formula injection: a value
// starting with = + - @ or a tab or carriage return gets a leading
// apostrophe, which spreadsheets show as text.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func writeCSVNodes(w io.Writer, g *view) error {
	cw := csv.NewWriter(w)
	cw.Write(csvNodeHeader)
	for _, n := range g.Nodes {
		cw.Write([]string{n.ID, cell(n.Label), n.Type, cell(n.LabelEn), cell(n.LabelAr), n.Wikidata, n.Deaths, cell(n.LabelLatn)})
	}
	cw.Flush()
	return cw.Error()
}

func writeCSVEdges(w io.Writer, g *view) error {
	cw := csv.NewWriter(w)
	cw.Write(csvEdgeHeader)
	for _, e := range g.Edges {
		typ := "Directed"
		if e.Symmetric {
			typ = "Undirected"
		}
		cw.Write([]string{e.ID, e.Source, e.Target, typ, e.Predicate, strconv.Itoa(max(e.Documents, 1)), e.Predicate, e.Date(), strings.Join(e.Dates, " "),
			formatConf(e.Confidence), strconv.Itoa(e.Documents), strconv.Itoa(e.Statements), cell(e.Evidence)})
	}
	cw.Flush()
	return cw.Error()
}

// csvFiles returns the paths the csv format writes into dir.
func csvFiles(dir string) []string {
	return []string{filepath.Join(dir, "nodes.csv"), filepath.Join(dir, "edges.csv")}
}

func writeCSVDir(ctx context.Context, dir string, s *source) error {
	g, err := buildView(ctx, s)
	if err != nil {
		return err
	}
	files := csvFiles(dir)
	if err := writeFile(files[0], func(w io.Writer) error { return writeCSVNodes(w, g) }); err != nil {
		return err
	}
	return writeFile(files[1], func(w io.Writer) error { return writeCSVEdges(w, g) })
}

// writeCSVZip writes nodes.csv and edges.csv into a zip archive with fixed
// timestamps, so equal graphs give equal bytes.
func writeCSVZip(ctx context.Context, w io.Writer, s *source) error {
	g, err := buildView(ctx, s)
	if err != nil {
		return err
	}
	zw := zip.NewWriter(w)
	for _, f := range []struct {
		name string
		fn   func(io.Writer, *view) error
	}{{"nodes.csv", writeCSVNodes}, {"edges.csv", writeCSVEdges}} {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			return err
		}
		if err := f.fn(fw, g); err != nil {
			return err
		}
	}
	return zw.Close()
}
