// Package testfile writes the input files of tests.
package testfile

import (
	"os"
	"path/filepath"
	"testing"
)

// Write writes content to dir/name, creating the folders name names, and
// returns the file's path; it stops the test on any error.
func Write(t testing.TB, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
