package ner

import "testing"

// BenchmarkSpansDoc is SpansDoc (both passes, context aggregation and
// label consistency) over documents of 25 sentences of ANERcorp, in tokens
// per second; allocs/op are per 1,000 sentences.
func BenchmarkSpansDoc(b *testing.B) {
	m := mustDefault(b)
	sents := benchSentences(b)
	var docs [][][]string
	for i := 0; i < len(sents); i += 25 {
		docs = append(docs, sents[i:min(len(sents), i+25)])
	}
	m.SpansDoc(docs[0]) // build the word tables before timing
	k := 0
	benchTagging(b, sents, func([]string) {
		// one document per 25 calls, so that the tokens counted are the
		// sentences' own
		if k%25 == 0 {
			m.SpansDoc(docs[(k/25)%len(docs)])
		}
		k++
	})
}
