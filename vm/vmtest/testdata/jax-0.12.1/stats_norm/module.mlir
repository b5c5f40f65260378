module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<64xf32>, %arg1: tensor<64xf32>) -> (tensor<64xf32> {jax.result_info = "result[0]"}, tensor<64xf32> {jax.result_info = "result[1]"}, tensor<64xf32> {jax.result_info = "result[2]"}) {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %1 = stablehlo.subtract %arg0, %0 : tensor<64xf32>
    %cst_0 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %2 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %3 = stablehlo.divide %1, %2 : tensor<64xf32>
    %4 = call @ndtr(%3) : (tensor<64xf32>) -> tensor<64xf32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %5 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %6 = stablehlo.compare LT, %arg1, %5, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %8 = stablehlo.compare GT, %arg1, %7, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %9 = stablehlo.or %6, %8 : tensor<64xi1>
    %10 = stablehlo.compare NE, %arg1, %arg1, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %11 = stablehlo.or %9, %10 : tensor<64xi1>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %13 = stablehlo.compare EQ, %arg1, %12, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_4 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %15 = stablehlo.compare EQ, %arg1, %14, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %16 = stablehlo.or %13, %15 : tensor<64xi1>
    %17 = stablehlo.or %11, %16 : tensor<64xi1>
    %cst_5 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %18 = call @_where(%17, %cst_5, %arg1) : (tensor<64xi1>, tensor<f32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_6 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %20 = stablehlo.compare GT, %18, %19, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %21 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %22 = stablehlo.subtract %21, %18 : tensor<64xf32>
    %23 = call @_where_0(%20, %22, %18) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_8 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %24 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %25 = stablehlo.subtract %18, %24 : tensor<64xf32>
    %cst_9 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %26 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %27 = stablehlo.multiply %26, %25 : tensor<64xf32>
    %cst_10 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %28 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %29 = stablehlo.multiply %28, %23 : tensor<64xf32>
    %30 = stablehlo.abs %27 : tensor<64xf32>
    %cst_11 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %31 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %32 = stablehlo.add %31, %30 : tensor<64xf32>
    %33 = stablehlo.multiply %29, %32 : tensor<64xf32>
    %34 = stablehlo.log %33 : tensor<64xf32>
    %35 = stablehlo.negate %34 : tensor<64xf32>
    %cst_12 = stablehlo.constant dense<3.500000e+00> : tensor<f32>
    %36 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %37 = stablehlo.compare LT, %35, %36, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_13 = stablehlo.constant dense<1.806250e+01> : tensor<f32>
    %38 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %39 = stablehlo.compare LT, %35, %38, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %40 = stablehlo.not %37 : tensor<64xi1>
    %41 = stablehlo.convert %40 : (tensor<64xi1>) -> tensor<64xi32>
    %42 = stablehlo.not %39 : tensor<64xi1>
    %43 = stablehlo.convert %42 : (tensor<64xi1>) -> tensor<64xi32>
    %44 = stablehlo.add %41, %43 : tensor<64xi32>
    %cst_14 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %45 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %46 = stablehlo.select %37, %45, %35 : tensor<64xi1>, tensor<64xf32>
    %47 = stablehlo.sqrt %46 : tensor<64xf32>
    %48 = stablehlo.bitcast_convert %47 : (tensor<64xf32>) -> tensor<64xi32>
    %c = stablehlo.constant dense<-4096> : tensor<i32>
    %49 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %50 = stablehlo.and %48, %49 : tensor<64xi32>
    %51 = stablehlo.bitcast_convert %50 : (tensor<64xi32>) -> tensor<64xf32>
    %52 = stablehlo.multiply %51, %51 : tensor<64xf32>
    %53 = stablehlo.subtract %46, %52 : tensor<64xf32>
    %54 = stablehlo.add %47, %51 : tensor<64xf32>
    %55 = stablehlo.divide %53, %54 : tensor<64xf32>
    %cst_15 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %56 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_16 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %57 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_17 = stablehlo.constant dense<7.000000e+00> : tensor<f32>
    %58 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_18 = stablehlo.constant dense<1> : tensor<i32>
    %59 = stablehlo.broadcast_in_dim %c_18, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %60 = stablehlo.compare LT, %44, %59, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_19 = stablehlo.constant dense<2> : tensor<i32>
    %61 = stablehlo.broadcast_in_dim %c_19, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %62 = stablehlo.compare LT, %44, %61, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %63 = stablehlo.select %62, %57, %58 : tensor<64xi1>, tensor<64xf32>
    %64 = stablehlo.select %60, %56, %63 : tensor<64xi1>, tensor<64xf32>
    %cst_20 = stablehlo.constant dense<1.750000e+00> : tensor<f32>
    %65 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %66 = stablehlo.subtract %35, %65 : tensor<64xf32>
    %67 = stablehlo.subtract %47, %64 : tensor<64xf32>
    %68 = stablehlo.select %37, %66, %67 : tensor<64xi1>, tensor<64xf32>
    %cst_21 = stablehlo.constant dense<1.85923469> : tensor<f32>
    %69 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_22 = stablehlo.constant dense<-0.236000434> : tensor<f32>
    %70 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_23 = stablehlo.constant dense<-0.184176683> : tensor<f32>
    %71 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_24 = stablehlo.constant dense<1> : tensor<i32>
    %72 = stablehlo.broadcast_in_dim %c_24, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %73 = stablehlo.compare LT, %44, %72, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_25 = stablehlo.constant dense<2> : tensor<i32>
    %74 = stablehlo.broadcast_in_dim %c_25, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %75 = stablehlo.compare LT, %44, %74, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %76 = stablehlo.select %75, %70, %71 : tensor<64xi1>, tensor<64xf32>
    %77 = stablehlo.select %73, %69, %76 : tensor<64xi1>, tensor<64xf32>
    %cst_26 = stablehlo.constant dense<0.35414958> : tensor<f32>
    %78 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_27 = stablehlo.constant dense<0.0039165006> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_28 = stablehlo.constant dense<0.0123076178> : tensor<f32>
    %80 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_29 = stablehlo.constant dense<1> : tensor<i32>
    %81 = stablehlo.broadcast_in_dim %c_29, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %82 = stablehlo.compare LT, %44, %81, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_30 = stablehlo.constant dense<2> : tensor<i32>
    %83 = stablehlo.broadcast_in_dim %c_30, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %84 = stablehlo.compare LT, %44, %83, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %85 = stablehlo.select %84, %79, %80 : tensor<64xi1>, tensor<64xf32>
    %86 = stablehlo.select %82, %78, %85 : tensor<64xi1>, tensor<64xf32>
    %cst_31 = stablehlo.constant dense<-8.76135484E-4> : tensor<f32>
    %87 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_32 = stablehlo.constant dense<0.00967604294> : tensor<f32>
    %88 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_33 = stablehlo.constant dense<-7.25221529E-4> : tensor<f32>
    %89 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_34 = stablehlo.constant dense<1> : tensor<i32>
    %90 = stablehlo.broadcast_in_dim %c_34, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %91 = stablehlo.compare LT, %44, %90, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_35 = stablehlo.constant dense<2> : tensor<i32>
    %92 = stablehlo.broadcast_in_dim %c_35, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %93 = stablehlo.compare LT, %44, %92, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %94 = stablehlo.select %93, %88, %89 : tensor<64xi1>, tensor<64xf32>
    %95 = stablehlo.select %91, %87, %94 : tensor<64xi1>, tensor<64xf32>
    %cst_36 = stablehlo.constant dense<-0.00268969731> : tensor<f32>
    %96 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_37 = stablehlo.constant dense<-0.00487479521> : tensor<f32>
    %97 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_38 = stablehlo.constant dense<8.09688845E-6> : tensor<f32>
    %98 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_39 = stablehlo.constant dense<1> : tensor<i32>
    %99 = stablehlo.broadcast_in_dim %c_39, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %100 = stablehlo.compare LT, %44, %99, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_40 = stablehlo.constant dense<2> : tensor<i32>
    %101 = stablehlo.broadcast_in_dim %c_40, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %102 = stablehlo.compare LT, %44, %101, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %103 = stablehlo.select %102, %97, %98 : tensor<64xi1>, tensor<64xf32>
    %104 = stablehlo.select %100, %96, %103 : tensor<64xi1>, tensor<64xf32>
    %cst_41 = stablehlo.constant dense<2.85271759E-4> : tensor<f32>
    %105 = stablehlo.broadcast_in_dim %cst_41, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_42 = stablehlo.constant dense<0.00162763509> : tensor<f32>
    %106 = stablehlo.broadcast_in_dim %cst_42, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_43 = stablehlo.constant dense<8.71118937E-6> : tensor<f32>
    %107 = stablehlo.broadcast_in_dim %cst_43, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_44 = stablehlo.constant dense<1> : tensor<i32>
    %108 = stablehlo.broadcast_in_dim %c_44, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %109 = stablehlo.compare LT, %44, %108, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_45 = stablehlo.constant dense<2> : tensor<i32>
    %110 = stablehlo.broadcast_in_dim %c_45, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %111 = stablehlo.compare LT, %44, %110, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %112 = stablehlo.select %111, %106, %107 : tensor<64xi1>, tensor<64xf32>
    %113 = stablehlo.select %109, %105, %112 : tensor<64xi1>, tensor<64xf32>
    %cst_46 = stablehlo.constant dense<2.17609522E-5> : tensor<f32>
    %114 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_47 = stablehlo.constant dense<-3.06331145E-4> : tensor<f32>
    %115 = stablehlo.broadcast_in_dim %cst_47, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_48 = stablehlo.constant dense<-1.9662566E-6> : tensor<f32>
    %116 = stablehlo.broadcast_in_dim %cst_48, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_49 = stablehlo.constant dense<1> : tensor<i32>
    %117 = stablehlo.broadcast_in_dim %c_49, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %118 = stablehlo.compare LT, %44, %117, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_50 = stablehlo.constant dense<2> : tensor<i32>
    %119 = stablehlo.broadcast_in_dim %c_50, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %120 = stablehlo.compare LT, %44, %119, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %121 = stablehlo.select %120, %115, %116 : tensor<64xi1>, tensor<64xf32>
    %122 = stablehlo.select %118, %114, %121 : tensor<64xi1>, tensor<64xf32>
    %cst_51 = stablehlo.constant dense<-7.45622219E-6> : tensor<f32>
    %123 = stablehlo.broadcast_in_dim %cst_51, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_52 = stablehlo.constant dense<-7.37427472E-5> : tensor<f32>
    %124 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_53 = stablehlo.constant dense<4.00104341E-7> : tensor<f32>
    %125 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_54 = stablehlo.constant dense<1> : tensor<i32>
    %126 = stablehlo.broadcast_in_dim %c_54, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %127 = stablehlo.compare LT, %44, %126, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_55 = stablehlo.constant dense<2> : tensor<i32>
    %128 = stablehlo.broadcast_in_dim %c_55, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %129 = stablehlo.compare LT, %44, %128, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %130 = stablehlo.select %129, %124, %125 : tensor<64xi1>, tensor<64xf32>
    %131 = stablehlo.select %127, %123, %130 : tensor<64xi1>, tensor<64xf32>
    %cst_56 = stablehlo.constant dense<1.18619539E-7> : tensor<f32>
    %132 = stablehlo.broadcast_in_dim %cst_56, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_57 = stablehlo.constant dense<7.60798939E-5> : tensor<f32>
    %133 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_58 = stablehlo.constant dense<-1.23394798E-7> : tensor<f32>
    %134 = stablehlo.broadcast_in_dim %cst_58, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_59 = stablehlo.constant dense<1> : tensor<i32>
    %135 = stablehlo.broadcast_in_dim %c_59, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %136 = stablehlo.compare LT, %44, %135, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_60 = stablehlo.constant dense<2> : tensor<i32>
    %137 = stablehlo.broadcast_in_dim %c_60, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %138 = stablehlo.compare LT, %44, %137, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %139 = stablehlo.select %138, %133, %134 : tensor<64xi1>, tensor<64xf32>
    %140 = stablehlo.select %136, %132, %139 : tensor<64xi1>, tensor<64xf32>
    %cst_61 = stablehlo.constant dense<1.25375806E-7> : tensor<f32>
    %141 = stablehlo.broadcast_in_dim %cst_61, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_62 = stablehlo.constant dense<-1.69354771E-5> : tensor<f32>
    %142 = stablehlo.broadcast_in_dim %cst_62, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_63 = stablehlo.constant dense<1.84477429E-8> : tensor<f32>
    %143 = stablehlo.broadcast_in_dim %cst_63, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_64 = stablehlo.constant dense<1> : tensor<i32>
    %144 = stablehlo.broadcast_in_dim %c_64, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %145 = stablehlo.compare LT, %44, %144, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_65 = stablehlo.constant dense<2> : tensor<i32>
    %146 = stablehlo.broadcast_in_dim %c_65, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %147 = stablehlo.compare LT, %44, %146, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %148 = stablehlo.select %147, %142, %143 : tensor<64xi1>, tensor<64xf32>
    %149 = stablehlo.select %145, %141, %148 : tensor<64xi1>, tensor<64xf32>
    %150 = stablehlo.fma %149, %68, %140 : tensor<64xf32>
    %151 = stablehlo.fma %150, %68, %131 : tensor<64xf32>
    %152 = stablehlo.fma %151, %68, %122 : tensor<64xf32>
    %153 = stablehlo.fma %152, %68, %113 : tensor<64xf32>
    %154 = stablehlo.fma %153, %68, %104 : tensor<64xf32>
    %155 = stablehlo.fma %154, %68, %95 : tensor<64xf32>
    %156 = stablehlo.fma %155, %68, %86 : tensor<64xf32>
    %157 = stablehlo.fma %156, %68, %77 : tensor<64xf32>
    %cst_66 = stablehlo.constant dense<1.4140625> : tensor<f32>
    %158 = stablehlo.broadcast_in_dim %cst_66, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %159 = stablehlo.multiply %158, %55 : tensor<64xf32>
    %160 = stablehlo.add %159, %157 : tensor<64xf32>
    %cst_67 = stablehlo.constant dense<1.4140625> : tensor<f32>
    %161 = stablehlo.broadcast_in_dim %cst_67, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %162 = stablehlo.multiply %161, %51 : tensor<64xf32>
    %163 = stablehlo.add %162, %160 : tensor<64xf32>
    %cst_68 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %164 = stablehlo.broadcast_in_dim %cst_68, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %165 = stablehlo.compare LT, %27, %164, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_69 = stablehlo.constant dense<-1.000000e+00> : tensor<f32>
    %166 = stablehlo.broadcast_in_dim %cst_69, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_70 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %167 = stablehlo.broadcast_in_dim %cst_70, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %168 = stablehlo.select %165, %166, %167 : tensor<64xi1>, tensor<64xf32>
    %169 = stablehlo.multiply %27, %157 : tensor<64xf32>
    %170 = stablehlo.multiply %168, %163 : tensor<64xf32>
    %171 = stablehlo.select %37, %169, %170 : tensor<64xi1>, tensor<64xf32>
    %cst_71 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %172 = stablehlo.broadcast_in_dim %cst_71, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %173 = stablehlo.compare EQ, %arg1, %172, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_72 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %174 = stablehlo.broadcast_in_dim %cst_72, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %175 = stablehlo.compare EQ, %arg1, %174, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_73 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %176 = call @_where(%175, %cst_73, %171) : (tensor<64xi1>, tensor<f32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_74 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %177 = call @_where(%173, %cst_74, %176) : (tensor<64xi1>, tensor<f32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_75 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %178 = call @_where(%11, %cst_75, %177) : (tensor<64xi1>, tensor<f32>, tensor<64xf32>) -> tensor<64xf32>
    %cst_76 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %179 = stablehlo.broadcast_in_dim %cst_76, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %180 = stablehlo.multiply %178, %179 : tensor<64xf32>
    %cst_77 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %181 = stablehlo.broadcast_in_dim %cst_77, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %182 = stablehlo.add %180, %181 : tensor<64xf32>
    %cst_78 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %183 = chlo.square %cst_78 : tensor<f32> -> tensor<f32>
    %cst_79 = stablehlo.constant dense<6.28318548> : tensor<f32>
    %184 = stablehlo.multiply %cst_79, %183 : tensor<f32>
    %185 = stablehlo.log %184 : tensor<f32>
    %cst_80 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %186 = stablehlo.broadcast_in_dim %cst_80, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %187 = stablehlo.subtract %arg0, %186 : tensor<64xf32>
    %188 = chlo.square %187 : tensor<64xf32> -> tensor<64xf32>
    %189 = stablehlo.broadcast_in_dim %183, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %190 = stablehlo.divide %188, %189 : tensor<64xf32>
    %191 = stablehlo.broadcast_in_dim %185, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %192 = stablehlo.add %191, %190 : tensor<64xf32>
    %cst_81 = stablehlo.constant dense<-2.000000e+00> : tensor<f32>
    %193 = stablehlo.broadcast_in_dim %cst_81, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %194 = stablehlo.divide %192, %193 : tensor<64xf32>
    return %4, %182, %194 : tensor<64xf32>, tensor<64xf32>, tensor<64xf32>
  }
  func.func private @ndtr(%arg0: tensor<64xf32>) -> tensor<64xf32> {
    %0 = stablehlo.abs %arg0 : tensor<64xf32>
    %1 = stablehlo.negate %arg0 : tensor<64xf32>
    %cst = stablehlo.constant dense<0.707106769> : tensor<f32>
    %2 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %3 = stablehlo.multiply %1, %2 : tensor<64xf32>
    %cst_0 = stablehlo.constant dense<-1.000000e+00> : tensor<f32>
    %cst_1 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %5 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %6 = stablehlo.clamp %4, %3, %5 : tensor<64xf32>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %8 = stablehlo.subtract %7, %6 : tensor<64xf32>
    %cst_3 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %9 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %10 = stablehlo.add %9, %6 : tensor<64xf32>
    %11 = stablehlo.multiply %8, %10 : tensor<64xf32>
    %cst_4 = stablehlo.constant dense<-0.157299206> : tensor<f32>
    %cst_5 = stablehlo.constant dense<0.213796526> : tensor<f32>
    %cst_6 = stablehlo.constant dense<0.0565724745> : tensor<f32>
    %cst_7 = stablehlo.constant dense<0.012539071> : tensor<f32>
    %cst_8 = stablehlo.constant dense<0.00236291834> : tensor<f32>
    %cst_9 = stablehlo.constant dense<3.28376686E-4> : tensor<f32>
    %cst_10 = stablehlo.constant dense<7.90048143E-5> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %13 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %14 = stablehlo.fma %12, %11, %13 : tensor<64xf32>
    %15 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %16 = stablehlo.fma %14, %11, %15 : tensor<64xf32>
    %17 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %18 = stablehlo.fma %16, %11, %17 : tensor<64xf32>
    %19 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %20 = stablehlo.fma %18, %11, %19 : tensor<64xf32>
    %21 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %22 = stablehlo.fma %20, %11, %21 : tensor<64xf32>
    %23 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %24 = stablehlo.fma %22, %11, %23 : tensor<64xf32>
    %cst_11 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %25 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %26 = stablehlo.compare LT, %6, %25, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_12 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %27 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %28 = stablehlo.add %27, %24 : tensor<64xf32>
    %29 = stablehlo.multiply %6, %28 : tensor<64xf32>
    %cst_13 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %30 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %31 = stablehlo.subtract %30, %29 : tensor<64xf32>
    %32 = stablehlo.multiply %6, %24 : tensor<64xf32>
    %33 = stablehlo.subtract %8, %32 : tensor<64xf32>
    %34 = stablehlo.select %26, %31, %33 : tensor<64xi1>, tensor<64xf32>
    %cst_14 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %36 = stablehlo.multiply %35, %34 : tensor<64xf32>
    %cst_15 = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %37 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %38 = stablehlo.minimum %0, %37 : tensor<64xf32>
    %39 = stablehlo.bitcast_convert %38 : (tensor<64xf32>) -> tensor<64xi32>
    %c = stablehlo.constant dense<-4096> : tensor<i32>
    %40 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %41 = stablehlo.and %39, %40 : tensor<64xi32>
    %42 = stablehlo.bitcast_convert %41 : (tensor<64xi32>) -> tensor<64xf32>
    %43 = stablehlo.subtract %38, %42 : tensor<64xf32>
    %44 = stablehlo.multiply %42, %42 : tensor<64xf32>
    %45 = stablehlo.add %38, %42 : tensor<64xf32>
    %46 = stablehlo.multiply %43, %45 : tensor<64xf32>
    %cst_16 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %47 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %48 = stablehlo.multiply %0, %47 : tensor<64xf32>
    %cst_17 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %49 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %50 = stablehlo.maximum %48, %49 : tensor<64xf32>
    %cst_18 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %51 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %52 = stablehlo.divide %51, %50 : tensor<64xf32>
    %53 = chlo.square %52 : tensor<64xf32> -> tensor<64xf32>
    %cst_19 = stablehlo.constant dense<7.500000e-01> : tensor<f32>
    %54 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %55 = stablehlo.subtract %52, %54 : tensor<64xf32>
    %cst_20 = stablehlo.constant dense<0.341368854> : tensor<f32>
    %cst_21 = stablehlo.constant dense<-0.309140116> : tensor<f32>
    %cst_22 = stablehlo.constant dense<0.148704097> : tensor<f32>
    %cst_23 = stablehlo.constant dense<0.00976983365> : tensor<f32>
    %cst_24 = stablehlo.constant dense<-0.111023694> : tensor<f32>
    %cst_25 = stablehlo.constant dense<0.144929245> : tensor<f32>
    %cst_26 = stablehlo.constant dense<-0.123862281> : tensor<f32>
    %cst_27 = stablehlo.constant dense<0.0643993169> : tensor<f32>
    %56 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %57 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %58 = stablehlo.fma %56, %55, %57 : tensor<64xf32>
    %59 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %60 = stablehlo.fma %58, %55, %59 : tensor<64xf32>
    %61 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %62 = stablehlo.fma %60, %55, %61 : tensor<64xf32>
    %63 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %64 = stablehlo.fma %62, %55, %63 : tensor<64xf32>
    %65 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %66 = stablehlo.fma %64, %55, %65 : tensor<64xf32>
    %67 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %68 = stablehlo.fma %66, %55, %67 : tensor<64xf32>
    %69 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %70 = stablehlo.fma %68, %55, %69 : tensor<64xf32>
    %cst_28 = stablehlo.constant dense<3.125000e-01> : tensor<f32>
    %71 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %72 = stablehlo.subtract %52, %71 : tensor<64xf32>
    %cst_29 = stablehlo.constant dense<0.496838123> : tensor<f32>
    %cst_30 = stablehlo.constant dense<-0.355700642> : tensor<f32>
    %cst_31 = stablehlo.constant dense<-0.192554384> : tensor<f32>
    %cst_32 = stablehlo.constant dense<0.701823651> : tensor<f32>
    %cst_33 = stablehlo.constant dense<-0.662866354> : tensor<f32>
    %cst_34 = stablehlo.constant dense<-0.218053311> : tensor<f32>
    %cst_35 = stablehlo.constant dense<1.65253341> : tensor<f32>
    %cst_36 = stablehlo.constant dense<-2.11060333> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %74 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %75 = stablehlo.fma %73, %72, %74 : tensor<64xf32>
    %76 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %77 = stablehlo.fma %75, %72, %76 : tensor<64xf32>
    %78 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %79 = stablehlo.fma %77, %72, %78 : tensor<64xf32>
    %80 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %81 = stablehlo.fma %79, %72, %80 : tensor<64xf32>
    %82 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %83 = stablehlo.fma %81, %72, %82 : tensor<64xf32>
    %84 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %85 = stablehlo.fma %83, %72, %84 : tensor<64xf32>
    %86 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %87 = stablehlo.fma %85, %72, %86 : tensor<64xf32>
    %cst_37 = stablehlo.constant dense<0.564189553> : tensor<f32>
    %cst_38 = stablehlo.constant dense<-0.846248805> : tensor<f32>
    %cst_39 = stablehlo.constant dense<2.10585976> : tensor<f32>
    %cst_40 = stablehlo.constant dense<-6.43491125> : tensor<f32>
    %88 = stablehlo.broadcast_in_dim %cst_40, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %89 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %90 = stablehlo.fma %88, %53, %89 : tensor<64xf32>
    %91 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %92 = stablehlo.fma %90, %53, %91 : tensor<64xf32>
    %93 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %94 = stablehlo.fma %92, %53, %93 : tensor<64xf32>
    %cst_41 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %95 = stablehlo.broadcast_in_dim %cst_41, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %96 = stablehlo.compare LT, %50, %95, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_42 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %97 = stablehlo.broadcast_in_dim %cst_42, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %98 = stablehlo.compare LT, %50, %97, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %99 = stablehlo.select %98, %87, %94 : tensor<64xi1>, tensor<64xf32>
    %100 = stablehlo.select %96, %70, %99 : tensor<64xi1>, tensor<64xf32>
    %101 = stablehlo.negate %53 : tensor<64xf32>
    %102 = stablehlo.multiply %101, %100 : tensor<64xf32>
    %cst_43 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %103 = stablehlo.broadcast_in_dim %cst_43, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %104 = stablehlo.multiply %103, %102 : tensor<64xf32>
    %cst_44 = stablehlo.constant dense<-2.93176914E-8> : tensor<f32>
    %105 = stablehlo.broadcast_in_dim %cst_44, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %106 = stablehlo.add %105, %104 : tensor<64xf32>
    %cst_45 = stablehlo.constant dense<0.564189613> : tensor<f32>
    %107 = stablehlo.broadcast_in_dim %cst_45, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %108 = stablehlo.add %107, %106 : tensor<64xf32>
    %cst_46 = stablehlo.constant dense<1.84467441E+19> : tensor<f32>
    %109 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %110 = stablehlo.compare GT, %50, %109, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_47 = stablehlo.constant dense<5.42101086E-20> : tensor<f32>
    %111 = stablehlo.broadcast_in_dim %cst_47, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_48 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %112 = stablehlo.broadcast_in_dim %cst_48, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %113 = stablehlo.select %110, %111, %112 : tensor<64xi1>, tensor<64xf32>
    %114 = stablehlo.multiply %108, %113 : tensor<64xf32>
    %115 = stablehlo.multiply %50, %113 : tensor<64xf32>
    %116 = stablehlo.divide %114, %115 : tensor<64xf32>
    %cst_49 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %117 = stablehlo.broadcast_in_dim %cst_49, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %118 = stablehlo.multiply %117, %116 : tensor<64xf32>
    %cst_50 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %119 = stablehlo.broadcast_in_dim %cst_50, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %120 = stablehlo.multiply %119, %46 : tensor<64xf32>
    %cst_51 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_52 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %cst_53 = stablehlo.constant dense<0.166666672> : tensor<f32>
    %cst_54 = stablehlo.constant dense<0.0416666679> : tensor<f32>
    %cst_55 = stablehlo.constant dense<0.00833333377> : tensor<f32>
    %121 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %122 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %123 = stablehlo.fma %121, %120, %122 : tensor<64xf32>
    %124 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %125 = stablehlo.fma %123, %120, %124 : tensor<64xf32>
    %126 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %127 = stablehlo.fma %125, %120, %126 : tensor<64xf32>
    %128 = stablehlo.broadcast_in_dim %cst_51, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %129 = stablehlo.fma %127, %120, %128 : tensor<64xf32>
    %130 = stablehlo.multiply %120, %129 : tensor<64xf32>
    %cst_56 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %131 = stablehlo.broadcast_in_dim %cst_56, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %132 = stablehlo.multiply %131, %44 : tensor<64xf32>
    %133 = stablehlo.exponential %132 : tensor<64xf32>
    %134 = stablehlo.exponential %132 {result_accuracy = #stablehlo.result_accuracy<mode = #stablehlo.result_accuracy_mode<HIGHEST>>} : tensor<64xf32>
    %135 = stablehlo.multiply %118, %130 : tensor<64xf32>
    %136 = stablehlo.add %118, %135 : tensor<64xf32>
    %137 = stablehlo.multiply %134, %136 : tensor<64xf32>
    %cst_57 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %138 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %139 = stablehlo.compare LT, %arg0, %138, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_58 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %140 = stablehlo.broadcast_in_dim %cst_58, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %141 = stablehlo.subtract %140, %137 : tensor<64xf32>
    %142 = stablehlo.select %139, %137, %141 : tensor<64xi1>, tensor<64xf32>
    %cst_59 = stablehlo.constant dense<1.41421354> : tensor<f32>
    %143 = stablehlo.broadcast_in_dim %cst_59, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %144 = stablehlo.compare LT, %0, %143, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %145 = stablehlo.select %144, %36, %142 : tensor<64xi1>, tensor<64xf32>
    return %145 : tensor<64xf32>
  }
  func.func private @_where(%arg0: tensor<64xi1>, %arg1: tensor<f32>, %arg2: tensor<64xf32>) -> tensor<64xf32> {
    %0 = stablehlo.convert %arg1 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %2 = stablehlo.select %arg0, %1, %arg2 : tensor<64xi1>, tensor<64xf32>
    return %2 : tensor<64xf32>
  }
  func.func private @_where_0(%arg0: tensor<64xi1>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>) -> tensor<64xf32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<64xi1>, tensor<64xf32>
    return %0 : tensor<64xf32>
  }
}
