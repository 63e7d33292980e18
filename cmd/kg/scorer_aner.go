package main

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/ar"
)

// anerHeldFrom is the first sentence of ANERcorp's held block: the
// sentences from it on are scored only (scripts/anerrel_rules.py --part
// held), never trained or read.
const anerHeldFrom = 2600

// anerDocPrefix starts the document id of an ANERcorp sentence trained on
// as a document of its own.
const anerDocPrefix = "aner-s"

// votedLabels reads label files and merges them by vote as
// scripts/anerrel.py does: a fact of a sentence stays when at least half of
// the files that read the sentence give it (symmetric facts either way
// round). Every sentence read is a key, with its voted facts.
func votedLabels(paths []string) (map[int][]anerLabel, error) {
	readers := map[int]int{}
	votes := map[int]map[anerLabel]int{}
	for _, p := range paths {
		mine, err := readLabels([]string{p})
		if err != nil {
			return nil, err
		}
		for sid, ls := range mine {
			readers[sid]++
			seen := map[anerLabel]bool{}
			for _, l := range ls {
				l = canonicalLabel(l)
				if seen[l] {
					continue
				}
				seen[l] = true
				if votes[sid] == nil {
					votes[sid] = map[anerLabel]int{}
				}
				votes[sid][l]++
			}
		}
	}
	out := make(map[int][]anerLabel, len(readers))
	for sid, n := range readers {
		kept := []anerLabel{}
		for l, v := range votes[sid] {
			if 2*v >= n {
				kept = append(kept, l)
			}
		}
		sort.Slice(kept, func(i, j int) bool {
			a, b := kept[i], kept[j]
			if a.subj != b.subj {
				return a.subj < b.subj
			}
			if a.obj != b.obj {
				return a.obj < b.obj
			}
			return a.pred < b.pred
		})
		out[sid] = kept
	}
	return out, nil
}

// canonicalLabel puts a symmetric fact's smaller mention first.
func canonicalLabel(l anerLabel) anerLabel {
	if extract.IsSymmetric(extract.Predicate(l.pred)) && l.obj < l.subj {
		l.subj, l.obj = l.obj, l.subj
	}
	return l
}

// anerTraining is the ANERcorp write block as scorer training documents:
// each labelled sentence extracted alone, the tagged mentions each entity's
// mentions overlap and the sentence's voted facts.
type anerTraining struct {
	results  []*extract.Result
	mentions map[string]map[string][]int // doc → entity key → tagged mentions
	facts    map[string][]anerLabel      // doc → voted facts
	gold     int                         // voted facts in all
}

// loadAnerTraining extracts every labelled sentence of the write block
// (before anerHeldFrom) with x, which must propose every candidate.
func loadAnerTraining(ctx context.Context, x *ar.Extractor, corpus string, globs []string) (*anerTraining, error) {
	var files []string
	for _, g := range globs {
		m, err := filepath.Glob(g)
		if err != nil {
			return nil, fmt.Errorf("labels %s: %w", g, err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no label files match %v", globs)
	}
	labels, err := votedLabels(files)
	if err != nil {
		return nil, err
	}
	sents, err := readANERcorp(corpus)
	if err != nil {
		return nil, err
	}
	ids := make([]int, 0, len(labels))
	for id := range labels {
		if id < anerHeldFrom {
			ids = append(ids, id)
		}
	}
	sort.Ints(ids)
	t := &anerTraining{mentions: map[string]map[string][]int{}, facts: map[string][]anerLabel{}}
	date := time.Date(2006, 6, 1, 0, 0, 0, 0, time.UTC) // ANERcorp's time, as anerrel_rules.py
	for _, id := range ids {
		if id >= len(sents) {
			return nil, fmt.Errorf("labels name sentence s%04d; the corpus has %d", id, len(sents))
		}
		s := sents[id]
		doc := fmt.Sprintf("%s%04d", anerDocPrefix, id)
		r, ps, err := x.ExtractPairs(ctx, extract.Document{ID: doc, Lang: "ar", Date: date, Text: strings.Join(s.words, " ")})
		if err != nil {
			return nil, err
		}
		t.results = append(t.results, r)
		t.mentions[doc] = entityMentions(s, ps)
		t.facts[doc] = labels[id]
		t.gold += len(labels[id])
	}
	return t, nil
}

// entityMentions maps each entity key of the extractor's mentions in a
// corpus sentence to the tagged mentions (numbers from 0) they overlap.
func entityMentions(s anerSentence, ps []ar.PairSentence) map[string][]int {
	starts := wordStarts(s.words) // byte offset of each word in the joined text
	of := map[string][]int{}
	for _, p := range ps {
		if p.Index < 0 {
			continue
		}
		for i, off := range p.Offsets {
			for m, tm := range s.mentions {
				if off[0] < starts[tm.End]-1 && starts[tm.Start] < off[1] && !slices.Contains(of[p.Keys[i]], m) {
					of[p.Keys[i]] = append(of[p.Keys[i]], m)
				}
			}
		}
	}
	return of
}

// label judges a fact of an ANERcorp sentence as anerrel_rules.py does:
// right when a voted fact has its predicate between mentions of its two
// entities, wrong when both ends map onto mentions and none does, not
// judged when an end maps onto no mention (or the fact has no object).
func (t *anerTraining) label(r *extract.Result, i int) ([]int, bool) {
	f := r.Facts[i]
	of := t.mentions[r.Doc.ID]
	S, O := of[f.Subject], of[f.Object]
	if f.Object == "" || len(S) == 0 || len(O) == 0 {
		return nil, false
	}
	sym := extract.IsSymmetric(f.Predicate)
	var gold []int
	for j, l := range t.facts[r.Doc.ID] {
		if l.pred != string(f.Predicate) {
			continue
		}
		if slices.Contains(S, l.subj) && slices.Contains(O, l.obj) || sym && slices.Contains(O, l.subj) && slices.Contains(S, l.obj) {
			gold = append(gold, j)
		}
	}
	return gold, true
}

// sourceOf names the source of a training document for cross-validation
// by source: ANERcorp, the dev set's tune part, eval/own, or one writer of
// eval/own2 (ids w1xx…w5xx).
func sourceOf(doc string) string {
	switch {
	case strings.HasPrefix(doc, anerDocPrefix):
		return "anercorp"
	case strings.HasPrefix(doc, "own"):
		return "own"
	case len(doc) == 4 && doc[0] == 'w' && doc[1] >= '0' && doc[1] <= '9':
		if _, err := strconv.Atoi(doc[1:]); err == nil {
			return "own2-" + doc[:2]
		}
	}
	return "tune"
}
