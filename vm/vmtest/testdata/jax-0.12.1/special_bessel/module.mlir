module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<64xf32>) -> (tensor<64xf32> {jax.result_info = "result[0]"}, tensor<64xf32> {jax.result_info = "result[1]"}, tensor<64xf32> {jax.result_info = "result[2]"}, tensor<64xf32> {jax.result_info = "result[3]"}) {
    %0 = stablehlo.abs %arg0 : tensor<64xf32>
    %1 = stablehlo.abs %0 : tensor<64xf32>
    %cst = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %2 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %3 = stablehlo.compare LE, %1, %2, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_0 = stablehlo.constant dense<2.625000e+00> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %5 = stablehlo.compare LE, %1, %4, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_1 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %6 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %7 = stablehlo.compare LE, %1, %6, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %8 = stablehlo.not %3 : tensor<64xi1>
    %9 = stablehlo.convert %8 : (tensor<64xi1>) -> tensor<64xi32>
    %10 = stablehlo.not %5 : tensor<64xi1>
    %11 = stablehlo.convert %10 : (tensor<64xi1>) -> tensor<64xi32>
    %12 = stablehlo.add %9, %11 : tensor<64xi32>
    %13 = stablehlo.not %7 : tensor<64xi1>
    %14 = stablehlo.convert %13 : (tensor<64xi1>) -> tensor<64xi32>
    %15 = stablehlo.add %12, %14 : tensor<64xi32>
    %cst_2 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %17 = stablehlo.select %7, %16, %1 : tensor<64xi1>, tensor<64xf32>
    %cst_3 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %18 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %19 = stablehlo.divide %18, %17 : tensor<64xf32>
    %cst_4 = stablehlo.constant dense<1.500000e+00> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %21 = stablehlo.subtract %1, %20 : tensor<64xf32>
    %cst_5 = stablehlo.constant dense<5.250000e+00> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %23 = stablehlo.subtract %1, %22 : tensor<64xf32>
    %c = stablehlo.constant dense<2> : tensor<i32>
    %24 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %25 = stablehlo.compare LT, %15, %24, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_6 = stablehlo.constant dense<1> : tensor<i32>
    %26 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %27 = stablehlo.compare LT, %15, %26, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %28 = stablehlo.select %27, %1, %21 : tensor<64xi1>, tensor<64xf32>
    %c_7 = stablehlo.constant dense<3> : tensor<i32>
    %29 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %30 = stablehlo.compare LT, %15, %29, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %31 = stablehlo.select %30, %23, %19 : tensor<64xi1>, tensor<64xf32>
    %32 = stablehlo.select %25, %28, %31 : tensor<64xi1>, tensor<64xf32>
    %cst_8 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %33 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_9 = stablehlo.constant dense<0.367433608> : tensor<f32>
    %34 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_10 = stablehlo.constant dense<0.178838238> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_11 = stablehlo.constant dense<0.398925781> : tensor<f32>
    %36 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_12 = stablehlo.constant dense<2> : tensor<i32>
    %37 = stablehlo.broadcast_in_dim %c_12, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %38 = stablehlo.compare LT, %15, %37, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_13 = stablehlo.constant dense<1> : tensor<i32>
    %39 = stablehlo.broadcast_in_dim %c_13, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %40 = stablehlo.compare LT, %15, %39, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %41 = stablehlo.select %40, %33, %34 : tensor<64xi1>, tensor<64xf32>
    %c_14 = stablehlo.constant dense<3> : tensor<i32>
    %42 = stablehlo.broadcast_in_dim %c_14, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %43 = stablehlo.compare LT, %15, %42, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %44 = stablehlo.select %43, %35, %36 : tensor<64xi1>, tensor<64xf32>
    %45 = stablehlo.select %38, %41, %44 : tensor<64xi1>, tensor<64xf32>
    %cst_15 = stablehlo.constant dense<-7.81606767E-14> : tensor<f32>
    %46 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_16 = stablehlo.constant dense<1.49207824E-9> : tensor<f32>
    %47 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_17 = stablehlo.constant dense<-7.59332063E-9> : tensor<f32>
    %48 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_18 = stablehlo.constant dense<1.64991197E-5> : tensor<f32>
    %49 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_19 = stablehlo.constant dense<2> : tensor<i32>
    %50 = stablehlo.broadcast_in_dim %c_19, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %51 = stablehlo.compare LT, %15, %50, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_20 = stablehlo.constant dense<1> : tensor<i32>
    %52 = stablehlo.broadcast_in_dim %c_20, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %53 = stablehlo.compare LT, %15, %52, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %54 = stablehlo.select %53, %46, %47 : tensor<64xi1>, tensor<64xf32>
    %c_21 = stablehlo.constant dense<3> : tensor<i32>
    %55 = stablehlo.broadcast_in_dim %c_21, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %56 = stablehlo.compare LT, %15, %55, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %57 = stablehlo.select %56, %48, %49 : tensor<64xi1>, tensor<64xf32>
    %58 = stablehlo.select %51, %54, %57 : tensor<64xi1>, tensor<64xf32>
    %cst_22 = stablehlo.constant dense<-1.000000e+00> : tensor<f32>
    %59 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_23 = stablehlo.constant dense<-0.148394227> : tensor<f32>
    %60 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_24 = stablehlo.constant dense<-0.0180850346> : tensor<f32>
    %61 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_25 = stablehlo.constant dense<0.0498678237> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_26 = stablehlo.constant dense<2> : tensor<i32>
    %63 = stablehlo.broadcast_in_dim %c_26, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %64 = stablehlo.compare LT, %15, %63, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_27 = stablehlo.constant dense<1> : tensor<i32>
    %65 = stablehlo.broadcast_in_dim %c_27, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %66 = stablehlo.compare LT, %15, %65, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %67 = stablehlo.select %66, %59, %60 : tensor<64xi1>, tensor<64xf32>
    %c_28 = stablehlo.constant dense<3> : tensor<i32>
    %68 = stablehlo.broadcast_in_dim %c_28, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %69 = stablehlo.compare LT, %15, %68, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %70 = stablehlo.select %69, %61, %62 : tensor<64xi1>, tensor<64xf32>
    %71 = stablehlo.select %64, %67, %70 : tensor<64xi1>, tensor<64xf32>
    %cst_29 = stablehlo.constant dense<7.500000e-01> : tensor<f32>
    %72 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_30 = stablehlo.constant dense<0.0753810927> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_31 = stablehlo.constant dense<2.775280e-03> : tensor<f32>
    %74 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_32 = stablehlo.constant dense<0.0280437171> : tensor<f32>
    %75 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_33 = stablehlo.constant dense<2> : tensor<i32>
    %76 = stablehlo.broadcast_in_dim %c_33, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %77 = stablehlo.compare LT, %15, %76, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_34 = stablehlo.constant dense<1> : tensor<i32>
    %78 = stablehlo.broadcast_in_dim %c_34, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %79 = stablehlo.compare LT, %15, %78, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %80 = stablehlo.select %79, %72, %73 : tensor<64xi1>, tensor<64xf32>
    %c_35 = stablehlo.constant dense<3> : tensor<i32>
    %81 = stablehlo.broadcast_in_dim %c_35, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %82 = stablehlo.compare LT, %15, %81, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %83 = stablehlo.select %82, %74, %75 : tensor<64xi1>, tensor<64xf32>
    %84 = stablehlo.select %77, %80, %83 : tensor<64xi1>, tensor<64xf32>
    %cst_36 = stablehlo.constant dense<-0.416666657> : tensor<f32>
    %85 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_37 = stablehlo.constant dense<-0.0342919603> : tensor<f32>
    %86 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_38 = stablehlo.constant dense<-4.80170071E-4> : tensor<f32>
    %87 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_39 = stablehlo.constant dense<0.0296814349> : tensor<f32>
    %88 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_40 = stablehlo.constant dense<2> : tensor<i32>
    %89 = stablehlo.broadcast_in_dim %c_40, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %90 = stablehlo.compare LT, %15, %89, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_41 = stablehlo.constant dense<1> : tensor<i32>
    %91 = stablehlo.broadcast_in_dim %c_41, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %92 = stablehlo.compare LT, %15, %91, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %93 = stablehlo.select %92, %85, %86 : tensor<64xi1>, tensor<64xf32>
    %c_42 = stablehlo.constant dense<3> : tensor<i32>
    %94 = stablehlo.broadcast_in_dim %c_42, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %95 = stablehlo.compare LT, %15, %94, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %96 = stablehlo.select %95, %87, %88 : tensor<64xi1>, tensor<64xf32>
    %97 = stablehlo.select %90, %93, %96 : tensor<64xi1>, tensor<64xf32>
    %cst_43 = stablehlo.constant dense<0.182291359> : tensor<f32>
    %98 = stablehlo.broadcast_in_dim %cst_43, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_44 = stablehlo.constant dense<0.0133528234> : tensor<f32>
    %99 = stablehlo.broadcast_in_dim %cst_44, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_45 = stablehlo.constant dense<8.83050233E-5> : tensor<f32>
    %100 = stablehlo.broadcast_in_dim %cst_45, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_46 = stablehlo.constant dense<0.0298966859> : tensor<f32>
    %101 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_47 = stablehlo.constant dense<2> : tensor<i32>
    %102 = stablehlo.broadcast_in_dim %c_47, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %103 = stablehlo.compare LT, %15, %102, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_48 = stablehlo.constant dense<1> : tensor<i32>
    %104 = stablehlo.broadcast_in_dim %c_48, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %105 = stablehlo.compare LT, %15, %104, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %106 = stablehlo.select %105, %98, %99 : tensor<64xi1>, tensor<64xf32>
    %c_49 = stablehlo.constant dense<3> : tensor<i32>
    %107 = stablehlo.broadcast_in_dim %c_49, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %108 = stablehlo.compare LT, %15, %107, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %109 = stablehlo.select %108, %100, %101 : tensor<64xi1>, tensor<64xf32>
    %110 = stablehlo.select %103, %106, %109 : tensor<64xi1>, tensor<64xf32>
    %cst_50 = stablehlo.constant dense<-0.0656210184> : tensor<f32>
    %111 = stablehlo.broadcast_in_dim %cst_50, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_51 = stablehlo.constant dense<-0.00446145935> : tensor<f32>
    %112 = stablehlo.broadcast_in_dim %cst_51, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_52 = stablehlo.constant dense<-1.6819482E-5> : tensor<f32>
    %113 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_53 = stablehlo.constant dense<0.340017825> : tensor<f32>
    %114 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_54 = stablehlo.constant dense<2> : tensor<i32>
    %115 = stablehlo.broadcast_in_dim %c_54, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %116 = stablehlo.compare LT, %15, %115, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_55 = stablehlo.constant dense<1> : tensor<i32>
    %117 = stablehlo.broadcast_in_dim %c_55, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %118 = stablehlo.compare LT, %15, %117, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %119 = stablehlo.select %118, %111, %112 : tensor<64xi1>, tensor<64xf32>
    %c_56 = stablehlo.constant dense<3> : tensor<i32>
    %120 = stablehlo.broadcast_in_dim %c_56, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %121 = stablehlo.compare LT, %15, %120, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %122 = stablehlo.select %121, %113, %114 : tensor<64xi1>, tensor<64xf32>
    %123 = stablehlo.select %116, %119, %122 : tensor<64xi1>, tensor<64xf32>
    %cst_57 = stablehlo.constant dense<0.0200239364> : tensor<f32>
    %124 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_58 = stablehlo.constant dense<0.00129500777> : tensor<f32>
    %125 = stablehlo.broadcast_in_dim %cst_58, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_59 = stablehlo.constant dense<3.29659338E-6> : tensor<f32>
    %126 = stablehlo.broadcast_in_dim %cst_59, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_60 = stablehlo.constant dense<-1.92067087> : tensor<f32>
    %127 = stablehlo.broadcast_in_dim %cst_60, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_61 = stablehlo.constant dense<2> : tensor<i32>
    %128 = stablehlo.broadcast_in_dim %c_61, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %129 = stablehlo.compare LT, %15, %128, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_62 = stablehlo.constant dense<1> : tensor<i32>
    %130 = stablehlo.broadcast_in_dim %c_62, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %131 = stablehlo.compare LT, %15, %130, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %132 = stablehlo.select %131, %124, %125 : tensor<64xi1>, tensor<64xf32>
    %c_63 = stablehlo.constant dense<3> : tensor<i32>
    %133 = stablehlo.broadcast_in_dim %c_63, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %134 = stablehlo.compare LT, %15, %133, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %135 = stablehlo.select %134, %126, %127 : tensor<64xi1>, tensor<64xf32>
    %136 = stablehlo.select %129, %132, %135 : tensor<64xi1>, tensor<64xf32>
    %cst_64 = stablehlo.constant dense<-0.00520034833> : tensor<f32>
    %137 = stablehlo.broadcast_in_dim %cst_64, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_65 = stablehlo.constant dense<-3.30478942E-4> : tensor<f32>
    %138 = stablehlo.broadcast_in_dim %cst_65, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_66 = stablehlo.constant dense<-6.17059072E-7> : tensor<f32>
    %139 = stablehlo.broadcast_in_dim %cst_66, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_67 = stablehlo.constant dense<8.55781937> : tensor<f32>
    %140 = stablehlo.broadcast_in_dim %cst_67, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_68 = stablehlo.constant dense<2> : tensor<i32>
    %141 = stablehlo.broadcast_in_dim %c_68, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %142 = stablehlo.compare LT, %15, %141, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_69 = stablehlo.constant dense<1> : tensor<i32>
    %143 = stablehlo.broadcast_in_dim %c_69, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %144 = stablehlo.compare LT, %15, %143, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %145 = stablehlo.select %144, %137, %138 : tensor<64xi1>, tensor<64xf32>
    %c_70 = stablehlo.constant dense<3> : tensor<i32>
    %146 = stablehlo.broadcast_in_dim %c_70, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %147 = stablehlo.compare LT, %15, %146, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %148 = stablehlo.select %147, %139, %140 : tensor<64xi1>, tensor<64xf32>
    %149 = stablehlo.select %142, %145, %148 : tensor<64xi1>, tensor<64xf32>
    %cst_71 = stablehlo.constant dense<9.32629278E-4> : tensor<f32>
    %150 = stablehlo.broadcast_in_dim %cst_71, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_72 = stablehlo.constant dense<7.521380e-05> : tensor<f32>
    %151 = stablehlo.broadcast_in_dim %cst_72, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_73 = stablehlo.constant dense<9.40442959E-8> : tensor<f32>
    %152 = stablehlo.broadcast_in_dim %cst_73, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_74 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %153 = stablehlo.broadcast_in_dim %cst_74, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_75 = stablehlo.constant dense<2> : tensor<i32>
    %154 = stablehlo.broadcast_in_dim %c_75, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %155 = stablehlo.compare LT, %15, %154, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_76 = stablehlo.constant dense<1> : tensor<i32>
    %156 = stablehlo.broadcast_in_dim %c_76, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %157 = stablehlo.compare LT, %15, %156, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %158 = stablehlo.select %157, %150, %151 : tensor<64xi1>, tensor<64xf32>
    %c_77 = stablehlo.constant dense<3> : tensor<i32>
    %159 = stablehlo.broadcast_in_dim %c_77, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %160 = stablehlo.compare LT, %15, %159, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %161 = stablehlo.select %160, %152, %153 : tensor<64xi1>, tensor<64xf32>
    %162 = stablehlo.select %155, %158, %161 : tensor<64xi1>, tensor<64xf32>
    %cst_78 = stablehlo.constant dense<2.39132147E-4> : tensor<f32>
    %163 = stablehlo.broadcast_in_dim %cst_78, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_79 = stablehlo.constant dense<-1.59054234E-5> : tensor<f32>
    %164 = stablehlo.broadcast_in_dim %cst_79, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_80 = stablehlo.constant dense<-1.75409376E-8> : tensor<f32>
    %165 = stablehlo.broadcast_in_dim %cst_80, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_81 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %166 = stablehlo.broadcast_in_dim %cst_81, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_82 = stablehlo.constant dense<2> : tensor<i32>
    %167 = stablehlo.broadcast_in_dim %c_82, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %168 = stablehlo.compare LT, %15, %167, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_83 = stablehlo.constant dense<1> : tensor<i32>
    %169 = stablehlo.broadcast_in_dim %c_83, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %170 = stablehlo.compare LT, %15, %169, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %171 = stablehlo.select %170, %163, %164 : tensor<64xi1>, tensor<64xf32>
    %c_84 = stablehlo.constant dense<3> : tensor<i32>
    %172 = stablehlo.broadcast_in_dim %c_84, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %173 = stablehlo.compare LT, %15, %172, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %174 = stablehlo.select %173, %165, %166 : tensor<64xi1>, tensor<64xf32>
    %175 = stablehlo.select %168, %171, %174 : tensor<64xi1>, tensor<64xf32>
    %cst_85 = stablehlo.constant dense<-3.94950883E-4> : tensor<f32>
    %176 = stablehlo.broadcast_in_dim %cst_85, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_86 = stablehlo.constant dense<3.10920586E-6> : tensor<f32>
    %177 = stablehlo.broadcast_in_dim %cst_86, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_87 = stablehlo.constant dense<5.2166329E-9> : tensor<f32>
    %178 = stablehlo.broadcast_in_dim %cst_87, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_88 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %179 = stablehlo.broadcast_in_dim %cst_88, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_89 = stablehlo.constant dense<2> : tensor<i32>
    %180 = stablehlo.broadcast_in_dim %c_89, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %181 = stablehlo.compare LT, %15, %180, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_90 = stablehlo.constant dense<1> : tensor<i32>
    %182 = stablehlo.broadcast_in_dim %c_90, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %183 = stablehlo.compare LT, %15, %182, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %184 = stablehlo.select %183, %176, %177 : tensor<64xi1>, tensor<64xf32>
    %c_91 = stablehlo.constant dense<3> : tensor<i32>
    %185 = stablehlo.broadcast_in_dim %c_91, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %186 = stablehlo.compare LT, %15, %185, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %187 = stablehlo.select %186, %178, %179 : tensor<64xi1>, tensor<64xf32>
    %188 = stablehlo.select %181, %184, %187 : tensor<64xi1>, tensor<64xf32>
    %cst_92 = stablehlo.constant dense<1.6121431E-4> : tensor<f32>
    %189 = stablehlo.broadcast_in_dim %cst_92, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_93 = stablehlo.constant dense<-3.832830e-07> : tensor<f32>
    %190 = stablehlo.broadcast_in_dim %cst_93, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_94 = stablehlo.constant dense<-7.40240425E-10> : tensor<f32>
    %191 = stablehlo.broadcast_in_dim %cst_94, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_95 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %192 = stablehlo.broadcast_in_dim %cst_95, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_96 = stablehlo.constant dense<2> : tensor<i32>
    %193 = stablehlo.broadcast_in_dim %c_96, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %194 = stablehlo.compare LT, %15, %193, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_97 = stablehlo.constant dense<1> : tensor<i32>
    %195 = stablehlo.broadcast_in_dim %c_97, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %196 = stablehlo.compare LT, %15, %195, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %197 = stablehlo.select %196, %189, %190 : tensor<64xi1>, tensor<64xf32>
    %c_98 = stablehlo.constant dense<3> : tensor<i32>
    %198 = stablehlo.broadcast_in_dim %c_98, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %199 = stablehlo.compare LT, %15, %198, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %200 = stablehlo.select %199, %191, %192 : tensor<64xi1>, tensor<64xf32>
    %201 = stablehlo.select %194, %197, %200 : tensor<64xi1>, tensor<64xf32>
    %202 = stablehlo.fma %201, %32, %188 : tensor<64xf32>
    %203 = stablehlo.fma %202, %32, %175 : tensor<64xf32>
    %204 = stablehlo.fma %203, %32, %162 : tensor<64xf32>
    %205 = stablehlo.fma %204, %32, %149 : tensor<64xf32>
    %206 = stablehlo.fma %205, %32, %136 : tensor<64xf32>
    %207 = stablehlo.fma %206, %32, %123 : tensor<64xf32>
    %208 = stablehlo.fma %207, %32, %110 : tensor<64xf32>
    %209 = stablehlo.fma %208, %32, %97 : tensor<64xf32>
    %210 = stablehlo.fma %209, %32, %84 : tensor<64xf32>
    %211 = stablehlo.fma %210, %32, %71 : tensor<64xf32>
    %212 = stablehlo.fma %211, %32, %58 : tensor<64xf32>
    %213 = stablehlo.rsqrt %17 : tensor<64xf32>
    %cst_99 = stablehlo.constant dense<4.097000e+03> : tensor<f32>
    %214 = stablehlo.broadcast_in_dim %cst_99, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %215 = stablehlo.multiply %213, %214 : tensor<64xf32>
    %216 = stablehlo.subtract %215, %213 : tensor<64xf32>
    %217 = stablehlo.subtract %215, %216 : tensor<64xf32>
    %218 = stablehlo.subtract %213, %217 : tensor<64xf32>
    %219 = stablehlo.multiply %45, %217 : tensor<64xf32>
    %220 = stablehlo.multiply %45, %218 : tensor<64xf32>
    %221 = stablehlo.multiply %212, %213 : tensor<64xf32>
    %222 = stablehlo.add %220, %221 : tensor<64xf32>
    %223 = stablehlo.add %219, %222 : tensor<64xf32>
    %224 = stablehlo.add %45, %212 : tensor<64xf32>
    %225 = stablehlo.select %7, %224, %223 : tensor<64xi1>, tensor<64xf32>
    %cst_100 = stablehlo.constant dense<8.800000e+01> : tensor<f32>
    %226 = stablehlo.broadcast_in_dim %cst_100, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %227 = stablehlo.compare GT, %0, %226, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_101 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %228 = stablehlo.broadcast_in_dim %cst_101, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %229 = stablehlo.multiply %0, %228 : tensor<64xf32>
    %230 = call @_where(%227, %229, %0) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %231 = stablehlo.exponential %230 : tensor<64xf32>
    %232 = stablehlo.multiply %231, %225 : tensor<64xf32>
    %233 = call @_where(%227, %232, %225) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %234 = stablehlo.multiply %233, %231 : tensor<64xf32>
    %235 = stablehlo.abs %arg0 : tensor<64xf32>
    %cst_102 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %236 = stablehlo.broadcast_in_dim %cst_102, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %237 = stablehlo.compare LE, %235, %236, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_103 = stablehlo.constant dense<2.625000e+00> : tensor<f32>
    %238 = stablehlo.broadcast_in_dim %cst_103, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %239 = stablehlo.compare LE, %235, %238, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_104 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %240 = stablehlo.broadcast_in_dim %cst_104, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %241 = stablehlo.compare LE, %235, %240, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %242 = stablehlo.not %237 : tensor<64xi1>
    %243 = stablehlo.convert %242 : (tensor<64xi1>) -> tensor<64xi32>
    %244 = stablehlo.not %239 : tensor<64xi1>
    %245 = stablehlo.convert %244 : (tensor<64xi1>) -> tensor<64xi32>
    %246 = stablehlo.add %243, %245 : tensor<64xi32>
    %247 = stablehlo.not %241 : tensor<64xi1>
    %248 = stablehlo.convert %247 : (tensor<64xi1>) -> tensor<64xi32>
    %249 = stablehlo.add %246, %248 : tensor<64xi32>
    %cst_105 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %250 = stablehlo.broadcast_in_dim %cst_105, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %251 = stablehlo.select %241, %250, %235 : tensor<64xi1>, tensor<64xf32>
    %cst_106 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %252 = stablehlo.broadcast_in_dim %cst_106, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %253 = stablehlo.divide %252, %251 : tensor<64xf32>
    %cst_107 = stablehlo.constant dense<1.500000e+00> : tensor<f32>
    %254 = stablehlo.broadcast_in_dim %cst_107, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %255 = stablehlo.subtract %235, %254 : tensor<64xf32>
    %cst_108 = stablehlo.constant dense<5.250000e+00> : tensor<f32>
    %256 = stablehlo.broadcast_in_dim %cst_108, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %257 = stablehlo.subtract %235, %256 : tensor<64xf32>
    %c_109 = stablehlo.constant dense<2> : tensor<i32>
    %258 = stablehlo.broadcast_in_dim %c_109, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %259 = stablehlo.compare LT, %249, %258, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_110 = stablehlo.constant dense<1> : tensor<i32>
    %260 = stablehlo.broadcast_in_dim %c_110, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %261 = stablehlo.compare LT, %249, %260, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %262 = stablehlo.select %261, %235, %255 : tensor<64xi1>, tensor<64xf32>
    %c_111 = stablehlo.constant dense<3> : tensor<i32>
    %263 = stablehlo.broadcast_in_dim %c_111, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %264 = stablehlo.compare LT, %249, %263, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %265 = stablehlo.select %264, %257, %253 : tensor<64xi1>, tensor<64xf32>
    %266 = stablehlo.select %259, %262, %265 : tensor<64xi1>, tensor<64xf32>
    %cst_112 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %267 = stablehlo.broadcast_in_dim %cst_112, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_113 = stablehlo.constant dense<0.367433608> : tensor<f32>
    %268 = stablehlo.broadcast_in_dim %cst_113, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_114 = stablehlo.constant dense<0.178838238> : tensor<f32>
    %269 = stablehlo.broadcast_in_dim %cst_114, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_115 = stablehlo.constant dense<0.398925781> : tensor<f32>
    %270 = stablehlo.broadcast_in_dim %cst_115, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_116 = stablehlo.constant dense<2> : tensor<i32>
    %271 = stablehlo.broadcast_in_dim %c_116, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %272 = stablehlo.compare LT, %249, %271, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_117 = stablehlo.constant dense<1> : tensor<i32>
    %273 = stablehlo.broadcast_in_dim %c_117, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %274 = stablehlo.compare LT, %249, %273, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %275 = stablehlo.select %274, %267, %268 : tensor<64xi1>, tensor<64xf32>
    %c_118 = stablehlo.constant dense<3> : tensor<i32>
    %276 = stablehlo.broadcast_in_dim %c_118, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %277 = stablehlo.compare LT, %249, %276, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %278 = stablehlo.select %277, %269, %270 : tensor<64xi1>, tensor<64xf32>
    %279 = stablehlo.select %272, %275, %278 : tensor<64xi1>, tensor<64xf32>
    %cst_119 = stablehlo.constant dense<-7.81606767E-14> : tensor<f32>
    %280 = stablehlo.broadcast_in_dim %cst_119, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_120 = stablehlo.constant dense<1.49207824E-9> : tensor<f32>
    %281 = stablehlo.broadcast_in_dim %cst_120, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_121 = stablehlo.constant dense<-7.59332063E-9> : tensor<f32>
    %282 = stablehlo.broadcast_in_dim %cst_121, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_122 = stablehlo.constant dense<1.64991197E-5> : tensor<f32>
    %283 = stablehlo.broadcast_in_dim %cst_122, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_123 = stablehlo.constant dense<2> : tensor<i32>
    %284 = stablehlo.broadcast_in_dim %c_123, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %285 = stablehlo.compare LT, %249, %284, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_124 = stablehlo.constant dense<1> : tensor<i32>
    %286 = stablehlo.broadcast_in_dim %c_124, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %287 = stablehlo.compare LT, %249, %286, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %288 = stablehlo.select %287, %280, %281 : tensor<64xi1>, tensor<64xf32>
    %c_125 = stablehlo.constant dense<3> : tensor<i32>
    %289 = stablehlo.broadcast_in_dim %c_125, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %290 = stablehlo.compare LT, %249, %289, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %291 = stablehlo.select %290, %282, %283 : tensor<64xi1>, tensor<64xf32>
    %292 = stablehlo.select %285, %288, %291 : tensor<64xi1>, tensor<64xf32>
    %cst_126 = stablehlo.constant dense<-1.000000e+00> : tensor<f32>
    %293 = stablehlo.broadcast_in_dim %cst_126, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_127 = stablehlo.constant dense<-0.148394227> : tensor<f32>
    %294 = stablehlo.broadcast_in_dim %cst_127, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_128 = stablehlo.constant dense<-0.0180850346> : tensor<f32>
    %295 = stablehlo.broadcast_in_dim %cst_128, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_129 = stablehlo.constant dense<0.0498678237> : tensor<f32>
    %296 = stablehlo.broadcast_in_dim %cst_129, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_130 = stablehlo.constant dense<2> : tensor<i32>
    %297 = stablehlo.broadcast_in_dim %c_130, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %298 = stablehlo.compare LT, %249, %297, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_131 = stablehlo.constant dense<1> : tensor<i32>
    %299 = stablehlo.broadcast_in_dim %c_131, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %300 = stablehlo.compare LT, %249, %299, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %301 = stablehlo.select %300, %293, %294 : tensor<64xi1>, tensor<64xf32>
    %c_132 = stablehlo.constant dense<3> : tensor<i32>
    %302 = stablehlo.broadcast_in_dim %c_132, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %303 = stablehlo.compare LT, %249, %302, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %304 = stablehlo.select %303, %295, %296 : tensor<64xi1>, tensor<64xf32>
    %305 = stablehlo.select %298, %301, %304 : tensor<64xi1>, tensor<64xf32>
    %cst_133 = stablehlo.constant dense<7.500000e-01> : tensor<f32>
    %306 = stablehlo.broadcast_in_dim %cst_133, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_134 = stablehlo.constant dense<0.0753810927> : tensor<f32>
    %307 = stablehlo.broadcast_in_dim %cst_134, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_135 = stablehlo.constant dense<2.775280e-03> : tensor<f32>
    %308 = stablehlo.broadcast_in_dim %cst_135, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_136 = stablehlo.constant dense<0.0280437171> : tensor<f32>
    %309 = stablehlo.broadcast_in_dim %cst_136, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_137 = stablehlo.constant dense<2> : tensor<i32>
    %310 = stablehlo.broadcast_in_dim %c_137, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %311 = stablehlo.compare LT, %249, %310, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_138 = stablehlo.constant dense<1> : tensor<i32>
    %312 = stablehlo.broadcast_in_dim %c_138, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %313 = stablehlo.compare LT, %249, %312, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %314 = stablehlo.select %313, %306, %307 : tensor<64xi1>, tensor<64xf32>
    %c_139 = stablehlo.constant dense<3> : tensor<i32>
    %315 = stablehlo.broadcast_in_dim %c_139, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %316 = stablehlo.compare LT, %249, %315, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %317 = stablehlo.select %316, %308, %309 : tensor<64xi1>, tensor<64xf32>
    %318 = stablehlo.select %311, %314, %317 : tensor<64xi1>, tensor<64xf32>
    %cst_140 = stablehlo.constant dense<-0.416666657> : tensor<f32>
    %319 = stablehlo.broadcast_in_dim %cst_140, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_141 = stablehlo.constant dense<-0.0342919603> : tensor<f32>
    %320 = stablehlo.broadcast_in_dim %cst_141, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_142 = stablehlo.constant dense<-4.80170071E-4> : tensor<f32>
    %321 = stablehlo.broadcast_in_dim %cst_142, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_143 = stablehlo.constant dense<0.0296814349> : tensor<f32>
    %322 = stablehlo.broadcast_in_dim %cst_143, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_144 = stablehlo.constant dense<2> : tensor<i32>
    %323 = stablehlo.broadcast_in_dim %c_144, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %324 = stablehlo.compare LT, %249, %323, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_145 = stablehlo.constant dense<1> : tensor<i32>
    %325 = stablehlo.broadcast_in_dim %c_145, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %326 = stablehlo.compare LT, %249, %325, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %327 = stablehlo.select %326, %319, %320 : tensor<64xi1>, tensor<64xf32>
    %c_146 = stablehlo.constant dense<3> : tensor<i32>
    %328 = stablehlo.broadcast_in_dim %c_146, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %329 = stablehlo.compare LT, %249, %328, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %330 = stablehlo.select %329, %321, %322 : tensor<64xi1>, tensor<64xf32>
    %331 = stablehlo.select %324, %327, %330 : tensor<64xi1>, tensor<64xf32>
    %cst_147 = stablehlo.constant dense<0.182291359> : tensor<f32>
    %332 = stablehlo.broadcast_in_dim %cst_147, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_148 = stablehlo.constant dense<0.0133528234> : tensor<f32>
    %333 = stablehlo.broadcast_in_dim %cst_148, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_149 = stablehlo.constant dense<8.83050233E-5> : tensor<f32>
    %334 = stablehlo.broadcast_in_dim %cst_149, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_150 = stablehlo.constant dense<0.0298966859> : tensor<f32>
    %335 = stablehlo.broadcast_in_dim %cst_150, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_151 = stablehlo.constant dense<2> : tensor<i32>
    %336 = stablehlo.broadcast_in_dim %c_151, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %337 = stablehlo.compare LT, %249, %336, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_152 = stablehlo.constant dense<1> : tensor<i32>
    %338 = stablehlo.broadcast_in_dim %c_152, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %339 = stablehlo.compare LT, %249, %338, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %340 = stablehlo.select %339, %332, %333 : tensor<64xi1>, tensor<64xf32>
    %c_153 = stablehlo.constant dense<3> : tensor<i32>
    %341 = stablehlo.broadcast_in_dim %c_153, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %342 = stablehlo.compare LT, %249, %341, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %343 = stablehlo.select %342, %334, %335 : tensor<64xi1>, tensor<64xf32>
    %344 = stablehlo.select %337, %340, %343 : tensor<64xi1>, tensor<64xf32>
    %cst_154 = stablehlo.constant dense<-0.0656210184> : tensor<f32>
    %345 = stablehlo.broadcast_in_dim %cst_154, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_155 = stablehlo.constant dense<-0.00446145935> : tensor<f32>
    %346 = stablehlo.broadcast_in_dim %cst_155, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_156 = stablehlo.constant dense<-1.6819482E-5> : tensor<f32>
    %347 = stablehlo.broadcast_in_dim %cst_156, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_157 = stablehlo.constant dense<0.340017825> : tensor<f32>
    %348 = stablehlo.broadcast_in_dim %cst_157, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_158 = stablehlo.constant dense<2> : tensor<i32>
    %349 = stablehlo.broadcast_in_dim %c_158, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %350 = stablehlo.compare LT, %249, %349, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_159 = stablehlo.constant dense<1> : tensor<i32>
    %351 = stablehlo.broadcast_in_dim %c_159, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %352 = stablehlo.compare LT, %249, %351, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %353 = stablehlo.select %352, %345, %346 : tensor<64xi1>, tensor<64xf32>
    %c_160 = stablehlo.constant dense<3> : tensor<i32>
    %354 = stablehlo.broadcast_in_dim %c_160, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %355 = stablehlo.compare LT, %249, %354, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %356 = stablehlo.select %355, %347, %348 : tensor<64xi1>, tensor<64xf32>
    %357 = stablehlo.select %350, %353, %356 : tensor<64xi1>, tensor<64xf32>
    %cst_161 = stablehlo.constant dense<0.0200239364> : tensor<f32>
    %358 = stablehlo.broadcast_in_dim %cst_161, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_162 = stablehlo.constant dense<0.00129500777> : tensor<f32>
    %359 = stablehlo.broadcast_in_dim %cst_162, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_163 = stablehlo.constant dense<3.29659338E-6> : tensor<f32>
    %360 = stablehlo.broadcast_in_dim %cst_163, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_164 = stablehlo.constant dense<-1.92067087> : tensor<f32>
    %361 = stablehlo.broadcast_in_dim %cst_164, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_165 = stablehlo.constant dense<2> : tensor<i32>
    %362 = stablehlo.broadcast_in_dim %c_165, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %363 = stablehlo.compare LT, %249, %362, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_166 = stablehlo.constant dense<1> : tensor<i32>
    %364 = stablehlo.broadcast_in_dim %c_166, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %365 = stablehlo.compare LT, %249, %364, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %366 = stablehlo.select %365, %358, %359 : tensor<64xi1>, tensor<64xf32>
    %c_167 = stablehlo.constant dense<3> : tensor<i32>
    %367 = stablehlo.broadcast_in_dim %c_167, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %368 = stablehlo.compare LT, %249, %367, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %369 = stablehlo.select %368, %360, %361 : tensor<64xi1>, tensor<64xf32>
    %370 = stablehlo.select %363, %366, %369 : tensor<64xi1>, tensor<64xf32>
    %cst_168 = stablehlo.constant dense<-0.00520034833> : tensor<f32>
    %371 = stablehlo.broadcast_in_dim %cst_168, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_169 = stablehlo.constant dense<-3.30478942E-4> : tensor<f32>
    %372 = stablehlo.broadcast_in_dim %cst_169, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_170 = stablehlo.constant dense<-6.17059072E-7> : tensor<f32>
    %373 = stablehlo.broadcast_in_dim %cst_170, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_171 = stablehlo.constant dense<8.55781937> : tensor<f32>
    %374 = stablehlo.broadcast_in_dim %cst_171, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_172 = stablehlo.constant dense<2> : tensor<i32>
    %375 = stablehlo.broadcast_in_dim %c_172, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %376 = stablehlo.compare LT, %249, %375, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_173 = stablehlo.constant dense<1> : tensor<i32>
    %377 = stablehlo.broadcast_in_dim %c_173, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %378 = stablehlo.compare LT, %249, %377, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %379 = stablehlo.select %378, %371, %372 : tensor<64xi1>, tensor<64xf32>
    %c_174 = stablehlo.constant dense<3> : tensor<i32>
    %380 = stablehlo.broadcast_in_dim %c_174, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %381 = stablehlo.compare LT, %249, %380, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %382 = stablehlo.select %381, %373, %374 : tensor<64xi1>, tensor<64xf32>
    %383 = stablehlo.select %376, %379, %382 : tensor<64xi1>, tensor<64xf32>
    %cst_175 = stablehlo.constant dense<9.32629278E-4> : tensor<f32>
    %384 = stablehlo.broadcast_in_dim %cst_175, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_176 = stablehlo.constant dense<7.521380e-05> : tensor<f32>
    %385 = stablehlo.broadcast_in_dim %cst_176, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_177 = stablehlo.constant dense<9.40442959E-8> : tensor<f32>
    %386 = stablehlo.broadcast_in_dim %cst_177, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_178 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %387 = stablehlo.broadcast_in_dim %cst_178, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_179 = stablehlo.constant dense<2> : tensor<i32>
    %388 = stablehlo.broadcast_in_dim %c_179, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %389 = stablehlo.compare LT, %249, %388, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_180 = stablehlo.constant dense<1> : tensor<i32>
    %390 = stablehlo.broadcast_in_dim %c_180, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %391 = stablehlo.compare LT, %249, %390, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %392 = stablehlo.select %391, %384, %385 : tensor<64xi1>, tensor<64xf32>
    %c_181 = stablehlo.constant dense<3> : tensor<i32>
    %393 = stablehlo.broadcast_in_dim %c_181, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %394 = stablehlo.compare LT, %249, %393, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %395 = stablehlo.select %394, %386, %387 : tensor<64xi1>, tensor<64xf32>
    %396 = stablehlo.select %389, %392, %395 : tensor<64xi1>, tensor<64xf32>
    %cst_182 = stablehlo.constant dense<2.39132147E-4> : tensor<f32>
    %397 = stablehlo.broadcast_in_dim %cst_182, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_183 = stablehlo.constant dense<-1.59054234E-5> : tensor<f32>
    %398 = stablehlo.broadcast_in_dim %cst_183, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_184 = stablehlo.constant dense<-1.75409376E-8> : tensor<f32>
    %399 = stablehlo.broadcast_in_dim %cst_184, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_185 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %400 = stablehlo.broadcast_in_dim %cst_185, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_186 = stablehlo.constant dense<2> : tensor<i32>
    %401 = stablehlo.broadcast_in_dim %c_186, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %402 = stablehlo.compare LT, %249, %401, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_187 = stablehlo.constant dense<1> : tensor<i32>
    %403 = stablehlo.broadcast_in_dim %c_187, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %404 = stablehlo.compare LT, %249, %403, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %405 = stablehlo.select %404, %397, %398 : tensor<64xi1>, tensor<64xf32>
    %c_188 = stablehlo.constant dense<3> : tensor<i32>
    %406 = stablehlo.broadcast_in_dim %c_188, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %407 = stablehlo.compare LT, %249, %406, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %408 = stablehlo.select %407, %399, %400 : tensor<64xi1>, tensor<64xf32>
    %409 = stablehlo.select %402, %405, %408 : tensor<64xi1>, tensor<64xf32>
    %cst_189 = stablehlo.constant dense<-3.94950883E-4> : tensor<f32>
    %410 = stablehlo.broadcast_in_dim %cst_189, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_190 = stablehlo.constant dense<3.10920586E-6> : tensor<f32>
    %411 = stablehlo.broadcast_in_dim %cst_190, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_191 = stablehlo.constant dense<5.2166329E-9> : tensor<f32>
    %412 = stablehlo.broadcast_in_dim %cst_191, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_192 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %413 = stablehlo.broadcast_in_dim %cst_192, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_193 = stablehlo.constant dense<2> : tensor<i32>
    %414 = stablehlo.broadcast_in_dim %c_193, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %415 = stablehlo.compare LT, %249, %414, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_194 = stablehlo.constant dense<1> : tensor<i32>
    %416 = stablehlo.broadcast_in_dim %c_194, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %417 = stablehlo.compare LT, %249, %416, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %418 = stablehlo.select %417, %410, %411 : tensor<64xi1>, tensor<64xf32>
    %c_195 = stablehlo.constant dense<3> : tensor<i32>
    %419 = stablehlo.broadcast_in_dim %c_195, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %420 = stablehlo.compare LT, %249, %419, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %421 = stablehlo.select %420, %412, %413 : tensor<64xi1>, tensor<64xf32>
    %422 = stablehlo.select %415, %418, %421 : tensor<64xi1>, tensor<64xf32>
    %cst_196 = stablehlo.constant dense<1.6121431E-4> : tensor<f32>
    %423 = stablehlo.broadcast_in_dim %cst_196, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_197 = stablehlo.constant dense<-3.832830e-07> : tensor<f32>
    %424 = stablehlo.broadcast_in_dim %cst_197, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_198 = stablehlo.constant dense<-7.40240425E-10> : tensor<f32>
    %425 = stablehlo.broadcast_in_dim %cst_198, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_199 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %426 = stablehlo.broadcast_in_dim %cst_199, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_200 = stablehlo.constant dense<2> : tensor<i32>
    %427 = stablehlo.broadcast_in_dim %c_200, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %428 = stablehlo.compare LT, %249, %427, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_201 = stablehlo.constant dense<1> : tensor<i32>
    %429 = stablehlo.broadcast_in_dim %c_201, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %430 = stablehlo.compare LT, %249, %429, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %431 = stablehlo.select %430, %423, %424 : tensor<64xi1>, tensor<64xf32>
    %c_202 = stablehlo.constant dense<3> : tensor<i32>
    %432 = stablehlo.broadcast_in_dim %c_202, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %433 = stablehlo.compare LT, %249, %432, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %434 = stablehlo.select %433, %425, %426 : tensor<64xi1>, tensor<64xf32>
    %435 = stablehlo.select %428, %431, %434 : tensor<64xi1>, tensor<64xf32>
    %436 = stablehlo.fma %435, %266, %422 : tensor<64xf32>
    %437 = stablehlo.fma %436, %266, %409 : tensor<64xf32>
    %438 = stablehlo.fma %437, %266, %396 : tensor<64xf32>
    %439 = stablehlo.fma %438, %266, %383 : tensor<64xf32>
    %440 = stablehlo.fma %439, %266, %370 : tensor<64xf32>
    %441 = stablehlo.fma %440, %266, %357 : tensor<64xf32>
    %442 = stablehlo.fma %441, %266, %344 : tensor<64xf32>
    %443 = stablehlo.fma %442, %266, %331 : tensor<64xf32>
    %444 = stablehlo.fma %443, %266, %318 : tensor<64xf32>
    %445 = stablehlo.fma %444, %266, %305 : tensor<64xf32>
    %446 = stablehlo.fma %445, %266, %292 : tensor<64xf32>
    %447 = stablehlo.rsqrt %251 : tensor<64xf32>
    %cst_203 = stablehlo.constant dense<4.097000e+03> : tensor<f32>
    %448 = stablehlo.broadcast_in_dim %cst_203, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %449 = stablehlo.multiply %447, %448 : tensor<64xf32>
    %450 = stablehlo.subtract %449, %447 : tensor<64xf32>
    %451 = stablehlo.subtract %449, %450 : tensor<64xf32>
    %452 = stablehlo.subtract %447, %451 : tensor<64xf32>
    %453 = stablehlo.multiply %279, %451 : tensor<64xf32>
    %454 = stablehlo.multiply %279, %452 : tensor<64xf32>
    %455 = stablehlo.multiply %446, %447 : tensor<64xf32>
    %456 = stablehlo.add %454, %455 : tensor<64xf32>
    %457 = stablehlo.add %453, %456 : tensor<64xf32>
    %458 = stablehlo.add %279, %446 : tensor<64xf32>
    %459 = stablehlo.select %241, %458, %457 : tensor<64xi1>, tensor<64xf32>
    %460 = stablehlo.abs %arg0 : tensor<64xf32>
    %461 = stablehlo.abs %arg0 : tensor<64xf32>
    %cst_204 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %462 = stablehlo.broadcast_in_dim %cst_204, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %463 = stablehlo.compare LE, %461, %462, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_205 = stablehlo.constant dense<2.625000e+00> : tensor<f32>
    %464 = stablehlo.broadcast_in_dim %cst_205, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %465 = stablehlo.compare LE, %461, %464, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_206 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %466 = stablehlo.broadcast_in_dim %cst_206, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %467 = stablehlo.compare LE, %461, %466, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %468 = stablehlo.not %463 : tensor<64xi1>
    %469 = stablehlo.convert %468 : (tensor<64xi1>) -> tensor<64xi32>
    %470 = stablehlo.not %465 : tensor<64xi1>
    %471 = stablehlo.convert %470 : (tensor<64xi1>) -> tensor<64xi32>
    %472 = stablehlo.add %469, %471 : tensor<64xi32>
    %473 = stablehlo.not %467 : tensor<64xi1>
    %474 = stablehlo.convert %473 : (tensor<64xi1>) -> tensor<64xi32>
    %475 = stablehlo.add %472, %474 : tensor<64xi32>
    %cst_207 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %476 = stablehlo.broadcast_in_dim %cst_207, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %477 = stablehlo.select %467, %476, %461 : tensor<64xi1>, tensor<64xf32>
    %cst_208 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %478 = stablehlo.broadcast_in_dim %cst_208, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %479 = stablehlo.divide %478, %477 : tensor<64xf32>
    %cst_209 = stablehlo.constant dense<1.500000e+00> : tensor<f32>
    %480 = stablehlo.broadcast_in_dim %cst_209, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %481 = stablehlo.subtract %461, %480 : tensor<64xf32>
    %cst_210 = stablehlo.constant dense<5.250000e+00> : tensor<f32>
    %482 = stablehlo.broadcast_in_dim %cst_210, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %483 = stablehlo.subtract %461, %482 : tensor<64xf32>
    %c_211 = stablehlo.constant dense<2> : tensor<i32>
    %484 = stablehlo.broadcast_in_dim %c_211, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %485 = stablehlo.compare LT, %475, %484, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_212 = stablehlo.constant dense<1> : tensor<i32>
    %486 = stablehlo.broadcast_in_dim %c_212, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %487 = stablehlo.compare LT, %475, %486, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %488 = stablehlo.select %487, %461, %481 : tensor<64xi1>, tensor<64xf32>
    %c_213 = stablehlo.constant dense<3> : tensor<i32>
    %489 = stablehlo.broadcast_in_dim %c_213, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %490 = stablehlo.compare LT, %475, %489, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %491 = stablehlo.select %490, %483, %479 : tensor<64xi1>, tensor<64xf32>
    %492 = stablehlo.select %485, %488, %491 : tensor<64xi1>, tensor<64xf32>
    %cst_214 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %493 = stablehlo.broadcast_in_dim %cst_214, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_215 = stablehlo.constant dense<0.219039381> : tensor<f32>
    %494 = stablehlo.broadcast_in_dim %cst_215, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_216 = stablehlo.constant dense<0.160753205> : tensor<f32>
    %495 = stablehlo.broadcast_in_dim %cst_216, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_217 = stablehlo.constant dense<0.398925781> : tensor<f32>
    %496 = stablehlo.broadcast_in_dim %cst_217, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_218 = stablehlo.constant dense<2> : tensor<i32>
    %497 = stablehlo.broadcast_in_dim %c_218, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %498 = stablehlo.compare LT, %475, %497, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_219 = stablehlo.constant dense<1> : tensor<i32>
    %499 = stablehlo.broadcast_in_dim %c_219, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %500 = stablehlo.compare LT, %475, %499, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %501 = stablehlo.select %500, %493, %494 : tensor<64xi1>, tensor<64xf32>
    %c_220 = stablehlo.constant dense<3> : tensor<i32>
    %502 = stablehlo.broadcast_in_dim %c_220, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %503 = stablehlo.compare LT, %475, %502, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %504 = stablehlo.select %503, %495, %496 : tensor<64xi1>, tensor<64xf32>
    %505 = stablehlo.select %498, %501, %504 : tensor<64xi1>, tensor<64xf32>
    %cst_221 = stablehlo.constant dense<-4.13444337E-14> : tensor<f32>
    %506 = stablehlo.broadcast_in_dim %cst_221, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_222 = stablehlo.constant dense<6.94984025E-9> : tensor<f32>
    %507 = stablehlo.broadcast_in_dim %cst_222, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_223 = stablehlo.constant dense<1.89544136E-9> : tensor<f32>
    %508 = stablehlo.broadcast_in_dim %cst_223, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_224 = stablehlo.constant dense<1.6499187E-5> : tensor<f32>
    %509 = stablehlo.broadcast_in_dim %cst_224, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_225 = stablehlo.constant dense<2> : tensor<i32>
    %510 = stablehlo.broadcast_in_dim %c_225, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %511 = stablehlo.compare LT, %475, %510, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_226 = stablehlo.constant dense<1> : tensor<i32>
    %512 = stablehlo.broadcast_in_dim %c_226, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %513 = stablehlo.compare LT, %475, %512, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %514 = stablehlo.select %513, %506, %507 : tensor<64xi1>, tensor<64xf32>
    %c_227 = stablehlo.constant dense<3> : tensor<i32>
    %515 = stablehlo.broadcast_in_dim %c_227, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %516 = stablehlo.compare LT, %475, %515, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %517 = stablehlo.select %516, %508, %509 : tensor<64xi1>, tensor<64xf32>
    %518 = stablehlo.select %511, %514, %517 : tensor<64xi1>, tensor<64xf32>
    %cst_228 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %519 = stablehlo.broadcast_in_dim %cst_228, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_229 = stablehlo.constant dense<0.00236796378> : tensor<f32>
    %520 = stablehlo.broadcast_in_dim %cst_229, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_230 = stablehlo.constant dense<-0.012534623> : tensor<f32>
    %521 = stablehlo.broadcast_in_dim %cst_230, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_231 = stablehlo.constant dense<-0.149603397> : tensor<f32>
    %522 = stablehlo.broadcast_in_dim %cst_231, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_232 = stablehlo.constant dense<2> : tensor<i32>
    %523 = stablehlo.broadcast_in_dim %c_232, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %524 = stablehlo.compare LT, %475, %523, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_233 = stablehlo.constant dense<1> : tensor<i32>
    %525 = stablehlo.broadcast_in_dim %c_233, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %526 = stablehlo.compare LT, %475, %525, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %527 = stablehlo.select %526, %519, %520 : tensor<64xi1>, tensor<64xf32>
    %c_234 = stablehlo.constant dense<3> : tensor<i32>
    %528 = stablehlo.broadcast_in_dim %c_234, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %529 = stablehlo.compare LT, %475, %528, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %530 = stablehlo.select %529, %521, %522 : tensor<64xi1>, tensor<64xf32>
    %531 = stablehlo.select %524, %527, %530 : tensor<64xi1>, tensor<64xf32>
    %cst_235 = stablehlo.constant dense<3.125000e-01> : tensor<f32>
    %532 = stablehlo.broadcast_in_dim %cst_235, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_236 = stablehlo.constant dense<-0.0274949986> : tensor<f32>
    %533 = stablehlo.broadcast_in_dim %cst_236, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_237 = stablehlo.constant dense<0.00133466464> : tensor<f32>
    %534 = stablehlo.broadcast_in_dim %cst_237, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_238 = stablehlo.constant dense<-0.0467434786> : tensor<f32>
    %535 = stablehlo.broadcast_in_dim %cst_238, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_239 = stablehlo.constant dense<2> : tensor<i32>
    %536 = stablehlo.broadcast_in_dim %c_239, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %537 = stablehlo.compare LT, %475, %536, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_240 = stablehlo.constant dense<1> : tensor<i32>
    %538 = stablehlo.broadcast_in_dim %c_240, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %539 = stablehlo.compare LT, %475, %538, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %540 = stablehlo.select %539, %532, %533 : tensor<64xi1>, tensor<64xf32>
    %c_241 = stablehlo.constant dense<3> : tensor<i32>
    %541 = stablehlo.broadcast_in_dim %c_241, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %542 = stablehlo.compare LT, %475, %541, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %543 = stablehlo.select %542, %534, %535 : tensor<64xi1>, tensor<64xf32>
    %544 = stablehlo.select %537, %540, %543 : tensor<64xi1>, tensor<64xf32>
    %cst_242 = stablehlo.constant dense<-0.145833328> : tensor<f32>
    %545 = stablehlo.broadcast_in_dim %cst_242, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_243 = stablehlo.constant dense<0.0191193093> : tensor<f32>
    %546 = stablehlo.broadcast_in_dim %cst_243, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_244 = stablehlo.constant dense<-1.26470477E-4> : tensor<f32>
    %547 = stablehlo.broadcast_in_dim %cst_244, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_245 = stablehlo.constant dense<-0.041419033> : tensor<f32>
    %548 = stablehlo.broadcast_in_dim %cst_245, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_246 = stablehlo.constant dense<2> : tensor<i32>
    %549 = stablehlo.broadcast_in_dim %c_246, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %550 = stablehlo.compare LT, %475, %549, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_247 = stablehlo.constant dense<1> : tensor<i32>
    %551 = stablehlo.broadcast_in_dim %c_247, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %552 = stablehlo.compare LT, %475, %551, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %553 = stablehlo.select %552, %545, %546 : tensor<64xi1>, tensor<64xf32>
    %c_248 = stablehlo.constant dense<3> : tensor<i32>
    %554 = stablehlo.broadcast_in_dim %c_248, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %555 = stablehlo.compare LT, %475, %554, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %556 = stablehlo.select %555, %547, %548 : tensor<64xi1>, tensor<64xf32>
    %557 = stablehlo.select %550, %553, %556 : tensor<64xi1>, tensor<64xf32>
    %cst_249 = stablehlo.constant dense<0.0546873473> : tensor<f32>
    %558 = stablehlo.broadcast_in_dim %cst_249, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_250 = stablehlo.constant dense<-0.00895298924> : tensor<f32>
    %559 = stablehlo.broadcast_in_dim %cst_250, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_251 = stablehlo.constant dense<4.35911124E-6> : tensor<f32>
    %560 = stablehlo.broadcast_in_dim %cst_251, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_252 = stablehlo.constant dense<-0.0409907512> : tensor<f32>
    %561 = stablehlo.broadcast_in_dim %cst_252, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_253 = stablehlo.constant dense<2> : tensor<i32>
    %562 = stablehlo.broadcast_in_dim %c_253, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %563 = stablehlo.compare LT, %475, %562, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_254 = stablehlo.constant dense<1> : tensor<i32>
    %564 = stablehlo.broadcast_in_dim %c_254, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %565 = stablehlo.compare LT, %475, %564, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %566 = stablehlo.select %565, %558, %559 : tensor<64xi1>, tensor<64xf32>
    %c_255 = stablehlo.constant dense<3> : tensor<i32>
    %567 = stablehlo.broadcast_in_dim %c_255, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %568 = stablehlo.compare LT, %475, %567, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %569 = stablehlo.select %568, %560, %561 : tensor<64xi1>, tensor<64xf32>
    %570 = stablehlo.select %563, %566, %569 : tensor<64xi1>, tensor<64xf32>
    %cst_256 = stablehlo.constant dense<-0.0171855371> : tensor<f32>
    %571 = stablehlo.broadcast_in_dim %cst_256, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_257 = stablehlo.constant dense<0.00330839306> : tensor<f32>
    %572 = stablehlo.broadcast_in_dim %cst_257, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_258 = stablehlo.constant dense<2.53441453E-6> : tensor<f32>
    %573 = stablehlo.broadcast_in_dim %cst_258, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_259 = stablehlo.constant dense<-0.389021575> : tensor<f32>
    %574 = stablehlo.broadcast_in_dim %cst_259, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_260 = stablehlo.constant dense<2> : tensor<i32>
    %575 = stablehlo.broadcast_in_dim %c_260, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %576 = stablehlo.compare LT, %475, %575, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_261 = stablehlo.constant dense<1> : tensor<i32>
    %577 = stablehlo.broadcast_in_dim %c_261, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %578 = stablehlo.compare LT, %475, %577, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %579 = stablehlo.select %578, %571, %572 : tensor<64xi1>, tensor<64xf32>
    %c_262 = stablehlo.constant dense<3> : tensor<i32>
    %580 = stablehlo.broadcast_in_dim %c_262, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %581 = stablehlo.compare LT, %475, %580, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %582 = stablehlo.select %581, %573, %574 : tensor<64xi1>, tensor<64xf32>
    %583 = stablehlo.select %576, %579, %582 : tensor<64xi1>, tensor<64xf32>
    %cst_263 = stablehlo.constant dense<0.00464113709> : tensor<f32>
    %584 = stablehlo.broadcast_in_dim %cst_263, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_264 = stablehlo.constant dense<-0.00102222443> : tensor<f32>
    %585 = stablehlo.broadcast_in_dim %cst_264, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_265 = stablehlo.constant dense<-1.09712971E-6> : tensor<f32>
    %586 = stablehlo.broadcast_in_dim %cst_265, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_266 = stablehlo.constant dense<2.12737918> : tensor<f32>
    %587 = stablehlo.broadcast_in_dim %cst_266, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_267 = stablehlo.constant dense<2> : tensor<i32>
    %588 = stablehlo.broadcast_in_dim %c_267, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %589 = stablehlo.compare LT, %475, %588, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_268 = stablehlo.constant dense<1> : tensor<i32>
    %590 = stablehlo.broadcast_in_dim %c_268, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %591 = stablehlo.compare LT, %475, %590, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %592 = stablehlo.select %591, %584, %585 : tensor<64xi1>, tensor<64xf32>
    %c_269 = stablehlo.constant dense<3> : tensor<i32>
    %593 = stablehlo.broadcast_in_dim %c_269, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %594 = stablehlo.compare LT, %475, %593, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %595 = stablehlo.select %594, %586, %587 : tensor<64xi1>, tensor<64xf32>
    %596 = stablehlo.select %589, %592, %595 : tensor<64xi1>, tensor<64xf32>
    %cst_270 = stablehlo.constant dense<-0.00104986608> : tensor<f32>
    %597 = stablehlo.broadcast_in_dim %cst_270, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_271 = stablehlo.constant dense<2.72323552E-4> : tensor<f32>
    %598 = stablehlo.broadcast_in_dim %cst_271, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_272 = stablehlo.constant dense<2.8758393E-7> : tensor<f32>
    %599 = stablehlo.broadcast_in_dim %cst_272, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_273 = stablehlo.constant dense<-9.566473> : tensor<f32>
    %600 = stablehlo.broadcast_in_dim %cst_273, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_274 = stablehlo.constant dense<2> : tensor<i32>
    %601 = stablehlo.broadcast_in_dim %c_274, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %602 = stablehlo.compare LT, %475, %601, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_275 = stablehlo.constant dense<1> : tensor<i32>
    %603 = stablehlo.broadcast_in_dim %c_275, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %604 = stablehlo.compare LT, %475, %603, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %605 = stablehlo.select %604, %597, %598 : tensor<64xi1>, tensor<64xf32>
    %c_276 = stablehlo.constant dense<3> : tensor<i32>
    %606 = stablehlo.broadcast_in_dim %c_276, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %607 = stablehlo.compare LT, %475, %606, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %608 = stablehlo.select %607, %599, %600 : tensor<64xi1>, tensor<64xf32>
    %609 = stablehlo.select %602, %605, %608 : tensor<64xi1>, tensor<64xf32>
    %cst_277 = stablehlo.constant dense<8.24422822E-5> : tensor<f32>
    %610 = stablehlo.broadcast_in_dim %cst_277, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_278 = stablehlo.constant dense<-6.36640107E-5> : tensor<f32>
    %611 = stablehlo.broadcast_in_dim %cst_278, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_279 = stablehlo.constant dense<-4.92821783E-8> : tensor<f32>
    %612 = stablehlo.broadcast_in_dim %cst_279, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_280 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %613 = stablehlo.broadcast_in_dim %cst_280, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_281 = stablehlo.constant dense<2> : tensor<i32>
    %614 = stablehlo.broadcast_in_dim %c_281, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %615 = stablehlo.compare LT, %475, %614, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_282 = stablehlo.constant dense<1> : tensor<i32>
    %616 = stablehlo.broadcast_in_dim %c_282, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %617 = stablehlo.compare LT, %475, %616, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %618 = stablehlo.select %617, %610, %611 : tensor<64xi1>, tensor<64xf32>
    %c_283 = stablehlo.constant dense<3> : tensor<i32>
    %619 = stablehlo.broadcast_in_dim %c_283, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %620 = stablehlo.compare LT, %475, %619, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %621 = stablehlo.select %620, %612, %613 : tensor<64xi1>, tensor<64xf32>
    %622 = stablehlo.select %615, %618, %621 : tensor<64xi1>, tensor<64xf32>
    %cst_284 = stablehlo.constant dense<1.9796555E-4> : tensor<f32>
    %623 = stablehlo.broadcast_in_dim %cst_284, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_285 = stablehlo.constant dense<1.34992752E-5> : tensor<f32>
    %624 = stablehlo.broadcast_in_dim %cst_285, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_286 = stablehlo.constant dense<1.10144116E-8> : tensor<f32>
    %625 = stablehlo.broadcast_in_dim %cst_286, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_287 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %626 = stablehlo.broadcast_in_dim %cst_287, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_288 = stablehlo.constant dense<2> : tensor<i32>
    %627 = stablehlo.broadcast_in_dim %c_288, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %628 = stablehlo.compare LT, %475, %627, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_289 = stablehlo.constant dense<1> : tensor<i32>
    %629 = stablehlo.broadcast_in_dim %c_289, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %630 = stablehlo.compare LT, %475, %629, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %631 = stablehlo.select %630, %623, %624 : tensor<64xi1>, tensor<64xf32>
    %c_290 = stablehlo.constant dense<3> : tensor<i32>
    %632 = stablehlo.broadcast_in_dim %c_290, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %633 = stablehlo.compare LT, %475, %632, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %634 = stablehlo.select %633, %625, %626 : tensor<64xi1>, tensor<64xf32>
    %635 = stablehlo.select %628, %631, %634 : tensor<64xi1>, tensor<64xf32>
    %cst_291 = stablehlo.constant dense<-2.07106423E-4> : tensor<f32>
    %636 = stablehlo.broadcast_in_dim %cst_291, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_292 = stablehlo.constant dense<-2.78474636E-6> : tensor<f32>
    %637 = stablehlo.broadcast_in_dim %cst_292, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_293 = stablehlo.constant dense<-3.90354504E-9> : tensor<f32>
    %638 = stablehlo.broadcast_in_dim %cst_293, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_294 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %639 = stablehlo.broadcast_in_dim %cst_294, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_295 = stablehlo.constant dense<2> : tensor<i32>
    %640 = stablehlo.broadcast_in_dim %c_295, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %641 = stablehlo.compare LT, %475, %640, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_296 = stablehlo.constant dense<1> : tensor<i32>
    %642 = stablehlo.broadcast_in_dim %c_296, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %643 = stablehlo.compare LT, %475, %642, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %644 = stablehlo.select %643, %636, %637 : tensor<64xi1>, tensor<64xf32>
    %c_297 = stablehlo.constant dense<3> : tensor<i32>
    %645 = stablehlo.broadcast_in_dim %c_297, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %646 = stablehlo.compare LT, %475, %645, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %647 = stablehlo.select %646, %638, %639 : tensor<64xi1>, tensor<64xf32>
    %648 = stablehlo.select %641, %644, %647 : tensor<64xi1>, tensor<64xf32>
    %cst_298 = stablehlo.constant dense<8.01177084E-5> : tensor<f32>
    %649 = stablehlo.broadcast_in_dim %cst_298, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_299 = stablehlo.constant dense<4.34243589E-7> : tensor<f32>
    %650 = stablehlo.broadcast_in_dim %cst_299, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_300 = stablehlo.constant dense<5.81171056E-10> : tensor<f32>
    %651 = stablehlo.broadcast_in_dim %cst_300, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_301 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %652 = stablehlo.broadcast_in_dim %cst_301, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_302 = stablehlo.constant dense<2> : tensor<i32>
    %653 = stablehlo.broadcast_in_dim %c_302, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %654 = stablehlo.compare LT, %475, %653, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_303 = stablehlo.constant dense<1> : tensor<i32>
    %655 = stablehlo.broadcast_in_dim %c_303, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %656 = stablehlo.compare LT, %475, %655, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %657 = stablehlo.select %656, %649, %650 : tensor<64xi1>, tensor<64xf32>
    %c_304 = stablehlo.constant dense<3> : tensor<i32>
    %658 = stablehlo.broadcast_in_dim %c_304, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %659 = stablehlo.compare LT, %475, %658, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %660 = stablehlo.select %659, %651, %652 : tensor<64xi1>, tensor<64xf32>
    %661 = stablehlo.select %654, %657, %660 : tensor<64xi1>, tensor<64xf32>
    %662 = stablehlo.fma %661, %492, %648 : tensor<64xf32>
    %663 = stablehlo.fma %662, %492, %635 : tensor<64xf32>
    %664 = stablehlo.fma %663, %492, %622 : tensor<64xf32>
    %665 = stablehlo.fma %664, %492, %609 : tensor<64xf32>
    %666 = stablehlo.fma %665, %492, %596 : tensor<64xf32>
    %667 = stablehlo.fma %666, %492, %583 : tensor<64xf32>
    %668 = stablehlo.fma %667, %492, %570 : tensor<64xf32>
    %669 = stablehlo.fma %668, %492, %557 : tensor<64xf32>
    %670 = stablehlo.fma %669, %492, %544 : tensor<64xf32>
    %671 = stablehlo.fma %670, %492, %531 : tensor<64xf32>
    %672 = stablehlo.fma %671, %492, %518 : tensor<64xf32>
    %673 = stablehlo.rsqrt %477 : tensor<64xf32>
    %cst_305 = stablehlo.constant dense<4.097000e+03> : tensor<f32>
    %674 = stablehlo.broadcast_in_dim %cst_305, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %675 = stablehlo.multiply %673, %674 : tensor<64xf32>
    %676 = stablehlo.subtract %675, %673 : tensor<64xf32>
    %677 = stablehlo.subtract %675, %676 : tensor<64xf32>
    %678 = stablehlo.subtract %673, %677 : tensor<64xf32>
    %679 = stablehlo.multiply %505, %677 : tensor<64xf32>
    %680 = stablehlo.multiply %505, %678 : tensor<64xf32>
    %681 = stablehlo.multiply %672, %673 : tensor<64xf32>
    %682 = stablehlo.add %680, %681 : tensor<64xf32>
    %683 = stablehlo.add %679, %682 : tensor<64xf32>
    %684 = stablehlo.add %505, %672 : tensor<64xf32>
    %685 = stablehlo.select %467, %684, %683 : tensor<64xi1>, tensor<64xf32>
    %cst_306 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %686 = stablehlo.broadcast_in_dim %cst_306, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %687 = stablehlo.compare LT, %arg0, %686, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_307 = stablehlo.constant dense<-1.000000e+00> : tensor<f32>
    %688 = stablehlo.broadcast_in_dim %cst_307, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_308 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %689 = stablehlo.broadcast_in_dim %cst_308, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %690 = stablehlo.select %687, %688, %689 : tensor<64xi1>, tensor<64xf32>
    %691 = stablehlo.multiply %arg0, %685 : tensor<64xf32>
    %692 = stablehlo.multiply %690, %685 : tensor<64xf32>
    %693 = stablehlo.select %463, %691, %692 : tensor<64xi1>, tensor<64xf32>
    %cst_309 = stablehlo.constant dense<8.800000e+01> : tensor<f32>
    %694 = stablehlo.broadcast_in_dim %cst_309, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %695 = stablehlo.compare GT, %460, %694, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_310 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %696 = stablehlo.broadcast_in_dim %cst_310, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %697 = stablehlo.multiply %460, %696 : tensor<64xf32>
    %698 = call @_where(%695, %697, %460) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %699 = stablehlo.exponential %698 : tensor<64xf32>
    %700 = stablehlo.multiply %699, %693 : tensor<64xf32>
    %701 = call @_where(%695, %700, %693) : (tensor<64xi1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %702 = stablehlo.multiply %701, %699 : tensor<64xf32>
    %703 = stablehlo.abs %arg0 : tensor<64xf32>
    %cst_311 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %704 = stablehlo.broadcast_in_dim %cst_311, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %705 = stablehlo.compare LE, %703, %704, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_312 = stablehlo.constant dense<2.625000e+00> : tensor<f32>
    %706 = stablehlo.broadcast_in_dim %cst_312, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %707 = stablehlo.compare LE, %703, %706, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_313 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %708 = stablehlo.broadcast_in_dim %cst_313, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %709 = stablehlo.compare LE, %703, %708, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %710 = stablehlo.not %705 : tensor<64xi1>
    %711 = stablehlo.convert %710 : (tensor<64xi1>) -> tensor<64xi32>
    %712 = stablehlo.not %707 : tensor<64xi1>
    %713 = stablehlo.convert %712 : (tensor<64xi1>) -> tensor<64xi32>
    %714 = stablehlo.add %711, %713 : tensor<64xi32>
    %715 = stablehlo.not %709 : tensor<64xi1>
    %716 = stablehlo.convert %715 : (tensor<64xi1>) -> tensor<64xi32>
    %717 = stablehlo.add %714, %716 : tensor<64xi32>
    %cst_314 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %718 = stablehlo.broadcast_in_dim %cst_314, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %719 = stablehlo.select %709, %718, %703 : tensor<64xi1>, tensor<64xf32>
    %cst_315 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %720 = stablehlo.broadcast_in_dim %cst_315, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %721 = stablehlo.divide %720, %719 : tensor<64xf32>
    %cst_316 = stablehlo.constant dense<1.500000e+00> : tensor<f32>
    %722 = stablehlo.broadcast_in_dim %cst_316, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %723 = stablehlo.subtract %703, %722 : tensor<64xf32>
    %cst_317 = stablehlo.constant dense<5.250000e+00> : tensor<f32>
    %724 = stablehlo.broadcast_in_dim %cst_317, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %725 = stablehlo.subtract %703, %724 : tensor<64xf32>
    %c_318 = stablehlo.constant dense<2> : tensor<i32>
    %726 = stablehlo.broadcast_in_dim %c_318, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %727 = stablehlo.compare LT, %717, %726, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_319 = stablehlo.constant dense<1> : tensor<i32>
    %728 = stablehlo.broadcast_in_dim %c_319, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %729 = stablehlo.compare LT, %717, %728, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %730 = stablehlo.select %729, %703, %723 : tensor<64xi1>, tensor<64xf32>
    %c_320 = stablehlo.constant dense<3> : tensor<i32>
    %731 = stablehlo.broadcast_in_dim %c_320, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %732 = stablehlo.compare LT, %717, %731, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %733 = stablehlo.select %732, %725, %721 : tensor<64xi1>, tensor<64xf32>
    %734 = stablehlo.select %727, %730, %733 : tensor<64xi1>, tensor<64xf32>
    %cst_321 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %735 = stablehlo.broadcast_in_dim %cst_321, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_322 = stablehlo.constant dense<0.219039381> : tensor<f32>
    %736 = stablehlo.broadcast_in_dim %cst_322, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_323 = stablehlo.constant dense<0.160753205> : tensor<f32>
    %737 = stablehlo.broadcast_in_dim %cst_323, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_324 = stablehlo.constant dense<0.398925781> : tensor<f32>
    %738 = stablehlo.broadcast_in_dim %cst_324, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_325 = stablehlo.constant dense<2> : tensor<i32>
    %739 = stablehlo.broadcast_in_dim %c_325, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %740 = stablehlo.compare LT, %717, %739, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_326 = stablehlo.constant dense<1> : tensor<i32>
    %741 = stablehlo.broadcast_in_dim %c_326, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %742 = stablehlo.compare LT, %717, %741, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %743 = stablehlo.select %742, %735, %736 : tensor<64xi1>, tensor<64xf32>
    %c_327 = stablehlo.constant dense<3> : tensor<i32>
    %744 = stablehlo.broadcast_in_dim %c_327, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %745 = stablehlo.compare LT, %717, %744, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %746 = stablehlo.select %745, %737, %738 : tensor<64xi1>, tensor<64xf32>
    %747 = stablehlo.select %740, %743, %746 : tensor<64xi1>, tensor<64xf32>
    %cst_328 = stablehlo.constant dense<-4.13444337E-14> : tensor<f32>
    %748 = stablehlo.broadcast_in_dim %cst_328, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_329 = stablehlo.constant dense<6.94984025E-9> : tensor<f32>
    %749 = stablehlo.broadcast_in_dim %cst_329, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_330 = stablehlo.constant dense<1.89544136E-9> : tensor<f32>
    %750 = stablehlo.broadcast_in_dim %cst_330, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_331 = stablehlo.constant dense<1.6499187E-5> : tensor<f32>
    %751 = stablehlo.broadcast_in_dim %cst_331, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_332 = stablehlo.constant dense<2> : tensor<i32>
    %752 = stablehlo.broadcast_in_dim %c_332, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %753 = stablehlo.compare LT, %717, %752, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_333 = stablehlo.constant dense<1> : tensor<i32>
    %754 = stablehlo.broadcast_in_dim %c_333, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %755 = stablehlo.compare LT, %717, %754, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %756 = stablehlo.select %755, %748, %749 : tensor<64xi1>, tensor<64xf32>
    %c_334 = stablehlo.constant dense<3> : tensor<i32>
    %757 = stablehlo.broadcast_in_dim %c_334, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %758 = stablehlo.compare LT, %717, %757, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %759 = stablehlo.select %758, %750, %751 : tensor<64xi1>, tensor<64xf32>
    %760 = stablehlo.select %753, %756, %759 : tensor<64xi1>, tensor<64xf32>
    %cst_335 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %761 = stablehlo.broadcast_in_dim %cst_335, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_336 = stablehlo.constant dense<0.00236796378> : tensor<f32>
    %762 = stablehlo.broadcast_in_dim %cst_336, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_337 = stablehlo.constant dense<-0.012534623> : tensor<f32>
    %763 = stablehlo.broadcast_in_dim %cst_337, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_338 = stablehlo.constant dense<-0.149603397> : tensor<f32>
    %764 = stablehlo.broadcast_in_dim %cst_338, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_339 = stablehlo.constant dense<2> : tensor<i32>
    %765 = stablehlo.broadcast_in_dim %c_339, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %766 = stablehlo.compare LT, %717, %765, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_340 = stablehlo.constant dense<1> : tensor<i32>
    %767 = stablehlo.broadcast_in_dim %c_340, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %768 = stablehlo.compare LT, %717, %767, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %769 = stablehlo.select %768, %761, %762 : tensor<64xi1>, tensor<64xf32>
    %c_341 = stablehlo.constant dense<3> : tensor<i32>
    %770 = stablehlo.broadcast_in_dim %c_341, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %771 = stablehlo.compare LT, %717, %770, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %772 = stablehlo.select %771, %763, %764 : tensor<64xi1>, tensor<64xf32>
    %773 = stablehlo.select %766, %769, %772 : tensor<64xi1>, tensor<64xf32>
    %cst_342 = stablehlo.constant dense<3.125000e-01> : tensor<f32>
    %774 = stablehlo.broadcast_in_dim %cst_342, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_343 = stablehlo.constant dense<-0.0274949986> : tensor<f32>
    %775 = stablehlo.broadcast_in_dim %cst_343, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_344 = stablehlo.constant dense<0.00133466464> : tensor<f32>
    %776 = stablehlo.broadcast_in_dim %cst_344, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_345 = stablehlo.constant dense<-0.0467434786> : tensor<f32>
    %777 = stablehlo.broadcast_in_dim %cst_345, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_346 = stablehlo.constant dense<2> : tensor<i32>
    %778 = stablehlo.broadcast_in_dim %c_346, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %779 = stablehlo.compare LT, %717, %778, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_347 = stablehlo.constant dense<1> : tensor<i32>
    %780 = stablehlo.broadcast_in_dim %c_347, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %781 = stablehlo.compare LT, %717, %780, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %782 = stablehlo.select %781, %774, %775 : tensor<64xi1>, tensor<64xf32>
    %c_348 = stablehlo.constant dense<3> : tensor<i32>
    %783 = stablehlo.broadcast_in_dim %c_348, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %784 = stablehlo.compare LT, %717, %783, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %785 = stablehlo.select %784, %776, %777 : tensor<64xi1>, tensor<64xf32>
    %786 = stablehlo.select %779, %782, %785 : tensor<64xi1>, tensor<64xf32>
    %cst_349 = stablehlo.constant dense<-0.145833328> : tensor<f32>
    %787 = stablehlo.broadcast_in_dim %cst_349, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_350 = stablehlo.constant dense<0.0191193093> : tensor<f32>
    %788 = stablehlo.broadcast_in_dim %cst_350, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_351 = stablehlo.constant dense<-1.26470477E-4> : tensor<f32>
    %789 = stablehlo.broadcast_in_dim %cst_351, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_352 = stablehlo.constant dense<-0.041419033> : tensor<f32>
    %790 = stablehlo.broadcast_in_dim %cst_352, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_353 = stablehlo.constant dense<2> : tensor<i32>
    %791 = stablehlo.broadcast_in_dim %c_353, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %792 = stablehlo.compare LT, %717, %791, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_354 = stablehlo.constant dense<1> : tensor<i32>
    %793 = stablehlo.broadcast_in_dim %c_354, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %794 = stablehlo.compare LT, %717, %793, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %795 = stablehlo.select %794, %787, %788 : tensor<64xi1>, tensor<64xf32>
    %c_355 = stablehlo.constant dense<3> : tensor<i32>
    %796 = stablehlo.broadcast_in_dim %c_355, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %797 = stablehlo.compare LT, %717, %796, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %798 = stablehlo.select %797, %789, %790 : tensor<64xi1>, tensor<64xf32>
    %799 = stablehlo.select %792, %795, %798 : tensor<64xi1>, tensor<64xf32>
    %cst_356 = stablehlo.constant dense<0.0546873473> : tensor<f32>
    %800 = stablehlo.broadcast_in_dim %cst_356, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_357 = stablehlo.constant dense<-0.00895298924> : tensor<f32>
    %801 = stablehlo.broadcast_in_dim %cst_357, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_358 = stablehlo.constant dense<4.35911124E-6> : tensor<f32>
    %802 = stablehlo.broadcast_in_dim %cst_358, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_359 = stablehlo.constant dense<-0.0409907512> : tensor<f32>
    %803 = stablehlo.broadcast_in_dim %cst_359, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_360 = stablehlo.constant dense<2> : tensor<i32>
    %804 = stablehlo.broadcast_in_dim %c_360, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %805 = stablehlo.compare LT, %717, %804, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_361 = stablehlo.constant dense<1> : tensor<i32>
    %806 = stablehlo.broadcast_in_dim %c_361, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %807 = stablehlo.compare LT, %717, %806, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %808 = stablehlo.select %807, %800, %801 : tensor<64xi1>, tensor<64xf32>
    %c_362 = stablehlo.constant dense<3> : tensor<i32>
    %809 = stablehlo.broadcast_in_dim %c_362, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %810 = stablehlo.compare LT, %717, %809, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %811 = stablehlo.select %810, %802, %803 : tensor<64xi1>, tensor<64xf32>
    %812 = stablehlo.select %805, %808, %811 : tensor<64xi1>, tensor<64xf32>
    %cst_363 = stablehlo.constant dense<-0.0171855371> : tensor<f32>
    %813 = stablehlo.broadcast_in_dim %cst_363, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_364 = stablehlo.constant dense<0.00330839306> : tensor<f32>
    %814 = stablehlo.broadcast_in_dim %cst_364, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_365 = stablehlo.constant dense<2.53441453E-6> : tensor<f32>
    %815 = stablehlo.broadcast_in_dim %cst_365, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_366 = stablehlo.constant dense<-0.389021575> : tensor<f32>
    %816 = stablehlo.broadcast_in_dim %cst_366, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_367 = stablehlo.constant dense<2> : tensor<i32>
    %817 = stablehlo.broadcast_in_dim %c_367, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %818 = stablehlo.compare LT, %717, %817, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_368 = stablehlo.constant dense<1> : tensor<i32>
    %819 = stablehlo.broadcast_in_dim %c_368, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %820 = stablehlo.compare LT, %717, %819, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %821 = stablehlo.select %820, %813, %814 : tensor<64xi1>, tensor<64xf32>
    %c_369 = stablehlo.constant dense<3> : tensor<i32>
    %822 = stablehlo.broadcast_in_dim %c_369, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %823 = stablehlo.compare LT, %717, %822, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %824 = stablehlo.select %823, %815, %816 : tensor<64xi1>, tensor<64xf32>
    %825 = stablehlo.select %818, %821, %824 : tensor<64xi1>, tensor<64xf32>
    %cst_370 = stablehlo.constant dense<0.00464113709> : tensor<f32>
    %826 = stablehlo.broadcast_in_dim %cst_370, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_371 = stablehlo.constant dense<-0.00102222443> : tensor<f32>
    %827 = stablehlo.broadcast_in_dim %cst_371, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_372 = stablehlo.constant dense<-1.09712971E-6> : tensor<f32>
    %828 = stablehlo.broadcast_in_dim %cst_372, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_373 = stablehlo.constant dense<2.12737918> : tensor<f32>
    %829 = stablehlo.broadcast_in_dim %cst_373, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_374 = stablehlo.constant dense<2> : tensor<i32>
    %830 = stablehlo.broadcast_in_dim %c_374, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %831 = stablehlo.compare LT, %717, %830, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_375 = stablehlo.constant dense<1> : tensor<i32>
    %832 = stablehlo.broadcast_in_dim %c_375, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %833 = stablehlo.compare LT, %717, %832, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %834 = stablehlo.select %833, %826, %827 : tensor<64xi1>, tensor<64xf32>
    %c_376 = stablehlo.constant dense<3> : tensor<i32>
    %835 = stablehlo.broadcast_in_dim %c_376, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %836 = stablehlo.compare LT, %717, %835, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %837 = stablehlo.select %836, %828, %829 : tensor<64xi1>, tensor<64xf32>
    %838 = stablehlo.select %831, %834, %837 : tensor<64xi1>, tensor<64xf32>
    %cst_377 = stablehlo.constant dense<-0.00104986608> : tensor<f32>
    %839 = stablehlo.broadcast_in_dim %cst_377, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_378 = stablehlo.constant dense<2.72323552E-4> : tensor<f32>
    %840 = stablehlo.broadcast_in_dim %cst_378, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_379 = stablehlo.constant dense<2.8758393E-7> : tensor<f32>
    %841 = stablehlo.broadcast_in_dim %cst_379, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_380 = stablehlo.constant dense<-9.566473> : tensor<f32>
    %842 = stablehlo.broadcast_in_dim %cst_380, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_381 = stablehlo.constant dense<2> : tensor<i32>
    %843 = stablehlo.broadcast_in_dim %c_381, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %844 = stablehlo.compare LT, %717, %843, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_382 = stablehlo.constant dense<1> : tensor<i32>
    %845 = stablehlo.broadcast_in_dim %c_382, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %846 = stablehlo.compare LT, %717, %845, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %847 = stablehlo.select %846, %839, %840 : tensor<64xi1>, tensor<64xf32>
    %c_383 = stablehlo.constant dense<3> : tensor<i32>
    %848 = stablehlo.broadcast_in_dim %c_383, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %849 = stablehlo.compare LT, %717, %848, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %850 = stablehlo.select %849, %841, %842 : tensor<64xi1>, tensor<64xf32>
    %851 = stablehlo.select %844, %847, %850 : tensor<64xi1>, tensor<64xf32>
    %cst_384 = stablehlo.constant dense<8.24422822E-5> : tensor<f32>
    %852 = stablehlo.broadcast_in_dim %cst_384, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_385 = stablehlo.constant dense<-6.36640107E-5> : tensor<f32>
    %853 = stablehlo.broadcast_in_dim %cst_385, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_386 = stablehlo.constant dense<-4.92821783E-8> : tensor<f32>
    %854 = stablehlo.broadcast_in_dim %cst_386, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_387 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %855 = stablehlo.broadcast_in_dim %cst_387, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_388 = stablehlo.constant dense<2> : tensor<i32>
    %856 = stablehlo.broadcast_in_dim %c_388, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %857 = stablehlo.compare LT, %717, %856, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_389 = stablehlo.constant dense<1> : tensor<i32>
    %858 = stablehlo.broadcast_in_dim %c_389, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %859 = stablehlo.compare LT, %717, %858, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %860 = stablehlo.select %859, %852, %853 : tensor<64xi1>, tensor<64xf32>
    %c_390 = stablehlo.constant dense<3> : tensor<i32>
    %861 = stablehlo.broadcast_in_dim %c_390, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %862 = stablehlo.compare LT, %717, %861, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %863 = stablehlo.select %862, %854, %855 : tensor<64xi1>, tensor<64xf32>
    %864 = stablehlo.select %857, %860, %863 : tensor<64xi1>, tensor<64xf32>
    %cst_391 = stablehlo.constant dense<1.9796555E-4> : tensor<f32>
    %865 = stablehlo.broadcast_in_dim %cst_391, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_392 = stablehlo.constant dense<1.34992752E-5> : tensor<f32>
    %866 = stablehlo.broadcast_in_dim %cst_392, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_393 = stablehlo.constant dense<1.10144116E-8> : tensor<f32>
    %867 = stablehlo.broadcast_in_dim %cst_393, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_394 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %868 = stablehlo.broadcast_in_dim %cst_394, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_395 = stablehlo.constant dense<2> : tensor<i32>
    %869 = stablehlo.broadcast_in_dim %c_395, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %870 = stablehlo.compare LT, %717, %869, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_396 = stablehlo.constant dense<1> : tensor<i32>
    %871 = stablehlo.broadcast_in_dim %c_396, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %872 = stablehlo.compare LT, %717, %871, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %873 = stablehlo.select %872, %865, %866 : tensor<64xi1>, tensor<64xf32>
    %c_397 = stablehlo.constant dense<3> : tensor<i32>
    %874 = stablehlo.broadcast_in_dim %c_397, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %875 = stablehlo.compare LT, %717, %874, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %876 = stablehlo.select %875, %867, %868 : tensor<64xi1>, tensor<64xf32>
    %877 = stablehlo.select %870, %873, %876 : tensor<64xi1>, tensor<64xf32>
    %cst_398 = stablehlo.constant dense<-2.07106423E-4> : tensor<f32>
    %878 = stablehlo.broadcast_in_dim %cst_398, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_399 = stablehlo.constant dense<-2.78474636E-6> : tensor<f32>
    %879 = stablehlo.broadcast_in_dim %cst_399, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_400 = stablehlo.constant dense<-3.90354504E-9> : tensor<f32>
    %880 = stablehlo.broadcast_in_dim %cst_400, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_401 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %881 = stablehlo.broadcast_in_dim %cst_401, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_402 = stablehlo.constant dense<2> : tensor<i32>
    %882 = stablehlo.broadcast_in_dim %c_402, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %883 = stablehlo.compare LT, %717, %882, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_403 = stablehlo.constant dense<1> : tensor<i32>
    %884 = stablehlo.broadcast_in_dim %c_403, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %885 = stablehlo.compare LT, %717, %884, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %886 = stablehlo.select %885, %878, %879 : tensor<64xi1>, tensor<64xf32>
    %c_404 = stablehlo.constant dense<3> : tensor<i32>
    %887 = stablehlo.broadcast_in_dim %c_404, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %888 = stablehlo.compare LT, %717, %887, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %889 = stablehlo.select %888, %880, %881 : tensor<64xi1>, tensor<64xf32>
    %890 = stablehlo.select %883, %886, %889 : tensor<64xi1>, tensor<64xf32>
    %cst_405 = stablehlo.constant dense<8.01177084E-5> : tensor<f32>
    %891 = stablehlo.broadcast_in_dim %cst_405, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_406 = stablehlo.constant dense<4.34243589E-7> : tensor<f32>
    %892 = stablehlo.broadcast_in_dim %cst_406, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_407 = stablehlo.constant dense<5.81171056E-10> : tensor<f32>
    %893 = stablehlo.broadcast_in_dim %cst_407, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_408 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %894 = stablehlo.broadcast_in_dim %cst_408, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %c_409 = stablehlo.constant dense<2> : tensor<i32>
    %895 = stablehlo.broadcast_in_dim %c_409, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %896 = stablehlo.compare LT, %717, %895, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %c_410 = stablehlo.constant dense<1> : tensor<i32>
    %897 = stablehlo.broadcast_in_dim %c_410, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %898 = stablehlo.compare LT, %717, %897, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %899 = stablehlo.select %898, %891, %892 : tensor<64xi1>, tensor<64xf32>
    %c_411 = stablehlo.constant dense<3> : tensor<i32>
    %900 = stablehlo.broadcast_in_dim %c_411, dims = [] : (tensor<i32>) -> tensor<64xi32>
    %901 = stablehlo.compare LT, %717, %900, SIGNED : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi1>
    %902 = stablehlo.select %901, %893, %894 : tensor<64xi1>, tensor<64xf32>
    %903 = stablehlo.select %896, %899, %902 : tensor<64xi1>, tensor<64xf32>
    %904 = stablehlo.fma %903, %734, %890 : tensor<64xf32>
    %905 = stablehlo.fma %904, %734, %877 : tensor<64xf32>
    %906 = stablehlo.fma %905, %734, %864 : tensor<64xf32>
    %907 = stablehlo.fma %906, %734, %851 : tensor<64xf32>
    %908 = stablehlo.fma %907, %734, %838 : tensor<64xf32>
    %909 = stablehlo.fma %908, %734, %825 : tensor<64xf32>
    %910 = stablehlo.fma %909, %734, %812 : tensor<64xf32>
    %911 = stablehlo.fma %910, %734, %799 : tensor<64xf32>
    %912 = stablehlo.fma %911, %734, %786 : tensor<64xf32>
    %913 = stablehlo.fma %912, %734, %773 : tensor<64xf32>
    %914 = stablehlo.fma %913, %734, %760 : tensor<64xf32>
    %915 = stablehlo.rsqrt %719 : tensor<64xf32>
    %cst_412 = stablehlo.constant dense<4.097000e+03> : tensor<f32>
    %916 = stablehlo.broadcast_in_dim %cst_412, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %917 = stablehlo.multiply %915, %916 : tensor<64xf32>
    %918 = stablehlo.subtract %917, %915 : tensor<64xf32>
    %919 = stablehlo.subtract %917, %918 : tensor<64xf32>
    %920 = stablehlo.subtract %915, %919 : tensor<64xf32>
    %921 = stablehlo.multiply %747, %919 : tensor<64xf32>
    %922 = stablehlo.multiply %747, %920 : tensor<64xf32>
    %923 = stablehlo.multiply %914, %915 : tensor<64xf32>
    %924 = stablehlo.add %922, %923 : tensor<64xf32>
    %925 = stablehlo.add %921, %924 : tensor<64xf32>
    %926 = stablehlo.add %747, %914 : tensor<64xf32>
    %927 = stablehlo.select %709, %926, %925 : tensor<64xi1>, tensor<64xf32>
    %cst_413 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %928 = stablehlo.broadcast_in_dim %cst_413, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %929 = stablehlo.compare LT, %arg0, %928, FLOAT : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xi1>
    %cst_414 = stablehlo.constant dense<-1.000000e+00> : tensor<f32>
    %930 = stablehlo.broadcast_in_dim %cst_414, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %cst_415 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %931 = stablehlo.broadcast_in_dim %cst_415, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %932 = stablehlo.select %929, %930, %931 : tensor<64xi1>, tensor<64xf32>
    %933 = stablehlo.multiply %arg0, %927 : tensor<64xf32>
    %934 = stablehlo.multiply %932, %927 : tensor<64xf32>
    %935 = stablehlo.select %705, %933, %934 : tensor<64xi1>, tensor<64xf32>
    return %234, %459, %702, %935 : tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>
  }
  func.func private @_where(%arg0: tensor<64xi1>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>) -> tensor<64xf32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<64xi1>, tensor<64xf32>
    return %0 : tensor<64xf32>
  }
}
