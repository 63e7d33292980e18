package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadClassTextSplit(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	if err := os.MkdirAll(docs, 0o755); err != nil {
		t.Fatal(err)
	}
	jsonl := `{"id": "a1", "title": "عنوان اول", "text": "وصل الوزير الى المدينة. ثم غادر."}
{"id": "a2", "title": "عنوان ثان", "text": "قال الرئيس كلاما."}
{"id": "a3", "title": "عنوان ثالث", "text": "بلا قسم."}
`
	if err := os.WriteFile(filepath.Join(docs, "articles.jsonl"), []byte(jsonl), 0o644); err != nil {
		t.Fatal(err)
	}
	split := "# id\tpart\na1\ttrain\na2\theld\n"
	if err := os.WriteFile(filepath.Join(dir, "SPLIT.tsv"), []byte(split), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		part string
		want []string // sentences joined by spaces
	}{
		// a2 is held out; a3 is in no part and read.
		{"train", []string{"عنوان اول", "وصل الوزير الى المدينة .", "ثم غادر .", "عنوان ثالث", "بلا قسم ."}},
		{"held", []string{"عنوان ثان", "قال الرئيس كلاما .", "عنوان ثالث", "بلا قسم ."}},
		{"", []string{"عنوان اول", "وصل الوزير الى المدينة .", "ثم غادر .", "عنوان ثان", "قال الرئيس كلاما .", "عنوان ثالث", "بلا قسم ."}},
	} {
		got, err := readClassText(context.Background(), []string{docs}, tc.part)
		if err != nil {
			t.Fatal(err)
		}
		var s []string
		for _, w := range got {
			s = append(s, strings.Join(w, " "))
		}
		if strings.Join(s, "|") != strings.Join(tc.want, "|") {
			t.Errorf("part %q: got %q, want %q", tc.part, s, tc.want)
		}
	}
	if got, err := readClassText(context.Background(), nil, "train"); err != nil || got != nil {
		t.Errorf("no paths: %v, %v", got, err)
	}
	if _, err := readClassText(context.Background(), []string{filepath.Join(dir, "missing")}, "train"); err == nil {
		t.Error("missing path: no error")
	}
}
