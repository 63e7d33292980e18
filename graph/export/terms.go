package export

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

const xsdString = "http://www.w3.org/2001/XMLSchema#string"

// ntTerm returns v in N-Triples form, escaped so that every conforming
// parser reads back the same term: in literals \ " LF CR are escaped and
// other control characters become \uXXXX; in IRIs the characters N-Triples
// forbids become \uXXXX. Invalid UTF-8 becomes U+FFFD.
func ntTerm(v quad.Value) (string, error) {
	var b strings.Builder
	if err := appendTerm(&b, v); err != nil {
		return "", err
	}
	return b.String(), nil
}

func appendTerm(b *strings.Builder, v quad.Value) error {
	switch v := v.(type) {
	case quad.IRI:
		if v == "" {
			return fmt.Errorf("empty IRI")
		}
		b.WriteByte('<')
		appendIRI(b, string(v))
		b.WriteByte('>')
	case quad.BNode:
		b.WriteString("_:")
		appendBNode(b, string(v))
	case quad.String:
		appendLiteral(b, string(v))
	case quad.LangString:
		appendLiteral(b, string(v.Value))
		if validLang(v.Lang) {
			b.WriteByte('@')
			b.WriteString(v.Lang)
		}
	case quad.TypedString:
		appendLiteral(b, string(v.Value))
		if v.Type != "" && v.Type != xsdString {
			b.WriteString("^^<")
			appendIRI(b, string(v.Type.Full()))
			b.WriteByte('>')
		}
	case quad.TypedStringer:
		return appendTerm(b, v.TypedString())
	case nil:
		return fmt.Errorf("missing term")
	default:
		appendLiteral(b, v.String())
	}
	return nil
}

// plain reports whether s needs no escaping in a literal or IRI: valid
// UTF-8 without ASCII controls, quotes, backslashes, the characters IRIs
// exclude (when iri is set), U+FFFE or U+FFFF.
func plain(s string, iri bool) bool {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x20 || c == '"' || c == '\\' || c == 0x7f:
			return false
		case iri && (c == ' ' || c == '<' || c == '>' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`'):
			return false
		case c >= 0x80:
			ascii = false
		}
	}
	return ascii || utf8.ValidString(s) && !strings.Contains(s, "\uFFFE") && !strings.Contains(s, "\uFFFF")
}

func appendLiteral(b *strings.Builder, s string) {
	b.WriteByte('"')
	if plain(s, false) {
		b.WriteString(s)
		b.WriteByte('"')
		return
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '"':
			b.WriteString(`\"`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f || r == 0xfffe || r == 0xffff:
			fmt.Fprintf(b, `\u%04X`, r)
		default:
			b.WriteRune(r) // utf8.RuneError for invalid bytes: U+FFFD
		}
	}
	b.WriteByte('"')
}

// appendIRI escapes the characters that IRIREF excludes.
func appendIRI(b *strings.Builder, s string) {
	if plain(s, true) {
		b.WriteString(s)
		return
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r <= 0x20 || strings.ContainsRune("<>\"{}|^`\\", r) || r == 0x7f {
			fmt.Fprintf(b, `\u%04X`, r)
			continue
		}
		b.WriteRune(r)
	}
}

// appendBNode keeps the characters a blank node label may hold.
func appendBNode(b *strings.Builder, s string) {
	if s == "" {
		s = "b"
	}
	for i, r := range s {
		ok := r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' ||
			i > 0 && (r == '-')
		if ok {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(b, "x%X", r)
		}
	}
}

// validLang reports whether tag is a BCP 47 language tag as N-Triples
// allows it ([a-zA-Z]+ then -[a-zA-Z0-9]+ parts); literals with another tag
// are written without one.
func validLang(tag string) bool {
	if tag == "" {
		return false
	}
	for i, part := range strings.Split(tag, "-") {
		if part == "" {
			return false
		}
		for _, r := range part {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
				return false
			}
		}
	}
	return true
}

// parseTerm reads back one term written by appendTerm.
func parseTerm(s string) (quad.Value, error) {
	switch {
	case strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">"):
		iri, err := unescape(s[1 : len(s)-1])
		return quad.IRI(iri), err
	case strings.HasPrefix(s, "_:"):
		return quad.BNode(s[2:]), nil
	case strings.HasPrefix(s, `"`):
		end := closingQuote(s)
		if end < 0 {
			return nil, fmt.Errorf("unterminated literal %.40q", s)
		}
		val, err := unescape(s[1:end])
		if err != nil {
			return nil, err
		}
		rest := s[end+1:]
		switch {
		case rest == "":
			return quad.String(val), nil
		case strings.HasPrefix(rest, "@"):
			return quad.LangString{Value: quad.String(val), Lang: rest[1:]}, nil
		case strings.HasPrefix(rest, "^^<") && strings.HasSuffix(rest, ">"):
			dt, err := unescape(rest[3 : len(rest)-1])
			return quad.TypedString{Value: quad.String(val), Type: quad.IRI(dt)}, err
		}
		return nil, fmt.Errorf("bad literal suffix %.40q", rest)
	}
	return nil, fmt.Errorf("bad term %.40q", s)
}

// closingQuote returns the index of the quote closing the literal that
// starts at s[0].
func closingQuote(s string) int {
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			return i
		}
	}
	return -1
}

func unescape(s string) (string, error) {
	if !strings.ContainsRune(s, '\\') {
		return s, nil
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 == len(s) {
			b.WriteByte(c)
			continue
		}
		i++
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case '"', '\\', '\'':
			b.WriteByte(s[i])
		case 'u', 'U':
			n := 4
			if s[i] == 'U' {
				n = 8
			}
			if i+n >= len(s) {
				return "", fmt.Errorf("short escape in %.40q", s)
			}
			r, err := strconv.ParseUint(s[i+1:i+1+n], 16, 32)
			if err != nil {
				return "", fmt.Errorf("bad escape in %.40q: %w", s, err)
			}
			b.WriteRune(rune(r))
			i += n
		default:
			return "", fmt.Errorf("unknown escape \\%c in %.40q", s[i], s)
		}
	}
	return b.String(), nil
}
