package conform

import (
	"fmt"
	"sync"

	"github.com/hlovm/hlovm/interp"
	"github.com/hlovm/hlovm/stablehlo"
	"github.com/hlovm/hlovm/tensor"
)

// interpreter.probe passes its operand through and records it under its
// probe_id (one record per execution: a probe in a loop records every
// iteration); check.expect_serialized_eq compares a value with record number
// `iteration` of a probe. The reference interpreter writes probes to files and
// reads them back; here the records stay in memory for the current case
// (RunFile runs one case at a time and clears them between cases).
var probes = struct {
	sync.Mutex
	m map[string][]*tensor.Buffer
}{m: map[string][]*tensor.Buffer{}}

func resetProbes() {
	probes.Lock()
	probes.m = map[string][]*tensor.Buffer{}
	probes.Unlock()
}

func init() {
	if !interp.Has("interpreter.probe") {
		interp.Register("interpreter.probe", func(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
			id, ok := op.Attr("probe_id").(stablehlo.StringAttr)
			if !ok || len(op.Operands) != 1 {
				return nil, fmt.Errorf("want one operand and a probe_id")
			}
			return func(_ *interp.Ctx, args, results []*tensor.Buffer) error {
				copy(results[0].Data, args[0].Data)
				probes.Lock()
				probes.m[id.Value] = append(probes.m[id.Value], args[0].Clone())
				probes.Unlock()
				return nil
			}, nil
		})
	}
	if !interp.Has("check.expect_serialized_eq") {
		interp.Register("check.expect_serialized_eq", func(op *stablehlo.Op, _ interp.Env) (interp.Kernel, error) {
			id, ok := op.Attr("probe_id").(stablehlo.StringAttr)
			if !ok || len(op.Operands) != 1 {
				return nil, fmt.Errorf("want one operand and a probe_id")
			}
			iter := int64(0)
			if it, ok := op.Attr("iteration").(*stablehlo.IntegerAttr); ok {
				iter = it.Value
			}
			return func(_ *interp.Ctx, args, _ []*tensor.Buffer) error {
				probes.Lock()
				recs := probes.m[id.Value]
				probes.Unlock()
				if iter < 0 || iter >= int64(len(recs)) {
					return fmt.Errorf("probe %q has %d records, no iteration %d", id.Value, len(recs), iter)
				}
				return compare(modeEq, params{}, recs[iter], args[0])
			}, nil
		})
	}
}
