//go:build !unix

package cputime

import "time"

// Now returns 0: the process's CPU time is only read on Unix systems.
func Now() time.Duration { return 0 }
