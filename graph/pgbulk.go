package graph

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
)

// The PostgreSQL bulk path: Cayley's SQL backend inserts one row per
// statement (about 2k quads/s here). New quads and their nodes are instead
// streamed with COPY, in one transaction, into the tables Cayley reads
// (nodes: hash, refs and the value columns; quads: the four hashes and ts).
// As on Bolt, it is only for quads that are not in the store yet.

// pgNodeColumns are the columns of Cayley's nodes table, in table order.
var pgNodeColumns = []string{"hash", "refs", "value", "value_string", "datatype", "language",
	"iri", "bnode", "value_int", "value_bool", "value_float", "value_time"}

func pgBulkAdd(ctx context.Context, db *sql.DB, quads []quad.Quad) (err error) {
	if len(quads) == 0 {
		return nil
	}
	type node struct {
		v   quad.Value
		h   csql.NodeHash
		inc int64
	}
	nodes := map[quad.Value]*node{}
	var order []*node
	hashes := make([][4]any, len(quads))
	for i, q := range quads {
		for j, d := range quad.Directions {
			v := q.Get(d)
			if v == nil {
				continue
			}
			n := nodes[v]
			if n == nil {
				n = &node{v: v}
				quad.HashTo(v, n.h.ValueHash[:])
				nodes[v] = n
				order = append(order, n)
			}
			n.inc++
			hashes[i][j] = n.h.SQLValue()
		}
	}
	col := map[string]int{}
	for i, c := range pgNodeColumns {
		col[c] = i
	}

	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	if _, err = tx.ExecContext(ctx, `CREATE TEMP TABLE kg_bulk_nodes (LIKE nodes) ON COMMIT DROP`); err != nil {
		return fmt.Errorf("bulk nodes table: %w", err)
	}
	stmt, err := tx.PrepareContext(ctx, `COPY kg_bulk_nodes (`+joinCols(pgNodeColumns)+`) FROM STDIN`)
	if err != nil {
		return fmt.Errorf("copy nodes: %w", err)
	}
	for _, n := range order {
		typ, vals, err := csql.NodeValues(n.h, n.v)
		if err != nil {
			stmt.Close()
			return fmt.Errorf("encode value %v: %w", n.v, err)
		}
		row := make([]any, len(pgNodeColumns))
		row[0], row[1] = vals[0], n.inc
		for k, c := range typ.Columns() {
			row[col[c]] = vals[1+k]
		}
		if _, err := stmt.ExecContext(ctx, row...); err != nil {
			stmt.Close()
			return fmt.Errorf("copy nodes: %w", err)
		}
	}
	if _, err = stmt.ExecContext(ctx); err != nil {
		stmt.Close()
		return fmt.Errorf("copy nodes: %w", err)
	}
	if err = stmt.Close(); err != nil {
		return fmt.Errorf("copy nodes: %w", err)
	}
	if _, err = tx.ExecContext(ctx, `INSERT INTO nodes SELECT * FROM kg_bulk_nodes ORDER BY hash
		ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`); err != nil {
		return fmt.Errorf("insert nodes: %w", err)
	}
	stmt, err = tx.PrepareContext(ctx, `COPY quads (subject_hash, predicate_hash, object_hash, label_hash, ts) FROM STDIN`)
	if err != nil {
		return fmt.Errorf("copy quads: %w", err)
	}
	now := time.Now().UTC()
	for _, h := range hashes {
		if _, err = stmt.ExecContext(ctx, h[0], h[1], h[2], h[3], now); err != nil {
			stmt.Close()
			return fmt.Errorf("copy quads: %w", err)
		}
	}
	if _, err = stmt.ExecContext(ctx); err != nil {
		stmt.Close()
		return fmt.Errorf("copy quads: %w", err)
	}
	if err = stmt.Close(); err != nil {
		return fmt.Errorf("copy quads: %w", err)
	}
	return tx.Commit()
}

func joinCols(cs []string) string {
	s := ""
	for i, c := range cs {
		if i > 0 {
			s += ", "
		}
		s += c
	}
	return s
}
