package linalg

//go:noescape
func cpuid(eaxArg, ecxArg uint32) (eax, ebx, ecx, edx uint32)

//go:noescape
func xgetbv0() (eax uint32)

//go:noescape
func sgemm6x16(k int, a, b, c *float32, ldc int)

//go:noescape
func dgemm6x8(k int, a, b, c *float64, ldc int)

// hasFMA3 reports AVX2 + FMA3 with the OS saving YMM state: what the
// micro-kernels need.
var hasFMA3 = func() bool {
	maxID, _, _, _ := cpuid(0, 0)
	if maxID < 7 {
		return false
	}
	_, _, c1, _ := cpuid(1, 0)
	const fma, osxsave, avx = 1 << 12, 1 << 27, 1 << 28
	if c1&fma == 0 || c1&osxsave == 0 || c1&avx == 0 {
		return false
	}
	if xgetbv0()&6 != 6 {
		return false
	}
	_, b7, _, _ := cpuid(7, 0)
	return b7&(1<<5) != 0
}()

//go:noescape
func sgemm12x32(k int, a, b, c *float32, ldc int)

//go:noescape
func dgemm12x16(k int, a, b, c *float64, ldc int)

// hasAVX512 reports AVX-512F with the OS saving the opmask and ZMM state.
var hasAVX512 = func() bool {
	if !hasFMA3 {
		return false
	}
	_, b7, _, _ := cpuid(7, 0)
	if b7&(1<<16) == 0 {
		return false
	}
	return xgetbv0()&0xe6 == 0xe6
}()
