module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<64xf32>) -> (tensor<64xf32> {jax.result_info = "result[0]"}, tensor<64xf32> {jax.result_info = "result[1]"}, tensor<64xf32> {jax.result_info = "result[2]"}) {
    %0 = stablehlo.abs %arg0 : tensor<64xf32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %2 = stablehlo.compare GT, %0, %1, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %3 = stablehlo.compare NE, %arg0, %arg0, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %4 = stablehlo.or %2, %3 : tensor<64xi1>
    %cst_0 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %5 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %6 = stablehlo.compare EQ, %0, %5, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %7 = stablehlo.or %4, %6 : tensor<64xi1>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %8 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %9 = stablehlo.select %7, %8, %arg0 : tensor<64xi1>, tensor<64xf32>
    %10 = stablehlo.abs %9 : tensor<64xf32>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %11 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %12 = stablehlo.subtract %11, %10 : tensor<64xf32>
    %13 = stablehlo.abs %9 : tensor<64xf32>
    %cst_3 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %15 = stablehlo.add %14, %13 : tensor<64xf32>
    %16 = stablehlo.multiply %12, %15 : tensor<64xf32>
    %17 = stablehlo.log %16 : tensor<64xf32>
    %18 = stablehlo.negate %17 : tensor<64xf32>
    %cst_4 = stablehlo.constant dense<3.500000e+00> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %20 = stablehlo.compare LT, %18, %19, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %21 = stablehlo.not %20 : tensor<64xi1>
    %cst_5 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %23 = stablehlo.select %20, %22, %18 : tensor<64xi1>, tensor<64xf32>
    %24 = stablehlo.sqrt %23 : tensor<64xf32>
    %25 = stablehlo.bitcast_convert %24 : (tensor<64xf32>) -> tensor<64xi32>
    %c = stablehlo.constant dense<-4096> : tensor<i32>
    %26 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %27 = stablehlo.and %25, %26 : tensor<64xi32>
    %28 = stablehlo.bitcast_convert %27 : (tensor<64xi32>) -> tensor<64xf32>
    %29 = stablehlo.subtract %24, %28 : tensor<64xf32>
    %30 = stablehlo.multiply %28, %28 : tensor<64xf32>
    %31 = stablehlo.subtract %23, %30 : tensor<64xf32>
    %32 = stablehlo.add %24, %28 : tensor<64xf32>
    %33 = stablehlo.divide %31, %32 : tensor<64xf32>
    %cst_6 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %34 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_7 = stablehlo.constant dense<1.750000e+00> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %36 = stablehlo.subtract %18, %35 : tensor<64xf32>
    %37 = stablehlo.subtract %24, %34 : tensor<64xf32>
    %38 = stablehlo.select %20, %36, %37 : tensor<64xi1>, tensor<64xf32>
    %cst_8 = stablehlo.constant dense<1.31467748> : tensor<f32>
    %39 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_9 = stablehlo.constant dense<-0.167197958> : tensor<f32>
    %40 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %41 = stablehlo.select %21, %40, %39 : tensor<64xi1>, tensor<64xf32>
    %cst_10 = stablehlo.constant dense<0.250421584> : tensor<f32>
    %42 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_11 = stablehlo.constant dense<0.00266256672> : tensor<f32>
    %43 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %44 = stablehlo.select %21, %43, %42 : tensor<64xi1>, tensor<64xf32>
    %cst_12 = stablehlo.constant dense<-6.19600236E-4> : tensor<f32>
    %45 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_13 = stablehlo.constant dense<0.00684198458> : tensor<f32>
    %46 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %47 = stablehlo.select %21, %46, %45 : tensor<64xi1>, tensor<64xf32>
    %cst_14 = stablehlo.constant dense<-0.00190193101> : tensor<f32>
    %48 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_15 = stablehlo.constant dense<-0.0034470004> : tensor<f32>
    %49 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %50 = stablehlo.select %21, %49, %48 : tensor<64xi1>, tensor<64xf32>
    %cst_16 = stablehlo.constant dense<2.01806368E-4> : tensor<f32>
    %51 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_17 = stablehlo.constant dense<0.00115094346> : tensor<f32>
    %52 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %53 = stablehlo.select %21, %52, %51 : tensor<64xi1>, tensor<64xf32>
    %cst_18 = stablehlo.constant dense<1.5402964E-5> : tensor<f32>
    %54 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_19 = stablehlo.constant dense<-2.16608154E-4> : tensor<f32>
    %55 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %56 = stablehlo.select %21, %55, %54 : tensor<64xi1>, tensor<64xf32>
    %cst_20 = stablehlo.constant dense<-5.30976786E-6> : tensor<f32>
    %57 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_21 = stablehlo.constant dense<-5.21765432E-5> : tensor<f32>
    %58 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %59 = stablehlo.select %21, %58, %57 : tensor<64xi1>, tensor<64xf32>
    %cst_22 = stablehlo.constant dense<8.1217145E-8> : tensor<f32>
    %60 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_23 = stablehlo.constant dense<5.37958113E-5> : tensor<f32>
    %61 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %62 = stablehlo.select %21, %61, %60 : tensor<64xi1>, tensor<64xf32>
    %cst_24 = stablehlo.constant dense<9.39520248E-8> : tensor<f32>
    %63 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_25 = stablehlo.constant dense<-1.19642737E-5> : tensor<f32>
    %64 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %65 = stablehlo.select %21, %64, %63 : tensor<64xi1>, tensor<64xf32>
    %66 = stablehlo.fma %65, %38, %62 : tensor<64xf32>
    %67 = stablehlo.fma %66, %38, %59 : tensor<64xf32>
    %68 = stablehlo.fma %67, %38, %56 : tensor<64xf32>
    %69 = stablehlo.fma %68, %38, %53 : tensor<64xf32>
    %70 = stablehlo.fma %69, %38, %50 : tensor<64xf32>
    %71 = stablehlo.fma %70, %38, %47 : tensor<64xf32>
    %72 = stablehlo.fma %71, %38, %44 : tensor<64xf32>
    %73 = stablehlo.fma %72, %38, %41 : tensor<64xf32>
    %cst_26 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %74 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %75 = stablehlo.multiply %74, %33 : tensor<64xf32>
    %76 = stablehlo.add %75, %73 : tensor<64xf32>
    %cst_27 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %78 = stablehlo.multiply %77, %28 : tensor<64xf32>
    %79 = stablehlo.add %78, %76 : tensor<64xf32>
    %cst_28 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %80 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %81 = stablehlo.compare LT, %9, %80, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_29 = stablehlo.constant dense<-1.000000e+00> : tensor<f32>
    %82 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_30 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %84 = stablehlo.select %81, %82, %83 : tensor<64xi1>, tensor<64xf32>
    %85 = stablehlo.multiply %9, %73 : tensor<64xf32>
    %86 = stablehlo.multiply %84, %79 : tensor<64xf32>
    %87 = stablehlo.select %20, %85, %86 : tensor<64xi1>, tensor<64xf32>
    %cst_31 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %88 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_32 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %89 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %90 = stablehlo.multiply %arg0, %89 : tensor<64xf32>
    %91 = stablehlo.select %6, %90, %87 : tensor<64xi1>, tensor<64xf32>
    %92 = stablehlo.select %4, %88, %91 : tensor<64xi1>, tensor<64xf32>
    %cst_33 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %93 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %94 = stablehlo.multiply %arg0, %93 : tensor<64xf32>
    %95 = stablehlo.abs %94 : tensor<64xf32>
    %cst_34 = stablehlo.constant dense<1.050000e+01> : tensor<f32>
    %96 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %97 = stablehlo.minimum %95, %96 : tensor<64xf32>
    %cst_35 = stablehlo.constant dense<4.915200e+04> : tensor<f32>
    %98 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %99 = stablehlo.add %97, %98 : tensor<64xf32>
    %cst_36 = stablehlo.constant dense<4.915200e+04> : tensor<f32>
    %100 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %101 = stablehlo.subtract %99, %100 : tensor<64xf32>
    %102 = stablehlo.subtract %97, %101 : tensor<64xf32>
    %103 = stablehlo.multiply %101, %101 : tensor<64xf32>
    %104 = stablehlo.add %97, %101 : tensor<64xf32>
    %105 = stablehlo.multiply %102, %104 : tensor<64xf32>
    %106 = stablehlo.negate %103 : tensor<64xf32>
    %107 = stablehlo.exponential %106 : tensor<64xf32>
    %108 = stablehlo.negate %105 : tensor<64xf32>
    %cst_37 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_38 = stablehlo.constant dense<0.50005281> : tensor<f32>
    %cst_39 = stablehlo.constant dense<0.166673735> : tensor<f32>
    %109 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %110 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %111 = stablehlo.fma %109, %108, %110 : tensor<64xf32>
    %112 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %113 = stablehlo.fma %111, %108, %112 : tensor<64xf32>
    %114 = stablehlo.multiply %108, %113 : tensor<64xf32>
    %cst_40 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %115 = stablehlo.broadcast_in_dim %cst_40, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %116 = stablehlo.add %97, %115 : tensor<64xf32>
    %cst_41 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %117 = stablehlo.broadcast_in_dim %cst_41, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %118 = stablehlo.divide %117, %116 : tensor<64xf32>
    %cst_42 = stablehlo.constant dense<0.564175904> : tensor<f32>
    %cst_43 = stablehlo.constant dense<1.12936091> : tensor<f32>
    %cst_44 = stablehlo.constant dense<1.94741154> : tensor<f32>
    %cst_45 = stablehlo.constant dense<3.21784306> : tensor<f32>
    %cst_46 = stablehlo.constant dense<-0.709048152> : tensor<f32>
    %cst_47 = stablehlo.constant dense<17.3069077> : tensor<f32>
    %cst_48 = stablehlo.constant dense<-61.3700523> : tensor<f32>
    %cst_49 = stablehlo.constant dense<71.7574615> : tensor<f32>
    %cst_50 = stablehlo.constant dense<-29.7377338> : tensor<f32>
    %119 = stablehlo.broadcast_in_dim %cst_50, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %120 = stablehlo.broadcast_in_dim %cst_49, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %121 = stablehlo.fma %119, %118, %120 : tensor<64xf32>
    %122 = stablehlo.broadcast_in_dim %cst_48, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %123 = stablehlo.fma %121, %118, %122 : tensor<64xf32>
    %124 = stablehlo.broadcast_in_dim %cst_47, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %125 = stablehlo.fma %123, %118, %124 : tensor<64xf32>
    %126 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %127 = stablehlo.fma %125, %118, %126 : tensor<64xf32>
    %128 = stablehlo.broadcast_in_dim %cst_45, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %129 = stablehlo.fma %127, %118, %128 : tensor<64xf32>
    %130 = stablehlo.broadcast_in_dim %cst_44, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %131 = stablehlo.fma %129, %118, %130 : tensor<64xf32>
    %132 = stablehlo.broadcast_in_dim %cst_43, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %133 = stablehlo.fma %131, %118, %132 : tensor<64xf32>
    %134 = stablehlo.broadcast_in_dim %cst_42, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %135 = stablehlo.fma %133, %118, %134 : tensor<64xf32>
    %136 = stablehlo.multiply %118, %135 : tensor<64xf32>
    %137 = stablehlo.multiply %136, %114 : tensor<64xf32>
    %138 = stablehlo.add %136, %137 : tensor<64xf32>
    %139 = stablehlo.multiply %107, %138 : tensor<64xf32>
    %cst_51 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %140 = stablehlo.broadcast_in_dim %cst_51, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %141 = stablehlo.compare LT, %94, %140, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_52 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %142 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %143 = stablehlo.subtract %142, %139 : tensor<64xf32>
    %144 = stablehlo.select %141, %143, %139 : tensor<64xi1>, tensor<64xf32>
    %cst_53 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %145 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %146 = stablehlo.multiply %arg0, %145 : tensor<64xf32>
    %147 = stablehlo.abs %146 : tensor<64xf32>
    %cst_54 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %148 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %149 = stablehlo.compare GT, %147, %148, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %150 = stablehlo.compare NE, %146, %146, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %151 = stablehlo.or %149, %150 : tensor<64xi1>
    %cst_55 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %152 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %153 = stablehlo.compare EQ, %147, %152, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %154 = stablehlo.or %151, %153 : tensor<64xi1>
    %cst_56 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %155 = stablehlo.broadcast_in_dim %cst_56, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %156 = stablehlo.select %154, %155, %146 : tensor<64xi1>, tensor<64xf32>
    %157 = stablehlo.abs %156 : tensor<64xf32>
    %cst_57 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %158 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %159 = stablehlo.subtract %158, %157 : tensor<64xf32>
    %160 = stablehlo.abs %156 : tensor<64xf32>
    %cst_58 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %161 = stablehlo.broadcast_in_dim %cst_58, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %162 = stablehlo.add %161, %160 : tensor<64xf32>
    %163 = stablehlo.multiply %159, %162 : tensor<64xf32>
    %164 = stablehlo.log %163 : tensor<64xf32>
    %165 = stablehlo.negate %164 : tensor<64xf32>
    %cst_59 = stablehlo.constant dense<3.500000e+00> : tensor<f32>
    %166 = stablehlo.broadcast_in_dim %cst_59, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %167 = stablehlo.compare LT, %165, %166, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %168 = stablehlo.not %167 : tensor<64xi1>
    %cst_60 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %169 = stablehlo.broadcast_in_dim %cst_60, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %170 = stablehlo.select %167, %169, %165 : tensor<64xi1>, tensor<64xf32>
    %171 = stablehlo.sqrt %170 : tensor<64xf32>
    %172 = stablehlo.bitcast_convert %171 : (tensor<64xf32>) -> tensor<64xi32>
    %c_61 = stablehlo.constant dense<-4096> : tensor<i32>
    %173 = stablehlo.broadcast_in_dim %c_61, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %174 = stablehlo.and %172, %173 : tensor<64xi32>
    %175 = stablehlo.bitcast_convert %174 : (tensor<64xi32>) -> tensor<64xf32>
    %176 = stablehlo.subtract %171, %175 : tensor<64xf32>
    %177 = stablehlo.multiply %175, %175 : tensor<64xf32>
    %178 = stablehlo.subtract %170, %177 : tensor<64xf32>
    %179 = stablehlo.add %171, %175 : tensor<64xf32>
    %180 = stablehlo.divide %178, %179 : tensor<64xf32>
    %cst_62 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %181 = stablehlo.broadcast_in_dim %cst_62, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_63 = stablehlo.constant dense<1.750000e+00> : tensor<f32>
    %182 = stablehlo.broadcast_in_dim %cst_63, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %183 = stablehlo.subtract %165, %182 : tensor<64xf32>
    %184 = stablehlo.subtract %171, %181 : tensor<64xf32>
    %185 = stablehlo.select %167, %183, %184 : tensor<64xi1>, tensor<64xf32>
    %cst_64 = stablehlo.constant dense<1.31467748> : tensor<f32>
    %186 = stablehlo.broadcast_in_dim %cst_64, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_65 = stablehlo.constant dense<-0.167197958> : tensor<f32>
    %187 = stablehlo.broadcast_in_dim %cst_65, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %188 = stablehlo.select %168, %187, %186 : tensor<64xi1>, tensor<64xf32>
    %cst_66 = stablehlo.constant dense<0.250421584> : tensor<f32>
    %189 = stablehlo.broadcast_in_dim %cst_66, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_67 = stablehlo.constant dense<0.00266256672> : tensor<f32>
    %190 = stablehlo.broadcast_in_dim %cst_67, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %191 = stablehlo.select %168, %190, %189 : tensor<64xi1>, tensor<64xf32>
    %cst_68 = stablehlo.constant dense<-6.19600236E-4> : tensor<f32>
    %192 = stablehlo.broadcast_in_dim %cst_68, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_69 = stablehlo.constant dense<0.00684198458> : tensor<f32>
    %193 = stablehlo.broadcast_in_dim %cst_69, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %194 = stablehlo.select %168, %193, %192 : tensor<64xi1>, tensor<64xf32>
    %cst_70 = stablehlo.constant dense<-0.00190193101> : tensor<f32>
    %195 = stablehlo.broadcast_in_dim %cst_70, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_71 = stablehlo.constant dense<-0.0034470004> : tensor<f32>
    %196 = stablehlo.broadcast_in_dim %cst_71, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %197 = stablehlo.select %168, %196, %195 : tensor<64xi1>, tensor<64xf32>
    %cst_72 = stablehlo.constant dense<2.01806368E-4> : tensor<f32>
    %198 = stablehlo.broadcast_in_dim %cst_72, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_73 = stablehlo.constant dense<0.00115094346> : tensor<f32>
    %199 = stablehlo.broadcast_in_dim %cst_73, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %200 = stablehlo.select %168, %199, %198 : tensor<64xi1>, tensor<64xf32>
    %cst_74 = stablehlo.constant dense<1.5402964E-5> : tensor<f32>
    %201 = stablehlo.broadcast_in_dim %cst_74, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_75 = stablehlo.constant dense<-2.16608154E-4> : tensor<f32>
    %202 = stablehlo.broadcast_in_dim %cst_75, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %203 = stablehlo.select %168, %202, %201 : tensor<64xi1>, tensor<64xf32>
    %cst_76 = stablehlo.constant dense<-5.30976786E-6> : tensor<f32>
    %204 = stablehlo.broadcast_in_dim %cst_76, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_77 = stablehlo.constant dense<-5.21765432E-5> : tensor<f32>
    %205 = stablehlo.broadcast_in_dim %cst_77, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %206 = stablehlo.select %168, %205, %204 : tensor<64xi1>, tensor<64xf32>
    %cst_78 = stablehlo.constant dense<8.1217145E-8> : tensor<f32>
    %207 = stablehlo.broadcast_in_dim %cst_78, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_79 = stablehlo.constant dense<5.37958113E-5> : tensor<f32>
    %208 = stablehlo.broadcast_in_dim %cst_79, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %209 = stablehlo.select %168, %208, %207 : tensor<64xi1>, tensor<64xf32>
    %cst_80 = stablehlo.constant dense<9.39520248E-8> : tensor<f32>
    %210 = stablehlo.broadcast_in_dim %cst_80, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_81 = stablehlo.constant dense<-1.19642737E-5> : tensor<f32>
    %211 = stablehlo.broadcast_in_dim %cst_81, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %212 = stablehlo.select %168, %211, %210 : tensor<64xi1>, tensor<64xf32>
    %213 = stablehlo.fma %212, %185, %209 : tensor<64xf32>
    %214 = stablehlo.fma %213, %185, %206 : tensor<64xf32>
    %215 = stablehlo.fma %214, %185, %203 : tensor<64xf32>
    %216 = stablehlo.fma %215, %185, %200 : tensor<64xf32>
    %217 = stablehlo.fma %216, %185, %197 : tensor<64xf32>
    %218 = stablehlo.fma %217, %185, %194 : tensor<64xf32>
    %219 = stablehlo.fma %218, %185, %191 : tensor<64xf32>
    %220 = stablehlo.fma %219, %185, %188 : tensor<64xf32>
    %cst_82 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %221 = stablehlo.broadcast_in_dim %cst_82, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %222 = stablehlo.multiply %221, %180 : tensor<64xf32>
    %223 = stablehlo.add %222, %220 : tensor<64xf32>
    %cst_83 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %224 = stablehlo.broadcast_in_dim %cst_83, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %225 = stablehlo.multiply %224, %175 : tensor<64xf32>
    %226 = stablehlo.add %225, %223 : tensor<64xf32>
    %cst_84 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %227 = stablehlo.broadcast_in_dim %cst_84, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %228 = stablehlo.compare LT, %156, %227, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_85 = stablehlo.constant dense<-1.000000e+00> : tensor<f32>
    %229 = stablehlo.broadcast_in_dim %cst_85, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_86 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %230 = stablehlo.broadcast_in_dim %cst_86, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %231 = stablehlo.select %228, %229, %230 : tensor<64xi1>, tensor<64xf32>
    %232 = stablehlo.multiply %156, %220 : tensor<64xf32>
    %233 = stablehlo.multiply %231, %226 : tensor<64xf32>
    %234 = stablehlo.select %167, %232, %233 : tensor<64xi1>, tensor<64xf32>
    %cst_87 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %235 = stablehlo.broadcast_in_dim %cst_87, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_88 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %236 = stablehlo.broadcast_in_dim %cst_88, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %237 = stablehlo.multiply %146, %236 : tensor<64xf32>
    %238 = stablehlo.select %153, %237, %234 : tensor<64xi1>, tensor<64xf32>
    %239 = stablehlo.select %151, %235, %238 : tensor<64xi1>, tensor<64xf32>
    return %92, %144, %239 : tensor<64xf32>, tensor<64xf32>, tensor<64xf32>
  }
}
