package catalog

import (
	"testing"

	"github.com/newskg/kg/extract/text"
)

func TestZZDbg(t *testing.T) {
	c := Default()
	for _, s := range []string{"الأردن", "والأردن", "اردن", "حليف"} {
		for _, h := range c.LookupHits(text.Normalize(s)) {
			t.Logf("%s → %s %v", s, h.Entry.Key, h.Derived)
		}
	}
}
