module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<32xf32>, %arg1: tensor<32xf32>, %arg2: tensor<32xf32>) -> (tensor<32xf32> {jax.result_info = "result"}) {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %1 = stablehlo.compare EQ, %arg0, %0, FLOAT : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xi1>
    %cst_0 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %2 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %3 = stablehlo.compare EQ, %arg1, %2, FLOAT : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xi1>
    %4 = stablehlo.or %1, %3 : tensor<32xi1>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %5 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %6 = stablehlo.compare EQ, %arg1, %5, FLOAT : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xi1>
    %cst_2 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %8 = stablehlo.compare EQ, %arg0, %7, FLOAT : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xi1>
    %9 = stablehlo.or %6, %8 : tensor<32xi1>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %10 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %11 = stablehlo.compare EQ, %arg2, %10, FLOAT : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xi1>
    %cst_4 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %13 = stablehlo.compare EQ, %arg2, %12, FLOAT : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xi1>
    %14 = stablehlo.not %11 : tensor<32xi1>
    %15 = stablehlo.not %13 : tensor<32xi1>
    %16 = stablehlo.compare NE, %arg0, %arg0, FLOAT : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xi1>
    %17 = stablehlo.compare NE, %arg1, %arg1, FLOAT : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xi1>
    %18 = stablehlo.or %16, %17 : tensor<32xi1>
    %19 = stablehlo.compare NE, %arg2, %arg2, FLOAT : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xi1>
    %20 = stablehlo.or %18, %19 : tensor<32xi1>
    %21 = stablehlo.and %9, %15 : tensor<32xi1>
    %22 = stablehlo.and %4, %11 : tensor<32xi1>
    %23 = stablehlo.or %21, %22 : tensor<32xi1>
    %24 = stablehlo.and %4, %14 : tensor<32xi1>
    %25 = stablehlo.and %9, %13 : tensor<32xi1>
    %26 = stablehlo.or %24, %25 : tensor<32xi1>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %27 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %28 = stablehlo.compare LT, %arg0, %27, FLOAT : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xi1>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %29 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %30 = stablehlo.compare LT, %arg1, %29, FLOAT : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xi1>
    %31 = stablehlo.or %28, %30 : tensor<32xi1>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %33 = stablehlo.compare LT, %arg2, %32, FLOAT : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xi1>
    %34 = stablehlo.or %31, %33 : tensor<32xi1>
    %cst_8 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %36 = stablehlo.compare GT, %arg2, %35, FLOAT : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xi1>
    %37 = stablehlo.or %34, %36 : tensor<32xi1>
    %38 = stablehlo.and %4, %9 : tensor<32xi1>
    %39 = stablehlo.or %38, %20 : tensor<32xi1>
    %40 = stablehlo.or %37, %39 : tensor<32xi1>
    %cst_9 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %41 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %42 = stablehlo.add %arg0, %41 : tensor<32xf32>
    %43 = stablehlo.add %arg0, %arg1 : tensor<32xf32>
    %cst_10 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %44 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %45 = stablehlo.add %43, %44 : tensor<32xf32>
    %46 = stablehlo.divide %42, %45 : tensor<32xf32>
    %47 = stablehlo.compare LT, %arg2, %46, FLOAT : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xi1>
    %48 = stablehlo.select %47, %arg0, %arg1 : tensor<32xi1>, tensor<32xf32>
    %49 = stablehlo.select %47, %arg1, %arg0 : tensor<32xi1>, tensor<32xf32>
    %cst_11 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %50 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %51 = stablehlo.subtract %50, %arg2 : tensor<32xf32>
    %52 = stablehlo.select %47, %arg2, %51 : tensor<32xi1>, tensor<32xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %53 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<32xi32>
    %c_12 = stablehlo.constant dense<0> : tensor<i32>
    %54 = stablehlo.broadcast_in_dim %c_12, dims = [] : (tensor<i32>) -> tensor<32xi32>
    %55 = stablehlo.compare EQ, %53, %54, SIGNED : (tensor<32xi32>, tensor<32xi32>) -> tensor<32xi1>
    %cst_13 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %56 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %cst_14 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %57 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %58 = stablehlo.select %55, %56, %57 : tensor<32xi1>, tensor<32xf32>
    %59 = stablehlo.abs %58 : tensor<32xf32>
    %cst_15 = stablehlo.constant dense<5.96046448E-8> : tensor<f32>
    %60 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %61 = stablehlo.compare LT, %59, %60, FLOAT : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xi1>
    %cst_16 = stablehlo.constant dense<5.96046448E-8> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %63 = stablehlo.select %61, %62, %58 : tensor<32xi1>, tensor<32xf32>
    %c_17 = stablehlo.constant dense<true> : tensor<i1>
    %64 = stablehlo.broadcast_in_dim %c_17, dims = [] : (tensor<i1>) -> tensor<32xi1>
    %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %65 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %c_19 = stablehlo.constant dense<1> : tensor<i32>
    %66:8 = stablehlo.while(%iterArg = %48, %iterArg_25 = %49, %iterArg_26 = %52, %iterArg_27 = %63, %iterArg_28 = %65, %iterArg_29 = %63, %iterArg_30 = %c_19, %iterArg_31 = %64) : tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<i32>, tensor<32xi1>
    cond {
      %c_32 = stablehlo.constant dense<200> : tensor<i32>
      %100 = stablehlo.compare LT, %iterArg_30, %c_32, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %c_33 = stablehlo.constant dense<false> : tensor<i1>
      %101 = stablehlo.reduce(%iterArg_31 init: %c_33) applies stablehlo.or across dimensions = [0] : (tensor<32xi1>, tensor<i1>) -> tensor<i1>
      %102 = stablehlo.and %100, %101 : tensor<i1>
      stablehlo.return %102 : tensor<i1>
    } do {
      %100 = stablehlo.broadcast_in_dim %iterArg_30, dims = [] : (tensor<i32>) -> tensor<32xi32>
      %c_32 = stablehlo.constant dense<2> : tensor<i32>
      %101 = stablehlo.broadcast_in_dim %c_32, dims = [] : (tensor<i32>) -> tensor<32xi32>
      %102 = func.call @remainder(%100, %101) : (tensor<32xi32>, tensor<32xi32>) -> tensor<32xi32>
      %c_33 = stablehlo.constant dense<0> : tensor<i32>
      %103 = stablehlo.broadcast_in_dim %c_33, dims = [] : (tensor<i32>) -> tensor<32xi32>
      %104 = stablehlo.compare EQ, %102, %103, SIGNED : (tensor<32xi32>, tensor<32xi32>) -> tensor<32xi1>
      %c_34 = stablehlo.constant dense<1> : tensor<i32>
      %105 = stablehlo.broadcast_in_dim %c_34, dims = [] : (tensor<i32>) -> tensor<32xi32>
      %106 = stablehlo.compare EQ, %100, %105, SIGNED : (tensor<32xi32>, tensor<32xi32>) -> tensor<32xi1>
      %c_35 = stablehlo.constant dense<1> : tensor<i32>
      %107 = stablehlo.broadcast_in_dim %c_35, dims = [] : (tensor<i32>) -> tensor<32xi32>
      %108 = stablehlo.subtract %100, %107 : tensor<32xi32>
      %c_36 = stablehlo.constant dense<2> : tensor<i32>
      %109 = stablehlo.broadcast_in_dim %c_36, dims = [] : (tensor<i32>) -> tensor<32xi32>
      %110 = func.call @floor_divide(%108, %109) : (tensor<32xi32>, tensor<32xi32>) -> tensor<32xi32>
      %c_37 = stablehlo.constant dense<0> : tensor<i32>
      %111 = stablehlo.broadcast_in_dim %c_37, dims = [] : (tensor<i32>) -> tensor<32xi32>
      %112 = stablehlo.compare EQ, %110, %111, SIGNED : (tensor<32xi32>, tensor<32xi32>) -> tensor<32xi1>
      %113 = stablehlo.convert %110 : (tensor<32xi32>) -> tensor<32xf32>
      %cst_38 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %114 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<32xf32>
      %cst_39 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
      %115 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<f32>) -> tensor<32xf32>
      %116 = stablehlo.add %iterArg, %iterArg_25 : tensor<32xf32>
      %117 = stablehlo.negate %116 : tensor<32xf32>
      %118 = stablehlo.multiply %117, %iterArg_26 : tensor<32xf32>
      %119 = stablehlo.add %iterArg, %114 : tensor<32xf32>
      %120 = stablehlo.divide %118, %119 : tensor<32xf32>
      %121 = stablehlo.add %iterArg, %113 : tensor<32xf32>
      %122 = stablehlo.negate %121 : tensor<32xf32>
      %123 = stablehlo.add %iterArg, %iterArg_25 : tensor<32xf32>
      %124 = stablehlo.add %123, %113 : tensor<32xf32>
      %125 = stablehlo.multiply %122, %124 : tensor<32xf32>
      %126 = stablehlo.multiply %125, %iterArg_26 : tensor<32xf32>
      %127 = stablehlo.multiply %115, %113 : tensor<32xf32>
      %128 = stablehlo.add %iterArg, %127 : tensor<32xf32>
      %129 = stablehlo.multiply %115, %113 : tensor<32xf32>
      %130 = stablehlo.add %iterArg, %129 : tensor<32xf32>
      %131 = stablehlo.add %130, %114 : tensor<32xf32>
      %132 = stablehlo.multiply %128, %131 : tensor<32xf32>
      %133 = stablehlo.divide %126, %132 : tensor<32xf32>
      %134 = stablehlo.select %112, %120, %133 : tensor<32xi1>, tensor<32xf32>
      %135 = stablehlo.subtract %iterArg_25, %113 : tensor<32xf32>
      %136 = stablehlo.multiply %113, %135 : tensor<32xf32>
      %137 = stablehlo.multiply %136, %iterArg_26 : tensor<32xf32>
      %138 = stablehlo.multiply %115, %113 : tensor<32xf32>
      %139 = stablehlo.add %iterArg, %138 : tensor<32xf32>
      %140 = stablehlo.subtract %139, %114 : tensor<32xf32>
      %141 = stablehlo.multiply %115, %113 : tensor<32xf32>
      %142 = stablehlo.add %iterArg, %141 : tensor<32xf32>
      %143 = stablehlo.multiply %140, %142 : tensor<32xf32>
      %144 = stablehlo.divide %137, %143 : tensor<32xf32>
      %cst_40 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %145 = stablehlo.broadcast_in_dim %cst_40, dims = [] : (tensor<f32>) -> tensor<32xf32>
      %146 = stablehlo.select %104, %134, %144 : tensor<32xi1>, tensor<32xf32>
      %147 = stablehlo.select %106, %145, %146 : tensor<32xi1>, tensor<32xf32>
      %148 = stablehlo.broadcast_in_dim %iterArg_30, dims = [] : (tensor<i32>) -> tensor<32xi32>
      %c_41 = stablehlo.constant dense<0> : tensor<i32>
      %149 = stablehlo.broadcast_in_dim %c_41, dims = [] : (tensor<i32>) -> tensor<32xi32>
      %150 = stablehlo.compare EQ, %148, %149, SIGNED : (tensor<32xi32>, tensor<32xi32>) -> tensor<32xi1>
      %cst_42 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %151 = stablehlo.broadcast_in_dim %cst_42, dims = [] : (tensor<f32>) -> tensor<32xf32>
      %cst_43 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %152 = stablehlo.broadcast_in_dim %cst_43, dims = [] : (tensor<f32>) -> tensor<32xf32>
      %153 = stablehlo.select %150, %151, %152 : tensor<32xi1>, tensor<32xf32>
      %154 = stablehlo.divide %147, %iterArg_27 : tensor<32xf32>
      %155 = stablehlo.add %153, %154 : tensor<32xf32>
      %cst_44 = stablehlo.constant dense<5.96046448E-8> : tensor<f32>
      %156 = stablehlo.broadcast_in_dim %cst_44, dims = [] : (tensor<f32>) -> tensor<32xf32>
      %157 = stablehlo.abs %155 : tensor<32xf32>
      %158 = stablehlo.compare LT, %157, %156, FLOAT : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xi1>
      %159 = stablehlo.select %158, %156, %155 : tensor<32xi1>, tensor<32xf32>
      %160 = stablehlo.multiply %147, %iterArg_28 : tensor<32xf32>
      %161 = stablehlo.add %153, %160 : tensor<32xf32>
      %162 = stablehlo.abs %161 : tensor<32xf32>
      %163 = stablehlo.compare LT, %162, %156, FLOAT : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xi1>
      %164 = stablehlo.select %163, %156, %161 : tensor<32xi1>, tensor<32xf32>
      %cst_45 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %165 = stablehlo.broadcast_in_dim %cst_45, dims = [] : (tensor<f32>) -> tensor<32xf32>
      %166 = stablehlo.divide %165, %164 : tensor<32xf32>
      %167 = stablehlo.multiply %159, %166 : tensor<32xf32>
      %168 = stablehlo.multiply %iterArg_29, %167 : tensor<32xf32>
      %cst_46 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %169 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<f32>) -> tensor<32xf32>
      %170 = stablehlo.subtract %167, %169 : tensor<32xf32>
      %171 = stablehlo.abs %170 : tensor<32xf32>
      %cst_47 = stablehlo.constant dense<5.96046448E-8> : tensor<f32>
      %172 = stablehlo.broadcast_in_dim %cst_47, dims = [] : (tensor<f32>) -> tensor<32xf32>
      %173 = stablehlo.compare GE, %171, %172, FLOAT : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xi1>
      %c_48 = stablehlo.constant dense<1> : tensor<i32>
      %174 = stablehlo.add %iterArg_30, %c_48 : tensor<i32>
      %175 = stablehlo.and %iterArg_31, %173 : tensor<32xi1>
      %176 = stablehlo.select %iterArg_31, %159, %iterArg_27 : tensor<32xi1>, tensor<32xf32>
      %177 = stablehlo.select %iterArg_31, %166, %iterArg_28 : tensor<32xi1>, tensor<32xf32>
      %178 = stablehlo.select %iterArg_31, %168, %iterArg_29 : tensor<32xi1>, tensor<32xf32>
      stablehlo.return %iterArg, %iterArg_25, %iterArg_26, %176, %177, %178, %174, %175 : tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<i32>, tensor<32xi1>
    }
    %67 = stablehlo.custom_call @cpu_lgamma_ffi(%49) {backend_config = "", mhlo.backend_config = {}, mhlo.frontend_attributes = {num_batch_dims = "1"}, operand_layouts = [dense<0> : tensor<1xindex>], result_layouts = [dense<0> : tensor<1xindex>], sdy.sharding_rule = #sdy.op_sharding_rule<([i])->([i]) {i=32}, custom>} : (tensor<32xf32>) -> tensor<32xf32>
    %68 = stablehlo.add %48, %49 : tensor<32xf32>
    %69 = stablehlo.custom_call @cpu_lgamma_ffi(%68) {backend_config = "", mhlo.backend_config = {}, mhlo.frontend_attributes = {num_batch_dims = "1"}, operand_layouts = [dense<0> : tensor<1xindex>], result_layouts = [dense<0> : tensor<1xindex>], sdy.sharding_rule = #sdy.op_sharding_rule<([i])->([i]) {i=32}, custom>} : (tensor<32xf32>) -> tensor<32xf32>
    %70 = stablehlo.subtract %67, %69 : tensor<32xf32>
    %71 = stablehlo.custom_call @cpu_lgamma_ffi(%48) {backend_config = "", mhlo.backend_config = {}, mhlo.frontend_attributes = {num_batch_dims = "1"}, operand_layouts = [dense<0> : tensor<1xindex>], result_layouts = [dense<0> : tensor<1xindex>], sdy.sharding_rule = #sdy.op_sharding_rule<([i])->([i]) {i=32}, custom>} : (tensor<32xf32>) -> tensor<32xf32>
    %72 = stablehlo.add %71, %70 : tensor<32xf32>
    %cst_20 = stablehlo.constant dense<2.3509887E-38> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %74 = stablehlo.compare LT, %48, %73, FLOAT : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xi1>
    %75 = stablehlo.negate %52 : tensor<32xf32>
    %76 = stablehlo.log_plus_one %75 : tensor<32xf32>
    %77 = stablehlo.multiply %76, %49 : tensor<32xf32>
    %78 = stablehlo.subtract %77, %70 : tensor<32xf32>
    %79 = stablehlo.exponential %78 : tensor<32xf32>
    %80 = stablehlo.log %52 : tensor<32xf32>
    %81 = stablehlo.multiply %80, %48 : tensor<32xf32>
    %82 = stablehlo.negate %52 : tensor<32xf32>
    %83 = stablehlo.log_plus_one %82 : tensor<32xf32>
    %84 = stablehlo.multiply %83, %49 : tensor<32xf32>
    %85 = stablehlo.add %81, %84 : tensor<32xf32>
    %86 = stablehlo.subtract %85, %72 : tensor<32xf32>
    %87 = stablehlo.exponential %86 : tensor<32xf32>
    %88 = stablehlo.divide %87, %48 : tensor<32xf32>
    %89 = stablehlo.select %74, %79, %88 : tensor<32xi1>, tensor<32xf32>
    %90 = stablehlo.multiply %66#5, %89 : tensor<32xf32>
    %cst_21 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %91 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %92 = stablehlo.subtract %91, %90 : tensor<32xf32>
    %93 = stablehlo.select %47, %90, %92 : tensor<32xi1>, tensor<32xf32>
    %cst_22 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %94 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %95 = stablehlo.select %23, %94, %93 : tensor<32xi1>, tensor<32xf32>
    %cst_23 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %96 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %97 = stablehlo.select %26, %96, %95 : tensor<32xi1>, tensor<32xf32>
    %cst_24 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %98 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %99 = stablehlo.select %40, %98, %97 : tensor<32xi1>, tensor<32xf32>
    return %99 : tensor<32xf32>
  }
  func.func private @remainder(%arg0: tensor<32xi32>, %arg1: tensor<32xi32>) -> tensor<32xi32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<32xi32>
    %1 = stablehlo.compare EQ, %arg1, %0, SIGNED : (tensor<32xi32>, tensor<32xi32>) -> tensor<32xi1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<32xi32>
    %3 = call @_where(%1, %2, %arg1) : (tensor<32xi1>, tensor<32xi32>, tensor<32xi32>) -> tensor<32xi32>
    %4 = stablehlo.remainder %arg0, %3 : tensor<32xi32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<32xi32>
    %6 = stablehlo.compare NE, %4, %5, SIGNED : (tensor<32xi32>, tensor<32xi32>) -> tensor<32xi1>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %7 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<32xi32>
    %8 = stablehlo.compare LT, %4, %7, SIGNED : (tensor<32xi32>, tensor<32xi32>) -> tensor<32xi1>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %9 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<32xi32>
    %10 = stablehlo.compare LT, %3, %9, SIGNED : (tensor<32xi32>, tensor<32xi32>) -> tensor<32xi1>
    %11 = stablehlo.compare NE, %8, %10, UNSIGNED : (tensor<32xi1>, tensor<32xi1>) -> tensor<32xi1>
    %12 = stablehlo.and %11, %6 : tensor<32xi1>
    %13 = stablehlo.add %4, %3 : tensor<32xi32>
    %14 = stablehlo.select %12, %13, %4 : tensor<32xi1>, tensor<32xi32>
    return %14 : tensor<32xi32>
  }
  func.func private @_where(%arg0: tensor<32xi1>, %arg1: tensor<32xi32>, %arg2: tensor<32xi32>) -> tensor<32xi32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<32xi1>, tensor<32xi32>
    return %0 : tensor<32xi32>
  }
  func.func private @floor_divide(%arg0: tensor<32xi32>, %arg1: tensor<32xi32>) -> tensor<32xi32> {
    %0 = stablehlo.divide %arg0, %arg1 : tensor<32xi32>
    %1 = stablehlo.sign %arg0 : tensor<32xi32>
    %2 = stablehlo.sign %arg1 : tensor<32xi32>
    %3 = stablehlo.compare NE, %1, %2, SIGNED : (tensor<32xi32>, tensor<32xi32>) -> tensor<32xi1>
    %4 = stablehlo.remainder %arg0, %arg1 : tensor<32xi32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<32xi32>
    %6 = stablehlo.compare NE, %4, %5, SIGNED : (tensor<32xi32>, tensor<32xi32>) -> tensor<32xi1>
    %c_0 = stablehlo.constant dense<false> : tensor<i1>
    %7 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i1>) -> tensor<32xi1>
    %8 = stablehlo.compare NE, %3, %7, UNSIGNED : (tensor<32xi1>, tensor<32xi1>) -> tensor<32xi1>
    %9 = stablehlo.convert %8 : tensor<32xi1>
    %c_1 = stablehlo.constant dense<false> : tensor<i1>
    %10 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i1>) -> tensor<32xi1>
    %11 = stablehlo.compare NE, %6, %10, UNSIGNED : (tensor<32xi1>, tensor<32xi1>) -> tensor<32xi1>
    %12 = stablehlo.convert %11 : tensor<32xi1>
    %13 = stablehlo.and %9, %12 : tensor<32xi1>
    %c_2 = stablehlo.constant dense<1> : tensor<i32>
    %14 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<32xi32>
    %15 = stablehlo.subtract %0, %14 : tensor<32xi32>
    %16 = call @_where_0(%13, %15, %0) : (tensor<32xi1>, tensor<32xi32>, tensor<32xi32>) -> tensor<32xi32>
    return %16 : tensor<32xi32>
  }
  func.func private @_where_0(%arg0: tensor<32xi1>, %arg1: tensor<32xi32>, %arg2: tensor<32xi32>) -> tensor<32xi32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<32xi1>, tensor<32xi32>
    return %0 : tensor<32xi32>
  }
}
