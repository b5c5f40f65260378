package main

import "golang.org/x/sys/unix"

// physicalMemory is the machine's RAM in bytes (hw.memsize; 0 if unknown).
func physicalMemory() int64 {
	v, err := unix.SysctlUint64("hw.memsize")
	if err != nil {
		return 0
	}
	return int64(v)
}
