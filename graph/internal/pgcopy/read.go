package pgcopy

import (
	"context"
	"database/sql"
	"fmt"

	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
)

// CountQuads counts the quads exactly (Cayley's SQL backend estimates the
// count, or caches an exact one for the life of the process, blind to
// other processes' writes).
func CountQuads(ctx context.Context, db *sql.DB) (int64, error) {
	var n int64
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM quads`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count quads: %w", err)
	}
	return n, nil
}

// Mark changes with every write, also by another process: the kg_changes
// sequence, which every kg write bumps (Bump), when the database has it
// (seq); in a database made by an older kg without it, the highest id and
// the number of the quads with predicate one of the two preds.
func Mark(ctx context.Context, db *sql.DB, seq bool, preds [2]quad.Value) ([2]int64, error) {
	var mark [2]int64
	if seq {
		// last_value is 1 both before and after the first nextval.
		if err := db.QueryRowContext(ctx, `SELECT last_value, CASE WHEN is_called THEN 1 ELSE 0 END FROM kg_changes`).Scan(&mark[0], &mark[1]); err != nil {
			return mark, fmt.Errorf("look for changes: %w", err)
		}
		return mark, nil
	}
	err := db.QueryRowContext(ctx, `SELECT coalesce(max(horizon), 0), count(*) FROM quads WHERE predicate_hash IN ($1, $2)`,
		csql.HashOf(preds[0]).SQLValue(), csql.HashOf(preds[1]).SQLValue()).Scan(&mark[0], &mark[1])
	if err != nil {
		return mark, fmt.Errorf("look for new labels: %w", err)
	}
	return mark, nil
}

// Bump advances the kg_changes sequence after a write, outside the write's
// transaction: a reader that sees the new value sees the write. A failure
// costs other processes only a late refresh of their caches, so it is not
// reported.
func Bump(db *sql.DB) {
	db.Exec(`SELECT nextval('kg_changes')`)
}

// CountSubjects counts the distinct subjects of the quads (?, pred, obj)
// (with sameLabel: whose label is the subject), with the (object,
// predicate, subject) index Cayley creates. Cayley's SQL backend deletes
// the rows of deleted quads, so every row is live.
func CountSubjects(ctx context.Context, db *sql.DB, pred, obj quad.Value, sameLabel bool) (int, error) {
	q := `SELECT count(DISTINCT subject_hash) FROM quads WHERE object_hash = $1 AND predicate_hash = $2`
	if sameLabel {
		q += ` AND label_hash = subject_hash`
	}
	var n int
	if err := db.QueryRowContext(ctx, q, csql.HashOf(obj).SQLValue(), csql.HashOf(pred).SQLValue()).Scan(&n); err != nil {
		return 0, fmt.Errorf("count %v %v: %w", pred, obj, err)
	}
	return n, nil
}

// Subjects finds in one query the IRI subjects of the quads (?, pred, obj)
// whose label is the subject, and for each the object of one quad
// (subject, field, ?) per field (nil when there is none), in the order of
// the subjects' IRIs. Every field value must be an IRI or a string
// literal, whose lexical form Cayley keeps in nodes.value_string; it comes
// back as a quad.String.
func Subjects(ctx context.Context, db *sql.DB, pred, obj quad.Value, fields [4]quad.Value, add func(quad.IRI, [4]quad.Value)) error {
	args := []any{csql.HashOf(obj).SQLValue(), csql.HashOf(pred).SQLValue()}
	field := map[string]int{}
	for i, f := range fields {
		h := csql.HashOf(f)
		field[string(h.ValueHash[:])] = i
		args = append(args, h.SQLValue())
	}
	rows, err := db.QueryContext(ctx, `SELECT d.value_string, f.predicate_hash, o.value_string
		FROM quads t
		JOIN nodes d ON d.hash = t.subject_hash
		LEFT JOIN quads f ON f.subject_hash = t.subject_hash AND f.predicate_hash IN ($3, $4, $5, $6)
		LEFT JOIN nodes o ON o.hash = f.object_hash
		WHERE t.object_hash = $1 AND t.predicate_hash = $2 AND t.label_hash = t.subject_hash AND d.iri
		ORDER BY d.value_string`, args...)
	if err != nil {
		return fmt.Errorf("query documents: %w", err)
	}
	defer rows.Close()
	var (
		doc  string
		vals [4]quad.Value
		have bool
	)
	for rows.Next() {
		var (
			d    string
			pred []byte
			obj  sql.NullString
		)
		if err := rows.Scan(&d, &pred, &obj); err != nil {
			return fmt.Errorf("query documents: %w", err)
		}
		if have && d != doc {
			add(quad.IRI(doc), vals)
			vals = [4]quad.Value{}
		}
		doc, have = d, true
		if i, ok := field[string(pred)]; ok && obj.Valid {
			vals[i] = quad.String(obj.String)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("query documents: %w", err)
	}
	if have {
		add(quad.IRI(doc), vals)
	}
	return nil
}
