package queries

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
)

// maxCell is the widest a table cell gets, in characters.
const maxCell = 60

// WriteTable prints the result as an aligned text table: entities by their
// label, other IRIs by their last segment, long texts cut short.
func (r *Result) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	cols := r.Columns
	// A path's hops read as sentences: the stored edge's direction goes into
	// the predicate cell (officialOf → or ← officialOf), not a true/false column.
	path := hasColumn(cols, "forward") && hasColumn(cols, "predicate")
	if path {
		cols = withoutColumn(cols, "forward")
	}
	// The entity query's rows are either properties (kind, value) or facts
	// (kind in/out, predicate, other): one column shows both, and a fact's
	// direction is drawn on its predicate as for a path.
	entity := hasColumn(cols, "kind") && hasColumn(cols, "value") && hasColumn(cols, "other") && hasColumn(cols, "predicate")
	if entity {
		cols = withoutColumn(cols, "other")
	}
	fmt.Fprintln(tw, strings.Join(cols, "\t"))
	for _, row := range r.Rows {
		cells := make([]string, len(cols))
		for i, c := range cols {
			cells[i] = r.cell(row[c])
			if path && c == "predicate" {
				if fwd, ok := row["forward"].(bool); ok && !fwd {
					cells[i] = "← " + cells[i]
				} else {
					cells[i] += " →"
				}
			}
			if entity {
				kind, _ := row["kind"].(string)
				switch {
				case c == "value" && cells[i] == "":
					cells[i] = r.cell(row["other"])
				case c == "predicate" && kind == "out":
					cells[i] += " →"
				case c == "predicate" && kind == "in":
					cells[i] = "← " + cells[i]
				}
			}
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	note := fmt.Sprintf("(%d rows", len(r.Rows))
	if r.Truncated {
		note += ", truncated by the result limit"
	}
	elapsed := r.Elapsed
	if d, err := time.ParseDuration(elapsed); err == nil {
		elapsed = roundDuration(d).String()
	}
	_, err := fmt.Fprintln(w, note+", "+elapsed+")")
	return err
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

func hasColumn(cols []string, name string) bool {
	for _, c := range cols {
		if c == name {
			return true
		}
	}
	return false
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

func (r *Result) cell(v any) string {
	if v == nil {
		return ""
	}
	s := fmt.Sprint(v)
	if info, ok := r.Entities[s]; ok {
		s = info.Label
	} else if strings.Contains(s, "://") && !strings.ContainsAny(s, " \t") {
		s = lastSegment(s)
	}
	s = strings.Join(strings.Fields(s), " ")
	if rs := []rune(s); len(rs) > maxCell {
		s = string(rs[:maxCell-1]) + "…"
	}
	return s
}
