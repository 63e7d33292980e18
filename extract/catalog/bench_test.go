package catalog

import (
	"io/fs"
	"strings"
	"testing"
	"time"

	"github.com/newskg/kg/extract/text"
)

// BenchmarkLoad measures loading the whole embedded catalogue.
func BenchmarkLoad(b *testing.B) {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Load(sub); err != nil {
			b.Fatal(err)
		}
	}
}

// benchTokens is a made-up news paragraph in normalised tokens.
func benchTokens() []string {
	s := strings.Repeat("قال المتحدث باسم الكرملين ديمتري بيسكوف إن الرئيس الروسي فلاديمير بوتين سيلتقي نظيره "+
		"الأمريكي باراك أوباما في باريس لبحث الأزمة في سوريا والحرب على تنظيم الدولة الإسلامية، "+
		"فيما أكد وزير الخارجية السعودي عادل الجبير أن بلاده تدعم المعارضة السورية المعتدلة. ", 20)
	return strings.Fields(text.Normalize(s))
}

// BenchmarkMatchTrie is the token trie Match uses.
func BenchmarkMatchTrie(b *testing.B) {
	c := Default()
	toks := benchTokens()
	b.SetBytes(int64(len(toks)))
	for b.Loop() {
		c.names.match(toks)
	}
}

// BenchmarkMatchNgrams is the alternative: join n-grams, probe the map.
func BenchmarkMatchNgrams(b *testing.B) {
	c := Default()
	toks := benchTokens()
	b.SetBytes(int64(len(toks)))
	for b.Loop() {
		c.names.matchNgrams(toks)
	}
}

func BenchmarkHolders(b *testing.B) {
	c := Default()
	at := time.Date(2015, 11, 23, 0, 0, 0, 0, time.UTC)
	for b.Loop() {
		c.Holders("president", "united-states", at)
	}
}
