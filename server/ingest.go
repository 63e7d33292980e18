package server

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/meeting"
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
	ctx := r.Context()
	var report []ingestDoc
	failed := 0
	for doc, err := range source.Read(ctx, []string{"-"}, d) {
		rep := ingestDoc{ID: doc.ID, Origin: doc.Origin, Lang: doc.Lang}
		if err == nil {
			err = s.ingestOne(r, doc, &rep)
		}
		if err != nil {
			rep.Error = err.Error()
			failed++
		}
		report = append(report, rep)
	}
	status := http.StatusOK
	if failed > 0 {
		status = http.StatusUnprocessableEntity
	}
	writeJSON(w, status, map[string]any{"documents": report, "failed": failed})
}

func (s *Server) ingestOne(r *http.Request, doc extract.Document, rep *ingestDoc) error {
	if doc.Lang == "" {
		doc.Lang = source.DetectLang(doc.Text)
		rep.Lang = doc.Lang
	}
	x, err := extract.Lookup(doc.Lang)
	if err != nil {
		return err
	}
	res, err := x.Extract(r.Context(), doc)
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	meeting.Fill(res)
	res.KeepConfident(s.cfg.MinConfidence)
	unlock := s.writeLock()
	st, err := s.store.Write(r.Context(), res)
	s.name.invalidate()
	unlock()
	if err != nil {
		return err
	}
	rep.ID, rep.Facts, rep.Entities, rep.Added, rep.Removed = st.DocID, st.Facts, st.Entities, st.Added, st.Removed
	return nil
}
