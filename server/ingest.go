package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/pipeline"
	"github.com/newskg/kg/source"
)

// ingestDoc reports one document of POST /api/ingest.
type ingestDoc struct {
	ID       string `json:"id,omitempty"`
	Origin   string `json:"origin,omitempty"`
	Lang     string `json:"lang,omitempty"`
	Facts    int    `json:"facts"`
	Entities int    `json:"entities"`
	Added    int    `json:"added"`
	Removed  int    `json:"removed"`
	Error    string `json:"error,omitempty"`
}

// ingest extracts and stores the article(s) of the body, JSON lines (one
// article object per line: {"id","title","date","lang","url","text"}; a
// single object is one line) sent as application/json or
// application/x-ndjson; ?id=&title=&date=&lang=&url= are defaults for
// what a line leaves out.
// Documents go through the ingest pipeline, as kg ingest's do (a panicking
// extractor, or two documents with one id, fail that document alone).
// Extraction runs concurrently with readers; each document's write takes
// the store exclusively for its duration. It answers 200 when every
// document was stored, 422 when some failed (the report says which).
func (s *Server) ingest(w http.ResponseWriter, r *http.Request) {
	if !s.cfg.AllowIngest {
		s.fail(w, r, http.StatusForbidden, errors.New("ingest is off; start the server with --allow-ingest"))
		return
	}
	if err := checkParams(r, "id", "title", "date", "lang", "url"); err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	if ct := r.Header.Get("Content-Type"); !jsonContentType(ct) {
		s.fail(w, r, http.StatusUnsupportedMediaType, fmt.Errorf("send articles as application/json or application/x-ndjson, one {\"text\": …} object per line (got Content-Type %q)", ct))
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBody))
	if err != nil {
		s.fail(w, r, statusOf(err), fmt.Errorf("read body: %w", err))
		return
	}
	if len(bytes.TrimSpace(body)) == 0 {
		s.fail(w, r, http.StatusBadRequest, errors.New("empty body: send an article's text or JSONL"))
		return
	}
	q := r.URL.Query()
	d := source.Defaults{ID: q.Get("id"), Title: q.Get("title"), Lang: q.Get("lang"), URL: q.Get("url"),
		Stdin: bytes.NewReader(body), StdinName: "request body"}
	if v := q.Get("date"); v != "" {
		if d.Date, err = source.ParseDate(v); err != nil {
			s.fail(w, r, http.StatusBadRequest, err)
			return
		}
	}
	var report []ingestDoc
	sum, err := pipeline.Run(r.Context(), source.Read(r.Context(), []string{"-"}, d), lockedWriter{s}, pipeline.Options{
		Workers: 1, Batch: 1, MinConfidence: s.cfg.MinConfidence,
	}, func(o pipeline.Outcome) {
		rep := ingestDoc{ID: o.Doc.ID, Origin: o.Doc.Origin, Lang: o.Doc.Lang}
		if o.Err != nil {
			rep.Error = reportError(o.Err)
		} else {
			st := o.Stats
			rep.ID, rep.Facts, rep.Entities, rep.Added, rep.Removed = st.DocID, st.Facts, st.Entities, st.Added, st.Removed
		}
		report = append(report, rep)
	})
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	status := http.StatusOK
	if sum.Failed > 0 {
		status = http.StatusUnprocessableEntity
	}
	writeJSON(w, status, map[string]any{"documents": report, "failed": sum.Failed})
}

// lockedWriter writes through the ingest pipeline, each write taking the
// store exclusively for its duration and refreshing the name index after.
type lockedWriter struct{ s *Server }

func (lw lockedWriter) WriteMany(ctx context.Context, rs []*extract.Result) ([]graph.WriteStats, []error) {
	unlock := lw.s.writeLock()
	defer unlock()
	st, errs := lw.s.store.WriteMany(ctx, rs)
	lw.s.name.invalidate()
	return st, errs
}

// reportError is the error of one document in the report, which names the
// document's origin on its own: the problem without the origin, but for a
// problem of reading the body, which names its line.
func reportError(err error) string {
	var de *pipeline.DocError
	if errors.As(err, &de) && de.Stage != pipeline.StageRead {
		return de.Err.Error()
	}
	return err.Error()
}
