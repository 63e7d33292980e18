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
result limit, and prints the results as a JSON array.
Example: kg gizmo 'g.V("<https://w3id.org/newskg/entity/vladimir-putin>").Out().All()'`,
		Flags: []cli.Flag{
			dbFlag,
			&cli.DurationFlag{Name: "timeout", Value: queries.DefaultTimeout, Usage: "stop the script after this long"},
			&cli.IntFlag{Name: "limit", Value: queries.DefaultLimit, Usage: "return at most this many results"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return fmt.Errorf("gizmo: give one script argument (or - for standard input; flags go before it), got %d", c.NArg())
			}
			script := c.Args().First()
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
			out, err := queries.Gizmo(c.Context, store.QuadStore(), script,
				queries.Options{Timeout: c.Duration("timeout"), Limit: c.Int("limit")})
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
