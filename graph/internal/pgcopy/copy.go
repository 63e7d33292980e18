// Package pgcopy reads and writes Cayley's PostgreSQL tables (nodes,
// quads; github.com/cayleygraph/cayley/graph/sql) directly, for what
// Cayley's SQL backend does too slowly or not in one transaction: a
// document's replacement streamed with COPY in ONE transaction, counts and
// document lists computed by the server, and kg's additions to the schema
// (a label index, a change counter). Its tests hold it to Cayley: what it
// writes, Cayley reads and deletes.
package pgcopy

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
)

// The write path: Cayley's SQL backend inserts one row per statement
// (about 2k quads/s here). New quads and their nodes are instead streamed
// with COPY, in one transaction, into the tables Cayley reads (nodes: hash,
// refs and the value columns; quads: the four hashes and ts). It is only
// for quads that are not in the store yet (the caller diffs against it).

// pgNodeColumns are the columns of Cayley's nodes table, in table order.
var pgNodeColumns = []string{"hash", "refs", "value", "value_string", "datatype", "language",
	"iri", "bnode", "value_int", "value_bool", "value_float", "value_time"}

// Replace adds quads (none of which may be in the store) and deletes del
// (quads the store lacks are passed over) in one PostgreSQL transaction, so
// that readers in other processes see the store before or after the change.
// side, when not nil, runs last in the same transaction (kg's entity
// index); then a quad of del that another process deleted meanwhile is an
// error with SQLState 40001 (serialization failure): the caller's index
// change, computed from del, would be wrong, so it must diff again.
func Replace(ctx context.Context, db *sql.DB, quads, del []quad.Quad, side func(context.Context, *sql.Tx) error) (err error) {
	if len(quads) == 0 && len(del) == 0 && side == nil {
		return nil
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
	if err = pgAdd(ctx, tx, quads); err != nil {
		return err
	}
	deleted, err := pgDelete(ctx, tx, del)
	if err != nil {
		return err
	}
	if side != nil && deleted != len(del) {
		// Another process deleted some of these quads since they were
		// read: the index change, computed from them, would be wrong.
		// Roll back and diff again (isWriteConflict).
		return errConcurrentDelete
	}
	if side != nil {
		if err = side(ctx, tx); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// errConcurrentDelete: quads to delete were gone (deleted by another
// process); its SQLState makes writeDocs retry.
var errConcurrentDelete = sqlStateError{"40001", "quads to delete were deleted by another process meanwhile"}

type sqlStateError struct{ state, msg string }

func (e sqlStateError) Error() string    { return e.msg }
func (e sqlStateError) SQLState() string { return e.state }

// pgDelete deletes quads in tx and drops their nodes' reference counts; a
// node left with none is deleted, as Cayley's SQL ApplyDeltas does. It
// returns how many quads it deleted.
func pgDelete(ctx context.Context, tx *sql.Tx, del []quad.Quad) (int, error) {
	if len(del) == 0 {
		return 0, nil
	}
	if _, err := tx.ExecContext(ctx, `CREATE TEMP TABLE kg_bulk_del (s bytea, p bytea, o bytea, l bytea) ON COMMIT DROP`); err != nil {
		return 0, fmt.Errorf("deleted quads table: %w", err)
	}
	err := pgCopy(ctx, tx, `COPY kg_bulk_del (s, p, o, l) FROM STDIN`, "copy deleted quads",
		func(put func(row ...any) error) error {
			for _, q := range del {
				var h [4]any
				for j, d := range quad.Directions {
					if v := q.Get(d); v != nil {
						h[j] = csql.NodeHash{ValueHash: refs.HashOf(v)}.SQLValue()
					}
				}
				if err := put(h[0], h[1], h[2], h[3]); err != nil {
					return err
				}
			}
			return nil
		})
	if err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, `CREATE TEMP TABLE kg_bulk_dec (h bytea, c bigint) ON COMMIT DROP`); err != nil {
		return 0, fmt.Errorf("node counts table: %w", err)
	}
	var deleted int
	if err := tx.QueryRowContext(ctx, `WITH gone AS (
			DELETE FROM quads q USING kg_bulk_del d
			WHERE q.subject_hash = d.s AND q.predicate_hash = d.p AND q.object_hash = d.o
			  AND q.label_hash IS NOT DISTINCT FROM d.l
			RETURNING q.subject_hash, q.predicate_hash, q.object_hash, q.label_hash),
		dec AS (INSERT INTO kg_bulk_dec (h, c)
			SELECT h, count(*) FROM (
				SELECT subject_hash AS h FROM gone UNION ALL SELECT predicate_hash FROM gone
				UNION ALL SELECT object_hash FROM gone UNION ALL SELECT label_hash FROM gone WHERE label_hash IS NOT NULL) x
			GROUP BY h)
		SELECT count(*) FROM gone`).Scan(&deleted); err != nil {
		return 0, fmt.Errorf("delete quads: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE nodes n SET refs = n.refs - d.c FROM kg_bulk_dec d WHERE n.hash = d.h`); err != nil {
		return 0, fmt.Errorf("drop node references: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM nodes n USING kg_bulk_dec d WHERE n.hash = d.h AND n.refs <= 0`); err != nil {
		return 0, fmt.Errorf("delete unreferenced nodes: %w", err)
	}
	return deleted, nil
}

// pgAdd copies new quads and their nodes into tx.
func pgAdd(ctx context.Context, tx *sql.Tx, quads []quad.Quad) (err error) {
	if len(quads) == 0 {
		return nil
	}
	order, refs := distinctNodes(quads)
	hashes := make([][4]any, len(quads))
	for i, r := range refs {
		for j, n := range r {
			if n != nil {
				hashes[i][j] = csql.NodeHash{ValueHash: n.hash}.SQLValue()
			}
		}
	}
	col := map[string]int{}
	for i, c := range pgNodeColumns {
		col[c] = i
	}

	if _, err = tx.ExecContext(ctx, `CREATE TEMP TABLE kg_bulk_nodes (LIKE nodes) ON COMMIT DROP`); err != nil {
		return fmt.Errorf("bulk nodes table: %w", err)
	}
	err = pgCopy(ctx, tx, `COPY kg_bulk_nodes (`+strings.Join(pgNodeColumns, ", ")+`) FROM STDIN`, "copy nodes",
		func(put func(row ...any) error) error {
			for _, n := range order {
				typ, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: n.hash}, n.val)
				if err != nil {
					return fmt.Errorf("encode value %v: %w", n.val, err)
				}
				row := make([]any, len(pgNodeColumns))
				row[0], row[1] = vals[0], int64(n.inc)
				for k, c := range typ.Columns() {
					row[col[c]] = vals[1+k]
				}
				if err := put(row...); err != nil {
					return err
				}
			}
			return nil
		})
	if err != nil {
		return err
	}
	if _, err = tx.ExecContext(ctx, `INSERT INTO nodes SELECT * FROM kg_bulk_nodes ORDER BY hash
		ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`); err != nil {
		return fmt.Errorf("insert nodes: %w", err)
	}
	now := time.Now().UTC()
	err = pgCopy(ctx, tx, `COPY quads (subject_hash, predicate_hash, object_hash, label_hash, ts) FROM STDIN`, "copy quads",
		func(put func(row ...any) error) error {
			for _, h := range hashes {
				if err := put(h[0], h[1], h[2], h[3], now); err != nil {
					return err
				}
			}
			return nil
		})
	return err
}

// pgCopy runs query, a COPY … FROM STDIN, in tx with the rows that rows
// passes to put, and ends the COPY; what names the step in errors.
func pgCopy(ctx context.Context, tx *sql.Tx, query, what string, rows func(put func(row ...any) error) error) error {
	stmt, err := tx.PrepareContext(ctx, query)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	put := func(row ...any) error {
		if _, err := stmt.ExecContext(ctx, row...); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		return nil
	}
	if err := rows(put); err != nil {
		stmt.Close()
		return err
	}
	if _, err := stmt.ExecContext(ctx); err != nil {
		stmt.Close()
		return fmt.Errorf("%s: %w", what, err)
	}
	if err := stmt.Close(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// node is one distinct value of a batch of new quads: its hash and how
// many directions of the quads refer to it.
type node struct {
	val  quad.Value
	hash [quad.HashSize]byte
	inc  uint64
}

// distinctNodes returns the distinct values of quads in order of first
// appearance, and for every quad the nodes of its four directions (nil
// where a direction has no value).
func distinctNodes(quads []quad.Quad) ([]*node, [][4]*node) {
	nodes := make(map[quad.Value]*node, len(quads))
	var order []*node
	refs := make([][4]*node, len(quads))
	for i, q := range quads {
		for j, d := range quad.Directions {
			v := q.Get(d)
			if v == nil {
				continue
			}
			n := nodes[v]
			if n == nil {
				n = &node{val: v}
				quad.HashTo(v, n.hash[:])
				nodes[v] = n
				order = append(order, n)
			}
			n.inc++
			refs[i][j] = n
		}
	}
	return order, refs
}

// Copy runs query, a COPY … FROM STDIN, in tx with the rows rows passes to
// put, and ends the COPY; what names the step in errors.
func Copy(ctx context.Context, tx *sql.Tx, query, what string, rows func(put func(row ...any) error) error) error {
	return pgCopy(ctx, tx, query, what, rows)
}
