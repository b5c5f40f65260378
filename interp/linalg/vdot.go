package linalg

// vdot is Σ x[p]·y[p] over len(x) elements (len(y) >= len(x)): vectorised
// with FMA where the CPU has it, for the bulk, then the tail in Go. gemv's
// rows are short in loops (a 64x64 recurrence), where per-row call cost
// matters as much as the arithmetic, so the assembly is a plain loop.
func vdot[T floatT](x, y []T) T {
	k := len(x)
	var s T
	p := 0
	if hasFMA3 {
		switch xs := any(x).(type) {
		case []float32:
			if n := k &^ 15; n > 0 {
				ys := any(y).([]float32)
				s = T(sdot16(n, &xs[0], &ys[0]))
				p = n
			}
		case []float64:
			if n := k &^ 7; n > 0 {
				ys := any(y).([]float64)
				s = T(ddot8(n, &xs[0], &ys[0]))
				p = n
			}
		}
	}
	for ; p < k; p++ {
		s += x[p] * y[p]
	}
	return s
}
