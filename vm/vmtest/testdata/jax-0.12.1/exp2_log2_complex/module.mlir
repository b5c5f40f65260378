module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<16xf32>, %arg1: tensor<16xf32>) -> (tensor<16xcomplex<f32>> {jax.result_info = "result[0]"}, tensor<16xcomplex<f32>> {jax.result_info = "result[1]"}) {
    %0 = stablehlo.complex %arg0, %arg1 : tensor<16xcomplex<f32>>
    %1 = stablehlo.exp2 %0 : tensor<16xcomplex<f32>>
    %2 = stablehlo.complex %arg0, %arg1 : tensor<16xcomplex<f32>>
    %3 = stablehlo.log2 %2 : tensor<16xcomplex<f32>>
    return %1, %3 : tensor<16xcomplex<f32>>, tensor<16xcomplex<f32>>
  }
}
