package graph

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"
)

// importBatchQuads is how many quads Import gathers before it writes a
// batch (at the next change of label). Two batches are in memory at once,
// one parsed while the other is written; 150k keeps a 1M-quad import under
// 1 GB of peak RSS and is as fast as larger batches (graph/PERFORMANCE.md).
var importBatchQuads = envInt("KG_IMPORT_BATCH_QUADS", 150_000)

// Import loads an N-Quads stream (e.g. another store's export). Every quad's
// label must be a document IRI of this store's base; the quads of a label
// are that document, and each document replaces that document's quads
// atomically, many documents to a transaction. Meta quads are skipped. It
// returns per-document stats in order of first appearance.
//
// Import streams: it gathers whole documents until about importBatchQuads quads
// are pending and writes them when the label changes, while it parses the
// next batch. kg's exports keep each document's quads together, so memory
// holds one or two batches, not the file. A stream that does not (a label
// that comes back after its document's batch was written) stays correct:
// the later quads are merged into the document through the same
// per-document diff (writeDocs with doc.merge), so the document ends with
// every quad the stream gives it; such a document is then written in more
// than one transaction, and its stats add up the writes.
//
// A malformed line or a quad outside every document stops the import with
// an error naming the line. Documents of the batches written before it
// stay (each whole); nothing of the batch holding the bad line is written,
// so a stream of fewer than importBatchQuads quads writes nothing.
func (s *Store) Import(ctx context.Context, r io.Reader) ([]WriteStats, error) {
	if err := s.writable(); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan importBatch)
	readErr := make(chan error, 1)
	go func() {
		defer close(batches)
		readErr <- s.importBatches(ctx, r, batches)
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

// importBatch is a batch of whole documents (distinct labels) and, on
// Bolt, their quads prepared for the bulk path.
type importBatch struct {
	docs []doc
	pre  *bulkPrep
}

// importBatches parses r and sends batches of documents to out, in order.
func (s *Store) importBatches(ctx context.Context, r io.Reader, out chan<- importBatch) error {
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
		var pre *bulkPrep
		if s.bolt != nil {
			all := make([]quad.Quad, 0, n)
			for _, d := range docs {
				all = append(all, d.quads...)
			}
			pre = prepareBulk(all)
			pre.encodeValues()
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
			q, key, err := parseNQuadKey(line)
			if err != nil {
				return fmt.Errorf("import: quad %d (line %d): failed to parse %q: %w", quadNo, lineNo, line, err)
			}
			if q.IsValid() && !IsMetaQuad(q) {
				l, ok := q.Label.(quad.IRI)
				if !ok || !strings.HasPrefix(string(l), prefix) {
					return fmt.Errorf("import: quad %d (line %d, %s): label %v is not a document IRI under %s", quadNo, lineNo, q.NQuad(), q.Label, prefix)
				}
				if l != last && n >= importBatchQuads {
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
