module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2xui32>) -> (tensor<256xf32> {jax.result_info = "result"}) {
    %0 = call @_normal(%arg0) : (tensor<2xui32>) -> tensor<256xf32>
    return %0 : tensor<256xf32>
  }
  func.func private @_normal(%arg0: tensor<2xui32>) -> tensor<256xf32> {
    %0 = call @_normal_real(%arg0) : (tensor<2xui32>) -> tensor<256xf32>
    return %0 : tensor<256xf32>
  }
  func.func private @_normal_real(%arg0: tensor<2xui32>) -> tensor<256xf32> {
    %cst = stablehlo.constant dense<-0.99999994> : tensor<f32>
    %cst_0 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %0 = call @_uniform(%arg0, %cst, %cst_0) : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<256xf32>
    %1 = stablehlo.abs %0 : tensor<256xf32>
    %cst_1 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %2 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %3 = stablehlo.compare GT, %1, %2, FLOAT : (tensor<256xf32>, tensor<256xf32>) -> tensor<256xi1>
    %4 = stablehlo.compare NE, %0, %0, FLOAT : (tensor<256xf32>, tensor<256xf32>) -> tensor<256xi1>
    %5 = stablehlo.or %3, %4 : tensor<256xi1>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %6 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %7 = stablehlo.compare EQ, %1, %6, FLOAT : (tensor<256xf32>, tensor<256xf32>) -> tensor<256xi1>
    %8 = stablehlo.or %5, %7 : tensor<256xi1>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %9 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %10 = stablehlo.select %8, %9, %0 : tensor<256xi1>, tensor<256xf32>
    %11 = stablehlo.abs %10 : tensor<256xf32>
    %cst_4 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %13 = stablehlo.subtract %12, %11 : tensor<256xf32>
    %14 = stablehlo.abs %10 : tensor<256xf32>
    %cst_5 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %16 = stablehlo.add %15, %14 : tensor<256xf32>
    %17 = stablehlo.multiply %13, %16 : tensor<256xf32>
    %18 = stablehlo.log %17 : tensor<256xf32>
    %19 = stablehlo.negate %18 : tensor<256xf32>
    %cst_6 = stablehlo.constant dense<3.500000e+00> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %21 = stablehlo.compare LT, %19, %20, FLOAT : (tensor<256xf32>, tensor<256xf32>) -> tensor<256xi1>
    %22 = stablehlo.not %21 : tensor<256xi1>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %23 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %24 = stablehlo.select %21, %23, %19 : tensor<256xi1>, tensor<256xf32>
    %25 = stablehlo.sqrt %24 : tensor<256xf32>
    %26 = stablehlo.bitcast_convert %25 : (tensor<256xf32>) -> tensor<256xi32>
    %c = stablehlo.constant dense<-4096> : tensor<i32>
    %27 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<256xi32>
    %28 = stablehlo.and %26, %27 : tensor<256xi32>
    %29 = stablehlo.bitcast_convert %28 : (tensor<256xi32>) -> tensor<256xf32>
    %30 = stablehlo.subtract %25, %29 : tensor<256xf32>
    %31 = stablehlo.multiply %29, %29 : tensor<256xf32>
    %32 = stablehlo.subtract %24, %31 : tensor<256xf32>
    %33 = stablehlo.add %25, %29 : tensor<256xf32>
    %34 = stablehlo.divide %32, %33 : tensor<256xf32>
    %cst_8 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %cst_9 = stablehlo.constant dense<1.750000e+00> : tensor<f32>
    %36 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %37 = stablehlo.subtract %19, %36 : tensor<256xf32>
    %38 = stablehlo.subtract %25, %35 : tensor<256xf32>
    %39 = stablehlo.select %21, %37, %38 : tensor<256xi1>, tensor<256xf32>
    %cst_10 = stablehlo.constant dense<1.31467748> : tensor<f32>
    %40 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %cst_11 = stablehlo.constant dense<-0.167197958> : tensor<f32>
    %41 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %42 = stablehlo.select %22, %41, %40 : tensor<256xi1>, tensor<256xf32>
    %cst_12 = stablehlo.constant dense<0.250421584> : tensor<f32>
    %43 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %cst_13 = stablehlo.constant dense<0.00266256672> : tensor<f32>
    %44 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %45 = stablehlo.select %22, %44, %43 : tensor<256xi1>, tensor<256xf32>
    %cst_14 = stablehlo.constant dense<-6.19600236E-4> : tensor<f32>
    %46 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %cst_15 = stablehlo.constant dense<0.00684198458> : tensor<f32>
    %47 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %48 = stablehlo.select %22, %47, %46 : tensor<256xi1>, tensor<256xf32>
    %cst_16 = stablehlo.constant dense<-0.00190193101> : tensor<f32>
    %49 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %cst_17 = stablehlo.constant dense<-0.0034470004> : tensor<f32>
    %50 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %51 = stablehlo.select %22, %50, %49 : tensor<256xi1>, tensor<256xf32>
    %cst_18 = stablehlo.constant dense<2.01806368E-4> : tensor<f32>
    %52 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %cst_19 = stablehlo.constant dense<0.00115094346> : tensor<f32>
    %53 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %54 = stablehlo.select %22, %53, %52 : tensor<256xi1>, tensor<256xf32>
    %cst_20 = stablehlo.constant dense<1.5402964E-5> : tensor<f32>
    %55 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %cst_21 = stablehlo.constant dense<-2.16608154E-4> : tensor<f32>
    %56 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %57 = stablehlo.select %22, %56, %55 : tensor<256xi1>, tensor<256xf32>
    %cst_22 = stablehlo.constant dense<-5.30976786E-6> : tensor<f32>
    %58 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %cst_23 = stablehlo.constant dense<-5.21765432E-5> : tensor<f32>
    %59 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %60 = stablehlo.select %22, %59, %58 : tensor<256xi1>, tensor<256xf32>
    %cst_24 = stablehlo.constant dense<8.1217145E-8> : tensor<f32>
    %61 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %cst_25 = stablehlo.constant dense<5.37958113E-5> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %63 = stablehlo.select %22, %62, %61 : tensor<256xi1>, tensor<256xf32>
    %cst_26 = stablehlo.constant dense<9.39520248E-8> : tensor<f32>
    %64 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %cst_27 = stablehlo.constant dense<-1.19642737E-5> : tensor<f32>
    %65 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %66 = stablehlo.select %22, %65, %64 : tensor<256xi1>, tensor<256xf32>
    %67 = stablehlo.fma %66, %39, %63 : tensor<256xf32>
    %68 = stablehlo.fma %67, %39, %60 : tensor<256xf32>
    %69 = stablehlo.fma %68, %39, %57 : tensor<256xf32>
    %70 = stablehlo.fma %69, %39, %54 : tensor<256xf32>
    %71 = stablehlo.fma %70, %39, %51 : tensor<256xf32>
    %72 = stablehlo.fma %71, %39, %48 : tensor<256xf32>
    %73 = stablehlo.fma %72, %39, %45 : tensor<256xf32>
    %74 = stablehlo.fma %73, %39, %42 : tensor<256xf32>
    %cst_28 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %75 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %76 = stablehlo.multiply %75, %34 : tensor<256xf32>
    %77 = stablehlo.add %76, %74 : tensor<256xf32>
    %cst_29 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %78 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %79 = stablehlo.multiply %78, %29 : tensor<256xf32>
    %80 = stablehlo.add %79, %77 : tensor<256xf32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %81 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %82 = stablehlo.compare LT, %10, %81, FLOAT : (tensor<256xf32>, tensor<256xf32>) -> tensor<256xi1>
    %cst_31 = stablehlo.constant dense<-1.000000e+00> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %cst_32 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %84 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %85 = stablehlo.select %82, %83, %84 : tensor<256xi1>, tensor<256xf32>
    %86 = stablehlo.multiply %10, %74 : tensor<256xf32>
    %87 = stablehlo.multiply %85, %80 : tensor<256xf32>
    %88 = stablehlo.select %21, %86, %87 : tensor<256xi1>, tensor<256xf32>
    %cst_33 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %89 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %cst_34 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %90 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %91 = stablehlo.multiply %0, %90 : tensor<256xf32>
    %92 = stablehlo.select %7, %91, %88 : tensor<256xi1>, tensor<256xf32>
    %93 = stablehlo.select %5, %89, %92 : tensor<256xi1>, tensor<256xf32>
    %cst_35 = stablehlo.constant dense<1.41421354> : tensor<f32>
    %94 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %95 = stablehlo.multiply %94, %93 : tensor<256xf32>
    return %95 : tensor<256xf32>
  }
  func.func private @_uniform(%arg0: tensor<2xui32>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<256xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %1 = stablehlo.broadcast_in_dim %arg2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %2 = stablehlo.slice %arg0 [0:1] : (tensor<2xui32>) -> tensor<1xui32>
    %3 = stablehlo.reshape %2 : (tensor<1xui32>) -> tensor<ui32>
    %4 = stablehlo.slice %arg0 [1:2] : (tensor<2xui32>) -> tensor<1xui32>
    %5 = stablehlo.reshape %4 : (tensor<1xui32>) -> tensor<ui32>
    %6 = stablehlo.iota dim = 0 : tensor<256xui64>
    %c = stablehlo.constant dense<1> : tensor<ui64>
    %7 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui64>) -> tensor<256xui64>
    %8 = stablehlo.multiply %7, %6 : tensor<256xui64>
    %c_0 = stablehlo.constant dense<32> : tensor<ui64>
    %9 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui64>) -> tensor<256xui64>
    %10 = stablehlo.shift_right_logical %8, %9 : tensor<256xui64>
    %11 = stablehlo.convert %8 : (tensor<256xui64>) -> tensor<256xui32>
    %12 = stablehlo.convert %10 : (tensor<256xui64>) -> tensor<256xui32>
    %c_1 = stablehlo.constant dense<[13, 15, 26, 6]> : tensor<4xui32>
    %c_2 = stablehlo.constant dense<[17, 29, 16, 24]> : tensor<4xui32>
    %13 = stablehlo.xor %3, %5 : tensor<ui32>
    %c_3 = stablehlo.constant dense<466688986> : tensor<ui32>
    %14 = stablehlo.xor %13, %c_3 : tensor<ui32>
    %15 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<ui32>) -> tensor<256xui32>
    %16 = stablehlo.add %12, %15 : tensor<256xui32>
    %17 = stablehlo.broadcast_in_dim %5, dims = [] : (tensor<ui32>) -> tensor<256xui32>
    %18 = stablehlo.add %11, %17 : tensor<256xui32>
    %c_4 = stablehlo.constant dense<0> : tensor<i32>
    %c_5 = stablehlo.constant dense<0> : tensor<i32>
    %19:9 = stablehlo.while(%iterArg = %c_5, %iterArg_8 = %c_4, %iterArg_9 = %16, %iterArg_10 = %18, %iterArg_11 = %5, %iterArg_12 = %14, %iterArg_13 = %3, %iterArg_14 = %c_1, %iterArg_15 = %c_2) : tensor<i32>, tensor<i32>, tensor<256xui32>, tensor<256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>
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
      %44 = stablehlo.add %iterArg_9, %iterArg_10 : tensor<256xui32>
      %45 = stablehlo.broadcast_in_dim %37, dims = [] : (tensor<ui32>) -> tensor<256xui32>
      %46 = stablehlo.shift_left %iterArg_10, %45 : tensor<256xui32>
      %c_17 = stablehlo.constant dense<32> : tensor<ui32>
      %47 = stablehlo.subtract %c_17, %37 : tensor<ui32>
      %48 = stablehlo.broadcast_in_dim %47, dims = [] : (tensor<ui32>) -> tensor<256xui32>
      %49 = stablehlo.shift_right_logical %iterArg_10, %48 : tensor<256xui32>
      %50 = stablehlo.or %46, %49 : tensor<256xui32>
      %51 = stablehlo.xor %44, %50 : tensor<256xui32>
      %52 = stablehlo.add %44, %51 : tensor<256xui32>
      %53 = stablehlo.broadcast_in_dim %39, dims = [] : (tensor<ui32>) -> tensor<256xui32>
      %54 = stablehlo.shift_left %51, %53 : tensor<256xui32>
      %c_18 = stablehlo.constant dense<32> : tensor<ui32>
      %55 = stablehlo.subtract %c_18, %39 : tensor<ui32>
      %56 = stablehlo.broadcast_in_dim %55, dims = [] : (tensor<ui32>) -> tensor<256xui32>
      %57 = stablehlo.shift_right_logical %51, %56 : tensor<256xui32>
      %58 = stablehlo.or %54, %57 : tensor<256xui32>
      %59 = stablehlo.xor %52, %58 : tensor<256xui32>
      %60 = stablehlo.add %52, %59 : tensor<256xui32>
      %61 = stablehlo.broadcast_in_dim %41, dims = [] : (tensor<ui32>) -> tensor<256xui32>
      %62 = stablehlo.shift_left %59, %61 : tensor<256xui32>
      %c_19 = stablehlo.constant dense<32> : tensor<ui32>
      %63 = stablehlo.subtract %c_19, %41 : tensor<ui32>
      %64 = stablehlo.broadcast_in_dim %63, dims = [] : (tensor<ui32>) -> tensor<256xui32>
      %65 = stablehlo.shift_right_logical %59, %64 : tensor<256xui32>
      %66 = stablehlo.or %62, %65 : tensor<256xui32>
      %67 = stablehlo.xor %60, %66 : tensor<256xui32>
      %68 = stablehlo.add %60, %67 : tensor<256xui32>
      %69 = stablehlo.broadcast_in_dim %43, dims = [] : (tensor<ui32>) -> tensor<256xui32>
      %70 = stablehlo.shift_left %67, %69 : tensor<256xui32>
      %c_20 = stablehlo.constant dense<32> : tensor<ui32>
      %71 = stablehlo.subtract %c_20, %43 : tensor<ui32>
      %72 = stablehlo.broadcast_in_dim %71, dims = [] : (tensor<ui32>) -> tensor<256xui32>
      %73 = stablehlo.shift_right_logical %67, %72 : tensor<256xui32>
      %74 = stablehlo.or %70, %73 : tensor<256xui32>
      %75 = stablehlo.xor %68, %74 : tensor<256xui32>
      %76 = stablehlo.broadcast_in_dim %iterArg_11, dims = [] : (tensor<ui32>) -> tensor<256xui32>
      %77 = stablehlo.add %68, %76 : tensor<256xui32>
      %78 = stablehlo.broadcast_in_dim %iterArg_12, dims = [] : (tensor<ui32>) -> tensor<256xui32>
      %79 = stablehlo.add %75, %78 : tensor<256xui32>
      %c_21 = stablehlo.constant dense<1> : tensor<i32>
      %80 = stablehlo.add %iterArg_8, %c_21 : tensor<i32>
      %81 = stablehlo.convert %80 : (tensor<i32>) -> tensor<ui32>
      %82 = stablehlo.broadcast_in_dim %81, dims = [] : (tensor<ui32>) -> tensor<256xui32>
      %83 = stablehlo.add %79, %82 : tensor<256xui32>
      %c_22 = stablehlo.constant dense<1> : tensor<i32>
      %84 = stablehlo.add %iterArg, %c_22 : tensor<i32>
      stablehlo.return %84, %35, %77, %83, %iterArg_12, %iterArg_13, %iterArg_11, %iterArg_15, %iterArg_14 : tensor<i32>, tensor<i32>, tensor<256xui32>, tensor<256xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>
    }
    %20 = stablehlo.xor %19#2, %19#3 : tensor<256xui32>
    %c_6 = stablehlo.constant dense<9> : tensor<ui32>
    %21 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<ui32>) -> tensor<256xui32>
    %22 = stablehlo.shift_right_logical %20, %21 : tensor<256xui32>
    %c_7 = stablehlo.constant dense<1065353216> : tensor<ui32>
    %23 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<ui32>) -> tensor<256xui32>
    %24 = stablehlo.or %22, %23 : tensor<256xui32>
    %25 = stablehlo.bitcast_convert %24 : (tensor<256xui32>) -> tensor<256xf32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %26 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %27 = stablehlo.subtract %25, %26 : tensor<256xf32>
    %28 = stablehlo.subtract %1, %0 : tensor<1xf32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [0] : (tensor<1xf32>) -> tensor<256xf32>
    %30 = stablehlo.multiply %27, %29 : tensor<256xf32>
    %31 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<1xf32>) -> tensor<256xf32>
    %32 = stablehlo.add %30, %31 : tensor<256xf32>
    %33 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<1xf32>) -> tensor<256xf32>
    %34 = stablehlo.maximum %33, %32 : tensor<256xf32>
    return %34 : tensor<256xf32>
  }
}
