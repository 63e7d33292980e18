package server

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// lockedBuffer is a bytes.Buffer safe for the server's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestAccessLog: one line per request — time, client, method, path,
// status, bytes, duration — that a request cannot split or forge.
func TestAccessLog(t *testing.T) {
	var log lockedBuffer
	ts, _ := newTestServer(t, Config{AccessLog: &log})
	reqs := []struct {
		method, path string
		status       int
	}{
		{"GET", "/healthz", 200},
		{"GET", "/api/query/who-met?entity=Putin", 200},
		{"GET", "/api/nosuch", 404},
		{"POST", "/api/queries", 405},
		{"GET", "/api/query/who-met?entity=x%0A2026-01-01T00:00:00Z%20forged%20GET%20/%20200", 400},
	}
	for _, r := range reqs {
		if code, _ := call(t, r.method, ts.URL+r.path, "", "", nil); code != r.status {
			t.Fatalf("%s %s: %d, want %d", r.method, r.path, code, r.status)
		}
	}
	lines := strings.Split(strings.TrimRight(log.String(), "\n"), "\n")
	if len(lines) != len(reqs) {
		t.Fatalf("%d log lines for %d requests:\n%s", len(lines), len(reqs), log.String())
	}
	re := regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \S+ (GET|POST) (\S+) (\d{3}) \d+B \d[\d.]*(µs|ms|s)$`)
	for i, line := range lines {
		m := re.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("line %q is not time client method path status bytes duration", line)
			continue
		}
		if m[1] != reqs[i].method || !strings.HasPrefix(reqs[i].path, strings.SplitN(m[2], "?", 2)[0]) || m[3] != strconv.Itoa(reqs[i].status) {
			t.Errorf("line %q, want %s %s %d", line, reqs[i].method, reqs[i].path, reqs[i].status)
		}
	}
	// Without an access log, nothing is written anywhere (and nothing breaks).
	quiet, _ := newTestServer(t, Config{})
	if code, _ := call(t, "GET", quiet.URL+"/healthz", "", "", nil); code != 200 {
		t.Errorf("healthz without access log: %d", code)
	}
}
