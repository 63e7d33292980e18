package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newskg/kg/extract/text"
	"github.com/newskg/kg/source"
)

// readClassText reads articles (text files, JSONL, directories) as
// unlabelled sentences of words for learning the tagger's word classes.
// When a directory above an article holds a SPLIT.tsv (id, part) that
// names the article, the article is read only if its part is part, so
// that held-out articles stay unseen ("" reads every article).
func readClassText(ctx context.Context, paths []string, part string) ([][]string, error) {
	if len(paths) == 0 {
		return nil, nil
	}
	var out [][]string
	splits := map[string]map[string]string{}
	for doc, err := range source.Read(ctx, paths, source.Defaults{}) {
		if err != nil {
			return nil, fmt.Errorf("class text: %w", err)
		}
		if part != "" {
			p, err := splitPart(splits, doc.Origin, doc.ID)
			if err != nil {
				return nil, err
			}
			if p != "" && p != part {
				continue
			}
		}
		for _, s := range text.Sentences(doc.Title + "\n" + doc.Text) {
			words := make([]string, len(s.Tokens))
			for i, t := range s.Tokens {
				words[i] = t.Text
			}
			out = append(out, words)
		}
	}
	return out, nil
}

// splitPart returns the part a SPLIT.tsv in a directory above origin gives
// the document id ("" when there is none or it does not name id); splits
// caches the files by directory.
func splitPart(splits map[string]map[string]string, origin, id string) (string, error) {
	file := origin
	if i := strings.LastIndexByte(file, ':'); i > 0 && strings.HasSuffix(file[:i], ".jsonl") {
		file = file[:i]
	}
	for dir := filepath.Dir(file); ; dir = filepath.Dir(dir) {
		m, ok := splits[dir]
		if !ok {
			var err error
			if m, err = readSplit(filepath.Join(dir, "SPLIT.tsv")); err != nil {
				return "", err
			}
			splits[dir] = m
		}
		if p, ok := m[id]; ok {
			return p, nil
		}
		if parent := filepath.Dir(dir); parent == dir {
			return "", nil
		}
	}
}

// readSplit reads a SPLIT.tsv (id TAB part per line); nil when it does not
// exist.
func readSplit(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("class text: %w", err)
	}
	defer f.Close()
	m := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) >= 2 && !strings.HasPrefix(cols[0], "#") {
			m[cols[0]] = cols[1]
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("class text: %s: %w", path, err)
	}
	return m, nil
}
