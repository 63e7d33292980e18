package source

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/internal/testfile"
)

// Test sentences are the project's own, not taken from any article.
const (
	arText = "استقبل الرئيس المصري في القاهرة وزير الخارجية الفرنسي يوم الأحد.\n"
	enText = "The Egyptian president received the French foreign minister in Cairo on Sunday.\n"
)

type got struct {
	docs []extract.Document
	errs []string // "" for a document read without error
}

func readAll(t *testing.T, paths []string, d Defaults) got {
	t.Helper()
	var g got
	for doc, err := range Read(context.Background(), paths, d) {
		g.docs = append(g.docs, doc)
		if err != nil {
			g.errs = append(g.errs, err.Error())
		} else {
			g.errs = append(g.errs, "")
		}
	}
	return g
}

func TestReadErrors(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name    string
		files   map[string]string
		path    string // relative to the case directory
		d       Defaults
		wantErr []string // substrings of the one error expected
	}{
		{name: "missing file", path: "nope.txt", wantErr: []string{"nope.txt", "no such file"}},
		{name: "empty directory", files: map[string]string{"sub/readme.md": "x"}, path: "sub", wantErr: []string{"sub", "no .txt or .jsonl"}},
		{name: "binary text", files: map[string]string{"a.txt": "abc\x00def"}, path: "a.txt", wantErr: []string{"a.txt", "binary", "offset 3"}},
		{name: "binary jsonl", files: map[string]string{"a.jsonl": "{\"text\":\"x\"}\n\x00\x01"}, path: "a.jsonl", wantErr: []string{"a.jsonl", "binary", "offset 13"}},
		{name: "invalid utf-8", files: map[string]string{"a.txt": "مرحبا\xff"}, path: "a.txt", wantErr: []string{"a.txt", "invalid UTF-8 at byte offset 10"}},
		{name: "invalid utf-8 in jsonl", files: map[string]string{"a.jsonl": "{\"text\":\"ok\"}\n{\"text\":\"b\xc3\"}\n"}, path: "a.jsonl", wantErr: []string{"a.jsonl:2", "invalid UTF-8 at byte offset 24"}},
		{name: "empty text", files: map[string]string{"a.txt": " \n\t\n"}, path: "a.txt", wantErr: []string{"a.txt", "empty text"}},
		{name: "empty jsonl text", files: map[string]string{"a.jsonl": `{"id":"x","text":""}`}, path: "a.jsonl", wantErr: []string{"a.jsonl:1", "empty text"}},
		{name: "no text field", files: map[string]string{"a.jsonl": `{"id":"x"}`}, path: "a.jsonl", wantErr: []string{"a.jsonl:1", `no "text"`}},
		{name: "malformed line", files: map[string]string{"a.jsonl": `{"id":"x","text":"abc`}, path: "a.jsonl", wantErr: []string{"a.jsonl:1", "malformed JSON"}},
		{name: "not an object", files: map[string]string{"a.jsonl": `["x"]`}, path: "a.jsonl", wantErr: []string{"a.jsonl:1", "want an object"}},
		{name: "text not a string", files: map[string]string{"a.jsonl": `{"text":5}`}, path: "a.jsonl", wantErr: []string{"a.jsonl:1", `"text"`}},
		{name: "bad date", files: map[string]string{"a.jsonl": `{"text":"Hello world","date":"23/11/2015"}`}, path: "a.jsonl", wantErr: []string{"a.jsonl:1", `date "23/11/2015"`}},
		{name: "empty jsonl file", files: map[string]string{"a.jsonl": "\n\n"}, path: "a.jsonl", wantErr: []string{"a.jsonl", "no documents"}},
		{name: "NUL in jsonl text", files: map[string]string{"a.jsonl": `{"id":"x","text":"abc\u0000def"}`}, path: "a.jsonl", wantErr: []string{"a.jsonl:1", "NUL", `"text"`, "offset 3"}},
		{name: "long bad date", files: map[string]string{"a.jsonl": `{"text":"Hello world","date":"` + strings.Repeat("9", 100000) + `"}`}, path: "a.jsonl", wantErr: []string{"a.jsonl:1", "100000 bytes in all"}},
		{name: "long bad id", files: map[string]string{"a.jsonl": `{"text":"Hello world","id":[` + strings.Repeat("1,", 50000) + `1]}`}, path: "a.jsonl", wantErr: []string{"a.jsonl:1", "bytes in all"}},
		{name: "unknown script", files: map[string]string{"a.txt": "12345 ... 678"}, path: "a.txt", wantErr: []string{"a.txt", "--lang"}},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cd := filepath.Join(dir, string(rune('a'+i)))
			os.MkdirAll(cd, 0o755)
			for n, c := range tc.files {
				testfile.Write(t, cd, n, c)
			}
			g := readAll(t, []string{filepath.Join(cd, tc.path)}, tc.d)
			var errs []string
			for _, e := range g.errs {
				if e != "" {
					errs = append(errs, e)
				}
			}
			if len(errs) != 1 {
				t.Fatalf("got errors %q, want exactly one", errs)
			}
			if strings.Contains(errs[0], "\n") {
				t.Errorf("error %q spans lines", errs[0])
			}
			if len(errs[0]) > 600 {
				t.Errorf("error of %d bytes: it quotes too much of the input", len(errs[0]))
			}
			for _, w := range tc.wantErr {
				if !strings.Contains(errs[0], w) {
					t.Errorf("error %q does not mention %q", errs[0], w)
				}
			}
		})
	}
}

func TestReadText(t *testing.T) {
	dir := t.TempDir()
	p := testfile.Write(t, dir, "putin-visit-2015-11-23.ar.txt", "\uFEFF"+arText)
	g := readAll(t, []string{p}, Defaults{})
	if len(g.docs) != 1 || g.errs[0] != "" {
		t.Fatalf("got %v %q", g.docs, g.errs)
	}
	d := g.docs[0]
	want := extract.Document{ID: "putin-visit-2015-11-23", Lang: "ar", Date: time.Date(2015, 11, 23, 0, 0, 0, 0, time.UTC), Text: arText, Origin: p}
	if d != want {
		t.Errorf("got %+v\nwant %+v", d, want)
	}

	// Flags win over what the file name says.
	date, _ := ParseDate("2016-01-02T10:00:00+03:00")
	g = readAll(t, []string{p}, Defaults{ID: "x1", Title: "T", Date: date, Lang: "en", URL: "https://example.org/a"})
	d = g.docs[0]
	if d.ID != "x1" || d.Title != "T" || !d.Date.Equal(date) || d.Lang != "en" || d.URL != "https://example.org/a" {
		t.Errorf("defaults not applied: %+v", d)
	}
}

func TestReadIDOnlyOnce(t *testing.T) {
	dir := t.TempDir()
	testfile.Write(t, dir, "a.txt", arText)
	testfile.Write(t, dir, "b.txt", enText)
	g := readAll(t, []string{dir}, Defaults{ID: "one"})
	if len(g.docs) != 2 || g.errs[0] != "" || !strings.Contains(g.errs[1], "b.txt") || !strings.Contains(g.errs[1], "--id") {
		t.Fatalf("got %q", g.errs)
	}
}

func TestReadDirectoryAndJSONL(t *testing.T) {
	dir := t.TempDir()
	testfile.Write(t, dir, "b/2.txt", enText)
	testfile.Write(t, dir, "a.jsonl", strings.Join([]string{
		`{"id":"j1","title":"One","date":"2015-07-25","source":"x","url":"https://example.org/1","lang":"ar","text":"` + strings.TrimSpace(arText) + `"}`,
		``,
		`{"id":"j2","text":"` + strings.TrimSpace(enText) + `","date":"bad"}`,
		`{"id":3,"text":"` + strings.TrimSpace(enText) + `","date":"2015-07-26T08:00:00Z"}`,
	}, "\n"))
	testfile.Write(t, dir, "b/1.txt", arText)
	testfile.Write(t, dir, ".hidden/3.txt", arText)
	testfile.Write(t, dir, "notes.md", "ignored")
	g := readAll(t, []string{dir}, Defaults{})
	var origins []string
	for i, d := range g.docs {
		o := strings.TrimPrefix(d.Origin, dir+string(filepath.Separator))
		if g.errs[i] != "" {
			o += " ERR"
		}
		origins = append(origins, o)
	}
	want := []string{"a.jsonl:1", "a.jsonl:3 ERR", "a.jsonl:4", "b/1.txt", "b/2.txt"}
	if strings.Join(origins, ",") != strings.Join(want, ",") {
		t.Fatalf("origins %v, want %v", origins, want)
	}
	j1 := g.docs[0]
	if j1.ID != "j1" || j1.Title != "One" || j1.Lang != "ar" || j1.URL != "https://example.org/1" || j1.Date.Format("2006-01-02") != "2015-07-25" {
		t.Errorf("j1 = %+v", j1)
	}
	if d := g.docs[2]; d.ID != "3" || d.Lang != "en" || d.Date.Hour() != 8 {
		t.Errorf("line 4 = %+v", d)
	}
	if d := g.docs[3]; d.ID != "1" || d.Lang != "ar" {
		t.Errorf("b/1.txt = %+v", d)
	}
	if n := Count([]string{dir}); n != 5 {
		t.Errorf("Count = %d, want 5", n)
	}
}

func TestReadStdin(t *testing.T) {
	cases := []struct {
		name, in, stdinName string
		want                []string // "origin lang" or "origin ERR"
	}{
		{"text", arText, "", []string{"- ar"}},
		{"jsonl", "\n  {\"text\":\"" + strings.TrimSpace(enText) + "\"}\n{\"text\":\"\"}\n", "", []string{"-:2 en", "-:3 ERR"}},
		{"empty", "", "", []string{"- ERR"}},
		{"named text", arText, "request body", []string{"request body ar"}},
		{"named jsonl", "{\"text\":\"\"}\n", "request body", []string{"request body:1 ERR"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := readAll(t, []string{"-"}, Defaults{Stdin: strings.NewReader(tc.in), StdinName: tc.stdinName})
			var out []string
			for i, d := range g.docs {
				if g.errs[i] != "" {
					out = append(out, d.Origin+" ERR")
				} else {
					out = append(out, d.Origin+" "+d.Lang)
				}
			}
			if strings.Join(out, ",") != strings.Join(tc.want, ",") {
				t.Errorf("got %v, want %v", out, tc.want)
			}
		})
	}
}

func TestReadStopsEarly(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt", "c.txt"} {
		testfile.Write(t, dir, n, enText)
	}
	n := 0
	for range Read(context.Background(), []string{dir}, Defaults{}) {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Fatalf("n = %d", n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for range Read(ctx, []string{dir}, Defaults{}) {
		t.Fatal("read after cancel")
	}
}

func TestDetectLang(t *testing.T) {
	cases := []struct{ text, want string }{
		{arText, "ar"},
		{enText, "en"},
		{"قال بوتين (Putin) إن", "ar"},
		{"2015-11-23", ""},
		{"Привет мир", ""},
	}
	for _, tc := range cases {
		if got := DetectLang(tc.text); got != tc.want {
			t.Errorf("DetectLang(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	for _, s := range []string{"2015-11-23", "2015-11-23T10:00:00Z", "2015-11-23T10:00:00+03:00"} {
		if _, err := ParseDate(s); err != nil {
			t.Errorf("ParseDate(%q): %v", s, err)
		}
	}
	for _, s := range []string{"", "23/11/2015", "2015-13-01", "2015-11"} {
		if _, err := ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q) succeeded", s)
		}
	}
}

// A FIFO named like an article, alone or in a directory, is refused at
// once: reading it would wait forever for a writer.
func TestReadRefusesFIFO(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "x.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	testfile.Write(t, dir, "a.txt", arText)
	for _, p := range []string{fifo, dir} {
		done := make(chan got, 1)
		go func() { done <- readAll(t, []string{p}, Defaults{}) }()
		select {
		case g := <-done:
			found := false
			for _, e := range g.errs {
				if strings.Contains(e, "x.txt") && strings.Contains(e, "named pipe") {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: errors %q, want one naming x.txt as a named pipe", p, g.errs)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("%s: reading hangs on a FIFO", p)
		}
	}
}

// Every problem Read reports is an *Error naming the file and, in a JSONL
// input, the line; the document carries the same place as its Origin.
func TestReadErrorsAreTyped(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	jsonl := write("a.jsonl", `{"id":"ok","text":"`+strings.TrimSpace(arText)+`"}`+"\n\n"+`{"id":"bad","text":"x","date":"yesterday"}`+"\n")
	empty := write("b.txt", " \n")
	cases := []struct {
		name   string
		paths  []string
		d      Defaults
		origin string
		line   int
		is     error // a sentinel the error wraps, or nil
	}{
		{"bad date on line 3", []string{jsonl}, Defaults{}, jsonl, 3, nil},
		{"empty text file", []string{empty}, Defaults{}, empty, 0, nil},
		{"missing file", []string{filepath.Join(dir, "none.txt")}, Defaults{}, filepath.Join(dir, "none.txt"), 0, os.ErrNotExist},
		{"request body", []string{"-"}, Defaults{Stdin: strings.NewReader(`{"text":"x"} junk`), StdinName: "request body"}, "request body", 1, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n := 0
			for doc, err := range Read(context.Background(), c.paths, c.d) {
				if err == nil {
					continue
				}
				n++
				var se *Error
				if !errors.As(err, &se) {
					t.Fatalf("%v (%T) is not a *source.Error", err, err)
				}
				if se.Origin != c.origin || se.Line != c.line {
					t.Errorf("error at %s:%d, want %s:%d (%v)", se.Origin, se.Line, c.origin, c.line, err)
				}
				want := c.origin
				if c.line > 0 {
					want = fmt.Sprintf("%s:%d", c.origin, c.line)
				}
				if doc.Origin != want || !strings.HasPrefix(err.Error(), want+": ") {
					t.Errorf("document origin %q, error %q; want both to name %s", doc.Origin, err, want)
				}
				if c.is != nil && !errors.Is(err, c.is) {
					t.Errorf("%v does not wrap %v", err, c.is)
				}
			}
			if n != 1 {
				t.Errorf("%d errors, want 1", n)
			}
		})
	}
}
