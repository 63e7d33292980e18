package pipeline

import (
	"context"
	"iter"
	"testing"

	"github.com/newskg/kg/extract"
)

// TestMeetingModeFilled: meetings whose extractor gave no mode get the one
// their sentence states.
func TestMeetingModeFilled(t *testing.T) {
	sentence := "أجرى الرئيس اتصالا هاتفيا مع نظيره." // written for this test
	x := extract.ExtractorFunc(func(ctx context.Context, d extract.Document) (*extract.Result, error) {
		return &extract.Result{Doc: d, Facts: []extract.Fact{{Subject: "a", Predicate: extract.Met, Object: "b", Evidence: sentence}}}, nil
	})
	docs := iter.Seq2[extract.Document, error](func(yield func(extract.Document, error) bool) {
		yield(extract.Document{ID: "call", Lang: "ar", Text: sentence}, nil)
	})
	var got string
	_, err := Run(context.Background(), docs, nil, Options{Lookup: func(string) (extract.Extractor, error) { return x, nil }}, func(o Outcome) {
		if o.Result != nil && len(o.Result.Facts) == 1 {
			got = o.Result.Facts[0].Mode
		}
	})
	if err != nil || got != extract.MeetingPhone {
		t.Errorf("mode %q (%v), want phone", got, err)
	}
}
