module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<64xf32>) -> (tensor<64xf32> {jax.result_info = "result[0]"}, tensor<64xf32> {jax.result_info = "result[1]"}, tensor<64xf32> {jax.result_info = "result[2]"}, tensor<64xf32> {jax.result_info = "result[3]"}) {
    %0 = stablehlo.custom_call @cpu_lgamma_ffi(%arg0) {backend_config = "", mhlo.backend_config = {}, mhlo.frontend_attributes = {num_batch_dims = "1"}, operand_layouts = [dense<0> : tensor<1xindex>], result_layouts = [dense<0> : tensor<1xindex>], sdy.sharding_rule = #sdy.op_sharding_rule<([i])->([i]) {i=64}, custom>} : (tensor<64xf32>) -> tensor<64xf32>
    %1 = stablehlo.custom_call @cpu_digamma_ffi(%arg0) {backend_config = "", mhlo.backend_config = {}, mhlo.frontend_attributes = {num_batch_dims = "1"}, operand_layouts = [dense<0> : tensor<1xindex>], result_layouts = [dense<0> : tensor<1xindex>], sdy.sharding_rule = #sdy.op_sharding_rule<([i])->([i]) {i=64}, custom>} : (tensor<64xf32>) -> tensor<64xf32>
    %2 = stablehlo.reverse %arg0, dims = [0] : tensor<64xf32>
    %3 = call @_betaln(%arg0, %2) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %5 = stablehlo.add %arg0, %4 : tensor<64xf32>
    %cst_0 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %cst_1 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %6 = stablehlo.multiply %cst_0, %cst_1 : tensor<f32>
    %cst_2 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %cst_3 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %7 = stablehlo.subtract %cst_2, %cst_3 : tensor<f32>
    %8 = stablehlo.multiply %6, %7 : tensor<f32>
    %cst_4 = stablehlo.constant dense<3.14159274> : tensor<f32>
    %9 = stablehlo.log %cst_4 : tensor<f32>
    %10 = stablehlo.multiply %8, %9 : tensor<f32>
    %11 = stablehlo.iota dim = 0 : tensor<3xf32>
    %cst_5 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %13 = stablehlo.divide %11, %12 : tensor<3xf32>
    %14 = stablehlo.broadcast_in_dim %5, dims = [0] : (tensor<64xf32>) -> tensor<64x1xf32>
    %15 = stablehlo.broadcast_in_dim %13, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %16 = stablehlo.broadcast_in_dim %14, dims = [0, 1] : (tensor<64x1xf32>) -> tensor<64x3xf32>
    %17 = stablehlo.broadcast_in_dim %15, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<64x3xf32>
    %18 = stablehlo.subtract %16, %17 : tensor<64x3xf32>
    %19 = stablehlo.custom_call @cpu_lgamma_ffi(%18) {backend_config = "", mhlo.backend_config = {}, mhlo.frontend_attributes = {num_batch_dims = "2"}, operand_layouts = [dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>], sdy.sharding_rule = #sdy.op_sharding_rule<([i, j])->([i, j]) {i=64, j=3}, custom>} : (tensor<64x3xf32>) -> tensor<64x3xf32>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %20 = stablehlo.reduce(%19 init: %cst_6) applies stablehlo.add across dimensions = [1] : (tensor<64x3xf32>, tensor<f32>) -> tensor<64xf32>
    %21 = stablehlo.broadcast_in_dim %10, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %22 = stablehlo.add %20, %21 : tensor<64xf32>
    return %0, %1, %3, %22 : tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>
  }
  func.func private @_betaln(%arg0: tensor<64xf32>, %arg1: tensor<64xf32>) -> tensor<64xf32> {
    %0 = stablehlo.compare LE, %arg0, %arg1, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %1 = call @_where(%0, %arg0, %arg1) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2 = stablehlo.compare LE, %arg0, %arg1, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %3 = call @_where(%2, %arg1, %arg0) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %4 = stablehlo.is_finite %arg0 : (tensor<64xf32>) -> tensor<64xi1>
    %5 = stablehlo.is_finite %arg1 : (tensor<64xf32>) -> tensor<64xi1>
    %6 = stablehlo.and %4, %5 : tensor<64xi1>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %7 = call @_where_0(%6, %arg0, %cst) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_0 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %8 = call @_where_0(%6, %arg1, %cst_0) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %9 = stablehlo.compare LE, %7, %8, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %10 = call @_where(%9, %7, %8) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %11 = stablehlo.compare LE, %7, %8, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %12 = call @_where(%11, %8, %7) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %13 = stablehlo.add %7, %8 : tensor<64xf32>
    %14 = stablehlo.round_nearest_even %7 : tensor<64xf32>
    %15 = stablehlo.round_nearest_even %8 : tensor<64xf32>
    %16 = stablehlo.subtract %7, %14 : tensor<64xf32>
    %17 = stablehlo.subtract %8, %15 : tensor<64xf32>
    %18 = stablehlo.add %16, %17 : tensor<64xf32>
    %19 = stablehlo.round_nearest_even %18 : tensor<64xf32>
    %cst_1 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %21 = stablehlo.multiply %20, %19 : tensor<64xf32>
    %22 = stablehlo.abs %16 : tensor<64xf32>
    %cst_2 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %23 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %24 = stablehlo.compare GE, %22, %23, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %25 = stablehlo.abs %17 : tensor<64xf32>
    %cst_3 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %26 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %27 = stablehlo.compare GE, %25, %26, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %28 = stablehlo.and %24, %27 : tensor<64xi1>
    %29 = stablehlo.subtract %16, %21 : tensor<64xf32>
    %30 = stablehlo.subtract %17, %21 : tensor<64xf32>
    %31 = stablehlo.add %29, %30 : tensor<64xf32>
    %32 = stablehlo.abs %16 : tensor<64xf32>
    %33 = stablehlo.abs %17 : tensor<64xf32>
    %34 = stablehlo.compare GE, %32, %33, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %35 = stablehlo.subtract %16, %21 : tensor<64xf32>
    %36 = stablehlo.add %35, %17 : tensor<64xf32>
    %37 = stablehlo.subtract %36, %21 : tensor<64xf32>
    %38 = stablehlo.subtract %17, %21 : tensor<64xf32>
    %39 = stablehlo.add %38, %16 : tensor<64xf32>
    %40 = stablehlo.subtract %39, %21 : tensor<64xf32>
    %41 = call @_where(%34, %37, %40) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %42 = call @_where(%28, %31, %41) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %43 = stablehlo.compare LE, %7, %8, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %44 = call @_where(%43, %16, %17) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %45 = stablehlo.compare LE, %7, %8, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %46 = call @_where(%45, %17, %16) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %47 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %48 = stablehlo.compare GT, %10, %47, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %49 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %50 = stablehlo.compare LE, %10, %49, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %51 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %52 = stablehlo.compare GT, %12, %51, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %53 = stablehlo.and %50, %52 : tensor<64xi1>
    %cst_7 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %54 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %55 = stablehlo.compare LT, %13, %54, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %56 = stablehlo.and %53, %55 : tensor<64xi1>
    %cst_8 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %57 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %58 = stablehlo.compare GE, %13, %57, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %59 = stablehlo.and %53, %58 : tensor<64xi1>
    %60 = stablehlo.abs %16 : tensor<64xf32>
    %61 = stablehlo.abs %17 : tensor<64xf32>
    %62 = stablehlo.maximum %60, %61 : tensor<64xf32>
    %63 = stablehlo.abs %16 : tensor<64xf32>
    %64 = stablehlo.abs %17 : tensor<64xf32>
    %65 = stablehlo.minimum %63, %64 : tensor<64xf32>
    %66 = stablehlo.abs %16 : tensor<64xf32>
    %67 = stablehlo.abs %17 : tensor<64xf32>
    %68 = stablehlo.compare GE, %66, %67, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %69 = call @_where(%68, %16, %17) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %70 = stablehlo.abs %16 : tensor<64xf32>
    %71 = stablehlo.abs %17 : tensor<64xf32>
    %72 = stablehlo.compare GE, %70, %71, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %73 = call @_where(%72, %17, %16) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %74 = stablehlo.not %48 : tensor<64xi1>
    %cst_9 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %75 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %76 = stablehlo.compare GT, %62, %75, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %77 = stablehlo.and %74, %76 : tensor<64xi1>
    %cst_10 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %78 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %79 = stablehlo.compare LT, %62, %78, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %80 = stablehlo.and %77, %79 : tensor<64xi1>
    %cst_11 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %81 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %82 = stablehlo.compare GT, %62, %81, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_12 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %83 = call @_where_0(%82, %62, %cst_12) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_13 = stablehlo.constant dense<1.17549435E-38> : tensor<f32>
    %84 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %85 = stablehlo.compare GE, %83, %84, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_14 = stablehlo.constant dense<1.17549435E-38> : tensor<f32>
    %86 = call @_where_1(%85, %83, %cst_14) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %87 = stablehlo.bitcast_convert %86 : (tensor<64xf32>) -> tensor<64xi32>
    %88 = stablehlo.not %87 : tensor<64xi32>
    %c = stablehlo.constant dense<2139095040> : tensor<i32>
    %89 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %90 = stablehlo.and %88, %89 : tensor<64xi32>
    %91 = stablehlo.bitcast_convert %90 : (tensor<64xi32>) -> tensor<64xf32>
    %cst_15 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %92 = call @_where_1(%80, %91, %cst_15) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_16 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %93 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %94 = stablehlo.multiply %93, %92 : tensor<64xf32>
    %95 = stablehlo.multiply %16, %92 : tensor<64xf32>
    %96 = stablehlo.multiply %17, %92 : tensor<64xf32>
    %cst_17 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %97 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %98 = stablehlo.compare EQ, %19, %97, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %99 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %100 = stablehlo.compare LT, %16, %99, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_19 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %101 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %102 = stablehlo.compare LT, %17, %101, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %103 = stablehlo.compare NE, %100, %102, UNSIGNED : (tensor<64xi1>, tensor<64xi1>) -> tensor<64xi1>
    %cst_20 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %104 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %105 = stablehlo.multiply %104, %62 : tensor<64xf32>
    %106 = stablehlo.compare GE, %65, %105, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %107 = stablehlo.and %103, %106 : tensor<64xi1>
    %108 = stablehlo.multiply %73, %92 : tensor<64xf32>
    %109 = stablehlo.multiply %69, %94 : tensor<64xf32>
    %110 = stablehlo.add %108, %109 : tensor<64xf32>
    %111 = stablehlo.multiply %69, %94 : tensor<64xf32>
    %112 = stablehlo.add %110, %111 : tensor<64xf32>
    %113 = stablehlo.add %95, %96 : tensor<64xf32>
    %114 = call @_where(%107, %112, %113) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %115 = stablehlo.multiply %42, %92 : tensor<64xf32>
    %116 = call @_where(%98, %114, %115) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %117 = stablehlo.compare LE, %7, %8, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %118 = call @_where(%117, %95, %96) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_21 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %119 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %120 = stablehlo.compare EQ, %44, %119, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_22 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %121 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %122 = stablehlo.compare EQ, %46, %121, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %123 = stablehlo.negate %17 : tensor<64xf32>
    %124 = stablehlo.compare EQ, %16, %123, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %125 = stablehlo.abs %16 : tensor<64xf32>
    %cst_23 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %126 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %127 = stablehlo.compare EQ, %125, %126, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %128 = stablehlo.compare EQ, %16, %17, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %129 = stablehlo.and %127, %128 : tensor<64xi1>
    %130 = stablehlo.or %124, %129 : tensor<64xi1>
    %131 = stablehlo.and %120, %122 : tensor<64xi1>
    %cst_24 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %132 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %133 = stablehlo.compare GT, %12, %132, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %134 = stablehlo.and %131, %133 : tensor<64xi1>
    %cst_25 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %135 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %136 = stablehlo.compare LE, %13, %135, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %137 = stablehlo.and %134, %136 : tensor<64xi1>
    %cst_26 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %138 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %139 = stablehlo.compare LT, %10, %138, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_27 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %140 = call @_where_0(%139, %44, %cst_27) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_28 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %141 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %142 = stablehlo.compare EQ, %140, %141, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_29 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %143 = call @_where_2(%142, %cst_29, %140) : (tensor<64xi1>, tensor<f32>, tensor<64xf32>) -> tensor<64xf32>
    %144 = stablehlo.abs %143 : tensor<64xf32>
    %cst_30 = stablehlo.constant dense<3.14159274> : tensor<f32>
    %145 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %146 = stablehlo.multiply %145, %140 : tensor<64xf32>
    %147 = chlo.square %146 : tensor<64xf32> -> tensor<64xf32>
    %cst_31 = stablehlo.constant dense<1.800000e+02> : tensor<f32>
    %148 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %149 = stablehlo.divide %147, %148 : tensor<64xf32>
    %cst_32 = stablehlo.constant dense<0.166666672> : tensor<f32>
    %150 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %151 = stablehlo.add %150, %149 : tensor<64xf32>
    %152 = stablehlo.multiply %147, %151 : tensor<64xf32>
    %153 = call @sinpi(%143) : (tensor<64xf32>) -> tensor<64xf32>
    %154 = stablehlo.abs %153 : tensor<64xf32>
    %cst_33 = stablehlo.constant dense<9.99999974E-5> : tensor<f32>
    %155 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %156 = stablehlo.compare LT, %144, %155, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %157 = call @_where(%156, %144, %154) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %158 = stablehlo.log %157 : tensor<64xf32>
    %159 = stablehlo.log %157 {result_accuracy = #stablehlo.result_accuracy<mode = #stablehlo.result_accuracy_mode<HIGHEST>>} : tensor<64xf32>
    %cst_34 = stablehlo.constant dense<1.14472985> : tensor<f32>
    %160 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %161 = stablehlo.add %160, %159 : tensor<64xf32>
    %162 = stablehlo.subtract %161, %152 : tensor<64xf32>
    %cst_35 = stablehlo.constant dense<9.99999974E-5> : tensor<f32>
    %163 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %164 = stablehlo.compare LT, %144, %163, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %165 = call @_where(%164, %162, %159) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_36 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %166 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %167 = stablehlo.compare LT, %12, %166, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_37 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %168 = call @_where_0(%167, %46, %cst_37) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_38 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %169 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %170 = stablehlo.compare EQ, %168, %169, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_39 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %171 = call @_where_2(%170, %cst_39, %168) : (tensor<64xi1>, tensor<f32>, tensor<64xf32>) -> tensor<64xf32>
    %172 = stablehlo.abs %171 : tensor<64xf32>
    %cst_40 = stablehlo.constant dense<3.14159274> : tensor<f32>
    %173 = stablehlo.broadcast_in_dim %cst_40, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %174 = stablehlo.multiply %173, %168 : tensor<64xf32>
    %175 = chlo.square %174 : tensor<64xf32> -> tensor<64xf32>
    %cst_41 = stablehlo.constant dense<1.800000e+02> : tensor<f32>
    %176 = stablehlo.broadcast_in_dim %cst_41, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %177 = stablehlo.divide %175, %176 : tensor<64xf32>
    %cst_42 = stablehlo.constant dense<0.166666672> : tensor<f32>
    %178 = stablehlo.broadcast_in_dim %cst_42, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %179 = stablehlo.add %178, %177 : tensor<64xf32>
    %180 = stablehlo.multiply %175, %179 : tensor<64xf32>
    %181 = call @sinpi(%171) : (tensor<64xf32>) -> tensor<64xf32>
    %182 = stablehlo.abs %181 : tensor<64xf32>
    %cst_43 = stablehlo.constant dense<9.99999974E-5> : tensor<f32>
    %183 = stablehlo.broadcast_in_dim %cst_43, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %184 = stablehlo.compare LT, %172, %183, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %185 = call @_where(%184, %172, %182) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %186 = stablehlo.log %185 : tensor<64xf32>
    %187 = stablehlo.log %185 {result_accuracy = #stablehlo.result_accuracy<mode = #stablehlo.result_accuracy_mode<HIGHEST>>} : tensor<64xf32>
    %cst_44 = stablehlo.constant dense<1.14472985> : tensor<f32>
    %188 = stablehlo.broadcast_in_dim %cst_44, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %189 = stablehlo.add %188, %187 : tensor<64xf32>
    %190 = stablehlo.subtract %189, %180 : tensor<64xf32>
    %cst_45 = stablehlo.constant dense<9.99999974E-5> : tensor<f32>
    %191 = stablehlo.broadcast_in_dim %cst_45, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %192 = stablehlo.compare LT, %172, %191, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %193 = call @_where(%192, %190, %187) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_46 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %194 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %195 = stablehlo.compare LT, %10, %194, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_47 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %196 = stablehlo.broadcast_in_dim %cst_47, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %197 = stablehlo.compare LT, %12, %196, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_48 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %198 = stablehlo.broadcast_in_dim %cst_48, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %199 = stablehlo.compare LT, %13, %198, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %200 = stablehlo.or %197, %199 : tensor<64xi1>
    %201 = stablehlo.and %195, %200 : tensor<64xi1>
    %cst_49 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %202 = call @_where_0(%201, %42, %cst_49) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_50 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %203 = stablehlo.broadcast_in_dim %cst_50, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %204 = stablehlo.compare EQ, %202, %203, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_51 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %205 = call @_where_2(%204, %cst_51, %202) : (tensor<64xi1>, tensor<f32>, tensor<64xf32>) -> tensor<64xf32>
    %206 = stablehlo.abs %205 : tensor<64xf32>
    %cst_52 = stablehlo.constant dense<3.14159274> : tensor<f32>
    %207 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %208 = stablehlo.multiply %207, %202 : tensor<64xf32>
    %209 = chlo.square %208 : tensor<64xf32> -> tensor<64xf32>
    %cst_53 = stablehlo.constant dense<1.800000e+02> : tensor<f32>
    %210 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %211 = stablehlo.divide %209, %210 : tensor<64xf32>
    %cst_54 = stablehlo.constant dense<0.166666672> : tensor<f32>
    %212 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %213 = stablehlo.add %212, %211 : tensor<64xf32>
    %214 = stablehlo.multiply %209, %213 : tensor<64xf32>
    %215 = call @sinpi(%205) : (tensor<64xf32>) -> tensor<64xf32>
    %216 = stablehlo.abs %215 : tensor<64xf32>
    %cst_55 = stablehlo.constant dense<9.99999974E-5> : tensor<f32>
    %217 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %218 = stablehlo.compare LT, %206, %217, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %219 = call @_where(%218, %206, %216) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %220 = stablehlo.log %219 : tensor<64xf32>
    %221 = stablehlo.log %219 {result_accuracy = #stablehlo.result_accuracy<mode = #stablehlo.result_accuracy_mode<HIGHEST>>} : tensor<64xf32>
    %cst_56 = stablehlo.constant dense<1.14472985> : tensor<f32>
    %222 = stablehlo.broadcast_in_dim %cst_56, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %223 = stablehlo.add %222, %221 : tensor<64xf32>
    %224 = stablehlo.subtract %223, %214 : tensor<64xf32>
    %cst_57 = stablehlo.constant dense<9.99999974E-5> : tensor<f32>
    %225 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %226 = stablehlo.compare LT, %206, %225, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %227 = call @_where(%226, %224, %221) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %228 = stablehlo.abs %116 : tensor<64xf32>
    %229 = stablehlo.abs %118 : tensor<64xf32>
    %230 = stablehlo.not %137 : tensor<64xi1>
    %231 = stablehlo.and %56, %230 : tensor<64xi1>
    %232 = stablehlo.abs %44 : tensor<64xf32>
    %cst_58 = stablehlo.constant dense<9.99999974E-5> : tensor<f32>
    %233 = stablehlo.broadcast_in_dim %cst_58, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %234 = stablehlo.compare LT, %232, %233, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %235 = stablehlo.and %231, %234 : tensor<64xi1>
    %236 = stablehlo.abs %42 : tensor<64xf32>
    %cst_59 = stablehlo.constant dense<9.99999974E-5> : tensor<f32>
    %237 = stablehlo.broadcast_in_dim %cst_59, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %238 = stablehlo.compare LT, %236, %237, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %239 = stablehlo.and %235, %238 : tensor<64xi1>
    %cst_60 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %240 = stablehlo.broadcast_in_dim %cst_60, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %241 = stablehlo.compare EQ, %19, %240, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %242 = stablehlo.and %239, %241 : tensor<64xi1>
    %cst_61 = stablehlo.constant dense<1.000000e-15> : tensor<f32>
    %243 = stablehlo.broadcast_in_dim %cst_61, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %244 = stablehlo.compare GE, %229, %243, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %245 = stablehlo.and %242, %244 : tensor<64xi1>
    %cst_62 = stablehlo.constant dense<1.000000e-15> : tensor<f32>
    %246 = stablehlo.broadcast_in_dim %cst_62, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %247 = stablehlo.compare GE, %228, %246, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %248 = stablehlo.and %245, %247 : tensor<64xi1>
    %249 = stablehlo.not %248 : tensor<64xi1>
    %250 = stablehlo.and %231, %249 : tensor<64xi1>
    %251 = stablehlo.abs %44 : tensor<64xf32>
    %cst_63 = stablehlo.constant dense<9.99999974E-5> : tensor<f32>
    %252 = stablehlo.broadcast_in_dim %cst_63, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %253 = stablehlo.compare GE, %251, %252, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %254 = stablehlo.and %250, %253 : tensor<64xi1>
    %255 = stablehlo.abs %42 : tensor<64xf32>
    %cst_64 = stablehlo.constant dense<9.99999974E-5> : tensor<f32>
    %256 = stablehlo.broadcast_in_dim %cst_64, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %257 = stablehlo.compare LT, %255, %256, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %258 = stablehlo.and %254, %257 : tensor<64xi1>
    %259 = stablehlo.abs %42 : tensor<64xf32>
    %cst_65 = stablehlo.constant dense<1.000000e-15> : tensor<f32>
    %260 = stablehlo.broadcast_in_dim %cst_65, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %261 = stablehlo.compare GE, %259, %260, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %262 = stablehlo.and %258, %261 : tensor<64xi1>
    %263 = stablehlo.not %248 : tensor<64xi1>
    %264 = stablehlo.and %231, %263 : tensor<64xi1>
    %265 = stablehlo.abs %44 : tensor<64xf32>
    %cst_66 = stablehlo.constant dense<9.99999974E-5> : tensor<f32>
    %266 = stablehlo.broadcast_in_dim %cst_66, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %267 = stablehlo.compare GE, %265, %266, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %268 = stablehlo.and %264, %267 : tensor<64xi1>
    %269 = stablehlo.abs %42 : tensor<64xf32>
    %cst_67 = stablehlo.constant dense<9.99999974E-5> : tensor<f32>
    %270 = stablehlo.broadcast_in_dim %cst_67, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %271 = stablehlo.compare GE, %269, %270, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %272 = stablehlo.and %268, %271 : tensor<64xi1>
    %273 = stablehlo.abs %42 : tensor<64xf32>
    %cst_68 = stablehlo.constant dense<3.14159274> : tensor<f32>
    %274 = stablehlo.broadcast_in_dim %cst_68, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %275 = stablehlo.multiply %274, %273 : tensor<64xf32>
    %cst_69 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %276 = call @_where_0(%272, %216, %cst_69) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %277 = call @_where(%262, %275, %276) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %278 = call @_where(%248, %228, %277) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %279 = stablehlo.or %262, %272 : tensor<64xi1>
    %cst_70 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %280 = call @_where_0(%279, %154, %cst_70) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %281 = call @_where(%248, %229, %280) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %282 = stablehlo.or %248, %262 : tensor<64xi1>
    %283 = stablehlo.or %282, %272 : tensor<64xi1>
    %cst_71 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %284 = stablehlo.broadcast_in_dim %cst_71, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %285 = stablehlo.compare LT, %12, %284, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %286 = stablehlo.and %283, %285 : tensor<64xi1>
    %cst_72 = stablehlo.constant dense<3.55271368E-15> : tensor<f32>
    %287 = stablehlo.broadcast_in_dim %cst_72, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %288 = stablehlo.compare GE, %12, %287, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %289 = stablehlo.and %286, %288 : tensor<64xi1>
    %290 = stablehlo.compare LT, %278, %281, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %291 = stablehlo.and %289, %290 : tensor<64xi1>
    %292 = stablehlo.multiply %281, %12 : tensor<64xf32>
    %293 = call @_where(%291, %292, %281) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %294 = stablehlo.divide %278, %293 : tensor<64xf32>
    %295 = stablehlo.abs %7 : tensor<64xf32>
    %cst_73 = stablehlo.constant dense<0x49800000> : tensor<f32>
    %296 = stablehlo.broadcast_in_dim %cst_73, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %297 = stablehlo.compare LE, %295, %296, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %298 = stablehlo.abs %8 : tensor<64xf32>
    %cst_74 = stablehlo.constant dense<0x49800000> : tensor<f32>
    %299 = stablehlo.broadcast_in_dim %cst_74, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %300 = stablehlo.compare LE, %298, %299, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %301 = stablehlo.and %297, %300 : tensor<64xi1>
    %302 = stablehlo.add %14, %15 : tensor<64xf32>
    %303 = stablehlo.add %302, %19 : tensor<64xf32>
    %304 = stablehlo.add %303, %42 : tensor<64xf32>
    %305 = call @_where(%301, %304, %13) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_75 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %306 = stablehlo.broadcast_in_dim %cst_75, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %307 = stablehlo.subtract %306, %303 : tensor<64xf32>
    %308 = stablehlo.subtract %307, %42 : tensor<64xf32>
    %cst_76 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %309 = stablehlo.broadcast_in_dim %cst_76, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %310 = stablehlo.subtract %309, %13 : tensor<64xf32>
    %311 = call @_where(%301, %308, %310) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_77 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %312 = stablehlo.broadcast_in_dim %cst_77, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %313 = stablehlo.subtract %312, %10 : tensor<64xf32>
    %cst_78 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %314 = stablehlo.broadcast_in_dim %cst_78, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %315 = stablehlo.subtract %314, %7 : tensor<64xf32>
    %316 = call @_where(%59, %313, %315) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %317 = call @_where(%56, %311, %316) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %318 = call @_where(%48, %7, %317) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_79 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %319 = stablehlo.broadcast_in_dim %cst_79, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %320 = stablehlo.subtract %319, %8 : tensor<64xf32>
    %321 = call @_where(%59, %305, %320) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %322 = call @_where(%56, %12, %321) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %323 = call @_where(%48, %8, %322) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_80 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %324 = stablehlo.broadcast_in_dim %cst_80, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %325 = stablehlo.subtract %7, %324 : tensor<64xf32>
    %326 = stablehlo.add %14, %15 : tensor<64xf32>
    %cst_81 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %327 = stablehlo.broadcast_in_dim %cst_81, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %328 = stablehlo.compare EQ, %326, %327, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_82 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %329 = stablehlo.broadcast_in_dim %cst_82, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %330 = stablehlo.compare EQ, %19, %329, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %331 = stablehlo.and %328, %330 : tensor<64xi1>
    %332 = stablehlo.negate %42 : tensor<64xf32>
    %333 = stablehlo.negate %305 : tensor<64xf32>
    %334 = call @_where(%331, %332, %333) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %335 = stablehlo.negate %10 : tensor<64xf32>
    %336 = stablehlo.negate %7 : tensor<64xf32>
    %337 = call @_where(%59, %335, %336) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %338 = call @_where(%56, %334, %337) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %339 = call @_where(%48, %325, %338) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_83 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %340 = stablehlo.broadcast_in_dim %cst_83, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %341 = stablehlo.subtract %8, %340 : tensor<64xf32>
    %cst_84 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %342 = stablehlo.broadcast_in_dim %cst_84, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %343 = stablehlo.subtract %12, %342 : tensor<64xf32>
    %344 = stablehlo.add %14, %15 : tensor<64xf32>
    %cst_85 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %345 = stablehlo.broadcast_in_dim %cst_85, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %346 = stablehlo.compare EQ, %344, %345, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_86 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %347 = stablehlo.broadcast_in_dim %cst_86, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %348 = stablehlo.compare EQ, %19, %347, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %349 = stablehlo.and %346, %348 : tensor<64xi1>
    %cst_87 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %350 = stablehlo.broadcast_in_dim %cst_87, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %351 = stablehlo.subtract %305, %350 : tensor<64xf32>
    %352 = call @_where(%349, %42, %351) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %353 = stablehlo.negate %8 : tensor<64xf32>
    %354 = call @_where(%59, %352, %353) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %355 = call @_where(%56, %343, %354) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %356 = call @_where(%48, %341, %355) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_88 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %357 = stablehlo.broadcast_in_dim %cst_88, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %358 = stablehlo.subtract %357, %10 : tensor<64xf32>
    %359 = call @_where(%59, %12, %311) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %360 = call @_where(%56, %358, %359) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %361 = call @_where(%48, %305, %360) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_89 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %362 = stablehlo.broadcast_in_dim %cst_89, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %363 = stablehlo.compare LE, %10, %362, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_90 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %364 = stablehlo.broadcast_in_dim %cst_90, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %365 = stablehlo.compare LE, %12, %364, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %366 = stablehlo.and %363, %365 : tensor<64xi1>
    %367 = stablehlo.or %59, %366 : tensor<64xi1>
    %cst_91 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %368 = stablehlo.broadcast_in_dim %cst_91, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %369 = stablehlo.compare GT, %318, %368, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_92 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %370 = stablehlo.broadcast_in_dim %cst_92, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %371 = stablehlo.compare GT, %323, %370, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %372 = stablehlo.and %369, %371 : tensor<64xi1>
    %373 = stablehlo.is_finite %318 : (tensor<64xf32>) -> tensor<64xi1>
    %374 = stablehlo.and %372, %373 : tensor<64xi1>
    %375 = stablehlo.is_finite %323 : (tensor<64xf32>) -> tensor<64xi1>
    %376 = stablehlo.and %374, %375 : tensor<64xi1>
    %cst_93 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %377 = call @_where_0(%376, %318, %cst_93) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_94 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %378 = call @_where_0(%376, %323, %cst_94) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %379 = stablehlo.compare LE, %377, %378, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %380 = call @_where(%379, %377, %378) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %381 = stablehlo.compare LE, %377, %378, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %382 = call @_where(%381, %378, %377) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_95 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %383 = stablehlo.broadcast_in_dim %cst_95, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %384 = stablehlo.compare LT, %377, %383, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_96 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %385 = call @_where_0(%384, %377, %cst_96) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_97 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %386 = stablehlo.broadcast_in_dim %cst_97, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %387 = stablehlo.compare LT, %378, %386, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_98 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %388 = call @_where_0(%387, %378, %cst_98) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_99 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %389 = stablehlo.broadcast_in_dim %cst_99, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %390 = stablehlo.compare LT, %385, %389, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_100 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_101 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %391 = call @_where_3(%390, %cst_100, %cst_101) : (tensor<64xi1>, tensor<f32>, tensor<f32>) -> tensor<64xf32>
    %cst_102 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %392 = stablehlo.broadcast_in_dim %cst_102, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %393 = stablehlo.compare LT, %388, %392, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_103 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_104 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %394 = call @_where_3(%393, %cst_103, %cst_104) : (tensor<64xi1>, tensor<f32>, tensor<f32>) -> tensor<64xf32>
    %cst_105 = stablehlo.constant dense<7.500000e-01> : tensor<f32>
    %395 = stablehlo.broadcast_in_dim %cst_105, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %396 = stablehlo.compare GE, %380, %395, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_106 = stablehlo.constant dense<1.250000e+00> : tensor<f32>
    %397 = stablehlo.broadcast_in_dim %cst_106, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %398 = stablehlo.compare LE, %382, %397, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %399 = stablehlo.and %396, %398 : tensor<64xi1>
    %cst_107 = stablehlo.constant dense<7.500000e-01> : tensor<f32>
    %400 = stablehlo.broadcast_in_dim %cst_107, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %401 = stablehlo.compare GE, %380, %400, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_108 = stablehlo.constant dense<1.250000e+00> : tensor<f32>
    %402 = stablehlo.broadcast_in_dim %cst_108, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %403 = stablehlo.compare LE, %380, %402, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %404 = stablehlo.and %401, %403 : tensor<64xi1>
    %cst_109 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %405 = stablehlo.broadcast_in_dim %cst_109, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %406 = stablehlo.compare LT, %382, %405, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %407 = stablehlo.and %404, %406 : tensor<64xi1>
    %cst_110 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %408 = stablehlo.broadcast_in_dim %cst_110, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %409 = stablehlo.compare LT, %377, %408, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %410 = stablehlo.and %376, %409 : tensor<64xi1>
    %cst_111 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %411 = call @_where_0(%410, %339, %cst_111) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_112 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %412 = stablehlo.broadcast_in_dim %cst_112, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %413 = stablehlo.compare LT, %378, %412, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %414 = stablehlo.and %376, %413 : tensor<64xi1>
    %cst_113 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %415 = call @_where_0(%414, %356, %cst_113) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %416 = stablehlo.compare LE, %377, %378, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %417 = call @_where(%416, %411, %415) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_114 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %418 = stablehlo.broadcast_in_dim %cst_114, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %419 = stablehlo.compare LT, %385, %418, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %420 = call @_where(%419, %385, %411) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_115 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %421 = stablehlo.broadcast_in_dim %cst_115, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %422 = stablehlo.compare LT, %388, %421, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %423 = call @_where(%422, %388, %415) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %424 = stablehlo.add %420, %423 : tensor<64xf32>
    %cst_116 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %425 = call @_where_0(%399, %424, %cst_116) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_117 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %426 = stablehlo.broadcast_in_dim %cst_117, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %427 = stablehlo.compare LT, %382, %426, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_118 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %428 = call @_where_0(%427, %382, %cst_118) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %429 = stablehlo.add %428, %417 : tensor<64xf32>
    %cst_119 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %430 = call @_where_0(%407, %429, %cst_119) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_120 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %431 = stablehlo.broadcast_in_dim %cst_120, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %432 = stablehlo.compare LT, %382, %431, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %433 = stablehlo.and %376, %432 : tensor<64xi1>
    %cst_121 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %434 = call @_where_0(%433, %361, %cst_121) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %435 = stablehlo.convert %391 : tensor<64xf32>
    %436 = stablehlo.add %385, %435 : tensor<64xf32>
    %437 = stablehlo.custom_call @cpu_lgamma_ffi(%436) {backend_config = "", mhlo.backend_config = {}, mhlo.frontend_attributes = {num_batch_dims = "1"}, operand_layouts = [dense<0> : tensor<1xindex>], result_layouts = [dense<0> : tensor<1xindex>], sdy.sharding_rule = #sdy.op_sharding_rule<([i])->([i]) {i=64}, custom>} : (tensor<64xf32>) -> tensor<64xf32>
    %438 = stablehlo.convert %394 : tensor<64xf32>
    %439 = stablehlo.add %388, %438 : tensor<64xf32>
    %440 = stablehlo.custom_call @cpu_lgamma_ffi(%439) {backend_config = "", mhlo.backend_config = {}, mhlo.frontend_attributes = {num_batch_dims = "1"}, operand_layouts = [dense<0> : tensor<1xindex>], result_layouts = [dense<0> : tensor<1xindex>], sdy.sharding_rule = #sdy.op_sharding_rule<([i])->([i]) {i=64}, custom>} : (tensor<64xf32>) -> tensor<64xf32>
    %cst_122 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %441 = stablehlo.broadcast_in_dim %cst_122, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %442 = stablehlo.add %441, %425 : tensor<64xf32>
    %cst_123 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %443 = stablehlo.broadcast_in_dim %cst_123, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %444 = stablehlo.compare LT, %382, %443, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_124 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %445 = call @_where_0(%444, %434, %cst_124) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_125 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %446 = stablehlo.broadcast_in_dim %cst_125, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %447 = stablehlo.compare LT, %382, %446, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %448 = stablehlo.not %367 : tensor<64xi1>
    %449 = stablehlo.and %447, %448 : tensor<64xi1>
    %cst_126 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_127 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %450 = call @_where_3(%449, %cst_126, %cst_127) : (tensor<64xi1>, tensor<f32>, tensor<f32>) -> tensor<64xf32>
    %451 = stablehlo.convert %450 : tensor<64xf32>
    %452 = stablehlo.add %445, %451 : tensor<64xf32>
    %453 = call @_where(%407, %430, %452) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %454 = call @_where(%399, %442, %453) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %455 = stablehlo.custom_call @cpu_lgamma_ffi(%454) {backend_config = "", mhlo.backend_config = {}, mhlo.frontend_attributes = {num_batch_dims = "1"}, operand_layouts = [dense<0> : tensor<1xindex>], result_layouts = [dense<0> : tensor<1xindex>], sdy.sharding_rule = #sdy.op_sharding_rule<([i])->([i]) {i=64}, custom>} : (tensor<64xf32>) -> tensor<64xf32>
    %cst_128 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %456 = stablehlo.broadcast_in_dim %cst_128, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %457 = stablehlo.compare LT, %382, %456, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %458 = stablehlo.not %367 : tensor<64xi1>
    %459 = stablehlo.and %457, %458 : tensor<64xi1>
    %cst_129 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %460 = stablehlo.broadcast_in_dim %cst_129, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %461 = stablehlo.compare LT, %382, %460, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %462 = stablehlo.not %367 : tensor<64xi1>
    %463 = stablehlo.and %461, %462 : tensor<64xi1>
    %cst_130 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %464 = call @_where_0(%463, %434, %cst_130) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %465 = stablehlo.log %464 : tensor<64xf32>
    %466 = stablehlo.log %464 {result_accuracy = #stablehlo.result_accuracy<mode = #stablehlo.result_accuracy_mode<HIGHEST>>} : tensor<64xf32>
    %cst_131 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %467 = call @_where_0(%459, %466, %cst_131) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_132 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %468 = stablehlo.broadcast_in_dim %cst_132, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %469 = stablehlo.subtract %430, %468 : tensor<64xf32>
    %cst_133 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %470 = call @_where_0(%407, %469, %cst_133) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %471 = call @_where(%399, %425, %470) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %472 = stablehlo.not %367 : tensor<64xi1>
    %473 = stablehlo.and %407, %472 : tensor<64xi1>
    %cst_134 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %474 = stablehlo.broadcast_in_dim %cst_134, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %475 = stablehlo.compare LT, %382, %474, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %476 = stablehlo.not %367 : tensor<64xi1>
    %477 = stablehlo.and %475, %476 : tensor<64xi1>
    %cst_135 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %478 = call @_where_0(%477, %424, %cst_135) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_136 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %479 = stablehlo.broadcast_in_dim %cst_136, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %480 = stablehlo.compare LT, %382, %479, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %481 = stablehlo.not %367 : tensor<64xi1>
    %482 = stablehlo.and %480, %481 : tensor<64xi1>
    %483 = stablehlo.abs %420 : tensor<64xf32>
    %cst_137 = stablehlo.constant dense<2.500000e-04> : tensor<f32>
    %484 = stablehlo.broadcast_in_dim %cst_137, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %485 = stablehlo.compare LT, %483, %484, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %486 = stablehlo.and %482, %485 : tensor<64xi1>
    %487 = stablehlo.abs %423 : tensor<64xf32>
    %cst_138 = stablehlo.constant dense<2.500000e-04> : tensor<f32>
    %488 = stablehlo.broadcast_in_dim %cst_138, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %489 = stablehlo.compare LT, %487, %488, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %490 = stablehlo.and %486, %489 : tensor<64xi1>
    %cst_139 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %491 = call @_where_0(%490, %420, %cst_139) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_140 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %492 = call @_where_0(%490, %423, %cst_140) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %493 = stablehlo.multiply %491, %492 : tensor<64xf32>
    %cst_141 = stablehlo.constant dense<1.20205688> : tensor<f32>
    %494 = stablehlo.broadcast_in_dim %cst_141, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %495 = stablehlo.multiply %478, %494 : tensor<64xf32>
    %496 = stablehlo.multiply %493, %495 : tensor<64xf32>
    %cst_142 = stablehlo.constant dense<1.64493406> : tensor<f32>
    %497 = stablehlo.broadcast_in_dim %cst_142, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %498 = stablehlo.multiply %493, %497 : tensor<64xf32>
    %499 = stablehlo.subtract %496, %498 : tensor<64xf32>
    %500 = stablehlo.add %437, %440 : tensor<64xf32>
    %501 = stablehlo.subtract %500, %455 : tensor<64xf32>
    %502 = call @_where(%490, %499, %501) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_143 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %503 = stablehlo.broadcast_in_dim %cst_143, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %504 = stablehlo.compare GE, %382, %503, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %505 = stablehlo.and %367, %504 : tensor<64xi1>
    %cst_144 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %506 = stablehlo.broadcast_in_dim %cst_144, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %507 = stablehlo.compare LT, %380, %506, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %508 = stablehlo.and %505, %507 : tensor<64xi1>
    %cst_145 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %509 = stablehlo.broadcast_in_dim %cst_145, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %510 = stablehlo.compare GE, %382, %509, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_146 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %511 = call @_where_0(%510, %382, %cst_146) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_147 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %512 = stablehlo.broadcast_in_dim %cst_147, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %513 = stablehlo.compare GE, %382, %512, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_148 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %514 = call @_where_0(%513, %380, %cst_148) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %515 = call @_where(%508, %417, %514) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_149 = stablehlo.constant dense<1.17549435E-38> : tensor<f32>
    %516 = stablehlo.broadcast_in_dim %cst_149, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %517 = stablehlo.compare GE, %511, %516, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_150 = stablehlo.constant dense<1.17549435E-38> : tensor<f32>
    %518 = call @_where_1(%517, %511, %cst_150) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %519 = stablehlo.bitcast_convert %518 : (tensor<64xf32>) -> tensor<64xi32>
    %520 = stablehlo.not %519 : tensor<64xi32>
    %c_151 = stablehlo.constant dense<2139095040> : tensor<i32>
    %521 = stablehlo.broadcast_in_dim %c_151, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %522 = stablehlo.and %520, %521 : tensor<64xi32>
    %523 = stablehlo.bitcast_convert %522 : (tensor<64xi32>) -> tensor<64xf32>
    %524 = stablehlo.abs %515 : tensor<64xf32>
    %cst_152 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %525 = stablehlo.broadcast_in_dim %cst_152, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %526 = stablehlo.compare GE, %524, %525, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_153 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %527 = call @_where_1(%526, %523, %cst_153) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %528 = stablehlo.multiply %515, %527 : tensor<64xf32>
    %529 = stablehlo.multiply %511, %527 : tensor<64xf32>
    %530 = stablehlo.divide %528, %529 : tensor<64xf32>
    %cst_154 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %531 = stablehlo.broadcast_in_dim %cst_154, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %532 = stablehlo.compare LT, %380, %531, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_155 = stablehlo.constant dense<6.250000e-02> : tensor<f32>
    %533 = stablehlo.broadcast_in_dim %cst_155, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %534 = stablehlo.compare LT, %530, %533, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %535 = stablehlo.or %532, %534 : tensor<64xi1>
    %cst_156 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %536 = call @_where_0(%535, %515, %cst_156) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_157 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %537 = call @_where_0(%535, %511, %cst_157) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_158 = stablehlo.constant dense<6.250000e-02> : tensor<f32>
    %538 = call @_where_0(%535, %530, %cst_158) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %539 = stablehlo.abs %538 : tensor<64xf32>
    %cst_159 = stablehlo.constant dense<6.250000e-02> : tensor<f32>
    %540 = stablehlo.broadcast_in_dim %cst_159, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %541 = stablehlo.compare LE, %539, %540, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_160 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %542 = call @_where_0(%541, %538, %cst_160) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_161 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %cst_162 = stablehlo.constant dense<-0.166666672> : tensor<f32>
    %cst_163 = stablehlo.constant dense<0.0833333358> : tensor<f32>
    %cst_164 = stablehlo.constant dense<-5.000000e-02> : tensor<f32>
    %cst_165 = stablehlo.constant dense<0.0333333351> : tensor<f32>
    %cst_166 = stablehlo.constant dense<-0.0238095243> : tensor<f32>
    %543 = stablehlo.broadcast_in_dim %cst_166, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %544 = stablehlo.broadcast_in_dim %cst_165, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %545 = stablehlo.fma %543, %542, %544 : tensor<64xf32>
    %546 = stablehlo.broadcast_in_dim %cst_164, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %547 = stablehlo.fma %545, %542, %546 : tensor<64xf32>
    %548 = stablehlo.broadcast_in_dim %cst_163, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %549 = stablehlo.fma %547, %542, %548 : tensor<64xf32>
    %550 = stablehlo.broadcast_in_dim %cst_162, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %551 = stablehlo.fma %549, %542, %550 : tensor<64xf32>
    %552 = stablehlo.broadcast_in_dim %cst_161, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %553 = stablehlo.fma %551, %542, %552 : tensor<64xf32>
    %554 = stablehlo.log_plus_one %538 : tensor<64xf32>
    %555 = stablehlo.log_plus_one %538 {result_accuracy = #stablehlo.result_accuracy<mode = #stablehlo.result_accuracy_mode<HIGHEST>>} : tensor<64xf32>
    %cst_167 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %556 = stablehlo.broadcast_in_dim %cst_167, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %557 = stablehlo.multiply %556, %555 : tensor<64xf32>
    %558 = stablehlo.multiply %542, %553 : tensor<64xf32>
    %559 = stablehlo.multiply %536, %558 : tensor<64xf32>
    %560 = stablehlo.subtract %557, %559 : tensor<64xf32>
    %cst_168 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %561 = call @_where_2(%541, %cst_168, %536) : (tensor<64xi1>, tensor<f32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_169 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %562 = call @_where_2(%541, %cst_169, %537) : (tensor<64xi1>, tensor<f32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_170 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %563 = call @_where_2(%541, %cst_170, %555) : (tensor<64xi1>, tensor<f32>, tensor<64xf32>) -> tensor<64xf32>
    %564 = stablehlo.multiply %561, %563 : tensor<64xf32>
    %565 = stablehlo.subtract %561, %564 : tensor<64xf32>
    %cst_171 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %566 = stablehlo.broadcast_in_dim %cst_171, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %567 = stablehlo.subtract %562, %566 : tensor<64xf32>
    %568 = stablehlo.multiply %567, %563 : tensor<64xf32>
    %569 = stablehlo.subtract %565, %568 : tensor<64xf32>
    %570 = call @_where(%541, %560, %569) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_172 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %571 = stablehlo.broadcast_in_dim %cst_172, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %572 = stablehlo.compare GE, %380, %571, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_173 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %573 = call @_where_0(%572, %377, %cst_173) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_174 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %574 = stablehlo.broadcast_in_dim %cst_174, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %575 = stablehlo.compare GE, %380, %574, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_175 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %576 = call @_where_0(%575, %378, %cst_175) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_176 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %577 = stablehlo.broadcast_in_dim %cst_176, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %578 = stablehlo.compare GE, %380, %577, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_177 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %579 = call @_where_0(%578, %380, %cst_177) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %580 = stablehlo.multiply %573, %523 : tensor<64xf32>
    %581 = stablehlo.multiply %576, %523 : tensor<64xf32>
    %582 = stablehlo.multiply %579, %523 : tensor<64xf32>
    %583 = stablehlo.multiply %511, %523 : tensor<64xf32>
    %584 = stablehlo.divide %582, %583 : tensor<64xf32>
    %cst_178 = stablehlo.constant dense<6.250000e-02> : tensor<f32>
    %585 = stablehlo.broadcast_in_dim %cst_178, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %586 = stablehlo.compare GE, %584, %585, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_179 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %587 = call @_where_0(%586, %573, %cst_179) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_180 = stablehlo.constant dense<6.250000e-02> : tensor<f32>
    %588 = stablehlo.broadcast_in_dim %cst_180, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %589 = stablehlo.compare GE, %584, %588, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_181 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %590 = call @_where_0(%589, %576, %cst_181) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_182 = stablehlo.constant dense<6.250000e-02> : tensor<f32>
    %591 = stablehlo.broadcast_in_dim %cst_182, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %592 = stablehlo.compare GE, %584, %591, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_183 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %593 = call @_where_0(%592, %580, %cst_183) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_184 = stablehlo.constant dense<6.250000e-02> : tensor<f32>
    %594 = stablehlo.broadcast_in_dim %cst_184, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %595 = stablehlo.compare GE, %584, %594, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_185 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %596 = call @_where_0(%595, %581, %cst_185) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_186 = stablehlo.constant dense<6.250000e-02> : tensor<f32>
    %597 = stablehlo.broadcast_in_dim %cst_186, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %598 = stablehlo.compare LT, %584, %597, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_187 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %599 = call @_where_0(%598, %579, %cst_187) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_188 = stablehlo.constant dense<6.250000e-02> : tensor<f32>
    %600 = stablehlo.broadcast_in_dim %cst_188, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %601 = stablehlo.compare LT, %584, %600, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_189 = stablehlo.constant dense<6.250000e-02> : tensor<f32>
    %602 = call @_where_0(%601, %584, %cst_189) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_190 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %603 = stablehlo.broadcast_in_dim %cst_190, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %604 = stablehlo.compare GE, %382, %603, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_191 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %605 = stablehlo.broadcast_in_dim %cst_191, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %606 = stablehlo.compare LT, %380, %605, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %607 = stablehlo.and %604, %606 : tensor<64xi1>
    %cst_192 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %608 = stablehlo.broadcast_in_dim %cst_192, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %609 = stablehlo.compare LT, %382, %608, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %610 = stablehlo.or %609, %508 : tensor<64xi1>
    %cst_193 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %611 = stablehlo.broadcast_in_dim %cst_193, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %612 = stablehlo.compare GE, %380, %611, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_194 = stablehlo.constant dense<6.250000e-02> : tensor<f32>
    %613 = stablehlo.broadcast_in_dim %cst_194, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %614 = stablehlo.compare LT, %584, %613, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %615 = call @_where(%614, %511, %587) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_195 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %616 = stablehlo.broadcast_in_dim %cst_195, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %617 = stablehlo.compare LT, %385, %616, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %618 = stablehlo.and %610, %617 : tensor<64xi1>
    %cst_196 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %619 = call @_where_0(%618, %385, %cst_196) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %620 = call @_where(%612, %615, %619) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %621 = stablehlo.log %620 : tensor<64xf32>
    %622 = stablehlo.log %620 {result_accuracy = #stablehlo.result_accuracy<mode = #stablehlo.result_accuracy_mode<HIGHEST>>} : tensor<64xf32>
    %cst_197 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %623 = stablehlo.broadcast_in_dim %cst_197, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %624 = stablehlo.compare LT, %388, %623, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %625 = stablehlo.and %610, %624 : tensor<64xi1>
    %626 = stablehlo.not %291 : tensor<64xi1>
    %627 = stablehlo.and %625, %626 : tensor<64xi1>
    %cst_198 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %628 = stablehlo.broadcast_in_dim %cst_198, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %629 = stablehlo.compare GE, %380, %628, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_199 = stablehlo.constant dense<6.250000e-02> : tensor<f32>
    %630 = stablehlo.broadcast_in_dim %cst_199, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %631 = stablehlo.compare LT, %584, %630, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %632 = call @_where(%631, %602, %590) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_200 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %633 = call @_where_0(%627, %388, %cst_200) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %634 = call @_where(%629, %632, %633) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %635 = stablehlo.log %634 : tensor<64xf32>
    %636 = stablehlo.log %634 {result_accuracy = #stablehlo.result_accuracy<mode = #stablehlo.result_accuracy_mode<HIGHEST>>} : tensor<64xf32>
    %cst_201 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %637 = stablehlo.broadcast_in_dim %cst_201, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %638 = stablehlo.compare LT, %385, %637, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_202 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %639 = call @_where_0(%638, %622, %cst_202) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_203 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %640 = call @_where_0(%627, %636, %cst_203) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_204 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %641 = stablehlo.broadcast_in_dim %cst_204, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %642 = stablehlo.compare LT, %380, %641, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %643 = stablehlo.and %607, %642 : tensor<64xi1>
    %644 = stablehlo.not %508 : tensor<64xi1>
    %645 = stablehlo.and %643, %644 : tensor<64xi1>
    %646 = stablehlo.not %291 : tensor<64xi1>
    %647 = stablehlo.and %645, %646 : tensor<64xi1>
    %cst_205 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %648 = call @_where_0(%645, %380, %cst_205) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_206 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %649 = call @_where_0(%607, %511, %cst_206) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_207 = stablehlo.constant dense<6.250000e-02> : tensor<f32>
    %650 = stablehlo.broadcast_in_dim %cst_207, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %651 = stablehlo.compare LT, %648, %650, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_208 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %652 = call @_where_0(%651, %648, %cst_208) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_209 = stablehlo.constant dense<-0.577215672> : tensor<f32>
    %cst_210 = stablehlo.constant dense<8.224670e-01> : tensor<f32>
    %cst_211 = stablehlo.constant dense<-0.400685638> : tensor<f32>
    %cst_212 = stablehlo.constant dense<0.270580798> : tensor<f32>
    %cst_213 = stablehlo.constant dense<-0.207385555> : tensor<f32>
    %cst_214 = stablehlo.constant dense<0.169557184> : tensor<f32>
    %653 = stablehlo.broadcast_in_dim %cst_214, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %654 = stablehlo.broadcast_in_dim %cst_213, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %655 = stablehlo.fma %653, %652, %654 : tensor<64xf32>
    %656 = stablehlo.broadcast_in_dim %cst_212, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %657 = stablehlo.fma %655, %652, %656 : tensor<64xf32>
    %658 = stablehlo.broadcast_in_dim %cst_211, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %659 = stablehlo.fma %657, %652, %658 : tensor<64xf32>
    %660 = stablehlo.broadcast_in_dim %cst_210, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %661 = stablehlo.fma %659, %652, %660 : tensor<64xf32>
    %662 = stablehlo.broadcast_in_dim %cst_209, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %663 = stablehlo.fma %661, %652, %662 : tensor<64xf32>
    %664 = stablehlo.multiply %652, %663 : tensor<64xf32>
    %665 = stablehlo.compare LE, %377, %378, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %666 = call @_where(%665, %437, %440) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_215 = stablehlo.constant dense<6.250000e-02> : tensor<f32>
    %667 = stablehlo.broadcast_in_dim %cst_215, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %668 = stablehlo.compare LT, %648, %667, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %669 = stablehlo.and %645, %668 : tensor<64xi1>
    %cst_216 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %670 = stablehlo.broadcast_in_dim %cst_216, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %671 = stablehlo.compare LT, %380, %670, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %672 = stablehlo.and %508, %671 : tensor<64xi1>
    %673 = stablehlo.compare LE, %377, %378, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %674 = call @_where(%673, %639, %640) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %675 = stablehlo.subtract %666, %674 : tensor<64xf32>
    %676 = call @_where(%672, %675, %666) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %677 = call @_where(%669, %664, %676) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_217 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %678 = stablehlo.broadcast_in_dim %cst_217, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %679 = stablehlo.compare LT, %380, %678, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_218 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %680 = call @_where_0(%679, %515, %cst_218) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_219 = stablehlo.constant dense<8.67361737E-19> : tensor<f32>
    %681 = stablehlo.broadcast_in_dim %cst_219, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %682 = stablehlo.compare LT, %648, %681, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_220 = stablehlo.constant dense<1.1529215E+18> : tensor<f32>
    %683 = stablehlo.broadcast_in_dim %cst_220, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %684 = stablehlo.compare GE, %648, %683, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_221 = stablehlo.constant dense<5.42101086E-20> : tensor<f32>
    %cst_222 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %685 = call @_where_4(%684, %cst_221, %cst_222) : (tensor<64xi1>, tensor<f32>, tensor<f32>) -> tensor<64xf32>
    %cst_223 = stablehlo.constant dense<1.84467441E+19> : tensor<f32>
    %686 = call @_where_5(%682, %cst_223, %685) : (tensor<64xi1>, tensor<f32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_224 = stablehlo.constant dense<6.400000e+01> : tensor<f32>
    %cst_225 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %687 = call @_where_4(%684, %cst_224, %cst_225) : (tensor<64xi1>, tensor<f32>, tensor<f32>) -> tensor<64xf32>
    %cst_226 = stablehlo.constant dense<-6.400000e+01> : tensor<f32>
    %688 = call @_where_5(%682, %cst_226, %687) : (tensor<64xi1>, tensor<f32>, tensor<64xf32>) -> tensor<64xf32>
    %689 = stablehlo.multiply %648, %686 : tensor<64xf32>
    %690 = stablehlo.bitcast_convert %689 : (tensor<64xf32>) -> tensor<64xi32>
    %c_227 = stablehlo.constant dense<4194304> : tensor<i32>
    %691 = stablehlo.broadcast_in_dim %c_227, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %692 = stablehlo.add %690, %691 : tensor<64xi32>
    %c_228 = stablehlo.constant dense<23> : tensor<i32>
    %693 = stablehlo.broadcast_in_dim %c_228, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %694 = stablehlo.shift_right_arithmetic %692, %693 : tensor<64xi32>
    %c_229 = stablehlo.constant dense<127> : tensor<i32>
    %695 = stablehlo.broadcast_in_dim %c_229, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %696 = stablehlo.subtract %694, %695 : tensor<64xi32>
    %697 = stablehlo.convert %696 : (tensor<64xi32>) -> tensor<64xf32>
    %698 = stablehlo.add %697, %688 : tensor<64xf32>
    %699 = stablehlo.not %692 : tensor<64xi32>
    %c_230 = stablehlo.constant dense<2139095040> : tensor<i32>
    %700 = stablehlo.broadcast_in_dim %c_230, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %701 = stablehlo.and %699, %700 : tensor<64xi32>
    %702 = stablehlo.bitcast_convert %701 : (tensor<64xi32>) -> tensor<64xf32>
    %cst_231 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %703 = stablehlo.broadcast_in_dim %cst_231, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %704 = stablehlo.multiply %703, %702 : tensor<64xf32>
    %705 = stablehlo.multiply %689, %704 : tensor<64xf32>
    %706 = stablehlo.subtract %689, %689 : tensor<64xf32>
    %cst_232 = stablehlo.constant dense<4.61168602E+18> : tensor<f32>
    %707 = stablehlo.broadcast_in_dim %cst_232, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %708 = stablehlo.minimum %704, %707 : tensor<64xf32>
    %709 = stablehlo.multiply %706, %708 : tensor<64xf32>
    %710 = stablehlo.add %705, %709 : tensor<64xf32>
    %cst_233 = stablehlo.constant dense<8.67361737E-19> : tensor<f32>
    %711 = stablehlo.broadcast_in_dim %cst_233, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %712 = stablehlo.compare LT, %649, %711, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_234 = stablehlo.constant dense<1.1529215E+18> : tensor<f32>
    %713 = stablehlo.broadcast_in_dim %cst_234, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %714 = stablehlo.compare GE, %649, %713, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_235 = stablehlo.constant dense<5.42101086E-20> : tensor<f32>
    %cst_236 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %715 = call @_where_4(%714, %cst_235, %cst_236) : (tensor<64xi1>, tensor<f32>, tensor<f32>) -> tensor<64xf32>
    %cst_237 = stablehlo.constant dense<1.84467441E+19> : tensor<f32>
    %716 = call @_where_5(%712, %cst_237, %715) : (tensor<64xi1>, tensor<f32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_238 = stablehlo.constant dense<6.400000e+01> : tensor<f32>
    %cst_239 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %717 = call @_where_4(%714, %cst_238, %cst_239) : (tensor<64xi1>, tensor<f32>, tensor<f32>) -> tensor<64xf32>
    %cst_240 = stablehlo.constant dense<-6.400000e+01> : tensor<f32>
    %718 = call @_where_5(%712, %cst_240, %717) : (tensor<64xi1>, tensor<f32>, tensor<64xf32>) -> tensor<64xf32>
    %719 = stablehlo.multiply %649, %716 : tensor<64xf32>
    %720 = stablehlo.bitcast_convert %719 : (tensor<64xf32>) -> tensor<64xi32>
    %c_241 = stablehlo.constant dense<4194304> : tensor<i32>
    %721 = stablehlo.broadcast_in_dim %c_241, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %722 = stablehlo.add %720, %721 : tensor<64xi32>
    %c_242 = stablehlo.constant dense<23> : tensor<i32>
    %723 = stablehlo.broadcast_in_dim %c_242, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %724 = stablehlo.shift_right_arithmetic %722, %723 : tensor<64xi32>
    %c_243 = stablehlo.constant dense<127> : tensor<i32>
    %725 = stablehlo.broadcast_in_dim %c_243, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %726 = stablehlo.subtract %724, %725 : tensor<64xi32>
    %727 = stablehlo.convert %726 : (tensor<64xi32>) -> tensor<64xf32>
    %728 = stablehlo.add %727, %718 : tensor<64xf32>
    %729 = stablehlo.not %722 : tensor<64xi32>
    %c_244 = stablehlo.constant dense<2139095040> : tensor<i32>
    %730 = stablehlo.broadcast_in_dim %c_244, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %731 = stablehlo.and %729, %730 : tensor<64xi32>
    %732 = stablehlo.bitcast_convert %731 : (tensor<64xi32>) -> tensor<64xf32>
    %cst_245 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %733 = stablehlo.broadcast_in_dim %cst_245, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %734 = stablehlo.multiply %733, %732 : tensor<64xf32>
    %735 = stablehlo.multiply %719, %734 : tensor<64xf32>
    %736 = stablehlo.subtract %719, %719 : tensor<64xf32>
    %cst_246 = stablehlo.constant dense<4.61168602E+18> : tensor<f32>
    %737 = stablehlo.broadcast_in_dim %cst_246, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %738 = stablehlo.minimum %734, %737 : tensor<64xf32>
    %739 = stablehlo.multiply %736, %738 : tensor<64xf32>
    %740 = stablehlo.add %735, %739 : tensor<64xf32>
    %741 = stablehlo.bitcast_convert %680 : (tensor<64xf32>) -> tensor<64xi32>
    %c_247 = stablehlo.constant dense<-4096> : tensor<i32>
    %742 = stablehlo.broadcast_in_dim %c_247, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %743 = stablehlo.and %741, %742 : tensor<64xi32>
    %744 = stablehlo.bitcast_convert %743 : (tensor<64xi32>) -> tensor<64xf32>
    %745 = stablehlo.subtract %680, %744 : tensor<64xf32>
    %cst_248 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %746 = call @_where_0(%647, %698, %cst_248) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %747 = stablehlo.multiply %744, %728 : tensor<64xf32>
    %748 = stablehlo.add %746, %747 : tensor<64xf32>
    %749 = stablehlo.multiply %745, %728 : tensor<64xf32>
    %cst_249 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %750 = stablehlo.broadcast_in_dim %cst_249, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %751 = stablehlo.compare LT, %382, %750, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_250 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %752 = call @_where_0(%473, %471, %cst_250) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_251 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %753 = stablehlo.broadcast_in_dim %cst_251, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %754 = stablehlo.compare LT, %380, %753, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_252 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %755 = stablehlo.broadcast_in_dim %cst_252, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %756 = stablehlo.subtract %710, %755 : tensor<64xf32>
    %cst_253 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %757 = call @_where_0(%647, %756, %cst_253) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %758 = stablehlo.divide %596, %593 : tensor<64xf32>
    %759 = call @_where(%754, %757, %758) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %760 = call @_where(%751, %752, %759) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %761 = stablehlo.log_plus_one %760 : tensor<64xf32>
    %762 = stablehlo.log_plus_one %760 {result_accuracy = #stablehlo.result_accuracy<mode = #stablehlo.result_accuracy_mode<HIGHEST>>} : tensor<64xf32>
    %cst_254 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %763 = stablehlo.broadcast_in_dim %cst_254, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %764 = stablehlo.compare LT, %382, %763, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_255 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %765 = stablehlo.broadcast_in_dim %cst_255, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %766 = stablehlo.compare LT, %380, %765, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_256 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %767 = stablehlo.broadcast_in_dim %cst_256, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %768 = stablehlo.subtract %740, %767 : tensor<64xf32>
    %769 = stablehlo.divide %593, %596 : tensor<64xf32>
    %770 = call @_where(%766, %768, %769) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_257 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %771 = call @_where_2(%764, %cst_257, %770) : (tensor<64xi1>, tensor<f32>, tensor<64xf32>) -> tensor<64xf32>
    %772 = stablehlo.log_plus_one %771 : tensor<64xf32>
    %773 = stablehlo.log_plus_one %771 {result_accuracy = #stablehlo.result_accuracy<mode = #stablehlo.result_accuracy_mode<HIGHEST>>} : tensor<64xf32>
    %cst_258 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %774 = call @_where_0(%473, %762, %cst_258) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_259 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %775 = call @_where_0(%647, %762, %cst_259) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %776 = stablehlo.add %467, %502 : tensor<64xf32>
    %777 = stablehlo.add %639, %640 : tensor<64xf32>
    %778 = stablehlo.add %777, %774 : tensor<64xf32>
    %779 = stablehlo.subtract %776, %778 : tensor<64xf32>
    %cst_260 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %780 = stablehlo.broadcast_in_dim %cst_260, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %781 = stablehlo.compare LT, %380, %780, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %782 = call @_where(%781, %649, %573) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_261 = stablehlo.constant dense<1.1529215E+18> : tensor<f32>
    %783 = stablehlo.broadcast_in_dim %cst_261, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %784 = stablehlo.compare LT, %782, %783, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_262 = stablehlo.constant dense<1.1529215E+18> : tensor<f32>
    %785 = call @_where_1(%784, %782, %cst_262) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_263 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %786 = stablehlo.broadcast_in_dim %cst_263, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %787 = stablehlo.divide %786, %785 : tensor<64xf32>
    %788 = chlo.square %787 : tensor<64xf32> -> tensor<64xf32>
    %cst_264 = stablehlo.constant dense<0.0833333358> : tensor<f32>
    %cst_265 = stablehlo.constant dense<-0.00277777785> : tensor<f32>
    %cst_266 = stablehlo.constant dense<7.93650805E-4> : tensor<f32>
    %789 = stablehlo.broadcast_in_dim %cst_266, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %790 = stablehlo.broadcast_in_dim %cst_265, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %791 = stablehlo.fma %789, %788, %790 : tensor<64xf32>
    %792 = stablehlo.broadcast_in_dim %cst_264, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %793 = stablehlo.fma %791, %788, %792 : tensor<64xf32>
    %794 = stablehlo.multiply %787, %793 : tensor<64xf32>
    %cst_267 = stablehlo.constant dense<1.1529215E+18> : tensor<f32>
    %795 = stablehlo.broadcast_in_dim %cst_267, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %796 = stablehlo.compare LT, %782, %795, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_268 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %797 = call @_where_0(%796, %794, %cst_268) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_269 = stablehlo.constant dense<1.1529215E+18> : tensor<f32>
    %798 = stablehlo.broadcast_in_dim %cst_269, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %799 = stablehlo.compare LT, %576, %798, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_270 = stablehlo.constant dense<1.1529215E+18> : tensor<f32>
    %800 = call @_where_1(%799, %576, %cst_270) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_271 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %801 = stablehlo.broadcast_in_dim %cst_271, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %802 = stablehlo.divide %801, %800 : tensor<64xf32>
    %803 = chlo.square %802 : tensor<64xf32> -> tensor<64xf32>
    %cst_272 = stablehlo.constant dense<0.0833333358> : tensor<f32>
    %cst_273 = stablehlo.constant dense<-0.00277777785> : tensor<f32>
    %cst_274 = stablehlo.constant dense<7.93650805E-4> : tensor<f32>
    %804 = stablehlo.broadcast_in_dim %cst_274, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %805 = stablehlo.broadcast_in_dim %cst_273, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %806 = stablehlo.fma %804, %803, %805 : tensor<64xf32>
    %807 = stablehlo.broadcast_in_dim %cst_272, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %808 = stablehlo.fma %806, %803, %807 : tensor<64xf32>
    %809 = stablehlo.multiply %802, %808 : tensor<64xf32>
    %cst_275 = stablehlo.constant dense<1.1529215E+18> : tensor<f32>
    %810 = stablehlo.broadcast_in_dim %cst_275, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %811 = stablehlo.compare LT, %576, %810, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_276 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %812 = call @_where_0(%811, %809, %cst_276) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_277 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %813 = stablehlo.broadcast_in_dim %cst_277, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %814 = stablehlo.compare LT, %380, %813, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %815 = stablehlo.add %680, %649 : tensor<64xf32>
    %816 = stablehlo.add %573, %576 : tensor<64xf32>
    %817 = call @_where(%814, %815, %816) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_278 = stablehlo.constant dense<1.1529215E+18> : tensor<f32>
    %818 = stablehlo.broadcast_in_dim %cst_278, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %819 = stablehlo.compare LT, %817, %818, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_279 = stablehlo.constant dense<1.1529215E+18> : tensor<f32>
    %820 = call @_where_1(%819, %817, %cst_279) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %cst_280 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %821 = stablehlo.broadcast_in_dim %cst_280, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %822 = stablehlo.divide %821, %820 : tensor<64xf32>
    %823 = chlo.square %822 : tensor<64xf32> -> tensor<64xf32>
    %cst_281 = stablehlo.constant dense<0.0833333358> : tensor<f32>
    %cst_282 = stablehlo.constant dense<-0.00277777785> : tensor<f32>
    %cst_283 = stablehlo.constant dense<7.93650805E-4> : tensor<f32>
    %824 = stablehlo.broadcast_in_dim %cst_283, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %825 = stablehlo.broadcast_in_dim %cst_282, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %826 = stablehlo.fma %824, %823, %825 : tensor<64xf32>
    %827 = stablehlo.broadcast_in_dim %cst_281, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %828 = stablehlo.fma %826, %823, %827 : tensor<64xf32>
    %829 = stablehlo.multiply %822, %828 : tensor<64xf32>
    %cst_284 = stablehlo.constant dense<1.1529215E+18> : tensor<f32>
    %830 = stablehlo.broadcast_in_dim %cst_284, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %831 = stablehlo.compare LT, %817, %830, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_285 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %832 = call @_where_0(%831, %829, %cst_285) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %833 = stablehlo.subtract %797, %832 : tensor<64xf32>
    %834 = stablehlo.add %797, %812 : tensor<64xf32>
    %835 = stablehlo.subtract %834, %832 : tensor<64xf32>
    %836 = stablehlo.negate %748 : tensor<64xf32>
    %cst_286 = stablehlo.constant dense<0.693145751> : tensor<f32>
    %837 = stablehlo.broadcast_in_dim %cst_286, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %838 = stablehlo.multiply %836, %837 : tensor<64xf32>
    %839 = stablehlo.subtract %838, %775 : tensor<64xf32>
    %840 = stablehlo.multiply %680, %773 : tensor<64xf32>
    %841 = stablehlo.subtract %677, %840 : tensor<64xf32>
    %cst_287 = stablehlo.constant dense<0.693145751> : tensor<f32>
    %842 = stablehlo.broadcast_in_dim %cst_287, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %843 = stablehlo.multiply %749, %842 : tensor<64xf32>
    %844 = stablehlo.add %748, %749 : tensor<64xf32>
    %cst_288 = stablehlo.constant dense<1.42860677E-6> : tensor<f32>
    %845 = stablehlo.broadcast_in_dim %cst_288, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %846 = stablehlo.multiply %844, %845 : tensor<64xf32>
    %847 = stablehlo.add %843, %846 : tensor<64xf32>
    %848 = stablehlo.subtract %841, %847 : tensor<64xf32>
    %849 = stablehlo.add %848, %570 : tensor<64xf32>
    %850 = stablehlo.add %849, %833 : tensor<64xf32>
    %851 = stablehlo.add %839, %850 : tensor<64xf32>
    %852 = stablehlo.add %622, %636 : tensor<64xf32>
    %cst_289 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %853 = stablehlo.broadcast_in_dim %cst_289, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %854 = stablehlo.multiply %853, %852 : tensor<64xf32>
    %cst_290 = stablehlo.constant dense<0.918938517> : tensor<f32>
    %855 = stablehlo.broadcast_in_dim %cst_290, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %856 = stablehlo.subtract %855, %854 : tensor<64xf32>
    %cst_291 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %857 = stablehlo.broadcast_in_dim %cst_291, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %858 = stablehlo.subtract %587, %857 : tensor<64xf32>
    %859 = stablehlo.multiply %858, %762 : tensor<64xf32>
    %cst_292 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %860 = stablehlo.broadcast_in_dim %cst_292, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %861 = stablehlo.subtract %590, %860 : tensor<64xf32>
    %862 = stablehlo.multiply %861, %773 : tensor<64xf32>
    %863 = stablehlo.add %859, %862 : tensor<64xf32>
    %864 = stablehlo.subtract %856, %863 : tensor<64xf32>
    %865 = stablehlo.add %864, %835 : tensor<64xf32>
    %cst_293 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %866 = stablehlo.broadcast_in_dim %cst_293, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %867 = stablehlo.multiply %866, %622 : tensor<64xf32>
    %cst_294 = stablehlo.constant dense<0.918938517> : tensor<f32>
    %868 = stablehlo.broadcast_in_dim %cst_294, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %869 = stablehlo.subtract %868, %867 : tensor<64xf32>
    %cst_295 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %870 = stablehlo.broadcast_in_dim %cst_295, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %871 = stablehlo.subtract %599, %870 : tensor<64xf32>
    %872 = stablehlo.multiply %871, %636 : tensor<64xf32>
    %873 = stablehlo.add %869, %872 : tensor<64xf32>
    %874 = stablehlo.subtract %873, %599 : tensor<64xf32>
    %875 = stablehlo.add %874, %570 : tensor<64xf32>
    %876 = stablehlo.add %875, %835 : tensor<64xf32>
    %cst_296 = stablehlo.constant dense<6.250000e-02> : tensor<f32>
    %877 = stablehlo.broadcast_in_dim %cst_296, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %878 = stablehlo.compare LT, %584, %877, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %879 = call @_where(%878, %876, %865) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_297 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %880 = stablehlo.broadcast_in_dim %cst_297, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %881 = stablehlo.compare LT, %380, %880, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %882 = call @_where(%881, %851, %879) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_298 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %883 = stablehlo.broadcast_in_dim %cst_298, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %884 = stablehlo.compare LT, %382, %883, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %885 = call @_where(%884, %779, %882) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %886 = stablehlo.compare LE, %318, %323, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %887 = call @_where(%886, %318, %323) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_299 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %888 = stablehlo.broadcast_in_dim %cst_299, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %889 = stablehlo.compare GE, %887, %888, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %890 = stablehlo.and %367, %889 : tensor<64xi1>
    %cst_300 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %891 = stablehlo.broadcast_in_dim %cst_300, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %892 = stablehlo.compare GT, %12, %891, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_301 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %893 = stablehlo.broadcast_in_dim %cst_301, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %894 = stablehlo.compare LT, %13, %893, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_302 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %895 = call @_where_0(%894, %311, %cst_302) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %896 = call @_where(%892, %12, %895) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_303 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %897 = call @_where_0(%890, %896, %cst_303) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %898 = call @_where(%890, %897, %294) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %899 = stablehlo.log %898 : tensor<64xf32>
    %900 = stablehlo.log %898 {result_accuracy = #stablehlo.result_accuracy<mode = #stablehlo.result_accuracy_mode<HIGHEST>>} : tensor<64xf32>
    %cst_304 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %901 = call @_where_0(%890, %900, %cst_304) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %902 = stablehlo.subtract %214, %152 : tensor<64xf32>
    %cst_305 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %903 = call @_where_0(%262, %214, %cst_305) : (tensor<64xi1>, tensor<64xf32>, tensor<f32>) -> tensor<64xf32>
    %904 = call @_where(%248, %902, %903) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %905 = stablehlo.or %248, %262 : tensor<64xi1>
    %906 = stablehlo.or %905, %272 : tensor<64xi1>
    %907 = stablehlo.subtract %900, %904 : tensor<64xf32>
    %908 = stablehlo.subtract %227, %165 : tensor<64xf32>
    %909 = call @_where(%906, %907, %908) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_306 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %910 = call @_where_2(%137, %cst_306, %909) : (tensor<64xi1>, tensor<f32>, tensor<64xf32>) -> tensor<64xf32>
    %911 = stablehlo.add %885, %910 : tensor<64xf32>
    %912 = stablehlo.negate %885 : tensor<64xf32>
    %913 = stablehlo.subtract %912, %901 : tensor<64xf32>
    %cst_307 = stablehlo.constant dense<1.14472985> : tensor<f32>
    %914 = stablehlo.broadcast_in_dim %cst_307, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %915 = stablehlo.add %913, %914 : tensor<64xf32>
    %916 = stablehlo.subtract %915, %165 : tensor<64xf32>
    %917 = stablehlo.negate %885 : tensor<64xf32>
    %918 = stablehlo.subtract %917, %901 : tensor<64xf32>
    %cst_308 = stablehlo.constant dense<1.14472985> : tensor<f32>
    %919 = stablehlo.broadcast_in_dim %cst_308, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %920 = stablehlo.add %918, %919 : tensor<64xf32>
    %921 = stablehlo.add %920, %227 : tensor<64xf32>
    %922 = stablehlo.add %165, %193 : tensor<64xf32>
    %923 = stablehlo.subtract %921, %922 : tensor<64xf32>
    %cst_309 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %924 = stablehlo.broadcast_in_dim %cst_309, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %925 = stablehlo.compare GT, %12, %924, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_310 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %926 = stablehlo.broadcast_in_dim %cst_310, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %927 = stablehlo.compare LT, %13, %926, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %928 = call @_where(%927, %911, %916) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %929 = call @_where(%925, %928, %923) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_311 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %930 = stablehlo.broadcast_in_dim %cst_311, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %931 = stablehlo.compare EQ, %10, %930, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_312 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %932 = stablehlo.broadcast_in_dim %cst_312, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %933 = stablehlo.compare EQ, %12, %932, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %934 = stablehlo.or %931, %933 : tensor<64xi1>
    %935 = stablehlo.not %137 : tensor<64xi1>
    %936 = stablehlo.and %120, %935 : tensor<64xi1>
    %937 = stablehlo.or %934, %936 : tensor<64xi1>
    %cst_313 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %938 = stablehlo.broadcast_in_dim %cst_313, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %939 = stablehlo.compare LT, %12, %938, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %940 = stablehlo.and %939, %122 : tensor<64xi1>
    %941 = stablehlo.or %937, %940 : tensor<64xi1>
    %942 = stablehlo.not %941 : tensor<64xi1>
    %943 = stablehlo.not %137 : tensor<64xi1>
    %944 = stablehlo.and %942, %943 : tensor<64xi1>
    %cst_314 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %945 = stablehlo.broadcast_in_dim %cst_314, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %946 = stablehlo.compare LE, %13, %945, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %947 = stablehlo.and %944, %946 : tensor<64xi1>
    %948 = stablehlo.and %947, %130 : tensor<64xi1>
    %cst_315 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %949 = call @_where_2(%948, %cst_315, %929) : (tensor<64xi1>, tensor<f32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_316 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %950 = call @_where_2(%941, %cst_316, %949) : (tensor<64xi1>, tensor<f32>, tensor<64xf32>) -> tensor<64xf32>
    %951 = call @_where(%48, %885, %950) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %952 = stablehlo.compare NE, %arg0, %arg0, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %953 = stablehlo.compare NE, %arg1, %arg1, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %954 = stablehlo.or %952, %953 : tensor<64xi1>
    %cst_317 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %955 = stablehlo.broadcast_in_dim %cst_317, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %956 = stablehlo.compare EQ, %1, %955, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_318 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %957 = stablehlo.broadcast_in_dim %cst_318, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %958 = stablehlo.compare EQ, %3, %957, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %959 = stablehlo.and %956, %958 : tensor<64xi1>
    %960 = stablehlo.or %954, %959 : tensor<64xi1>
    %cst_319 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %961 = stablehlo.broadcast_in_dim %cst_319, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %962 = stablehlo.compare EQ, %1, %961, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_320 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %963 = stablehlo.broadcast_in_dim %cst_320, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %964 = stablehlo.compare GT, %1, %963, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_321 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %cst_322 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %965 = call @_where_3(%964, %cst_321, %cst_322) : (tensor<64xi1>, tensor<f32>, tensor<f32>) -> tensor<64xf32>
    %cst_323 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %966 = call @_where_6(%962, %cst_323, %965) : (tensor<64xi1>, tensor<f32>, tensor<64xf32>) -> tensor<64xf32>
    %967 = call @_where_7(%6, %951, %966) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_324 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %968 = call @_where_2(%960, %cst_324, %967) : (tensor<64xi1>, tensor<f32>, tensor<64xf32>) -> tensor<64xf32>
    return %968 : tensor<64xf32>
  }
  func.func private @_where(%arg0: tensor<64xi1>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>) -> tensor<64xf32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<64xi1>, tensor<64xf32>
    return %0 : tensor<64xf32>
  }
  func.func private @_where_0(%arg0: tensor<64xi1>, %arg1: tensor<64xf32>, %arg2: tensor<f32>) -> tensor<64xf32> {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %2 = stablehlo.select %arg0, %arg1, %1 : tensor<64xi1>, tensor<64xf32>
    return %2 : tensor<64xf32>
  }
  func.func private @_where_1(%arg0: tensor<64xi1>, %arg1: tensor<64xf32>, %arg2: tensor<f32>) -> tensor<64xf32> {
    %0 = stablehlo.broadcast_in_dim %arg2, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %1 = stablehlo.select %arg0, %arg1, %0 : tensor<64xi1>, tensor<64xf32>
    return %1 : tensor<64xf32>
  }
  func.func private @_where_2(%arg0: tensor<64xi1>, %arg1: tensor<f32>, %arg2: tensor<64xf32>) -> tensor<64xf32> {
    %0 = stablehlo.convert %arg1 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %2 = stablehlo.select %arg0, %1, %arg2 : tensor<64xi1>, tensor<64xf32>
    return %2 : tensor<64xf32>
  }
  func.func private @sinpi(%arg0: tensor<64xf32>) -> tensor<64xf32> {
    %0 = stablehlo.abs %arg0 : tensor<64xf32>
    %cst = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %2 = stablehlo.compare LT, %0, %1, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_0 = stablehlo.constant dense<0x4B800000> : tensor<f32>
    %3 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %4 = stablehlo.compare LT, %0, %3, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %5 = stablehlo.and %2, %4 : tensor<64xi1>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %7 = stablehlo.select %5, %0, %6 : tensor<64xi1>, tensor<64xf32>
    %cst_2 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %8 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %9 = stablehlo.multiply %8, %7 : tensor<64xf32>
    %10 = stablehlo.round_nearest_even %9 : tensor<64xf32>
    %cst_3 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %11 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %12 = stablehlo.multiply %11, %10 : tensor<64xf32>
    %13 = stablehlo.subtract %7, %12 : tensor<64xf32>
    %cst_4 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %15 = stablehlo.multiply %14, %13 : tensor<64xf32>
    %16 = stablehlo.round_nearest_even %15 : tensor<64xf32>
    %cst_5 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %17 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %18 = stablehlo.multiply %17, %16 : tensor<64xf32>
    %19 = stablehlo.subtract %13, %18 : tensor<64xf32>
    %20 = stablehlo.convert %16 : (tensor<64xf32>) -> tensor<64xi32>
    %c = stablehlo.constant dense<3> : tensor<i32>
    %21 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %22 = stablehlo.and %20, %21 : tensor<64xi32>
    %23 = stablehlo.multiply %19, %19 : tensor<64xf32>
    %cst_6 = stablehlo.constant dense<3.14159274> : tensor<f32>
    %24 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %25 = stablehlo.multiply %24, %19 : tensor<64xf32>
    %cst_7 = stablehlo.constant dense<-8.74227765E-8> : tensor<f32>
    %cst_8 = stablehlo.constant dense<-5.16771269> : tensor<f32>
    %cst_9 = stablehlo.constant dense<2.55015612> : tensor<f32>
    %cst_10 = stablehlo.constant dense<-0.599041939> : tensor<f32>
    %cst_11 = stablehlo.constant dense<0.0797734484> : tensor<f32>
    %26 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %27 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %28 = stablehlo.fma %26, %23, %27 : tensor<64xf32>
    %29 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %30 = stablehlo.fma %28, %23, %29 : tensor<64xf32>
    %31 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %32 = stablehlo.fma %30, %23, %31 : tensor<64xf32>
    %33 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %34 = stablehlo.fma %32, %23, %33 : tensor<64xf32>
    %35 = stablehlo.multiply %19, %34 : tensor<64xf32>
    %36 = stablehlo.add %25, %35 : tensor<64xf32>
    %cst_12 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_13 = stablehlo.constant dense<-4.93480206> : tensor<f32>
    %cst_14 = stablehlo.constant dense<4.05869865> : tensor<f32>
    %cst_15 = stablehlo.constant dense<-1.33483589> : tensor<f32>
    %cst_16 = stablehlo.constant dense<0.229745224> : tensor<f32>
    %37 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %38 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %39 = stablehlo.fma %37, %23, %38 : tensor<64xf32>
    %40 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %41 = stablehlo.fma %39, %23, %40 : tensor<64xf32>
    %42 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %43 = stablehlo.fma %41, %23, %42 : tensor<64xf32>
    %44 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %45 = stablehlo.fma %43, %23, %44 : tensor<64xf32>
    %46 = stablehlo.negate %36 : tensor<64xf32>
    %47 = stablehlo.negate %45 : tensor<64xf32>
    %c_17 = stablehlo.constant dense<2> : tensor<i32>
    %48 = stablehlo.broadcast_in_dim %c_17, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %49 = stablehlo.compare LT, %22, %48, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_18 = stablehlo.constant dense<1> : tensor<i32>
    %50 = stablehlo.broadcast_in_dim %c_18, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %51 = stablehlo.compare LT, %22, %50, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %52 = stablehlo.select %51, %36, %45 : tensor<64xi1>, tensor<64xf32>
    %c_19 = stablehlo.constant dense<3> : tensor<i32>
    %53 = stablehlo.broadcast_in_dim %c_19, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %54 = stablehlo.compare LT, %22, %53, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %55 = stablehlo.select %54, %46, %47 : tensor<64xi1>, tensor<64xf32>
    %56 = stablehlo.select %49, %52, %55 : tensor<64xi1>, tensor<64xf32>
    %cst_20 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %57 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %58 = stablehlo.compare EQ, %56, %57, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_21 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %59 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %60 = stablehlo.select %58, %59, %56 : tensor<64xi1>, tensor<64xf32>
    %61 = stablehlo.bitcast_convert %60 : (tensor<64xf32>) -> tensor<64xui32>
    %62 = stablehlo.bitcast_convert %arg0 : (tensor<64xf32>) -> tensor<64xui32>
    %c_22 = stablehlo.constant dense<2147483648> : tensor<ui32>
    %63 = stablehlo.broadcast_in_dim %c_22, dims = [] : (tensor<ui32>) -> tensor<64xui32>
    %64 = stablehlo.and %62, %63 : tensor<64xui32>
    %65 = stablehlo.xor %61, %64 : tensor<64xui32>
    %66 = stablehlo.bitcast_convert %65 : (tensor<64xui32>) -> tensor<64xf32>
    %cst_23 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %67 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %68 = stablehlo.select %2, %66, %67 : tensor<64xi1>, tensor<64xf32>
    return %68 : tensor<64xf32>
  }
  func.func private @_where_3(%arg0: tensor<64xi1>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<64xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %1 = stablehlo.broadcast_in_dim %arg2, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %2 = stablehlo.select %arg0, %0, %1 : tensor<64xi1>, tensor<64xf32>
    return %2 : tensor<64xf32>
  }
  func.func private @_where_4(%arg0: tensor<64xi1>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<64xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %1 = stablehlo.broadcast_in_dim %arg2, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %2 = stablehlo.select %arg0, %0, %1 : tensor<64xi1>, tensor<64xf32>
    return %2 : tensor<64xf32>
  }
  func.func private @_where_5(%arg0: tensor<64xi1>, %arg1: tensor<f32>, %arg2: tensor<64xf32>) -> tensor<64xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %1 = stablehlo.select %arg0, %0, %arg2 : tensor<64xi1>, tensor<64xf32>
    return %1 : tensor<64xf32>
  }
  func.func private @_where_6(%arg0: tensor<64xi1>, %arg1: tensor<f32>, %arg2: tensor<64xf32>) -> tensor<64xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %1 = stablehlo.select %arg0, %0, %arg2 : tensor<64xi1>, tensor<64xf32>
    return %1 : tensor<64xf32>
  }
  func.func private @_where_7(%arg0: tensor<64xi1>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>) -> tensor<64xf32> {
    %0 = stablehlo.convert %arg2 : tensor<64xf32>
    %1 = stablehlo.select %arg0, %arg1, %0 : tensor<64xi1>, tensor<64xf32>
    return %1 : tensor<64xf32>
  }
}
