module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2xui32>) -> (tensor<128xi32> {jax.result_info = "result"}) {
    %cst = stablehlo.constant dense<3.500000e+00> : tensor<f32>
    %0 = call @_poisson(%arg0, %cst) : (tensor<2xui32>, tensor<f32>) -> tensor<128xi32>
    return %0 : tensor<128xi32>
  }
  func.func private @_poisson(%arg0: tensor<2xui32>, %arg1: tensor<f32>) -> tensor<128xi32> {
    %0 = stablehlo.convert %arg1 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %2 = stablehlo.is_finite %1 : (tensor<128xf32>) -> tensor<128xi1>
    %3 = stablehlo.not %2 : tensor<128xi1>
    %cst = stablehlo.constant dense<1.000000e+01> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %5 = stablehlo.compare LT, %1, %4, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
    %6 = stablehlo.or %3, %5 : tensor<128xi1>
    %cst_0 = stablehlo.constant dense<1.000000e+01> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %8 = stablehlo.compare LT, %1, %7, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %9 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %10 = stablehlo.select %8, %1, %9 : tensor<128xi1>, tensor<128xf32>
    %cst_2 = stablehlo.constant dense<1.000000e+05> : tensor<f32>
    %11 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %12 = stablehlo.select %6, %11, %1 : tensor<128xi1>, tensor<128xf32>
    %13 = call @_poisson_knuth(%arg0, %10) : (tensor<2xui32>, tensor<128xf32>) -> tensor<128xi32>
    %14 = call @_poisson_rejection(%arg0, %12) : (tensor<2xui32>, tensor<128xf32>) -> tensor<128xi32>
    %15 = stablehlo.select %6, %13, %14 : tensor<128xi1>, tensor<128xi32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %17 = stablehlo.compare EQ, %1, %16, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %18 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %19 = stablehlo.select %17, %18, %15 : tensor<128xi1>, tensor<128xi32>
    return %19 : tensor<128xi32>
  }
  func.func private @_poisson_knuth(%arg0: tensor<2xui32>, %arg1: tensor<128xf32>) -> tensor<128xi32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %2:6 = stablehlo.while(%iterArg = %arg1, %iterArg_2 = %arg1, %iterArg_3 = %c_0, %iterArg_4 = %0, %iterArg_5 = %arg0, %iterArg_6 = %1) : tensor<128xf32>, tensor<128xf32>, tensor<i32>, tensor<128xi32>, tensor<2xui32>, tensor<128xf32>
    cond {
      %5 = stablehlo.negate %iterArg : tensor<128xf32>
      %6 = stablehlo.compare GT, %iterArg_6, %5, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
      %c_7 = stablehlo.constant dense<false> : tensor<i1>
      %7 = stablehlo.reduce(%6 init: %c_7) applies stablehlo.or across dimensions = [0] : (tensor<128xi1>, tensor<i1>) -> tensor<i1>
      %8 = stablehlo.convert %iterArg_3 : tensor<i32>
      %c_8 = stablehlo.constant dense<2147483647> : tensor<i32>
      %9 = stablehlo.compare LT, %8, %c_8, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %10 = stablehlo.and %7, %9 : tensor<i1>
      stablehlo.return %10 : tensor<i1>
    } do {
      %5 = func.call @_threefry_split(%iterArg_5) : (tensor<2xui32>) -> tensor<2x2xui32>
      %6 = stablehlo.slice %5 [0:1, 0:2] : (tensor<2x2xui32>) -> tensor<1x2xui32>
      %7 = stablehlo.reshape %6 : (tensor<1x2xui32>) -> tensor<2xui32>
      %8 = stablehlo.slice %5 [1:2, 0:2] : (tensor<2x2xui32>) -> tensor<1x2xui32>
      %9 = stablehlo.reshape %8 : (tensor<1x2xui32>) -> tensor<2xui32>
      %10 = stablehlo.negate %iterArg_2 : tensor<128xf32>
      %11 = stablehlo.compare GT, %iterArg_6, %10, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
      %c_7 = stablehlo.constant dense<1> : tensor<i32>
      %12 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<i32>) -> tensor<128xi32>
      %13 = stablehlo.add %iterArg_4, %12 : tensor<128xi32>
      %14 = stablehlo.select %11, %13, %iterArg_4 : tensor<128xi1>, tensor<128xi32>
      %cst_8 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %cst_9 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %15 = func.call @_uniform(%9, %cst_8, %cst_9) : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<128xf32>
      %c_10 = stablehlo.constant dense<1> : tensor<i32>
      %16 = stablehlo.add %iterArg_3, %c_10 : tensor<i32>
      %17 = stablehlo.log %15 : tensor<128xf32>
      %18 = stablehlo.add %iterArg_6, %17 : tensor<128xf32>
      stablehlo.return %iterArg, %iterArg_2, %16, %14, %7, %18 : tensor<128xf32>, tensor<128xf32>, tensor<i32>, tensor<128xi32>, tensor<2xui32>, tensor<128xf32>
    }
    %c_1 = stablehlo.constant dense<1> : tensor<i32>
    %3 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %4 = stablehlo.subtract %2#3, %3 : tensor<128xi32>
    return %4 : tensor<128xi32>
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
  func.func private @_uniform(%arg0: tensor<2xui32>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<128xf32> {
    %0 = stablehlo.convert %arg1 : tensor<f32>
    %1 = stablehlo.convert %arg2 : tensor<f32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %4 = stablehlo.slice %arg0 [0:1] : (tensor<2xui32>) -> tensor<1xui32>
    %5 = stablehlo.reshape %4 : (tensor<1xui32>) -> tensor<ui32>
    %6 = stablehlo.slice %arg0 [1:2] : (tensor<2xui32>) -> tensor<1xui32>
    %7 = stablehlo.reshape %6 : (tensor<1xui32>) -> tensor<ui32>
    %8 = stablehlo.iota dim = 0 : tensor<128xui64>
    %c = stablehlo.constant dense<1> : tensor<ui64>
    %9 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui64>) -> tensor<128xui64>
    %10 = stablehlo.multiply %9, %8 : tensor<128xui64>
    %c_0 = stablehlo.constant dense<32> : tensor<ui64>
    %11 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui64>) -> tensor<128xui64>
    %12 = stablehlo.shift_right_logical %10, %11 : tensor<128xui64>
    %13 = stablehlo.convert %10 : (tensor<128xui64>) -> tensor<128xui32>
    %14 = stablehlo.convert %12 : (tensor<128xui64>) -> tensor<128xui32>
    %c_1 = stablehlo.constant dense<[13, 15, 26, 6]> : tensor<4xui32>
    %c_2 = stablehlo.constant dense<[17, 29, 16, 24]> : tensor<4xui32>
    %15 = stablehlo.xor %5, %7 : tensor<ui32>
    %c_3 = stablehlo.constant dense<466688986> : tensor<ui32>
    %16 = stablehlo.xor %15, %c_3 : tensor<ui32>
    %17 = stablehlo.broadcast_in_dim %5, dims = [] : (tensor<ui32>) -> tensor<128xui32>
    %18 = stablehlo.add %14, %17 : tensor<128xui32>
    %19 = stablehlo.broadcast_in_dim %7, dims = [] : (tensor<ui32>) -> tensor<128xui32>
    %20 = stablehlo.add %13, %19 : tensor<128xui32>
    %c_4 = stablehlo.constant dense<0> : tensor<i32>
    %c_5 = stablehlo.constant dense<0> : tensor<i32>
    %21:9 = stablehlo.while(%iterArg = %c_5, %iterArg_8 = %c_4, %iterArg_9 = %18, %iterArg_10 = %20, %iterArg_11 = %7, %iterArg_12 = %16, %iterArg_13 = %5, %iterArg_14 = %c_1, %iterArg_15 = %c_2) : tensor<i32>, tensor<i32>, tensor<128xui32>, tensor<128xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>
    cond {
      %c_16 = stablehlo.constant dense<5> : tensor<i32>
      %37 = stablehlo.compare LT, %iterArg, %c_16, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %37 : tensor<i1>
    } do {
      %c_16 = stablehlo.constant dense<1> : tensor<i32>
      %37 = stablehlo.add %iterArg_8, %c_16 : tensor<i32>
      %38 = stablehlo.slice %iterArg_14 [0:1] : (tensor<4xui32>) -> tensor<1xui32>
      %39 = stablehlo.reshape %38 : (tensor<1xui32>) -> tensor<ui32>
      %40 = stablehlo.slice %iterArg_14 [1:2] : (tensor<4xui32>) -> tensor<1xui32>
      %41 = stablehlo.reshape %40 : (tensor<1xui32>) -> tensor<ui32>
      %42 = stablehlo.slice %iterArg_14 [2:3] : (tensor<4xui32>) -> tensor<1xui32>
      %43 = stablehlo.reshape %42 : (tensor<1xui32>) -> tensor<ui32>
      %44 = stablehlo.slice %iterArg_14 [3:4] : (tensor<4xui32>) -> tensor<1xui32>
      %45 = stablehlo.reshape %44 : (tensor<1xui32>) -> tensor<ui32>
      %46 = stablehlo.add %iterArg_9, %iterArg_10 : tensor<128xui32>
      %47 = stablehlo.broadcast_in_dim %39, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %48 = stablehlo.shift_left %iterArg_10, %47 : tensor<128xui32>
      %c_17 = stablehlo.constant dense<32> : tensor<ui32>
      %49 = stablehlo.subtract %c_17, %39 : tensor<ui32>
      %50 = stablehlo.broadcast_in_dim %49, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %51 = stablehlo.shift_right_logical %iterArg_10, %50 : tensor<128xui32>
      %52 = stablehlo.or %48, %51 : tensor<128xui32>
      %53 = stablehlo.xor %46, %52 : tensor<128xui32>
      %54 = stablehlo.add %46, %53 : tensor<128xui32>
      %55 = stablehlo.broadcast_in_dim %41, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %56 = stablehlo.shift_left %53, %55 : tensor<128xui32>
      %c_18 = stablehlo.constant dense<32> : tensor<ui32>
      %57 = stablehlo.subtract %c_18, %41 : tensor<ui32>
      %58 = stablehlo.broadcast_in_dim %57, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %59 = stablehlo.shift_right_logical %53, %58 : tensor<128xui32>
      %60 = stablehlo.or %56, %59 : tensor<128xui32>
      %61 = stablehlo.xor %54, %60 : tensor<128xui32>
      %62 = stablehlo.add %54, %61 : tensor<128xui32>
      %63 = stablehlo.broadcast_in_dim %43, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %64 = stablehlo.shift_left %61, %63 : tensor<128xui32>
      %c_19 = stablehlo.constant dense<32> : tensor<ui32>
      %65 = stablehlo.subtract %c_19, %43 : tensor<ui32>
      %66 = stablehlo.broadcast_in_dim %65, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %67 = stablehlo.shift_right_logical %61, %66 : tensor<128xui32>
      %68 = stablehlo.or %64, %67 : tensor<128xui32>
      %69 = stablehlo.xor %62, %68 : tensor<128xui32>
      %70 = stablehlo.add %62, %69 : tensor<128xui32>
      %71 = stablehlo.broadcast_in_dim %45, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %72 = stablehlo.shift_left %69, %71 : tensor<128xui32>
      %c_20 = stablehlo.constant dense<32> : tensor<ui32>
      %73 = stablehlo.subtract %c_20, %45 : tensor<ui32>
      %74 = stablehlo.broadcast_in_dim %73, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %75 = stablehlo.shift_right_logical %69, %74 : tensor<128xui32>
      %76 = stablehlo.or %72, %75 : tensor<128xui32>
      %77 = stablehlo.xor %70, %76 : tensor<128xui32>
      %78 = stablehlo.broadcast_in_dim %iterArg_11, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %79 = stablehlo.add %70, %78 : tensor<128xui32>
      %80 = stablehlo.broadcast_in_dim %iterArg_12, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %81 = stablehlo.add %77, %80 : tensor<128xui32>
      %c_21 = stablehlo.constant dense<1> : tensor<i32>
      %82 = stablehlo.add %iterArg_8, %c_21 : tensor<i32>
      %83 = stablehlo.convert %82 : (tensor<i32>) -> tensor<ui32>
      %84 = stablehlo.broadcast_in_dim %83, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %85 = stablehlo.add %81, %84 : tensor<128xui32>
      %c_22 = stablehlo.constant dense<1> : tensor<i32>
      %86 = stablehlo.add %iterArg, %c_22 : tensor<i32>
      stablehlo.return %86, %37, %79, %85, %iterArg_12, %iterArg_13, %iterArg_11, %iterArg_15, %iterArg_14 : tensor<i32>, tensor<i32>, tensor<128xui32>, tensor<128xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>
    }
    %22 = stablehlo.xor %21#2, %21#3 : tensor<128xui32>
    %c_6 = stablehlo.constant dense<9> : tensor<ui32>
    %23 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<ui32>) -> tensor<128xui32>
    %24 = stablehlo.shift_right_logical %22, %23 : tensor<128xui32>
    %c_7 = stablehlo.constant dense<1065353216> : tensor<ui32>
    %25 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<ui32>) -> tensor<128xui32>
    %26 = stablehlo.or %24, %25 : tensor<128xui32>
    %27 = stablehlo.bitcast_convert %26 : (tensor<128xui32>) -> tensor<128xf32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %28 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %29 = stablehlo.subtract %27, %28 : tensor<128xf32>
    %30 = stablehlo.subtract %3, %2 : tensor<1xf32>
    %31 = stablehlo.broadcast_in_dim %30, dims = [0] : (tensor<1xf32>) -> tensor<128xf32>
    %32 = stablehlo.multiply %29, %31 : tensor<128xf32>
    %33 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<1xf32>) -> tensor<128xf32>
    %34 = stablehlo.add %32, %33 : tensor<128xf32>
    %35 = stablehlo.broadcast_in_dim %2, dims = [0] : (tensor<1xf32>) -> tensor<128xf32>
    %36 = stablehlo.maximum %35, %34 : tensor<128xf32>
    return %36 : tensor<128xf32>
  }
  func.func private @_poisson_rejection(%arg0: tensor<2xui32>, %arg1: tensor<128xf32>) -> tensor<128xi32> {
    %0 = stablehlo.log %arg1 : tensor<128xf32>
    %1 = stablehlo.sqrt %arg1 : tensor<128xf32>
    %cst = stablehlo.constant dense<2.530000e+00> : tensor<f32>
    %2 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %3 = stablehlo.multiply %2, %1 : tensor<128xf32>
    %cst_0 = stablehlo.constant dense<9.310000e-01> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %5 = stablehlo.add %4, %3 : tensor<128xf32>
    %cst_1 = stablehlo.constant dense<2.483000e-02> : tensor<f32>
    %6 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %7 = stablehlo.multiply %6, %5 : tensor<128xf32>
    %cst_2 = stablehlo.constant dense<-5.900000e-02> : tensor<f32>
    %8 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %9 = stablehlo.add %8, %7 : tensor<128xf32>
    %cst_3 = stablehlo.constant dense<3.400000e+00> : tensor<f32>
    %10 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %11 = stablehlo.subtract %5, %10 : tensor<128xf32>
    %cst_4 = stablehlo.constant dense<1.132800e+00> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %13 = stablehlo.divide %12, %11 : tensor<128xf32>
    %cst_5 = stablehlo.constant dense<1.123900e+00> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %15 = stablehlo.add %14, %13 : tensor<128xf32>
    %cst_6 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %17 = stablehlo.subtract %5, %16 : tensor<128xf32>
    %cst_7 = stablehlo.constant dense<3.622400e+00> : tensor<f32>
    %18 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %19 = stablehlo.divide %18, %17 : tensor<128xf32>
    %cst_8 = stablehlo.constant dense<0.927699983> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %21 = stablehlo.subtract %20, %19 : tensor<128xf32>
    %cst_9 = stablehlo.constant dense<-1.000000e+00> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %c = stablehlo.constant dense<false> : tensor<i1>
    %23 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<128xi1>
    %c_10 = stablehlo.constant dense<0> : tensor<i32>
    %24:10 = stablehlo.while(%iterArg = %9, %iterArg_11 = %5, %iterArg_12 = %arg1, %iterArg_13 = %15, %iterArg_14 = %0, %iterArg_15 = %21, %iterArg_16 = %c_10, %iterArg_17 = %22, %iterArg_18 = %23, %iterArg_19 = %arg0) : tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<i32>, tensor<128xf32>, tensor<128xi1>, tensor<2xui32>
    cond {
      %26 = stablehlo.not %iterArg_18 : tensor<128xi1>
      %c_20 = stablehlo.constant dense<false> : tensor<i1>
      %27 = stablehlo.reduce(%26 init: %c_20) applies stablehlo.or across dimensions = [0] : (tensor<128xi1>, tensor<i1>) -> tensor<i1>
      %28 = stablehlo.convert %iterArg_16 : tensor<i32>
      %c_21 = stablehlo.constant dense<2147483647> : tensor<i32>
      %29 = stablehlo.compare LT, %28, %c_21, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %30 = stablehlo.and %27, %29 : tensor<i1>
      stablehlo.return %30 : tensor<i1>
    } do {
      %26 = func.call @_threefry_split_0(%iterArg_19) : (tensor<2xui32>) -> tensor<3x2xui32>
      %27 = stablehlo.slice %26 [0:1, 0:2] : (tensor<3x2xui32>) -> tensor<1x2xui32>
      %28 = stablehlo.reshape %27 : (tensor<1x2xui32>) -> tensor<2xui32>
      %29 = stablehlo.slice %26 [1:2, 0:2] : (tensor<3x2xui32>) -> tensor<1x2xui32>
      %30 = stablehlo.reshape %29 : (tensor<1x2xui32>) -> tensor<2xui32>
      %31 = stablehlo.slice %26 [2:3, 0:2] : (tensor<3x2xui32>) -> tensor<1x2xui32>
      %32 = stablehlo.reshape %31 : (tensor<1x2xui32>) -> tensor<2xui32>
      %cst_20 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %cst_21 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %33 = func.call @_uniform(%30, %cst_20, %cst_21) : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<128xf32>
      %cst_22 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
      %34 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<128xf32>
      %35 = stablehlo.subtract %33, %34 : tensor<128xf32>
      %cst_23 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %cst_24 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %36 = func.call @_uniform(%32, %cst_23, %cst_24) : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<128xf32>
      %37 = stablehlo.abs %35 : tensor<128xf32>
      %cst_25 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
      %38 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<128xf32>
      %39 = stablehlo.subtract %38, %37 : tensor<128xf32>
      %cst_26 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
      %40 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<128xf32>
      %41 = stablehlo.multiply %40, %iterArg : tensor<128xf32>
      %42 = stablehlo.divide %41, %39 : tensor<128xf32>
      %43 = stablehlo.add %42, %iterArg_11 : tensor<128xf32>
      %44 = stablehlo.multiply %43, %35 : tensor<128xf32>
      %45 = stablehlo.add %44, %iterArg_12 : tensor<128xf32>
      %cst_27 = stablehlo.constant dense<4.300000e-01> : tensor<f32>
      %46 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<128xf32>
      %47 = stablehlo.add %45, %46 : tensor<128xf32>
      %48 = stablehlo.floor %47 : tensor<128xf32>
      %49 = stablehlo.multiply %36, %iterArg_13 : tensor<128xf32>
      %50 = stablehlo.multiply %39, %39 : tensor<128xf32>
      %51 = stablehlo.divide %iterArg, %50 : tensor<128xf32>
      %52 = stablehlo.add %51, %iterArg_11 : tensor<128xf32>
      %53 = stablehlo.divide %49, %52 : tensor<128xf32>
      %54 = stablehlo.log %53 : tensor<128xf32>
      %55 = stablehlo.negate %iterArg_12 : tensor<128xf32>
      %56 = stablehlo.multiply %48, %iterArg_14 : tensor<128xf32>
      %57 = stablehlo.add %55, %56 : tensor<128xf32>
      %cst_28 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %58 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<128xf32>
      %59 = stablehlo.add %48, %58 : tensor<128xf32>
      %60 = stablehlo.custom_call @cpu_lgamma_ffi(%59) {backend_config = "", mhlo.backend_config = {}, mhlo.frontend_attributes = {num_batch_dims = "1"}, operand_layouts = [dense<0> : tensor<1xindex>], result_layouts = [dense<0> : tensor<1xindex>], sdy.sharding_rule = #sdy.op_sharding_rule<([i])->([i]) {i=128}, custom>} : (tensor<128xf32>) -> tensor<128xf32>
      %61 = stablehlo.subtract %57, %60 : tensor<128xf32>
      %cst_29 = stablehlo.constant dense<7.000000e-02> : tensor<f32>
      %62 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<128xf32>
      %63 = stablehlo.compare GE, %39, %62, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
      %64 = stablehlo.compare LE, %36, %iterArg_15, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
      %65 = stablehlo.and %63, %64 : tensor<128xi1>
      %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %66 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<128xf32>
      %67 = stablehlo.compare LT, %48, %66, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
      %cst_31 = stablehlo.constant dense<1.300000e-02> : tensor<f32>
      %68 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<128xf32>
      %69 = stablehlo.compare LT, %39, %68, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
      %70 = stablehlo.compare GT, %36, %39, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
      %71 = stablehlo.and %69, %70 : tensor<128xi1>
      %72 = stablehlo.or %67, %71 : tensor<128xi1>
      %73 = stablehlo.compare LE, %54, %61, FLOAT : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xi1>
      %74 = stablehlo.not %72 : tensor<128xi1>
      %75 = stablehlo.and %74, %73 : tensor<128xi1>
      %76 = stablehlo.or %65, %75 : tensor<128xi1>
      %77 = stablehlo.not %iterArg_18 : tensor<128xi1>
      %78 = stablehlo.and %76, %77 : tensor<128xi1>
      %79 = stablehlo.select %78, %48, %iterArg_17 : tensor<128xi1>, tensor<128xf32>
      %80 = stablehlo.or %iterArg_18, %76 : tensor<128xi1>
      %c_32 = stablehlo.constant dense<1> : tensor<i32>
      %81 = stablehlo.add %iterArg_16, %c_32 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_11, %iterArg_12, %iterArg_13, %iterArg_14, %iterArg_15, %81, %79, %80, %28 : tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<i32>, tensor<128xf32>, tensor<128xi1>, tensor<2xui32>
    }
    %25 = stablehlo.convert %24#7 : (tensor<128xf32>) -> tensor<128xi32>
    return %25 : tensor<128xi32>
  }
  func.func private @_threefry_split_0(%arg0: tensor<2xui32>) -> tensor<3x2xui32> {
    %0 = stablehlo.slice %arg0 [0:1] : (tensor<2xui32>) -> tensor<1xui32>
    %1 = stablehlo.reshape %0 : (tensor<1xui32>) -> tensor<ui32>
    %2 = stablehlo.slice %arg0 [1:2] : (tensor<2xui32>) -> tensor<1xui32>
    %3 = stablehlo.reshape %2 : (tensor<1xui32>) -> tensor<ui32>
    %4 = stablehlo.iota dim = 0 : tensor<3xui64>
    %c = stablehlo.constant dense<1> : tensor<ui64>
    %5 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<ui64>) -> tensor<3xui64>
    %6 = stablehlo.multiply %5, %4 : tensor<3xui64>
    %c_0 = stablehlo.constant dense<32> : tensor<ui64>
    %7 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<ui64>) -> tensor<3xui64>
    %8 = stablehlo.shift_right_logical %6, %7 : tensor<3xui64>
    %9 = stablehlo.convert %6 : (tensor<3xui64>) -> tensor<3xui32>
    %10 = stablehlo.convert %8 : (tensor<3xui64>) -> tensor<3xui32>
    %c_1 = stablehlo.constant dense<[13, 15, 26, 6]> : tensor<4xui32>
    %c_2 = stablehlo.constant dense<[17, 29, 16, 24]> : tensor<4xui32>
    %11 = stablehlo.xor %1, %3 : tensor<ui32>
    %c_3 = stablehlo.constant dense<466688986> : tensor<ui32>
    %12 = stablehlo.xor %11, %c_3 : tensor<ui32>
    %13 = stablehlo.broadcast_in_dim %1, dims = [] : (tensor<ui32>) -> tensor<3xui32>
    %14 = stablehlo.add %10, %13 : tensor<3xui32>
    %15 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<ui32>) -> tensor<3xui32>
    %16 = stablehlo.add %9, %15 : tensor<3xui32>
    %c_4 = stablehlo.constant dense<0> : tensor<i32>
    %c_5 = stablehlo.constant dense<0> : tensor<i32>
    %17:9 = stablehlo.while(%iterArg = %c_5, %iterArg_6 = %c_4, %iterArg_7 = %14, %iterArg_8 = %16, %iterArg_9 = %3, %iterArg_10 = %12, %iterArg_11 = %1, %iterArg_12 = %c_1, %iterArg_13 = %c_2) : tensor<i32>, tensor<i32>, tensor<3xui32>, tensor<3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>
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
      %30 = stablehlo.add %iterArg_7, %iterArg_8 : tensor<3xui32>
      %31 = stablehlo.broadcast_in_dim %23, dims = [] : (tensor<ui32>) -> tensor<3xui32>
      %32 = stablehlo.shift_left %iterArg_8, %31 : tensor<3xui32>
      %c_15 = stablehlo.constant dense<32> : tensor<ui32>
      %33 = stablehlo.subtract %c_15, %23 : tensor<ui32>
      %34 = stablehlo.broadcast_in_dim %33, dims = [] : (tensor<ui32>) -> tensor<3xui32>
      %35 = stablehlo.shift_right_logical %iterArg_8, %34 : tensor<3xui32>
      %36 = stablehlo.or %32, %35 : tensor<3xui32>
      %37 = stablehlo.xor %30, %36 : tensor<3xui32>
      %38 = stablehlo.add %30, %37 : tensor<3xui32>
      %39 = stablehlo.broadcast_in_dim %25, dims = [] : (tensor<ui32>) -> tensor<3xui32>
      %40 = stablehlo.shift_left %37, %39 : tensor<3xui32>
      %c_16 = stablehlo.constant dense<32> : tensor<ui32>
      %41 = stablehlo.subtract %c_16, %25 : tensor<ui32>
      %42 = stablehlo.broadcast_in_dim %41, dims = [] : (tensor<ui32>) -> tensor<3xui32>
      %43 = stablehlo.shift_right_logical %37, %42 : tensor<3xui32>
      %44 = stablehlo.or %40, %43 : tensor<3xui32>
      %45 = stablehlo.xor %38, %44 : tensor<3xui32>
      %46 = stablehlo.add %38, %45 : tensor<3xui32>
      %47 = stablehlo.broadcast_in_dim %27, dims = [] : (tensor<ui32>) -> tensor<3xui32>
      %48 = stablehlo.shift_left %45, %47 : tensor<3xui32>
      %c_17 = stablehlo.constant dense<32> : tensor<ui32>
      %49 = stablehlo.subtract %c_17, %27 : tensor<ui32>
      %50 = stablehlo.broadcast_in_dim %49, dims = [] : (tensor<ui32>) -> tensor<3xui32>
      %51 = stablehlo.shift_right_logical %45, %50 : tensor<3xui32>
      %52 = stablehlo.or %48, %51 : tensor<3xui32>
      %53 = stablehlo.xor %46, %52 : tensor<3xui32>
      %54 = stablehlo.add %46, %53 : tensor<3xui32>
      %55 = stablehlo.broadcast_in_dim %29, dims = [] : (tensor<ui32>) -> tensor<3xui32>
      %56 = stablehlo.shift_left %53, %55 : tensor<3xui32>
      %c_18 = stablehlo.constant dense<32> : tensor<ui32>
      %57 = stablehlo.subtract %c_18, %29 : tensor<ui32>
      %58 = stablehlo.broadcast_in_dim %57, dims = [] : (tensor<ui32>) -> tensor<3xui32>
      %59 = stablehlo.shift_right_logical %53, %58 : tensor<3xui32>
      %60 = stablehlo.or %56, %59 : tensor<3xui32>
      %61 = stablehlo.xor %54, %60 : tensor<3xui32>
      %62 = stablehlo.broadcast_in_dim %iterArg_9, dims = [] : (tensor<ui32>) -> tensor<3xui32>
      %63 = stablehlo.add %54, %62 : tensor<3xui32>
      %64 = stablehlo.broadcast_in_dim %iterArg_10, dims = [] : (tensor<ui32>) -> tensor<3xui32>
      %65 = stablehlo.add %61, %64 : tensor<3xui32>
      %c_19 = stablehlo.constant dense<1> : tensor<i32>
      %66 = stablehlo.add %iterArg_6, %c_19 : tensor<i32>
      %67 = stablehlo.convert %66 : (tensor<i32>) -> tensor<ui32>
      %68 = stablehlo.broadcast_in_dim %67, dims = [] : (tensor<ui32>) -> tensor<3xui32>
      %69 = stablehlo.add %65, %68 : tensor<3xui32>
      %c_20 = stablehlo.constant dense<1> : tensor<i32>
      %70 = stablehlo.add %iterArg, %c_20 : tensor<i32>
      stablehlo.return %70, %21, %63, %69, %iterArg_10, %iterArg_11, %iterArg_9, %iterArg_13, %iterArg_12 : tensor<i32>, tensor<i32>, tensor<3xui32>, tensor<3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>
    }
    %18 = stablehlo.broadcast_in_dim %17#2, dims = [0] : (tensor<3xui32>) -> tensor<3x1xui32>
    %19 = stablehlo.broadcast_in_dim %17#3, dims = [0] : (tensor<3xui32>) -> tensor<3x1xui32>
    %20 = stablehlo.concatenate %18, %19, dim = 1 : (tensor<3x1xui32>, tensor<3x1xui32>) -> tensor<3x2xui32>
    return %20 : tensor<3x2xui32>
  }
}
