package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/newskg/kg/internal/patherr"
)

func importCommand() *cli.Command {
	return &cli.Command{
		Name:      "import",
		Usage:     "load N-Quads (another store's export) into the store, document by document",
		ArgsUsage: "FILE.nq... (- for stdin)",
		Description: `Loads N-Quads written by kg export --format nquads (from another store,
or another machine) into the store. Each document's quads, grouped by their
label, are written in one transaction and replace what that document had
contributed before, as a second ingest would.

Examples:
   kg export --db old.db -o graph.nq && kg import --db new.db graph.nq
   kg export --db a.db | kg import --db b.db -`,
		Flags: []cli.Flag{dbFlag, baseFlag},
		Action: func(c *cli.Context) error {
			files := c.Args().Slice()
			if len(files) == 0 {
				return errors.New("import: give N-Quads files (or - for standard input)")
			}
			// Check every file before touching the store.
			for _, f := range files {
				if f == "-" {
					continue
				}
				if fi, err := os.Stat(f); err != nil {
					return fmt.Errorf("%s: no such file", f)
				} else if fi.IsDir() {
					return fmt.Errorf("%s: is a directory, want an N-Quads file", f)
				}
			}
			spec := c.String(dbFlag.Name)
			created := isNewBoltStore(spec)
			store, err := openStore(c, false)
			if err != nil {
				return err
			}
			defer store.Close()
			// A failed import into a store it created leaves no empty store.
			failed := true
			defer func() {
				if failed && created {
					store.Close()
					os.RemoveAll(spec)
				}
			}()
			docs, quads := 0, 0
			for _, f := range files {
				var r io.Reader = c.App.Reader
				if f != "-" {
					fh, err := os.Open(f)
					if err != nil {
						return fmt.Errorf("%s: %w", f, patherr.Unwrap(err))
					}
					defer fh.Close()
					r = fh
				}
				stats, err := store.Import(c.Context, r)
				if err != nil {
					return fmt.Errorf("%s: %w", f, err)
				}
				added := 0
				for _, s := range stats {
					added += s.Added
					quads += s.Quads
				}
				docs += len(stats)
				fmt.Fprintf(c.App.Writer, "%s: %d documents, %d quads added\n", f, len(stats), added)
			}
			if err := store.Close(); err != nil {
				return err
			}
			failed = false
			fmt.Fprintf(c.App.Writer, "total: %d documents, %d quads\n", docs, quads)
			return nil
		},
	}
}
