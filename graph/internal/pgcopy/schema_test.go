package pgcopy

import (
	"errors"
	"fmt"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/lib/pq"
)

// Creating Cayley's tables when they exist, or when another process creates
// them at the same moment, counts as success.
func TestIsExistsError(t *testing.T) {
	for _, c := range []struct {
		err  error
		want bool
	}{
		{cgraph.ErrDatabaseExists, true},
		{fmt.Errorf("create: %w", cgraph.ErrDatabaseExists), true},
		{&pq.Error{Code: "23505", Message: `duplicate key value violates unique constraint "pg_type_typname_nsp_index"`}, true},
		{&pq.Error{Code: "42P07", Message: `relation "nodes" already exists`}, true},
		{&pq.Error{Code: "42501", Message: "permission denied for schema public"}, false},
		{errors.New("connection refused"), false},
	} {
		if got := isExistsError(c.err); got != c.want {
			t.Errorf("isExistsError(%v) = %v, want %v", c.err, got, c.want)
		}
	}
}
