// Package pgtest gives tests fresh PostgreSQL databases on the server named
// by KG_TEST_POSTGRES (see graph/POSTGRES.md; .ci/run starts one).
package pgtest

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	_ "github.com/lib/pq" // the driver
)

// DSN returns KG_TEST_POSTGRES, or "" when it is not set: the caller skips
// PostgreSQL then. Under CI=true a missing DSN fails the test.
func DSN(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv("KG_TEST_POSTGRES")
	if dsn == "" && os.Getenv("CI") == "true" {
		t.Fatal("CI=true but KG_TEST_POSTGRES is not set (see graph/POSTGRES.md)")
	}
	return dsn
}

// Fresh creates a database with a random name on the server of dsn and
// returns a DSN for it; the database is dropped when the test ends.
func Fresh(t testing.TB, dsn string) string {
	t.Helper()
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatalf("KG_TEST_POSTGRES: %v", err)
	}
	admin, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatalf("KG_TEST_POSTGRES: %v", err)
	}
	var b [6]byte
	rand.Read(b[:])
	name := "kgtest_" + hex.EncodeToString(b[:])
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		admin.Close()
		t.Fatalf("create database %s: %v", name, err)
	}
	t.Cleanup(func() {
		defer admin.Close()
		// Connections of the store are closed by then; force any leftover.
		admin.Exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", name)
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}
