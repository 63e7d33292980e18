package server

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/queries/querytest"
)

// busyNeighbours is how many entities share facts with the hub of the busy
// store.
const busyNeighbours = 45

// busyStore holds one entity, "Hub Leader", with facts joining it to
// busyNeighbours others of every type — and three facts (a phone call among
// them) with one of them, "Twin Partner" — in two documents of sentences
// written for this test.
func busyStore(t testing.TB) *graph.Store {
	t.Helper()
	types := []extract.EntityType{extract.Person, extract.Country, extract.Organization, extract.Group, extract.Place, extract.Event}
	preds := map[extract.EntityType][]extract.Predicate{
		extract.Person:       {extract.Met, extract.Supports, extract.Opposes, extract.Accuses},
		extract.Country:      {extract.Visited, extract.AllyOf, extract.Supports},
		extract.Organization: {extract.MemberOf, extract.Supports, extract.Opposes},
		extract.Group:        {extract.Attacked, extract.Opposes},
		extract.Place:        {extract.Visited, extract.Controls},
		extract.Event:        {extract.ParticipatedIn},
	}
	hub := extract.Entity{Key: "hub", Type: extract.Person, Labels: map[string]string{"en": "Hub Leader", "ar": "القائد المحوري"}, Confidence: 1}
	twin := extract.Entity{Key: "twin", Type: extract.Person, Labels: map[string]string{"en": "Twin Partner", "ar": "الشريك التوأم"}, Confidence: 1}
	ents := []extract.Entity{hub, twin}
	var lines []string
	var facts []extract.Fact
	add := func(s string, p extract.Predicate, o, date, mode string) {
		line := fmt.Sprintf("Sentence %d: %s %s %s.", len(lines)+1, s, p, o)
		start := len(strings.Join(lines, "\n"))
		if len(lines) > 0 {
			start++
		}
		lines = append(lines, line)
		facts = append(facts, extract.Fact{Subject: s, Predicate: p, Object: o, Date: date, Mode: mode, Evidence: line,
			Start: start, End: start + len(line), Rule: "test/busy", Confidence: 0.9})
	}
	for i := 0; i < busyNeighbours-1; i++ {
		typ := types[i%len(types)]
		key := fmt.Sprintf("n%02d", i)
		ents = append(ents, extract.Entity{Key: key, Type: typ, Confidence: 1,
			Labels: map[string]string{"en": fmt.Sprintf("%s Number %d", typ, i), "ar": fmt.Sprintf("الكيان رقم %d", i)}})
		ps := preds[typ]
		p := ps[i%len(ps)]
		s, o := "hub", key
		if p == extract.Attacked || p == extract.Opposes && typ == extract.Group {
			s, o = key, "hub"
		}
		add(s, p, o, fmt.Sprintf("2015-%02d", 1+i%12), "")
	}
	add("hub", extract.Supports, "twin", "2015-03", "")
	add("hub", extract.Met, "twin", "2015-04-02", extract.MeetingPhone)
	add("twin", extract.Accuses, "hub", "2015-05", "")
	r1 := &extract.Result{Doc: extract.Document{ID: "busy-1", Lang: "en", Title: "A busy year", Text: strings.Join(lines, "\n"),
		Date: time.Date(2015, 12, 31, 0, 0, 0, 0, time.UTC)}, Entities: ents, Facts: facts}
	// A second document says the supports fact again: two statements.
	second := "Sentence: hub supports twin."
	r2 := &extract.Result{Doc: extract.Document{ID: "busy-2", Lang: "en", Text: second, Date: time.Date(2016, 1, 5, 0, 0, 0, 0, time.UTC)},
		Entities: []extract.Entity{hub, twin}, Facts: []extract.Fact{{Subject: "hub", Predicate: extract.Supports, Object: "twin",
			Date: "2016-01", Evidence: second, Start: 0, End: len(second), Rule: "test/busy", Confidence: 0.9}}}
	s := querytest.Empty(t)
	for _, r := range []*extract.Result{r1, r2} {
		if _, err := s.Write(context.Background(), r); err != nil {
			t.Fatalf("write %s: %v", r.Doc.ID, err)
		}
	}
	return s
}
