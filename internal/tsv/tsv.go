// Package tsv reads the project's tab-separated data files (go:embed
// tables of vocabulary, lexicons, date words, cues): one record a line,
// fields separated by tabs, blank lines and lines starting with "#" left
// out. Every problem is an *Error naming the file and the line, so that
// loading any embedded table fails the same way.
package tsv

import (
	"fmt"
	"io/fs"
	"strings"
)

// Error is a problem with a data file, at a line (0: the whole file).
type Error struct {
	File string
	Line int
	Err  error
}

// Error reads "FILE:LINE: problem" (or "FILE: problem").
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

// Unwrap returns the problem.
func (e *Error) Unwrap() error { return e.Err }

// Row is one record of a file.
type Row struct {
	File   string   // the file's name, for errors
	Line   int      // the line number, from 1
	Text   string   // the line as written, without its line break
	Fields []string // the tab-separated fields, as written
}

// Errorf returns an *Error at the row.
func (r Row) Errorf(format string, args ...any) error {
	return &Error{File: r.File, Line: r.Line, Err: fmt.Errorf(format, args...)}
}

// Want checks that the row has at least min fields and, when max ≥ min,
// at most max; the error quotes the line.
func (r Row) Want(min, max int) error {
	n := len(r.Fields)
	switch {
	case max == min && n != min:
		return r.Errorf("%d fields, want %d: %q", n, min, r.Text)
	case n < min && max < min:
		return r.Errorf("%d fields, want at least %d: %q", n, min, r.Text)
	case n < min || max >= min && n > max:
		return r.Errorf("%d fields, want %d to %d: %q", n, min, max, r.Text)
	}
	return nil
}

// Parse splits data, the contents of the file named file, into its rows.
func Parse(file, data string) []Row {
	var rows []Row
	for i, line := range strings.Split(data, "\n") {
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, Row{File: file, Line: i + 1, Text: line, Fields: strings.Split(line, "\t")})
	}
	return rows
}

// Load reads file from fsys (an embed.FS) and parses it.
func Load(fsys fs.FS, file string) ([]Row, error) {
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		return nil, &Error{File: file, Err: err}
	}
	return Parse(file, string(data)), nil
}
