// Package source reads news articles from files, directories and standard
// input and hands them over as extract.Documents.
//
// A path names a plain-text file (one article; its metadata comes from
// Defaults and its file name), a JSONL file (one article per line, an object
// with "id", "title", "date", "lang", "url" and "text"; other fields are
// ignored), a directory (every .txt and .jsonl file under it, recursively, in
// sorted order), or "-" for standard input (JSONL when it starts with "{",
// otherwise one plain-text article).
//
// Every problem is reported as an error naming the file and, for JSONL, the
// line ("articles.jsonl:12: date \"12/11/2015\" is not YYYY-MM-DD or RFC 3339");
// a bad document does not stop the others.
package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/internal/patherr"
	"github.com/newskg/kg/internal/safetext"
)

// Defaults are the metadata given on the command line. They apply to plain
// text documents; Lang and Date also fill in JSONL records that lack them.
type Defaults struct {
	// ID is the document id of a single text document. When empty, a text
	// file's id is its file name without the extension(s) (".ar.txt").
	ID    string
	Title string
	// Date is the publication date; when zero, a text file's date is taken
	// from a YYYY-MM-DD in its file name, if there is one.
	Date time.Time
	// Lang is the language code; when empty it is guessed from the script.
	Lang string
	URL  string
	// Stdin is read for the path "-"; os.Stdin when nil.
	Stdin io.Reader
	// StdinName names Stdin in documents' Origin and in errors ("-" when
	// empty; the server says "request body").
	StdinName string
}

// ParseDate parses a publication date given as 2006-01-02 or RFC 3339.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("date %q is not YYYY-MM-DD or RFC 3339", safetext.Clip(s))
}

// DetectLang guesses the language of text from its letters: "ar" when most
// letters are Arabic, "en" when most are Latin, "" when it cannot tell.
func DetectLang(text string) string {
	arabic, latin, other := 0, 0, 0
	for _, r := range text {
		switch {
		case !unicode.IsLetter(r):
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Latin, r):
			latin++
		default:
			other++
		}
	}
	switch {
	case arabic > latin+other:
		return "ar"
	case latin > arabic+other:
		return "en"
	}
	return ""
}

// Error is a problem with one input, naming it: a file (or "-", or the
// server's "request body") and, for a line of a JSONL input, the line.
// Read yields every problem as an *Error.
type Error struct {
	Origin string // the file, as given or found under a directory
	Line   int    // the line of a JSONL input, from 1; 0 for the whole input
	Err    error
}

// Error reads "FILE: problem" or "FILE:LINE: problem".
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Origin, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Origin, e.Err)
}

// Unwrap returns the problem.
func (e *Error) Unwrap() error { return e.Err }

// errNotExist words a missing path as the shell does; it is fs.ErrNotExist
// for errors.Is.
var errNotExist error = notExist{}

type notExist struct{}

func (notExist) Error() string        { return "no such file or directory" }
func (notExist) Is(target error) bool { return target == fs.ErrNotExist }

// Read yields the documents found under paths, in order, each with its
// Origin set ("path" or "path:LINE"). A document that cannot be read is
// yielded as an error (with whatever of the Document is known, at least its
// Origin); reading goes on with the next one. Reading stops early when ctx
// is cancelled or the consumer stops the loop.
func Read(ctx context.Context, paths []string, d Defaults) iter.Seq2[extract.Document, error] {
	return func(yield func(extract.Document, error) bool) {
		r := reader{ctx: ctx, d: d, yield: yield}
		if len(paths) == 0 {
			r.emit(extract.Document{}, errors.New("no input: give files, directories or - for standard input"))
			return
		}
		for _, p := range paths {
			if !r.path(p) {
				return
			}
		}
	}
}

// Count returns how many documents Read would yield for paths, counting
// text files and non-blank JSONL lines without parsing them; -1 when it
// cannot tell beforehand (standard input). Unreadable paths count as one.
func Count(paths []string) int {
	n := 0
	for _, p := range paths {
		if p == "-" {
			return -1
		}
		files, err := listFiles(p)
		if err != nil {
			n++
			continue
		}
		for _, f := range files {
			if !isJSONL(f) {
				n++
				continue
			}
			c, err := countLines(f)
			if err != nil {
				c = 1
			}
			n += c
		}
	}
	return n
}

func countLines(file string) (int, error) {
	f, err := os.Open(file)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<16)
	n := 0
	for {
		line, err := br.ReadSlice('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			n++
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			// A long line: skip to its end without counting it again.
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
		}
		if err == io.EOF {
			return n, nil
		} else if err != nil {
			return n, err
		}
	}
}

type reader struct {
	ctx     context.Context
	d       Defaults
	yield   func(extract.Document, error) bool
	nText   int // text documents yielded, for --id
	stopped bool
}

// emit hands one document or error over; false when reading must stop.
func (r *reader) emit(doc extract.Document, err error) bool {
	if r.stopped {
		return false
	}
	if r.ctx.Err() != nil || !r.yield(doc, err) {
		r.stopped = true
		return false
	}
	return true
}

// place is where a document comes from: a file (or standard input) and,
// in a JSONL file, a line.
type place struct {
	name string
	line int // from 1; 0 for a whole file
}

// origin is the Document.Origin of the place: "name" or "name:LINE".
func (p place) origin() string {
	if p.line > 0 {
		return fmt.Sprintf("%s:%d", p.name, p.line)
	}
	return p.name
}

// fail yields an *Error at p.
func (r *reader) fail(p place, format string, args ...any) bool {
	return r.failErr(p, fmt.Errorf(format, args...))
}

func (r *reader) failErr(p place, err error) bool {
	return r.emit(extract.Document{Origin: p.origin()}, &Error{Origin: p.name, Line: p.line, Err: err})
}

func (r *reader) path(p string) bool {
	if p == "-" {
		return r.stdin()
	}
	files, err := listFiles(p)
	if err != nil {
		return r.emit(extract.Document{Origin: p}, err)
	}
	for _, f := range files {
		var ok bool
		if isJSONL(f) {
			ok = r.jsonlFile(f)
		} else {
			ok = r.textFile(f)
		}
		if !ok {
			return false
		}
	}
	return true
}

// listFiles returns p itself when it is a file, or the .txt and .jsonl files
// under it, sorted, when it is a directory.
func listFiles(p string) ([]string, error) {
	fi, err := os.Stat(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, &Error{Origin: p, Err: errNotExist}
		}
		return nil, &Error{Origin: p, Err: patherr.Unwrap(err)}
	}
	if !fi.IsDir() {
		if !fi.Mode().IsRegular() {
			return nil, &Error{Origin: p, Err: fmt.Errorf("not a regular file (%s); give files, directories, or - for standard input", fileKind(fi.Mode()))}
		}
		return []string{p}, nil
	}
	var files []string
	err = filepath.WalkDir(p, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return &Error{Origin: path, Err: patherr.Unwrap(err)}
		}
		name := e.Name()
		if path != p && strings.HasPrefix(name, ".") {
			if e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !e.IsDir() && (isJSONL(name) || strings.EqualFold(filepath.Ext(name), ".txt")) {
			// Only regular files (a symbolic link to one counts): reading a
			// FIFO or a device would wait forever or never end.
			fi, err := os.Stat(path)
			if err != nil {
				return &Error{Origin: path, Err: patherr.Unwrap(err)}
			}
			if !fi.Mode().IsRegular() {
				return &Error{Origin: path, Err: fmt.Errorf("not a regular file (%s); remove it from the directory or give the files one by one", fileKind(fi.Mode()))}
			}
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, &Error{Origin: p, Err: errors.New("directory has no .txt or .jsonl files to read")}
	}
	return files, nil // WalkDir walks in lexical order
}

// fileKind names a file type that is not a regular file or a directory.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	default:
		return "a special file"
	}
}

func isJSONL(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".jsonl" || ext == ".ndjson"
}

var reNameDate = regexp.MustCompile(`(?:^|[^0-9])(\d{4}-\d{2}-\d{2})(?:[^0-9]|$)`)

func (r *reader) textFile(file string) bool {
	data, err := os.ReadFile(file)
	if err != nil {
		return r.failErr(place{name: file}, patherr.Unwrap(err))
	}
	doc := extract.Document{Origin: file}
	base := filepath.Base(file)
	id := strings.TrimSuffix(base, filepath.Ext(base))
	// "article.ar.txt": a language suffix is part of the name, not the id.
	if ext := filepath.Ext(id); len(ext) >= 3 && len(ext) <= 4 && isLangCode(ext[1:]) {
		id = strings.TrimSuffix(id, ext)
		doc.Lang = ext[1:]
	}
	doc.ID = id
	if m := reNameDate.FindStringSubmatch(base); m != nil {
		if t, err := time.Parse("2006-01-02", m[1]); err == nil {
			doc.Date = t
		}
	}
	return r.text(doc, data)
}

func isLangCode(s string) bool {
	for _, c := range s {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return len(s) == 2 || len(s) == 3
}

func (r *reader) stdin() bool {
	in := r.d.Stdin
	if in == nil {
		in = os.Stdin
	}
	br := bufio.NewReader(in)
	// Look past leading white space (and a byte order mark) for "{".
	head, _ := br.Peek(4096)
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\uFEFF")), " \t\r\n")
	name := r.d.StdinName
	if name == "" {
		name = "-"
	}
	isJSON := len(head) > 0 && head[0] == '{'
	if isJSON {
		return r.jsonl(name, br)
	}
	data, err := io.ReadAll(br)
	if err != nil {
		return r.fail(place{name: name}, "read standard input: %w", err)
	}
	return r.text(extract.Document{Origin: name}, data)
}

// text yields one plain-text document after applying the defaults.
func (r *reader) text(doc extract.Document, data []byte) bool {
	at := place{name: doc.Origin}
	if msg := checkBytes(data, 0); msg != "" {
		return r.fail(at, "%s", msg)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	doc.Text = string(data)
	if strings.TrimSpace(doc.Text) == "" {
		return r.fail(at, "empty text")
	}
	d := r.d
	if d.ID != "" {
		r.nText++
		if r.nText > 1 {
			return r.fail(at, "--id %q applies to one document only, and this is not the first", d.ID)
		}
		doc.ID = d.ID
	}
	if d.Title != "" {
		doc.Title = d.Title
	}
	if !d.Date.IsZero() {
		doc.Date = d.Date
	}
	if d.Lang != "" {
		doc.Lang = d.Lang
	}
	if d.URL != "" {
		doc.URL = d.URL
	}
	if doc.Lang == "" {
		if doc.Lang = DetectLang(doc.Text); doc.Lang == "" {
			return r.fail(at, "cannot tell the language from the text; give --lang")
		}
	}
	return r.emit(doc, nil)
}

// checkBytes reports binary data or invalid UTF-8; offset is added to the
// byte positions it names.
func checkBytes(data []byte, offset int64) string {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Sprintf("binary data, not text (NUL byte at byte offset %d)", offset+int64(i))
	}
	if !utf8.Valid(data) {
		i := 0
		for i < len(data) {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			i += size
		}
		return fmt.Sprintf("invalid UTF-8 at byte offset %d", offset+int64(i))
	}
	return ""
}

func (r *reader) jsonlFile(file string) bool {
	f, err := os.Open(file)
	if err != nil {
		return r.failErr(place{name: file}, patherr.Unwrap(err))
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<16)
	// A binary file is one error, not one per line.
	if head, _ := br.Peek(8000); bytes.IndexByte(head, 0) >= 0 {
		return r.fail(place{name: file}, "binary data, not JSONL (NUL byte at byte offset %d)", bytes.IndexByte(head, 0))
	}
	return r.jsonl(file, br)
}

// record is one JSONL line.
type record struct {
	ID    *json.RawMessage `json:"id"`
	Title string           `json:"title"`
	Date  string           `json:"date"`
	Lang  string           `json:"lang"`
	URL   string           `json:"url"`
	Text  *string          `json:"text"`
}

func (r *reader) jsonl(name string, br *bufio.Reader) bool {
	var offset int64
	sawAny := false
	for lineNo := 1; ; lineNo++ {
		line, err := br.ReadBytes('\n')
		start := offset
		offset += int64(len(line))
		if len(bytes.TrimSpace(line)) > 0 {
			sawAny = true
			if !r.record(place{name, lineNo}, line, start) {
				return false
			}
		}
		if err == io.EOF {
			break
		} else if err != nil {
			return r.fail(place{name, lineNo}, "read: %w", err)
		}
	}
	if !sawAny {
		return r.fail(place{name: name}, "empty JSONL file: no documents")
	}
	return true
}

func (r *reader) record(at place, line []byte, offset int64) bool {
	if msg := checkBytes(line, offset); msg != "" {
		return r.fail(at, "%s", msg)
	}
	line = bytes.TrimPrefix(line, []byte("\uFEFF"))
	var rec record
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&rec); err != nil {
		return r.fail(at, "malformed JSON: %v", jsonProblem(err))
	}
	if dec.More() {
		return r.fail(at, "malformed JSON: more than one value on the line")
	}
	doc := extract.Document{Origin: at.origin(), Title: strings.TrimSpace(rec.Title), URL: strings.TrimSpace(rec.URL), Lang: strings.TrimSpace(rec.Lang)}
	if rec.ID != nil {
		id, err := idString(*rec.ID)
		if err != nil {
			return r.failErr(at, err)
		}
		doc.ID = id
	}
	if rec.Text == nil {
		return r.fail(at, "no \"text\" field")
	}
	doc.Text = *rec.Text
	if strings.TrimSpace(doc.Text) == "" {
		return r.fail(at, "empty text")
	}
	// A NUL written as \u0000 is refused as it is in a text file.
	for _, f := range []struct{ name, v string }{{"id", doc.ID}, {"title", doc.Title}, {"date", rec.Date}, {"lang", doc.Lang}, {"url", doc.URL}, {"text", doc.Text}} {
		if i := strings.IndexByte(f.v, 0); i >= 0 {
			return r.fail(at, "NUL character (\\u0000) in %q at byte offset %d: binary data, not an article", f.name, i)
		}
	}
	if strings.TrimSpace(rec.Date) != "" {
		t, err := ParseDate(rec.Date)
		if err != nil {
			return r.failErr(at, err)
		}
		doc.Date = t
	} else {
		doc.Date = r.d.Date
	}
	if doc.Lang == "" {
		doc.Lang = r.d.Lang
	}
	if doc.Lang == "" {
		if doc.Lang = DetectLang(doc.Text); doc.Lang == "" {
			return r.fail(at, "cannot tell the language from the text; add \"lang\" or give --lang")
		}
	}
	return r.emit(doc, nil)
}

// idString accepts a string or a number as the id.
func idString(raw json.RawMessage) (string, error) {
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return strings.TrimSpace(s), nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	if string(bytes.TrimSpace(raw)) == "null" {
		return "", nil
	}
	return "", fmt.Errorf("\"id\" is %s, want a string or a number", safetext.Clip(string(bytes.TrimSpace(raw))))
}

// jsonProblem words a decoding error without Go type names where it can.
func jsonProblem(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field != "" {
			return fmt.Sprintf("field %q is a JSON %s, want a string", te.Field, te.Value)
		}
		return fmt.Sprintf("the line is a JSON %s, want an object", te.Value)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return "unexpected end of line (unterminated object or string)"
	}
	return err.Error()
}
