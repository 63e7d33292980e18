package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/urfave/cli/v2"

	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/graph/export"
	"github.com/newskg/kg/internal/patherr"
	"github.com/newskg/kg/internal/safetext"
)

func exportCommand() *cli.Command {
	return &cli.Command{
		Name:  "export",
		Usage: "write the graph, or part of it, as RDF or as a graph file for Gephi, Cytoscape, yEd, Graphviz or a spreadsheet",
		Description: "Formats: " + strings.Join(export.Formats(), ", ") + ".\n" +
			"csv writes nodes.csv and edges.csv into the directory -o names (or a zip of both to a file or stdout).\n" +
			"With -o naming an existing directory, other formats write graph.<ext> there.\n" +
			"Filters combine: --doc keeps one document's quads; --entity/--hops, --predicate, --since/--until and\n" +
			"--min-confidence keep the facts that match, with their entities and documents. --predicate repeats (-p too).\n\n" +
			"Examples:\n" +
			"   kg export --db kg.db -o graph.nq                                   (everything, N-Quads: kg import reads it)\n" +
			"   kg export --db kg.db --format turtle --entity Putin --hops 2 -o putin.ttl\n" +
			"   kg export --db kg.db --format graphml --predicate met -p visited -o meetings.graphml   (Gephi, yEd)\n" +
			"   kg export --db kg.db --format csv --since 2015-11 --until 2015-12 -o out/   (nodes.csv, edges.csv)\n" +
			"   kg export --db kg.db --format dot --entity Q7747 | dot -Tsvg > putin.svg\n" +
			"   kg export --db kg.db --doc putin-khamenei-2015-11-23 --format jsonld --min-confidence 0.8",
		Flags: []cli.Flag{
			dbFlag,
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "nquads", Usage: "output format: " + strings.Join(export.Formats(), ", ")},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "output `FILE` or DIR (default: standard output)"},
			&cli.StringFlag{Name: "doc", Usage: "only the document with this id or IRI"},
			&cli.StringFlag{Name: "entity", Usage: "only facts around this entity (IRI, Wikidata id, key or label)"},
			&cli.IntFlag{Name: "hops", Value: 1, Usage: "radius of the --entity neighbourhood, in direct edges"},
			&cli.StringSliceFlag{Name: "predicate", Aliases: []string{"p"}, Usage: "only facts with this predicate (repeatable: met, supports, …)"},
			&cli.StringFlag{Name: "since", Usage: "only facts dated on or after `DATE` (YYYY, YYYY-MM or YYYY-MM-DD)"},
			&cli.StringFlag{Name: "until", Usage: "only facts dated on or before `DATE`"},
			&cli.Float64Flag{Name: "min-confidence", Usage: "only statements with at least this confidence (for a store ingested with --keep-low-confidence)"},
		},
		Action: runExport,
	}
}

func runExport(c *cli.Context) error {
	if c.NArg() > 0 {
		return fmt.Errorf("export takes no arguments (got %q); the store is --db, the output -o", c.Args().First())
	}
	format, err := export.Lookup(c.String("format"))
	if err != nil {
		return err
	}
	f := export.Filter{Doc: c.String("doc"), Hops: c.Int("hops"), Predicates: c.StringSlice("predicate"),
		Since: c.String("since"), Until: c.String("until"), MinConfidence: c.Float64("min-confidence")}
	if c.IsSet("hops") && f.Hops < 1 {
		return fmt.Errorf("--hops %d: want 1..%d", f.Hops, export.MaxHops)
	}
	if err := f.Validate(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	store, err := openStore(c, true)
	if err != nil {
		return err
	}
	defer store.Close()
	if f.Doc != "" {
		if err := checkDocExists(c, store, f.Doc); err != nil {
			return err
		}
	}
	if name := c.String("entity"); name != "" {
		if f.Entity, err = resolveEntity(c, store, name); err != nil {
			return err
		}
	}
	out := c.String("output")
	if fi, statErr := os.Stat(out); out != "" && (format.Name == "csv" && !strings.HasSuffix(out, ".zip") || statErr == nil && fi.IsDir()) {
		paths, err := export.WriteDir(c.Context, out, store, format.Name, f)
		if err != nil {
			return err
		}
		for _, p := range paths {
			fmt.Fprintln(c.App.ErrWriter, "kg: wrote", p)
		}
		return nil
	}
	if out == "" || out == "-" {
		if format.Name == "csv" && isTerminal(c.App.Writer) {
			return errors.New("export csv: give -o DIR for nodes.csv and edges.csv (a zip goes to standard output only when redirected)")
		}
		return export.Write(c.Context, c.App.Writer, store, format.Name, f)
	}
	return writeAtomically(out, func(w io.Writer) error {
		return export.Write(c.Context, w, store, format.Name, f)
	})
}

// checkDocExists fails when --doc names no document of the store, so that a
// typo gives an error rather than an empty export.
func checkDocExists(c *cli.Context, store *graph.Store, doc string) error {
	ok, err := store.HasDocument(c.Context, doc)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("export: no document %q in %s (kg stats --docs lists them)", safetext.Clip(doc), store.Spec())
	}
	return nil
}

// resolveEntity turns --entity into one entity IRI.
func resolveEntity(c *cli.Context, store *graph.Store, name string) (quad.IRI, error) {
	found, err := store.Resolve(c.Context, name)
	if err != nil {
		return "", err
	}
	switch len(found) {
	case 0:
		return "", fmt.Errorf("export: no entity %q in %s", safetext.Clip(name), store.Spec())
	case 1:
		return found[0], nil
	}
	names := make([]string, len(found))
	for i, iri := range found {
		names[i] = string(iri)
	}
	return "", fmt.Errorf("export: %q names %d entities, give one IRI: %s", name, len(found), strings.Join(names, ", "))
}

// writeAtomically writes path through a temporary file in the same
// directory, renamed into place only when fn succeeds.
func writeAtomically(path string, fn func(w io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("%s: %w", path, patherr.Unwrap(err))
	}
	defer os.Remove(tmp.Name())
	if err := fn(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("%s: %w", path, patherr.Unwrap(err))
	}
	return nil
}
