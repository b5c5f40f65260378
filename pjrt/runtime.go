package main

// The plugin's Go side, free of cgo so that tests exercise it directly: events,
// buffers and their payloads, the device worker, strided copies, element types.

import (
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/hlovm/hlovm/tensor"
)

// PJRT error codes (absl status codes).
const (
	codeInvalidArgument    = 3
	codeNotFound           = 5
	codeFailedPrecondition = 9
	codeUnimplemented      = 12
	codeInternal           = 13
)

// pjrtError is an error with a PJRT code; other errors map to INTERNAL.
type pjrtError struct {
	code int
	msg  string
}

func (e *pjrtError) Error() string { return e.msg }

func errorf(code int, format string, a ...any) error {
	return &pjrtError{code, fmt.Sprintf(format, a...)}
}

func errorCode(err error) int {
	if e, ok := err.(*pjrtError); ok {
		return e.code
	}
	return codeInternal
}

// event completes once, with or without an error. Waiters block on done,
// made only when someone waits before completion (most eager runs complete
// before anyone asks); callbacks registered before completion run after it,
// outside the lock.
type event struct {
	mu   sync.Mutex
	fin  atomic.Bool
	err  error
	done chan struct{}
	cbs  []func(error)
}

func newEvent() *event { return &event{} }

// readyNil is the event of everything already complete without error;
// completed events never change, so one serves every caller.
var readyNil = func() *event {
	e := newEvent()
	e.complete(nil)
	return e
}()

// readyEvent is an event that has already completed.
func readyEvent(err error) *event {
	if err == nil {
		return readyNil
	}
	e := newEvent()
	e.complete(err)
	return e
}

func (e *event) complete(err error) {
	e.mu.Lock()
	if e.fin.Load() {
		e.mu.Unlock()
		return
	}
	e.err = err
	e.fin.Store(true)
	cbs := e.cbs
	e.cbs = nil
	if e.done != nil {
		close(e.done)
	}
	e.mu.Unlock()
	for _, cb := range cbs {
		cb(err)
	}
}

func (e *event) isReady() bool { return e.fin.Load() }

func (e *event) wait() error {
	if e.fin.Load() { // err is written before fin
		return e.err
	}
	e.mu.Lock()
	if e.fin.Load() {
		e.mu.Unlock()
		return e.err
	}
	if e.done == nil {
		e.done = make(chan struct{})
	}
	done := e.done
	e.mu.Unlock()
	<-done
	return e.err
}

// onReady runs cb with the event's error: at once if it has completed,
// otherwise from the goroutine that completes it.
func (e *event) onReady(cb func(error)) {
	if e.fin.Load() {
		cb(e.err)
		return
	}
	e.mu.Lock()
	if !e.fin.Load() {
		e.cbs = append(e.cbs, cb)
		e.mu.Unlock()
		return
	}
	err := e.err
	e.mu.Unlock()
	cb(err)
}

// payload is a buffer's storage: data is set once, before ready completes,
// and the storage is never written afterwards except by donation (which JAX
// only does once every other user of the array is done).
type payload struct {
	ready *event
	data  *tensor.Buffer
}

// get waits for the payload and returns its data.
func (p *payload) get() (*tensor.Buffer, error) {
	if err := p.ready.wait(); err != nil {
		return nil, err
	}
	return p.data, nil
}

// buffer is a PJRT_Buffer: shape, type and a payload until deleted.
type buffer struct {
	dev   *device
	dtype tensor.DType
	dims  []int64

	mu      sync.Mutex
	p       *payload
	deleted bool
	counted bool // in dev's memory stats (buffers handed to JAX)
}

func (b *buffer) payload() (*payload, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.deleted || b.p == nil {
		return nil, errorf(codeFailedPrecondition, "hlovm: buffer %v%v has been deleted or donated", b.dtype, b.dims)
	}
	return b.p, nil
}

// readyEvent is the event of the buffer's payload (ready with an error if deleted).
func (b *buffer) readyEvent() *event {
	p, err := b.payload()
	if err != nil {
		return readyEvent(err)
	}
	return p.ready
}

func (b *buffer) delete() {
	b.mu.Lock()
	release := b.counted && !b.deleted
	b.deleted, b.p = true, nil
	b.mu.Unlock()
	if release {
		b.dev.stats.free(int64(b.byteSize()))
	}
}

// track counts b in its device's memory stats until it is deleted.
func (b *buffer) track() {
	b.mu.Lock()
	add := !b.counted && !b.deleted
	b.counted = true
	b.mu.Unlock()
	if add {
		b.dev.stats.alloc(int64(b.byteSize()))
	}
}

// memStats are a device's PJRT memory statistics: the bytes of live buffers
// JAX holds (a run's temporaries are not counted), their peak, how many
// buffers were made and the largest.
type memStats struct {
	mu                           sync.Mutex
	inUse, peak, allocs, largest int64
}

func (m *memStats) alloc(n int64) {
	m.mu.Lock()
	m.inUse += n
	m.allocs++
	m.peak = max(m.peak, m.inUse)
	m.largest = max(m.largest, n)
	m.mu.Unlock()
}

func (m *memStats) free(n int64) {
	m.mu.Lock()
	m.inUse -= n
	m.mu.Unlock()
}

func (m *memStats) snapshot() (inUse, peak, allocs, largest int64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.inUse, m.peak, m.allocs, m.largest
}

func (b *buffer) isDeleted() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.deleted
}

func (b *buffer) byteSize() int {
	return int(tensor.NumElements(b.dims)) * b.dtype.StorageSize()
}

// device runs work in order, as an XLA stream does: jobs queue behind each
// other and one worker goroutine runs them, so Execute returns at once. A
// job may instead run inline on the caller's thread (tryInline), but only
// while nothing is queued or running, so the order is the same either way.
type device struct {
	id     int
	kind   string
	stats  memStats
	listed atomic.Bool // in observe.go's devices
	// Its C objects (PJRT_Device*, PJRT_Memory*), set once by newClient, so
	// every output buffer does not look them up under a global lock.
	cdev, cmem atomic.Pointer[byte]

	mu    sync.Mutex
	work  sync.Cond // the worker waits here for a runnable job
	space sync.Cond // enqueue waits here while the queue is full
	q     []func()  // queued jobs, oldest first
	busy  bool      // a job is running (worker or inline)
}

// maxQueued bounds how far callers run ahead of the device.
const maxQueued = 1024

func newDevice(id int, kind string) *device {
	d := &device{id: id, kind: kind}
	d.work.L, d.space.L = &d.mu, &d.mu
	go d.worker()
	return d
}

func (d *device) worker() {
	for {
		d.mu.Lock()
		for len(d.q) == 0 || d.busy {
			d.work.Wait()
		}
		job := d.q[0]
		n := copy(d.q, d.q[1:]) // keeps the slice's storage for the next jobs
		d.q[n] = nil
		d.q = d.q[:n]
		d.busy = true
		d.space.Signal()
		d.mu.Unlock()
		runJob(job)
		d.mu.Lock()
		d.busy = false
		d.mu.Unlock()
	}
}

func (d *device) enqueue(job func()) {
	d.mu.Lock()
	for len(d.q) >= maxQueued {
		d.space.Wait()
	}
	d.q = append(d.q, job)
	d.work.Signal()
	d.mu.Unlock()
}

// tryInline runs job on the calling goroutine and reports true when the
// device is idle (nothing queued or running); otherwise it does nothing.
// Jobs queued meanwhile wait for it, as they would behind a queued job.
func (d *device) tryInline(job func()) bool {
	d.mu.Lock()
	if d.busy || len(d.q) > 0 {
		d.mu.Unlock()
		return false
	}
	d.busy = true
	d.mu.Unlock()
	runJob(job)
	d.mu.Lock()
	d.busy = false
	if len(d.q) > 0 {
		d.work.Signal()
	}
	d.mu.Unlock()
	return true
}

// runJob runs one queued job. Jobs report their own errors (run recovers);
// this recover only keeps a panic outside that from ending the host process
// and the device's queue with it.
func runJob(job func()) {
	defer func() { _ = recover() }()
	job()
}

// PJRT_Buffer_Type numbering (not XLA's PrimitiveType numbering).
var pjrtTypes = map[int]tensor.DType{
	1: tensor.I1, 2: tensor.I8, 3: tensor.I16, 4: tensor.I32, 5: tensor.I64,
	6: tensor.U8, 7: tensor.U16, 8: tensor.U32, 9: tensor.U64,
	10: tensor.F16, 11: tensor.F32, 12: tensor.F64, 13: tensor.BF16,
	14: tensor.C64, 15: tensor.C128,
	16: tensor.F8E5M2, 17: tensor.F8E4M3FN, 18: tensor.F8E4M3B11FNUZ,
	19: tensor.F8E5M2FNUZ, 20: tensor.F8E4M3FNUZ, 21: tensor.I4, 22: tensor.U4,
	24: tensor.I2, 25: tensor.U2, 26: tensor.F8E4M3, 27: tensor.F8E3M4,
	28: tensor.F8E8M0FNU, 29: tensor.F4E2M1FN,
}

var dtypeToPJRT = func() map[tensor.DType]int {
	m := map[tensor.DType]int{}
	for k, v := range pjrtTypes {
		m[v] = k
	}
	return m
}()

func fromPJRTType(t int) (tensor.DType, error) {
	if d, ok := pjrtTypes[t]; ok {
		return d, nil
	}
	return tensor.Invalid, errorf(codeInvalidArgument, "hlovm: unsupported PJRT element type %d", t)
}

func toPJRTType(d tensor.DType) int { return dtypeToPJRT[d] } // 0 (INVALID) if none

// denseStrides are the row-major byte strides of dims.
func denseStrides(dims []int64, elem int) []int64 {
	s := tensor.Strides(dims)
	for i := range s {
		s[i] *= int64(elem)
	}
	return s
}

// stridedSpan is the byte range [lo, hi) that a strided array with origin 0
// touches; strides may be negative.
func stridedSpan(dims, strides []int64, elem int) (lo, hi int64) {
	hi = int64(elem)
	for i, d := range dims {
		if d == 0 {
			return 0, 0
		}
		ext := (d - 1) * strides[i]
		if ext < 0 {
			lo += ext
		} else {
			hi += ext
		}
	}
	return lo, hi
}

// copyStrided copies a dims-shaped array of elem-byte elements from src (with
// origin srcOff and byte strides ss) to dst (origin dstOff, strides ds).
// Contiguous innermost runs are copied with copy().
func copyStrided(dst []byte, dstOff int64, ds []int64, src []byte, srcOff int64, ss []int64, dims []int64, elem int) {
	if tensor.NumElements(dims) == 0 {
		return
	}
	n := len(dims)
	if n == 0 {
		copy(dst[dstOff:dstOff+int64(elem)], src[srcOff:srcOff+int64(elem)])
		return
	}
	// Both sides dense row-major: one copy.
	if dense := denseStrides(dims, elem); equalStrides(ds, dense) && equalStrides(ss, dense) {
		n := tensor.NumElements(dims) * int64(elem)
		copy(dst[dstOff:dstOff+n], src[srcOff:srcOff+n])
		return
	}
	// Merge the innermost dimension into a run when both sides are dense there.
	run := int64(elem)
	inner := n
	if ds[n-1] == int64(elem) && ss[n-1] == int64(elem) {
		run = dims[n-1] * int64(elem)
		inner = n - 1
	}
	idx := make([]int64, inner)
	for {
		so, do := srcOff, dstOff
		for i := 0; i < inner; i++ {
			so += idx[i] * ss[i]
			do += idx[i] * ds[i]
		}
		copy(dst[do:do+run], src[so:so+run])
		i := inner - 1
		for ; i >= 0; i-- {
			idx[i]++
			if idx[i] < dims[i] {
				break
			}
			idx[i] = 0
		}
		if i < 0 {
			return
		}
	}
}

func equalStrides(a, b []int64) bool {
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

// layoutStrides are the byte strides of a dense array laid out with the given
// minor-to-major dimension order.
func layoutStrides(dims, minorToMajor []int64, elem int) ([]int64, error) {
	if len(minorToMajor) != len(dims) {
		return nil, errorf(codeInvalidArgument, "hlovm: layout has %d dimensions, array has %d", len(minorToMajor), len(dims))
	}
	s := make([]int64, len(dims))
	seen := make([]bool, len(dims))
	acc := int64(elem)
	for _, d := range minorToMajor {
		if d < 0 || int(d) >= len(dims) || seen[d] {
			return nil, errorf(codeInvalidArgument, "hlovm: bad minor_to_major %v", minorToMajor)
		}
		seen[d] = true
		s[d] = acc
		acc *= dims[d]
	}
	return s, nil
}

// handleTable hands out small integers for Go objects that C memory refers
// to (cgo.Handle's job, for less than its sync.Map costs per eager op).
// Handles start at 1; a freed one is reused.
type handleTable struct {
	mu   sync.Mutex
	vals []any
	free []uintptr
}

var handles handleTable

func (t *handleTable) new(v any) uintptr {
	t.mu.Lock()
	defer t.mu.Unlock()
	if n := len(t.free); n > 0 {
		h := t.free[n-1]
		t.free = t.free[:n-1]
		t.vals[h-1] = v
		return h
	}
	t.vals = append(t.vals, v)
	return uintptr(len(t.vals))
}

// value is h's object; it panics on a handle that is not live.
func (t *handleTable) value(h uintptr) any {
	t.mu.Lock()
	var v any
	if h-1 < uintptr(len(t.vals)) {
		v = t.vals[h-1]
	}
	t.mu.Unlock()
	if v == nil {
		panic(fmt.Sprintf("hlovm: invalid handle %d", h))
	}
	return v
}

func (t *handleTable) delete(h uintptr) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if h-1 < uintptr(len(t.vals)) && t.vals[h-1] != nil {
		t.vals[h-1] = nil
		t.free = append(t.free, h)
	}
}
