// Command kg builds a knowledge graph of who did what to whom from news
// articles, stores it in Cayley, and answers questions about it.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/newskg/kg/internal/safetext"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// The first Ctrl-C stops the command cleanly (the store is closed); a
	// second one kills the process.
	go func() { <-ctx.Done(); stop() }()
	code := run(ctx, os.Args, os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run runs kg with args on the given streams and returns the exit code: 0 on
// success, 1 after printing "kg: problem" on stderr.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := newApp()
	app.Reader, app.Writer, app.ErrWriter = stdin, stdout, stderr
	app.ExitErrHandler = func(*cli.Context, error) {} // run decides the exit code
	if err := app.RunContext(ctx, canonicalFlags(app, args)); err != nil {
		if topic, ok := strings.CutPrefix(err.Error(), "No help topic for "); ok {
			err = fmt.Errorf("unknown command %s (kg --help lists them)", topic)
		}
		if !errors.Is(err, errSilent) {
			fmt.Fprintln(stderr, "kg:", errorLine(err))
		}
		return 1
	}
	return 0
}

// errorLine is the one line kg prints for err: control characters escaped
// (an article's text must not drive the terminal) and, as a last guard for
// messages that quote a huge input, cut to a readable length.
func errorLine(err error) string {
	msg := safetext.Terminal(err.Error())
	if len(msg) > 4000 {
		msg = msg[:strings.LastIndex(msg[:2000], " ")+1] + fmt.Sprintf("… (message of %d bytes cut)", len(msg))
	}
	return msg
}

// errSilent makes kg exit 1 without a message of its own: the problem has
// been reported already.
var errSilent = errors.New("failed")

// newApp assembles the command; each command lives in a file of its own.
func newApp() *cli.App {
	return &cli.App{
		Name:  "kg",
		Usage: "build a knowledge graph of political events from news articles",
		Description: `Reads news articles (Arabic), extracts who did what to whom with the
sentence that says so, stores the facts in Cayley, and answers questions.
"kg COMMAND --help" shows a command's flags and examples.

Quick start:
   kg ingest --db kg.db examples/            # extract and store the seed article
   kg query --db kg.db who-met بوتين         # whom Putin met, when, and the evidence
   kg query --list                           # every canned query
   kg serve --db kg.db                       # web page on http://127.0.0.1:7480/`,
		EnableBashCompletion: true,
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
			scorerCommand(),  // scorer.go
			relclfCommand(),  // relclf.go
		},
	}
}
