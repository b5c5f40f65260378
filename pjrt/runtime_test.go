package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"google.golang.org/protobuf/encoding/protowire"

	"github.com/hlovm/hlovm/internal/npz"
	"github.com/hlovm/hlovm/internal/shareddata"
	"github.com/hlovm/hlovm/tensor"
)

// reference copies element by element with explicit index arithmetic.
func referenceCopy(src []byte, srcOff int64, ss []int64, dims []int64, elem int) []byte {
	n := tensor.NumElements(dims)
	out := make([]byte, 0, int(n)*elem)
	idx := make([]int64, len(dims))
	for k := int64(0); k < n; k++ {
		rem := k
		for i := len(dims) - 1; i >= 0; i-- {
			idx[i] = rem % dims[i]
			rem /= dims[i]
		}
		off := srcOff
		for i := range dims {
			off += idx[i] * ss[i]
		}
		out = append(out, src[off:off+int64(elem)]...)
	}
	return out
}

func TestCopyStrided(t *testing.T) {
	src := make([]byte, 512)
	for i := range src {
		src[i] = byte(i * 7)
	}
	cases := []struct {
		name    string
		dims    []int64
		strides []int64
		elem    int
	}{
		{"dense", []int64{3, 4}, []int64{16, 4}, 4},
		{"transposed", []int64{4, 3}, []int64{4, 16}, 4},
		{"negative", []int64{10}, []int64{-8}, 8},
		{"neg2d", []int64{4, 3}, []int64{-24, -8}, 4},
		{"strided", []int64{3, 3}, []int64{64, 12}, 4},
		{"scalar", []int64{}, []int64{}, 2},
		{"empty", []int64{0, 5}, []int64{20, 4}, 4},
		{"3d", []int64{4, 2, 3}, []int64{2, 24, 8}, 2},
		{"broadcast", []int64{3, 4}, []int64{0, 1}, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lo, hi := stridedSpan(c.dims, c.strides, c.elem)
			origin := int64(200)
			if origin+lo < 0 || origin+hi > int64(len(src)) {
				t.Fatalf("test case out of range: [%d,%d)", lo, hi)
			}
			want := referenceCopy(src, origin, c.strides, c.dims, c.elem)
			got := make([]byte, len(want))
			copyStrided(got, 0, denseStrides(c.dims, c.elem), src, origin, c.strides, c.dims, c.elem)
			if !bytes.Equal(got, want) {
				t.Fatalf("got %v want %v", got, want)
			}
		})
	}
}

func TestLayoutStrides(t *testing.T) {
	cases := []struct {
		dims, m2m, want []int64
		err             bool
	}{
		{[]int64{2, 3}, []int64{1, 0}, []int64{12, 4}, false},
		{[]int64{2, 3}, []int64{0, 1}, []int64{4, 8}, false},
		{[]int64{2, 3, 4}, []int64{0, 2, 1}, []int64{4, 32, 8}, false},
		{[]int64{2, 3}, []int64{0, 0}, nil, true},
		{[]int64{2, 3}, []int64{0}, nil, true},
	}
	for _, c := range cases {
		got, err := layoutStrides(c.dims, c.m2m, 4)
		if (err != nil) != c.err {
			t.Fatalf("%v %v: err %v", c.dims, c.m2m, err)
		}
		if err == nil && !equal(got, c.want) {
			t.Fatalf("%v %v: got %v want %v", c.dims, c.m2m, got, c.want)
		}
	}
}

func equal(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// options builds a CompileOptionsProto the way XLA serializes it.
func options(replicas, partitions uint64, devices []uint64, packed bool) []byte {
	var ids []byte
	if packed {
		var p []byte
		for _, d := range devices {
			p = protowire.AppendVarint(p, d)
		}
		ids = protowire.AppendTag(ids, 1, protowire.BytesType)
		ids = protowire.AppendBytes(ids, p)
	} else {
		for _, d := range devices {
			ids = protowire.AppendTag(ids, 1, protowire.VarintType)
			ids = protowire.AppendVarint(ids, d)
		}
	}
	var da []byte
	da = protowire.AppendTag(da, 1, protowire.VarintType)
	da = protowire.AppendVarint(da, replicas)
	da = protowire.AppendTag(da, 3, protowire.BytesType)
	da = protowire.AppendBytes(da, ids)
	var ebo []byte
	ebo = protowire.AppendTag(ebo, 1, protowire.VarintType)
	ebo = protowire.AppendVarint(ebo, protowire.EncodeZigZag(-1))
	ebo = protowire.AppendTag(ebo, 3, protowire.BytesType) // debug_options
	ebo = protowire.AppendBytes(ebo, []byte{0x08, 0x01})
	ebo = protowire.AppendTag(ebo, 4, protowire.VarintType)
	ebo = protowire.AppendVarint(ebo, replicas)
	ebo = protowire.AppendTag(ebo, 5, protowire.VarintType)
	ebo = protowire.AppendVarint(ebo, partitions)
	ebo = protowire.AppendTag(ebo, 9, protowire.BytesType)
	ebo = protowire.AppendBytes(ebo, da)
	var top []byte
	top = protowire.AppendTag(top, 5, protowire.VarintType)
	top = protowire.AppendVarint(top, uint64(1<<64-1))
	top = protowire.AppendTag(top, 3, protowire.BytesType)
	top = protowire.AppendBytes(top, ebo)
	top = protowire.AppendTag(top, 9, protowire.VarintType)
	top = protowire.AppendVarint(top, 1)
	return top
}

func TestCompileOptions(t *testing.T) {
	cases := []struct {
		name    string
		data    []byte
		wantErr string
	}{
		{"one device packed", options(1, 1, []uint64{0}, true), ""},
		{"one device unpacked", options(1, 1, []uint64{0}, false), ""},
		{"empty", nil, ""},
		{"replicas", options(2, 1, []uint64{0, 1}, true), "replicas"},
		{"partitions", options(1, 4, []uint64{0}, true), "partitions"},
		{"two devices", options(1, 1, []uint64{0, 1}, false), "several devices"},
		{"bad device", options(1, 1, []uint64{3}, true), "device 3"},
		{"malformed", []byte{0x1a, 0x05, 0x01}, "malformed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o, err := parseCompileOptions(c.data)
			if err == nil {
				err = o.check(1)
			}
			if c.wantErr == "" && err != nil {
				t.Fatalf("unexpected error %v", err)
			}
			if c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)) {
				t.Fatalf("error %v, want one containing %q", err, c.wantErr)
			}
		})
	}
}

func TestEvents(t *testing.T) {
	e := newEvent()
	var mu sync.Mutex
	var got []string
	rec := func(tag string) func(error) {
		return func(err error) {
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				tag += ":" + err.Error()
			}
			got = append(got, tag)
		}
	}
	e.onReady(rec("a"))
	e.onReady(rec("b"))
	if e.isReady() || len(got) != 0 {
		t.Fatal("callbacks ran before completion")
	}
	go e.complete(errorf(codeInternal, "boom"))
	if err := e.wait(); err == nil || err.Error() != "boom" {
		t.Fatalf("wait: %v", err)
	}
	e.complete(nil) // a second completion changes nothing
	e.onReady(rec("c"))
	mu.Lock()
	defer mu.Unlock()
	if strings.Join(got, ",") != "a:boom,b:boom,c:boom" {
		t.Fatalf("callbacks: %v", got)
	}
}

// corpusProgram loads a JAX corpus case: its VHLO artifact and its npz inputs
// and XLA's outputs.
func corpusProgram(t *testing.T, name string) ([]byte, []*npz.Array, []*npz.Array) {
	dir := filepath.Join(shareddata.Dir(t, "corpus/jax-0.11.2"), name)
	code, err := os.ReadFile(filepath.Join(dir, "module.vhlo-1.20.0.bc"))
	if err != nil {
		t.Skip(err)
	}
	arrs, err := npz.ReadFile(filepath.Join(dir, "io.npz"))
	if err != nil {
		t.Fatal(err)
	}
	var ins, outs []*npz.Array
	for _, a := range arrs {
		if strings.HasPrefix(a.Name, "in") {
			ins = append(ins, a)
		} else {
			outs = append(outs, a)
		}
	}
	return code, ins, outs
}

func hostBuffer(t *testing.T, dev *device, a *npz.Array) *buffer {
	b, err := a.NaturalBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return &buffer{dev: dev, dtype: b.DType, dims: b.Shape, p: &payload{ready: readyEvent(nil), data: b}}
}

// closeTo compares with XLA's output: floats within a relative 1e-4, other
// types bit for bit.
func closeTo(got, want *tensor.Buffer) bool {
	switch got.DType {
	case tensor.F32:
		w := tensor.View[float32](want)
		for i, g := range tensor.View[float32](got) {
			if d := float64(g - w[i]); d*d > 1e-8*(1+float64(w[i])*float64(w[i])) {
				return false
			}
		}
		return true
	case tensor.F64:
		w := tensor.View[float64](want)
		for i, g := range tensor.View[float64](got) {
			if d := g - w[i]; d*d > 1e-16*(1+w[i]*w[i]) {
				return false
			}
		}
		return true
	}
	return bytes.Equal(got.Data, want.Data)
}

func TestCompileAndExecute(t *testing.T) {
	dev := newDevice(0, "test")
	for _, name := range []string{"while_fori", "dot", "reduce", "cond_switch"} {
		t.Run(name, func(t *testing.T) {
			code, ins, outs := corpusProgram(t, name)
			c, err := compileProgram(code)
			if err != nil {
				t.Fatal(err)
			}
			if c2, _ := compileProgram(code); c2 != c {
				t.Fatal("second compile of the same bytes missed the cache")
			}
			args := make([]*buffer, len(ins))
			for i, a := range ins {
				args[i] = hostBuffer(t, dev, a)
			}
			res, done, err := execute(dev, c, args, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := done.wait(); err != nil {
				t.Fatal(err)
			}
			if len(res) != len(outs) {
				t.Fatalf("%d results, want %d", len(res), len(outs))
			}
			for i, r := range res {
				p, err := r.payload()
				if err != nil {
					t.Fatal(err)
				}
				want, err := outs[i].Buffer(r.dtype)
				if err != nil {
					t.Fatal(err)
				}
				if !equal(p.data.Shape, want.Shape) || p.data.DType != want.DType {
					t.Fatalf("result %d: %v, want %v", i, p.data, want)
				}
				if !closeTo(p.data, want) {
					t.Fatalf("result %d differs from XLA's", i)
				}
			}
		})
	}
}

func TestExecuteErrors(t *testing.T) {
	dev := newDevice(0, "test")
	code, ins, _ := corpusProgram(t, "while_fori")
	c, err := compileProgram(code)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := execute(dev, c, nil, nil); err == nil || !strings.Contains(err.Error(), "arguments") {
		t.Fatalf("wrong arity: %v", err)
	}
	a := hostBuffer(t, dev, ins[0])
	a.delete()
	if _, _, err := execute(dev, c, []*buffer{a, hostBuffer(t, dev, ins[1])}, nil); err == nil || !strings.Contains(err.Error(), "deleted") {
		t.Fatalf("deleted argument: %v", err)
	}
	if _, err := compileProgram([]byte("ML\xefR garbage")); err == nil {
		t.Fatal("malformed bytecode compiled")
	}
	bad := []byte(`func.func @main(%a: tensor<2xf32>) -> tensor<2xf32> {
  %0 = stablehlo.custom_call @no_such_target(%a) : (tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}`)
	if _, err := compileProgram(bad); err == nil || !strings.Contains(err.Error(), "no_such_target") {
		t.Fatalf("unknown custom call: %v", err)
	}
}

func TestDonation(t *testing.T) {
	dev := newDevice(0, "test")
	src := []byte(`func.func @main(%a: tensor<4xf32> {tf.aliasing_output = 0 : i32}, %b: tensor<4xf32>) -> tensor<4xf32> {
  %0 = stablehlo.add %a, %b : tensor<4xf32>
  return %0 : tensor<4xf32>
}`)
	c, err := compileProgram(src)
	if err != nil {
		t.Fatal(err)
	}
	if c.aliasOutput[0] != 0 || !c.donor[0] || c.donor[1] {
		t.Fatalf("aliasing %v donors %v", c.aliasOutput, c.donor)
	}
	mk := func(v float32) *buffer {
		b := tensor.New(tensor.F32, []int64{4})
		for i := range tensor.View[float32](b) {
			tensor.View[float32](b)[i] = v + float32(i)
		}
		return &buffer{dev: dev, dtype: tensor.F32, dims: []int64{4}, p: &payload{ready: readyEvent(nil), data: b}}
	}
	for _, keep := range []bool{false, true} {
		a, b := mk(1), mk(10)
		storage := &a.p.data.Data[0]
		var nd map[int]bool
		if keep {
			nd = map[int]bool{0: true}
		}
		outs, done, err := execute(dev, c, []*buffer{a, b}, nd)
		if err != nil {
			t.Fatal(err)
		}
		if err := done.wait(); err != nil {
			t.Fatal(err)
		}
		if a.isDeleted() == keep {
			t.Fatalf("keep=%v: donated argument deleted=%v", keep, a.isDeleted())
		}
		p, _ := outs[0].payload()
		if reused := &p.data.Data[0] == storage; reused == keep {
			t.Fatalf("keep=%v: output reuses the argument's storage: %v", keep, reused)
		}
		for i, x := range tensor.View[float32](p.data) {
			if want := float32(11 + 2*i); x != want {
				t.Fatalf("element %d = %v, want %v", i, x, want)
			}
		}
	}
}

// TestShardingAnnotationsCompile: engine strips single-device sharding
// annotations (its own tests cover the pass); the plugin's program has none
// left.
func TestShardingAnnotationsCompile(t *testing.T) {
	src := []byte(`func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = stablehlo.custom_call @Sharding(%a) {mhlo.sharding = "{replicated}"} : (tensor<4xf32>) -> tensor<4xf32>
  %1 = stablehlo.add %0, %0 : tensor<4xf32>
  return %1 : tensor<4xf32>
}`)
	c, err := compileProgram(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range c.prog.Funcs {
		for _, in := range f.Code {
			if in.Name == "stablehlo.custom_call" {
				t.Fatalf("the Sharding custom_call survived:\n%s", c.prog.Disassemble())
			}
		}
	}
}

func TestRepeatedResultsOwnStorage(t *testing.T) {
	dev := newDevice(0, "test")
	c, err := compileProgram([]byte(`func.func @main(%a: tensor<3xf32>) -> (tensor<3xf32>, tensor<3xf32>) {
  %0 = stablehlo.add %a, %a : tensor<3xf32>
  return %0, %0 : tensor<3xf32>, tensor<3xf32>
}`))
	if err != nil {
		t.Fatal(err)
	}
	in := tensor.New(tensor.F32, []int64{3})
	outs, done, err := execute(dev, c, []*buffer{{dev: dev, dtype: tensor.F32, dims: []int64{3}, p: &payload{ready: readyEvent(nil), data: in}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := done.wait(); err != nil {
		t.Fatal(err)
	}
	p0, _ := outs[0].payload()
	p1, _ := outs[1].payload()
	if &p0.data.Data[0] == &p1.data.Data[0] {
		t.Fatal("two outputs share storage")
	}
}
