package server

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/newskg/kg/internal/safetext"
)

// accessLog wraps h so that every request writes one line to
// cfg.AccessLog once answered:
//
//	2026-11-20T10:04:05Z 127.0.0.1:53012 GET /api/query/who-met?entity=Putin 200 1834B 12.4ms
//
// (time, client, method, path with its query, status, bytes written,
// duration). Control characters of the path are escaped and a huge path is
// cut, so that a request cannot forge or flood log lines. Without
// cfg.AccessLog, h is returned as is.
func (s *Server) accessLog(h http.Handler) http.Handler {
	out := s.cfg.AccessLog
	if out == nil {
		return h
	}
	var mu sync.Mutex // one line at a time
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w}
		defer func() {
			status := rec.status
			if status == 0 {
				status = http.StatusOK
			}
			line := fmt.Sprintf("%s %s %s %s %d %dB %s\n", start.UTC().Format(time.RFC3339), logField(r.RemoteAddr),
				logField(r.Method), logField(r.URL.RequestURI()), status, rec.bytes, roundDuration(time.Since(start)))
			mu.Lock()
			io.WriteString(out, line)
			mu.Unlock()
		}()
		h.ServeHTTP(rec, r)
	})
}

// maxLogPath is the most bytes of a path (with its query) a line quotes.
const maxLogPath = 1000

// logField is s fit for one field of a log line: control characters (line
// breaks and tabs too) escaped, blanks encoded, at most maxLogPath bytes.
func logField(s string) string {
	if len(s) > maxLogPath {
		cut := maxLogPath
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = fmt.Sprintf("%s…(%dB)", s[:cut], len(s))
	}
	s = strings.NewReplacer("\n", `\n`, "\t", `\t`, " ", "%20").Replace(safetext.Terminal(s))
	if s == "" {
		return "-"
	}
	return s
}

// recorder notes the status and size of an answer.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// Flush passes streaming answers on.
func (r *recorder) Flush() {
	if f, ok := r.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Unwrap lets http.ResponseController reach the connection.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// roundDuration keeps three significant digits or so: 12.4ms, 1.23s.
func roundDuration(d time.Duration) time.Duration {
	switch {
	case d >= time.Second:
		return d.Round(10 * time.Millisecond)
	case d >= time.Millisecond:
		return d.Round(100 * time.Microsecond)
	}
	return d.Round(time.Microsecond)
}
