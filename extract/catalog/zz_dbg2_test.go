package catalog_test

import (
	"os"
	"testing"

	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/extract/text"
)

func TestZZDbg2(t *testing.T) {
	for _, dir := range []string{"/tmp/catgen/headdata", "data"} {
		c, err := catalog.Load(os.DirFS(dir))
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range []string{"التحالف الذي تقوده الولايات المتحدة", "التحالف", "تحالف", "التحالف الدولي", "تحالفا دوليا", "تحالف دولي"} {
			for _, h := range c.LookupHits(text.Normalize(s)) {
				t.Logf("%s: %s → %s %v", dir, s, h.Entry.Key, h.Derived)
			}
		}
	}
}
