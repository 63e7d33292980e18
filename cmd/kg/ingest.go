package main

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/newskg/kg/pipeline"
	"github.com/newskg/kg/source"
)

func ingestCommand() *cli.Command {
	return &cli.Command{
		Name:      "ingest",
		Usage:     "extract facts from articles and store them",
		ArgsUsage: "PATH... (.txt, .jsonl, directories, - for stdin)",
		Description: `Reads every article under the paths, extracts entities and facts on
parallel workers and stores each document atomically. Ingesting a document
again replaces what it contributed before. Prints one line per document and a
total; exits 1 when any document failed (the others are stored). Flags go
before the paths.

Examples:
   kg ingest --db kg.db examples/
   kg ingest --db kg.db articles.jsonl more/
   kg ingest --db kg.db --date 2015-11-23 --title "Putin in Tehran" article.txt
   kg ingest --db review.db --keep-low-confidence articles.jsonl   # every candidate, with its confidence
   curl -s https://example.org/article.txt | kg ingest --db kg.db --id tehran-visit -
   kg ingest --db postgres://kg:secret@127.0.0.1/kg?sslmode=disable --json part1/`,
		Flags: append([]cli.Flag{
			dbFlag, baseFlag,
			&cli.BoolFlag{Name: "json", Usage: "print a JSON summary instead of lines"},
			&cli.IntFlag{Name: "batch", Value: 64, Usage: "documents per store transaction"},
		}, docFlags()...),
		Action: runIngest,
	}
}

// docReport is one document of the --json summary.
type docReport struct {
	ID       string `json:"id,omitempty"`
	Origin   string `json:"origin"`
	Facts    int    `json:"facts"`
	Entities int    `json:"entities"`
	Quads    int    `json:"quads"`
	Added    int    `json:"added"`
	Removed  int    `json:"removed"`
	Error    string `json:"error,omitempty"`
}

// ingestReport is the --json summary.
type ingestReport struct {
	Store     string      `json:"store"`
	Documents []docReport `json:"documents"`
	Total     totals      `json:"total"`
}

// totals adds up the documents of a run; Entities is the sum of each
// document's entities (documents share entities: kg stats counts distinct ones).
type totals struct {
	Documents int     `json:"documents"`
	Failed    int     `json:"failed"`
	Facts     int     `json:"facts"`
	Entities  int     `json:"entities"`
	Quads     int     `json:"quads"`
	Added     int     `json:"added"`
	Removed   int     `json:"removed"`
	Dropped   int     `json:"lowConfidence"`
	Seconds   float64 `json:"seconds"`
}

func runIngest(c *cli.Context) error {
	paths, defaults, err := docInput(c)
	if err != nil {
		return err
	}
	minConf, err := minConfidence(c)
	if err != nil {
		return err
	}
	store, err := openStore(c, false)
	if err != nil {
		return err
	}
	defer store.Close()

	out := c.App.Writer
	asJSON := c.Bool("json")
	prog := progressFor(c)
	total := -1
	if prog != nil {
		total = source.Count(paths)
	}
	rep := ingestReport{Store: store.Spec(), Documents: []docReport{}}
	sum, runErr := pipeline.Run(c.Context, source.Read(c.Context, paths, defaults), store, pipeline.Options{
		Workers:  c.Int("workers"),
		Batch:    c.Int("batch"),
		FailFast: c.Bool("fail-fast"),
		Progress: prog,
		Total:    total,

		MinConfidence: minConf,
	}, func(o pipeline.Outcome) {
		if cl, ok := prog.(interface{ Clear() }); ok {
			cl.Clear()
		}
		if w := langWarning(c, o.Doc); w != "" && o.Err == nil {
			errorf(c, "%s", w)
		}
		st := o.Stats
		d := docReport{ID: st.DocID, Origin: o.Doc.Origin, Facts: st.Facts, Entities: st.Entities, Quads: st.Quads, Added: st.Added, Removed: st.Removed}
		if o.Err != nil {
			d.Error = o.Err.Error()
			errorf(c, "%v", o.Err)
		} else if !asJSON {
			line := fmt.Sprintf("%-28s %4d facts %4d entities %6d quads added", st.DocID, st.Facts, st.Entities, st.Added)
			if st.Removed > 0 {
				line += fmt.Sprintf(", %d removed", st.Removed)
			}
			fmt.Fprintln(out, line)
		}
		if asJSON {
			rep.Documents = append(rep.Documents, d)
		}
	})
	if err := store.Close(); err != nil && runErr == nil {
		runErr = err
	}
	rep.Total = totals{Documents: sum.Documents, Failed: sum.Failed, Facts: sum.Facts, Entities: sum.Entities,
		Quads: sum.Quads, Added: sum.Added, Removed: sum.Removed, Dropped: sum.Dropped, Seconds: sum.Elapsed.Seconds()}
	if asJSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return fmt.Errorf("write summary: %w", err)
		}
	} else {
		// Entities are not summed here: documents share them (kg stats counts them).
		low := ""
		if sum.Dropped > 0 {
			low = fmt.Sprintf(" (%d below confidence %.2f left out)", sum.Dropped, minConf)
		}
		fmt.Fprintf(out, "total: %d documents (%d failed), %d facts%s, %d quads added, %d removed in %s\n",
			sum.Documents, sum.Failed, sum.Facts, low, sum.Added, sum.Removed, sum.Elapsed.Round(time.Millisecond))
	}
	if runErr != nil {
		return runErr
	}
	return failedError(sum.Failed, sum.Documents, "stored")
}

// failedError is the closing error of a run in which some documents failed
// (each already reported on its own line): nil when none failed, a silent
// exit status when the only document failed, else a count.
func failedError(failed, total int, done string) error {
	switch {
	case failed == 0:
		return nil
	case total == 1:
		return errSilent
	case failed == total:
		return fmt.Errorf("all %d documents failed", total)
	}
	return fmt.Errorf("%d of %d documents failed; the others are %s", failed, total, done)
}
