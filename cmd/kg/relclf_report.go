package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// cvFact is one fact the cross-validated proposer gives: its best
// held-out probability over the unit's pairs.
type cvFact struct {
	prob   float64
	source string
	rules  bool // the rules propose it at the scorer's threshold
	any    bool // the rules propose it at any confidence
}

// cvFacts collects the held-out facts: for each example its most probable
// class other than None, as a fact of its unit.
func cvFacts(exs []pairExample, classes []string, probs [][]float64) map[string]*cvFact {
	out := map[string]*cvFact{}
	for i, ex := range exs {
		best := -1
		for c := 1; c < len(classes); c++ {
			if best < 0 || probs[i][c] > probs[i][best] {
				best = c
			}
		}
		if best < 0 {
			continue
		}
		id := ex.classFact(classes[best])
		f := out[id]
		if f == nil {
			f = &cvFact{source: ex.source, rules: ex.rules[id], any: ex.all[id]}
			out[id] = f
		}
		f.prob = max(f.prob, probs[i][best])
	}
	return out
}

// cvPoint is the held-out figures at one cut-off.
type cvPoint struct {
	th                      float64
	kept, right, gold       int
	newRight, newKept       int // right and kept among facts the rules do not propose (at the scorer's threshold)
	newRightAny, newKeptAny int // the same against every rule candidate
}

func (p cvPoint) precision() float64 { return float64(p.right) / float64(max(p.kept, 1)) }

// cvAt measures the held-out facts of one source ("" for all) at cut-off th
// against the gold facts.
func cvAt(facts map[string]*cvFact, gold map[string]bool, source string, th float64) cvPoint {
	p := cvPoint{th: th, gold: len(gold)}
	for id, f := range facts {
		if (source != "" && f.source != source) || f.prob < th {
			continue
		}
		p.kept++
		ok := gold[id]
		if ok {
			p.right++
		}
		if !f.rules {
			p.newKept++
			if ok {
				p.newRight++
			}
		}
		if !f.any {
			p.newKeptAny++
			if ok {
				p.newRightAny++
			}
		}
	}
	return p
}

func (p cvPoint) String() string {
	return fmt.Sprintf("≥ %.2f  kept %4d right %4d P %.2f R %.2f (of %d) | not by the rules (≥ scorer threshold): kept %4d right %3d P %.2f | not by any rule candidate: kept %4d right %3d",
		p.th, p.kept, p.right, p.precision(), float64(p.right)/float64(max(p.gold, 1)), p.gold,
		p.newKept, p.newRight, float64(p.newRight)/float64(max(p.newKept, 1)), p.newKeptAny, p.newRightAny)
}

// chooseCutoff returns the least cut-off (in steps of 0.05) where the
// held-out precision of all facts reaches target with at least minKept
// kept, and whether one does.
func chooseCutoff(facts map[string]*cvFact, gold map[string]bool, target float64, minKept int) (float64, bool) {
	for t := 20; t <= 99; t++ {
		th := float64(t) / 100
		if p := cvAt(facts, gold, "", th); p.kept >= minKept && p.precision() >= target {
			return th, true
		}
	}
	return 0.99, false
}

// printPredicates prints held-out precision and recall per predicate at
// cut-off th.
func printPredicates(w io.Writer, facts map[string]*cvFact, gold map[string]bool, th float64) {
	type pr struct{ kept, right, gold, newRight int }
	by := map[string]*pr{}
	get := func(id string) *pr {
		p := strings.Split(id, "\x00")[2]
		if by[p] == nil {
			by[p] = &pr{}
		}
		return by[p]
	}
	for id := range gold {
		get(id).gold++
	}
	for id, f := range facts {
		if f.prob < th {
			continue
		}
		c := get(id)
		c.kept++
		if gold[id] {
			c.right++
			if !f.rules {
				c.newRight++
			}
		}
	}
	names := make([]string, 0, len(by))
	for n := range by {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Fprintf(w, "  by predicate at ≥ %.2f (kept, right, P, R of gold, right ones the rules miss):\n", th)
	for _, n := range names {
		c := by[n]
		fmt.Fprintf(w, "    %-24s kept %4d right %4d P %.2f R %.2f (of %4d) new %3d\n", n, c.kept, c.right,
			float64(c.right)/float64(max(c.kept, 1)), float64(c.right)/float64(max(c.gold, 1)), c.gold, c.newRight)
	}
}

// ruleRecall counts the gold facts the rules propose, at the scorer's
// threshold and at any confidence.
func ruleRecall(exs []pairExample, gold map[string]bool) (atThr, any int) {
	rules, all := map[string]bool{}, map[string]bool{}
	for _, ex := range exs {
		for id := range ex.rules {
			rules[id] = true
		}
		for id := range ex.all {
			all[id] = true
		}
	}
	for id := range gold {
		if rules[id] {
			atThr++
		}
		if all[id] {
			any++
		}
	}
	return atThr, any
}
