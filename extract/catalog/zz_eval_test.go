package catalog_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/ar"
	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/graph"
)

func TestZZEval(t *testing.T) {
	dir := os.Getenv("ZZ_DATA")
	out := os.Getenv("ZZ_OUT")
	if dir == "" || out == "" {
		t.Skip()
	}
	c, err := catalog.Load(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	x := ar.NewWithCatalog(c)
	f, _ := os.Open("/work/shared/eval/dev/docs/articles.jsonl")
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<22), 1<<22)
	var lines []string
	for sc.Scan() {
		var a struct{ ID, Title, Date, URL, Lang, Text string }
		json.Unmarshal(sc.Bytes(), &a)
		dt, _ := time.Parse("2006-01-02", a.Date)
		r, err := x.Extract(context.Background(), extract.Document{ID: a.ID, Date: dt, Lang: "ar", Text: a.Text})
		if err != nil {
			t.Fatal(err)
		}
		qs, _ := graph.ResultQuads(graph.NewVocab(""), r)
		for _, q := range qs {
			lines = append(lines, q.NQuad())
		}
	}
	sort.Strings(lines)
	os.WriteFile(out, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
}
