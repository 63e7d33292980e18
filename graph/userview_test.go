package graph

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestUserView: with UserView, a script's g.V() lists the graph's nodes,
// not the store's bookkeeping, which the raw store does show; paths still
// answer through the view.
func TestUserView(t *testing.T) {
	for _, spec := range []string{"mem:", filepath.Join(t.TempDir(), "kg.db")} {
		s := open(t, spec, Options{})
		mustWrite(t, s, meetingDoc())
		all := func(user bool) string {
			var out []any
			if _, err := s.Gizmo(ctx, `g.V().All()`, GizmoOptions{Limit: 10000, UserView: user}, func(r any) { out = append(out, r) }); err != nil {
				t.Fatal(err)
			}
			return fmt.Sprint(out)
		}
		raw, view := all(false), all(true)
		if !strings.Contains(raw, "urn:newskg:") {
			t.Fatalf("%s: the raw store shows no meta nodes; the test proves nothing: %.300s", spec, raw)
		}
		if strings.Contains(view, "urn:newskg:") {
			t.Errorf("%s: g.V() shows meta nodes: %.500s", spec, view)
		}
		putin := string(s.Vocab().Entity("vladimir-putin"))
		if !strings.Contains(view, putin) {
			t.Errorf("%s: g.V() lost the graph's nodes: %.300s", spec, view)
		}
		var met []any
		script := `g.V("<` + putin + `>").Both("<` + string(s.Vocab().Term("met")) + `>").All()`
		if _, err := s.Gizmo(ctx, script, GizmoOptions{Limit: 100, UserView: true}, func(r any) { met = append(met, r) }); err != nil || len(met) == 0 {
			t.Errorf("%s: Both(met) through the view: %v, %v", spec, met, err)
		}
	}
}
