package catalog

import (
	"testing"
	"time"
)

func TestZZOverlap(t *testing.T) {
	c := Default()
	single := map[string]bool{"president": true, "prime minister": true, "foreign minister": true, "defence minister": true, "king": true, "emir": true, "supreme leader": true, "chancellor": true, "secretary-general": true, "sultan": true, "crown prince": true}
	seen := map[string]bool{}
	for _, o := range c.AllOffices() {
		k := o.Role + "|" + o.Of
		if !single[o.Role] || seen[k] {
			continue
		}
		seen[k] = true
		for d := time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2026; d = d.AddDate(0, 0, 7) {
			if hs := c.Holders(o.Role, o.Of, d); len(hs) > 1 {
				t.Logf("%s %s %s: %v", o.Role, o.Of, d.Format("2006-01-02"), keys(hs))
				break
			}
		}
	}
}
