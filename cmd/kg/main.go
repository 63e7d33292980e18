// Command kg builds a knowledge graph of who did what to whom from news
// articles, stores it in Cayley, and answers questions about it.
package main

import (
	"fmt"
	"os"

	"github.com/urfave/cli/v2"
)

func main() {
	app := newApp()
	if err := app.Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "kg:", err)
		os.Exit(1)
	}
}

// newApp assembles the command; each command lives in a file of its own.
func newApp() *cli.App {
	return &cli.App{
		Name:  "kg",
		Usage: "build a knowledge graph of political events from news articles",
		Commands: []*cli.Command{
			ingestCommand(),  // ingest.go
			extractCommand(), // extract.go
			exportCommand(),  // export.go
			vocabCommand(),   // vocab.go
			importCommand(),  // import.go
			forgetCommand(),  // forget.go
			statsCommand(),   // stats.go
			gizmoCommand(),   // gizmo.go
			queryCommand(),   // query.go
			serveCommand(),   // serve.go
			nerCommand(),     // ner.go
			benchCommand(),   // bench.go
		},
	}
}
