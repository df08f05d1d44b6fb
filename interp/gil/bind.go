package gil

import (
	"bytes"
	"runtime"
	"strconv"
	"sync/atomic"
)

// Binding threads to goroutines.
//
// A Python thread runs on one goroutine: a thread started by Start on its own, the main
// thread on the goroutine that entered the interpreter through Enter, a temporary thread
// of Enter or Ensure on the goroutine that asked for it. The thread records that
// goroutine's id when it is bound, so that an entry from Go (Enter) can tell whether its
// caller already holds the GIL (a host function called from Python that calls back into
// Python) or must take it (any other goroutine), and so that Holding can tell which of
// several interpreters whose GIL is held the caller belongs to. Go gives no cheap goroutine
// id: goid reads it from the header of runtime.Stack, which costs about a microsecond, so
// it is only read at entries from Go and when two interpreters run at once, never at the
// switch points.

// goid returns the id of the calling goroutine.
func goid() int64 {
	var buf [64]byte
	b := buf[:runtime.Stack(buf[:], false)]
	b = bytes.TrimPrefix(b, []byte("goroutine "))
	if i := bytes.IndexByte(b, ' '); i > 0 {
		b = b[:i]
	}
	id, _ := strconv.ParseInt(string(b), 10, 64)
	return id
}

// bind records that t runs on the calling goroutine.
func (t *Thread) bind() { t.g.Store(goid()) }

// HeldByCaller returns the thread the calling goroutine runs as if it holds the GIL, nil
// otherwise.
func (rt *Runtime) HeldByCaller() *Thread {
	h := rt.Current()
	if h != nil && h.g.Load() == goid() {
		return h
	}
	return nil
}

// Enter makes the calling goroutine hold the GIL for Go code that enters Python (the
// embedding API: Exec, Eval, Call). A goroutine that already holds it (a host function
// called from Python) goes on as the thread it is; otherwise it runs as the main thread
// when no other goroutine uses the main thread (so that signals and cancellation reach
// it), else as a temporary thread. The returned function gives back what Enter took.
func (rt *Runtime) Enter() (t *Thread, release func()) {
	if h := rt.HeldByCaller(); h != nil {
		return h, func() {}
	}
	if rt.mainMu.TryLock() {
		return rt.enterMain()
	}
	return rt.Ensure()
}

// EnterMain makes the calling goroutine run as the main thread holding the GIL, waiting
// until no other goroutine does (the command-line behaviour: the script, then the exit
// path, as the main thread). The returned function gives the main thread back.
func (rt *Runtime) EnterMain() (t *Thread, release func()) {
	rt.mainMu.Lock()
	return rt.enterMain()
}

func (rt *Runtime) enterMain() (*Thread, func()) {
	m := rt.main
	m.bind()
	m.Acquire()
	return m, func() {
		m.Release()
		rt.mainMu.Unlock()
	}
}

// Interrupt asks thread t to raise the exception mk returns at its next switch point, or at
// once if it is blocked in Wait, Sleep or (the main thread) Poll. It may be called from any
// goroutine; a later call replaces an interrupt not yet delivered. The function it returns
// withdraws this interrupt if it has not been delivered yet.
func (t *Thread) Interrupt(mk func() error) (withdraw func()) {
	p := &mk
	if t.interrupt.Swap(p) == nil {
		t.rt.interrupts.Add(1)
	}
	t.wakeUp()
	if t.IsMain() {
		t.rt.wakeFd.signal()
	} else if w := t.pollWake.Load(); w != nil {
		w.signal()
	}
	return func() {
		if t.interrupt.CompareAndSwap(p, nil) {
			t.rt.interrupts.Add(-1)
		}
	}
}

// takeInterrupt returns the exception of a pending interrupt of t, nil if none.
func (t *Thread) takeInterrupt() error {
	if t.rt.interrupts.Load() == 0 {
		return nil
	}
	if mk := t.interrupt.Swap(nil); mk != nil {
		t.rt.interrupts.Add(-1)
		return (*mk)()
	}
	return nil
}

// interruptState is kept beside the thread's other fields (thread.go).
type interruptState struct {
	g         atomic.Int64                 // the goroutine the thread runs on (bind)
	interrupt atomic.Pointer[func() error] // Interrupt's request
	pollWake  atomic.Pointer[wakeFd]       // woken by Interrupt in Poll (not the main thread)
}
