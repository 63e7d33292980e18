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

// BenchmarkSpansDocWords is BenchmarkSpansDoc with the words' features
// looked up once per distinct word beforehand and passed in, as the
// extractor does (SpansDocWords).
func BenchmarkSpansDocWords(b *testing.B) {
	m := mustDefault(b)
	sents := benchSentences(b)
	known := map[string]WordRef{}
	var docs [][][]string
	var refs [][][]WordRef
	for i := 0; i < len(sents); i += 25 {
		doc := sents[i:min(len(sents), i+25)]
		dr := make([][]WordRef, len(doc))
		for j, s := range doc {
			dr[j] = make([]WordRef, len(s))
			for k, w := range s {
				r, ok := known[w]
				if !ok {
					r = m.Word(w)
					known[w] = r
				}
				dr[j][k] = r
			}
		}
		docs, refs = append(docs, doc), append(refs, dr)
	}
	k := 0
	benchTagging(b, sents, func([]string) {
		if k%25 == 0 {
			d := (k / 25) % len(docs)
			m.SpansDocWords(docs[d], refs[d])
		}
		k++
	})
}
