package patherr

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestUnwrap(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nope.txt")
	_, missing := os.Open(path)
	plain := errors.New("bad line 3")
	cases := []struct {
		name     string
		in, kind error
	}{
		{"path error", missing, fs.ErrNotExist},
		{"wrapped path error", fmt.Errorf("read: %w", missing), fs.ErrNotExist},
		{"other error", plain, plain},
	}
	for _, c := range cases {
		got := Unwrap(c.in)
		if !errors.Is(got, c.kind) || strings.Contains(got.Error(), path) {
			t.Errorf("%s: Unwrap(%v) = %v, want a %v without the path", c.name, c.in, got, c.kind)
		}
	}
	if Unwrap(nil) != nil {
		t.Errorf("Unwrap(nil) is not nil")
	}
}
