package catalog

import (
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestZZList(t *testing.T) {
	c := Default()
	var out []string
	for k, hits := range c.names.m {
		if strings.Contains(k, " ") || k[0] < 0x80 || utf8.RuneCountInString(k) > 6 {
			continue
		}
		s := k
		if hits[0].Derived {
			s += "*"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	t.Logf("%d: %s", len(out), strings.Join(out, " "))
}
