package graph

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/graph/internal/nqfast"
	"github.com/newskg/kg/internal/safetext"
)

// maxImportLine bounds one N-Quads line of an import (a literal of this
// size is no article sentence).
const maxImportLine = 256 << 20

// importInfo is what checkImport learnt of a valid stream.
type importInfo struct {
	quads   int              // quads of documents (meta quads aside)
	grouped bool             // each document's quads come together
	first   map[quad.IRI]int // document → rank of its first quad
}

// importSource is a checked stream that can be read again from its start:
// the caller's regular file, or a temporary copy of the stream.
type importSource struct {
	f     *os.File
	spool bool // f is a temporary copy, removed by close
}

// open returns a reader at the start of the source.
func (s *importSource) open() (io.Reader, error) {
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("import: read the input again: %w", err)
	}
	return bufio.NewReaderSize(s.f, 1<<16), nil
}

func (s *importSource) close() {
	if s.spool {
		s.f.Close()
		os.Remove(s.f.Name())
	}
}

// checkImport reads the whole stream r and checks every line (checkLine)
// before anything is written. A regular file is read again afterwards; any
// other stream is copied to a temporary file as it is read.
func (s *Store) checkImport(ctx context.Context, r io.Reader) (*importSource, importInfo, error) {
	info := importInfo{grouped: true, first: map[quad.IRI]int{}}
	src := &importSource{}
	if f, ok := r.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			if _, err := f.Seek(0, io.SeekCurrent); err == nil {
				src.f = f
			}
		}
	}
	in := r
	var spool *bufio.Writer
	if src.f == nil {
		f, err := os.CreateTemp("", "kg-import-*.nq")
		if err != nil {
			return nil, info, fmt.Errorf("import: temporary copy of the input: %w", err)
		}
		src.f, src.spool = f, true
		spool = bufio.NewWriterSize(f, 1<<16)
		in = io.TeeReader(r, spool)
	}
	prefix := s.vocab.Base + "doc/"
	var last quad.IRI
	statements := 0
	br := bufio.NewReaderSize(in, 1<<16)
	var long []byte
	for lineNo := 1; ; lineNo++ {
		if lineNo%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return src, info, err
			}
		}
		raw, rerr := br.ReadSlice('\n')
		if errors.Is(rerr, bufio.ErrBufferFull) { // a line longer than the buffer
			long = append(long[:0], raw...)
			for errors.Is(rerr, bufio.ErrBufferFull) && len(long) <= maxImportLine {
				raw, rerr = br.ReadSlice('\n')
				long = append(long, raw...)
			}
			if len(long) > maxImportLine {
				return src, info, fmt.Errorf("import: line %d: longer than %d MB", lineNo, maxImportLine>>20)
			}
			raw = long
		}
		if rerr != nil && !errors.Is(rerr, io.EOF) {
			return src, info, fmt.Errorf("import: read line %d: %w", lineNo, rerr)
		}
		if line := bytes.TrimSpace(raw); len(line) > 0 && line[0] != '#' {
			q, err := checkLine(line, prefix)
			if err != nil {
				if statements == 0 {
					if hint := formatHint(line); hint != "" {
						return src, info, fmt.Errorf("import: line %d: %w; %s", lineNo, err, hint)
					}
				}
				return src, info, fmt.Errorf("import: line %d: %w", lineNo, err)
			}
			statements++
			if l, ok := q.Label.(quad.IRI); ok && !IsMetaQuad(q) {
				if l != last {
					if _, seen := info.first[l]; seen {
						info.grouped = false
					} else {
						info.first[l] = len(info.first)
					}
					last = l
				}
				info.quads++
			}
		}
		if rerr != nil { // io.EOF
			break
		}
	}
	if spool != nil {
		if err := spool.Flush(); err != nil {
			return src, info, fmt.Errorf("import: temporary copy of the input: %w", err)
		}
	}
	return src, info, nil
}

// checkLine parses one N-Quads statement and checks that the store can hold
// it and write it back: valid UTF-8, no empty IRI (which Cayley's parser
// would turn into a string), a subject that is an IRI or a blank node, a
// well-formed value for the XSD types kg writes, and a label that is a
// document IRI under prefix (or the store's meta graph).
func checkLine(line []byte, prefix string) (quad.Quad, error) {
	if !utf8.Valid(line) {
		i := 0
		for i < len(line) {
			r, n := utf8.DecodeRune(line[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		return quad.Quad{}, fmt.Errorf("invalid UTF-8 at byte offset %d: %s", i, safetext.Clip(string(bytes.ToValidUTF8(line, []byte("\uFFFD")))))
	}
	if emptyIRI(line) {
		return quad.Quad{}, fmt.Errorf("an empty IRI <> is not a value kg can store: %s", safetext.Clip(string(line)))
	}
	q, _, err := nqfast.ParseKey(line)
	if err != nil {
		return q, fmt.Errorf("not an N-Quads statement (%v): %s", err, safetext.Clip(string(line)))
	}
	if !q.IsValid() {
		return q, fmt.Errorf("incomplete statement: %s", safetext.Clip(string(line)))
	}
	switch q.Subject.(type) {
	case quad.IRI, quad.BNode:
	default:
		return q, fmt.Errorf("the subject must be an IRI or a blank node: %s", safetext.Clip(string(line)))
	}
	if _, ok := q.Predicate.(quad.IRI); !ok {
		return q, fmt.Errorf("the predicate must be an IRI: %s", safetext.Clip(string(line)))
	}
	if t, ok := q.Object.(quad.TypedString); ok {
		if err := checkTyped(t); err != nil {
			return q, fmt.Errorf("%v: %s", err, safetext.Clip(string(line)))
		}
	}
	if IsMetaQuad(q) {
		return q, nil
	}
	l, ok := q.Label.(quad.IRI)
	if !ok || !strings.HasPrefix(string(l), prefix) {
		return q, fmt.Errorf("label %v is not a document IRI under %s: %s", q.Label, prefix, safetext.Clip(string(line)))
	}
	if id := strings.TrimPrefix(string(l), prefix); !validDocSlug(id) {
		return q, fmt.Errorf("label %s: %q is not a document id kg writes (letters, digits, '.', '_' and '-'; not . or ..)", l, safetext.Clip(id))
	}
	return q, nil
}

// validDocSlug tells whether id is a document id as Vocab.Doc writes it.
func validDocSlug(id string) bool {
	return id != "" && id != "." && id != ".." && Slug(id) == id
}

// emptyIRI tells whether line has an empty IRI term "<>" outside literals.
func emptyIRI(line []byte) bool {
	inLit := false
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case inLit && c == '\\':
			i++
		case c == '"':
			inLit = !inLit
		case !inLit && c == '<' && i+1 < len(line) && line[i+1] == '>':
			return true
		}
	}
	return false
}

var (
	reXSDDate     = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$`)
	reXSDYearMon  = regexp.MustCompile(`^\d{4}-(0[1-9]|1[0-2])(Z|[+-]\d{2}:\d{2})?$`)
	reXSDYear     = regexp.MustCompile(`^\d{4}(Z|[+-]\d{2}:\d{2})?$`)
	reXSDInteger  = regexp.MustCompile(`^[+-]?\d+$`)
	reXSDDecimal  = regexp.MustCompile(`^[+-]?(\d+(\.\d*)?|\.\d+)$`)
	reXSDBoolean  = regexp.MustCompile(`^(true|false|1|0)$`)
	xsdNamespace  = "http://www.w3.org/2001/XMLSchema#"
	xsdDateLayout = "2006-01-02"
)

// checkTyped checks the lexical form of a literal of the XSD types kg
// writes (dates, numbers, booleans); other datatypes pass.
func checkTyped(t quad.TypedString) error {
	typ, ok := strings.CutPrefix(string(t.Type), xsdNamespace)
	if !ok {
		return nil
	}
	v := string(t.Value)
	bad := func() error { return fmt.Errorf("%q is not a valid xsd:%s", safetext.Clip(v), typ) }
	switch typ {
	case "date":
		m := reXSDDate.FindStringSubmatch(v)
		if m == nil {
			return bad()
		}
		if _, err := time.Parse(xsdDateLayout, v[:10]); err != nil {
			return bad() // 2015-13-45, 2015-02-30
		}
	case "gYearMonth":
		if !reXSDYearMon.MatchString(v) {
			return bad()
		}
	case "gYear":
		if !reXSDYear.MatchString(v) {
			return bad()
		}
	case "dateTime":
		if _, err := time.Parse(time.RFC3339Nano, v); err != nil {
			if _, err := time.Parse("2006-01-02T15:04:05", v); err != nil {
				return bad()
			}
		}
	case "integer", "int", "long", "nonNegativeInteger":
		if !reXSDInteger.MatchString(v) || (typ == "nonNegativeInteger" && strings.HasPrefix(v, "-")) {
			return bad()
		}
	case "decimal":
		if !reXSDDecimal.MatchString(v) {
			return bad()
		}
	case "boolean":
		if !reXSDBoolean.MatchString(v) {
			return bad()
		}
	}
	return nil
}

// formatHint tells, from the first line of an input that is not N-Quads,
// which format it looks like and how to load it ("" when it cannot tell).
func formatHint(line []byte) string {
	l := strings.TrimPrefix(string(line), "\uFEFF")
	switch {
	case strings.HasPrefix(l, "{") && strings.Contains(l, `"text"`):
		return "it looks like JSON Lines articles: load articles with kg ingest, not kg import"
	case strings.HasPrefix(l, "{") || strings.HasPrefix(l, "["):
		return "it looks like JSON (JSON-LD?): kg import reads N-Quads; convert first, e.g. with riot --output=nquads FILE (Apache Jena) or jsonld.js's toRDF"
	case strings.HasPrefix(l, "@prefix") || strings.HasPrefix(l, "@base") || strings.HasPrefix(strings.ToUpper(l), "PREFIX "):
		return "it looks like Turtle or TriG: kg import reads N-Quads; convert first, e.g. rapper -i turtle -o nquads FILE > FILE.nq (for TriG: rapper -i trig)"
	case strings.HasPrefix(l, "<?xml") || strings.HasPrefix(l, "<rdf:RDF") || strings.HasPrefix(l, "<graphml"):
		return "it looks like XML (RDF/XML, GraphML or GEXF): kg import reads N-Quads; convert RDF/XML with rapper -i rdfxml -o nquads FILE > FILE.nq"
	case strings.Count(l, ",") >= 2 && !strings.Contains(l, "<"):
		return "it looks like CSV: kg import reads N-Quads (kg export --format nquads writes them)"
	}
	return ""
}

// lastIRI returns the last IRI term of a checked statement line (its
// label), or nil for a line without one.
func lastIRI(line []byte) []byte {
	end := bytes.LastIndexByte(line, '>')
	if end < 0 {
		return nil
	}
	start := bytes.LastIndexByte(line[:end], '<')
	if start < 0 {
		return nil
	}
	return line[start : end+1]
}
