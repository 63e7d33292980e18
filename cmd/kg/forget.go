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
		Flags:     []cli.Flag{dbFlag},
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
			if failed > 0 {
				return fmt.Errorf("%d of %d documents could not be forgotten", failed, len(ids))
			}
			return nil
		},
	}
}
