package main

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/ar"
	"github.com/newskg/kg/extract/relclf"
	"github.com/newskg/kg/extract/scorer"
	"github.com/newskg/kg/source"
)

// pairExample is a training pair with what the report needs: the fact it
// would give (Fact: "doc\x00subj\x00pred\x00obj" per class) and the facts
// the rules propose in its document.
type pairExample struct {
	relclf.Example
	source string          // "aner" or "articles"
	unit   string          // sentence id or article id
	a, b   string          // the two mentions' ids within the unit (mention number or entity key)
	rules  map[string]bool // fact ids the rules propose in the unit, at the scorer's threshold
	all    map[string]bool // fact ids the rules propose in the unit, any confidence
	fold   int
}

// factID names a fact of a unit: subject, predicate and object (the
// subject first for symmetric predicates in sorted order).
func factID(unit, s, pred, o string) string {
	if extract.IsSymmetric(extract.Predicate(pred)) && o < s {
		s, o = o, s
	}
	return unit + "\x00" + s + "\x00" + pred + "\x00" + o
}

// classFact returns the fact id class c gives for the example ("" for None).
func (e *pairExample) classFact(c string) string {
	pred, swap, ok := relclf.Relation(c)
	if !ok {
		return ""
	}
	s, o := e.a, e.b
	if swap {
		s, o = o, s
	}
	return factID(e.unit, s, pred, o)
}

// anerBlock is the number of corpus sentences of one annotator's range.
const anerBlock = 800

// anerExamples turns the labelled ANERcorp sentences into examples, labelled
// by the annotators' facts; fold by annotator range (contiguous blocks of
// anerBlock sentences). mentions says which pairs: "gold" (every pair of
// tagged mentions), "extractor" (the pairs of the extractor's own mentions
// that overlap two tagged ones, as the proposer meets them in use) or
// "both". It also returns the labelled facts (ids over mention numbers).
func anerExamples(ctx context.Context, x *ar.Extractor, sents []anerSentence, labels map[int][]anerLabel, folds int, thr float64, mentions string) ([]pairExample, map[string]bool, error) {
	ids := make([]int, 0, len(labels))
	for id := range labels {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	var out []pairExample
	gold := map[string]bool{}
	for _, id := range ids {
		if id >= len(sents) {
			return nil, nil, fmt.Errorf("labels name sentence s%04d; the corpus has %d", id, len(sents))
		}
		s := sents[id]
		if len(s.mentions) < 2 {
			continue
		}
		unit := "s" + strconv.Itoa(id)
		class := map[relclf.Pair]string{}
		for _, l := range labels[id] {
			if l.subj >= len(s.mentions) || l.obj >= len(s.mentions) {
				return nil, nil, fmt.Errorf("s%04d: no mention %d or %d", id, l.subj+1, l.obj+1)
			}
			gold[factID(unit, strconv.Itoa(l.subj), l.pred, strconv.Itoa(l.obj))] = true
			a, b := min(l.subj, l.obj), max(l.subj, l.obj)
			class[relclf.Pair{A: a, B: b}] = relclf.Class(l.pred, l.subj < l.obj, extract.IsSymmetric(extract.Predicate(l.pred)))
		}
		rs, err := x.AnnotateSentence(s.words, s.mentions)
		if err != nil {
			return nil, nil, err
		}
		rules, all, ext, err := anerRuleFacts(ctx, x, unit, s, thr)
		if err != nil {
			return nil, nil, err
		}
		group, f := "aner"+strconv.Itoa(id/anerBlock), id/anerBlock%folds
		if mentions != "gold" {
			for _, e := range ext {
				c := class[relclf.Pair{A: e.ga, B: e.gb}]
				if c == "" {
					c = relclf.None
				}
				out = append(out, pairExample{
					Example: relclf.Example{Group: group, Features: relclf.Features(&e.ps.Sentence, e.pair), Class: c},
					source:  "aner", unit: unit, a: strconv.Itoa(e.ga), b: strconv.Itoa(e.gb), rules: rules, all: all, fold: f,
				})
			}
		}
		if mentions == "extractor" {
			continue
		}
		for _, p := range rs.Pairs() {
			c := class[p]
			if c == "" {
				c = relclf.None
			}
			out = append(out, pairExample{
				Example: relclf.Example{Group: "aner" + strconv.Itoa(id/anerBlock), Features: relclf.Features(&rs, p), Class: c},
				source:  "aner", unit: unit, a: strconv.Itoa(p.A), b: strconv.Itoa(p.B), rules: rules, all: all,
				fold: id / anerBlock % folds,
			})
		}
	}
	return out, gold, nil
}

// extractorPair is a pair of the extractor's mentions that overlap two
// tagged mentions ga < gb of a corpus sentence.
type extractorPair struct {
	ps     *ar.PairSentence
	pair   relclf.Pair
	ga, gb int
}

// anerRuleFacts runs the extractor over one corpus sentence and returns the
// facts its rules propose between the sentence's tagged mentions (fact ids
// over mention numbers from 0): those at the scorer's threshold thr, and
// all; and the pairs of its own mentions that overlap two tagged mentions.
func anerRuleFacts(ctx context.Context, x *ar.Extractor, unit string, s anerSentence, thr float64) (map[string]bool, map[string]bool, []extractorPair, error) {
	starts := wordStarts(s.words)
	r, ps, err := x.ExtractPairs(ctx, extract.Document{ID: unit, Text: strings.Join(s.words, " ")})
	if err != nil {
		return nil, nil, nil, err
	}
	of := map[string][]string{} // entity key → the tagged mentions it overlaps
	var ext []extractorPair
	for pi := range ps {
		p := &ps[pi]
		if p.Index < 0 {
			continue
		}
		tagged := make([]int, len(p.Offsets)) // extractor mention → the first tagged one it overlaps, or -1
		for i, off := range p.Offsets {
			tagged[i] = -1
			for m, tm := range s.mentions {
				if off[0] < starts[tm.End]-1 && starts[tm.Start] < off[1] {
					of[p.Keys[i]] = append(of[p.Keys[i]], strconv.Itoa(m))
					if tagged[i] < 0 {
						tagged[i] = m
					}
				}
			}
		}
		for _, pr := range p.Sentence.Pairs() {
			if ga, gb := tagged[pr.A], tagged[pr.B]; ga >= 0 && ga < gb {
				ext = append(ext, extractorPair{ps: p, pair: pr, ga: ga, gb: gb})
			}
		}
	}
	rules, all := map[string]bool{}, map[string]bool{}
	for _, f := range r.Facts {
		for _, a := range of[f.Subject] {
			for _, b := range of[f.Object] {
				id := factID(unit, a, string(f.Predicate), b)
				all[id] = true
				if f.Confidence >= thr {
					rules[id] = true
				}
			}
		}
	}
	return rules, all, ext, nil
}

// articleExamples turns the mention pairs of gold articles into examples:
// a pair is labelled with the gold fact of its article that relates its two
// entities (as score.py matches), else None; fold by article.
func articleExamples(ctx context.Context, x *ar.Extractor, g *scorer.Gold, articles []string, folds int, thr float64) ([]pairExample, map[string]bool, error) {
	docs := make([]string, 0, len(g.Docs))
	for d := range g.Docs {
		docs = append(docs, d)
	}
	sort.Strings(docs)
	fold := map[string]int{}
	for i, d := range docs {
		fold[d] = i % folds
	}
	var out []pairExample
	reach := map[string]bool{}
	seen := map[string]bool{}
	for doc, err := range source.Read(ctx, articles, source.Defaults{}) {
		if err != nil {
			return nil, nil, err
		}
		if !g.Docs[doc.ID] || seen[doc.ID] {
			continue
		}
		seen[doc.ID] = true
		r, ps, err := x.ExtractPairs(ctx, doc)
		if err != nil {
			return nil, nil, err
		}
		ents := map[string]extract.Entity{}
		for _, e := range r.Entities {
			ents[e.Key] = e
		}
		rules, all := map[string]bool{}, map[string]bool{}
		for _, f := range r.Facts {
			if f.Object != "" {
				all[factID(doc.ID, f.Subject, string(f.Predicate), f.Object)] = true
				if f.Confidence >= thr {
					rules[factID(doc.ID, f.Subject, string(f.Predicate), f.Object)] = true
				}
			}
		}
		var preds []string
		for _, gf := range g.Facts[doc.ID] {
			if p := string(gf.Predicate); p != extract.Deaths && !containsStr(preds, p) {
				preds = append(preds, p)
			}
		}
		sort.Strings(preds)
		for _, p := range ps {
			for _, pr := range p.Sentence.Pairs() {
				ka, kb := p.Keys[pr.A], p.Keys[pr.B]
				c := relclf.None
				if ka != kb {
					c = goldClass(g, doc.ID, ka, kb, preds, ents)
				}
				ex := pairExample{
					Example: relclf.Example{Group: doc.ID, Features: relclf.Features(&p.Sentence, pr), Class: c},
					source:  "articles", unit: doc.ID, a: ka, b: kb, rules: rules, all: all, fold: fold[doc.ID],
				}
				if c != relclf.None {
					reach[ex.classFact(c)] = true
				}
				out = append(out, ex)
			}
		}
	}
	if len(seen) != len(g.Docs) {
		return nil, nil, fmt.Errorf("found %d of the %d gold articles in %v", len(seen), len(g.Docs), articles)
	}
	return out, reach, nil
}

// goldClass returns the class of the gold fact of doc between entities ka
// (the earlier mention) and kb, or None.
func goldClass(g *scorer.Gold, doc, ka, kb string, preds []string, ents map[string]extract.Entity) string {
	for _, p := range preds {
		pred := extract.Predicate(p)
		if g.Holds(doc, extract.Fact{Subject: ka, Predicate: pred, Object: kb}, ents) {
			return relclf.Class(p, true, pred.Symmetric())
		}
		if g.Holds(doc, extract.Fact{Subject: kb, Predicate: pred, Object: ka}, ents) {
			return relclf.Class(p, false, pred.Symmetric())
		}
	}
	return relclf.None
}

func containsStr(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// wordStarts returns the byte offset of each word in the words joined by
// single spaces, and one past the end (the text's length + 1) last.
func wordStarts(words []string) []int {
	starts := make([]int, len(words)+1)
	n := 0
	for i, w := range words {
		if i > 0 {
			n++
		}
		starts[i] = n
		n += len(w)
	}
	starts[len(words)] = n + 1
	return starts
}
