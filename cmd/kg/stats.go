package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/internal/safetext"
)

func statsCommand() *cli.Command {
	return &cli.Command{
		Name:  "stats",
		Usage: "count documents, entities by type, facts by predicate and quads in the store",
		Description: `Prints how big the store is: documents, distinct entities by type, facts
(statements) by predicate, and quads. With --docs, lists the documents instead
(id, date, language, title): the ids kg forget and kg export --doc take.

Examples:
   kg stats --db kg.db
   kg stats --db kg.db --json
   kg stats --db kg.db --docs`,
		Flags: []cli.Flag{dbFlag,
			&cli.BoolFlag{Name: "json", Usage: "print JSON"},
			&cli.BoolFlag{Name: "docs", Usage: "list the documents (id, date, language, title)"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("stats takes no arguments (got %q); the store is --db", c.Args().First())
			}
			store, err := openStore(c, true)
			if err != nil {
				return err
			}
			defer store.Close()
			if c.Bool("docs") {
				return listDocs(c, store)
			}
			st, err := store.Stats(c.Context)
			if err != nil {
				return fmt.Errorf("stats of %s: %w", store.Spec(), err)
			}
			out := c.App.Writer
			if c.Bool("json") {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(map[string]any{
					"store": store.Spec(), "documents": st.Documents, "entities": st.Entities,
					"facts": st.Facts, "quads": st.Quads,
				})
			}
			fmt.Fprintf(out, "store      %s (%s)\n", store.Spec(), store.Backend())
			fmt.Fprintf(out, "documents  %d\n", st.Documents)
			fmt.Fprintf(out, "entities   %d\n", sum(st.Entities))
			printCounts(c, st.Entities)
			fmt.Fprintf(out, "facts      %d\n", sum(st.Facts))
			printCounts(c, st.Facts)
			fmt.Fprintf(out, "quads      %d\n", st.Quads)
			return nil
		},
	}
}

func sum[K ~string](m map[K]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// printCounts prints a breakdown, largest first.
func printCounts[K ~string](c *cli.Context, m map[K]int) {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Fprintf(c.App.Writer, "  %-26s %d\n", k, m[k])
	}
}

// listDocs prints the store's documents, by date.
func listDocs(c *cli.Context, store *graph.Store) error {
	docs, err := store.Documents(c.Context)
	if err != nil {
		return err
	}
	out := c.App.Writer
	if c.Bool("json") {
		type doc struct {
			ID    string `json:"id"`
			IRI   string `json:"iri"`
			Date  string `json:"date,omitempty"`
			Lang  string `json:"lang,omitempty"`
			Title string `json:"title,omitempty"`
			URL   string `json:"url,omitempty"`
		}
		list := make([]doc, 0, len(docs))
		for _, d := range docs {
			list = append(list, doc{ID: d.ID, IRI: string(d.IRI), Date: d.Date, Lang: d.Lang, Title: d.Title, URL: d.URL})
		}
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(list)
	}
	tw := tabwriter.NewWriter(safetext.NewWriter(out), 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "id\tdate\tlang\ttitle")
	for _, d := range docs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", d.ID, d.Date, d.Lang, d.Title)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err = fmt.Fprintf(out, "(%d documents)\n", len(docs))
	return err
}
