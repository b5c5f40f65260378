package tiers

import (
	"bytes"
	"context"
	"testing"

	"github.com/hlovm/hlovm/engine"
	"github.com/hlovm/hlovm/fusion"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/vm"
)

// sgd is two parameter updates and a value that reads a parameter after its
// update was stored: one fused kernel with three outputs of the same size.
const sgd = `
func.func @main(%w1: tensor<4096xf32>, %w2: tensor<4096xf32>, %g1: tensor<4096xf32>, %g2: tensor<4096xf32>) -> (tensor<4096xf32>, tensor<4096xf32>, tensor<4096xf32>) {
  %lr = stablehlo.constant dense<0.125> : tensor<4096xf32>
  %a = stablehlo.multiply %lr, %g1 : tensor<4096xf32>
  %u1 = stablehlo.subtract %w1, %a : tensor<4096xf32>
  %b = stablehlo.multiply %lr, %g2 : tensor<4096xf32>
  %u2 = stablehlo.subtract %w2, %b : tensor<4096xf32>
  %s = stablehlo.add %w1, %w2 : tensor<4096xf32>
  return %u1, %u2, %s : tensor<4096xf32>, tensor<4096xf32>, tensor<4096xf32>
}`

// TestDonatedRegionWritesInPlace: a promoted program given donated
// arguments writes its fused kernel's outputs over them (each parameter
// keeps its storage; the third output takes a dying gradient's), with the
// results tier 0 computes, on the native and the portable executor; without
// donation the inputs stay as they were. The run's peak (which includes the
// promoted region's) is the donated inputs plus the outputs that had none to
// take over: one copy of the state, not two.
func TestDonatedRegionWritesInPlace(t *testing.T) {
	const n = 4096
	fill := func() []*tensor.Buffer {
		var in []*tensor.Buffer
		for k := range 4 {
			b := tensor.New(tensor.F32, []int64{n})
			v := tensor.ViewBytes[float32](b.Data)
			for i := range v {
				v[i] = float32((i*(k+3))%97)/8 - 6
			}
			in = append(in, b)
		}
		return in
	}
	_, ref, _, err := engine.Build([]byte(sgd), engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want, _, err := vm.RunWithStats(context.Background(), ref, fill())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		portable bool
		donated  []bool
		// same[j] is the argument output j must share storage with (-1: none).
		same []int
		// peak is the run's peak in buffers of 16 KiB: the donated inputs
		// and whatever outputs did not take one over.
		peak int64
	}{
		{"native donated", false, []bool{true, true, true, true}, []int{0, 1, 2}, 4},
		{"portable donated", true, []bool{true, true, true, true}, []int{0, 1, 2}, 4},
		{"portable params donated", true, []bool{true, true, false, false}, []int{0, 1, -1}, 3},
		{"native kept", false, nil, []int{-1, -1, -1}, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !tc.portable {
				if _, err := fusion.JIT(); err != nil {
					t.Skipf("no native code generator: %v", err)
				}
			} else {
				old := fusion.NativeMinElements
				fusion.NativeMinElements = 1 << 40
				defer func() { fusion.NativeMinElements = old }()
			}
			_, p, _, err := engine.Build([]byte(sgd), engine.Options{})
			if err != nil {
				t.Fatal(err)
			}
			native0, portable0 := fusion.Counts()
			exe, err := (&Tier{Threshold: 0, Set: true}).Prepare(p)
			if err != nil {
				t.Fatal(err)
			}
			defer Unwatch(p)
			for run := range 2 { // the second run reuses the region's pooled machine
				in := fill()
				orig := make([][]byte, len(in))
				for i, b := range in {
					orig[i] = append([]byte(nil), b.Data...)
				}
				got, st, err := engine.Run(context.Background(), exe, in, vm.Options{Donated: tc.donated})
				if err != nil {
					t.Fatal(err)
				}
				if st.PeakBytes != tc.peak*n*4 {
					t.Errorf("run %d: peak %d bytes, want %d", run, st.PeakBytes, tc.peak*n*4)
				}
				for j := range want {
					if !bytes.Equal(got[j].Data, want[j].Data) {
						t.Errorf("run %d: output %d differs from tier 0", run, j)
					}
					shares := -1
					for i, b := range in {
						if &b.Data[0] == &got[j].Data[0] {
							shares = i
						}
					}
					if shares != tc.same[j] {
						t.Errorf("run %d: output %d shares the storage of argument %d, want %d", run, j, shares, tc.same[j])
					}
				}
				for i, b := range in {
					if (tc.donated == nil || !tc.donated[i]) && !bytes.Equal(b.Data, orig[i]) {
						t.Errorf("run %d: argument %d was not donated but changed", run, i)
					}
				}
			}
			st := ManagerOf(p).Status()[p.Main]
			if st.State != Promoted || st.Groups != 1 {
				t.Errorf("main: %s %s, %d kernels; want promoted, one kernel", st.State, st.Reason, st.Groups)
			}
			native, portable := fusion.Counts()
			if got := [2]bool{native > native0, portable > portable0}; got != [2]bool{!tc.portable, tc.portable} {
				t.Errorf("kernels built native, portable: %v, want portable = %v", got, tc.portable)
			}
		})
	}
}
