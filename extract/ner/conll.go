package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is one training sentence: its tokens and their BIO tags.
type Sentence struct {
	Words []string
	Tags  []string
}

// ReadCoNLL reads "token TAG" lines (BIO tags over PERS, LOC, ORG, MISC, or
// O), a blank line between sentences. Errors name name:line.
func ReadCoNLL(r io.Reader, name string) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	var out []Sentence
	var cur Sentence
	n := 0
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		i := strings.LastIndexAny(line, " \t")
		if i <= 0 {
			return nil, fmt.Errorf("%s:%d: expected 'token TAG', got %q", name, n, clip(line))
		}
		word, tag := strings.TrimSpace(line[:i]), line[i+1:]
		if word == "" {
			return nil, fmt.Errorf("%s:%d: empty token in %q", name, n, clip(line))
		}
		if _, ok := tagIndex(tag); !ok {
			return nil, fmt.Errorf("%s:%d: unknown tag %q (want O or B-/I- with PERS, LOC, ORG, MISC)", name, n, clip(tag))
		}
		cur.Words = append(cur.Words, word)
		cur.Tags = append(cur.Tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, n+1, err)
	}
	flush()
	return out, nil
}

// ReadTokens reads one token per line, a blank line between sentences. A
// line holding more than one field ("token TAG", as in a gold file) keeps
// only its first field, so gold files can be tagged directly.
func ReadTokens(r io.Reader, name string) ([][]string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	var out [][]string
	var cur []string
	n := 0
	for sc.Scan() {
		n++
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, f[0])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, n+1, err)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out, nil
}

// WriteTagged writes "token TAG" lines, a blank line after each sentence:
// the format ReadCoNLL and the CoNLL scorer read. tags[i] must be as long as
// sents[i].
func WriteTagged(w io.Writer, sents [][]string, tags [][]string) error {
	bw := bufio.NewWriter(w)
	for i, s := range sents {
		if len(tags[i]) != len(s) {
			return fmt.Errorf("sentence %d: %d tokens but %d tags", i+1, len(s), len(tags[i]))
		}
		for j, tok := range s {
			bw.WriteString(tok)
			bw.WriteByte(' ')
			bw.WriteString(tags[i][j])
			bw.WriteByte('\n')
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write tagged tokens: %w", err)
	}
	return nil
}

func clip(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

// TagTokens reads a token file (see ReadTokens) named name from r, tags it
// with m, and writes "token TAG" lines to w: the kg ner command.
func (m *Model) TagTokens(r io.Reader, name string, w io.Writer) error {
	sents, err := ReadTokens(r, name)
	if err != nil {
		return err
	}
	tags := make([][]string, len(sents))
	for i, s := range sents {
		tags[i] = m.Tag(s)
	}
	return WriteTagged(w, sents, tags)
}

// WriteMentions writes one "start<TAB>end<TAB>TYPE<TAB>score<TAB>text" line
// per mention (byte offsets, end exclusive).
func WriteMentions(w io.Writer, ms []Mention) error {
	bw := bufio.NewWriter(w)
	for _, m := range ms {
		fmt.Fprintf(bw, "%d\t%d\t%s\t%.3f\t%s\n", m.Start, m.End, m.Type, m.Score, m.Text)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write mentions: %w", err)
	}
	return nil
}
