package catalog

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

func TestZZGold(t *testing.T) {
	c := Default()
	for _, f := range []string{"/work/shared/eval/seed/entities.tsv", "/work/shared/eval/dev/entities.tsv"} {
		fh, _ := os.Open(f)
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			l := sc.Text()
			if strings.HasPrefix(l, "#") {
				continue
			}
			p := strings.Split(l, "\t")
			names := append([]string{p[0]}, strings.Split(p[2], " | ")...)
			found := ""
			for _, n := range names {
				if es := c.LookupName(strings.TrimSpace(n)); len(es) > 0 {
					found = es[0].Key
					break
				}
			}
			if found == "" {
				t.Logf("MISSING %s (%s)", p[0], p[1])
			}
		}
	}
}
