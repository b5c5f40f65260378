//go:build !amd64

package linalg

const hasFMA3 = false

func sgemm6x16(k int, a, b, c *float32, ldc int) { panic("unreachable") }

func dgemm6x8(k int, a, b, c *float64, ldc int) { panic("unreachable") }

const hasAVX512 = false

func sgemm12x32(k int, a, b, c *float32, ldc int) { panic("unreachable") }

func dgemm12x16(k int, a, b, c *float64, ldc int) { panic("unreachable") }

func sdot16(n int, x, y *float32) float32 { panic("unreachable") }

func ddot8(n int, x, y *float64) float64 { panic("unreachable") }
