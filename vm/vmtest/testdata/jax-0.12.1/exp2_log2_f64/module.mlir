module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<64xf64>) -> (tensor<64xf64> {jax.result_info = "result[0]"}, tensor<64xf64> {jax.result_info = "result[1]"}) {
    %0 = stablehlo.exp2 %arg0 : tensor<64xf64>
    %1 = stablehlo.abs %arg0 : tensor<64xf64>
    %cst = stablehlo.constant dense<1.000000e-01> : tensor<f64>
    %2 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f64>) -> tensor<64xf64>
    %3 = stablehlo.add %1, %2 : tensor<64xf64>
    %4 = stablehlo.log2 %3 : tensor<64xf64>
    return %0, %4 : tensor<64xf64>, tensor<64xf64>
  }
}
