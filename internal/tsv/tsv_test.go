package tsv

import (
	"errors"
	"io/fs"
	"testing"
	"testing/fstest"
)

func TestParse(t *testing.T) {
	data := "# a comment\nkind\tname\tlabel\n\n  \t \nkind2\tx\r\n#kind3\ty\nlast\tline"
	rows := Parse("data/x.tsv", data)
	want := []struct {
		line   int
		fields []string
	}{{2, []string{"kind", "name", "label"}}, {5, []string{"kind2", "x"}}, {7, []string{"last", "line"}}}
	if len(rows) != len(want) {
		t.Fatalf("rows %+v, want %d", rows, len(want))
	}
	for i, w := range want {
		r := rows[i]
		if r.Line != w.line || r.File != "data/x.tsv" || len(r.Fields) != len(w.fields) {
			t.Errorf("row %d: %+v, want line %d, fields %q", i, r, w.line, w.fields)
			continue
		}
		for j := range w.fields {
			if r.Fields[j] != w.fields[j] {
				t.Errorf("row %d field %d: %q, want %q", i, j, r.Fields[j], w.fields[j])
			}
		}
	}
}

func TestWant(t *testing.T) {
	r := Row{File: "data/x.tsv", Line: 4, Text: "a\tb\tc", Fields: []string{"a", "b", "c"}}
	for _, c := range []struct {
		min, max int
		want     string // "" = accepted
	}{
		{3, 3, ""},
		{2, 4, ""},
		{1, -1, ""},
		{2, 2, `data/x.tsv:4: 3 fields, want 2: "a\tb\tc"`},
		{4, -1, `data/x.tsv:4: 3 fields, want at least 4: "a\tb\tc"`},
		{4, 5, `data/x.tsv:4: 3 fields, want 4 to 5: "a\tb\tc"`},
		{1, 2, `data/x.tsv:4: 3 fields, want 1 to 2: "a\tb\tc"`},
	} {
		err := r.Want(c.min, c.max)
		if got := errString(err); got != c.want {
			t.Errorf("Want(%d, %d) = %q, want %q", c.min, c.max, got, c.want)
		}
		var te *Error
		if err != nil && (!errors.As(err, &te) || te.Line != 4) {
			t.Errorf("Want(%d, %d): %T is not an *Error at line 4", c.min, c.max, err)
		}
	}
}

func TestLoad(t *testing.T) {
	fsys := fstest.MapFS{"data/a.tsv": {Data: []byte("x\ty\n")}}
	rows, err := Load(fsys, "data/a.tsv")
	if err != nil || len(rows) != 1 || rows[0].Fields[1] != "y" {
		t.Errorf("Load: %+v, %v", rows, err)
	}
	_, err = Load(fsys, "data/missing.tsv")
	var te *Error
	if !errors.As(err, &te) || te.File != "data/missing.tsv" || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load of a missing file: %v", err)
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
