package queries

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/width"

	"github.com/newskg/kg/extract"
)

// maxCell is the widest a table cell gets, in characters, when the width
// of the output is not known (not a terminal) and --wide is not given.
const maxCell = 60

// minEvidence is the narrowest the evidence column gets before other
// columns shrink or go.
const minEvidence = 24

// dropOrder lists the columns left out, in this order, when a table does
// not fit its width even with every column at its narrowest.
var dropOrder = []string{"statement", "source", "extractor", "confidence", "published", "title", "place", "mode"}

// TableOptions shape a table.
type TableOptions struct {
	// Width is the widest a line may be, in terminal columns (the
	// terminal's width); 0 when unknown, and then cells are cut at 60
	// characters.
	Width int
	// Wide prints every cell whole, whatever Width says.
	Wide bool
}

// WriteTable prints the result as an aligned text table, cells cut at 60
// characters (WriteTableWith fits a terminal's width instead).
func (r *Result) WriteTable(w io.Writer) error { return r.WriteTableWith(w, TableOptions{}) }

// WriteTableWith prints the result as an aligned text table: entities by
// their label, other IRIs by their last segment, columns empty in every row
// left out. A path's hops and an entity's facts carry their direction on
// the predicate (officialOf →, ← supports; none for the symmetric met,
// allyOf, cooperatesWith). Unless o.Wide, long cells — the evidence first —
// are cut so that lines fit o.Width, and columns are left out (statement
// IRIs first) when even that is not enough; the closing note says which.
func (r *Result) WriteTableWith(w io.Writer, o TableOptions) error {
	cols, cells, constant := r.tableCells()
	widths := make([]int, len(cols))
	for i, c := range cols {
		widths[i] = displayWidth(c)
		for _, row := range cells {
			widths[i] = max(widths[i], displayWidth(row[i]))
		}
	}
	var dropped []string
	if !o.Wide {
		if o.Width > 0 {
			cols, cells, widths, dropped = fitWidth(cols, cells, widths, o.Width, constant)
		} else {
			for i := range widths {
				widths[i] = min(widths[i], maxCell)
			}
		}
	}
	var b strings.Builder
	if len(cells) > 0 {
		writeLine(&b, cols, widths)
		for _, row := range cells {
			writeLine(&b, row, widths)
		}
	}
	note := fmt.Sprintf("(%d rows", len(r.Rows))
	if r.Truncated {
		note += ", truncated by the result limit"
	}
	elapsed := r.Elapsed
	if d, err := time.ParseDuration(elapsed); err == nil {
		elapsed = roundDuration(d).String()
	}
	note += ", " + elapsed + ")"
	if len(dropped) > 0 {
		// On a line of its own: the note must fit the width too.
		note += "\n(" + strings.Join(dropped, ", ") + " left out to fit the width; --wide shows all)"
	}
	b.WriteString(note + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// tableCells returns the columns shown and each row's cells, whole, and
// the columns that hold the same entity asked about on every row.
func (r *Result) tableCells() ([]string, [][]string, map[string]bool) {
	cols := r.Columns
	// A path's hops read as sentences: the stored edge's direction goes into
	// the predicate cell (officialOf → or ← officialOf), not a true/false column.
	path := hasColumn(cols, "forward") && hasColumn(cols, "predicate")
	if path {
		cols = withoutColumn(cols, "forward")
	}
	// The entity query's rows are either properties (kind, value) or facts
	// (kind in/out/mutual, predicate, other): one column shows both, and a
	// fact's direction is drawn on its predicate as for a path.
	entity := hasColumn(cols, "kind") && hasColumn(cols, "value") && hasColumn(cols, "other") && hasColumn(cols, "predicate")
	if entity {
		cols = withoutColumn(cols, "other")
	}
	cells := make([][]string, len(r.Rows))
	for j, row := range r.Rows {
		cells[j] = make([]string, len(cols))
		for i, c := range cols {
			s := r.cell(row[c])
			if c == "predicate" && s != "" {
				switch {
				case path && !extract.Predicate(s).Symmetric():
					if fwd, ok := row["forward"].(bool); ok && !fwd {
						s = "← " + s
					} else {
						s += " →"
					}
				case entity && row["kind"] == "out":
					s += " →"
				case entity && row["kind"] == "in":
					s = "← " + s
				}
			}
			if entity && c == "value" && s == "" {
				s = r.cell(row["other"])
			}
			cells[j][i] = s
		}
	}
	// Columns empty in every row say nothing.
	var keep []int
	for i := range cols {
		for _, row := range cells {
			if row[i] != "" {
				keep = append(keep, i)
				break
			}
		}
	}
	asked := map[string]bool{}
	for _, iris := range r.Resolved {
		for _, iri := range iris {
			asked[iri] = true
		}
	}
	constant := map[string]bool{}
	for _, c := range cols {
		first, same := "", len(r.Rows) > 1
		for j, row := range r.Rows {
			v, _ := row[c].(string)
			if j == 0 {
				first = v
			}
			same = same && v == first && asked[v]
		}
		constant[c] = same
	}
	return pick(cols, keep), pickRows(cells, keep), constant
}

// fitWidth narrows the table to total columns: the evidence first (down to
// minEvidence); then it leaves out columns that repeat an entity asked
// about on every row, then those of dropOrder; then the widest remaining
// columns give way, down to their header's width. The evidence gets back
// whatever room that frees.
func fitWidth(cols []string, cells [][]string, widths []int, total int, constant map[string]bool) ([]string, [][]string, []int, []string) {
	natural := append([]int(nil), widths...)
	floor := func(i int) int {
		switch cols[i] {
		case "evidence":
			return min(minEvidence, natural[i])
		case "predicate", "date", "kind", "direction", "hop", "route", "mode":
			return natural[i] // short, and cut they say nothing
		}
		return min(max(min(displayWidth(cols[i]), 12), 4), natural[i])
	}
	sum := func() int {
		n := 2 * (len(widths) - 1)
		for _, x := range widths {
			n += x
		}
		return n
	}
	ev := func() int { return indexOf(cols, "evidence") }
	if i := ev(); i >= 0 && sum() > total {
		widths[i] = max(widths[i]-(sum()-total), floor(i))
	}
	var dropped []string
	drop := func(i int) {
		dropped = append(dropped, cols[i])
		var keep []int
		for k := range cols {
			if k != i {
				keep = append(keep, k)
			}
		}
		cols, cells, widths, natural = pick(cols, keep), pickRows(cells, keep), pick(widths, keep), pick(natural, keep)
	}
	for i := 0; i < len(cols) && sum() > total && len(cols) > 2; {
		if constant[cols[i]] {
			drop(i)
			continue
		}
		i++
	}
	for _, d := range dropOrder {
		if i := indexOf(cols, d); i >= 0 && sum() > total && len(cols) > 2 {
			drop(i)
		}
	}
	for sum() > total {
		// The widest column still above its floor gives one character.
		best := -1
		for i := range widths {
			if widths[i] > floor(i) && (best < 0 || widths[i] > widths[best]) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		widths[best]--
	}
	if i := ev(); i >= 0 && sum() < total {
		widths[i] = min(natural[i], widths[i]+total-sum())
	}
	return cols, cells, widths, dropped
}

// writeLine writes cells padded (or cut) to widths, two spaces apart, with
// no trailing blanks.
func writeLine(b *strings.Builder, cells []string, widths []int) {
	var line strings.Builder
	for i, c := range cells {
		c = cut(c, widths[i])
		line.WriteString(c)
		if i < len(cells)-1 {
			line.WriteString(strings.Repeat(" ", widths[i]-displayWidth(c)+2))
		}
	}
	b.WriteString(strings.TrimRight(line.String(), " "))
	b.WriteByte('\n')
}

// cut shortens s to at most w terminal columns, ending it with "…".
func cut(s string, w int) string {
	if displayWidth(s) <= w {
		return s
	}
	var b strings.Builder
	n := 0
	for _, r := range s {
		rw := runeWidth(r)
		if n+rw > w-1 {
			break
		}
		b.WriteRune(r)
		n += rw
	}
	return b.String() + "…"
}

// DisplayWidth is the number of terminal columns s takes: East Asian wide
// characters take two, combining marks (Arabic harakat) and format
// characters none.
func DisplayWidth(s string) int { return displayWidth(s) }

func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

func runeWidth(r rune) int {
	switch {
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0
	case r < 0x1100:
		return 1
	case r >= 0xFE00 && r <= 0xFE0F:
		return 0 // variation selectors
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// roundDuration keeps three significant digits or so: 7.535389ms → 7.54ms.
func roundDuration(d time.Duration) time.Duration {
	switch {
	case d >= time.Second:
		return d.Round(10 * time.Millisecond)
	case d >= time.Millisecond:
		return d.Round(10 * time.Microsecond)
	}
	return d.Round(time.Microsecond)
}

func hasColumn(cols []string, name string) bool { return indexOf(cols, name) >= 0 }

func indexOf(cols []string, name string) int {
	for i, c := range cols {
		if c == name {
			return i
		}
	}
	return -1
}

func withoutColumn(cols []string, name string) []string {
	var out []string
	for _, c := range cols {
		if c != name {
			out = append(out, c)
		}
	}
	return out
}

func pick[T any](xs []T, keep []int) []T {
	out := make([]T, len(keep))
	for i, k := range keep {
		out[i] = xs[k]
	}
	return out
}

func pickRows(rows [][]string, keep []int) [][]string {
	out := make([][]string, len(rows))
	for j, row := range rows {
		out[j] = pick(row, keep)
	}
	return out
}

// cell is a value as shown: an entity by its label, another IRI by its last
// segment, a list item by item, white space collapsed.
func (r *Result) cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case []any:
		parts := make([]string, 0, len(x))
		for _, e := range x {
			parts = append(parts, r.cell(e))
		}
		return strings.Join(parts, ", ")
	case []string:
		parts := make([]string, 0, len(x))
		for _, e := range x {
			parts = append(parts, r.cell(e))
		}
		return strings.Join(parts, ", ")
	}
	s := fmt.Sprint(v)
	if info, ok := r.Entities[s]; ok {
		s = info.Label
	} else if strings.Contains(s, "://") && !strings.ContainsAny(s, " \t") {
		s = lastSegment(s)
	}
	return strings.Join(strings.Fields(s), " ")
}
