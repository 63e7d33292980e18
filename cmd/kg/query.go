package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/newskg/kg/internal/safetext"
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
Flags may come before the name or after the arguments.

Examples:
   kg query --list
   kg query --db kg.db who-met بوتين
   kg query --db kg.db timeline "John Kerry" --format json
   kg query --db kg.db path from=لافروف to=الأسد hops=4
   kg query --db kg.db on-date start=2015-11-01 end=2015-11-30 predicate=met
   kg query --db kg.db entity Q7747
   kg query --db kg.db supporters-of "بشار الأسد" --wide     (whole evidence sentences)
   kg query --db kg.db supporters-of Assad links=false        (facts about Assad himself only)

Tables fit the terminal: long evidence is cut (and, if need be, statement
and source columns left out); --wide prints every cell whole. --format json
gives every row with the labels of its entities beside their IRIs
(actor_en, actor_ar, …).`,
		Flags: []cli.Flag{
			dbFlag,
			&cli.BoolFlag{Name: "list", Usage: "list the queries and their parameters"},
			&cli.StringFlag{Name: "format", Value: "table", Usage: "table or json"},
			&cli.BoolFlag{Name: "wide", Usage: "tables: print every cell whole instead of fitting the terminal's width"},
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
			// Flags may also follow the arguments: kg query who-met بوتين --format json.
			values, flags, err := trailingFlags(c.Args().Tail())
			if err != nil {
				return err
			}
			if err := setTrailingDB(c, "query", flags); err != nil {
				return err
			}
			format := c.String("format")
			if v, ok := flags["format"]; ok {
				format = v
			}
			if format != "table" && format != "json" {
				return fmt.Errorf("query: --format %q is not table or json", format)
			}
			opt, err := queryOptions(c, "query", flags)
			if err != nil {
				return err
			}
			name := c.Args().First()
			q, ok := queries.Lookup(name)
			if !ok {
				return fmt.Errorf("query: unknown query %q (kg query --list shows them)", name)
			}
			args, err := queries.PositionalArgs(q, values)
			if err != nil {
				return err
			}
			store, err := openStore(c, true)
			if err != nil {
				return err
			}
			defer store.Close()
			res, err := queries.Run(c.Context, store, name, args, opt)
			if err != nil {
				return err
			}
			if format == "json" {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				return enc.Encode(res)
			}
			wide := c.Bool("wide")
			if _, ok := flags["wide"]; ok {
				wide = true
			}
			return res.WriteTableWith(safetext.NewWriter(out), queries.TableOptions{Width: terminalWidth(out), Wide: wide})
		},
	}
}

// trailingFlags separates --format, --timeout, --limit, --db and --wide
// given after the query's arguments (the flag parser stops at the first
// argument).
func trailingFlags(args []string) (values []string, flags map[string]string, err error) {
	flags = map[string]string{}
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || (name != "format" && name != "timeout" && name != "limit" && name != "db" && name != "wide") {
			values = append(values, a)
			continue
		}
		if name == "wide" {
			flags[name] = "true"
			continue
		}
		if !hasVal {
			if i+1 >= len(args) {
				return nil, nil, fmt.Errorf("query: flag %s needs a value", a)
			}
			i++
			val = args[i]
		}
		flags[name] = val
	}
	return values, flags, nil
}

// setTrailingDB sets --db to the value given after the arguments of
// command cmd, if any (flags from trailingFlags).
func setTrailingDB(c *cli.Context, cmd string, flags map[string]string) error {
	if v, ok := flags["db"]; ok {
		if err := c.Set(dbFlag.Name, v); err != nil {
			return fmt.Errorf("%s: --db %q: %w", cmd, v, err)
		}
	}
	return nil
}

// queryOptions returns the --timeout and --limit of command cmd: those given
// after the arguments (flags from trailingFlags), else those before them.
func queryOptions(c *cli.Context, cmd string, flags map[string]string) (queries.Options, error) {
	opt := queries.Options{Timeout: c.Duration("timeout"), Limit: c.Int("limit")}
	var err error
	if v, ok := flags["timeout"]; ok {
		if opt.Timeout, err = time.ParseDuration(v); err != nil {
			return opt, fmt.Errorf("%s: --timeout %q: %w", cmd, v, err)
		}
	}
	if v, ok := flags["limit"]; ok {
		if opt.Limit, err = strconv.Atoi(v); err != nil || opt.Limit < 1 {
			return opt, fmt.Errorf("%s: --limit %q is not a positive integer", cmd, v)
		}
	}
	return opt, nil
}

// terminalWidth is the width of the terminal w writes to, or $COLUMNS when
// set; 0 when neither is known (a pipe or a file: cells are cut at a fixed
// width).
func terminalWidth(w any) int {
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if n, _, err := term.GetSize(int(f.Fd())); err == nil && n > 0 {
			return n
		}
	}
	return 0
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
