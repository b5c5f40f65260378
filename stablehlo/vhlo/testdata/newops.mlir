// The ops of VHLO 1.23.0 (exp2, log2) and 1.24.0 (fma) on every type class
// they accept, with and without result_accuracy. gen_newops.py writes this
// module's portable artifacts and plain bytecode with jaxlib 0.12.1.
func.func @main(%f32: tensor<4xf32>, %f64: tensor<4xf64>, %bf16: tensor<4xbf16>, %f16: tensor<4xf16>,
                %f8: tensor<4xf8E4M3FN>, %c64: tensor<4xcomplex<f32>>, %c128: tensor<4xcomplex<f64>>)
    -> (tensor<4xf32>, tensor<4xf64>, tensor<4xbf16>, tensor<4xf16>, tensor<4xf8E4M3FN>,
        tensor<4xf32>, tensor<4xf32>, tensor<4xf64>, tensor<4xcomplex<f32>>, tensor<4xcomplex<f64>>,
        tensor<4xf32>, tensor<4xbf16>) {
  %0 = stablehlo.fma %f32, %f32, %f32 : tensor<4xf32>
  %1 = stablehlo.fma %f64, %f64, %f64 : tensor<4xf64>
  %2 = stablehlo.fma %bf16, %bf16, %bf16 : tensor<4xbf16>
  %3 = stablehlo.fma %f16, %f16, %f16 : tensor<4xf16>
  %4 = stablehlo.fma %f8, %f8, %f8 : tensor<4xf8E4M3FN>
  %5 = stablehlo.exp2 %f32 : tensor<4xf32>
  %6 = stablehlo.log2 %f32 : tensor<4xf32>
  %7 = stablehlo.exp2 %f64 {result_accuracy = #stablehlo.result_accuracy<atol = 1.000000e-05, rtol = 0.000000e+00, ulps = 1, mode = #stablehlo.result_accuracy_mode<TOLERANCE>>} : tensor<4xf64>
  %8 = stablehlo.log2 %c64 : tensor<4xcomplex<f32>>
  %9 = stablehlo.exp2 %c128 : tensor<4xcomplex<f64>>
  %10 = stablehlo.log2 %f32 {result_accuracy = #stablehlo.result_accuracy<mode = #stablehlo.result_accuracy_mode<HIGHEST>>} : tensor<4xf32>
  %11 = stablehlo.exp2 %bf16 : tensor<4xbf16>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11 : tensor<4xf32>, tensor<4xf64>, tensor<4xbf16>, tensor<4xf16>, tensor<4xf8E4M3FN>, tensor<4xf32>, tensor<4xf32>, tensor<4xf64>, tensor<4xcomplex<f32>>, tensor<4xcomplex<f64>>, tensor<4xf32>, tensor<4xbf16>
}
