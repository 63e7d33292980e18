package procstat

import (
	"os"
	"runtime"
	"testing"
)

func TestVMHWM(t *testing.T) {
	for _, c := range []struct {
		status string
		want   int64
	}{
		{"Name:\tkg\nVmPeak:\t  900 kB\nVmHWM:\t  123456 kB\nVmRSS:\t 1000 kB\n", 123456 << 10},
		{"VmHWM: 1 kB", 1 << 10},
		{"VmHWM:\t12 MB\n", 0},
		{"Name:\tkg\n", 0},
		{"", 0},
	} {
		if got := vmHWM(c.status); got != c.want {
			t.Errorf("vmHWM(%q) = %d, want %d", c.status, got, c.want)
		}
	}
}

// On Linux this process's peak is found, by "self" and by its pid alike,
// and is at least what it holds now.
func TestPeakRSS(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("/proc is Linux's")
	}
	keep := make([]byte, 32<<20)
	for i := range keep {
		keep[i] = 1
	}
	self, byPID := PeakRSS(0), PeakRSS(os.Getpid())
	if self < 32<<20 || byPID < 32<<20 {
		t.Errorf("PeakRSS: self %d, by pid %d; want ≥ 32 MiB after touching 32 MiB", self, byPID)
	}
	runtime.KeepAlive(keep)
}
