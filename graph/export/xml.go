package export

import (
	"bufio"
	"encoding/xml"
	"strings"
)

// xmlText escapes s for XML text and attribute values: & < > " ' and
// tab, newline and carriage return become references; characters XML does
// not allow become U+FFFD.
func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// xmlWriter writes indented XML by hand, so the output is stable.
type xmlWriter struct {
	w *bufio.Writer
}

func (x xmlWriter) line(depth int, s string) {
	for i := 0; i < depth; i++ {
		x.w.WriteString("  ")
	}
	x.w.WriteString(s)
	x.w.WriteByte('\n')
}

// attr returns ` name="value"` with value escaped.
func attr(name, value string) string {
	return " " + name + `="` + xmlText(value) + `"`
}
