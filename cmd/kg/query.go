package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/newskg/kg/queries"
)

func queryCommand() *cli.Command {
	return &cli.Command{
		Name:      "query",
		Usage:     "run a canned query (kg query --list shows them)",
		ArgsUsage: "NAME [VALUE|PARAM=VALUE]...",
		Description: `Runs one of the library's named queries. Parameters are given as
name=value or positionally in the query's parameter order; entity parameters
take a name or alias in Arabic or English, a Wikidata id, a key or an IRI.
Example: kg query who-met بوتين`,
		Flags: []cli.Flag{
			dbFlag,
			&cli.BoolFlag{Name: "list", Usage: "list the queries and their parameters"},
			&cli.StringFlag{Name: "format", Value: "table", Usage: "table or json"},
			&cli.DurationFlag{Name: "timeout", Value: queries.DefaultTimeout, Usage: "stop the query after this long"},
			&cli.IntFlag{Name: "limit", Value: queries.DefaultLimit, Usage: "return at most this many rows"},
		},
		Action: func(c *cli.Context) error {
			out := c.App.Writer
			if c.Bool("list") {
				return listQueries(c)
			}
			if c.NArg() == 0 {
				return fmt.Errorf("query: name a query (kg query --list shows them)")
			}
			format := c.String("format")
			if format != "table" && format != "json" {
				return fmt.Errorf("query: --format %q is not table or json", format)
			}
			name := c.Args().First()
			q, ok := queries.Lookup(name)
			if !ok {
				return fmt.Errorf("query: unknown query %q (kg query --list shows them)", name)
			}
			args, err := queries.PositionalArgs(q, c.Args().Tail())
			if err != nil {
				return err
			}
			store, err := openStore(c, true)
			if err != nil {
				return err
			}
			defer store.Close()
			res, err := queries.Run(c.Context, store, name, args,
				queries.Options{Timeout: c.Duration("timeout"), Limit: c.Int("limit")})
			if err != nil {
				return err
			}
			if format == "json" {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				return enc.Encode(res)
			}
			return res.WriteTable(out)
		},
	}
}

func listQueries(c *cli.Context) error {
	out := c.App.Writer
	if c.String("format") == "json" {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(queries.List())
	}
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	for _, q := range queries.List() {
		var ps []string
		for _, p := range q.Params {
			s := p.Name + ":" + p.Type
			if !p.Required {
				s = "[" + s + "]"
			}
			ps = append(ps, s)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", q.Name, strings.Join(ps, " "), q.Purpose)
		fmt.Fprintf(tw, "\t\te.g. %s\n", q.Example)
	}
	return tw.Flush()
}
