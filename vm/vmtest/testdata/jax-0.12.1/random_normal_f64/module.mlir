module @jit__lambda attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2xui32>) -> (tensor<128xf64> {jax.result_info = "result"}) {
    %0 = call @_normal(%arg0) : (tensor<2xui32>) -> tensor<128xf64>
    return %0 : tensor<128xf64>
  }
  func.func private @_normal(%arg0: tensor<2xui32>) -> tensor<128xf64> {
    %0 = call @_normal_real(%arg0) : (tensor<2xui32>) -> tensor<128xf64>
    return %0 : tensor<128xf64>
  }
  func.func private @_normal_real(%arg0: tensor<2xui32>) -> tensor<128xf64> {
    %cst = stablehlo.constant dense<-0.99999999999999988> : tensor<f64>
    %cst_0 = stablehlo.constant dense<1.000000e+00> : tensor<f64>
    %0 = call @_uniform(%arg0, %cst, %cst_0) : (tensor<2xui32>, tensor<f64>, tensor<f64>) -> tensor<128xf64>
    %1 = stablehlo.abs %0 : tensor<128xf64>
    %cst_1 = stablehlo.constant dense<1.000000e+00> : tensor<f64>
    %2 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %3 = stablehlo.compare GT, %1, %2, FLOAT : (tensor<128xf64>, tensor<128xf64>) -> tensor<128xi1>
    %4 = stablehlo.compare NE, %0, %0, FLOAT : (tensor<128xf64>, tensor<128xf64>) -> tensor<128xi1>
    %5 = stablehlo.or %3, %4 : tensor<128xi1>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f64>
    %6 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %7 = stablehlo.compare EQ, %1, %6, FLOAT : (tensor<128xf64>, tensor<128xf64>) -> tensor<128xi1>
    %8 = stablehlo.or %5, %7 : tensor<128xi1>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f64>
    %9 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %10 = stablehlo.select %8, %9, %0 : tensor<128xi1>, tensor<128xf64>
    %11 = stablehlo.abs %10 : tensor<128xf64>
    %cst_4 = stablehlo.constant dense<1.000000e+00> : tensor<f64>
    %12 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %13 = stablehlo.subtract %12, %11 : tensor<128xf64>
    %14 = stablehlo.abs %10 : tensor<128xf64>
    %cst_5 = stablehlo.constant dense<1.000000e+00> : tensor<f64>
    %15 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %16 = stablehlo.add %15, %14 : tensor<128xf64>
    %17 = stablehlo.multiply %13, %16 : tensor<128xf64>
    %18 = stablehlo.log %17 : tensor<128xf64>
    %19 = stablehlo.negate %18 : tensor<128xf64>
    %cst_6 = stablehlo.constant dense<4.500000e+00> : tensor<f64>
    %20 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %21 = stablehlo.compare LT, %19, %20, FLOAT : (tensor<128xf64>, tensor<128xf64>) -> tensor<128xi1>
    %cst_7 = stablehlo.constant dense<1.600000e+01> : tensor<f64>
    %22 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %23 = stablehlo.compare LT, %19, %22, FLOAT : (tensor<128xf64>, tensor<128xf64>) -> tensor<128xi1>
    %24 = stablehlo.not %21 : tensor<128xi1>
    %25 = stablehlo.convert %24 : (tensor<128xi1>) -> tensor<128xi32>
    %26 = stablehlo.not %23 : tensor<128xi1>
    %27 = stablehlo.convert %26 : (tensor<128xi1>) -> tensor<128xi32>
    %28 = stablehlo.add %25, %27 : tensor<128xi32>
    %cst_8 = stablehlo.constant dense<1.000000e+00> : tensor<f64>
    %29 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %30 = stablehlo.select %21, %29, %19 : tensor<128xi1>, tensor<128xf64>
    %31 = stablehlo.sqrt %30 : tensor<128xf64>
    %32 = stablehlo.bitcast_convert %31 : (tensor<128xf64>) -> tensor<128xi64>
    %c = stablehlo.constant dense<-134217728> : tensor<i64>
    %33 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i64>) -> tensor<128xi64>
    %34 = stablehlo.and %32, %33 : tensor<128xi64>
    %35 = stablehlo.bitcast_convert %34 : (tensor<128xi64>) -> tensor<128xf64>
    %36 = stablehlo.subtract %31, %35 : tensor<128xf64>
    %37 = stablehlo.multiply %35, %35 : tensor<128xf64>
    %38 = stablehlo.subtract %30, %37 : tensor<128xf64>
    %39 = stablehlo.add %31, %35 : tensor<128xf64>
    %40 = stablehlo.divide %38, %39 : tensor<128xf64>
    %cst_9 = stablehlo.constant dense<0.000000e+00> : tensor<f64>
    %41 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_10 = stablehlo.constant dense<3.000000e+00> : tensor<f64>
    %42 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_11 = stablehlo.constant dense<5.000000e+00> : tensor<f64>
    %43 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %c_12 = stablehlo.constant dense<1> : tensor<i32>
    %44 = stablehlo.broadcast_in_dim %c_12, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %45 = stablehlo.compare LT, %28, %44, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %c_13 = stablehlo.constant dense<2> : tensor<i32>
    %46 = stablehlo.broadcast_in_dim %c_13, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %47 = stablehlo.compare LT, %28, %46, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %48 = stablehlo.select %47, %42, %43 : tensor<128xi1>, tensor<128xf64>
    %49 = stablehlo.select %45, %41, %48 : tensor<128xi1>, tensor<128xf64>
    %cst_14 = stablehlo.constant dense<2.250000e+00> : tensor<f64>
    %50 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %51 = stablehlo.subtract %19, %50 : tensor<128xf64>
    %52 = stablehlo.subtract %31, %49 : tensor<128xf64>
    %53 = stablehlo.select %21, %51, %52 : tensor<128xi1>, tensor<128xf64>
    %cst_15 = stablehlo.constant dense<1.4395086296840072> : tensor<f64>
    %54 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_16 = stablehlo.constant dense<-0.16719801522119088> : tensor<f64>
    %55 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_17 = stablehlo.constant dense<-0.15009359862509328> : tensor<f64>
    %56 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %c_18 = stablehlo.constant dense<1> : tensor<i32>
    %57 = stablehlo.broadcast_in_dim %c_18, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %58 = stablehlo.compare LT, %28, %57, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %c_19 = stablehlo.constant dense<2> : tensor<i32>
    %59 = stablehlo.broadcast_in_dim %c_19, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %60 = stablehlo.compare LT, %28, %59, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %61 = stablehlo.select %60, %55, %56 : tensor<128xi1>, tensor<128xf64>
    %62 = stablehlo.select %58, %54, %61 : tensor<128xi1>, tensor<128xf64>
    %cst_20 = stablehlo.constant dense<0.24848033548175635> : tensor<f64>
    %63 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_21 = stablehlo.constant dense<0.0026623825719210904> : tensor<f64>
    %64 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_22 = stablehlo.constant dense<0.010300465194305499> : tensor<f64>
    %65 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %c_23 = stablehlo.constant dense<1> : tensor<i32>
    %66 = stablehlo.broadcast_in_dim %c_23, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %67 = stablehlo.compare LT, %28, %66, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %c_24 = stablehlo.constant dense<2> : tensor<i32>
    %68 = stablehlo.broadcast_in_dim %c_24, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %69 = stablehlo.compare LT, %28, %68, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %70 = stablehlo.select %69, %64, %65 : tensor<128xi1>, tensor<128xf64>
    %71 = stablehlo.select %67, %63, %70 : tensor<128xi1>, tensor<128xf64>
    %cst_25 = stablehlo.constant dense<-0.0031553722009434347> : tensor<f64>
    %72 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_26 = stablehlo.constant dense<0.0068436886617200248> : tensor<f64>
    %73 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_27 = stablehlo.constant dense<-1.3872089842666973E-4> : tensor<f64>
    %74 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %c_28 = stablehlo.constant dense<1> : tensor<i32>
    %75 = stablehlo.broadcast_in_dim %c_28, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %76 = stablehlo.compare LT, %28, %75, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %c_29 = stablehlo.constant dense<2> : tensor<i32>
    %77 = stablehlo.broadcast_in_dim %c_29, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %78 = stablehlo.compare LT, %28, %77, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %79 = stablehlo.select %78, %73, %74 : tensor<128xi1>, tensor<128xf64>
    %80 = stablehlo.select %76, %72, %79 : tensor<128xi1>, tensor<128xf64>
    %cst_30 = stablehlo.constant dense<-0.0014729485403536322> : tensor<f64>
    %81 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_31 = stablehlo.constant dense<-0.0034450300408697958> : tensor<f64>
    %82 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_32 = stablehlo.constant dense<-2.1502518740684727E-4> : tensor<f64>
    %83 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %c_33 = stablehlo.constant dense<1> : tensor<i32>
    %84 = stablehlo.broadcast_in_dim %c_33, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %85 = stablehlo.compare LT, %28, %84, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %c_34 = stablehlo.constant dense<2> : tensor<i32>
    %86 = stablehlo.broadcast_in_dim %c_34, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %87 = stablehlo.compare LT, %28, %86, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %88 = stablehlo.select %87, %82, %83 : tensor<128xi1>, tensor<128xf64>
    %89 = stablehlo.select %85, %81, %88 : tensor<128xi1>, tensor<128xf64>
    %cst_35 = stablehlo.constant dense<2.2103552907583272E-4> : tensor<f64>
    %90 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_36 = stablehlo.constant dense<0.0011424362720367713> : tensor<f64>
    %91 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_37 = stablehlo.constant dense<7.5984011909029762E-5> : tensor<f64>
    %92 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %c_38 = stablehlo.constant dense<1> : tensor<i32>
    %93 = stablehlo.broadcast_in_dim %c_38, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %94 = stablehlo.compare LT, %28, %93, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %c_39 = stablehlo.constant dense<2> : tensor<i32>
    %95 = stablehlo.broadcast_in_dim %c_39, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %96 = stablehlo.compare LT, %28, %95, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %97 = stablehlo.select %96, %91, %92 : tensor<128xi1>, tensor<128xf64>
    %98 = stablehlo.select %94, %90, %97 : tensor<128xi1>, tensor<128xf64>
    %cst_40 = stablehlo.constant dense<7.3988292998115989E-7> : tensor<f64>
    %99 = stablehlo.broadcast_in_dim %cst_40, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_41 = stablehlo.constant dense<-2.2121693317660041E-4> : tensor<f64>
    %100 = stablehlo.broadcast_in_dim %cst_41, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_42 = stablehlo.constant dense<-1.9661727002516741E-5> : tensor<f64>
    %101 = stablehlo.broadcast_in_dim %cst_42, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %c_43 = stablehlo.constant dense<1> : tensor<i32>
    %102 = stablehlo.broadcast_in_dim %c_43, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %103 = stablehlo.compare LT, %28, %102, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %c_44 = stablehlo.constant dense<2> : tensor<i32>
    %104 = stablehlo.broadcast_in_dim %c_44, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %105 = stablehlo.compare LT, %28, %104, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %106 = stablehlo.select %105, %100, %101 : tensor<128xi1>, tensor<128xf64>
    %107 = stablehlo.select %103, %99, %106 : tensor<128xi1>, tensor<128xf64>
    %cst_45 = stablehlo.constant dense<-4.2159708046843903E-6> : tensor<f64>
    %108 = stablehlo.broadcast_in_dim %cst_45, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_46 = stablehlo.constant dense<-3.6573267595371856E-5> : tensor<f64>
    %109 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_47 = stablehlo.constant dense<4.4971864381559541E-6> : tensor<f64>
    %110 = stablehlo.broadcast_in_dim %cst_47, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %c_48 = stablehlo.constant dense<1> : tensor<i32>
    %111 = stablehlo.broadcast_in_dim %c_48, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %112 = stablehlo.compare LT, %28, %111, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %c_49 = stablehlo.constant dense<2> : tensor<i32>
    %113 = stablehlo.broadcast_in_dim %c_49, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %114 = stablehlo.compare LT, %28, %113, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %115 = stablehlo.select %114, %109, %110 : tensor<128xi1>, tensor<128xf64>
    %116 = stablehlo.select %112, %108, %115 : tensor<128xi1>, tensor<128xf64>
    %cst_50 = stablehlo.constant dense<4.2593129933100634E-7> : tensor<f64>
    %117 = stablehlo.broadcast_in_dim %cst_50, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_51 = stablehlo.constant dense<5.5857154777209221E-5> : tensor<f64>
    %118 = stablehlo.broadcast_in_dim %cst_51, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_52 = stablehlo.constant dense<-9.5851394949587882E-7> : tensor<f64>
    %119 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %c_53 = stablehlo.constant dense<1> : tensor<i32>
    %120 = stablehlo.broadcast_in_dim %c_53, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %121 = stablehlo.compare LT, %28, %120, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %c_54 = stablehlo.constant dense<2> : tensor<i32>
    %122 = stablehlo.broadcast_in_dim %c_54, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %123 = stablehlo.compare LT, %28, %122, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %124 = stablehlo.select %123, %118, %119 : tensor<128xi1>, tensor<128xf64>
    %125 = stablehlo.select %121, %117, %124 : tensor<128xi1>, tensor<128xf64>
    %cst_55 = stablehlo.constant dense<4.0036983201296097E-8> : tensor<f64>
    %126 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_56 = stablehlo.constant dense<-2.4087912147963262E-5> : tensor<f64>
    %127 = stablehlo.broadcast_in_dim %cst_56, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_57 = stablehlo.constant dense<1.9420940404545504E-7> : tensor<f64>
    %128 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %c_58 = stablehlo.constant dense<1> : tensor<i32>
    %129 = stablehlo.broadcast_in_dim %c_58, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %130 = stablehlo.compare LT, %28, %129, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %c_59 = stablehlo.constant dense<2> : tensor<i32>
    %131 = stablehlo.broadcast_in_dim %c_59, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %132 = stablehlo.compare LT, %28, %131, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %133 = stablehlo.select %132, %127, %128 : tensor<128xi1>, tensor<128xf64>
    %134 = stablehlo.select %130, %126, %133 : tensor<128xi1>, tensor<128xf64>
    %cst_60 = stablehlo.constant dense<-1.2609969564136998E-8> : tensor<f64>
    %135 = stablehlo.broadcast_in_dim %cst_60, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_61 = stablehlo.constant dense<2.5515833826646188E-6> : tensor<f64>
    %136 = stablehlo.broadcast_in_dim %cst_61, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_62 = stablehlo.constant dense<-3.7534881562941356E-8> : tensor<f64>
    %137 = stablehlo.broadcast_in_dim %cst_62, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %c_63 = stablehlo.constant dense<1> : tensor<i32>
    %138 = stablehlo.broadcast_in_dim %c_63, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %139 = stablehlo.compare LT, %28, %138, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %c_64 = stablehlo.constant dense<2> : tensor<i32>
    %140 = stablehlo.broadcast_in_dim %c_64, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %141 = stablehlo.compare LT, %28, %140, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %142 = stablehlo.select %141, %136, %137 : tensor<128xi1>, tensor<128xf64>
    %143 = stablehlo.select %139, %135, %142 : tensor<128xi1>, tensor<128xf64>
    %cst_65 = stablehlo.constant dense<4.4833568548276999E-10> : tensor<f64>
    %144 = stablehlo.broadcast_in_dim %cst_65, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_66 = stablehlo.constant dense<3.1478035674481432E-6> : tensor<f64>
    %145 = stablehlo.broadcast_in_dim %cst_66, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_67 = stablehlo.constant dense<6.7669992380555385E-9> : tensor<f64>
    %146 = stablehlo.broadcast_in_dim %cst_67, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %c_68 = stablehlo.constant dense<1> : tensor<i32>
    %147 = stablehlo.broadcast_in_dim %c_68, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %148 = stablehlo.compare LT, %28, %147, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %c_69 = stablehlo.constant dense<2> : tensor<i32>
    %149 = stablehlo.broadcast_in_dim %c_69, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %150 = stablehlo.compare LT, %28, %149, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %151 = stablehlo.select %150, %145, %146 : tensor<128xi1>, tensor<128xf64>
    %152 = stablehlo.select %148, %144, %151 : tensor<128xi1>, tensor<128xf64>
    %cst_70 = stablehlo.constant dense<2.1393493315215217E-10> : tensor<f64>
    %153 = stablehlo.broadcast_in_dim %cst_70, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_71 = stablehlo.constant dense<-2.0132188277879277E-6> : tensor<f64>
    %154 = stablehlo.broadcast_in_dim %cst_71, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_72 = stablehlo.constant dense<-1.0165434504316348E-9> : tensor<f64>
    %155 = stablehlo.broadcast_in_dim %cst_72, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %c_73 = stablehlo.constant dense<1> : tensor<i32>
    %156 = stablehlo.broadcast_in_dim %c_73, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %157 = stablehlo.compare LT, %28, %156, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %c_74 = stablehlo.constant dense<2> : tensor<i32>
    %158 = stablehlo.broadcast_in_dim %c_74, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %159 = stablehlo.compare LT, %28, %158, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %160 = stablehlo.select %159, %154, %155 : tensor<128xi1>, tensor<128xf64>
    %161 = stablehlo.select %157, %153, %160 : tensor<128xi1>, tensor<128xf64>
    %cst_75 = stablehlo.constant dense<-3.0517391705258592E-11> : tensor<f64>
    %162 = stablehlo.broadcast_in_dim %cst_75, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_76 = stablehlo.constant dense<3.8045955312120806E-7> : tensor<f64>
    %163 = stablehlo.broadcast_in_dim %cst_76, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_77 = stablehlo.constant dense<4.6913984136038209E-11> : tensor<f64>
    %164 = stablehlo.broadcast_in_dim %cst_77, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %c_78 = stablehlo.constant dense<1> : tensor<i32>
    %165 = stablehlo.broadcast_in_dim %c_78, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %166 = stablehlo.compare LT, %28, %165, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %c_79 = stablehlo.constant dense<2> : tensor<i32>
    %167 = stablehlo.broadcast_in_dim %c_79, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %168 = stablehlo.compare LT, %28, %167, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %169 = stablehlo.select %168, %163, %164 : tensor<128xi1>, tensor<128xf64>
    %170 = stablehlo.select %166, %162, %169 : tensor<128xi1>, tensor<128xf64>
    %cst_80 = stablehlo.constant dense<-1.4229689144321153E-12> : tensor<f64>
    %171 = stablehlo.broadcast_in_dim %cst_80, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_81 = stablehlo.constant dense<1.9243590435731999E-7> : tensor<f64>
    %172 = stablehlo.broadcast_in_dim %cst_81, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_82 = stablehlo.constant dense<6.0713660719478177E-11> : tensor<f64>
    %173 = stablehlo.broadcast_in_dim %cst_82, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %c_83 = stablehlo.constant dense<1> : tensor<i32>
    %174 = stablehlo.broadcast_in_dim %c_83, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %175 = stablehlo.compare LT, %28, %174, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %c_84 = stablehlo.constant dense<2> : tensor<i32>
    %176 = stablehlo.broadcast_in_dim %c_84, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %177 = stablehlo.compare LT, %28, %176, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %178 = stablehlo.select %177, %172, %173 : tensor<128xi1>, tensor<128xf64>
    %179 = stablehlo.select %175, %171, %178 : tensor<128xi1>, tensor<128xf64>
    %cst_85 = stablehlo.constant dense<7.8031871623882417E-13> : tensor<f64>
    %180 = stablehlo.broadcast_in_dim %cst_85, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_86 = stablehlo.constant dense<-1.6014147633988103E-7> : tensor<f64>
    %181 = stablehlo.broadcast_in_dim %cst_86, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_87 = stablehlo.constant dense<-3.982834535096339E-11> : tensor<f64>
    %182 = stablehlo.broadcast_in_dim %cst_87, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %c_88 = stablehlo.constant dense<1> : tensor<i32>
    %183 = stablehlo.broadcast_in_dim %c_88, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %184 = stablehlo.compare LT, %28, %183, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %c_89 = stablehlo.constant dense<2> : tensor<i32>
    %185 = stablehlo.broadcast_in_dim %c_89, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %186 = stablehlo.compare LT, %28, %185, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %187 = stablehlo.select %186, %181, %182 : tensor<128xi1>, tensor<128xf64>
    %188 = stablehlo.select %184, %180, %187 : tensor<128xi1>, tensor<128xf64>
    %cst_90 = stablehlo.constant dense<-4.6176008664088856E-14> : tensor<f64>
    %189 = stablehlo.broadcast_in_dim %cst_90, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_91 = stablehlo.constant dense<3.554992157537282E-8> : tensor<f64>
    %190 = stablehlo.broadcast_in_dim %cst_91, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_92 = stablehlo.constant dense<1.8038314599061192E-11> : tensor<f64>
    %191 = stablehlo.broadcast_in_dim %cst_92, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %c_93 = stablehlo.constant dense<1> : tensor<i32>
    %192 = stablehlo.broadcast_in_dim %c_93, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %193 = stablehlo.compare LT, %28, %192, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %c_94 = stablehlo.constant dense<2> : tensor<i32>
    %194 = stablehlo.broadcast_in_dim %c_94, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %195 = stablehlo.compare LT, %28, %194, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %196 = stablehlo.select %195, %190, %191 : tensor<128xi1>, tensor<128xf64>
    %197 = stablehlo.select %193, %189, %196 : tensor<128xi1>, tensor<128xf64>
    %cst_95 = stablehlo.constant dense<-1.2191315347692667E-14> : tensor<f64>
    %198 = stablehlo.broadcast_in_dim %cst_95, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_96 = stablehlo.constant dense<1.4896226781919658E-8> : tensor<f64>
    %199 = stablehlo.broadcast_in_dim %cst_96, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_97 = stablehlo.constant dense<-7.1151824272896107E-12> : tensor<f64>
    %200 = stablehlo.broadcast_in_dim %cst_97, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %c_98 = stablehlo.constant dense<1> : tensor<i32>
    %201 = stablehlo.broadcast_in_dim %c_98, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %202 = stablehlo.compare LT, %28, %201, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %c_99 = stablehlo.constant dense<2> : tensor<i32>
    %203 = stablehlo.broadcast_in_dim %c_99, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %204 = stablehlo.compare LT, %28, %203, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %205 = stablehlo.select %204, %199, %200 : tensor<128xi1>, tensor<128xf64>
    %206 = stablehlo.select %202, %198, %205 : tensor<128xi1>, tensor<128xf64>
    %cst_100 = stablehlo.constant dense<1.9786403241295394E-15> : tensor<f64>
    %207 = stablehlo.broadcast_in_dim %cst_100, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_101 = stablehlo.constant dense<-1.0559971743923652E-8> : tensor<f64>
    %208 = stablehlo.broadcast_in_dim %cst_101, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_102 = stablehlo.constant dense<1.8655477891505709E-12> : tensor<f64>
    %209 = stablehlo.broadcast_in_dim %cst_102, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %c_103 = stablehlo.constant dense<1> : tensor<i32>
    %210 = stablehlo.broadcast_in_dim %c_103, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %211 = stablehlo.compare LT, %28, %210, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %c_104 = stablehlo.constant dense<2> : tensor<i32>
    %212 = stablehlo.broadcast_in_dim %c_104, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %213 = stablehlo.compare LT, %28, %212, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %214 = stablehlo.select %213, %208, %209 : tensor<128xi1>, tensor<128xf64>
    %215 = stablehlo.select %211, %207, %214 : tensor<128xi1>, tensor<128xf64>
    %cst_105 = stablehlo.constant dense<9.3750394169259231E-17> : tensor<f64>
    %216 = stablehlo.broadcast_in_dim %cst_105, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_106 = stablehlo.constant dense<6.2353010426123886E-10> : tensor<f64>
    %217 = stablehlo.broadcast_in_dim %cst_106, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_107 = stablehlo.constant dense<9.899923413818573E-15> : tensor<f64>
    %218 = stablehlo.broadcast_in_dim %cst_107, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %c_108 = stablehlo.constant dense<1> : tensor<i32>
    %219 = stablehlo.broadcast_in_dim %c_108, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %220 = stablehlo.compare LT, %28, %219, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %c_109 = stablehlo.constant dense<2> : tensor<i32>
    %221 = stablehlo.broadcast_in_dim %c_109, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %222 = stablehlo.compare LT, %28, %221, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %223 = stablehlo.select %222, %217, %218 : tensor<128xi1>, tensor<128xf64>
    %224 = stablehlo.select %220, %216, %223 : tensor<128xi1>, tensor<128xf64>
    %cst_110 = stablehlo.constant dense<-3.2958388123854411E-17> : tensor<f64>
    %225 = stablehlo.broadcast_in_dim %cst_110, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_111 = stablehlo.constant dense<6.3889301187926183E-10> : tensor<f64>
    %226 = stablehlo.broadcast_in_dim %cst_111, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_112 = stablehlo.constant dense<-1.0558237952745931E-13> : tensor<f64>
    %227 = stablehlo.broadcast_in_dim %cst_112, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %c_113 = stablehlo.constant dense<1> : tensor<i32>
    %228 = stablehlo.broadcast_in_dim %c_113, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %229 = stablehlo.compare LT, %28, %228, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %c_114 = stablehlo.constant dense<2> : tensor<i32>
    %230 = stablehlo.broadcast_in_dim %c_114, dims = [] : (tensor<i32>) -> tensor<128xi32>
    %231 = stablehlo.compare LT, %28, %230, SIGNED : (tensor<128xi32>, tensor<128xi32>) -> tensor<128xi1>
    %232 = stablehlo.select %231, %226, %227 : tensor<128xi1>, tensor<128xf64>
    %233 = stablehlo.select %229, %225, %232 : tensor<128xi1>, tensor<128xf64>
    %234 = stablehlo.fma %233, %53, %224 : tensor<128xf64>
    %235 = stablehlo.fma %234, %53, %215 : tensor<128xf64>
    %236 = stablehlo.fma %235, %53, %206 : tensor<128xf64>
    %237 = stablehlo.fma %236, %53, %197 : tensor<128xf64>
    %238 = stablehlo.fma %237, %53, %188 : tensor<128xf64>
    %239 = stablehlo.fma %238, %53, %179 : tensor<128xf64>
    %240 = stablehlo.fma %239, %53, %170 : tensor<128xf64>
    %241 = stablehlo.fma %240, %53, %161 : tensor<128xf64>
    %242 = stablehlo.fma %241, %53, %152 : tensor<128xf64>
    %243 = stablehlo.fma %242, %53, %143 : tensor<128xf64>
    %244 = stablehlo.fma %243, %53, %134 : tensor<128xf64>
    %245 = stablehlo.fma %244, %53, %125 : tensor<128xf64>
    %246 = stablehlo.fma %245, %53, %116 : tensor<128xf64>
    %247 = stablehlo.fma %246, %53, %107 : tensor<128xf64>
    %248 = stablehlo.fma %247, %53, %98 : tensor<128xf64>
    %249 = stablehlo.fma %248, %53, %89 : tensor<128xf64>
    %250 = stablehlo.fma %249, %53, %80 : tensor<128xf64>
    %251 = stablehlo.fma %250, %53, %71 : tensor<128xf64>
    %252 = stablehlo.fma %251, %53, %62 : tensor<128xf64>
    %cst_115 = stablehlo.constant dense<1.000000e+00> : tensor<f64>
    %253 = stablehlo.broadcast_in_dim %cst_115, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %254 = stablehlo.multiply %253, %40 : tensor<128xf64>
    %255 = stablehlo.add %254, %252 : tensor<128xf64>
    %cst_116 = stablehlo.constant dense<1.000000e+00> : tensor<f64>
    %256 = stablehlo.broadcast_in_dim %cst_116, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %257 = stablehlo.multiply %256, %35 : tensor<128xf64>
    %258 = stablehlo.add %257, %255 : tensor<128xf64>
    %cst_117 = stablehlo.constant dense<0.000000e+00> : tensor<f64>
    %259 = stablehlo.broadcast_in_dim %cst_117, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %260 = stablehlo.compare LT, %10, %259, FLOAT : (tensor<128xf64>, tensor<128xf64>) -> tensor<128xi1>
    %cst_118 = stablehlo.constant dense<-1.000000e+00> : tensor<f64>
    %261 = stablehlo.broadcast_in_dim %cst_118, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_119 = stablehlo.constant dense<1.000000e+00> : tensor<f64>
    %262 = stablehlo.broadcast_in_dim %cst_119, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %263 = stablehlo.select %260, %261, %262 : tensor<128xi1>, tensor<128xf64>
    %264 = stablehlo.multiply %10, %252 : tensor<128xf64>
    %265 = stablehlo.multiply %263, %258 : tensor<128xf64>
    %266 = stablehlo.select %21, %264, %265 : tensor<128xi1>, tensor<128xf64>
    %cst_120 = stablehlo.constant dense<0x7FF8000000000000> : tensor<f64>
    %267 = stablehlo.broadcast_in_dim %cst_120, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %cst_121 = stablehlo.constant dense<0x7FF0000000000000> : tensor<f64>
    %268 = stablehlo.broadcast_in_dim %cst_121, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %269 = stablehlo.multiply %0, %268 : tensor<128xf64>
    %270 = stablehlo.select %7, %269, %266 : tensor<128xi1>, tensor<128xf64>
    %271 = stablehlo.select %5, %267, %270 : tensor<128xi1>, tensor<128xf64>
    %cst_122 = stablehlo.constant dense<1.4142135623730951> : tensor<f64>
    %272 = stablehlo.broadcast_in_dim %cst_122, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %273 = stablehlo.multiply %272, %271 : tensor<128xf64>
    return %273 : tensor<128xf64>
  }
  func.func private @_uniform(%arg0: tensor<2xui32>, %arg1: tensor<f64>, %arg2: tensor<f64>) -> tensor<128xf64> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<f64>) -> tensor<1xf64>
    %1 = stablehlo.broadcast_in_dim %arg2, dims = [] : (tensor<f64>) -> tensor<1xf64>
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
    %c_4 = stablehlo.constant dense<0> : tensor<i64>
    %c_5 = stablehlo.constant dense<0> : tensor<i64>
    %19:9 = stablehlo.while(%iterArg = %c_5, %iterArg_9 = %c_4, %iterArg_10 = %16, %iterArg_11 = %18, %iterArg_12 = %5, %iterArg_13 = %14, %iterArg_14 = %3, %iterArg_15 = %c_1, %iterArg_16 = %c_2) : tensor<i64>, tensor<i64>, tensor<128xui32>, tensor<128xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>
    cond {
      %c_17 = stablehlo.constant dense<5> : tensor<i64>
      %39 = stablehlo.compare LT, %iterArg, %c_17, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      stablehlo.return %39 : tensor<i1>
    } do {
      %c_17 = stablehlo.constant dense<1> : tensor<i64>
      %39 = stablehlo.add %iterArg_9, %c_17 : tensor<i64>
      %40 = stablehlo.slice %iterArg_15 [0:1] : (tensor<4xui32>) -> tensor<1xui32>
      %41 = stablehlo.reshape %40 : (tensor<1xui32>) -> tensor<ui32>
      %42 = stablehlo.slice %iterArg_15 [1:2] : (tensor<4xui32>) -> tensor<1xui32>
      %43 = stablehlo.reshape %42 : (tensor<1xui32>) -> tensor<ui32>
      %44 = stablehlo.slice %iterArg_15 [2:3] : (tensor<4xui32>) -> tensor<1xui32>
      %45 = stablehlo.reshape %44 : (tensor<1xui32>) -> tensor<ui32>
      %46 = stablehlo.slice %iterArg_15 [3:4] : (tensor<4xui32>) -> tensor<1xui32>
      %47 = stablehlo.reshape %46 : (tensor<1xui32>) -> tensor<ui32>
      %48 = stablehlo.add %iterArg_10, %iterArg_11 : tensor<128xui32>
      %49 = stablehlo.broadcast_in_dim %41, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %50 = stablehlo.shift_left %iterArg_11, %49 : tensor<128xui32>
      %c_18 = stablehlo.constant dense<32> : tensor<ui32>
      %51 = stablehlo.subtract %c_18, %41 : tensor<ui32>
      %52 = stablehlo.broadcast_in_dim %51, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %53 = stablehlo.shift_right_logical %iterArg_11, %52 : tensor<128xui32>
      %54 = stablehlo.or %50, %53 : tensor<128xui32>
      %55 = stablehlo.xor %48, %54 : tensor<128xui32>
      %56 = stablehlo.add %48, %55 : tensor<128xui32>
      %57 = stablehlo.broadcast_in_dim %43, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %58 = stablehlo.shift_left %55, %57 : tensor<128xui32>
      %c_19 = stablehlo.constant dense<32> : tensor<ui32>
      %59 = stablehlo.subtract %c_19, %43 : tensor<ui32>
      %60 = stablehlo.broadcast_in_dim %59, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %61 = stablehlo.shift_right_logical %55, %60 : tensor<128xui32>
      %62 = stablehlo.or %58, %61 : tensor<128xui32>
      %63 = stablehlo.xor %56, %62 : tensor<128xui32>
      %64 = stablehlo.add %56, %63 : tensor<128xui32>
      %65 = stablehlo.broadcast_in_dim %45, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %66 = stablehlo.shift_left %63, %65 : tensor<128xui32>
      %c_20 = stablehlo.constant dense<32> : tensor<ui32>
      %67 = stablehlo.subtract %c_20, %45 : tensor<ui32>
      %68 = stablehlo.broadcast_in_dim %67, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %69 = stablehlo.shift_right_logical %63, %68 : tensor<128xui32>
      %70 = stablehlo.or %66, %69 : tensor<128xui32>
      %71 = stablehlo.xor %64, %70 : tensor<128xui32>
      %72 = stablehlo.add %64, %71 : tensor<128xui32>
      %73 = stablehlo.broadcast_in_dim %47, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %74 = stablehlo.shift_left %71, %73 : tensor<128xui32>
      %c_21 = stablehlo.constant dense<32> : tensor<ui32>
      %75 = stablehlo.subtract %c_21, %47 : tensor<ui32>
      %76 = stablehlo.broadcast_in_dim %75, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %77 = stablehlo.shift_right_logical %71, %76 : tensor<128xui32>
      %78 = stablehlo.or %74, %77 : tensor<128xui32>
      %79 = stablehlo.xor %72, %78 : tensor<128xui32>
      %80 = stablehlo.broadcast_in_dim %iterArg_12, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %81 = stablehlo.add %72, %80 : tensor<128xui32>
      %82 = stablehlo.broadcast_in_dim %iterArg_13, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %83 = stablehlo.add %79, %82 : tensor<128xui32>
      %c_22 = stablehlo.constant dense<1> : tensor<i64>
      %84 = stablehlo.add %iterArg_9, %c_22 : tensor<i64>
      %85 = stablehlo.convert %84 : (tensor<i64>) -> tensor<ui32>
      %86 = stablehlo.broadcast_in_dim %85, dims = [] : (tensor<ui32>) -> tensor<128xui32>
      %87 = stablehlo.add %83, %86 : tensor<128xui32>
      %c_23 = stablehlo.constant dense<1> : tensor<i64>
      %88 = stablehlo.add %iterArg, %c_23 : tensor<i64>
      stablehlo.return %88, %39, %81, %87, %iterArg_13, %iterArg_14, %iterArg_12, %iterArg_16, %iterArg_15 : tensor<i64>, tensor<i64>, tensor<128xui32>, tensor<128xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>
    }
    %20 = stablehlo.convert %19#2 : (tensor<128xui32>) -> tensor<128xui64>
    %c_6 = stablehlo.constant dense<32> : tensor<ui64>
    %21 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<ui64>) -> tensor<128xui64>
    %22 = stablehlo.shift_left %20, %21 : tensor<128xui64>
    %23 = stablehlo.convert %19#3 : (tensor<128xui32>) -> tensor<128xui64>
    %24 = stablehlo.or %22, %23 : tensor<128xui64>
    %c_7 = stablehlo.constant dense<12> : tensor<ui64>
    %25 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<ui64>) -> tensor<128xui64>
    %26 = stablehlo.shift_right_logical %24, %25 : tensor<128xui64>
    %c_8 = stablehlo.constant dense<4607182418800017408> : tensor<ui64>
    %27 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<ui64>) -> tensor<128xui64>
    %28 = stablehlo.or %26, %27 : tensor<128xui64>
    %29 = stablehlo.bitcast_convert %28 : (tensor<128xui64>) -> tensor<128xf64>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f64>
    %30 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f64>) -> tensor<128xf64>
    %31 = stablehlo.subtract %29, %30 : tensor<128xf64>
    %32 = stablehlo.subtract %1, %0 : tensor<1xf64>
    %33 = stablehlo.broadcast_in_dim %32, dims = [0] : (tensor<1xf64>) -> tensor<128xf64>
    %34 = stablehlo.multiply %31, %33 : tensor<128xf64>
    %35 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<1xf64>) -> tensor<128xf64>
    %36 = stablehlo.add %34, %35 : tensor<128xf64>
    %37 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<1xf64>) -> tensor<128xf64>
    %38 = stablehlo.maximum %37, %36 : tensor<128xf64>
    return %38 : tensor<128xf64>
  }
}
