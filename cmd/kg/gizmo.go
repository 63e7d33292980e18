package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/newskg/kg/queries"
)

func gizmoCommand() *cli.Command {
	return &cli.Command{
		Name:      "gizmo",
		Usage:     "run an ad-hoc Gizmo script and print its results as JSON",
		ArgsUsage: "'SCRIPT' (or - to read it from standard input)",
		Description: `Runs a Gizmo (JavaScript) script on the store, read-only, with a time and
result limit, and prints the results as a JSON array. Nodes are written as in
N-Quads: IRIs in <…>. g.V() without arguments lists the graph's nodes (the
store's own bookkeeping nodes, <urn:newskg:…>, are left out). met, allyOf and
cooperatesWith are stored once, in either direction: follow them with Both.
The canned queries (kg query --list) cover most questions; their scripts
under queries/scripts are examples of the style.

Examples:
   kg gizmo 'g.V("<https://w3id.org/newskg/entity/vladimir-putin>").Both("<https://w3id.org/newskg/vocab/met>").All()'
   kg gizmo 'g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://w3id.org/newskg/vocab/Person>").All()'
   kg gizmo 'g.V("<https://w3id.org/newskg/entity/russia>").In("<https://w3id.org/newskg/vocab/officialOf>").All()'
   kg gizmo --timeout 2s - < script.js`,
		Flags: []cli.Flag{
			dbFlag,
			&cli.DurationFlag{Name: "timeout", Value: queries.DefaultTimeout, Usage: "stop the script after this long"},
			&cli.IntFlag{Name: "limit", Value: queries.DefaultLimit, Usage: "return at most this many results"},
		},
		Action: func(c *cli.Context) error {
			// --timeout and --limit may also follow the script.
			values, flags, err := trailingFlags(c.Args().Slice())
			if err != nil {
				return err
			}
			if err := setTrailingDB(c, "gizmo", flags); err != nil {
				return err
			}
			if _, ok := flags["format"]; ok {
				return fmt.Errorf("gizmo: no --format: the results are always JSON")
			}
			if len(values) != 1 {
				return fmt.Errorf("gizmo: give one script argument, quoted (or - for standard input), got %d", len(values))
			}
			opt, err := queryOptions(c, "gizmo", flags)
			if err != nil {
				return err
			}
			script := values[0]
			if script == "-" {
				b, err := io.ReadAll(c.App.Reader)
				if err != nil {
					return fmt.Errorf("gizmo: read standard input: %w", err)
				}
				script = string(b)
			}
			if strings.TrimSpace(script) == "" {
				return fmt.Errorf("gizmo: empty script")
			}
			store, err := openStore(c, true)
			if err != nil {
				return err
			}
			defer store.Close()
			out, err := queries.Gizmo(c.Context, store, script, opt)
			if err != nil {
				return err
			}
			enc := json.NewEncoder(c.App.Writer)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			return enc.Encode(out)
		},
	}
}
