package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"
)

func TestMedianPercentile(t *testing.T) {
	for _, tc := range []struct {
		xs   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{3}, 3},
		{[]float64{5, 1, 3}, 3},
		{[]float64{4, 1, 3, 2}, 2.5},
	} {
		if got := median(tc.xs); got != tc.want {
			t.Errorf("median(%v) = %v, want %v", tc.xs, got, tc.want)
		}
	}
	sorted := []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	for _, tc := range []struct{ p, want float64 }{{0, 1}, {0.5, 6}, {0.99, 10}, {1, 10}} {
		if got := percentile(sorted, tc.p); got != tc.want {
			t.Errorf("percentile(%v) = %v, want %v", tc.p, got, tc.want)
		}
	}
}

func TestNumCommas(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		want string
	}{{1234567, "1,234,567"}, {999.6, "1,000"}, {123.4, "123"}, {12.34, "12.3"}, {1.234, "1.23"}, {0.1234, "0.123"}} {
		if got := num(tc.v); got != tc.want {
			t.Errorf("num(%v) = %q, want %q", tc.v, got, tc.want)
		}
	}
}

// TestCorpusAndChildren generates small corpora of both shapes and loads
// each with kg's Import (Bolt) and Cayley's plain writer (memstore and
// Bolt): both must see every quad of the file.
func TestCorpusAndChildren(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for _, shape := range []string{shapeArticles, shapeZipf} {
		t.Run(shape, func(t *testing.T) {
			cp, err := ensureCorpus(ctx, dir, shape, 3000, t.Logf)
			if err != nil {
				t.Fatal(err)
			}
			if cp.Quads < 3000 || cp.Docs == 0 || len(cp.Entities) == 0 {
				t.Fatalf("corpus %+v: want ≥ 3000 quads, documents and entities", cp)
			}
			again, err := ensureCorpus(ctx, dir, shape, 3000, t.Logf)
			if err != nil || again.Quads != cp.Quads || len(again.Entities) != len(cp.Entities) {
				t.Fatalf("reused corpus %d quads, %d entities (%v); want %d, %d", again.Quads, len(again.Entities), err, cp.Quads, len(cp.Entities))
			}
			kgDir, plainDir := filepath.Join(t.TempDir(), "kg"), filepath.Join(t.TempDir(), "plain")
			for _, args := range [][]string{
				{"import", "-file", cp.Path, "-store", kgDir},
				{"plain", "-file", cp.Path, "-backend", "memstore"},
				{"plain", "-file", cp.Path, "-backend", "bolt", "-store", plainDir},
			} {
				var out bytes.Buffer
				if err := runChild(ctx, args, &out); err != nil {
					t.Fatalf("%v: %v", args, err)
				}
				var r childOut
				if err := json.Unmarshal(out.Bytes(), &r); err != nil {
					t.Fatalf("%v: report %q: %v", args, out.String(), err)
				}
				if r.Quads != cp.Quads || r.Seconds <= 0 || r.PeakRSSMB <= 0 {
					t.Errorf("%v: %+v, want %d quads, a time and a peak RSS", args, r, cp.Quads)
				}
			}
			// Both stores hold every quad of the file (kg's also its meta quads).
			for dir, min := range map[string]int{kgDir: cp.Quads + 1, plainDir: cp.Quads} {
				var out bytes.Buffer
				if err := runChild(ctx, []string{"count", "-store", dir}, &out); err != nil {
					t.Fatal(err)
				}
				var r childOut
				if err := json.Unmarshal(out.Bytes(), &r); err != nil {
					t.Fatal(err)
				}
				if r.Quads < min || r.Quads > min+4 {
					t.Errorf("count %s: %d quads, want %d (+ a few meta quads)", dir, r.Quads, min)
				}
			}
		})
	}
}

func TestChildErrors(t *testing.T) {
	ctx := context.Background()
	for _, args := range [][]string{
		nil,
		{"nonsense"},
		{"import", "-file", filepath.Join(t.TempDir(), "missing.nq"), "-store", filepath.Join(t.TempDir(), "s")},
		{"plain", "-file", "x.nq", "-backend", "leveldb"},
		{"open", "-store", t.TempDir()},
	} {
		if err := runChild(ctx, args, &bytes.Buffer{}); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}

func TestEachPiece(t *testing.T) {
	in := "<s> <p> \"x\" <a> .\n<s> <p> \"y\" <a> .\n<s> <p> \"z\" <a> .\n<s> <p> <o> <b> .\n<s> <q> <o> <b> .\n<s> <p> \"w\"@ar <c> .\n"
	for _, tc := range []struct {
		n    int
		want []int // lines per piece
	}{{2, []int{3, 2, 1}}, {1, []int{3, 2, 1}}, {4, []int{5, 1}}, {100, []int{6}}} {
		var got []int
		err := eachPiece(strings.NewReader(in), tc.n, func(r io.Reader) error {
			b, _ := io.ReadAll(r)
			got = append(got, strings.Count(string(b), "\n"))
			return nil
		})
		if err != nil || fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("n=%d: pieces %v (%v), want %v", tc.n, got, err, tc.want)
		}
	}
}
