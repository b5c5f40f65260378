package main

// Compile: CompileOptionsProto checks, and the plugin's view of a program
// engine compiled (engine owns the passes and the program cache).

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"google.golang.org/protobuf/encoding/protowire"

	"github.com/hlovm/hlovm/bytecode"
	"github.com/hlovm/hlovm/engine"
	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
	_ "github.com/hlovm/hlovm/tiers" // tier 1: hot regions fused (HLOVM_TIERS=0 pins tier 0)
	"github.com/hlovm/hlovm/vm"
)

// compileOptions is what hlovm reads of an xla.CompileOptionsProto.
type compileOptions struct {
	numReplicas, numPartitions int64
	devices                    []int64 // device assignment, flattened
	hasArgumentLayouts         bool
}

// parseCompileOptions walks the proto with protowire (no generated code):
// CompileOptionsProto.executable_build_options = 3 →
// ExecutableBuildOptionsProto.num_replicas = 4, num_partitions = 5,
// device_assignment = 9 → DeviceAssignmentProto.computation_devices = 3 →
// replica_device_ids = 1 (packed or not).
func parseCompileOptions(b []byte) (compileOptions, error) {
	o := compileOptions{numReplicas: 1, numPartitions: 1}
	err := walk(b, func(num protowire.Number, typ protowire.Type, v uint64, sub []byte) error {
		switch {
		case num == 1 && typ == protowire.BytesType:
			o.hasArgumentLayouts = true
		case num == 3 && typ == protowire.BytesType:
			return walk(sub, func(num protowire.Number, typ protowire.Type, v uint64, sub []byte) error {
				switch {
				case num == 4 && typ == protowire.VarintType:
					o.numReplicas = int64(v)
				case num == 5 && typ == protowire.VarintType:
					o.numPartitions = int64(v)
				case num == 9 && typ == protowire.BytesType:
					return walk(sub, func(num protowire.Number, typ protowire.Type, v uint64, sub []byte) error {
						if num != 3 || typ != protowire.BytesType {
							return nil
						}
						return walk(sub, func(num protowire.Number, typ protowire.Type, v uint64, sub []byte) error {
							if num != 1 {
								return nil
							}
							if typ == protowire.VarintType {
								o.devices = append(o.devices, int64(v))
								return nil
							}
							if typ == protowire.BytesType { // packed
								for len(sub) > 0 {
									x, n := protowire.ConsumeVarint(sub)
									if n < 0 {
										return protowire.ParseError(n)
									}
									o.devices = append(o.devices, int64(x))
									sub = sub[n:]
								}
							}
							return nil
						})
					})
				}
				return nil
			})
		}
		return nil
	})
	if err != nil {
		return o, errorf(codeInvalidArgument, "hlovm: malformed CompileOptionsProto: %v", err)
	}
	return o, nil
}

// walk calls fn for every field of a message: v for varint/fixed fields, sub
// for length-delimited ones.
func walk(b []byte, fn func(protowire.Number, protowire.Type, uint64, []byte) error) error {
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return protowire.ParseError(n)
		}
		b = b[n:]
		var v uint64
		var sub []byte
		switch typ {
		case protowire.VarintType:
			v, n = protowire.ConsumeVarint(b)
		case protowire.Fixed32Type:
			var x uint32
			x, n = protowire.ConsumeFixed32(b)
			v = uint64(x)
		case protowire.Fixed64Type:
			v, n = protowire.ConsumeFixed64(b)
		case protowire.BytesType:
			sub, n = protowire.ConsumeBytes(b)
		default:
			n = protowire.ConsumeFieldValue(num, typ, b)
		}
		if n < 0 {
			return protowire.ParseError(n)
		}
		b = b[n:]
		if err := fn(num, typ, v, sub); err != nil {
			return err
		}
	}
	return nil
}

// check refuses what one device cannot honour.
func (o compileOptions) check(numDevices int) error {
	if o.numReplicas > 1 || o.numPartitions > 1 {
		return errorf(codeUnimplemented, "hlovm: program asks for %d replicas × %d partitions; hlovm runs one device", o.numReplicas, o.numPartitions)
	}
	if len(o.devices) > 1 {
		return errorf(codeUnimplemented, "hlovm: device assignment %v names several devices; hlovm runs one device", o.devices)
	}
	for _, d := range o.devices {
		if d < 0 || int(d) >= numDevices {
			return errorf(codeInvalidArgument, "hlovm: device assignment names device %d; hlovm has %d", d, numDevices)
		}
	}
	return nil
}

// compiled is one compiled program as the plugin describes it to JAX, made
// once per program engine caches (engine.Attach), so every executable made
// from the same bytes shares it.
type compiled struct {
	name        string
	prog        *bytecode.Program
	exe         engine.Executable
	outTypes    []tensor.DType
	outDims     [][]int64
	numParams   int
	aliasOutput []int  // per parameter: the output it may be donated to, or -1
	donor       []bool // per parameter: jax.buffer_donor or tf.aliasing_output
	tokenParam  []bool // per parameter: a !stablehlo.token (JAX passes bool[0])
	tokenResult []bool // per output: a !stablehlo.token (returned as bool[0])
	fingerprint string
	cside       any     // C-side arrays (OutputElementTypes, ...), made once by cgo code
	src         *source // the bytes and options it was compiled from (Serialize)

	// Eager dispatch (execute): runNS smooths how long runs take (0 until
	// one has run); a program measured short runs on the caller's thread
	// when the device is idle, and reuses pooled sessions (their scratch
	// buffers) instead of building a VM per run. Programs with host
	// callbacks always go through the worker (Python code runs there).
	runNS        atomic.Int64
	hostCallback bool
	sessions     sync.Pool // engine.Session without donation or profile
}

// inlineMaxNS is the longest run (smoothed) that executes on the caller's
// thread: the worker hop costs tens of µs on a loaded machine, more than
// such a run, while longer runs are worth overlapping with Python.
const inlineMaxNS = 100_000

// short reports whether c's runs are known to be short.
func (c *compiled) short() bool {
	n := c.runNS.Load()
	return n > 0 && n <= inlineMaxNS && !c.hostCallback
}

// timed records one run's duration. A sample counts for at most twice the
// inline bound: on a loaded machine a short run is now and then descheduled
// for milliseconds, and one such sample would otherwise send the next dozen
// runs (and, without a wait between calls, those queued behind them) through
// the worker, whose hop costs more than the runs. A program whose runs are
// long still leaves the inline path after three runs.
func (c *compiled) timed(d time.Duration) {
	n := min(max(int64(d), 1), 2*inlineMaxNS)
	if old := c.runNS.Load(); old > 0 {
		n = (3*old + n) / 4
	}
	c.runNS.Store(n)
}

type compiledKey struct{}

// compileProgram reads and compiles code (MLIR bytecode or text) through
// engine, whose cache returns the same program for the same bytes.
func compileProgram(code []byte) (*compiled, error) {
	a, err := engine.Compile(code, engine.Options{})
	if err != nil {
		var pe *engine.PassError
		if errors.As(err, &pe) && (pe.Pass == engine.PassLower || pe.Pass == engine.PassVerify) {
			return nil, errorf(codeUnimplemented, "hlovm: cannot compile the program: %v", pe.Err)
		}
		return nil, errorf(codeInvalidArgument, "hlovm: cannot read the program: %v", err)
	}
	return engine.Attach(a, compiledKey{}, describe)
}

// describe derives what PJRT asks of a program: output types, parameter
// donation, fingerprint; and prepares it on the tier HLOVM_TIERS picks.
func describe(a *engine.Artifact) (*compiled, error) {
	prog := a.Program
	exe, err := engine.Prepare(prog)
	if err != nil {
		return nil, errorf(codeInvalidArgument, "hlovm: %v", err)
	}
	c := &compiled{name: a.Name, prog: prog, exe: exe, fingerprint: hex.EncodeToString(a.Key[:16])}
	if c.name == "" {
		c.name = "main"
	}
	entry := prog.Entry()
	for _, t := range entry.Results {
		_, tok := t.(stablehlo.TokenType)
		c.tokenResult = append(c.tokenResult, tok)
		if tok {
			// JAX threads ordered effects through main as tokens and
			// passes/takes them as bool[0] arrays.
			c.outTypes = append(c.outTypes, tensor.I1)
			c.outDims = append(c.outDims, []int64{0})
			continue
		}
		tt, ok := t.(*stablehlo.TensorType)
		if !ok {
			return nil, errorf(codeUnimplemented, "hlovm: program result of type %v (only tensors are supported)", t)
		}
		c.outTypes = append(c.outTypes, stablehlo.ElementDType(tt))
		c.outDims = append(c.outDims, append([]int64{}, tt.Shape...))
	}
	c.numParams = entry.NumArgs
	c.tokenParam = make([]bool, c.numParams)
	for i, t := range entry.Params {
		_, c.tokenParam[i] = t.(stablehlo.TokenType)
	}
	prog.Module.Walk(func(op *stablehlo.Op) bool {
		if op.Name == "stablehlo.custom_call" {
			if t, ok := op.Attr("call_target_name").(stablehlo.StringAttr); ok && t.Value == interp.HostCallbackTarget {
				c.hostCallback = true
			}
		}
		return !c.hostCallback
	})
	c.aliasOutput = make([]int, c.numParams)
	c.donor = make([]bool, c.numParams)
	for i := range c.aliasOutput {
		c.aliasOutput[i] = -1
	}
	for i, d := range a.ArgAttrs {
		if d == nil || i >= c.numParams {
			continue
		}
		for _, na := range d.Entries {
			switch na.Name {
			case "tf.aliasing_output":
				if ia, ok := na.Value.(*stablehlo.IntegerAttr); ok {
					c.aliasOutput[i] = int(ia.Value)
					c.donor[i] = true
				}
			case "jax.buffer_donor":
				c.donor[i] = true
			}
		}
	}
	return c, nil
}

// execute queues one run of c on dev and returns the output buffers and the
// completion event at once; a short run (compiled.short) with its inputs
// ready runs at once on the caller's thread when the device is idle, which
// keeps the order of runs. nonDonatable lists parameters JAX keeps.
func execute(dev *device, c *compiled, args []*buffer, nonDonatable map[int]bool) ([]*buffer, *event, error) {
	if len(args) != c.numParams {
		return nil, nil, errorf(codeInvalidArgument, "hlovm: %s takes %d arguments, got %d", c.name, c.numParams, len(args))
	}
	ins := make([]*payload, len(args))
	ready := true
	for i, a := range args {
		if a == nil {
			return nil, nil, errorf(codeInvalidArgument, "hlovm: %s: argument %d is NULL", c.name, i)
		}
		p, err := a.payload()
		if err != nil {
			return nil, nil, fmt.Errorf("%s argument %d: %w", c.name, i, err)
		}
		ins[i] = p
		ready = ready && (c.tokenParam[i] || p.ready.isReady())
	}
	// Donation: a donated argument is deleted now and handed to the VM,
	// which may write results over it (an SGD step updates its parameters
	// in place).
	var donated []bool
	for i, a := range args {
		if !c.donor[i] || nonDonatable[i] {
			continue
		}
		if donated == nil {
			donated = make([]bool, len(args))
		}
		donated[i] = true
		a.delete()
	}
	outs := make([]*buffer, len(c.outTypes))
	ps := make([]*payload, len(outs))
	for i := range outs {
		ps[i] = &payload{ready: newEvent()}
		outs[i] = &buffer{dev: dev, dtype: c.outTypes[i], dims: c.outDims[i], p: ps[i]}
	}
	done := newEvent()
	job := func() {
		err := run(dev, c, ins, ps, donated)
		for i, p := range ps {
			if c.tokenResult[i] && err != nil {
				// A token carries no data: the failure stays with the
				// execution's arrays and its event, and the next execution
				// of the effect chain still runs (as on XLA:CPU).
				p.data = tensor.New(tensor.I1, []int64{0})
				p.ready.complete(nil)
				continue
			}
			p.ready.complete(err)
		}
		done.complete(err)
	}
	if !(ready && c.short() && dev.tryInline(job)) {
		dev.enqueue(job)
	}
	return outs, done, nil
}

func run(dev *device, c *compiled, ins, outs []*payload, donated []bool) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errorf(codeInternal, "hlovm: %s: panic: %v", c.name, r)
		}
	}()
	in := make([]*tensor.Buffer, len(ins))
	for i, p := range ins {
		if c.tokenParam[i] {
			continue // the VM ignores token arguments; they need not be ready
		}
		if in[i], err = p.get(); err != nil {
			return err
		}
	}
	start := time.Now()
	res, err := observedRun(dev, c, in, donated) // observe.go: metrics, trace, tier report
	c.timed(time.Since(start))
	if err != nil {
		return err
	}
	if len(res) != len(outs) {
		return errorf(codeInternal, "hlovm: %s returned %d results, expected %d", c.name, len(res), len(outs))
	}
	// Each output buffer owns its storage (a later donation writes it), so a
	// result returned twice is copied.
	for i, r := range res {
		if r == nil { // a token
			res[i] = tensor.New(tensor.I1, []int64{0})
			continue
		}
		if len(r.Data) > 0 && sharesStorage(res[:i], r) {
			res[i] = r.Clone()
		}
	}
	for i, r := range res {
		outs[i].data = r
	}
	return nil
}

// source is what keepSource stored: the bytes a compiled program came from
// (here, in a file without cgo, so the package's pure-Go part stands alone).
type source struct{ code, opts []byte }

// sharesStorage reports whether b's storage is one of bs's.
func sharesStorage(bs []*tensor.Buffer, b *tensor.Buffer) bool {
	for _, x := range bs {
		if x != nil && len(x.Data) > 0 && &x.Data[0] == &b.Data[0] {
			return true
		}
	}
	return false
}

// runVM runs c once. Runs without donation or profile of a short program
// reuse a pooled session; others get a fresh one, so storage the VM took
// over from a donated argument never stays in a session's buffer pool.
func (c *compiled) runVM(in []*tensor.Buffer, opts vm.Options) ([]*tensor.Buffer, *vm.Stats, error) {
	ctx := context.Background()
	if opts.Donated != nil || opts.Profile || !c.short() {
		return engine.Run(ctx, c.exe, in, opts)
	}
	s, _ := c.sessions.Get().(engine.Session)
	if s == nil {
		s = c.exe.NewSession(opts)
	}
	res, st, err := s.Run(ctx, in)
	if err == nil { // a failed run may leave its session half-way
		c.sessions.Put(s)
	}
	return res, st, err
}
