package cputime

import "testing"

func TestNowAdvances(t *testing.T) {
	start := Now()
	if start <= 0 {
		t.Skip("no CPU time on this system")
	}
	x := 0
	for i := 0; Now() == start && i < 1e9; i++ {
		x += i
	}
	if d := Now() - start; d <= 0 {
		t.Fatalf("CPU time did not advance after busy work (%d): %v", x, d)
	}
}
