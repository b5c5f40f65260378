// Hand-written inputs for forms the shared test files do not cover. Compared
// with MLIR's own parser by TestAgainstMLIR (see mlir_oracle.py).

module @sharded attributes {mhlo.num_partitions = 2 : i32, mhlo.num_replicas = 1 : i32} {
  sdy.mesh @mesh = <["a"=2, "b"=1]>
  func.func public @main(%arg0: tensor<8x4xf32> {sdy.sharding = #sdy.sharding<@mesh, [{"a"}, {}]>}) -> (tensor<8x4xf32> {jax.result_info = "result", sdy.sharding = #sdy.sharding<@mesh, [{"a", ?}, {?}]>}) {
    %0 = sdy.sharding_constraint %arg0 <@mesh, [{}, {"b"}]> : tensor<8x4xf32>
    %1 = sdy.manual_computation(%0) in_shardings=[<@mesh, [{"a"}, {}]>] out_shardings=[<@mesh, [{"a"}, {}]>] manual_axes={"a"} (%arg1: tensor<4x4xf32>) {
      %2 = stablehlo.add %arg1, %arg1 : tensor<4x4xf32>
      sdy.return %2 : tensor<4x4xf32>
    } : (tensor<8x4xf32>) -> tensor<8x4xf32>
    %3 = sdy.reshard %1 <@mesh, [{}, {}]> : tensor<8x4xf32>
    return %3 : tensor<8x4xf32>
  }
}

// -----

func.func private @literals() -> (tensor<2xf8E4M3FN>, tensor<3xi1>, tensor<2xcomplex<f64>>, tensor<2xui64>, tensor<1000x1000xf32>, tensor<2xbf16>, tensor<0x3xi32>) {
  %0 = stablehlo.constant dense<[0x7F, 4.480000e+02]> : tensor<2xf8E4M3FN>
  %1 = stablehlo.constant dense<[true, false, true]> : tensor<3xi1>
  %2 = stablehlo.constant dense<[(1.5, -2.0), (0x7FF0000000000000, 0.0)]> : tensor<2xcomplex<f64>>
  %3 = stablehlo.constant dense<[18446744073709551615, 0]> : tensor<2xui64>
  %4 = stablehlo.constant dense<1.000000e+00> : tensor<1000x1000xf32>
  %5 = stablehlo.constant dense<[0xFF80, 3.140630e+00]> : tensor<2xbf16>
  %6 = stablehlo.constant dense<> : tensor<0x3xi32>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<2xf8E4M3FN>, tensor<3xi1>, tensor<2xcomplex<f64>>, tensor<2xui64>, tensor<1000x1000xf32>, tensor<2xbf16>, tensor<0x3xi32>
}

// -----

func.func @types(%arg0: tensor<?x4xf32, #stablehlo.bounds<8, ?>>, %arg2: !stablehlo.token, %arg3: tuple<tensor<f32>, tuple<>>) -> tensor<f32> {
  %2 = stablehlo.get_tuple_element %arg3[0] : (tuple<tensor<f32>, tuple<>>) -> tensor<f32>
  %3 = stablehlo.after_all %arg2, %arg2 : !stablehlo.token
  %4 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x4xf32, #stablehlo.bounds<8, ?>>) -> tensor<i32>
  return %2 : tensor<f32>
}

// -----

func.func @ops(%a: tensor<4x8xf32>, %b: tensor<8x2xf32>, %p: tensor<i1>, %i: tensor<i32>, %s: tensor<2xui64>, %sq: tensor<4x4xf32>) -> tensor<4x2xf32> {
  %0 = stablehlo.dot_general %a, %b, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT], algorithm = <lhs_precision_type = tf32, rhs_precision_type = tf32, accumulation_type = f32, lhs_component_count = 1, rhs_component_count = 1, num_primitive_operations = 1, allow_imprecise_accumulation = false> : (tensor<4x8xf32>, tensor<8x2xf32>) -> tensor<4x2xf32>
  %1 = stablehlo.cbrt %0 {result_accuracy = #stablehlo.result_accuracy<atol = 1.000000e-05, rtol = 0.000000e+00, ulps = 2, mode = #stablehlo.result_accuracy_mode<TOLERANCE>>} : tensor<4x2xf32>
  %2 = stablehlo.reduce_precision %1, format = e5m2 : tensor<4x2xf32>
  %3 = stablehlo.cholesky %sq, lower = true : tensor<4x4xf32>
  %4:2 = stablehlo.rng_bit_generator %s, algorithm = THREE_FRY : (tensor<2xui64>) -> (tensor<2xui64>, tensor<4x2xui32>)
  %5 = stablehlo.compare  GE, %i, %i,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
  %6 = "stablehlo.if"(%p) ({
    stablehlo.return %2 : tensor<4x2xf32>
  }, {
    %7 = stablehlo.negate %2 : tensor<4x2xf32>
    stablehlo.return %7 : tensor<4x2xf32>
  }) : (tensor<i1>) -> tensor<4x2xf32>
  %8 = stablehlo.custom_call @"my-target"(%6, %i) {api_version = 4 : i32, backend_config = {alpha = 1.000000e+00 : f32}, operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>], output_operand_aliases = [#stablehlo.output_operand_alias<output_tuple_indices = [], operand_index = 0, operand_tuple_indices = []>]} : (tensor<4x2xf32>, tensor<i32>) -> tensor<4x2xf32>
  %9 = stablehlo.composite "my.op" %8 {composite_attributes = {k = 2 : i64}, decomposition = @decomp, version = 3 : i32} : (tensor<4x2xf32>) -> tensor<4x2xf32>
  %10:2 = stablehlo.optimization_barrier %9, %i : tensor<4x2xf32>, tensor<i32>
  %11 = stablehlo.einsum %a, %b, config = "ab,bc->ac" : (tensor<4x8xf32>, tensor<8x2xf32>) -> tensor<4x2xf32>
  return %10#0 : tensor<4x2xf32>
}
func.func private @decomp(%x: tensor<4x2xf32>) -> tensor<4x2xf32> {
  return %x : tensor<4x2xf32>
}

// -----

#loc1 = loc("model.py":10:4)
#loc2 = loc("jit(f)/add"(#loc1))
module @located {
  func.func @f(%arg0: tensor<f32> loc("x"), %arg1: tensor<f32> loc(unknown)) -> tensor<f32> {
    %0 = stablehlo.add %arg0, %arg1 : tensor<f32> loc(#loc2)
    %1 = stablehlo.multiply %0, %0 : tensor<f32> loc(#loc4)
    %2 = stablehlo.reduce(%1 init: %arg0) applies stablehlo.maximum across dimensions = [] : (tensor<f32>, tensor<f32>) -> tensor<f32> loc(#loc5)
    return %2 : tensor<f32> loc(#loc3)
  } loc(#loc3)
} loc(#loc3)
#loc3 = loc(unknown)
#loc4 = loc(callsite(#loc2 at fused["a.py":1:2, "b.py":3:4 to 3:9]))
#loc5 = loc(fused<"meta">[#loc1, #loc2])

// -----

func.func @chlo(%arg0: tensor<4xf32>, %arg1: tensor<4xf32>, %arg2: tensor<2x4xf32>, %arg3: tensor<4xcomplex<f32>>, %arg4: tensor<4xi32>) -> tensor<4xf32> {
  %0 = chlo.broadcast_add %arg0, %arg2 {broadcast_dimensions = array<i64: 1>} : (tensor<4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  %1 = chlo.broadcast_compare %arg0, %arg1 {compare_type = #chlo<comparison_type FLOAT>, comparison_direction = #chlo<comparison_direction LT>} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  %2 = chlo.erf_inv %arg0 : tensor<4xf32> -> tensor<4xf32>
  %3 = chlo.is_inf %arg0 : tensor<4xf32> -> tensor<4xi1>
  %values, %indices = chlo.top_k(%arg2, k = 2) : tensor<2x4xf32> -> (tensor<2x2xf32>, tensor<2x2xi32>)
  %4 = "chlo.constant_like"(%arg0) <{value = 1.000000e+00 : f32}> : (tensor<4xf32>) -> tensor<4xf32>
  %5 = chlo.constant dense<1.000000e+00> : tensor<4xf32>
  %6 = chlo.polygamma %arg0, %arg1 : tensor<4xf32>, tensor<4xf32> -> tensor<4xf32>
  %7 = chlo.next_after %arg0, %arg1 : tensor<4xf32>, tensor<4xf32> -> tensor<4xf32>
  %8 = chlo.broadcast_select %3, %arg0, %arg1 : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %9 = chlo.square %arg3 : tensor<4xcomplex<f32>> -> tensor<4xcomplex<f32>>
  %10 = chlo.broadcast_complex %arg0, %arg1 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xcomplex<f32>>
  %11 = chlo.is_neg_inf %arg0 : tensor<4xf32> -> tensor<4xi1>
  %12 = chlo.conj %arg3 : tensor<4xcomplex<f32>> -> tensor<4xcomplex<f32>>
  %13 = chlo.broadcast_and %arg4, %arg4 : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  %14 = chlo.tan %arg0 : tensor<4xf32> -> tensor<4xf32>
  %15 = chlo.zeta %arg0, %arg1 : tensor<4xf32>, tensor<4xf32> -> tensor<4xf32>
  return %2 : tensor<4xf32>
}

// -----

module {
  sdy.mesh @mesh = <["a"=2, "b"=2]>
  sdy.mesh @empty = <[]>
  func.func @f(%arg0: tensor<8x8xf32>) -> tensor<8x8xf32> {
    sdy.sharding_group %arg0 group_id=3 : tensor<8x8xf32>
    %0 = sdy.named_computation<"foo">(%arg0) in_shardings=[<@mesh, [{"a"}, {}]>] out_shardings=[<@mesh, [{}, {"b"}]>] (%arg1: tensor<8x8xf32>) {
      sdy.return %arg1 : tensor<8x8xf32>
    } : (tensor<8x8xf32>) -> tensor<8x8xf32>
    %1 = sdy.named_computation<"bar">(%0) (%arg1: tensor<8x8xf32>) {
      sdy.return %arg1 : tensor<8x8xf32>
    } : (tensor<8x8xf32>) -> tensor<8x8xf32>
    %2 = sdy.sharding_constraint %1 <@mesh, [{"a", ?}, {?}], replicated={"b"}> : tensor<8x8xf32>
    %3 = sdy.reshard %2 <@mesh, [{}, {}]> : tensor<8x8xf32>
    return %3 : tensor<8x8xf32>
  }
}
