package main

import (
	"errors"
	"fmt"

	"github.com/urfave/cli/v2"
)

func forgetCommand() *cli.Command {
	return &cli.Command{
		Name:      "forget",
		Usage:     "remove documents and every quad they contributed",
		ArgsUsage: "DOC... (document ids, as printed by ingest, or document IRIs)",
		Description: `Removes each document's own quads: its metadata, the statements and
direct edges it gave, and the entity labels only it mentioned. What another
document also gave stays. The ids are those ingest printed (kg stats --json
lists the documents).

Examples:
   kg forget --db kg.db putin-khamenei-2015-11-23
   kg forget --db kg.db snn02 snn05 https://w3id.org/newskg/doc/snn09`,
		Flags: []cli.Flag{dbFlag},
		Action: func(c *cli.Context) error {
			ids := c.Args().Slice()
			if len(ids) == 0 {
				return errors.New("forget: give the ids of the documents to remove")
			}
			store, err := openStore(c, false)
			if err != nil {
				return err
			}
			defer store.Close()
			failed := 0
			for _, id := range ids {
				n, err := store.Forget(c.Context, id)
				if err != nil {
					failed++
					errorf(c, "%v", err)
					continue
				}
				fmt.Fprintf(c.App.Writer, "%s: %d quads removed\n", id, n)
			}
			if err := store.Close(); err != nil {
				return err
			}
			switch {
			case failed == 0:
				return nil
			case len(ids) == 1:
				return errSilent // reported above
			}
			return fmt.Errorf("%d of %d documents could not be forgotten", failed, len(ids))
		},
	}
}
