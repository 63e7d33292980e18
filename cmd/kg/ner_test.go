package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func kgRun(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), append([]string{"kg"}, args...), strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func TestNerTokenFileRoundTrip(t *testing.T) {
	in := "وصل\nالرئيس\nجاك\nشيراك\nإلى\nالقاهرة\n\nقالت\nالأمم\nالمتحدة\n"
	out, errs, code := kgRun(t, in, "ner", "-")
	if code != 0 {
		t.Fatalf("kg ner: exit %d: %s", code, errs)
	}
	var toks []string
	for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		if line == "" {
			toks = append(toks, "")
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 {
			t.Fatalf("line %q is not 'token TAG'", line)
		}
		toks = append(toks, f[0])
	}
	if got := strings.Join(toks, "\n") + "\n"; got != in {
		t.Errorf("tokens changed in the round trip:\n%q\nwant\n%q", got, in)
	}
	if !strings.Contains(out, "شيراك I-PERS") {
		t.Errorf("output lacks شيراك I-PERS:\n%s", out)
	}
	// The output is itself valid input, and tags the same.
	out2, _, code := kgRun(t, out, "ner")
	if code != 0 || out2 != out {
		t.Errorf("retagging the output: exit %d, changed=%v", code, out2 != out)
	}
}

func TestNerText(t *testing.T) {
	text := "وصل الرئيس الفرنسي جاك شيراك إلى القاهرة أمس."
	out, errs, code := kgRun(t, text, "ner", "--text")
	if code != 0 {
		t.Fatalf("kg ner --text: exit %d: %s", code, errs)
	}
	found := false
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			t.Fatalf("line %q: want 5 tab-separated fields", line)
		}
		s, err1 := strconv.Atoi(f[0])
		e, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil || s < 0 || e > len(text) || s >= e || text[s:e] != f[4] {
			t.Errorf("line %q: offsets do not give the surface", line)
		}
		found = found || (f[2] == "PERS" && f[4] == "جاك شيراك")
	}
	if !found {
		t.Errorf("no PERS جاك شيراك in\n%s", out)
	}
}

func TestNerTrainErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("زار O\nالوزير O\nكرم B-PERSON\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code := kgRun(t, "", "ner", "train", "--data", bad, "--out", filepath.Join(dir, "m.gz"))
	if code == 0 || !strings.Contains(errs, bad+":3:") {
		t.Errorf("train on a malformed file: exit %d, stderr %q; want an error naming %s:3", code, errs, bad)
	}
	_, errs, code = kgRun(t, "", "ner", "--model", filepath.Join(dir, "none.gz"), "-")
	if code == 0 || !strings.Contains(errs, "none.gz") {
		t.Errorf("missing model: exit %d, stderr %q", code, errs)
	}
}

func TestNerTrainAndUse(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "train.txt")
	corpus := "زار O\nالوزير O\nنبيل B-PERS\nكرم I-PERS\nمدينة O\nزحلة B-LOC\n\nقال O\nنبيل B-PERS\nكرم I-PERS\nفي O\nزحلة B-LOC\n"
	if err := os.WriteFile(data, []byte(corpus), 0o644); err != nil {
		t.Fatal(err)
	}
	model := filepath.Join(dir, "m.gz")
	if _, errs, code := kgRun(t, "", "ner", "train", "--data", data, "--out", model); code != 0 {
		t.Fatalf("train: exit %d: %s", code, errs)
	}
	out, errs, code := kgRun(t, "قال\nنبيل\nكرم\nفي\nزحلة\n", "ner", "--model", model)
	if code != 0 {
		t.Fatalf("tag with trained model: exit %d: %s", code, errs)
	}
	want := "قال O\nنبيل B-PERS\nكرم I-PERS\nفي O\nزحلة B-LOC\n\n"
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}

// A tagger training that does not watch the context still gives way to
// Ctrl-C: untilCancelled returns the context's error while the computation
// is blocked, and the computation's own result when it finishes first.
func TestUntilCancelled(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := untilCancelled(ctx, func() (int, error) { <-release; return 1, nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v, want context.Canceled", err)
	}
	v, err := untilCancelled(context.Background(), func() (int, error) { return 7, nil })
	if v != 7 || err != nil {
		t.Errorf("finished: %d, %v; want 7, nil", v, err)
	}
}
