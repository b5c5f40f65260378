module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2xui32>) -> (tensor<128xf32> {jax.result_info = "result"}) {
    %cst = stablehlo.constant dense<4.000000e+00> : tensor<f32>
    %0 = call @_t(%arg0, %cst) : (tensor<2xui32>, tensor<f32>) -> tensor<128xf32>
    return %0 : tensor<128xf32>
  }
  func.func private @_t(%arg0: tensor<2xui32>, %arg1: tensor<f32>) -> tensor<128xf32> {
    %0 = stablehlo.convert %arg1 : tensor<f32>
    %1 = call @_threefry_split(%arg0) : (tensor<2xui32>) -> tensor<2x2xui32>
    %2 = stablehlo.slice %1 [0:1, 0:2] : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %3 = stablehlo.reshape %2 : (tensor<1x2xui32>) -> tensor<2xui32>
    %4 = stablehlo.slice %1 [1:2, 0:2] : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %5 = stablehlo.reshape %4 : (tensor<1x2xui32>) -> tensor<2xui32>
    %6 = call @_normal(%3) : (tensor<2xui32>) -> tensor<128xf32>
    %cst = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %7 = stablehlo.divide %0, %cst : tensor<f32>
    %8 = call @_gamma(%5, %7) : (tensor<2xui32>, tensor<f32>) -> tensor<128xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %10 = stablehlo.divide %9, %8 : tensor<128xf32>
    %11 = stablehlo.sqrt %10 : tensor<128xf32>
    %12 = stablehlo.multiply %6, %11 : tensor<128xf32>
    return %12 : tensor<128xf32>
  }
  func.func private @_threefry_split(%arg0: tensor<2xui32>) -> tensor<2x2xui32> {
    %0 = stablehlo.slice %arg0 [0:1] : (tensor<2xui32>) -> tensor<1xui32>
    %1 = stablehlo.reshape %0 : (tensor<1xui32>) -> tensor<ui32>
    %2 = stablehlo.slice %arg0 [1:2] : (tensor<2xui32>) -> tensor<1xui32>
    %3 = stablehlo.reshape %2 : (tensor<1xui32>) -> tensor<ui32>
    %4 = stablehlo.iota dim = 0 : tensor<2xui64>
    %c = stablehlo.constant dense<1> : tensor<ui64>
    %5 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui64>) -> tensor<2xui64>
    %6 = stablehlo.multiply %5, %4 : tensor<2xui64>
    %c_0 = stablehlo.constant dense<32> : tensor<ui64>
    %7 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui64>) -> tensor<2xui64>
    %8 = stablehlo.shift_right_logical %6, %7 : tensor<2xui64>
    %9 = stablehlo.convert %6 : (tensor<2xui64>) -> tensor<2xui32>
    %10 = stablehlo.convert %8 : (tensor<2xui64>) -> tensor<2xui32>
    %c_1 = stablehlo.constant dense<[13, 15, 26, 6]> : tensor<4xui32>
    %c_2 = stablehlo.constant dense<[17, 29, 16, 24]> : tensor<4xui32>
    %11 = stablehlo.xor %1, %3 : tensor<ui32>
    %c_3 = stablehlo.constant dense<466688986> : tensor<ui32>
    %12 = stablehlo.xor %11, %c_3 : tensor<ui32>
    %13 = stablehlo.broadcast_in_dim %1, dims = [] : (tensor<ui32>) -> tensor<2xui32>
    %14 = stablehlo.add %10, %13 : tensor<2xui32>
    %15 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<ui32>) -> tensor<2xui32>
    %16 = stablehlo.add %9, %15 : tensor<2xui32>
    %c_4 = stablehlo.constant dense<0> : tensor<i32>
    %c_5 = stablehlo.constant dense<0> : tensor<i32>
    %17:9 = stablehlo.while(%iterArg = %c_5, %iterArg_6 = %c_4, %iterArg_7 = %14, %iterArg_8 = %16, %iterArg_9 = %3, %iterArg_10 = %12, %iterArg_11 = %1, %iterArg_12 = %c_1, %iterArg_13 = %c_2) : tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>
    cond {
      %c_14 = stablehlo.constant dense<5> : tensor<i32>
      %21 = stablehlo.compare LT, %iterArg, %c_14, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %21 : tensor<i1>
    } do {
      %c_14 = stablehlo.constant dense<1> : tensor<i32>
      %21 = stablehlo.add %iterArg_6, %c_14 : tensor<i32>
      %22 = stablehlo.slice %iterArg_12 [0:1] : (tensor<4xui32>) -> tensor<1xui32>
      %23 = stablehlo.reshape %22 : (tensor<1xui32>) -> tensor<ui32>
      %24 = stablehlo.slice %iterArg_12 [1:2] : (tensor<4xui32>) -> tensor<1xui32>
      %25 = stablehlo.reshape %24 : (tensor<1xui32>) -> tensor<ui32>
      %26 = stablehlo.slice %iterArg_12 [2:3] : (tensor<4xui32>) -> tensor<1xui32>
      %27 = stablehlo.reshape %26 : (tensor<1xui32>) -> tensor<ui32>
      %28 = stablehlo.slice %iterArg_12 [3:4] : (tensor<4xui32>) -> tensor<1xui32>
      %29 = stablehlo.reshape %28 : (tensor<1xui32>) -> tensor<ui32>
      %30 = stablehlo.add %iterArg_7, %iterArg_8 : tensor<2xui32>
      %31 = stablehlo.broadcast_in_dim %23, dims = [] : (tensor<ui32>) -> tensor<2xui32>
      %32 = stablehlo.shift_left %iterArg_8, %31 : tensor<2xui32>
      %c_15 = stablehlo.constant dense<32> : tensor<ui32>
      %33 = stablehlo.subtract %c_15, %23 : tensor<ui32>
      %34 = stablehlo.broadcast_in_dim %33, dims = [] : (tensor<ui32>) -> tensor<2xui32>
      %35 = stablehlo.shift_right_logical %iterArg_8, %34 : tensor<2xui32>
      %36 = stablehlo.or %32, %35 : tensor<2xui32>
      %37 = stablehlo.xor %30, %36 : tensor<2xui32>
      %38 = stablehlo.add %30, %37 : tensor<2xui32>
      %39 = stablehlo.broadcast_in_dim %25, dims = [] : (tensor<ui32>) -> tensor<2xui32>
      %40 = stablehlo.shift_left %37, %39 : tensor<2xui32>
      %c_16 = stablehlo.constant dense<32> : tensor<ui32>
      %41 = stablehlo.subtract %c_16, %25 : tensor<ui32>
      %42 = stablehlo.broadcast_in_dim %41, dims = [] : (tensor<ui32>) -> tensor<2xui32>
      %43 = stablehlo.shift_right_logical %37, %42 : tensor<2xui32>
      %44 = stablehlo.or %40, %43 : tensor<2xui32>
      %45 = stablehlo.xor %38, %44 : tensor<2xui32>
      %46 = stablehlo.add %38, %45 : tensor<2xui32>
      %47 = stablehlo.broadcast_in_dim %27, dims = [] : (tensor<ui32>) -> tensor<2xui32>
      %48 = stablehlo.shift_left %45, %47 : tensor<2xui32>
      %c_17 = stablehlo.constant dense<32> : tensor<ui32>
      %49 = stablehlo.subtract %c_17, %27 : tensor<ui32>
      %50 = stablehlo.broadcast_in_dim %49, dims = [] : (tensor<ui32>) -> tensor<2xui32>
      %51 = stablehlo.shift_right_logical %45, %50 : tensor<2xui32>
      %52 = stablehlo.or %48, %51 : tensor<2xui32>
      %53 = stablehlo.xor %46, %52 : tensor<2xui32>
      %54 = stablehlo.add %46, %53 : tensor<2xui32>
      %55 = stablehlo.broadcast_in_dim %29, dims = [] : (tensor<ui32>) -> tensor<2xui32>
      %56 = stablehlo.shift_left %53, %55 : tensor<2xui32>
      %c_18 = stablehlo.constant dense<32> : tensor<ui32>
      %57 = stablehlo.subtract %c_18, %29 : tensor<ui32>
      %58 = stablehlo.broadcast_in_dim %57, dims = [] : (tensor<ui32>) -> tensor<2xui32>
      %59 = stablehlo.shift_right_logical %53, %58 : tensor<2xui32>
      %60 = stablehlo.or %56, %59 : tensor<2xui32>
      %61 = stablehlo.xor %54, %60 : tensor<2xui32>
      %62 = stablehlo.broadcast_in_dim %iterArg_9, dims = [] : (tensor<ui32>) -> tensor<2xui32>
      %63 = stablehlo.add %54, %62 : tensor<2xui32>
      %64 = stablehlo.broadcast_in_dim %iterArg_10, dims = [] : (tensor<ui32>) -> tensor<2xui32>
      %65 = stablehlo.add %61, %64 : tensor<2xui32>
      %c_19 = stablehlo.constant dense<1> : tensor<i32>
      %66 = stablehlo.add %iterArg_6, %c_19 : tensor<i32>
      %67 = stablehlo.convert %66 : (tensor<i32>) -> tensor<ui32>
      %68 = stablehlo.broadcast_in_dim %67, dims = [] : (tensor<ui32>) -> tensor<2xui32>
      %69 = stablehlo.add %65, %68 : tensor<2xui32>
      %c_20 = stablehlo.constant dense<1> : tensor<i32>
      %70 = stablehlo.add %iterArg, %c_20 : tensor<i32>
      stablehlo.return %70, %21, %63, %69, %iterArg_10, %iterArg_11, %iterArg_9, %iterArg_13, %iterArg_12 : tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>
    }
    %18 = stablehlo.broadcast_in_dim %17#2, dims = [0] : (tensor<2xui32>) -> tensor<2x1xui32>
    %19 = stablehlo.broadcast_in_dim %17#3, dims = [0] : (tensor<2xui32>) -> tensor<2x1xui32>
    %20 = stablehlo.concatenate %18, %19, dim = 1 : (tensor<2x1xui32>, tensor<2x1xui32>) -> tensor<2x2xui32>
    return %20 : tensor<2x2xui32>
  }
  func.func private @_normal(%arg0: tensor<2xui32>) -> tensor<128xf32> {
    %0 = call @_normal_real(%arg0) : (tensor<2xui32>) -> tensor<128xf32>
    return %0 : tensor<128xf32>
  }
  func.func private @_normal_real(%arg0: tensor<2xui32>) -> tensor<128xf32> {
    %cst = stablehlo.constant dense<-0.99999994> : tensor<f32>
    %cst_0 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %0 = call @_uniform(%arg0, %cst, %cst_0) : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<128xf32>
    %1 = stablehlo.abs %0 : tensor<128xf32>
    %cst_1 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %2 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %3 = stablehlo.compare GT, %1, %2, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
    %4 = stablehlo.compare NE, %0, %0, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
    %5 = stablehlo.or %3, %4 : tensor<128xi1>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %6 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %7 = stablehlo.compare EQ, %1, %6, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
    %8 = stablehlo.or %5, %7 : tensor<128xi1>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %9 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %10 = stablehlo.select %8, %9, %0 : tensor<128xi1>, tensor<128xf32>
    %11 = stablehlo.abs %10 : tensor<128xf32>
    %cst_4 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %13 = stablehlo.subtract %12, %11 : tensor<128xf32>
    %14 = stablehlo.abs %10 : tensor<128xf32>
    %cst_5 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %16 = stablehlo.add %15, %14 : tensor<128xf32>
    %17 = stablehlo.multiply %13, %16 : tensor<128xf32>
    %18 = stablehlo.log %17 : tensor<128xf32>
    %19 = stablehlo.negate %18 : tensor<128xf32>
    %cst_6 = stablehlo.constant dense<3.500000e+00> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %21 = stablehlo.compare LT, %19, %20, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
    %22 = stablehlo.not %21 : tensor<128xi1>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %23 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %24 = stablehlo.select %21, %23, %19 : tensor<128xi1>, tensor<128xf32>
    %25 = stablehlo.sqrt %24 : tensor<128xf32>
    %26 = stablehlo.bitcast_convert %25 : (tensor<128xf32>) -> tensor<128xi32>
    %c = stablehlo.constant dense<-4096> : tensor<i32>
    %27 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %28 = stablehlo.and %26, %27 : tensor<128xi32>
    %29 = stablehlo.bitcast_convert %28 : (tensor<128xi32>) -> tensor<128xf32>
    %30 = stablehlo.subtract %25, %29 : tensor<128xf32>
    %31 = stablehlo.multiply %29, %29 : tensor<128xf32>
    %32 = stablehlo.subtract %24, %31 : tensor<128xf32>
    %33 = stablehlo.add %25, %29 : tensor<128xf32>
    %34 = stablehlo.divide %32, %33 : tensor<128xf32>
    %cst_8 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_9 = stablehlo.constant dense<1.750000e+00> : tensor<f32>
    %36 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %37 = stablehlo.subtract %19, %36 : tensor<128xf32>
    %38 = stablehlo.subtract %25, %35 : tensor<128xf32>
    %39 = stablehlo.select %21, %37, %38 : tensor<128xi1>, tensor<128xf32>
    %cst_10 = stablehlo.constant dense<1.31467748> : tensor<f32>
    %40 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_11 = stablehlo.constant dense<-0.167197958> : tensor<f32>
    %41 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %42 = stablehlo.select %22, %41, %40 : tensor<128xi1>, tensor<128xf32>
    %cst_12 = stablehlo.constant dense<0.250421584> : tensor<f32>
    %43 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_13 = stablehlo.constant dense<0.00266256672> : tensor<f32>
    %44 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %45 = stablehlo.select %22, %44, %43 : tensor<128xi1>, tensor<128xf32>
    %cst_14 = stablehlo.constant dense<-6.19600236E-4> : tensor<f32>
    %46 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_15 = stablehlo.constant dense<0.00684198458> : tensor<f32>
    %47 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %48 = stablehlo.select %22, %47, %46 : tensor<128xi1>, tensor<128xf32>
    %cst_16 = stablehlo.constant dense<-0.00190193101> : tensor<f32>
    %49 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_17 = stablehlo.constant dense<-0.0034470004> : tensor<f32>
    %50 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %51 = stablehlo.select %22, %50, %49 : tensor<128xi1>, tensor<128xf32>
    %cst_18 = stablehlo.constant dense<2.01806368E-4> : tensor<f32>
    %52 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_19 = stablehlo.constant dense<0.00115094346> : tensor<f32>
    %53 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %54 = stablehlo.select %22, %53, %52 : tensor<128xi1>, tensor<128xf32>
    %cst_20 = stablehlo.constant dense<1.5402964E-5> : tensor<f32>
    %55 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_21 = stablehlo.constant dense<-2.16608154E-4> : tensor<f32>
    %56 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %57 = stablehlo.select %22, %56, %55 : tensor<128xi1>, tensor<128xf32>
    %cst_22 = stablehlo.constant dense<-5.30976786E-6> : tensor<f32>
    %58 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_23 = stablehlo.constant dense<-5.21765432E-5> : tensor<f32>
    %59 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %60 = stablehlo.select %22, %59, %58 : tensor<128xi1>, tensor<128xf32>
    %cst_24 = stablehlo.constant dense<8.1217145E-8> : tensor<f32>
    %61 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_25 = stablehlo.constant dense<5.37958113E-5> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %63 = stablehlo.select %22, %62, %61 : tensor<128xi1>, tensor<128xf32>
    %cst_26 = stablehlo.constant dense<9.39520248E-8> : tensor<f32>
    %64 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_27 = stablehlo.constant dense<-1.19642737E-5> : tensor<f32>
    %65 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %66 = stablehlo.select %22, %65, %64 : tensor<128xi1>, tensor<128xf32>
    %67 = stablehlo.fma %66, %39, %63 : tensor<128xf32>
    %68 = stablehlo.fma %67, %39, %60 : tensor<128xf32>
    %69 = stablehlo.fma %68, %39, %57 : tensor<128xf32>
    %70 = stablehlo.fma %69, %39, %54 : tensor<128xf32>
    %71 = stablehlo.fma %70, %39, %51 : tensor<128xf32>
    %72 = stablehlo.fma %71, %39, %48 : tensor<128xf32>
    %73 = stablehlo.fma %72, %39, %45 : tensor<128xf32>
    %74 = stablehlo.fma %73, %39, %42 : tensor<128xf32>
    %cst_28 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %75 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %76 = stablehlo.multiply %75, %34 : tensor<128xf32>
    %77 = stablehlo.add %76, %74 : tensor<128xf32>
    %cst_29 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %78 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %79 = stablehlo.multiply %78, %29 : tensor<128xf32>
    %80 = stablehlo.add %79, %77 : tensor<128xf32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %81 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %82 = stablehlo.compare LT, %10, %81, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
    %cst_31 = stablehlo.constant dense<-1.000000e+00> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_32 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %84 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %85 = stablehlo.select %82, %83, %84 : tensor<128xi1>, tensor<128xf32>
    %86 = stablehlo.multiply %10, %74 : tensor<128xf32>
    %87 = stablehlo.multiply %85, %80 : tensor<128xf32>
    %88 = stablehlo.select %21, %86, %87 : tensor<128xi1>, tensor<128xf32>
    %cst_33 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %89 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_34 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %90 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %91 = stablehlo.multiply %0, %90 : tensor<128xf32>
    %92 = stablehlo.select %7, %91, %88 : tensor<128xi1>, tensor<128xf32>
    %93 = stablehlo.select %5, %89, %92 : tensor<128xi1>, tensor<128xf32>
    %cst_35 = stablehlo.constant dense<1.41421354> : tensor<f32>
    %94 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %95 = stablehlo.multiply %94, %93 : tensor<128xf32>
    return %95 : tensor<128xf32>
  }
  func.func private @_uniform(%arg0: tensor<2xui32>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<128xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %1 = stablehlo.broadcast_in_dim %arg2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %2 = stablehlo.slice %arg0 [0:1] : (tensor<2xui32>) -> tensor<1xui32>
    %3 = stablehlo.reshape %2 : (tensor<1xui32>) -> tensor<ui32>
    %4 = stablehlo.slice %arg0 [1:2] : (tensor<2xui32>) -> tensor<1xui32>
    %5 = stablehlo.reshape %4 : (tensor<1xui32>) -> tensor<ui32>
    %6 = stablehlo.iota dim = 0 : tensor<128xui64>
    %c = stablehlo.constant dense<1> : tensor<ui64>
    %7 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui64>) -> tensor<128xui64>
    %8 = stablehlo.multiply %7, %6 : tensor<128xui64>
    %c_0 = stablehlo.constant dense<32> : tensor<ui64>
    %9 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui64>) -> tensor<128xui64>
    %10 = stablehlo.shift_right_logical %8, %9 : tensor<128xui64>
    %11 = stablehlo.convert %8 : (tensor<128xui64>) -> tensor<128xui32>
    %12 = stablehlo.convert %10 : (tensor<128xui64>) -> tensor<128xui32>
    %c_1 = stablehlo.constant dense<[13, 15, 26, 6]> : tensor<4xui32>
    %c_2 = stablehlo.constant dense<[17, 29, 16, 24]> : tensor<4xui32>
    %13 = stablehlo.xor %3, %5 : tensor<ui32>
    %c_3 = stablehlo.constant dense<466688986> : tensor<ui32>
    %14 = stablehlo.xor %13, %c_3 : tensor<ui32>
    %15 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<ui32>) -> tensor<128xui32>
    %16 = stablehlo.add %12, %15 : tensor<128xui32>
    %17 = stablehlo.broadcast_in_dim %5, dims = [] : (tensor<ui32>) -> tensor<128xui32>
    %18 = stablehlo.add %11, %17 : tensor<128xui32>
    %c_4 = stablehlo.constant dense<0> : tensor<i32>
    %c_5 = stablehlo.constant dense<0> : tensor<i32>
    %19:9 = stablehlo.while(%iterArg = %c_5, %iterArg_8 = %c_4, %iterArg_9 = %16, %iterArg_10 = %18, %iterArg_11 = %5, %iterArg_12 = %14, %iterArg_13 = %3, %iterArg_14 = %c_1, %iterArg_15 = %c_2) : tensor<i32>, tensor<i32>, tensor<128xui32>, tensor<128xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>
    cond {
      %c_16 = stablehlo.constant dense<5> : tensor<i32>
      %35 = stablehlo.compare LT, %iterArg, %c_16, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %35 : tensor<i1>
    } do {
      %c_16 = stablehlo.constant dense<1> : tensor<i32>
      %35 = stablehlo.add %iterArg_8, %c_16 : tensor<i32>
      %36 = stablehlo.slice %iterArg_14 [0:1] : (tensor<4xui32>) -> tensor<1xui32>
      %37 = stablehlo.reshape %36 : (tensor<1xui32>) -> tensor<ui32>
      %38 = stablehlo.slice %iterArg_14 [1:2] : (tensor<4xui32>) -> tensor<1xui32>
      %39 = stablehlo.reshape %38 : (tensor<1xui32>) -> tensor<ui32>
      %40 = stablehlo.slice %iterArg_14 [2:3] : (tensor<4xui32>) -> tensor<1xui32>
      %41 = stablehlo.reshape %40 : (tensor<1xui32>) -> tensor<ui32>
      %42 = stablehlo.slice %iterArg_14 [3:4] : (tensor<4xui32>) -> tensor<1xui32>
      %43 = stablehlo.reshape %42 : (tensor<1xui32>) -> tensor<ui32>
      %44 = stablehlo.add %iterArg_9, %iterArg_10 : tensor<128xui32>
      %45 = stablehlo.broadcast_in_dim %37, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %46 = stablehlo.shift_left %iterArg_10, %45 : tensor<128xui32>
      %c_17 = stablehlo.constant dense<32> : tensor<ui32>
      %47 = stablehlo.subtract %c_17, %37 : tensor<ui32>
      %48 = stablehlo.broadcast_in_dim %47, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %49 = stablehlo.shift_right_logical %iterArg_10, %48 : tensor<128xui32>
      %50 = stablehlo.or %46, %49 : tensor<128xui32>
      %51 = stablehlo.xor %44, %50 : tensor<128xui32>
      %52 = stablehlo.add %44, %51 : tensor<128xui32>
      %53 = stablehlo.broadcast_in_dim %39, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %54 = stablehlo.shift_left %51, %53 : tensor<128xui32>
      %c_18 = stablehlo.constant dense<32> : tensor<ui32>
      %55 = stablehlo.subtract %c_18, %39 : tensor<ui32>
      %56 = stablehlo.broadcast_in_dim %55, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %57 = stablehlo.shift_right_logical %51, %56 : tensor<128xui32>
      %58 = stablehlo.or %54, %57 : tensor<128xui32>
      %59 = stablehlo.xor %52, %58 : tensor<128xui32>
      %60 = stablehlo.add %52, %59 : tensor<128xui32>
      %61 = stablehlo.broadcast_in_dim %41, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %62 = stablehlo.shift_left %59, %61 : tensor<128xui32>
      %c_19 = stablehlo.constant dense<32> : tensor<ui32>
      %63 = stablehlo.subtract %c_19, %41 : tensor<ui32>
      %64 = stablehlo.broadcast_in_dim %63, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %65 = stablehlo.shift_right_logical %59, %64 : tensor<128xui32>
      %66 = stablehlo.or %62, %65 : tensor<128xui32>
      %67 = stablehlo.xor %60, %66 : tensor<128xui32>
      %68 = stablehlo.add %60, %67 : tensor<128xui32>
      %69 = stablehlo.broadcast_in_dim %43, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %70 = stablehlo.shift_left %67, %69 : tensor<128xui32>
      %c_20 = stablehlo.constant dense<32> : tensor<ui32>
      %71 = stablehlo.subtract %c_20, %43 : tensor<ui32>
      %72 = stablehlo.broadcast_in_dim %71, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %73 = stablehlo.shift_right_logical %67, %72 : tensor<128xui32>
      %74 = stablehlo.or %70, %73 : tensor<128xui32>
      %75 = stablehlo.xor %68, %74 : tensor<128xui32>
      %76 = stablehlo.broadcast_in_dim %iterArg_11, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %77 = stablehlo.add %68, %76 : tensor<128xui32>
      %78 = stablehlo.broadcast_in_dim %iterArg_12, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %79 = stablehlo.add %75, %78 : tensor<128xui32>
      %c_21 = stablehlo.constant dense<1> : tensor<i32>
      %80 = stablehlo.add %iterArg_8, %c_21 : tensor<i32>
      %81 = stablehlo.convert %80 : (tensor<i32>) -> tensor<ui32>
      %82 = stablehlo.broadcast_in_dim %81, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %83 = stablehlo.add %79, %82 : tensor<128xui32>
      %c_22 = stablehlo.constant dense<1> : tensor<i32>
      %84 = stablehlo.add %iterArg, %c_22 : tensor<i32>
      stablehlo.return %84, %35, %77, %83, %iterArg_12, %iterArg_13, %iterArg_11, %iterArg_15, %iterArg_14 : tensor<i32>, tensor<i32>, tensor<128xui32>, tensor<128xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>
    }
    %20 = stablehlo.xor %19#2, %19#3 : tensor<128xui32>
    %c_6 = stablehlo.constant dense<9> : tensor<ui32>
    %21 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<ui32>) -> tensor<128xui32>
    %22 = stablehlo.shift_right_logical %20, %21 : tensor<128xui32>
    %c_7 = stablehlo.constant dense<1065353216> : tensor<ui32>
    %23 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<ui32>) -> tensor<128xui32>
    %24 = stablehlo.or %22, %23 : tensor<128xui32>
    %25 = stablehlo.bitcast_convert %24 : (tensor<128xui32>) -> tensor<128xf32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %26 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %27 = stablehlo.subtract %25, %26 : tensor<128xf32>
    %28 = stablehlo.subtract %1, %0 : tensor<1xf32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [0] : (tensor<1xf32>) -> tensor<128xf32>
    %30 = stablehlo.multiply %27, %29 : tensor<128xf32>
    %31 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<1xf32>) -> tensor<128xf32>
    %32 = stablehlo.add %30, %31 : tensor<128xf32>
    %33 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<1xf32>) -> tensor<128xf32>
    %34 = stablehlo.maximum %33, %32 : tensor<128xf32>
    return %34 : tensor<128xf32>
  }
  func.func private @_gamma(%arg0: tensor<2xui32>, %arg1: tensor<f32>) -> tensor<128xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %1 = stablehlo.reshape %arg0 : (tensor<2xui32>) -> tensor<1x2xui32>
    %2 = call @_threefry_split_0(%1) : (tensor<1x2xui32>) -> tensor<1x128x2xui32>
    %3 = stablehlo.reshape %2 : (tensor<1x128x2xui32>) -> tensor<128x2xui32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %5 = stablehlo.compare GE, %0, %4, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
    %cst_0 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %6 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %7 = stablehlo.add %0, %6 : tensor<128xf32>
    %8 = stablehlo.select %5, %0, %7 : tensor<128xi1>, tensor<128xf32>
    %cst_1 = stablehlo.constant dense<0.333333343> : tensor<f32>
    %9 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %10 = stablehlo.subtract %8, %9 : tensor<128xf32>
    %11 = stablehlo.sqrt %10 : tensor<128xf32>
    %cst_2 = stablehlo.constant dense<0.333333343> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %13 = stablehlo.divide %12, %11 : tensor<128xf32>
    %14 = call @_threefry_split_1(%3) : (tensor<128x2xui32>) -> tensor<128x2x2xui32>
    %15 = stablehlo.slice %14 [0:128, 0:1, 0:2] : (tensor<128x2x2xui32>) -> tensor<128x1x2xui32>
    %16 = stablehlo.reshape %15 : (tensor<128x1x2xui32>) -> tensor<128x2xui32>
    %17 = stablehlo.slice %14 [0:128, 1:2, 0:2] : (tensor<128x2x2xui32>) -> tensor<128x1x2xui32>
    %18 = stablehlo.reshape %17 : (tensor<128x1x2xui32>) -> tensor<128x2xui32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_4 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_5 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %21 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %22:6 = stablehlo.while(%iterArg = %10, %iterArg_11 = %13, %iterArg_12 = %16, %iterArg_13 = %19, %iterArg_14 = %20, %iterArg_15 = %21) : tensor<128xf32>, tensor<128xf32>, tensor<128x2xui32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>
    cond {
      %33 = stablehlo.multiply %iterArg_13, %iterArg_13 : tensor<128xf32>
      %cst_16 = stablehlo.constant dense<3.310000e-02> : tensor<f32>
      %34 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<128xf32>
      %35 = stablehlo.multiply %34, %33 : tensor<128xf32>
      %cst_17 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %36 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<128xf32>
      %37 = stablehlo.subtract %36, %35 : tensor<128xf32>
      %38 = stablehlo.compare GE, %iterArg_15, %37, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
      %39 = stablehlo.log %iterArg_15 : tensor<128xf32>
      %cst_18 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
      %40 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<128xf32>
      %41 = stablehlo.multiply %iterArg_13, %40 : tensor<128xf32>
      %cst_19 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %42 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<128xf32>
      %43 = stablehlo.subtract %42, %iterArg_14 : tensor<128xf32>
      %44 = stablehlo.log %iterArg_14 : tensor<128xf32>
      %45 = stablehlo.add %43, %44 : tensor<128xf32>
      %46 = stablehlo.multiply %iterArg, %45 : tensor<128xf32>
      %47 = stablehlo.add %41, %46 : tensor<128xf32>
      %48 = stablehlo.compare GE, %39, %47, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
      %49 = stablehlo.and %38, %48 : tensor<128xi1>
      %c = stablehlo.constant dense<false> : tensor<i1>
      %50 = stablehlo.reduce(%49 init: %c) applies stablehlo.or across dimensions = [0] : (tensor<128xi1>, tensor<i1>) -> tensor<i1>
      stablehlo.return %50 : tensor<i1>
    } do {
      %33 = func.call @_threefry_split_2(%iterArg_12) : (tensor<128x2xui32>) -> tensor<128x3x2xui32>
      %34 = stablehlo.slice %33 [0:128, 0:1, 0:2] : (tensor<128x3x2xui32>) -> tensor<128x1x2xui32>
      %35 = stablehlo.reshape %34 : (tensor<128x1x2xui32>) -> tensor<128x2xui32>
      %36 = stablehlo.slice %33 [0:128, 1:2, 0:2] : (tensor<128x3x2xui32>) -> tensor<128x1x2xui32>
      %37 = stablehlo.reshape %36 : (tensor<128x1x2xui32>) -> tensor<128x2xui32>
      %38 = stablehlo.slice %33 [0:128, 2:3, 0:2] : (tensor<128x3x2xui32>) -> tensor<128x1x2xui32>
      %39 = stablehlo.reshape %38 : (tensor<128x1x2xui32>) -> tensor<128x2xui32>
      %cst_16 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %40 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<128xf32>
      %cst_17 = stablehlo.constant dense<-1.000000e+00> : tensor<f32>
      %41 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<128xf32>
      %42:4 = stablehlo.while(%iterArg_24 = %iterArg_11, %iterArg_25 = %37, %iterArg_26 = %40, %iterArg_27 = %41) : tensor<128xf32>, tensor<128x2xui32>, tensor<128xf32>, tensor<128xf32>
      cond {
        %cst_28 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
        %72 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<128xf32>
        %73 = stablehlo.compare LE, %iterArg_27, %72, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
        %c = stablehlo.constant dense<false> : tensor<i1>
        %74 = stablehlo.reduce(%73 init: %c) applies stablehlo.or across dimensions = [0] : (tensor<128xi1>, tensor<i1>) -> tensor<i1>
        stablehlo.return %74 : tensor<i1>
      } do {
        %72 = func.call @_threefry_split_1(%iterArg_25) : (tensor<128x2xui32>) -> tensor<128x2x2xui32>
        %73 = stablehlo.slice %72 [0:128, 0:1, 0:2] : (tensor<128x2x2xui32>) -> tensor<128x1x2xui32>
        %74 = stablehlo.reshape %73 : (tensor<128x1x2xui32>) -> tensor<128x2xui32>
        %75 = stablehlo.slice %72 [0:128, 1:2, 0:2] : (tensor<128x2x2xui32>) -> tensor<128x1x2xui32>
        %76 = stablehlo.reshape %75 : (tensor<128x1x2xui32>) -> tensor<128x2xui32>
        %77 = func.call @_normal_3(%76) : (tensor<128x2xui32>) -> tensor<128xf32>
        %78 = stablehlo.multiply %77, %iterArg_24 : tensor<128xf32>
        %cst_28 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
        %79 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<128xf32>
        %80 = stablehlo.add %79, %78 : tensor<128xf32>
        %cst_29 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
        %81 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<128xf32>
        %82 = stablehlo.compare LE, %iterArg_27, %81, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
        %83 = stablehlo.broadcast_in_dim %82, dims = [0] : (tensor<128xi1>) -> tensor<128x2xi1>
        %84 = stablehlo.select %83, %74, %iterArg_25 : tensor<128x2xi1>, tensor<128x2xui32>
        %85 = stablehlo.broadcast_in_dim %82, dims = [0] : (tensor<128xi1>) -> tensor<128xi1>
        %86 = stablehlo.select %85, %77, %iterArg_26 : tensor<128xi1>, tensor<128xf32>
        %87 = stablehlo.broadcast_in_dim %82, dims = [0] : (tensor<128xi1>) -> tensor<128xi1>
        %88 = stablehlo.select %87, %80, %iterArg_27 : tensor<128xi1>, tensor<128xf32>
        stablehlo.return %iterArg_24, %84, %86, %88 : tensor<128xf32>, tensor<128x2xui32>, tensor<128xf32>, tensor<128xf32>
      }
      %43 = stablehlo.multiply %42#2, %42#2 : tensor<128xf32>
      %44 = stablehlo.multiply %42#3, %42#3 : tensor<128xf32>
      %45 = stablehlo.multiply %44, %42#3 : tensor<128xf32>
      %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %cst_19 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %46 = func.call @_uniform_6(%39, %cst_18, %cst_19) : (tensor<128x2xui32>, tensor<f32>, tensor<f32>) -> tensor<128xf32>
      %47 = stablehlo.multiply %iterArg_13, %iterArg_13 : tensor<128xf32>
      %cst_20 = stablehlo.constant dense<3.310000e-02> : tensor<f32>
      %48 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<128xf32>
      %49 = stablehlo.multiply %48, %47 : tensor<128xf32>
      %cst_21 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %50 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<128xf32>
      %51 = stablehlo.subtract %50, %49 : tensor<128xf32>
      %52 = stablehlo.compare GE, %iterArg_15, %51, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
      %53 = stablehlo.log %iterArg_15 : tensor<128xf32>
      %cst_22 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
      %54 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<128xf32>
      %55 = stablehlo.multiply %iterArg_13, %54 : tensor<128xf32>
      %cst_23 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %56 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<128xf32>
      %57 = stablehlo.subtract %56, %iterArg_14 : tensor<128xf32>
      %58 = stablehlo.log %iterArg_14 : tensor<128xf32>
      %59 = stablehlo.add %57, %58 : tensor<128xf32>
      %60 = stablehlo.multiply %iterArg, %59 : tensor<128xf32>
      %61 = stablehlo.add %55, %60 : tensor<128xf32>
      %62 = stablehlo.compare GE, %53, %61, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
      %63 = stablehlo.and %52, %62 : tensor<128xi1>
      %64 = stablehlo.broadcast_in_dim %63, dims = [0] : (tensor<128xi1>) -> tensor<128x2xi1>
      %65 = stablehlo.select %64, %35, %iterArg_12 : tensor<128x2xi1>, tensor<128x2xui32>
      %66 = stablehlo.broadcast_in_dim %63, dims = [0] : (tensor<128xi1>) -> tensor<128xi1>
      %67 = stablehlo.select %66, %43, %iterArg_13 : tensor<128xi1>, tensor<128xf32>
      %68 = stablehlo.broadcast_in_dim %63, dims = [0] : (tensor<128xi1>) -> tensor<128xi1>
      %69 = stablehlo.select %68, %45, %iterArg_14 : tensor<128xi1>, tensor<128xf32>
      %70 = stablehlo.broadcast_in_dim %63, dims = [0] : (tensor<128xi1>) -> tensor<128xi1>
      %71 = stablehlo.select %70, %46, %iterArg_15 : tensor<128xi1>, tensor<128xf32>
      stablehlo.return %iterArg, %iterArg_11, %65, %67, %69, %71 : tensor<128xf32>, tensor<128xf32>, tensor<128x2xui32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>
    }
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %23 = call @_uniform_6(%18, %cst_6, %cst_7) : (tensor<128x2xui32>, tensor<f32>, tensor<f32>) -> tensor<128xf32>
    %cst_8 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %24 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %25 = stablehlo.subtract %24, %23 : tensor<128xf32>
    %cst_9 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %26 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %27 = stablehlo.divide %26, %0 : tensor<128xf32>
    %28 = stablehlo.power %25, %27 : tensor<128xf32>
    %cst_10 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %29 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %30 = stablehlo.select %5, %29, %28 : tensor<128xi1>, tensor<128xf32>
    %31 = stablehlo.multiply %10, %22#4 : tensor<128xf32>
    %32 = stablehlo.multiply %31, %30 : tensor<128xf32>
    return %32 : tensor<128xf32>
  }
  func.func private @_threefry_split_0(%arg0: tensor<1x2xui32>) -> tensor<1x128x2xui32> {
    %0 = stablehlo.slice %arg0 [0:1, 0:1] : (tensor<1x2xui32>) -> tensor<1x1xui32>
    %1 = stablehlo.reshape %0 : (tensor<1x1xui32>) -> tensor<1xui32>
    %2 = stablehlo.slice %arg0 [0:1, 1:2] : (tensor<1x2xui32>) -> tensor<1x1xui32>
    %3 = stablehlo.reshape %2 : (tensor<1x1xui32>) -> tensor<1xui32>
    %4 = stablehlo.iota dim = 0 : tensor<128xui64>
    %c = stablehlo.constant dense<1> : tensor<ui64>
    %5 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui64>) -> tensor<128xui64>
    %6 = stablehlo.multiply %5, %4 : tensor<128xui64>
    %c_0 = stablehlo.constant dense<32> : tensor<ui64>
    %7 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui64>) -> tensor<128xui64>
    %8 = stablehlo.shift_right_logical %6, %7 : tensor<128xui64>
    %9 = stablehlo.convert %6 : (tensor<128xui64>) -> tensor<128xui32>
    %10 = stablehlo.convert %8 : (tensor<128xui64>) -> tensor<128xui32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [1] : (tensor<128xui32>) -> tensor<1x128xui32>
    %12 = stablehlo.broadcast_in_dim %9, dims = [1] : (tensor<128xui32>) -> tensor<1x128xui32>
    %13 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xui32>) -> tensor<1x1xui32>
    %14 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<1xui32>) -> tensor<1x1xui32>
    %c_1 = stablehlo.constant dense<[13, 15, 26, 6]> : tensor<4xui32>
    %c_2 = stablehlo.constant dense<[17, 29, 16, 24]> : tensor<4xui32>
    %15 = stablehlo.xor %13, %14 : tensor<1x1xui32>
    %c_3 = stablehlo.constant dense<466688986> : tensor<ui32>
    %16 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<ui32>) -> tensor<1x1xui32>
    %17 = stablehlo.xor %15, %16 : tensor<1x1xui32>
    %18 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<1x1xui32>) -> tensor<1x128xui32>
    %19 = stablehlo.add %11, %18 : tensor<1x128xui32>
    %20 = stablehlo.broadcast_in_dim %14, dims = [0, 1] : (tensor<1x1xui32>) -> tensor<1x128xui32>
    %21 = stablehlo.add %12, %20 : tensor<1x128xui32>
    %c_4 = stablehlo.constant dense<0> : tensor<i32>
    %c_5 = stablehlo.constant dense<0> : tensor<i32>
    %22:9 = stablehlo.while(%iterArg = %c_5, %iterArg_6 = %c_4, %iterArg_7 = %19, %iterArg_8 = %21, %iterArg_9 = %14, %iterArg_10 = %17, %iterArg_11 = %13, %iterArg_12 = %c_1, %iterArg_13 = %c_2) : tensor<i32>, tensor<i32>, tensor<1x128xui32>, tensor<1x128xui32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<4xui32>, tensor<4xui32>
    cond {
      %c_14 = stablehlo.constant dense<5> : tensor<i32>
      %26 = stablehlo.compare LT, %iterArg, %c_14, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %26 : tensor<i1>
    } do {
      %c_14 = stablehlo.constant dense<1> : tensor<i32>
      %26 = stablehlo.add %iterArg_6, %c_14 : tensor<i32>
      %27 = stablehlo.slice %iterArg_12 [0:1] : (tensor<4xui32>) -> tensor<1xui32>
      %28 = stablehlo.reshape %27 : (tensor<1xui32>) -> tensor<ui32>
      %29 = stablehlo.slice %iterArg_12 [1:2] : (tensor<4xui32>) -> tensor<1xui32>
      %30 = stablehlo.reshape %29 : (tensor<1xui32>) -> tensor<ui32>
      %31 = stablehlo.slice %iterArg_12 [2:3] : (tensor<4xui32>) -> tensor<1xui32>
      %32 = stablehlo.reshape %31 : (tensor<1xui32>) -> tensor<ui32>
      %33 = stablehlo.slice %iterArg_12 [3:4] : (tensor<4xui32>) -> tensor<1xui32>
      %34 = stablehlo.reshape %33 : (tensor<1xui32>) -> tensor<ui32>
      %35 = stablehlo.add %iterArg_7, %iterArg_8 : tensor<1x128xui32>
      %36 = stablehlo.broadcast_in_dim %28, dims = [] : (tensor<ui32>) -> tensor<1x128xui32>
      %37 = stablehlo.shift_left %iterArg_8, %36 : tensor<1x128xui32>
      %c_15 = stablehlo.constant dense<32> : tensor<ui32>
      %38 = stablehlo.subtract %c_15, %28 : tensor<ui32>
      %39 = stablehlo.broadcast_in_dim %38, dims = [] : (tensor<ui32>) -> tensor<1x128xui32>
      %40 = stablehlo.shift_right_logical %iterArg_8, %39 : tensor<1x128xui32>
      %41 = stablehlo.or %37, %40 : tensor<1x128xui32>
      %42 = stablehlo.xor %35, %41 : tensor<1x128xui32>
      %43 = stablehlo.add %35, %42 : tensor<1x128xui32>
      %44 = stablehlo.broadcast_in_dim %30, dims = [] : (tensor<ui32>) -> tensor<1x128xui32>
      %45 = stablehlo.shift_left %42, %44 : tensor<1x128xui32>
      %c_16 = stablehlo.constant dense<32> : tensor<ui32>
      %46 = stablehlo.subtract %c_16, %30 : tensor<ui32>
      %47 = stablehlo.broadcast_in_dim %46, dims = [] : (tensor<ui32>) -> tensor<1x128xui32>
      %48 = stablehlo.shift_right_logical %42, %47 : tensor<1x128xui32>
      %49 = stablehlo.or %45, %48 : tensor<1x128xui32>
      %50 = stablehlo.xor %43, %49 : tensor<1x128xui32>
      %51 = stablehlo.add %43, %50 : tensor<1x128xui32>
      %52 = stablehlo.broadcast_in_dim %32, dims = [] : (tensor<ui32>) -> tensor<1x128xui32>
      %53 = stablehlo.shift_left %50, %52 : tensor<1x128xui32>
      %c_17 = stablehlo.constant dense<32> : tensor<ui32>
      %54 = stablehlo.subtract %c_17, %32 : tensor<ui32>
      %55 = stablehlo.broadcast_in_dim %54, dims = [] : (tensor<ui32>) -> tensor<1x128xui32>
      %56 = stablehlo.shift_right_logical %50, %55 : tensor<1x128xui32>
      %57 = stablehlo.or %53, %56 : tensor<1x128xui32>
      %58 = stablehlo.xor %51, %57 : tensor<1x128xui32>
      %59 = stablehlo.add %51, %58 : tensor<1x128xui32>
      %60 = stablehlo.broadcast_in_dim %34, dims = [] : (tensor<ui32>) -> tensor<1x128xui32>
      %61 = stablehlo.shift_left %58, %60 : tensor<1x128xui32>
      %c_18 = stablehlo.constant dense<32> : tensor<ui32>
      %62 = stablehlo.subtract %c_18, %34 : tensor<ui32>
      %63 = stablehlo.broadcast_in_dim %62, dims = [] : (tensor<ui32>) -> tensor<1x128xui32>
      %64 = stablehlo.shift_right_logical %58, %63 : tensor<1x128xui32>
      %65 = stablehlo.or %61, %64 : tensor<1x128xui32>
      %66 = stablehlo.xor %59, %65 : tensor<1x128xui32>
      %67 = stablehlo.broadcast_in_dim %iterArg_9, dims = [0, 1] : (tensor<1x1xui32>) -> tensor<1x128xui32>
      %68 = stablehlo.add %59, %67 : tensor<1x128xui32>
      %69 = stablehlo.broadcast_in_dim %iterArg_10, dims = [0, 1] : (tensor<1x1xui32>) -> tensor<1x128xui32>
      %70 = stablehlo.add %66, %69 : tensor<1x128xui32>
      %c_19 = stablehlo.constant dense<1> : tensor<i32>
      %71 = stablehlo.add %iterArg_6, %c_19 : tensor<i32>
      %72 = stablehlo.convert %71 : (tensor<i32>) -> tensor<ui32>
      %73 = stablehlo.broadcast_in_dim %72, dims = [] : (tensor<ui32>) -> tensor<1x128xui32>
      %74 = stablehlo.add %70, %73 : tensor<1x128xui32>
      %c_20 = stablehlo.constant dense<1> : tensor<i32>
      %75 = stablehlo.add %iterArg, %c_20 : tensor<i32>
      stablehlo.return %75, %26, %68, %74, %iterArg_10, %iterArg_11, %iterArg_9, %iterArg_13, %iterArg_12 : tensor<i32>, tensor<i32>, tensor<1x128xui32>, tensor<1x128xui32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<4xui32>, tensor<4xui32>
    }
    %23 = stablehlo.broadcast_in_dim %22#2, dims = [0, 1] : (tensor<1x128xui32>) -> tensor<1x128x1xui32>
    %24 = stablehlo.broadcast_in_dim %22#3, dims = [0, 1] : (tensor<1x128xui32>) -> tensor<1x128x1xui32>
    %25 = stablehlo.concatenate %23, %24, dim = 2 : (tensor<1x128x1xui32>, tensor<1x128x1xui32>) -> tensor<1x128x2xui32>
    return %25 : tensor<1x128x2xui32>
  }
  func.func private @_threefry_split_1(%arg0: tensor<128x2xui32>) -> tensor<128x2x2xui32> {
    %0 = stablehlo.slice %arg0 [0:128, 0:1] : (tensor<128x2xui32>) -> tensor<128x1xui32>
    %1 = stablehlo.reshape %0 : (tensor<128x1xui32>) -> tensor<128xui32>
    %2 = stablehlo.slice %arg0 [0:128, 1:2] : (tensor<128x2xui32>) -> tensor<128x1xui32>
    %3 = stablehlo.reshape %2 : (tensor<128x1xui32>) -> tensor<128xui32>
    %4 = stablehlo.iota dim = 0 : tensor<2xui64>
    %c = stablehlo.constant dense<1> : tensor<ui64>
    %5 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui64>) -> tensor<2xui64>
    %6 = stablehlo.multiply %5, %4 : tensor<2xui64>
    %c_0 = stablehlo.constant dense<32> : tensor<ui64>
    %7 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui64>) -> tensor<2xui64>
    %8 = stablehlo.shift_right_logical %6, %7 : tensor<2xui64>
    %9 = stablehlo.convert %6 : (tensor<2xui64>) -> tensor<2xui32>
    %10 = stablehlo.convert %8 : (tensor<2xui64>) -> tensor<2xui32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [1] : (tensor<2xui32>) -> tensor<1x2xui32>
    %12 = stablehlo.broadcast_in_dim %9, dims = [1] : (tensor<2xui32>) -> tensor<1x2xui32>
    %13 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<128xui32>) -> tensor<128x1xui32>
    %14 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<128xui32>) -> tensor<128x1xui32>
    %c_1 = stablehlo.constant dense<[13, 15, 26, 6]> : tensor<4xui32>
    %c_2 = stablehlo.constant dense<[17, 29, 16, 24]> : tensor<4xui32>
    %15 = stablehlo.xor %13, %14 : tensor<128x1xui32>
    %c_3 = stablehlo.constant dense<466688986> : tensor<ui32>
    %16 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<ui32>) -> tensor<128x1xui32>
    %17 = stablehlo.xor %15, %16 : tensor<128x1xui32>
    %18 = stablehlo.broadcast_in_dim %11, dims = [0, 1] : (tensor<1x2xui32>) -> tensor<128x2xui32>
    %19 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<128x1xui32>) -> tensor<128x2xui32>
    %20 = stablehlo.add %18, %19 : tensor<128x2xui32>
    %21 = stablehlo.broadcast_in_dim %12, dims = [0, 1] : (tensor<1x2xui32>) -> tensor<128x2xui32>
    %22 = stablehlo.broadcast_in_dim %14, dims = [0, 1] : (tensor<128x1xui32>) -> tensor<128x2xui32>
    %23 = stablehlo.add %21, %22 : tensor<128x2xui32>
    %c_4 = stablehlo.constant dense<0> : tensor<i32>
    %c_5 = stablehlo.constant dense<0> : tensor<i32>
    %24:9 = stablehlo.while(%iterArg = %c_5, %iterArg_6 = %c_4, %iterArg_7 = %20, %iterArg_8 = %23, %iterArg_9 = %14, %iterArg_10 = %17, %iterArg_11 = %13, %iterArg_12 = %c_1, %iterArg_13 = %c_2) : tensor<i32>, tensor<i32>, tensor<128x2xui32>, tensor<128x2xui32>, tensor<128x1xui32>, tensor<128x1xui32>, tensor<128x1xui32>, tensor<4xui32>, tensor<4xui32>
    cond {
      %c_14 = stablehlo.constant dense<5> : tensor<i32>
      %28 = stablehlo.compare LT, %iterArg, %c_14, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %28 : tensor<i1>
    } do {
      %c_14 = stablehlo.constant dense<1> : tensor<i32>
      %28 = stablehlo.add %iterArg_6, %c_14 : tensor<i32>
      %29 = stablehlo.slice %iterArg_12 [0:1] : (tensor<4xui32>) -> tensor<1xui32>
      %30 = stablehlo.reshape %29 : (tensor<1xui32>) -> tensor<ui32>
      %31 = stablehlo.slice %iterArg_12 [1:2] : (tensor<4xui32>) -> tensor<1xui32>
      %32 = stablehlo.reshape %31 : (tensor<1xui32>) -> tensor<ui32>
      %33 = stablehlo.slice %iterArg_12 [2:3] : (tensor<4xui32>) -> tensor<1xui32>
      %34 = stablehlo.reshape %33 : (tensor<1xui32>) -> tensor<ui32>
      %35 = stablehlo.slice %iterArg_12 [3:4] : (tensor<4xui32>) -> tensor<1xui32>
      %36 = stablehlo.reshape %35 : (tensor<1xui32>) -> tensor<ui32>
      %37 = stablehlo.add %iterArg_7, %iterArg_8 : tensor<128x2xui32>
      %38 = stablehlo.broadcast_in_dim %30, dims = [] : (tensor<ui32>) -> tensor<128x2xui32>
      %39 = stablehlo.shift_left %iterArg_8, %38 : tensor<128x2xui32>
      %c_15 = stablehlo.constant dense<32> : tensor<ui32>
      %40 = stablehlo.subtract %c_15, %30 : tensor<ui32>
      %41 = stablehlo.broadcast_in_dim %40, dims = [] : (tensor<ui32>) -> tensor<128x2xui32>
      %42 = stablehlo.shift_right_logical %iterArg_8, %41 : tensor<128x2xui32>
      %43 = stablehlo.or %39, %42 : tensor<128x2xui32>
      %44 = stablehlo.xor %37, %43 : tensor<128x2xui32>
      %45 = stablehlo.add %37, %44 : tensor<128x2xui32>
      %46 = stablehlo.broadcast_in_dim %32, dims = [] : (tensor<ui32>) -> tensor<128x2xui32>
      %47 = stablehlo.shift_left %44, %46 : tensor<128x2xui32>
      %c_16 = stablehlo.constant dense<32> : tensor<ui32>
      %48 = stablehlo.subtract %c_16, %32 : tensor<ui32>
      %49 = stablehlo.broadcast_in_dim %48, dims = [] : (tensor<ui32>) -> tensor<128x2xui32>
      %50 = stablehlo.shift_right_logical %44, %49 : tensor<128x2xui32>
      %51 = stablehlo.or %47, %50 : tensor<128x2xui32>
      %52 = stablehlo.xor %45, %51 : tensor<128x2xui32>
      %53 = stablehlo.add %45, %52 : tensor<128x2xui32>
      %54 = stablehlo.broadcast_in_dim %34, dims = [] : (tensor<ui32>) -> tensor<128x2xui32>
      %55 = stablehlo.shift_left %52, %54 : tensor<128x2xui32>
      %c_17 = stablehlo.constant dense<32> : tensor<ui32>
      %56 = stablehlo.subtract %c_17, %34 : tensor<ui32>
      %57 = stablehlo.broadcast_in_dim %56, dims = [] : (tensor<ui32>) -> tensor<128x2xui32>
      %58 = stablehlo.shift_right_logical %52, %57 : tensor<128x2xui32>
      %59 = stablehlo.or %55, %58 : tensor<128x2xui32>
      %60 = stablehlo.xor %53, %59 : tensor<128x2xui32>
      %61 = stablehlo.add %53, %60 : tensor<128x2xui32>
      %62 = stablehlo.broadcast_in_dim %36, dims = [] : (tensor<ui32>) -> tensor<128x2xui32>
      %63 = stablehlo.shift_left %60, %62 : tensor<128x2xui32>
      %c_18 = stablehlo.constant dense<32> : tensor<ui32>
      %64 = stablehlo.subtract %c_18, %36 : tensor<ui32>
      %65 = stablehlo.broadcast_in_dim %64, dims = [] : (tensor<ui32>) -> tensor<128x2xui32>
      %66 = stablehlo.shift_right_logical %60, %65 : tensor<128x2xui32>
      %67 = stablehlo.or %63, %66 : tensor<128x2xui32>
      %68 = stablehlo.xor %61, %67 : tensor<128x2xui32>
      %69 = stablehlo.broadcast_in_dim %iterArg_9, dims = [0, 1] : (tensor<128x1xui32>) -> tensor<128x2xui32>
      %70 = stablehlo.add %61, %69 : tensor<128x2xui32>
      %71 = stablehlo.broadcast_in_dim %iterArg_10, dims = [0, 1] : (tensor<128x1xui32>) -> tensor<128x2xui32>
      %72 = stablehlo.add %68, %71 : tensor<128x2xui32>
      %c_19 = stablehlo.constant dense<1> : tensor<i32>
      %73 = stablehlo.add %iterArg_6, %c_19 : tensor<i32>
      %74 = stablehlo.convert %73 : (tensor<i32>) -> tensor<ui32>
      %75 = stablehlo.broadcast_in_dim %74, dims = [] : (tensor<ui32>) -> tensor<128x2xui32>
      %76 = stablehlo.add %72, %75 : tensor<128x2xui32>
      %c_20 = stablehlo.constant dense<1> : tensor<i32>
      %77 = stablehlo.add %iterArg, %c_20 : tensor<i32>
      stablehlo.return %77, %28, %70, %76, %iterArg_10, %iterArg_11, %iterArg_9, %iterArg_13, %iterArg_12 : tensor<i32>, tensor<i32>, tensor<128x2xui32>, tensor<128x2xui32>, tensor<128x1xui32>, tensor<128x1xui32>, tensor<128x1xui32>, tensor<4xui32>, tensor<4xui32>
    }
    %25 = stablehlo.broadcast_in_dim %24#2, dims = [0, 1] : (tensor<128x2xui32>) -> tensor<128x2x1xui32>
    %26 = stablehlo.broadcast_in_dim %24#3, dims = [0, 1] : (tensor<128x2xui32>) -> tensor<128x2x1xui32>
    %27 = stablehlo.concatenate %25, %26, dim = 2 : (tensor<128x2x1xui32>, tensor<128x2x1xui32>) -> tensor<128x2x2xui32>
    return %27 : tensor<128x2x2xui32>
  }
  func.func private @_threefry_split_2(%arg0: tensor<128x2xui32>) -> tensor<128x3x2xui32> {
    %0 = stablehlo.slice %arg0 [0:128, 0:1] : (tensor<128x2xui32>) -> tensor<128x1xui32>
    %1 = stablehlo.reshape %0 : (tensor<128x1xui32>) -> tensor<128xui32>
    %2 = stablehlo.slice %arg0 [0:128, 1:2] : (tensor<128x2xui32>) -> tensor<128x1xui32>
    %3 = stablehlo.reshape %2 : (tensor<128x1xui32>) -> tensor<128xui32>
    %4 = stablehlo.iota dim = 0 : tensor<3xui64>
    %c = stablehlo.constant dense<1> : tensor<ui64>
    %5 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui64>) -> tensor<3xui64>
    %6 = stablehlo.multiply %5, %4 : tensor<3xui64>
    %c_0 = stablehlo.constant dense<32> : tensor<ui64>
    %7 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui64>) -> tensor<3xui64>
    %8 = stablehlo.shift_right_logical %6, %7 : tensor<3xui64>
    %9 = stablehlo.convert %6 : (tensor<3xui64>) -> tensor<3xui32>
    %10 = stablehlo.convert %8 : (tensor<3xui64>) -> tensor<3xui32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [1] : (tensor<3xui32>) -> tensor<1x3xui32>
    %12 = stablehlo.broadcast_in_dim %9, dims = [1] : (tensor<3xui32>) -> tensor<1x3xui32>
    %13 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<128xui32>) -> tensor<128x1xui32>
    %14 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<128xui32>) -> tensor<128x1xui32>
    %c_1 = stablehlo.constant dense<[13, 15, 26, 6]> : tensor<4xui32>
    %c_2 = stablehlo.constant dense<[17, 29, 16, 24]> : tensor<4xui32>
    %15 = stablehlo.xor %13, %14 : tensor<128x1xui32>
    %c_3 = stablehlo.constant dense<466688986> : tensor<ui32>
    %16 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<ui32>) -> tensor<128x1xui32>
    %17 = stablehlo.xor %15, %16 : tensor<128x1xui32>
    %18 = stablehlo.broadcast_in_dim %11, dims = [0, 1] : (tensor<1x3xui32>) -> tensor<128x3xui32>
    %19 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<128x1xui32>) -> tensor<128x3xui32>
    %20 = stablehlo.add %18, %19 : tensor<128x3xui32>
    %21 = stablehlo.broadcast_in_dim %12, dims = [0, 1] : (tensor<1x3xui32>) -> tensor<128x3xui32>
    %22 = stablehlo.broadcast_in_dim %14, dims = [0, 1] : (tensor<128x1xui32>) -> tensor<128x3xui32>
    %23 = stablehlo.add %21, %22 : tensor<128x3xui32>
    %c_4 = stablehlo.constant dense<0> : tensor<i32>
    %c_5 = stablehlo.constant dense<0> : tensor<i32>
    %24:9 = stablehlo.while(%iterArg = %c_5, %iterArg_6 = %c_4, %iterArg_7 = %20, %iterArg_8 = %23, %iterArg_9 = %14, %iterArg_10 = %17, %iterArg_11 = %13, %iterArg_12 = %c_1, %iterArg_13 = %c_2) : tensor<i32>, tensor<i32>, tensor<128x3xui32>, tensor<128x3xui32>, tensor<128x1xui32>, tensor<128x1xui32>, tensor<128x1xui32>, tensor<4xui32>, tensor<4xui32>
    cond {
      %c_14 = stablehlo.constant dense<5> : tensor<i32>
      %28 = stablehlo.compare LT, %iterArg, %c_14, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %28 : tensor<i1>
    } do {
      %c_14 = stablehlo.constant dense<1> : tensor<i32>
      %28 = stablehlo.add %iterArg_6, %c_14 : tensor<i32>
      %29 = stablehlo.slice %iterArg_12 [0:1] : (tensor<4xui32>) -> tensor<1xui32>
      %30 = stablehlo.reshape %29 : (tensor<1xui32>) -> tensor<ui32>
      %31 = stablehlo.slice %iterArg_12 [1:2] : (tensor<4xui32>) -> tensor<1xui32>
      %32 = stablehlo.reshape %31 : (tensor<1xui32>) -> tensor<ui32>
      %33 = stablehlo.slice %iterArg_12 [2:3] : (tensor<4xui32>) -> tensor<1xui32>
      %34 = stablehlo.reshape %33 : (tensor<1xui32>) -> tensor<ui32>
      %35 = stablehlo.slice %iterArg_12 [3:4] : (tensor<4xui32>) -> tensor<1xui32>
      %36 = stablehlo.reshape %35 : (tensor<1xui32>) -> tensor<ui32>
      %37 = stablehlo.add %iterArg_7, %iterArg_8 : tensor<128x3xui32>
      %38 = stablehlo.broadcast_in_dim %30, dims = [] : (tensor<ui32>) -> tensor<128x3xui32>
      %39 = stablehlo.shift_left %iterArg_8, %38 : tensor<128x3xui32>
      %c_15 = stablehlo.constant dense<32> : tensor<ui32>
      %40 = stablehlo.subtract %c_15, %30 : tensor<ui32>
      %41 = stablehlo.broadcast_in_dim %40, dims = [] : (tensor<ui32>) -> tensor<128x3xui32>
      %42 = stablehlo.shift_right_logical %iterArg_8, %41 : tensor<128x3xui32>
      %43 = stablehlo.or %39, %42 : tensor<128x3xui32>
      %44 = stablehlo.xor %37, %43 : tensor<128x3xui32>
      %45 = stablehlo.add %37, %44 : tensor<128x3xui32>
      %46 = stablehlo.broadcast_in_dim %32, dims = [] : (tensor<ui32>) -> tensor<128x3xui32>
      %47 = stablehlo.shift_left %44, %46 : tensor<128x3xui32>
      %c_16 = stablehlo.constant dense<32> : tensor<ui32>
      %48 = stablehlo.subtract %c_16, %32 : tensor<ui32>
      %49 = stablehlo.broadcast_in_dim %48, dims = [] : (tensor<ui32>) -> tensor<128x3xui32>
      %50 = stablehlo.shift_right_logical %44, %49 : tensor<128x3xui32>
      %51 = stablehlo.or %47, %50 : tensor<128x3xui32>
      %52 = stablehlo.xor %45, %51 : tensor<128x3xui32>
      %53 = stablehlo.add %45, %52 : tensor<128x3xui32>
      %54 = stablehlo.broadcast_in_dim %34, dims = [] : (tensor<ui32>) -> tensor<128x3xui32>
      %55 = stablehlo.shift_left %52, %54 : tensor<128x3xui32>
      %c_17 = stablehlo.constant dense<32> : tensor<ui32>
      %56 = stablehlo.subtract %c_17, %34 : tensor<ui32>
      %57 = stablehlo.broadcast_in_dim %56, dims = [] : (tensor<ui32>) -> tensor<128x3xui32>
      %58 = stablehlo.shift_right_logical %52, %57 : tensor<128x3xui32>
      %59 = stablehlo.or %55, %58 : tensor<128x3xui32>
      %60 = stablehlo.xor %53, %59 : tensor<128x3xui32>
      %61 = stablehlo.add %53, %60 : tensor<128x3xui32>
      %62 = stablehlo.broadcast_in_dim %36, dims = [] : (tensor<ui32>) -> tensor<128x3xui32>
      %63 = stablehlo.shift_left %60, %62 : tensor<128x3xui32>
      %c_18 = stablehlo.constant dense<32> : tensor<ui32>
      %64 = stablehlo.subtract %c_18, %36 : tensor<ui32>
      %65 = stablehlo.broadcast_in_dim %64, dims = [] : (tensor<ui32>) -> tensor<128x3xui32>
      %66 = stablehlo.shift_right_logical %60, %65 : tensor<128x3xui32>
      %67 = stablehlo.or %63, %66 : tensor<128x3xui32>
      %68 = stablehlo.xor %61, %67 : tensor<128x3xui32>
      %69 = stablehlo.broadcast_in_dim %iterArg_9, dims = [0, 1] : (tensor<128x1xui32>) -> tensor<128x3xui32>
      %70 = stablehlo.add %61, %69 : tensor<128x3xui32>
      %71 = stablehlo.broadcast_in_dim %iterArg_10, dims = [0, 1] : (tensor<128x1xui32>) -> tensor<128x3xui32>
      %72 = stablehlo.add %68, %71 : tensor<128x3xui32>
      %c_19 = stablehlo.constant dense<1> : tensor<i32>
      %73 = stablehlo.add %iterArg_6, %c_19 : tensor<i32>
      %74 = stablehlo.convert %73 : (tensor<i32>) -> tensor<ui32>
      %75 = stablehlo.broadcast_in_dim %74, dims = [] : (tensor<ui32>) -> tensor<128x3xui32>
      %76 = stablehlo.add %72, %75 : tensor<128x3xui32>
      %c_20 = stablehlo.constant dense<1> : tensor<i32>
      %77 = stablehlo.add %iterArg, %c_20 : tensor<i32>
      stablehlo.return %77, %28, %70, %76, %iterArg_10, %iterArg_11, %iterArg_9, %iterArg_13, %iterArg_12 : tensor<i32>, tensor<i32>, tensor<128x3xui32>, tensor<128x3xui32>, tensor<128x1xui32>, tensor<128x1xui32>, tensor<128x1xui32>, tensor<4xui32>, tensor<4xui32>
    }
    %25 = stablehlo.broadcast_in_dim %24#2, dims = [0, 1] : (tensor<128x3xui32>) -> tensor<128x3x1xui32>
    %26 = stablehlo.broadcast_in_dim %24#3, dims = [0, 1] : (tensor<128x3xui32>) -> tensor<128x3x1xui32>
    %27 = stablehlo.concatenate %25, %26, dim = 2 : (tensor<128x3x1xui32>, tensor<128x3x1xui32>) -> tensor<128x3x2xui32>
    return %27 : tensor<128x3x2xui32>
  }
  func.func private @_normal_3(%arg0: tensor<128x2xui32>) -> tensor<128xf32> {
    %0 = call @_normal_real_4(%arg0) : (tensor<128x2xui32>) -> tensor<128xf32>
    return %0 : tensor<128xf32>
  }
  func.func private @_normal_real_4(%arg0: tensor<128x2xui32>) -> tensor<128xf32> {
    %cst = stablehlo.constant dense<-0.99999994> : tensor<f32>
    %cst_0 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %0 = call @_uniform_5(%arg0, %cst, %cst_0) : (tensor<128x2xui32>, tensor<f32>, tensor<f32>) -> tensor<128xf32>
    %1 = stablehlo.abs %0 : tensor<128xf32>
    %cst_1 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %2 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %3 = stablehlo.compare GT, %1, %2, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
    %4 = stablehlo.compare NE, %0, %0, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
    %5 = stablehlo.or %3, %4 : tensor<128xi1>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %6 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %7 = stablehlo.compare EQ, %1, %6, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
    %8 = stablehlo.or %5, %7 : tensor<128xi1>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %9 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %10 = stablehlo.select %8, %9, %0 : tensor<128xi1>, tensor<128xf32>
    %11 = stablehlo.abs %10 : tensor<128xf32>
    %cst_4 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %13 = stablehlo.subtract %12, %11 : tensor<128xf32>
    %14 = stablehlo.abs %10 : tensor<128xf32>
    %cst_5 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %16 = stablehlo.add %15, %14 : tensor<128xf32>
    %17 = stablehlo.multiply %13, %16 : tensor<128xf32>
    %18 = stablehlo.log %17 : tensor<128xf32>
    %19 = stablehlo.negate %18 : tensor<128xf32>
    %cst_6 = stablehlo.constant dense<3.500000e+00> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %21 = stablehlo.compare LT, %19, %20, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
    %22 = stablehlo.not %21 : tensor<128xi1>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %23 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %24 = stablehlo.select %21, %23, %19 : tensor<128xi1>, tensor<128xf32>
    %25 = stablehlo.sqrt %24 : tensor<128xf32>
    %26 = stablehlo.bitcast_convert %25 : (tensor<128xf32>) -> tensor<128xi32>
    %c = stablehlo.constant dense<-4096> : tensor<i32>
    %27 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %28 = stablehlo.and %26, %27 : tensor<128xi32>
    %29 = stablehlo.bitcast_convert %28 : (tensor<128xi32>) -> tensor<128xf32>
    %30 = stablehlo.subtract %25, %29 : tensor<128xf32>
    %31 = stablehlo.multiply %29, %29 : tensor<128xf32>
    %32 = stablehlo.subtract %24, %31 : tensor<128xf32>
    %33 = stablehlo.add %25, %29 : tensor<128xf32>
    %34 = stablehlo.divide %32, %33 : tensor<128xf32>
    %cst_8 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_9 = stablehlo.constant dense<1.750000e+00> : tensor<f32>
    %36 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %37 = stablehlo.subtract %19, %36 : tensor<128xf32>
    %38 = stablehlo.subtract %25, %35 : tensor<128xf32>
    %39 = stablehlo.select %21, %37, %38 : tensor<128xi1>, tensor<128xf32>
    %cst_10 = stablehlo.constant dense<1.31467748> : tensor<f32>
    %40 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_11 = stablehlo.constant dense<-0.167197958> : tensor<f32>
    %41 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %42 = stablehlo.select %22, %41, %40 : tensor<128xi1>, tensor<128xf32>
    %cst_12 = stablehlo.constant dense<0.250421584> : tensor<f32>
    %43 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_13 = stablehlo.constant dense<0.00266256672> : tensor<f32>
    %44 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %45 = stablehlo.select %22, %44, %43 : tensor<128xi1>, tensor<128xf32>
    %cst_14 = stablehlo.constant dense<-6.19600236E-4> : tensor<f32>
    %46 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_15 = stablehlo.constant dense<0.00684198458> : tensor<f32>
    %47 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %48 = stablehlo.select %22, %47, %46 : tensor<128xi1>, tensor<128xf32>
    %cst_16 = stablehlo.constant dense<-0.00190193101> : tensor<f32>
    %49 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_17 = stablehlo.constant dense<-0.0034470004> : tensor<f32>
    %50 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %51 = stablehlo.select %22, %50, %49 : tensor<128xi1>, tensor<128xf32>
    %cst_18 = stablehlo.constant dense<2.01806368E-4> : tensor<f32>
    %52 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_19 = stablehlo.constant dense<0.00115094346> : tensor<f32>
    %53 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %54 = stablehlo.select %22, %53, %52 : tensor<128xi1>, tensor<128xf32>
    %cst_20 = stablehlo.constant dense<1.5402964E-5> : tensor<f32>
    %55 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_21 = stablehlo.constant dense<-2.16608154E-4> : tensor<f32>
    %56 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %57 = stablehlo.select %22, %56, %55 : tensor<128xi1>, tensor<128xf32>
    %cst_22 = stablehlo.constant dense<-5.30976786E-6> : tensor<f32>
    %58 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_23 = stablehlo.constant dense<-5.21765432E-5> : tensor<f32>
    %59 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %60 = stablehlo.select %22, %59, %58 : tensor<128xi1>, tensor<128xf32>
    %cst_24 = stablehlo.constant dense<8.1217145E-8> : tensor<f32>
    %61 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_25 = stablehlo.constant dense<5.37958113E-5> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %63 = stablehlo.select %22, %62, %61 : tensor<128xi1>, tensor<128xf32>
    %cst_26 = stablehlo.constant dense<9.39520248E-8> : tensor<f32>
    %64 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_27 = stablehlo.constant dense<-1.19642737E-5> : tensor<f32>
    %65 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %66 = stablehlo.select %22, %65, %64 : tensor<128xi1>, tensor<128xf32>
    %67 = stablehlo.fma %66, %39, %63 : tensor<128xf32>
    %68 = stablehlo.fma %67, %39, %60 : tensor<128xf32>
    %69 = stablehlo.fma %68, %39, %57 : tensor<128xf32>
    %70 = stablehlo.fma %69, %39, %54 : tensor<128xf32>
    %71 = stablehlo.fma %70, %39, %51 : tensor<128xf32>
    %72 = stablehlo.fma %71, %39, %48 : tensor<128xf32>
    %73 = stablehlo.fma %72, %39, %45 : tensor<128xf32>
    %74 = stablehlo.fma %73, %39, %42 : tensor<128xf32>
    %cst_28 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %75 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %76 = stablehlo.multiply %75, %34 : tensor<128xf32>
    %77 = stablehlo.add %76, %74 : tensor<128xf32>
    %cst_29 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %78 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %79 = stablehlo.multiply %78, %29 : tensor<128xf32>
    %80 = stablehlo.add %79, %77 : tensor<128xf32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %81 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %82 = stablehlo.compare LT, %10, %81, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
    %cst_31 = stablehlo.constant dense<-1.000000e+00> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_32 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %84 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %85 = stablehlo.select %82, %83, %84 : tensor<128xi1>, tensor<128xf32>
    %86 = stablehlo.multiply %10, %74 : tensor<128xf32>
    %87 = stablehlo.multiply %85, %80 : tensor<128xf32>
    %88 = stablehlo.select %21, %86, %87 : tensor<128xi1>, tensor<128xf32>
    %cst_33 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %89 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %cst_34 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %90 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %91 = stablehlo.multiply %0, %90 : tensor<128xf32>
    %92 = stablehlo.select %7, %91, %88 : tensor<128xi1>, tensor<128xf32>
    %93 = stablehlo.select %5, %89, %92 : tensor<128xi1>, tensor<128xf32>
    %cst_35 = stablehlo.constant dense<1.41421354> : tensor<f32>
    %94 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %95 = stablehlo.multiply %94, %93 : tensor<128xf32>
    return %95 : tensor<128xf32>
  }
  func.func private @_uniform_5(%arg0: tensor<128x2xui32>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<128xf32> {
    %0 = stablehlo.slice %arg0 [0:128, 0:1] : (tensor<128x2xui32>) -> tensor<128x1xui32>
    %1 = stablehlo.reshape %0 : (tensor<128x1xui32>) -> tensor<128xui32>
    %2 = stablehlo.slice %arg0 [0:128, 1:2] : (tensor<128x2xui32>) -> tensor<128x1xui32>
    %3 = stablehlo.reshape %2 : (tensor<128x1xui32>) -> tensor<128xui32>
    %c = stablehlo.constant dense<0> : tensor<ui32>
    %c_0 = stablehlo.constant dense<0> : tensor<ui32>
    %c_1 = stablehlo.constant dense<[13, 15, 26, 6]> : tensor<4xui32>
    %c_2 = stablehlo.constant dense<[17, 29, 16, 24]> : tensor<4xui32>
    %4 = stablehlo.xor %1, %3 : tensor<128xui32>
    %c_3 = stablehlo.constant dense<466688986> : tensor<ui32>
    %5 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<ui32>) -> tensor<128xui32>
    %6 = stablehlo.xor %4, %5 : tensor<128xui32>
    %7 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui32>) -> tensor<128xui32>
    %8 = stablehlo.add %7, %1 : tensor<128xui32>
    %9 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui32>) -> tensor<128xui32>
    %10 = stablehlo.add %9, %3 : tensor<128xui32>
    %c_4 = stablehlo.constant dense<0> : tensor<i32>
    %c_5 = stablehlo.constant dense<0> : tensor<i32>
    %11:9 = stablehlo.while(%iterArg = %c_5, %iterArg_8 = %c_4, %iterArg_9 = %8, %iterArg_10 = %10, %iterArg_11 = %3, %iterArg_12 = %6, %iterArg_13 = %1, %iterArg_14 = %c_1, %iterArg_15 = %c_2) : tensor<i32>, tensor<i32>, tensor<128xui32>, tensor<128xui32>, tensor<128xui32>, tensor<128xui32>, tensor<128xui32>, tensor<4xui32>, tensor<4xui32>
    cond {
      %c_16 = stablehlo.constant dense<5> : tensor<i32>
      %27 = stablehlo.compare LT, %iterArg, %c_16, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %27 : tensor<i1>
    } do {
      %c_16 = stablehlo.constant dense<1> : tensor<i32>
      %27 = stablehlo.add %iterArg_8, %c_16 : tensor<i32>
      %28 = stablehlo.slice %iterArg_14 [0:1] : (tensor<4xui32>) -> tensor<1xui32>
      %29 = stablehlo.reshape %28 : (tensor<1xui32>) -> tensor<ui32>
      %30 = stablehlo.slice %iterArg_14 [1:2] : (tensor<4xui32>) -> tensor<1xui32>
      %31 = stablehlo.reshape %30 : (tensor<1xui32>) -> tensor<ui32>
      %32 = stablehlo.slice %iterArg_14 [2:3] : (tensor<4xui32>) -> tensor<1xui32>
      %33 = stablehlo.reshape %32 : (tensor<1xui32>) -> tensor<ui32>
      %34 = stablehlo.slice %iterArg_14 [3:4] : (tensor<4xui32>) -> tensor<1xui32>
      %35 = stablehlo.reshape %34 : (tensor<1xui32>) -> tensor<ui32>
      %36 = stablehlo.add %iterArg_9, %iterArg_10 : tensor<128xui32>
      %37 = stablehlo.broadcast_in_dim %29, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %38 = stablehlo.shift_left %iterArg_10, %37 : tensor<128xui32>
      %c_17 = stablehlo.constant dense<32> : tensor<ui32>
      %39 = stablehlo.subtract %c_17, %29 : tensor<ui32>
      %40 = stablehlo.broadcast_in_dim %39, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %41 = stablehlo.shift_right_logical %iterArg_10, %40 : tensor<128xui32>
      %42 = stablehlo.or %38, %41 : tensor<128xui32>
      %43 = stablehlo.xor %36, %42 : tensor<128xui32>
      %44 = stablehlo.add %36, %43 : tensor<128xui32>
      %45 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %46 = stablehlo.shift_left %43, %45 : tensor<128xui32>
      %c_18 = stablehlo.constant dense<32> : tensor<ui32>
      %47 = stablehlo.subtract %c_18, %31 : tensor<ui32>
      %48 = stablehlo.broadcast_in_dim %47, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %49 = stablehlo.shift_right_logical %43, %48 : tensor<128xui32>
      %50 = stablehlo.or %46, %49 : tensor<128xui32>
      %51 = stablehlo.xor %44, %50 : tensor<128xui32>
      %52 = stablehlo.add %44, %51 : tensor<128xui32>
      %53 = stablehlo.broadcast_in_dim %33, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %54 = stablehlo.shift_left %51, %53 : tensor<128xui32>
      %c_19 = stablehlo.constant dense<32> : tensor<ui32>
      %55 = stablehlo.subtract %c_19, %33 : tensor<ui32>
      %56 = stablehlo.broadcast_in_dim %55, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %57 = stablehlo.shift_right_logical %51, %56 : tensor<128xui32>
      %58 = stablehlo.or %54, %57 : tensor<128xui32>
      %59 = stablehlo.xor %52, %58 : tensor<128xui32>
      %60 = stablehlo.add %52, %59 : tensor<128xui32>
      %61 = stablehlo.broadcast_in_dim %35, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %62 = stablehlo.shift_left %59, %61 : tensor<128xui32>
      %c_20 = stablehlo.constant dense<32> : tensor<ui32>
      %63 = stablehlo.subtract %c_20, %35 : tensor<ui32>
      %64 = stablehlo.broadcast_in_dim %63, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %65 = stablehlo.shift_right_logical %59, %64 : tensor<128xui32>
      %66 = stablehlo.or %62, %65 : tensor<128xui32>
      %67 = stablehlo.xor %60, %66 : tensor<128xui32>
      %68 = stablehlo.add %60, %iterArg_11 : tensor<128xui32>
      %69 = stablehlo.add %67, %iterArg_12 : tensor<128xui32>
      %c_21 = stablehlo.constant dense<1> : tensor<i32>
      %70 = stablehlo.add %iterArg_8, %c_21 : tensor<i32>
      %71 = stablehlo.convert %70 : (tensor<i32>) -> tensor<ui32>
      %72 = stablehlo.broadcast_in_dim %71, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %73 = stablehlo.add %69, %72 : tensor<128xui32>
      %c_22 = stablehlo.constant dense<1> : tensor<i32>
      %74 = stablehlo.add %iterArg, %c_22 : tensor<i32>
      stablehlo.return %74, %27, %68, %73, %iterArg_12, %iterArg_13, %iterArg_11, %iterArg_15, %iterArg_14 : tensor<i32>, tensor<i32>, tensor<128xui32>, tensor<128xui32>, tensor<128xui32>, tensor<128xui32>, tensor<128xui32>, tensor<4xui32>, tensor<4xui32>
    }
    %12 = stablehlo.xor %11#2, %11#3 : tensor<128xui32>
    %c_6 = stablehlo.constant dense<9> : tensor<ui32>
    %13 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<ui32>) -> tensor<128xui32>
    %14 = stablehlo.shift_right_logical %12, %13 : tensor<128xui32>
    %c_7 = stablehlo.constant dense<1065353216> : tensor<ui32>
    %15 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<ui32>) -> tensor<128xui32>
    %16 = stablehlo.or %14, %15 : tensor<128xui32>
    %17 = stablehlo.bitcast_convert %16 : (tensor<128xui32>) -> tensor<128xf32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %18 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %19 = stablehlo.subtract %17, %18 : tensor<128xf32>
    %20 = stablehlo.subtract %arg2, %arg1 : tensor<f32>
    %21 = stablehlo.broadcast_in_dim %20, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %22 = stablehlo.multiply %19, %21 : tensor<128xf32>
    %23 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %24 = stablehlo.add %22, %23 : tensor<128xf32>
    %25 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %26 = stablehlo.maximum %25, %24 : tensor<128xf32>
    return %26 : tensor<128xf32>
  }
  func.func private @_uniform_6(%arg0: tensor<128x2xui32>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<128xf32> {
    %0 = stablehlo.convert %arg1 : tensor<f32>
    %1 = stablehlo.convert %arg2 : tensor<f32>
    %2 = stablehlo.slice %arg0 [0:128, 0:1] : (tensor<128x2xui32>) -> tensor<128x1xui32>
    %3 = stablehlo.reshape %2 : (tensor<128x1xui32>) -> tensor<128xui32>
    %4 = stablehlo.slice %arg0 [0:128, 1:2] : (tensor<128x2xui32>) -> tensor<128x1xui32>
    %5 = stablehlo.reshape %4 : (tensor<128x1xui32>) -> tensor<128xui32>
    %c = stablehlo.constant dense<0> : tensor<ui32>
    %c_0 = stablehlo.constant dense<0> : tensor<ui32>
    %c_1 = stablehlo.constant dense<[13, 15, 26, 6]> : tensor<4xui32>
    %c_2 = stablehlo.constant dense<[17, 29, 16, 24]> : tensor<4xui32>
    %6 = stablehlo.xor %3, %5 : tensor<128xui32>
    %c_3 = stablehlo.constant dense<466688986> : tensor<ui32>
    %7 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<ui32>) -> tensor<128xui32>
    %8 = stablehlo.xor %6, %7 : tensor<128xui32>
    %9 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui32>) -> tensor<128xui32>
    %10 = stablehlo.add %9, %3 : tensor<128xui32>
    %11 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui32>) -> tensor<128xui32>
    %12 = stablehlo.add %11, %5 : tensor<128xui32>
    %c_4 = stablehlo.constant dense<0> : tensor<i32>
    %c_5 = stablehlo.constant dense<0> : tensor<i32>
    %13:9 = stablehlo.while(%iterArg = %c_5, %iterArg_8 = %c_4, %iterArg_9 = %10, %iterArg_10 = %12, %iterArg_11 = %5, %iterArg_12 = %8, %iterArg_13 = %3, %iterArg_14 = %c_1, %iterArg_15 = %c_2) : tensor<i32>, tensor<i32>, tensor<128xui32>, tensor<128xui32>, tensor<128xui32>, tensor<128xui32>, tensor<128xui32>, tensor<4xui32>, tensor<4xui32>
    cond {
      %c_16 = stablehlo.constant dense<5> : tensor<i32>
      %29 = stablehlo.compare LT, %iterArg, %c_16, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %29 : tensor<i1>
    } do {
      %c_16 = stablehlo.constant dense<1> : tensor<i32>
      %29 = stablehlo.add %iterArg_8, %c_16 : tensor<i32>
      %30 = stablehlo.slice %iterArg_14 [0:1] : (tensor<4xui32>) -> tensor<1xui32>
      %31 = stablehlo.reshape %30 : (tensor<1xui32>) -> tensor<ui32>
      %32 = stablehlo.slice %iterArg_14 [1:2] : (tensor<4xui32>) -> tensor<1xui32>
      %33 = stablehlo.reshape %32 : (tensor<1xui32>) -> tensor<ui32>
      %34 = stablehlo.slice %iterArg_14 [2:3] : (tensor<4xui32>) -> tensor<1xui32>
      %35 = stablehlo.reshape %34 : (tensor<1xui32>) -> tensor<ui32>
      %36 = stablehlo.slice %iterArg_14 [3:4] : (tensor<4xui32>) -> tensor<1xui32>
      %37 = stablehlo.reshape %36 : (tensor<1xui32>) -> tensor<ui32>
      %38 = stablehlo.add %iterArg_9, %iterArg_10 : tensor<128xui32>
      %39 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %40 = stablehlo.shift_left %iterArg_10, %39 : tensor<128xui32>
      %c_17 = stablehlo.constant dense<32> : tensor<ui32>
      %41 = stablehlo.subtract %c_17, %31 : tensor<ui32>
      %42 = stablehlo.broadcast_in_dim %41, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %43 = stablehlo.shift_right_logical %iterArg_10, %42 : tensor<128xui32>
      %44 = stablehlo.or %40, %43 : tensor<128xui32>
      %45 = stablehlo.xor %38, %44 : tensor<128xui32>
      %46 = stablehlo.add %38, %45 : tensor<128xui32>
      %47 = stablehlo.broadcast_in_dim %33, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %48 = stablehlo.shift_left %45, %47 : tensor<128xui32>
      %c_18 = stablehlo.constant dense<32> : tensor<ui32>
      %49 = stablehlo.subtract %c_18, %33 : tensor<ui32>
      %50 = stablehlo.broadcast_in_dim %49, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %51 = stablehlo.shift_right_logical %45, %50 : tensor<128xui32>
      %52 = stablehlo.or %48, %51 : tensor<128xui32>
      %53 = stablehlo.xor %46, %52 : tensor<128xui32>
      %54 = stablehlo.add %46, %53 : tensor<128xui32>
      %55 = stablehlo.broadcast_in_dim %35, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %56 = stablehlo.shift_left %53, %55 : tensor<128xui32>
      %c_19 = stablehlo.constant dense<32> : tensor<ui32>
      %57 = stablehlo.subtract %c_19, %35 : tensor<ui32>
      %58 = stablehlo.broadcast_in_dim %57, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %59 = stablehlo.shift_right_logical %53, %58 : tensor<128xui32>
      %60 = stablehlo.or %56, %59 : tensor<128xui32>
      %61 = stablehlo.xor %54, %60 : tensor<128xui32>
      %62 = stablehlo.add %54, %61 : tensor<128xui32>
      %63 = stablehlo.broadcast_in_dim %37, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %64 = stablehlo.shift_left %61, %63 : tensor<128xui32>
      %c_20 = stablehlo.constant dense<32> : tensor<ui32>
      %65 = stablehlo.subtract %c_20, %37 : tensor<ui32>
      %66 = stablehlo.broadcast_in_dim %65, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %67 = stablehlo.shift_right_logical %61, %66 : tensor<128xui32>
      %68 = stablehlo.or %64, %67 : tensor<128xui32>
      %69 = stablehlo.xor %62, %68 : tensor<128xui32>
      %70 = stablehlo.add %62, %iterArg_11 : tensor<128xui32>
      %71 = stablehlo.add %69, %iterArg_12 : tensor<128xui32>
      %c_21 = stablehlo.constant dense<1> : tensor<i32>
      %72 = stablehlo.add %iterArg_8, %c_21 : tensor<i32>
      %73 = stablehlo.convert %72 : (tensor<i32>) -> tensor<ui32>
      %74 = stablehlo.broadcast_in_dim %73, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %75 = stablehlo.add %71, %74 : tensor<128xui32>
      %c_22 = stablehlo.constant dense<1> : tensor<i32>
      %76 = stablehlo.add %iterArg, %c_22 : tensor<i32>
      stablehlo.return %76, %29, %70, %75, %iterArg_12, %iterArg_13, %iterArg_11, %iterArg_15, %iterArg_14 : tensor<i32>, tensor<i32>, tensor<128xui32>, tensor<128xui32>, tensor<128xui32>, tensor<128xui32>, tensor<128xui32>, tensor<4xui32>, tensor<4xui32>
    }
    %14 = stablehlo.xor %13#2, %13#3 : tensor<128xui32>
    %c_6 = stablehlo.constant dense<9> : tensor<ui32>
    %15 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<ui32>) -> tensor<128xui32>
    %16 = stablehlo.shift_right_logical %14, %15 : tensor<128xui32>
    %c_7 = stablehlo.constant dense<1065353216> : tensor<ui32>
    %17 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<ui32>) -> tensor<128xui32>
    %18 = stablehlo.or %16, %17 : tensor<128xui32>
    %19 = stablehlo.bitcast_convert %18 : (tensor<128xui32>) -> tensor<128xf32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %21 = stablehlo.subtract %19, %20 : tensor<128xf32>
    %22 = stablehlo.subtract %1, %0 : tensor<f32>
    %23 = stablehlo.broadcast_in_dim %22, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %24 = stablehlo.multiply %21, %23 : tensor<128xf32>
    %25 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %26 = stablehlo.add %24, %25 : tensor<128xf32>
    %27 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %28 = stablehlo.maximum %27, %26 : tensor<128xf32>
    return %28 : tensor<128xf32>
  }
}
