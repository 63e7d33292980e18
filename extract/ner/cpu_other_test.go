//go:build !unix

package ner

func cpuSeconds() float64 { return 0 }
