module {
  func.func @main(%arg0: tensor<4xf32>, %arg1: tensor<4xf64>, %arg2: tensor<4xbf16>, %arg3: tensor<4xf16>, %arg4: tensor<4xf8E4M3FN>, %arg5: tensor<4xcomplex<f32>>, %arg6: tensor<4xcomplex<f64>>) -> (tensor<4xf32>, tensor<4xf64>, tensor<4xbf16>, tensor<4xf16>, tensor<4xf8E4M3FN>, tensor<4xf32>, tensor<4xf32>, tensor<4xf64>, tensor<4xcomplex<f32>>, tensor<4xcomplex<f64>>, tensor<4xf32>, tensor<4xbf16>) {
    %0 = stablehlo.fma %arg0, %arg0, %arg0 : tensor<4xf32>
    %1 = stablehlo.fma %arg1, %arg1, %arg1 : tensor<4xf64>
    %2 = stablehlo.fma %arg2, %arg2, %arg2 : tensor<4xbf16>
    %3 = stablehlo.fma %arg3, %arg3, %arg3 : tensor<4xf16>
    %4 = stablehlo.fma %arg4, %arg4, %arg4 : tensor<4xf8E4M3FN>
    %5 = stablehlo.exp2 %arg0 : tensor<4xf32>
    %6 = stablehlo.log2 %arg0 : tensor<4xf32>
    %7 = stablehlo.exp2 %arg1 {result_accuracy = #stablehlo.result_accuracy<atol = 1.000000e-05, ulps = 1, mode = #stablehlo.result_accuracy_mode<TOLERANCE>>} : tensor<4xf64>
    %8 = stablehlo.log2 %arg5 : tensor<4xcomplex<f32>>
    %9 = stablehlo.exp2 %arg6 : tensor<4xcomplex<f64>>
    %10 = stablehlo.log2 %arg0 {result_accuracy = #stablehlo.result_accuracy<mode = #stablehlo.result_accuracy_mode<HIGHEST>>} : tensor<4xf32>
    %11 = stablehlo.exp2 %arg2 : tensor<4xbf16>
    return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11 : tensor<4xf32>, tensor<4xf64>, tensor<4xbf16>, tensor<4xf16>, tensor<4xf8E4M3FN>, tensor<4xf32>, tensor<4xf32>, tensor<4xf64>, tensor<4xcomplex<f32>>, tensor<4xcomplex<f64>>, tensor<4xf32>, tensor<4xbf16>
  }
}
