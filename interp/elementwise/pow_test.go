package elementwise

import (
	"math"
	"testing"
)

// powVectors: x, y and x**y correctly rounded, as bit patterns, computed
// with Python's decimal module at 80 digits (exp(y·ln x), then float()). The
// first is the case of StableHLO's random_gamma golden file where math.Pow
// is 19 ulp off.
var powVectors = [][3]uint64{
	{0x3fea867cc11a3404, 0x40445bf1c5c45314, 0x3f3f81622a2d14f0}, // 0.8289169093637843 ** 40.7183158119789 = 0.0004807343158755436
	{0x4000000000000000, 0x3fe0000000000000, 0x3ff6a09e667f3bcd}, // 2.0 ** 0.5 = 1.4142135623730951
	{0x4024000000000000, 0xc00a666666666666, 0x3f406c4363887513}, // 10.0 ** -3.3 = 0.0005011872336272725
	{0x3ff000001ad7f29b, 0x416312d000000000, 0x4005bf0a790ce6f2}, // 1.0000001 ** 10000000.0 = 2.7182816941320818
	{0x3fe0000000000000, 0x4090ca0000000000, 0x0000000000000001}, // 0.5 ** 1074.5 = 5e-324
	{0x400d99999999999a, 0x4067c9999999999a, 0x5662543bb7993edb}, // 3.7 ** 190.3 = 1.3452038139004802e+108
	{0x01a56e1fc2f8f359, 0x3fefae147ae147ae, 0x0244ed8b04671dc9}, // 1e-300 ** 0.99 = 1.0000000000000062e-297
	{0x40fe240c9fbe76c9, 0x4004000000000000, 0x42937b8db67e5334}, // 123456.789 ** 2.5 = 5355344863124.801
	{0x3feffffde7210be9, 0xc1255cc000000000, 0x40001c2abfc127f1}, // 0.999999 ** -700000.0 = 2.0137534123250522
	{0x401c000000000000, 0xbfd5555555555555, 0x3fe0ba6ee5f9aad4}, // 7.0 ** -0.3333333333333333 = 0.5227579585747102
	{0x4019ef04dba10084, 0xc044f2f4e989f05c, 0x38e01fb0555109fa}, // 6.483416969014915 ** -41.89809912905977 = 9.704149737000979e-35
	{0x402a0b5b31324176, 0xc049a760ee572744, 0x341024fa1eb5cf2c}, // 13.022180116066675 ** -51.30764559989487 = 6.429894801896663e-58
	{0x402571ced9a0bf07, 0xc0301e0956421814, 0x3c7c98d775534410}, // 10.722281266090716 ** -16.117329970489735 = 2.4803976262486734e-17
	{0x3ff2b5db35451ca4, 0x3fec8d9f870e1cc0, 0x3ff265cbc9d7c3f5}, // 1.169398506246389 ** 0.89228798273043 = 1.149852550934381
	{0x3fe84e2314b65bf3, 0xc01fd99e4ee8e030, 0x4021df0c6417d94a}, // 0.7595382122552777 ** -7.9625179605136935 = 8.935641410742978
	{0x3ff680a7af763264, 0xc0488ea5eaddfd42, 0x3e6c89f077792d9b}, // 1.4064099172566324 ** -49.1144383987362 = 5.315770484607986e-08
	{0x4020fe05e09ce752, 0x40439c72d9bdabcc, 0x4780d03d88bf7c11}, // 8.496138590958854 ** 39.22225496064456 = 2.793611717551431e+36
	{0x4003e0df740cad4e, 0xc0409b0cac4532c2, 0x3d34f464c622c954}, // 2.484801203381415 ** -33.21132424715826 = 7.444591676888473e-14
	{0x40291ad2e094be2e, 0x404adccf31f6c66e, 0x4c310986a7ff4831}, // 12.552390115887729 ** 53.72507309484068 = 1.0694430636482607e+59
	{0x402717b30da19927, 0xc028cbf39e832774, 0x3d32eb72a0f32a39}, // 11.546287942863797 ** -12.39834304190638 = 6.721634038808779e-14
	{0x4033867ca748f10e, 0xc04b347d72533414, 0x315a8509ddb01719}, // 19.525339560802472 ** -54.41007832586925 = 6.003843189688548e-71
	{0x40312bb88862a117, 0xc0393f33e5b6818e, 0x3975b56e6a3e4518}, // 17.170784496383103 ** -25.246885640198848 = 6.689514606994445e-32
	{0x40072636c032c47c, 0xc046eeb612b7d881, 0x3b89e1ca801dd2e1}, // 2.8936591163151757 ** -45.864931430595796 = 6.850907340529324e-22
	{0x4018b4c9f59842f0, 0x4042f7b36c9d71f6, 0x46291310d967ded4}, // 6.176551663797667 ** 37.93516309440376 = 9.933023237629629e+29
}

func ulpsApart(a, b float64) uint64 {
	ua, ub := math.Float64bits(a), math.Float64bits(b)
	if ua > ub {
		return ua - ub
	}
	return ub - ua
}

func TestPowWithinAnUlp(t *testing.T) {
	worstGo := uint64(0)
	for _, v := range powVectors {
		x, y, want := math.Float64frombits(v[0]), math.Float64frombits(v[1]), math.Float64frombits(v[2])
		if d := ulpsApart(pow(x, y), want); d > 1 {
			t.Errorf("pow(%v, %v) = %v, %d ulp from %v", x, y, pow(x, y), d, want)
		}
		worstGo = max(worstGo, ulpsApart(math.Pow(x, y), want))
	}
	t.Logf("math.Pow on the same vectors: up to %d ulp off", worstGo)
}

func TestPowSpecialValues(t *testing.T) {
	inf, nan := math.Inf(1), math.NaN()
	for _, c := range [][3]float64{
		{0, 0, 1}, {nan, 0, 1}, {1, nan, 1}, {2, nan, nan}, {nan, 2, nan},
		{0, -1, inf}, {math.Copysign(0, -1), -3, -inf}, {0, 2.5, 0}, {inf, -1, 0}, {inf, 0.5, inf},
		{-inf, 3, -inf}, {-8, 1.0 / 3, nan}, {-2, 3, -8}, {-2, -2, 0.25}, {-1, inf, 1}, {0.5, inf, 0},
		{2, 1, 2}, {2, 1025, inf}, {2, -1075, 0}, {10, 2, 100}, {2, -1074, 5e-324},
	} {
		got := pow(c[0], c[1])
		if !(got == c[2] || math.IsNaN(got) && math.IsNaN(c[2])) || math.Signbit(got) != math.Signbit(c[2]) && !math.IsNaN(got) {
			t.Errorf("pow(%v, %v) = %v, want %v", c[0], c[1], got, c[2])
		}
	}
}
