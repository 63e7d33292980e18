package queries

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// maxCell is the widest a table cell gets, in characters.
const maxCell = 60

// WriteTable prints the result as an aligned text table: entities by their
// label, other IRIs by their last segment, long texts cut short.
func (r *Result) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(r.Columns, "\t"))
	for _, row := range r.Rows {
		cells := make([]string, len(r.Columns))
		for i, c := range r.Columns {
			cells[i] = r.cell(row[c])
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
	_, err := fmt.Fprintln(w, note+", "+r.Elapsed+")")
	return err
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
