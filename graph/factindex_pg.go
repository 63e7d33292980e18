package graph

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/newskg/kg/graph/internal/pgcopy"
)

// The entity index in PostgreSQL: two tables of keys and counts, written in
// the transaction of every change of the quads (pgReplace's side step).
// Keys are bytea, so that they sort byte by byte as on Bolt.

func pgIndexTable(f byte) string {
	if f == famFacts {
		return "kg_facts"
	}
	return "kg_edges"
}

// pgCreateIndexTables creates the index tables when missing.
func pgCreateIndexTables(ctx context.Context, conn *sql.Conn) error {
	for _, t := range []string{"kg_facts", "kg_edges"} {
		var have bool
		if err := conn.QueryRowContext(ctx, `SELECT to_regclass($1) IS NOT NULL`, t).Scan(&have); err != nil {
			return fmt.Errorf("look for table %s: %w", t, err)
		}
		if have {
			continue
		}
		if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS `+t+` (key bytea PRIMARY KEY, n bigint NOT NULL)`); err != nil {
			return fmt.Errorf("create table %s: %w", t, err)
		}
	}
	return nil
}

// pgHasIndexTables tells whether the database has both index tables.
func pgHasIndexTables(ctx context.Context, db *sql.DB) (bool, error) {
	var n int
	err := db.QueryRowContext(ctx, `SELECT (to_regclass('kg_facts') IS NOT NULL)::int + (to_regclass('kg_edges') IS NOT NULL)::int`).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("look for the entity index tables: %w", err)
	}
	return n == 2, nil
}

// applyPGIndex applies an index change within the write transaction tx:
// the changes are copied into a temporary table, added to the counts, and
// keys left with none are deleted.
func applyPGIndex(ctx context.Context, tx *sql.Tx, d *indexDelta) error {
	if d.empty() {
		return nil
	}
	for _, f := range []byte{famFacts, famEdges} {
		keys := d.sortedKeys(f)
		if len(keys) == 0 {
			continue
		}
		t := pgIndexTable(f)
		tmp := "kg_bulk_" + t
		if _, err := tx.ExecContext(ctx, `CREATE TEMP TABLE `+tmp+` (key bytea, n bigint) ON COMMIT DROP`); err != nil {
			return fmt.Errorf("index changes table: %w", err)
		}
		m := d.family(f)
		err := pgcopy.Copy(ctx, tx, `COPY `+tmp+` (key, n) FROM STDIN`, "copy index changes", func(put func(row ...any) error) error {
			for _, k := range keys {
				if err := put([]byte(k), m[k]); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		// Keys in order, so that concurrent writers lock rows in one order.
		if _, err := tx.ExecContext(ctx, `INSERT INTO `+t+` (key, n) SELECT key, n FROM `+tmp+` ORDER BY key
			ON CONFLICT (key) DO UPDATE SET n = `+t+`.n + EXCLUDED.n`); err != nil {
			return fmt.Errorf("update %s: %w", t, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+t+` x USING `+tmp+` c WHERE x.key = c.key AND x.n <= 0`); err != nil {
			return fmt.Errorf("update %s: %w", t, err)
		}
	}
	return nil
}

// pgIndexReader reads the index tables, a batch of keys per query.
type pgIndexReader struct {
	ctx context.Context
	db  *sql.DB
}

func (r *pgIndexReader) iter(f byte, from, to []byte) keyIter {
	return &pgKeyIter{r: r, table: pgIndexTable(f), from: from, to: to, batch: 64}
}

func (r *pgIndexReader) count(f byte, key []byte) (int64, error) {
	var n int64
	err := r.db.QueryRowContext(r.ctx, `SELECT n FROM `+pgIndexTable(f)+` WHERE key = $1`, key).Scan(&n)
	if err == sql.ErrNoRows {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read %s: %w", pgIndexTable(f), err)
	}
	return n, nil
}

// pgKeyIter fetches keys in batches (growing up to 1024), each batch the
// keys after the last one read.
type pgKeyIter struct {
	r        *pgIndexReader
	table    string
	from, to []byte
	batch    int
	keys     [][]byte
	ns       []int64
	i        int
	last     []byte
	done     bool
	e        error
}

func (it *pgKeyIter) next() ([]byte, int64, bool) {
	if it.i >= len(it.keys) {
		if it.done || !it.fetch() {
			return nil, 0, false
		}
	}
	it.i++
	return it.keys[it.i-1], it.ns[it.i-1], true
}

// fetch reads the next batch; false when there is none.
func (it *pgKeyIter) fetch() bool {
	var rows *sql.Rows
	var err error
	if it.last == nil {
		rows, err = it.r.db.QueryContext(it.r.ctx, `SELECT key, n FROM `+it.table+` WHERE key >= $1 AND key < $2 ORDER BY key LIMIT $3`, it.from, it.to, it.batch)
	} else {
		rows, err = it.r.db.QueryContext(it.r.ctx, `SELECT key, n FROM `+it.table+` WHERE key > $1 AND key < $2 ORDER BY key LIMIT $3`, it.last, it.to, it.batch)
	}
	if err != nil {
		it.done, it.e = true, fmt.Errorf("read %s: %w", it.table, err)
		return false
	}
	defer rows.Close()
	it.keys, it.ns, it.i = it.keys[:0], it.ns[:0], 0
	for rows.Next() {
		var k []byte
		var n int64
		if err := rows.Scan(&k, &n); err != nil {
			it.done, it.e = true, fmt.Errorf("read %s: %w", it.table, err)
			return false
		}
		it.keys, it.ns = append(it.keys, k), append(it.ns, n)
	}
	if err := rows.Err(); err != nil {
		it.done, it.e = true, fmt.Errorf("read %s: %w", it.table, err)
		return false
	}
	if len(it.keys) < it.batch {
		it.done = true
	}
	if len(it.keys) > 0 {
		it.last = it.keys[len(it.keys)-1]
	}
	it.batch = min(it.batch*4, 1024)
	return len(it.keys) > 0
}

func (it *pgKeyIter) err() error { return it.e }
