package graph

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/graph/internal/boltkv"
	"github.com/newskg/kg/graph/internal/nqfast"
)

// importBatchQuads is how many quads Import gathers before it writes a
// batch (at the next change of label). Two batches are in memory at once,
// one parsed while the other is written; 150k keeps a 1M-quad import under
// 1 GB of peak RSS and is as fast as larger batches (graph/PERFORMANCE.md).
var importBatchQuads = envInt("KG_IMPORT_BATCH_QUADS", 150_000)

// Import loads an N-Quads stream (e.g. another store's export). Every quad's
// label must be a document IRI of this store's base; the quads of a label
// are that document, and each document replaces that document's quads
// atomically (whole documents, many to a transaction). Meta quads are
// skipped. It returns per-document stats in order of first appearance.
//
// The whole input is checked before the first write (checkImport): a
// malformed line, a value the store could not write back (an empty IRI, an
// invalid date, invalid UTF-8) or a quad outside every document is an error
// naming its line, and the store is left unchanged. A stream that is not a
// regular file is spooled to a temporary file for that.
//
// Then, when each document's quads come together (kg's exports), Import
// streams: it gathers whole documents until about importBatchQuads quads
// are pending and writes them at the next change of label, while it parses
// the next batch. Otherwise (quads of a document scattered over the
// stream), it first spills the quads into partitions by document, each
// about importBatchQuads quads, and writes each partition in one
// transaction: every document is still written whole, in one transaction,
// and memory holds one partition, not the file.
func (s *Store) Import(ctx context.Context, r io.Reader) ([]WriteStats, error) {
	if err := s.writable(); err != nil {
		return nil, err
	}
	src, info, err := s.checkImport(ctx, r)
	if src != nil {
		defer src.close()
	}
	if err != nil {
		return nil, err
	}
	if info.grouped {
		rd, err := src.open()
		if err != nil {
			return nil, err
		}
		return s.importStream(ctx, rd, importBatchQuads)
	}
	return s.importScattered(ctx, src, info)
}

// importStream writes the documents of a checked stream in batches of
// about limit quads (whole documents), parsing the next batch while the
// previous one is written.
func (s *Store) importStream(ctx context.Context, r io.Reader, limit int) ([]WriteStats, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan importBatch)
	readErr := make(chan error, 1)
	go func() {
		defer close(batches)
		readErr <- s.importBatches(ctx, r, batches, limit)
	}()
	var (
		out []WriteStats
		at  = map[quad.IRI]int{} // document → its stats in out
		err error
	)
	for batch := range batches {
		if err != nil {
			continue // drain: the reader stops at the cancellation
		}
		var st []WriteStats
		if st, err = s.writeDocsPrep(ctx, batch.docs, batch.pre); err != nil {
			err = fmt.Errorf("import: %w", err)
			cancel()
			continue
		}
		for _, w := range st {
			i, ok := at[w.DocIRI]
			if !ok {
				at[w.DocIRI] = len(out)
				out = append(out, w)
				continue
			}
			// A document merged again: its latest totals, the sum of its changes.
			w.Added += out[i].Added
			w.Removed += out[i].Removed
			out[i] = w
		}
	}
	if rerr := <-readErr; err == nil && rerr != nil {
		err = rerr
	}
	return out, err
}

// importScattered spills the checked stream into partitions by document
// (a hash of the label), then writes each partition in one transaction. The
// stats come in order of each document's first appearance in the stream.
func (s *Store) importScattered(ctx context.Context, src *importSource, info importInfo) ([]WriteStats, error) {
	parts := max(1, (info.quads+importBatchQuads-1)/importBatchQuads)
	dir, err := os.MkdirTemp("", "kg-import-*")
	if err != nil {
		return nil, fmt.Errorf("import: spill directory: %w", err)
	}
	defer os.RemoveAll(dir)
	files := make([]*os.File, parts)
	writers := make([]*bufio.Writer, parts)
	for i := range files {
		if files[i], err = os.Create(filepath.Join(dir, fmt.Sprintf("part-%d.nq", i))); err != nil {
			return nil, fmt.Errorf("import: spill: %w", err)
		}
		defer files[i].Close()
		writers[i] = bufio.NewWriterSize(files[i], 1<<16)
	}
	rd, err := src.open()
	if err != nil {
		return nil, err
	}
	sc := bufio.NewScanner(rd)
	sc.Buffer(make([]byte, 1<<16), maxImportLine)
	for sc.Scan() {
		line := bytes.TrimSpace(sc.Bytes())
		label := lastIRI(line)
		if label == nil {
			continue // blank, comment or meta-free line without a label: checked already
		}
		h := fnv.New32a()
		h.Write(label)
		w := writers[int(h.Sum32()%uint32(parts))]
		w.Write(line)
		w.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("import: spill: %w", err)
	}
	for i, w := range writers {
		if err := w.Flush(); err != nil {
			return nil, fmt.Errorf("import: spill: %w", err)
		}
		if _, err := files[i].Seek(0, io.SeekStart); err != nil {
			return nil, fmt.Errorf("import: spill: %w", err)
		}
	}
	var out []WriteStats
	for i := range files {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		st, err := s.importStream(ctx, bufio.NewReaderSize(files[i], 1<<16), math.MaxInt)
		out = append(out, st...)
		if err != nil {
			return out, err
		}
	}
	slices.SortStableFunc(out, func(a, b WriteStats) int { return info.first[a.DocIRI] - info.first[b.DocIRI] })
	return out, nil
}

// importBatch is a batch of whole documents (distinct labels) and, on
// Bolt, their quads prepared for the bulk path.
type importBatch struct {
	docs []doc
	pre  *boltkv.Prep
}

// importBatches parses r and sends batches of documents to out, in order.
func (s *Store) importBatches(ctx context.Context, r io.Reader, out chan<- importBatch, limit int) error {
	type pending struct {
		d   doc
		set quadSet
	}
	var (
		prefix  = s.vocab.Base + "doc/"
		byLabel = map[quad.IRI]*pending{}
		order   []*pending
		written = map[quad.IRI]bool{} // labels of batches sent
		n       int
		last    quad.IRI
	)
	send := func() error {
		docs := make([]doc, len(order))
		for i, p := range order {
			p.d.quads = p.set.sorted()
			p.set = quadSet{}
			p.d.facts, p.d.entities = countModel(s.vocab, p.d.quads)
			docs[i] = p.d
			written[p.d.iri] = true
		}
		var pre *boltkv.Prep
		if s.bolt != nil {
			all := make([]quad.Quad, 0, n)
			for _, d := range docs {
				all = append(all, d.quads...)
			}
			pre = boltkv.Prepare(all)
			pre.EncodeValues()
		}
		byLabel, order, n = map[quad.IRI]*pending{}, nil, 0
		select {
		case out <- importBatch{docs, pre}:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	br := bufio.NewReaderSize(r, 1<<16)
	var long []byte
	quadNo := 0 // statements read: blank and comment lines aside
	for lineNo := 1; ; lineNo++ {
		raw, rerr := br.ReadSlice('\n')
		if errors.Is(rerr, bufio.ErrBufferFull) { // a line longer than the buffer
			long = append(long[:0], raw...)
			for errors.Is(rerr, bufio.ErrBufferFull) {
				raw, rerr = br.ReadSlice('\n')
				long = append(long, raw...)
			}
			raw = long
		}
		if rerr != nil && !errors.Is(rerr, io.EOF) {
			return fmt.Errorf("import: read line %d: %w", lineNo, rerr)
		}
		if line := bytes.TrimSpace(raw); len(line) > 0 && line[0] != '#' {
			quadNo++
			q, key, err := nqfast.ParseKey(line)
			if err != nil {
				return fmt.Errorf("import: quad %d (line %d): failed to parse %q: %w", quadNo, lineNo, line, err)
			}
			if q.IsValid() && !IsMetaQuad(q) {
				l, ok := q.Label.(quad.IRI)
				if !ok || !strings.HasPrefix(string(l), prefix) {
					return fmt.Errorf("import: quad %d (line %d, %s): label %v is not a document IRI under %s", quadNo, lineNo, q.NQuad(), q.Label, prefix)
				}
				if l != last && n >= limit {
					if err := send(); err != nil {
						return err
					}
				}
				last = l
				p := byLabel[l]
				if p == nil {
					p = &pending{d: doc{id: strings.TrimPrefix(string(l), prefix), iri: l, merge: written[l]}}
					byLabel[l] = p
					order = append(order, p)
				}
				p.set.addKey(q, key)
				n++
			}
		}
		if rerr != nil { // io.EOF
			break
		}
	}
	if len(order) == 0 {
		return nil
	}
	return send()
}
