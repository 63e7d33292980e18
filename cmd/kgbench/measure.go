package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"time"
)

// run is one measured child process.
type run struct {
	childOut
	Wall   float64 // seconds, process start to exit
	CPU    float64 // user + system seconds of the process (and its waited-for children)
	RSSMB  float64 // peak resident set size, MiB: the child's VmHWM, else ru_maxrss
	Stdout []byte
}

// spawn runs name args as a child process and measures it. Its standard error
// goes to ours; a failure is an error carrying the tail of it.
func spawn(ctx context.Context, env []string, name string, args ...string) (run, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	var out, errb bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &tailWriter{w: os.Stderr, buf: &errb}
	cmd.Env = append(os.Environ(), env...)
	start := time.Now()
	err := cmd.Run()
	r := run{Wall: time.Since(start).Seconds(), Stdout: out.Bytes()}
	if ps := cmd.ProcessState; ps != nil {
		if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
			r.CPU = float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
			r.RSSMB = float64(ru.Maxrss) / 1024 // kilobytes on Linux
		}
	}
	if err != nil {
		tail := errb.String()
		if len(tail) > 2000 {
			tail = tail[len(tail)-2000:]
		}
		return r, fmt.Errorf("%s %s: %w\n%s", filepath.Base(name), strings.Join(args, " "), err, tail)
	}
	return r, nil
}

// spawnChild runs kgbench -child MODE ARGS and decodes its report.
func spawnChild(ctx context.Context, mode string, args ...string) (run, error) {
	exe, err := os.Executable()
	if err != nil {
		return run{}, fmt.Errorf("kgbench: own executable: %w", err)
	}
	r, err := spawn(ctx, nil, exe, append([]string{"-child", mode}, args...)...)
	if err != nil {
		return r, err
	}
	if err := json.Unmarshal(r.Stdout, &r.childOut); err != nil {
		return r, fmt.Errorf("child %s: report %q: %w", mode, r.Stdout, err)
	}
	if r.PeakRSSMB > 0 {
		r.RSSMB = r.PeakRSSMB
	}
	return r, nil
}

// tailWriter passes writes through and keeps a copy.
type tailWriter struct {
	w   *os.File
	buf *bytes.Buffer
}

func (t *tailWriter) Write(p []byte) (int, error) {
	t.buf.Write(p)
	return t.w.Write(p)
}

// median of xs (the mean of the middle two for an even count).
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// loadAvg returns the 1-minute load average, or -1.
func loadAvg() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return -1
	}
	var l float64
	if _, err := fmt.Sscanf(string(b), "%f", &l); err != nil {
		return -1
	}
	return l
}

// dirSize is the total size of the files under dir, in bytes.
func dirSize(dir string) int64 {
	var n int64
	filepath.Walk(dir, func(_ string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() {
			n += fi.Size()
		}
		return nil
	})
	return n
}

func numCPU() int { return runtime.NumCPU() }
