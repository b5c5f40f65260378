//go:build !linux && !darwin

package main

// physicalMemory is unknown here: memory_stats reports no limit.
func physicalMemory() int64 { return 0 }
