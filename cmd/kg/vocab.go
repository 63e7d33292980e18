package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/graph/export"
)

func vocabCommand() *cli.Command {
	return &cli.Command{
		Name:  "vocab",
		Usage: "print the project's vocabulary as RDFS/OWL (classes, predicates with English and Arabic labels, domains, ranges, CAMEO roots)",
		Description: `Prints the classes and properties the graph uses (the shared graph model):
entity types, the fact predicates with their domains, ranges, CAMEO roots and
symmetry, the statement qualifiers (date, evidence, role, place, mode, …),
with English and Arabic labels. Load it beside an export to give the graph
its schema.

Examples:
   kg vocab                                   (Turtle)
   kg vocab --format jsonld -o vocab.jsonld
   kg vocab --base https://example.org/kg/    (the vocabulary of a store made with that --base)
   kg vocab | rapper -i turtle -c -`,
		Flags: []cli.Flag{
			baseFlag,
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "turtle", Usage: "output format: " + strings.Join(export.VocabFormats, ", ")},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "output `FILE` (default: standard output)"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("vocab takes no arguments (got %q)", c.Args().First())
			}
			v := graph.NewVocab(c.String(baseFlag.Name))
			write := func(w io.Writer) error { return export.WriteVocabFor(w, v, c.String("format")) }
			if out := c.String("output"); out != "" && out != "-" {
				return writeAtomically(out, write)
			}
			return write(c.App.Writer)
		},
	}
}
