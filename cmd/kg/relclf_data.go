package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/newskg/kg/extract/ner"
	"github.com/newskg/kg/extract/relclf"
	"github.com/newskg/kg/internal/patherr"
)

// anerSentence is one sentence of ANERcorp: its words and its tagged
// mentions (word spans, the corpus's types).
type anerSentence struct {
	words    []string
	mentions []relclf.Mention
}

// readANERcorp reads a CoNLL file of "word TAG" lines (ner.ReadCoNLL) and
// each sentence's BIO spans read the CoNLL way (ner.SpansOfTags), as
// scripts/anerrel.py reads them.
func readANERcorp(path string) ([]anerSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, patherr.Unwrap(err)
	}
	defer f.Close()
	sents, err := ner.ReadCoNLL(f, path)
	if err != nil {
		return nil, err
	}
	out := make([]anerSentence, len(sents))
	for i, s := range sents {
		spans := ner.SpansOfTags(s.Tags)
		ms := make([]relclf.Mention, len(spans))
		for j, sp := range spans {
			ms[j] = relclf.Mention{Start: sp.Start, End: sp.End, Type: sp.Type}
		}
		out[i] = anerSentence{words: s.Words, mentions: ms}
	}
	return out, nil
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
