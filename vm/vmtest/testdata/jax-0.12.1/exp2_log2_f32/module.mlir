module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<64xf32>) -> (tensor<64xf32> {jax.result_info = "result[0]"}, tensor<64xf32> {jax.result_info = "result[1]"}, tensor<64xf32> {jax.result_info = "result[2]"}) {
    %0 = stablehlo.exp2 %arg0 : tensor<64xf32>
    %1 = stablehlo.abs %arg0 : tensor<64xf32>
    %cst = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %2 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %3 = stablehlo.add %1, %2 : tensor<64xf32>
    %4 = stablehlo.log2 %3 : tensor<64xf32>
    %5 = stablehlo.reverse %arg0, dims = [0] : tensor<64xf32>
    %6 = stablehlo.maximum %arg0, %5 : tensor<64xf32>
    %7 = stablehlo.subtract %arg0, %5 : tensor<64xf32>
    %8 = stablehlo.compare NE, %7, %7, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %9 = stablehlo.add %arg0, %5 : tensor<64xf32>
    %10 = stablehlo.abs %7 : tensor<64xf32>
    %11 = stablehlo.negate %10 : tensor<64xf32>
    %12 = stablehlo.exp2 %11 : tensor<64xf32>
    %13 = stablehlo.log_plus_one %12 : tensor<64xf32>
    %cst_0 = stablehlo.constant dense<1.44269502> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %15 = stablehlo.multiply %14, %13 : tensor<64xf32>
    %16 = stablehlo.add %6, %15 : tensor<64xf32>
    %17 = stablehlo.select %8, %9, %16 : tensor<64xi1>, tensor<64xf32>
    return %0, %4, %17 : tensor<64xf32>, tensor<64xf32>, tensor<64xf32>
  }
}
