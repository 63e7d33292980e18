package testfile

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	cases := []struct{ name, content string }{
		{"a.txt", "first"},
		{"sub/deeper/b.txt", "نص"},
		{"a.txt", "overwritten"},
	}
	for _, c := range cases {
		p := Write(t, dir, c.name, c.content)
		if want := filepath.Join(dir, c.name); p != want {
			t.Errorf("Write(%q) = %q, want %q", c.name, p, want)
		}
		got, err := os.ReadFile(p)
		if err != nil || string(got) != c.content {
			t.Errorf("%s holds %q (%v), want %q", c.name, got, err, c.content)
		}
	}
}
