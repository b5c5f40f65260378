package mlirtext

import "github.com/hlovm/hlovm/tensor"

// interned holds the identifiers the parser meets most (op names, keywords,
// element types) so reading them allocates nothing.
var interned = map[string]string{}

func init() {
	words := []string{
		"tensor", "tuple", "complex", "none", "index", "true", "false", "unit",
		"dense", "dense_resource", "array", "loc", "unknown", "callsite", "fused",
		"module", "attributes", "public", "private", "nested", "cond", "do",
		"applies", "across", "dimensions", "init", "reducer", "x", "to", "at",
		"func.func", "func.return", "func.call", "return", "call",
		"stablehlo.return", "stablehlo.add", "stablehlo.subtract", "stablehlo.multiply",
		"stablehlo.divide", "stablehlo.maximum", "stablehlo.minimum", "stablehlo.and",
		"stablehlo.or", "stablehlo.xor", "stablehlo.not", "stablehlo.negate",
		"stablehlo.abs", "stablehlo.exponential", "stablehlo.log", "stablehlo.sqrt",
		"stablehlo.rsqrt", "stablehlo.tanh", "stablehlo.sine", "stablehlo.cosine",
		"stablehlo.convert", "stablehlo.reshape", "stablehlo.select", "stablehlo.clamp",
		"stablehlo.power", "stablehlo.remainder", "stablehlo.shift_left",
		"stablehlo.shift_right_logical", "stablehlo.shift_right_arithmetic",
		"stablehlo.bitcast_convert", "stablehlo.dynamic_update_slice", "stablehlo.sign",
		"stablehlo.floor", "stablehlo.ceil", "stablehlo.real", "stablehlo.imag",
		"stablehlo.log_plus_one", "stablehlo.exponential_minus_one", "stablehlo.logistic",
		"stablehlo.is_finite", "stablehlo.round_nearest_even", "stablehlo.round_nearest_afz",
		"stablehlo.atan2", "stablehlo.popcnt", "stablehlo.count_leading_zeros",
		"stablehlo.cbrt", "stablehlo.tan", "stablehlo.exp2", "stablehlo.log2", "stablehlo.fma",
		"DEFAULT", "HIGH", "HIGHEST", "EQ", "NE", "LT", "LE", "GT", "GE",
		"FLOAT", "TOTALORDER", "SIGNED", "UNSIGNED",
	}
	for _, w := range words {
		interned[w] = w
	}
	for k, kws := range prettyKeywords {
		interned[k] = k
		for kw := range kws {
			interned[kw] = kw
		}
	}
	for k := range prettyOps {
		interned[k] = k
	}
	for _, d := range tensor.AllDTypes() {
		interned[d.String()] = d.String()
	}
}
