package fusion

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/hlovm/hlovm/tensor"
)

// KernelVersion is bumped whenever the meaning of the kernel IR changes, so
// caches keyed by a kernel's hash never mix versions.
const KernelVersion = 2

// Access says how an input is read at element i of the iteration space.
type Access string

const (
	// Elem reads element i (the input has as many elements as the space, in
	// the same row-major order; a reshape of it reads the same way).
	Elem Access = "elem"
	// Scalar reads the input's only element everywhere.
	Scalar Access = "scalar"
	// Bcast reads the input through stablehlo.broadcast_in_dim: element i is
	// taken as a multi-index in View (the broadcast's result shape) and input
	// dimension j reads View dimension Dims[j] (0 where the input dimension
	// has size 1).
	Bcast Access = "bcast"
)

// Input is one operand of a kernel.
type Input struct {
	DType  string  `json:"dtype"`
	Shape  []int64 `json:"shape"`
	Access Access  `json:"access"`
	View   []int64 `json:"view,omitempty"`
	Dims   []int64 `json:"dims,omitempty"`
}

// Inst is one scalar op of the body. Its value number is len(Inputs) plus its
// index in Body; Args are value numbers (inputs first, then earlier insts).
type Inst struct {
	// Op is a StableHLO element-wise op name without "stablehlo." (add,
	// exponential, compare, select, clamp, convert, fma, ...), or "constant"
	// (a splat: Bits holds the element's raw storage, little-endian hex) or
	// "copy" (the value of its argument).
	Op    string `json:"op"`
	DType string `json:"dtype"`
	Args  []int  `json:"args,omitempty"`
	// Compare direction and type (compare only).
	Dir     string `json:"dir,omitempty"`
	CmpType string `json:"cmp_type,omitempty"`
	Bits    string `json:"bits,omitempty"`
	// Iota (op "iota"): element i holds (i / Stride) % Extent, its index
	// along the iota dimension.
	Stride int64 `json:"stride,omitempty"`
	Extent int64 `json:"extent,omitempty"`
}

// Reduction folds one body value over a contiguous block of the space's
// dimensions, [Lo, Hi): the space is then outer × reduced × inner (the
// products of Space[:Lo], Space[Lo:Hi] and Space[Hi:]) and element i
// contributes to result element (i / (reduced·inner))·inner + i % inner.
// The result starts at the splat Init (raw storage, little-endian hex) and
// folds the contributions in with Op (add, multiply, maximum, minimum; and,
// or for integers and i1), in the order an executor chooses: the ops are
// associative, so only float sums and products may differ from element order
// (by rounding). It is the kernel's last result, after Outputs.
type Reduction struct {
	Op    string  `json:"op"`
	Value int     `json:"value"`
	Lo    int     `json:"lo"`
	Hi    int     `json:"hi"`
	Init  string  `json:"init"`
	Shape []int64 `json:"shape"`
}

// Kernel is a fused loop: for every element i of Space (all independent),
// evaluate Body on the inputs read at i and store the Outputs at i (and fold
// the Reduce value into its result, when there is one).
type Kernel struct {
	Version int     `json:"version"`
	Space   []int64 `json:"space"`
	Inputs  []Input `json:"inputs"`
	Body    []Inst  `json:"body"`
	// Outputs are value numbers; output k has that value's element type and
	// the shape OutShapes[k] (same element count as Space).
	Outputs   []int      `json:"outputs"`
	OutShapes [][]int64  `json:"out_shapes"`
	Reduce    *Reduction `json:"reduce,omitempty"`
}

// NumResults is how many buffers the kernel writes: the outputs, then the
// reduction's result.
func (k *Kernel) NumResults() int {
	if k.Reduce != nil {
		return len(k.Outputs) + 1
	}
	return len(k.Outputs)
}

// Split is the reduction's outer × reduced × inner element counts.
func (r *Reduction) Split(space []int64) (outer, red, inner int64) {
	return tensor.NumElements(space[:r.Lo]), tensor.NumElements(space[r.Lo:r.Hi]), tensor.NumElements(space[r.Hi:])
}

// reduceOK reports whether op folds values of type d (the ops every
// executor implements for it).
func reduceOK(op string, d tensor.DType) bool {
	switch op {
	case "add", "multiply":
		return d != tensor.I1
	case "maximum", "minimum":
		return true
	case "and", "or":
		return !d.IsFloat() && !d.IsComplex()
	}
	return false
}

// Encode is the kernel's canonical form (JSON with fields in a fixed order).
func (k *Kernel) Encode() string {
	b, err := json.Marshal(k)
	if err != nil {
		panic(fmt.Sprintf("fusion: kernel does not encode: %v", err)) // only plain data: cannot happen
	}
	return string(b)
}

// Hash is a stable hash of the canonical form: the key of compiled-kernel
// caches (with the backend, its target and the hlovm version).
func (k *Kernel) Hash() string {
	s := sha256.Sum256([]byte(k.Encode()))
	return hex.EncodeToString(s[:16])
}

// Decode reads a kernel written by Encode and checks it.
func Decode(s string) (*Kernel, error) {
	var k Kernel
	if err := json.Unmarshal([]byte(s), &k); err != nil {
		return nil, fmt.Errorf("fusion: kernel IR: %v", err)
	}
	if err := k.Check(); err != nil {
		return nil, err
	}
	return &k, nil
}

// NumElements is the size of the iteration space.
func (k *Kernel) NumElements() int64 { return tensor.NumElements(k.Space) }

// ValueDType is the element type of value v.
func (k *Kernel) ValueDType(v int) tensor.DType {
	if v < len(k.Inputs) {
		return parseDType(k.Inputs[v].DType)
	}
	return parseDType(k.Body[v-len(k.Inputs)].DType)
}

func parseDType(s string) tensor.DType {
	for _, d := range tensor.AllDTypes() {
		if d.String() == s {
			return d
		}
	}
	return tensor.Invalid
}

// Check validates a kernel: value numbers in range and defined before use,
// element types known, accesses consistent with the space.
func (k *Kernel) Check() error {
	if k.Version != KernelVersion {
		return fmt.Errorf("fusion: kernel IR version %d, want %d", k.Version, KernelVersion)
	}
	n := k.NumElements()
	for i, in := range k.Inputs {
		if parseDType(in.DType) == tensor.Invalid {
			return fmt.Errorf("fusion: input %d: unknown element type %q", i, in.DType)
		}
		elems := tensor.NumElements(in.Shape)
		switch in.Access {
		case Elem:
			if elems != n {
				return fmt.Errorf("fusion: input %d: %d elements read element-wise over %d", i, elems, n)
			}
		case Scalar:
			if elems != 1 {
				return fmt.Errorf("fusion: input %d: scalar access of %d elements", i, elems)
			}
		case Bcast:
			if tensor.NumElements(in.View) != n || len(in.Dims) != len(in.Shape) {
				return fmt.Errorf("fusion: input %d: broadcast view %v dims %v of %v over %d elements", i, in.View, in.Dims, in.Shape, n)
			}
			for j, d := range in.Dims {
				if d < 0 || int(d) >= len(in.View) || (in.Shape[j] != 1 && in.Shape[j] != in.View[d]) {
					return fmt.Errorf("fusion: input %d: dimension %d maps to view dimension %d of %v", i, j, d, in.View)
				}
			}
		default:
			return fmt.Errorf("fusion: input %d: unknown access %q", i, in.Access)
		}
	}
	for i, in := range k.Body {
		v := len(k.Inputs) + i
		if parseDType(in.DType) == tensor.Invalid {
			return fmt.Errorf("fusion: %%%d = %s: unknown element type %q", v, in.Op, in.DType)
		}
		for _, a := range in.Args {
			if a < 0 || a >= v {
				return fmt.Errorf("fusion: %%%d = %s: argument %%%d not defined before", v, in.Op, a)
			}
		}
		if in.Op == "iota" && (in.Stride <= 0 || in.Extent <= 0 || len(in.Args) != 0) {
			return fmt.Errorf("fusion: %%%d = iota: stride %d, extent %d", v, in.Stride, in.Extent)
		}
	}
	if r := k.Reduce; r != nil {
		if r.Value < 0 || r.Value >= len(k.Inputs)+len(k.Body) {
			return fmt.Errorf("fusion: reduction of value %%%d, not defined", r.Value)
		}
		d := k.ValueDType(r.Value)
		if !reduceOK(r.Op, d) {
			return fmt.Errorf("fusion: reduction %s of %v", r.Op, d)
		}
		if r.Lo < 0 || r.Hi <= r.Lo || r.Hi > len(k.Space) {
			return fmt.Errorf("fusion: reduction over dimensions [%d,%d) of %v", r.Lo, r.Hi, k.Space)
		}
		if b, err := hex.DecodeString(r.Init); err != nil || len(b) != d.StorageSize() {
			return fmt.Errorf("fusion: reduction init %q for %v", r.Init, d)
		}
		outer, _, inner := r.Split(k.Space)
		if tensor.NumElements(r.Shape) != outer*inner {
			return fmt.Errorf("fusion: reduction result shape %v, want %d elements", r.Shape, outer*inner)
		}
	}
	if (len(k.Outputs) == 0 && k.Reduce == nil) || len(k.Outputs) != len(k.OutShapes) {
		return fmt.Errorf("fusion: %d outputs with %d shapes", len(k.Outputs), len(k.OutShapes))
	}
	for i, o := range k.Outputs {
		if o < 0 || o >= len(k.Inputs)+len(k.Body) {
			return fmt.Errorf("fusion: output %d is value %%%d, not defined", i, o)
		}
		if tensor.NumElements(k.OutShapes[i]) != n {
			return fmt.Errorf("fusion: output %d has shape %v, not %d elements", i, k.OutShapes[i], n)
		}
	}
	return nil
}

// String is a readable listing (vmtrace and dumps).
func (k *Kernel) String() string {
	s := fmt.Sprintf("fused %v {\n", k.Space)
	for i, in := range k.Inputs {
		s += fmt.Sprintf("  %%%d = input %s%v %s", i, in.DType, in.Shape, in.Access)
		if in.Access == Bcast {
			s += fmt.Sprintf(" dims=%v view=%v", in.Dims, in.View)
		}
		s += "\n"
	}
	for i, in := range k.Body {
		s += fmt.Sprintf("  %%%d = %s", len(k.Inputs)+i, in.Op)
		if in.Dir != "" {
			s += " " + in.Dir
			if in.CmpType != "" {
				s += " " + in.CmpType
			}
		}
		if in.Bits != "" {
			s += " 0x" + in.Bits
		}
		for j, a := range in.Args {
			if j == 0 {
				s += " "
			} else {
				s += ", "
			}
			s += fmt.Sprintf("%%%d", a)
		}
		s += " : " + in.DType + "\n"
	}
	s += "  out"
	for i, o := range k.Outputs {
		if i > 0 {
			s += ","
		}
		s += fmt.Sprintf(" %%%d", o)
	}
	if r := k.Reduce; r != nil {
		s += fmt.Sprintf("\n  reduce %s %%%d dims [%d,%d) init 0x%s -> %v", r.Op, r.Value, r.Lo, r.Hi, r.Init, r.Shape)
	}
	return s + "\n}"
}
