package graph

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
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
	if err != nil {
		return err
	}
	return tx.Commit()
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
