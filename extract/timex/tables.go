package timex

import (
	"embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/newskg/kg/extract/text"
	"github.com/newskg/kg/internal/tsv"
)

//go:embed data/*.tsv
var dataFS embed.FS

// phrase is one entry of a data table: a sequence of normalised words with
// an integer value and flags.
type phrase struct {
	words []string
	val   int64
	unit  string // relative.tsv: day|week|month|year; numbers.tsv: kind
	flags string
}

func (p *phrase) has(flag string) bool {
	return p != nil && strings.Contains(" "+p.flags+" ", " "+flag+" ")
}

// readRows reads the embedded data/name and returns its rows (blank lines
// and # comments left out). The tables are part of the program: a bad one
// panics, naming the file and line.
func readRows(name string) []tsv.Row {
	rows, err := tsv.Load(dataFS, "data/"+name)
	if err != nil {
		panic(fmt.Errorf("timex: %w", err))
	}
	return rows
}

// norms returns the normal forms of the words of phrase.
func norms(phrase string) []string {
	var words []string
	for _, tok := range text.Tokenize(phrase, 0) {
		words = append(words, tok.Norm)
	}
	return words
}

// table indexes phrases by their first word, longest phrase first.
type table map[string][]*phrase

// loadTable reads a TSV data file: phrase<TAB>value[<TAB>…]. The value
// column is valCol (1-based column index of the integer); unitCol, when
// positive, is a text column kept in unit; remaining columns are flags.
func loadTable(name string, valCol, unitCol int) table {
	t := make(table)
	for _, r := range readRows(name) {
		cols := r.Fields
		if err := r.Want(max(valCol, unitCol)+1, -1); err != nil {
			panic(fmt.Errorf("timex: %w", err))
		}
		p := &phrase{}
		if valCol > 0 {
			v, err := strconv.ParseInt(cols[valCol], 10, 64)
			if err != nil {
				panic(fmt.Errorf("timex: %w", r.Errorf("bad number %q: %w", cols[valCol], err)))
			}
			p.val = v
		}
		var flags []string
		for i := 1; i < len(cols); i++ {
			switch {
			case i == valCol:
			case i == unitCol:
				p.unit = cols[i]
			default:
				flags = append(flags, cols[i])
			}
		}
		p.flags = strings.Join(flags, " ")
		p.words = norms(cols[0])
		if len(p.words) == 0 {
			continue
		}
		t[p.words[0]] = append(t[p.words[0]], p)
	}
	for k, ps := range t {
		// longest first (stable: file order among equals)
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
		t[k] = ps
	}
	return t
}

// match finds the longest phrase of t starting at toks[i]. The first token
// may carry proclitics (وأمس، بنوفمبر): its Forms are tried, most literal
// first. It returns the phrase and the index after it.
func (t table) match(toks []text.Token, i int) (*phrase, int) {
	if i >= len(toks) {
		return nil, i
	}
	if p, end := t.matchFirst(toks, i, toks[i].Norm); p != nil {
		return p, end
	}
	n := toks[i].Norm
	for k := 0; k < 2 && isClitic(n, k == 0); k++ {
		n = n[2:] // proclitic letters are two bytes each
		if p, end := t.matchFirst(toks, i, n); p != nil {
			return p, end
		}
	}
	return nil, i
}

// isClitic reports whether the normalised word s starts with a proclitic
// letter followed by at least two more letters: و ف ب ل ك when first is
// true, else ب ل ك (a preposition after a conjunction).
func isClitic(s string, first bool) bool {
	if len(s) < 6 {
		return false
	}
	switch s[:2] {
	case "و", "ف":
		return first
	case "ب", "ل", "ك":
		return true
	}
	return false
}

// triggers holds every normalised word that can start or take part in a
// date or number expression; other tokens are skipped quickly.
var triggers = func() map[string]bool {
	m := make(map[string]bool)
	for _, t := range []table{months, weekdays, relatives, ordinals, hijriMonths, numberWords, rolePhrases} {
		for k := range t {
			m[k] = true
		}
	}
	for k := range roleWords {
		m[k] = true
	}
	return m
}()

// isTrigger reports whether a token may start a date or number expression.
func isTrigger(t text.Token) bool {
	n := t.Norm
	if n == "" {
		return false
	}
	if c := n[0]; c >= '0' && c <= '9' {
		return true
	}
	if k := strings.IndexByte(n, '-'); k > 0 && n[0] < 0x80 {
		return true // "mid-November"
	}
	if triggers[n] {
		return true
	}
	for k := 0; k < 2 && isClitic(n, k == 0); k++ {
		n = n[2:]
		if triggers[n] {
			return true
		}
	}
	return false
}

func (t table) matchFirst(toks []text.Token, i int, first string) (*phrase, int) {
	for _, p := range t[first] {
		if i+len(p.words) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(p.words); k++ {
			if toks[i+k].Norm != p.words[k] {
				ok = false
				break
			}
		}
		if ok {
			return p, i + len(p.words)
		}
	}
	return nil, i
}

// roles of function words (words.tsv), as bits.
const (
	roleQual = 1 << iota
	roleSince
	rolePrep
	roleUntil
	roleFuture
	rolePast
	roleDay
	roleMonth
	roleYear
	roleAD
	roleHijri
	roleAgo
	roleTo
	roleFrom
	roleApprox
	roleDayUnit
	roleWeekUnit
	roleMonthUnit
	roleYearUnit
	roleEvent
	roleCurrent
)

var roleNames = map[string]int{
	"qual": roleQual, "since": roleSince, "prep": rolePrep, "until": roleUntil,
	"future": roleFuture, "past": rolePast, "day": roleDay, "month": roleMonth,
	"year": roleYear, "ad": roleAD, "hijri": roleHijri, "ago": roleAgo, "to": roleTo,
	"from": roleFrom, "approx": roleApprox, "dayunit": roleDayUnit,
	"weekunit": roleWeekUnit, "monthunit": roleMonthUnit, "yearunit": roleYearUnit,
	"event": roleEvent, "current": roleCurrent,
}

// loadRoles reads words.tsv into a map from normalised phrase to role bits;
// multi-word phrases are returned in a table with val = role bits.
func loadRoles() (map[string]int, table) {
	single := make(map[string]int)
	multi := make(table)
	for _, r := range readRows("words.tsv") {
		cols := r.Fields
		if err := r.Want(2, 2); err != nil {
			panic(fmt.Errorf("timex: %w (want word<TAB>role)", err))
		}
		bit, ok := roleNames[cols[1]]
		if !ok {
			panic(fmt.Errorf("timex: %w", r.Errorf("unknown role %q", cols[1])))
		}
		words := norms(cols[0])
		switch len(words) {
		case 0:
		case 1:
			single[words[0]] |= bit
		default:
			multi[words[0]] = append(multi[words[0]], &phrase{words: words, val: int64(bit)})
		}
	}
	return single, multi
}

var (
	months                 = loadTable("months.tsv", 1, 0)
	weekdays               = loadTable("weekdays.tsv", 1, 0)
	relatives              = loadTable("relative.tsv", 2, 1)
	ordinals               = loadTable("ordinals.tsv", 1, 0)
	hijriMonths            = loadTable("hijri.tsv", 1, 0)
	numberWords            = loadTable("numbers.tsv", 1, 2)
	roleWords, rolePhrases = loadRoles()
)

// roleAt returns the role bits of toks[i] (by its normal form, or its bare
// form for single words) and the index after the role phrase.
func roleAt(toks []text.Token, i int) (int, int) {
	if i < 0 || i >= len(toks) {
		return 0, i
	}
	if p, end := rolePhrases.match(toks, i); p != nil {
		return int(p.val), end
	}
	if r, ok := roleWords[toks[i].Norm]; ok {
		return r, i + 1
	}
	return 0, i
}

// hasRole reports whether toks[i] has the role bit.
func hasRole(toks []text.Token, i, bit int) bool {
	r, _ := roleAt(toks, i)
	return r&bit != 0
}
