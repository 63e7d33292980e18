package pgcopy

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
)

// initLock is the key of the PostgreSQL advisory lock kg holds while it
// creates the tables of a new store and writes its meta quads (advisory
// locks are per database, so one key serves every store).
const initLock int64 = 0x6b67696e6974 // "kginit"

// LockInit takes the advisory lock of store creation on conn; unlock
// releases it.
func LockInit(ctx context.Context, conn *sql.Conn) (unlock func(), err error) {
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, initLock); err != nil {
		return nil, err
	}
	return func() { conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1)`, initLock) }, nil
}

// TablesWait is how long CreateTables waits for the tables another process
// is creating (CockroachDB, which has no advisory locks).
var TablesWait = 10 * time.Second

// AddKGSchema adds kg's additions to Cayley's schema: a label index, so
// that a document's quads are found without scanning the table (Cayley
// creates none), and the kg_changes sequence, bumped after every write so
// that other processes notice changes cheaply (Mark). Each is created only
// when missing: CREATE INDEX IF NOT EXISTS would wait for other writers'
// transactions to end, and CREATE … IF NOT EXISTS needs the CREATE
// privilege even when there is nothing to create.
func AddKGSchema(ctx context.Context, conn *sql.Conn) error {
	var index, seq bool
	err := conn.QueryRowContext(ctx, `SELECT to_regclass('kg_label_index') IS NOT NULL, to_regclass('kg_changes') IS NOT NULL`).Scan(&index, &seq)
	if err == nil && !index {
		_, err = conn.ExecContext(ctx, `CREATE INDEX IF NOT EXISTS kg_label_index ON quads (label_hash)`)
	}
	if err == nil && !seq {
		_, err = conn.ExecContext(ctx, `CREATE SEQUENCE IF NOT EXISTS kg_changes`)
	}
	return err
}

// HasSequence tells whether the database has the kg_changes sequence (a
// database made by an older kg has not).
func HasSequence(ctx context.Context, db *sql.DB) (bool, error) {
	var seq bool
	err := db.QueryRowContext(ctx, `SELECT to_regclass('kg_changes') IS NOT NULL`).Scan(&seq)
	return seq, err
}

// CreateTables creates Cayley's tables unless they exist.
func CreateTables(ctx context.Context, conn *sql.Conn, flavor, dsn string) error {
	n, err := Tables(ctx, conn)
	if err != nil || n == 2 {
		return err
	}
	if n == 0 {
		err = cgraph.InitQuadStore(flavor, dsn, nil)
		if err == nil || !isExistsError(err) {
			return err
		}
	}
	// Another process is creating them (or created them first).
	deadline := time.Now().Add(TablesWait)
	for {
		if n, err = Tables(ctx, conn); err != nil || n == 2 {
			return err
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("the database has only one of Cayley's tables nodes and quads (another program's table, or an interrupted creation)")
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// Tables counts Cayley's tables (nodes, quads) in the current schema.
func Tables(ctx context.Context, conn interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (int, error) {
	var n int
	err := conn.QueryRowContext(ctx, `SELECT count(*) FROM information_schema.tables
		WHERE table_schema = current_schema() AND table_name IN ('nodes', 'quads')`).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("look for tables: %w", err)
	}
	return n, nil
}

// isExistsError tells whether err, from creating tables, means that another
// process created them: Cayley's ErrDatabaseExists, or PostgreSQL's
// duplicate_table (42P07), duplicate_object (42710) or unique_violation
// (23505, e.g. on pg_type_typname_nsp_index when two CREATE TABLEs race).
func isExistsError(err error) bool {
	if errors.Is(err, cgraph.ErrDatabaseExists) {
		return true
	}
	var st interface{ SQLState() string }
	if errors.As(err, &st) {
		switch st.SQLState() {
		case "42P07", "42710", "23505":
			return true
		}
	}
	return false
}
