package ar

import "sync"

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
		l, err := wordLists("structural.tsv", "with", "delegate", "attend", "lying")
		if err != nil {
			structErr = err
			return
		}
		structW = structWords{with: l["with"], delegate: l["delegate"], attend: l["attend"], lying: l["lying"]}
	})
	return structW, structErr
}

// lying reports whether a token is a participle of lying in or belonging
// to a place (الواقعة، التابعة).
func (d *docState) lying(t string) bool {
	w, err := loadStructWords()
	return err == nil && w.lying[t]
}
