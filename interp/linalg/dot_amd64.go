package linalg

//go:noescape
func sdot16(n int, x, y *float32) float32

//go:noescape
func ddot8(n int, x, y *float64) float64
