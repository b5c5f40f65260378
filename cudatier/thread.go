package cudatier

import (
	"fmt"
	"runtime"
	"sync"
)

// thread is the goroutine that owns the CUDA context: locked to one OS
// thread for its life, it runs every job handed to it, one at a time.
type thread struct {
	jobs chan *job
}

type job struct {
	fn   func() error
	done chan error
}

var jobs = sync.Pool{New: func() any { return &job{done: make(chan error, 1)} }}

// startThread starts the owner goroutine and runs setup (making the context
// current) on it before anything else.
func startThread(setup func() error) (*thread, error) {
	t := &thread{jobs: make(chan *job)}
	ready := make(chan error, 1)
	go func() {
		// Never unlocked: the thread keeps the context current for good
		// (and exits with the goroutine if setup fails).
		runtime.LockOSThread()
		if err := safely(setup); err != nil {
			ready <- err
			return
		}
		ready <- nil
		for j := range t.jobs {
			j.done <- safely(j.fn)
		}
	}()
	if err := <-ready; err != nil {
		return nil, err
	}
	return t, nil
}

// do runs fn on the owner thread and returns its error.
func (t *thread) do(fn func() error) error {
	j := jobs.Get().(*job)
	j.fn = fn
	t.jobs <- j
	err := <-j.done
	j.fn = nil
	jobs.Put(j)
	return err
}

// safely runs fn, turning a panic into an error: a panic on the owner
// goroutine would end the host process.
func safely(fn func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cudatier: panic on the CUDA thread: %v", r)
		}
	}()
	return fn()
}
