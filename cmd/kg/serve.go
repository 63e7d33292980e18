package main

import (
	"fmt"
	"io"
	"os/signal"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/newskg/kg/extract/scorer"
	"github.com/newskg/kg/queries"
	"github.com/newskg/kg/server"
)

func serveCommand() *cli.Command {
	return &cli.Command{
		Name:  "serve",
		Usage: "serve the store over HTTP: JSON API, Cayley's /api/v2, and a web page to explore the graph",
		Description: `Serves the canned queries, entity look-up, name search, exports and a web
page. A Bolt store takes one writer, and no reader while it is written: run
the server on it and let everyone use it. It binds loopback unless --addr says otherwise. Ad-hoc
scripts (POST /api/gizmo and Cayley's /api/v2/query) and POST /api/ingest are
off unless allowed.

Examples:
   kg serve --db kg.db                      then open http://127.0.0.1:7480/
   kg serve --db kg.db --allow-ingest --allow-gizmo --addr 0.0.0.0:7480
   kg serve --db kg.db --quiet              (no access log)
   kg serve --db kg.db 2>> access.log
   curl 'http://127.0.0.1:7480/api/query/who-met?entity=Putin'`,
		Flags: []cli.Flag{
			dbFlag,
			&cli.StringFlag{Name: "addr", Value: server.DefaultAddr, Usage: "listen address (host:port)"},
			&cli.BoolFlag{Name: "allow-gizmo", Usage: "enable ad-hoc read-only Gizmo scripts: POST /api/gizmo and Cayley's POST /api/v2/query"},
			&cli.BoolFlag{Name: "allow-ingest", Usage: "enable POST /api/ingest (opens the store for writing)"},
			&cli.DurationFlag{Name: "timeout", Value: queries.DefaultTimeout, Usage: "time limit of every query"},
			&cli.IntFlag{Name: "limit", Value: queries.DefaultLimit, Usage: "row limit of every query"},
			&cli.IntFlag{Name: "export-facts", Value: server.DefaultExportFacts, Usage: "fact limit of an entity's neighbourhood export (GET /api/export?entity=; a cut export has the header KG-Export-Cut)"},
			&cli.Int64Flag{Name: "max-body", Value: 8 << 20, Usage: "largest request body accepted, in bytes"},
			&cli.StringSliceFlag{Name: "allowed-host", Usage: "a host `NAME` clients use to reach the server (repeatable; loopback names and IP addresses are always allowed)"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no access log (by default one line per request on standard error: time, client, method, path, status, bytes, duration)"},
			&cli.Float64Flag{Name: "min-confidence", Value: scorer.DefaultThreshold(), Usage: "POST /api/ingest leaves out the facts whose confidence is below this (0 keeps them for review)"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("serve takes no arguments (got %q)", c.Args().First())
			}
			store, err := openStore(c, !c.Bool("allow-ingest"))
			if err != nil {
				return err
			}
			defer store.Close()
			srv, err := server.New(server.Config{
				Store: store, AllowGizmo: c.Bool("allow-gizmo"), AllowIngest: c.Bool("allow-ingest"),
				QueryTimeout: c.Duration("timeout"), QueryLimit: c.Int("limit"), MaxBody: c.Int64("max-body"),
				ExportFacts:   c.Int("export-facts"),
				AllowedHosts:  c.StringSlice("allowed-host"),
				MinConfidence: c.Float64("min-confidence"),
				Log:           func(format string, args ...any) { fmt.Fprintf(c.App.ErrWriter, format+"\n", args...) },
				AccessLog:     accessLog(c),
			})
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(c.Context, syscall.SIGINT, syscall.SIGTERM)
			defer stop()
			return srv.Serve(ctx, c.String("addr"), func(addr string) {
				onOff := map[bool]string{true: "on", false: "off"}
				fmt.Fprintf(c.App.Writer, "kg: serving %s on http://%s/ (ad-hoc Gizmo %s, ingest %s; Ctrl-C stops)\n",
					store.Spec(), addr, onOff[c.Bool("allow-gizmo")], onOff[c.Bool("allow-ingest")])
			})
		},
	}
}

// accessLog is where kg serve logs requests: standard error, unless --quiet.
func accessLog(c *cli.Context) io.Writer {
	if c.Bool("quiet") {
		return nil
	}
	return c.App.ErrWriter
}
