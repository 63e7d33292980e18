package ar

import (
	"fmt"
	"strings"
	"sync"
)

// structWords are the word lists of data/structural.tsv, each a set of
// bare forms: "with", "delegate", "attend" (struct_participants.go) and
// "lying" (located.go).
type structWords struct {
	with, delegate, attend, lying map[string]bool
}

var (
	structOnce sync.Once
	structW    structWords
	structErr  error
)

// loadStructWords reads data/structural.tsv once.
func loadStructWords() (structWords, error) {
	structOnce.Do(func() {
		b, err := dataFS.ReadFile("data/structural.tsv")
		if err != nil {
			structErr = fmt.Errorf("ar: structural word lists: %w", err)
			return
		}
		structW, structErr = parseStructWords(string(b))
	})
	return structW, structErr
}

// parseStructWords reads lines "list<TAB>word<TAB>word…" ("#" comments).
func parseStructWords(data string) (structWords, error) {
	w := structWords{with: map[string]bool{}, delegate: map[string]bool{}, attend: map[string]bool{}, lying: map[string]bool{}}
	lists := map[string]map[string]bool{"with": w.with, "delegate": w.delegate, "attend": w.attend, "lying": w.lying}
	for n, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		set, ok := lists[f[0]]
		if !ok {
			return w, fmt.Errorf("data/structural.tsv line %d: unknown list %q", n+1, f[0])
		}
		for _, x := range f[1:] {
			set[x] = true
		}
	}
	return w, nil
}

// lying reports whether a token is a participle of lying in or belonging
// to a place (الواقعة، التابعة).
func (d *docState) lying(t string) bool {
	w, err := loadStructWords()
	return err == nil && w.lying[t]
}
