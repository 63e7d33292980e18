package server

import (
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// The guard stands before every handler: it answers only requests for a
// host name the server is known by (against DNS rebinding: a page of
// evil.example whose name later resolves to 127.0.0.1 sends
// "Host: evil.example"), and it refuses cross-site requests that write or
// run scripts (a page on any site may POST a form or text/plain body
// without asking first; only JSON-like bodies make a browser ask, and this
// server never answers such a preflight).

// hostAllowed tells whether the Host header names this server: a loopback
// name or address, an IP address when the server listens on every
// interface (a rebinding attack needs a DNS name), the host it was bound
// to, or one of cfg.AllowedHosts.
func (s *Server) hostAllowed(host string) bool {
	h := host
	if hh, _, err := net.SplitHostPort(host); err == nil {
		h = hh
	}
	h = strings.ToLower(strings.TrimSuffix(strings.Trim(h, "[]"), "."))
	if h == "" {
		return false
	}
	if h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return true
	}
	if ip := net.ParseIP(h); ip != nil {
		if ip.IsLoopback() {
			return true
		}
		bound := s.boundHost()
		if bound == "" || bound == "0.0.0.0" || bound == "::" {
			return true
		}
		return ip.Equal(net.ParseIP(bound))
	}
	for _, a := range s.cfg.AllowedHosts {
		if strings.EqualFold(strings.TrimSuffix(a, "."), h) {
			return true
		}
	}
	return false
}

// boundHost is the host part of the address Serve listens on ("" before).
func (s *Server) boundHost() string {
	addr, _ := s.bound.Load().(string)
	if h, _, err := net.SplitHostPort(addr); err == nil {
		return strings.Trim(h, "[]")
	}
	return ""
}

// writesOrRuns tells whether a request changes the store or runs a script.
func writesOrRuns(r *http.Request) bool {
	if r.Method == http.MethodGet || r.Method == http.MethodHead || r.Method == http.MethodOptions {
		return false
	}
	p := r.URL.Path
	return p == "/api/ingest" || p == "/api/gizmo" || strings.HasPrefix(p, "/api/v2/")
}

// crossSite tells whether a request comes from a page of another origin:
// its Origin names another host, or the browser says so (Sec-Fetch-Site).
func crossSite(r *http.Request) bool {
	if site := r.Header.Get("Sec-Fetch-Site"); site == "cross-site" || site == "same-site" {
		return true
	}
	o := r.Header.Get("Origin")
	if o == "" {
		return false // not a browser's cross-origin request (curl, scripts)
	}
	if o == "null" {
		return true // sandboxed frames, file: pages
	}
	u, err := url.Parse(o)
	if err != nil || u.Host == "" {
		return true
	}
	return !strings.EqualFold(u.Host, r.Host)
}

// jsonContentType tells whether a body type is JSON or JSON lines: the
// types a write must have. A page of another site cannot send them without
// asking the server first (a CORS preflight, which this server never
// grants), unlike a form or text/plain.
func jsonContentType(ct string) bool {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return false
	}
	switch mt {
	case "application/json", "application/x-ndjson", "application/ndjson", "application/jsonl",
		"application/x-jsonlines", "application/jsonlines":
		return true
	}
	return false
}

// guard wraps the server's handler with the host and cross-site checks.
func (s *Server) guard(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.hostAllowed(r.Host) {
			s.fail(w, r, http.StatusMisdirectedRequest, fmt.Errorf("host %q is not a name of this server; start it with --allowed-host %s to serve that name", clipHost(r.Host), clipHost(hostOnly(r.Host))))
			return
		}
		if writesOrRuns(r) {
			if crossSite(r) {
				s.fail(w, r, http.StatusForbidden, fmt.Errorf("cross-site %s %s refused: writes and scripts are for pages of this server and for programs", r.Method, r.URL.Path))
				return
			}
		}
		h.ServeHTTP(w, r)
	})
}

func hostOnly(host string) string {
	if h, _, err := net.SplitHostPort(host); err == nil {
		return h
	}
	return host
}

func clipHost(h string) string {
	if len(h) > 100 {
		return h[:100] + "…"
	}
	return h
}
