package server

import (
	"context"
	"os"
	"runtime/pprof"
	"strconv"
	"testing"
	"time"

	"github.com/newskg/kg/graph"
)

func TestZZServe(t *testing.T) {
	dir := os.Getenv("ZZ_STORE")
	if dir == "" {
		t.Skip()
	}
	st, err := graph.Open(context.Background(), dir, graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s, err := New(Config{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	secs, _ := strconv.Atoi(os.Getenv("ZZ_SECONDS"))
	ctx, cancel := context.WithTimeout(context.Background(), time.Duration(secs)*time.Second)
	defer cancel()
	go func() {
		time.Sleep(time.Duration(secs/3) * time.Second)
		f, _ := os.Create(os.Getenv("ZZ_PROF"))
		pprof.StartCPUProfile(f)
		time.Sleep(time.Duration(secs/2) * time.Second)
		pprof.StopCPUProfile()
		f.Close()
	}()
	s.Serve(ctx, "127.0.0.1:17490", nil)
}
