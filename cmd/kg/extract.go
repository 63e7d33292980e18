package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/internal/safetext"
	"github.com/newskg/kg/pipeline"
	"github.com/newskg/kg/source"
)

func extractCommand() *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "show the entities and facts found in articles, without storing them",
		ArgsUsage: "PATH... (.txt, .jsonl, directories, - for stdin)",
		Description: `Runs the extractor on the articles, as ingest would, and prints what it
found without opening a store: by default each document's entities and facts
with their evidence sentences; --format jsonl for one JSON result per
document; --format nquads for exactly the quads ingest would store.

Examples:
   kg extract examples/putin-khamenei-2015-11-23.ar.txt
   kg extract --format jsonl articles.jsonl > results.jsonl
   kg extract --keep-low-confidence article.txt       # also the facts the scorer doubts
   echo "التقى الرئيس الروسي فلاديمير بوتين المرشد الإيراني علي خامنئي في طهران" | kg extract --date 2015-11-23 -`,
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "table (readable, with evidence), jsonl (one result per line) or nquads (the quads ingest would store)"},
			baseFlag,
		}, docFlags()...),
		Action: runExtract,
	}
}

func runExtract(c *cli.Context) error {
	format := c.String("format")
	var emit func(io.Writer, *extract.Result) error
	vocab := graph.NewVocab(c.String("base"))
	switch format {
	case "table":
		emit = writeTable
	case "jsonl":
		emit = writeJSONL
	case "nquads", "nq":
		emit = func(w io.Writer, r *extract.Result) error {
			qs, err := graph.ResultQuads(vocab, r)
			if err != nil {
				return err
			}
			for _, q := range qs {
				if _, err := io.WriteString(w, q.NQuad()+"\n"); err != nil {
					return err
				}
			}
			return nil
		}
	default:
		return fmt.Errorf("--format %q: want table, jsonl or nquads", format)
	}
	paths, defaults, err := docInput(c)
	if err != nil {
		return err
	}
	minConf, err := minConfidence(c)
	if err != nil {
		return err
	}
	var dst io.Writer = c.App.Writer
	if format == "table" {
		dst = safetext.NewWriter(dst) // article text must not drive the terminal
	}
	out := bufio.NewWriter(dst)
	defer out.Flush()
	var writeErr error
	failed := 0
	sum, runErr := pipeline.Run(c.Context, source.Read(c.Context, paths, defaults), nil, pipeline.Options{
		Workers:       c.Int("workers"),
		FailFast:      c.Bool("fail-fast"),
		MinConfidence: minConf,
	}, func(o pipeline.Outcome) {
		if w := langWarning(c, o.Doc); w != "" && o.Err == nil {
			out.Flush()
			errorf(c, "%s", w)
		}
		if o.Err == nil {
			o.Err = emit(out, o.Result)
		}
		if o.Err != nil {
			failed++
			out.Flush()
			errorf(c, "%v", o.Err)
		}
	})
	if err := out.Flush(); err != nil && writeErr == nil {
		writeErr = fmt.Errorf("write output: %w", err)
	}
	switch {
	case runErr != nil:
		return runErr
	case writeErr != nil:
		return writeErr
	}
	return failedError(failed, sum.Documents, "printed")
}

// jsonResult is the jsonl shape of one extraction result.
type jsonResult struct {
	Doc struct {
		ID     string `json:"id"`
		Title  string `json:"title,omitempty"`
		Date   string `json:"date,omitempty"`
		Lang   string `json:"lang,omitempty"`
		URL    string `json:"url,omitempty"`
		Origin string `json:"origin,omitempty"`
	} `json:"doc"`
	Entities []jsonEntity `json:"entities"`
	Facts    []jsonFact   `json:"facts"`
}

type jsonEntity struct {
	Key        string             `json:"key"`
	Type       extract.EntityType `json:"type"`
	Labels     map[string]string  `json:"labels,omitempty"`
	AltLabels  []jsonLabel        `json:"altLabels,omitempty"`
	Wikidata   string             `json:"wikidata,omitempty"`
	Confidence float64            `json:"confidence"`
}

// jsonLabel is a name in one language.
type jsonLabel struct {
	Text string `json:"text"`
	Lang string `json:"lang,omitempty"`
}

type jsonFact struct {
	Subject    string            `json:"subject"`
	Predicate  extract.Predicate `json:"predicate"`
	Object     string            `json:"object,omitempty"`
	Value      string            `json:"value,omitempty"`
	Date       string            `json:"date,omitempty"`
	Evidence   string            `json:"evidence"`
	Start      int               `json:"start"`
	End        int               `json:"end"`
	Rule       string            `json:"rule,omitempty"`
	Confidence float64           `json:"confidence"`
	Role       string            `json:"role,omitempty"`
	Place      string            `json:"place,omitempty"`
	Item       string            `json:"item,omitempty"`
	StartDate  string            `json:"startDate,omitempty"`
	EndDate    string            `json:"endDate,omitempty"`
	Quote      string            `json:"quote,omitempty"`
	Mode       string            `json:"mode,omitempty"`
	// Features are the extractor's signals for the fact scorer.
	Features []string `json:"features,omitempty"`
}

func writeJSONL(w io.Writer, r *extract.Result) error {
	var j jsonResult
	j.Doc.ID = extract.DocID(r.Doc)
	j.Doc.Title, j.Doc.Lang, j.Doc.URL, j.Doc.Origin = r.Doc.Title, r.Doc.Lang, r.Doc.URL, r.Doc.Origin
	if !r.Doc.Date.IsZero() {
		j.Doc.Date = r.Doc.Date.Format("2006-01-02")
	}
	j.Entities = []jsonEntity{}
	for _, e := range r.Entities {
		je := jsonEntity{Key: e.Key, Type: e.Type, Labels: e.Labels, Wikidata: e.Wikidata, Confidence: e.Confidence}
		for _, l := range e.AltLabels {
			je.AltLabels = append(je.AltLabels, jsonLabel{Text: l.Text, Lang: l.Lang})
		}
		j.Entities = append(j.Entities, je)
	}
	j.Facts = []jsonFact{}
	for _, f := range r.Facts {
		j.Facts = append(j.Facts, jsonFact{Subject: f.Subject, Predicate: f.Predicate, Object: f.Object, Value: f.Value, Date: f.Date,
			Evidence: f.Evidence, Start: f.Start, End: f.End, Rule: f.Rule, Confidence: f.Confidence, Role: f.Role,
			Place: f.Place, Item: f.Item, StartDate: f.StartDate, EndDate: f.EndDate, Quote: f.Quote, Mode: f.Mode, Features: f.Features})
	}
	b, err := json.Marshal(j)
	if err != nil {
		return fmt.Errorf("encode result: %w", err)
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// writeTable prints a result for people: the document, its entities, and
// each fact with its evidence sentence.
func writeTable(w io.Writer, r *extract.Result) error {
	d := r.Doc
	head := extract.DocID(d)
	var meta []string
	if d.Origin != "" {
		meta = append(meta, d.Origin)
	}
	if d.Lang != "" {
		meta = append(meta, d.Lang)
	}
	if !d.Date.IsZero() {
		meta = append(meta, d.Date.Format("2006-01-02"))
	}
	fmt.Fprintf(w, "== %s (%s): %d entities, %d facts\n", head, strings.Join(meta, ", "), len(r.Entities), len(r.Facts))
	if d.Title != "" {
		fmt.Fprintf(w, "   %s\n", d.Title)
	}
	ents := append([]extract.Entity(nil), r.Entities...)
	sort.SliceStable(ents, func(i, j int) bool {
		if ents[i].Type != ents[j].Type {
			return ents[i].Type < ents[j].Type
		}
		return ents[i].Key < ents[j].Key
	})
	if len(ents) > 0 {
		fmt.Fprintln(w, "entities:")
	}
	for _, e := range ents {
		names := []string{}
		for _, lang := range []string{"ar", "en"} {
			if l := e.Labels[lang]; l != "" {
				names = append(names, l)
			}
		}
		if l := e.Labels["ar-Latn"]; l != "" && e.Labels["en"] == "" {
			names = append(names, l+" (romanised)")
		}
		extra := ""
		if e.Wikidata != "" {
			extra += " " + e.Wikidata
		}
		if e.Confidence > 0 && e.Confidence < 1 {
			extra += fmt.Sprintf(" (confidence %.2f)", e.Confidence)
		}
		fmt.Fprintf(w, "  %-12s %-28s %s%s\n", e.Type, e.Key, strings.Join(names, " / "), extra)
	}
	if len(r.Facts) > 0 {
		fmt.Fprintln(w, "facts:")
	}
	for _, f := range r.Facts {
		obj := f.Object
		if obj == "" {
			obj = f.Value
		}
		var q []string
		for _, kv := range [][2]string{{"date", f.Date}, {"role", f.Role}, {"place", f.Place}, {"item", f.Item}, {"from", f.StartDate}, {"until", f.EndDate}, {"mode", f.Mode}} {
			if kv[1] != "" {
				q = append(q, kv[0]+"="+kv[1])
			}
		}
		fmt.Fprintf(w, "  %s %s %s", f.Subject, f.Predicate, obj)
		if len(q) > 0 {
			fmt.Fprintf(w, "  [%s]", strings.Join(q, " "))
		}
		fmt.Fprintf(w, "  %.2f %s\n", f.Confidence, f.Rule)
		if f.Evidence != "" {
			fmt.Fprintf(w, "      «%s»\n", strings.Join(strings.Fields(f.Evidence), " "))
		}
	}
	fmt.Fprintln(w)
	return nil
}
