package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/newskg/kg/extract"
	_ "github.com/newskg/kg/extract/ar" // registers the Arabic extractor
	"github.com/newskg/kg/extract/scorer"
	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/pipeline"
	"github.com/newskg/kg/source"
)

// dbFlag names the store every store-using command opens.
var dbFlag = &cli.StringFlag{
	Name:    "db",
	EnvVars: []string{"KG_DB"},
	Value:   graph.DefaultSpec,
	Usage:   "the store: a directory (Bolt: one writer, or several readers, at a time), mem: (in memory, for one command), or postgres://user:pass@host/db?sslmode=disable (shared by many processes; cockroach://… for CockroachDB)",
}

// baseFlag is the base IRI of a new store (an existing store keeps its own).
var baseFlag = &cli.StringFlag{
	Name:    "base",
	EnvVars: []string{"KG_BASE"},
	Usage:   "base IRI under which entities, statements and documents are minted (default " + graph.DefaultBase + "; a store keeps the base it was created with)",
}

// openStore opens the store named by --db (and --base, when the command has
// it). Errors are one line, naming the store.
func openStore(c *cli.Context, readOnly bool) (*graph.Store, error) {
	spec := c.String(dbFlag.Name)
	if strings.TrimSpace(spec) == "" {
		return nil, errors.New("--db is empty: give a directory (Bolt), mem: or postgres://…")
	}
	// c.String is "" for a command without --base: the store's own base.
	s, err := graph.Open(c.Context, spec, graph.Options{Base: c.String(baseFlag.Name), ReadOnly: readOnly})
	if errors.Is(err, graph.ErrStoreLocked) {
		// Say how to do it anyway: through the server that holds the store.
		if readOnly {
			return nil, fmt.Errorf("%w; if a kg serve holds it, ask the server instead (GET /api/query/NAME?…, /api/entity/NAME, /api/export)", err)
		}
		return nil, fmt.Errorf("%w; to add documents while it is served, run the server with kg serve --allow-ingest and POST each article to /api/ingest (curl --data-binary @article.txt 'http://127.0.0.1:7480/api/ingest?lang=ar')", err)
	}
	if err != nil {
		return nil, err
	}
	return s, nil
}

// isNewBoltStore tells whether spec names a Bolt store that does not exist
// yet (a command that creates it and then fails removes it).
func isNewBoltStore(spec string) bool {
	if spec == "" || spec == "mem:" || strings.Contains(spec, "://") {
		return false
	}
	_, err := os.Stat(spec)
	return errors.Is(err, os.ErrNotExist)
}

// Flags of the commands that read documents (ingest, extract).
func docFlags() []cli.Flag {
	return append(sourceFlags(), []cli.Flag{
		&cli.IntFlag{Name: "workers", Value: runtime.GOMAXPROCS(0), Usage: "extraction workers"},
		&cli.BoolFlag{Name: "fail-fast", Usage: "stop at the first document that fails"},
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress display"},
		&cli.Float64Flag{Name: "min-confidence", Value: scorer.DefaultThreshold(), Usage: "leave out the facts whose confidence (the fact scorer's probability that the fact is right) is below this; the default is the threshold written in the scorer's model (see extract/scorer/doc.go)"},
		&cli.BoolFlag{Name: "keep-low-confidence", Usage: "keep the facts below --min-confidence too, each with its confidence, for review (kg export --min-confidence leaves them out later)"},
	}...)
}

// sourceFlags describe text documents (docInput reads them).
func sourceFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "lang", Usage: "language `code` of text documents (default: from a file name like x.ar.txt, else guessed from the script)"},
		&cli.StringFlag{Name: "date", Usage: "publication date of text documents, `YYYY-MM-DD` or RFC 3339 (default: a date in the file name)"},
		&cli.StringFlag{Name: "title", Usage: "`title` of a text document"},
		&cli.StringFlag{Name: "id", Usage: "`id` of a single text document (default: the file name without extensions)"},
		&cli.StringFlag{Name: "url", Usage: "`url` of a single text document"},
	}
}

// minConfidence is the confidence below which a document-reading command
// leaves facts out: --min-confidence, or 0 with --keep-low-confidence.
func minConfidence(c *cli.Context) (float64, error) {
	v := c.Float64("min-confidence")
	if v < 0 || v > 1 {
		return 0, fmt.Errorf("--min-confidence %v: want a number in 0..1", v)
	}
	if c.Bool("keep-low-confidence") {
		return 0, nil
	}
	return v, nil
}

// docInput returns the paths and defaults given to a document-reading command.
func docInput(c *cli.Context) ([]string, source.Defaults, error) {
	paths := c.Args().Slice()
	if len(paths) == 0 {
		return nil, source.Defaults{}, errors.New("no input: give files, directories or - for standard input")
	}
	for _, p := range paths {
		if len(p) > 1 && strings.HasPrefix(p, "-") {
			if _, err := os.Stat(p); err != nil {
				return nil, source.Defaults{}, fmt.Errorf("%s: flags must come before the paths (kg %s [flags] PATH...)", p, c.Command.Name)
			}
		}
	}
	d := source.Defaults{
		ID:    strings.TrimSpace(c.String("id")),
		Title: strings.TrimSpace(c.String("title")),
		Lang:  strings.TrimSpace(c.String("lang")),
		URL:   strings.TrimSpace(c.String("url")),
		Stdin: c.App.Reader,
	}
	if s := c.String("date"); s != "" {
		t, err := source.ParseDate(s)
		if err != nil {
			return nil, d, fmt.Errorf("--date: %w", err)
		}
		d.Date = t
	}
	return paths, d, nil
}

// progressFor returns the progress display of a command: none with --quiet
// or when the command's error stream is not stderr (tests).
func progressFor(c *cli.Context) pipeline.Progress {
	f, ok := c.App.ErrWriter.(*os.File)
	if !ok {
		return nil
	}
	return pipeline.NewProgress(f, c.Bool("quiet"))
}

// errorf prints one "kg: …" line on the command's error stream.
func errorf(c *cli.Context, format string, args ...any) {
	fmt.Fprintf(c.App.ErrWriter, "kg: "+format+"\n", args...)
}

// isTerminal reports whether w is a terminal.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// langWarning returns a warning when a document's language and the script
// of its text disagree (--lang ar on an English text: the Arabic extractor
// finds next to nothing in it), or "".
func langWarning(c *cli.Context, d extract.Document) string {
	seen := source.DetectLang(d.Text)
	if seen == "" || d.Lang == "" || (d.Lang == "ar") == (seen == "ar") {
		return ""
	}
	script, how := "Latin", "language"
	if seen == "ar" {
		script = "Arabic"
	}
	if c.IsSet("lang") {
		how = "--lang"
	}
	return fmt.Sprintf("%s: warning: %s %s, but the text is in %s script (%s?); the %s extractor will find little in it",
		d.Origin, how, d.Lang, script, seen, d.Lang)
}
