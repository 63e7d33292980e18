// Package cputime measures the CPU time the process has used, for
// benchmarks: on a machine shared with other builds, rates per CPU second
// stay meaningful where wall-clock rates do not.
package cputime

import (
	"testing"
	"time"
)

// ReportMBps adds a cpu-MB/s metric to b: bytes processed per iteration,
// times b.N, per second of CPU time used since start (a value of Now).
// Nothing is reported when no CPU time was measured.
func ReportMBps(b *testing.B, start time.Duration, bytes int64) {
	if d := Now() - start; d > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/d.Seconds()/1e6, "cpu-MB/s")
	}
}
