module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2xui32>) -> (tensor<32x3xf32> {jax.result_info = "result"}) {
    %cst = stablehlo.constant dense<[[2.000000e+00, 5.000000e-01, 1.000000e-01], [5.000000e-01, 1.000000e+00, 2.000000e-01], [1.000000e-01, 2.000000e-01, 5.000000e-01]]> : tensor<3x3xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %1 = call @_multivariate_normal(%arg0, %0, %cst) : (tensor<2xui32>, tensor<3xf32>, tensor<3x3xf32>) -> tensor<32x3xf32>
    return %1 : tensor<32x3xf32>
  }
  func.func private @_multivariate_normal(%arg0: tensor<2xui32>, %arg1: tensor<3xf32>, %arg2: tensor<3x3xf32>) -> tensor<32x3xf32> {
    %0 = call @cholesky(%arg2) : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %1 = call @_normal(%arg0) : (tensor<2xui32>) -> tensor<32x3xf32>
    %2 = stablehlo.dot_general %1, %0, contracting_dims = [1] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x3xf32>, tensor<3x3xf32>) -> tensor<32x3xf32>
    %3 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<32x3xf32>
    %5 = stablehlo.add %4, %2 : tensor<32x3xf32>
    return %5 : tensor<32x3xf32>
  }
  func.func private @cholesky(%arg0: tensor<3x3xf32>) -> tensor<3x3xf32> {
    %0 = stablehlo.transpose %arg0, dims = [1, 0] : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %1 = stablehlo.add %arg0, %0 : tensor<3x3xf32>
    %cst = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %2 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
    %3 = stablehlo.divide %1, %2 : tensor<3x3xf32>
    %4:2 = stablehlo.custom_call @lapack_spotrf_ffi(%3) {backend_config = "", mhlo.backend_config = {uplo = 76 : ui8}, mhlo.frontend_attributes = {num_batch_dims = "0"}, operand_layouts = [dense<[0, 1]> : tensor<2xindex>], output_operand_aliases = [#stablehlo.output_operand_alias<output_tuple_indices = [0], operand_index = 0, operand_tuple_indices = []>], result_layouts = [dense<[0, 1]> : tensor<2xindex>, dense<> : tensor<0xindex>], sdy.sharding_rule = #sdy.op_sharding_rule<([i, j])->([k, l], []) {i=3, j=3, k=3, l=3}, custom>} : (tensor<3x3xf32>) -> (tensor<3x3xf32>, tensor<i32>)
    %c = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<i32>
    %6 = stablehlo.compare EQ, %4#1, %5, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %7 = stablehlo.broadcast_in_dim %6, dims = [] : (tensor<i1>) -> tensor<1x1xi1>
    %cst_0 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %8 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<1x1xi1>) -> tensor<3x3xi1>
    %10 = stablehlo.select %9, %4#0, %8 : tensor<3x3xi1>, tensor<3x3xf32>
    %11 = stablehlo.iota dim = 0 : tensor<3x3xi32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %12 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<3x3xi32>
    %13 = stablehlo.add %11, %12 : tensor<3x3xi32>
    %14 = stablehlo.iota dim = 1 : tensor<3x3xi32>
    %15 = stablehlo.compare GE, %13, %14, SIGNED : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<3x3xf32>
    %17 = stablehlo.select %15, %10, %16 : tensor<3x3xi1>, tensor<3x3xf32>
    return %17 : tensor<3x3xf32>
  }
  func.func private @_normal(%arg0: tensor<2xui32>) -> tensor<32x3xf32> {
    %0 = call @_normal_real(%arg0) : (tensor<2xui32>) -> tensor<32x3xf32>
    return %0 : tensor<32x3xf32>
  }
  func.func private @_normal_real(%arg0: tensor<2xui32>) -> tensor<32x3xf32> {
    %cst = stablehlo.constant dense<-0.99999994> : tensor<f32>
    %cst_0 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %0 = call @_uniform(%arg0, %cst, %cst_0) : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<32x3xf32>
    %1 = stablehlo.abs %0 : tensor<32x3xf32>
    %cst_1 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %2 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %3 = stablehlo.compare GT, %1, %2, FLOAT : (tensor<32x3xf32>, tensor<32x3xf32>) -> tensor<32x3xi1>
    %4 = stablehlo.compare NE, %0, %0, FLOAT : (tensor<32x3xf32>, tensor<32x3xf32>) -> tensor<32x3xi1>
    %5 = stablehlo.or %3, %4 : tensor<32x3xi1>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %6 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %7 = stablehlo.compare EQ, %1, %6, FLOAT : (tensor<32x3xf32>, tensor<32x3xf32>) -> tensor<32x3xi1>
    %8 = stablehlo.or %5, %7 : tensor<32x3xi1>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %9 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %10 = stablehlo.select %8, %9, %0 : tensor<32x3xi1>, tensor<32x3xf32>
    %11 = stablehlo.abs %10 : tensor<32x3xf32>
    %cst_4 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %13 = stablehlo.subtract %12, %11 : tensor<32x3xf32>
    %14 = stablehlo.abs %10 : tensor<32x3xf32>
    %cst_5 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %16 = stablehlo.add %15, %14 : tensor<32x3xf32>
    %17 = stablehlo.multiply %13, %16 : tensor<32x3xf32>
    %18 = stablehlo.log %17 : tensor<32x3xf32>
    %19 = stablehlo.negate %18 : tensor<32x3xf32>
    %cst_6 = stablehlo.constant dense<3.500000e+00> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %21 = stablehlo.compare LT, %19, %20, FLOAT : (tensor<32x3xf32>, tensor<32x3xf32>) -> tensor<32x3xi1>
    %22 = stablehlo.not %21 : tensor<32x3xi1>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %23 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %24 = stablehlo.select %21, %23, %19 : tensor<32x3xi1>, tensor<32x3xf32>
    %25 = stablehlo.sqrt %24 : tensor<32x3xf32>
    %26 = stablehlo.bitcast_convert %25 : (tensor<32x3xf32>) -> tensor<32x3xi32>
    %c = stablehlo.constant dense<-4096> : tensor<i32>
    %27 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<32x3xi32>
    %28 = stablehlo.and %26, %27 : tensor<32x3xi32>
    %29 = stablehlo.bitcast_convert %28 : (tensor<32x3xi32>) -> tensor<32x3xf32>
    %30 = stablehlo.subtract %25, %29 : tensor<32x3xf32>
    %31 = stablehlo.multiply %29, %29 : tensor<32x3xf32>
    %32 = stablehlo.subtract %24, %31 : tensor<32x3xf32>
    %33 = stablehlo.add %25, %29 : tensor<32x3xf32>
    %34 = stablehlo.divide %32, %33 : tensor<32x3xf32>
    %cst_8 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %cst_9 = stablehlo.constant dense<1.750000e+00> : tensor<f32>
    %36 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %37 = stablehlo.subtract %19, %36 : tensor<32x3xf32>
    %38 = stablehlo.subtract %25, %35 : tensor<32x3xf32>
    %39 = stablehlo.select %21, %37, %38 : tensor<32x3xi1>, tensor<32x3xf32>
    %cst_10 = stablehlo.constant dense<1.31467748> : tensor<f32>
    %40 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %cst_11 = stablehlo.constant dense<-0.167197958> : tensor<f32>
    %41 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %42 = stablehlo.select %22, %41, %40 : tensor<32x3xi1>, tensor<32x3xf32>
    %cst_12 = stablehlo.constant dense<0.250421584> : tensor<f32>
    %43 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %cst_13 = stablehlo.constant dense<0.00266256672> : tensor<f32>
    %44 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %45 = stablehlo.select %22, %44, %43 : tensor<32x3xi1>, tensor<32x3xf32>
    %cst_14 = stablehlo.constant dense<-6.19600236E-4> : tensor<f32>
    %46 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %cst_15 = stablehlo.constant dense<0.00684198458> : tensor<f32>
    %47 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %48 = stablehlo.select %22, %47, %46 : tensor<32x3xi1>, tensor<32x3xf32>
    %cst_16 = stablehlo.constant dense<-0.00190193101> : tensor<f32>
    %49 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %cst_17 = stablehlo.constant dense<-0.0034470004> : tensor<f32>
    %50 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %51 = stablehlo.select %22, %50, %49 : tensor<32x3xi1>, tensor<32x3xf32>
    %cst_18 = stablehlo.constant dense<2.01806368E-4> : tensor<f32>
    %52 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %cst_19 = stablehlo.constant dense<0.00115094346> : tensor<f32>
    %53 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %54 = stablehlo.select %22, %53, %52 : tensor<32x3xi1>, tensor<32x3xf32>
    %cst_20 = stablehlo.constant dense<1.5402964E-5> : tensor<f32>
    %55 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %cst_21 = stablehlo.constant dense<-2.16608154E-4> : tensor<f32>
    %56 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %57 = stablehlo.select %22, %56, %55 : tensor<32x3xi1>, tensor<32x3xf32>
    %cst_22 = stablehlo.constant dense<-5.30976786E-6> : tensor<f32>
    %58 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %cst_23 = stablehlo.constant dense<-5.21765432E-5> : tensor<f32>
    %59 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %60 = stablehlo.select %22, %59, %58 : tensor<32x3xi1>, tensor<32x3xf32>
    %cst_24 = stablehlo.constant dense<8.1217145E-8> : tensor<f32>
    %61 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %cst_25 = stablehlo.constant dense<5.37958113E-5> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %63 = stablehlo.select %22, %62, %61 : tensor<32x3xi1>, tensor<32x3xf32>
    %cst_26 = stablehlo.constant dense<9.39520248E-8> : tensor<f32>
    %64 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %cst_27 = stablehlo.constant dense<-1.19642737E-5> : tensor<f32>
    %65 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %66 = stablehlo.select %22, %65, %64 : tensor<32x3xi1>, tensor<32x3xf32>
    %67 = stablehlo.fma %66, %39, %63 : tensor<32x3xf32>
    %68 = stablehlo.fma %67, %39, %60 : tensor<32x3xf32>
    %69 = stablehlo.fma %68, %39, %57 : tensor<32x3xf32>
    %70 = stablehlo.fma %69, %39, %54 : tensor<32x3xf32>
    %71 = stablehlo.fma %70, %39, %51 : tensor<32x3xf32>
    %72 = stablehlo.fma %71, %39, %48 : tensor<32x3xf32>
    %73 = stablehlo.fma %72, %39, %45 : tensor<32x3xf32>
    %74 = stablehlo.fma %73, %39, %42 : tensor<32x3xf32>
    %cst_28 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %75 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %76 = stablehlo.multiply %75, %34 : tensor<32x3xf32>
    %77 = stablehlo.add %76, %74 : tensor<32x3xf32>
    %cst_29 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %78 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %79 = stablehlo.multiply %78, %29 : tensor<32x3xf32>
    %80 = stablehlo.add %79, %77 : tensor<32x3xf32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %81 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %82 = stablehlo.compare LT, %10, %81, FLOAT : (tensor<32x3xf32>, tensor<32x3xf32>) -> tensor<32x3xi1>
    %cst_31 = stablehlo.constant dense<-1.000000e+00> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %cst_32 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %84 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %85 = stablehlo.select %82, %83, %84 : tensor<32x3xi1>, tensor<32x3xf32>
    %86 = stablehlo.multiply %10, %74 : tensor<32x3xf32>
    %87 = stablehlo.multiply %85, %80 : tensor<32x3xf32>
    %88 = stablehlo.select %21, %86, %87 : tensor<32x3xi1>, tensor<32x3xf32>
    %cst_33 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %89 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %cst_34 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %90 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %91 = stablehlo.multiply %0, %90 : tensor<32x3xf32>
    %92 = stablehlo.select %7, %91, %88 : tensor<32x3xi1>, tensor<32x3xf32>
    %93 = stablehlo.select %5, %89, %92 : tensor<32x3xi1>, tensor<32x3xf32>
    %cst_35 = stablehlo.constant dense<1.41421354> : tensor<f32>
    %94 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %95 = stablehlo.multiply %94, %93 : tensor<32x3xf32>
    return %95 : tensor<32x3xf32>
  }
  func.func private @_uniform(%arg0: tensor<2xui32>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<32x3xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %1 = stablehlo.broadcast_in_dim %arg2, dims = [] : (tensor<f32>) -> tensor<1x1xf32>
    %2 = stablehlo.slice %arg0 [0:1] : (tensor<2xui32>) -> tensor<1xui32>
    %3 = stablehlo.reshape %2 : (tensor<1xui32>) -> tensor<ui32>
    %4 = stablehlo.slice %arg0 [1:2] : (tensor<2xui32>) -> tensor<1xui32>
    %5 = stablehlo.reshape %4 : (tensor<1xui32>) -> tensor<ui32>
    %6 = stablehlo.iota dim = 0 : tensor<32x3xui64>
    %7 = stablehlo.iota dim = 1 : tensor<32x3xui64>
    %c = stablehlo.constant dense<3> : tensor<ui64>
    %8 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui64>) -> tensor<32x3xui64>
    %9 = stablehlo.multiply %8, %6 : tensor<32x3xui64>
    %c_0 = stablehlo.constant dense<1> : tensor<ui64>
    %10 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui64>) -> tensor<32x3xui64>
    %11 = stablehlo.multiply %10, %7 : tensor<32x3xui64>
    %12 = stablehlo.add %9, %11 : tensor<32x3xui64>
    %c_1 = stablehlo.constant dense<32> : tensor<ui64>
    %13 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<ui64>) -> tensor<32x3xui64>
    %14 = stablehlo.shift_right_logical %12, %13 : tensor<32x3xui64>
    %15 = stablehlo.convert %12 : (tensor<32x3xui64>) -> tensor<32x3xui32>
    %16 = stablehlo.convert %14 : (tensor<32x3xui64>) -> tensor<32x3xui32>
    %c_2 = stablehlo.constant dense<[13, 15, 26, 6]> : tensor<4xui32>
    %c_3 = stablehlo.constant dense<[17, 29, 16, 24]> : tensor<4xui32>
    %17 = stablehlo.xor %3, %5 : tensor<ui32>
    %c_4 = stablehlo.constant dense<466688986> : tensor<ui32>
    %18 = stablehlo.xor %17, %c_4 : tensor<ui32>
    %19 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<ui32>) -> tensor<32x3xui32>
    %20 = stablehlo.add %16, %19 : tensor<32x3xui32>
    %21 = stablehlo.broadcast_in_dim %5, dims = [] : (tensor<ui32>) -> tensor<32x3xui32>
    %22 = stablehlo.add %15, %21 : tensor<32x3xui32>
    %c_5 = stablehlo.constant dense<0> : tensor<i32>
    %c_6 = stablehlo.constant dense<0> : tensor<i32>
    %23:9 = stablehlo.while(%iterArg = %c_6, %iterArg_9 = %c_5, %iterArg_10 = %20, %iterArg_11 = %22, %iterArg_12 = %5, %iterArg_13 = %18, %iterArg_14 = %3, %iterArg_15 = %c_2, %iterArg_16 = %c_3) : tensor<i32>, tensor<i32>, tensor<32x3xui32>, tensor<32x3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>
    cond {
      %c_17 = stablehlo.constant dense<5> : tensor<i32>
      %39 = stablehlo.compare LT, %iterArg, %c_17, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %39 : tensor<i1>
    } do {
      %c_17 = stablehlo.constant dense<1> : tensor<i32>
      %39 = stablehlo.add %iterArg_9, %c_17 : tensor<i32>
      %40 = stablehlo.slice %iterArg_15 [0:1] : (tensor<4xui32>) -> tensor<1xui32>
      %41 = stablehlo.reshape %40 : (tensor<1xui32>) -> tensor<ui32>
      %42 = stablehlo.slice %iterArg_15 [1:2] : (tensor<4xui32>) -> tensor<1xui32>
      %43 = stablehlo.reshape %42 : (tensor<1xui32>) -> tensor<ui32>
      %44 = stablehlo.slice %iterArg_15 [2:3] : (tensor<4xui32>) -> tensor<1xui32>
      %45 = stablehlo.reshape %44 : (tensor<1xui32>) -> tensor<ui32>
      %46 = stablehlo.slice %iterArg_15 [3:4] : (tensor<4xui32>) -> tensor<1xui32>
      %47 = stablehlo.reshape %46 : (tensor<1xui32>) -> tensor<ui32>
      %48 = stablehlo.add %iterArg_10, %iterArg_11 : tensor<32x3xui32>
      %49 = stablehlo.broadcast_in_dim %41, dims = [] : (tensor<ui32>) -> tensor<32x3xui32>
      %50 = stablehlo.shift_left %iterArg_11, %49 : tensor<32x3xui32>
      %c_18 = stablehlo.constant dense<32> : tensor<ui32>
      %51 = stablehlo.subtract %c_18, %41 : tensor<ui32>
      %52 = stablehlo.broadcast_in_dim %51, dims = [] : (tensor<ui32>) -> tensor<32x3xui32>
      %53 = stablehlo.shift_right_logical %iterArg_11, %52 : tensor<32x3xui32>
      %54 = stablehlo.or %50, %53 : tensor<32x3xui32>
      %55 = stablehlo.xor %48, %54 : tensor<32x3xui32>
      %56 = stablehlo.add %48, %55 : tensor<32x3xui32>
      %57 = stablehlo.broadcast_in_dim %43, dims = [] : (tensor<ui32>) -> tensor<32x3xui32>
      %58 = stablehlo.shift_left %55, %57 : tensor<32x3xui32>
      %c_19 = stablehlo.constant dense<32> : tensor<ui32>
      %59 = stablehlo.subtract %c_19, %43 : tensor<ui32>
      %60 = stablehlo.broadcast_in_dim %59, dims = [] : (tensor<ui32>) -> tensor<32x3xui32>
      %61 = stablehlo.shift_right_logical %55, %60 : tensor<32x3xui32>
      %62 = stablehlo.or %58, %61 : tensor<32x3xui32>
      %63 = stablehlo.xor %56, %62 : tensor<32x3xui32>
      %64 = stablehlo.add %56, %63 : tensor<32x3xui32>
      %65 = stablehlo.broadcast_in_dim %45, dims = [] : (tensor<ui32>) -> tensor<32x3xui32>
      %66 = stablehlo.shift_left %63, %65 : tensor<32x3xui32>
      %c_20 = stablehlo.constant dense<32> : tensor<ui32>
      %67 = stablehlo.subtract %c_20, %45 : tensor<ui32>
      %68 = stablehlo.broadcast_in_dim %67, dims = [] : (tensor<ui32>) -> tensor<32x3xui32>
      %69 = stablehlo.shift_right_logical %63, %68 : tensor<32x3xui32>
      %70 = stablehlo.or %66, %69 : tensor<32x3xui32>
      %71 = stablehlo.xor %64, %70 : tensor<32x3xui32>
      %72 = stablehlo.add %64, %71 : tensor<32x3xui32>
      %73 = stablehlo.broadcast_in_dim %47, dims = [] : (tensor<ui32>) -> tensor<32x3xui32>
      %74 = stablehlo.shift_left %71, %73 : tensor<32x3xui32>
      %c_21 = stablehlo.constant dense<32> : tensor<ui32>
      %75 = stablehlo.subtract %c_21, %47 : tensor<ui32>
      %76 = stablehlo.broadcast_in_dim %75, dims = [] : (tensor<ui32>) -> tensor<32x3xui32>
      %77 = stablehlo.shift_right_logical %71, %76 : tensor<32x3xui32>
      %78 = stablehlo.or %74, %77 : tensor<32x3xui32>
      %79 = stablehlo.xor %72, %78 : tensor<32x3xui32>
      %80 = stablehlo.broadcast_in_dim %iterArg_12, dims = [] : (tensor<ui32>) -> tensor<32x3xui32>
      %81 = stablehlo.add %72, %80 : tensor<32x3xui32>
      %82 = stablehlo.broadcast_in_dim %iterArg_13, dims = [] : (tensor<ui32>) -> tensor<32x3xui32>
      %83 = stablehlo.add %79, %82 : tensor<32x3xui32>
      %c_22 = stablehlo.constant dense<1> : tensor<i32>
      %84 = stablehlo.add %iterArg_9, %c_22 : tensor<i32>
      %85 = stablehlo.convert %84 : (tensor<i32>) -> tensor<ui32>
      %86 = stablehlo.broadcast_in_dim %85, dims = [] : (tensor<ui32>) -> tensor<32x3xui32>
      %87 = stablehlo.add %83, %86 : tensor<32x3xui32>
      %c_23 = stablehlo.constant dense<1> : tensor<i32>
      %88 = stablehlo.add %iterArg, %c_23 : tensor<i32>
      stablehlo.return %88, %39, %81, %87, %iterArg_13, %iterArg_14, %iterArg_12, %iterArg_16, %iterArg_15 : tensor<i32>, tensor<i32>, tensor<32x3xui32>, tensor<32x3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>
    }
    %24 = stablehlo.xor %23#2, %23#3 : tensor<32x3xui32>
    %c_7 = stablehlo.constant dense<9> : tensor<ui32>
    %25 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<ui32>) -> tensor<32x3xui32>
    %26 = stablehlo.shift_right_logical %24, %25 : tensor<32x3xui32>
    %c_8 = stablehlo.constant dense<1065353216> : tensor<ui32>
    %27 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui32>) -> tensor<32x3xui32>
    %28 = stablehlo.or %26, %27 : tensor<32x3xui32>
    %29 = stablehlo.bitcast_convert %28 : (tensor<32x3xui32>) -> tensor<32x3xf32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %30 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<32x3xf32>
    %31 = stablehlo.subtract %29, %30 : tensor<32x3xf32>
    %32 = stablehlo.subtract %1, %0 : tensor<1x1xf32>
    %33 = stablehlo.broadcast_in_dim %32, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<32x3xf32>
    %34 = stablehlo.multiply %31, %33 : tensor<32x3xf32>
    %35 = stablehlo.broadcast_in_dim %0, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<32x3xf32>
    %36 = stablehlo.add %34, %35 : tensor<32x3xf32>
    %37 = stablehlo.broadcast_in_dim %0, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<32x3xf32>
    %38 = stablehlo.maximum %37, %36 : tensor<32x3xf32>
    return %38 : tensor<32x3xf32>
  }
}
