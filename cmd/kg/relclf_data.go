package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/newskg/kg/extract/relclf"
	"github.com/newskg/kg/internal/patherr"
)

// anerSentence is one sentence of ANERcorp: its words and its tagged
// mentions (word spans, the corpus's types).
type anerSentence struct {
	words    []string
	mentions []relclf.Mention
}

// readANERcorp reads a CoNLL file of "word TAG" lines, sentences separated
// by blank lines, with BIO spans read the CoNLL way (an I- of another kind
// starts a new span), as scripts/anerrel.py reads it.
func readANERcorp(path string) ([]anerSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, patherr.Unwrap(err)
	}
	defer f.Close()
	var out []anerSentence
	var words, tags []string
	flush := func() {
		if len(words) > 0 {
			out = append(out, anerSentence{words: words, mentions: bioSpans(tags)})
		}
		words, tags = nil, nil
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r\n")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		i := strings.LastIndex(line, " ")
		if i < 0 {
			words, tags = append(words, line), append(tags, "O")
			continue
		}
		words, tags = append(words, line[:i]), append(tags, line[i+1:])
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

// bioSpans returns the mentions of a sentence's BIO tags.
func bioSpans(tags []string) []relclf.Mention {
	var out []relclf.Mention
	cur := -1
	for i, t := range append(tags, "O") {
		kind := ""
		if strings.HasPrefix(t, "B-") || strings.HasPrefix(t, "I-") {
			kind = t[2:]
		}
		if cur >= 0 && (strings.HasPrefix(t, "B-") || kind != out[cur].Type) {
			cur = -1
		}
		if kind != "" && cur < 0 {
			out = append(out, relclf.Mention{Start: i, End: i + 1, Type: kind})
			cur = len(out) - 1
		} else if kind != "" {
			out[cur].End = i + 1
		}
	}
	return out
}

// anerLabel is one labelled fact: mention numbers from 0.
type anerLabel struct {
	subj, obj int
	pred      string
}

// readLabels reads eval/anerrel label files: sentence index → its facts;
// a sentence read with no fact has an empty (non-nil) list.
func readLabels(paths []string) (map[int][]anerLabel, error) {
	out := map[int][]anerLabel{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, patherr.Unwrap(err)
		}
		for n, line := range strings.Split(string(b), "\n") {
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			f := strings.Split(line, "\t")
			sid, err := strconv.Atoi(strings.TrimPrefix(f[0], "s"))
			if err != nil || !strings.HasPrefix(f[0], "s") {
				return nil, fmt.Errorf("%s:%d: bad sentence id %q", p, n+1, f[0])
			}
			if out[sid] == nil {
				out[sid] = []anerLabel{}
			}
			if len(f) >= 2 && f[1] == "none" {
				continue
			}
			if len(f) < 4 {
				return nil, fmt.Errorf("%s:%d: want sNNNN SUBJ PREDICATE OBJ", p, n+1)
			}
			s, err1 := strconv.Atoi(f[1])
			o, err2 := strconv.Atoi(f[3])
			if err1 != nil || err2 != nil || s < 1 || o < 1 {
				return nil, fmt.Errorf("%s:%d: bad mention numbers", p, n+1)
			}
			out[sid] = append(out[sid], anerLabel{subj: s - 1, obj: o - 1, pred: f[2]})
		}
	}
	return out, nil
}
