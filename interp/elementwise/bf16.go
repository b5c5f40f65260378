package elementwise

// bf16Binary returns fused loops for the cheap bf16 ops: widen, compute in
// f32 and round, one element at a time. The conversions inline; on a 16-core
// Xeon this is 2.8 ns/element against 3.7 for the blocked decode/compute/encode
// path every other narrow float op takes (f32 add: 0.5).
func bf16Binary(op string) func(d, a, b []uint16) {
	switch op {
	case "add":
		return func(d, a, b []uint16) {
			a, b = a[:len(d)], b[:len(d)]
			for i := range d {
				d[i] = F32ToBF16(BF16ToF32(a[i]) + BF16ToF32(b[i]))
			}
		}
	case "subtract":
		return func(d, a, b []uint16) {
			a, b = a[:len(d)], b[:len(d)]
			for i := range d {
				d[i] = F32ToBF16(BF16ToF32(a[i]) - BF16ToF32(b[i]))
			}
		}
	case "multiply":
		return func(d, a, b []uint16) {
			a, b = a[:len(d)], b[:len(d)]
			for i := range d {
				d[i] = F32ToBF16(BF16ToF32(a[i]) * BF16ToF32(b[i]))
			}
		}
	case "divide":
		return func(d, a, b []uint16) {
			a, b = a[:len(d)], b[:len(d)]
			for i := range d {
				d[i] = F32ToBF16(BF16ToF32(a[i]) / BF16ToF32(b[i]))
			}
		}
	case "maximum":
		return func(d, a, b []uint16) {
			a, b = a[:len(d)], b[:len(d)]
			for i := range d {
				d[i] = F32ToBF16(max(BF16ToF32(a[i]), BF16ToF32(b[i])))
			}
		}
	case "minimum":
		return func(d, a, b []uint16) {
			a, b = a[:len(d)], b[:len(d)]
			for i := range d {
				d[i] = F32ToBF16(min(BF16ToF32(a[i]), BF16ToF32(b[i])))
			}
		}
	}
	return nil
}
