package main

import (
	"encoding/json"
	"fmt"
	"sort"

	"github.com/urfave/cli/v2"
)

func statsCommand() *cli.Command {
	return &cli.Command{
		Name:  "stats",
		Usage: "count documents, entities by type, facts by predicate and quads in the store",
		Flags: []cli.Flag{dbFlag, &cli.BoolFlag{Name: "json", Usage: "print JSON"}},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("stats takes no arguments (got %q); the store is --db", c.Args().First())
			}
			store, err := openStore(c, true)
			if err != nil {
				return err
			}
			defer store.Close()
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

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// printCounts prints a breakdown, largest first.
func printCounts(c *cli.Context, m map[string]int) {
	keys := make([]string, 0, len(m))
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
