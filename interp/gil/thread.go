package gil

import (
	"runtime"
	"sync/atomic"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"
)

// Thread is the state of one Python thread. Its fields other than Ident and NativeID are
// used only by the goroutine running the thread, while it holds the GIL.
type Thread struct {
	rt *Runtime
	// Ident is the thread's identifier (threading.get_ident()), unique among live threads.
	Ident int64
	// NativeID is the operating system's id of the thread (threading.get_native_id()).
	NativeID int
	// Depth is the number of Python frames the thread is running (for the recursion limit).
	Depth int
	// FinalizeAt is the depth of the innermost frame that owns an object with a finalizer
	// (package finalize): when a frame returns to a depth below it, finalizers may be due.
	FinalizeAt int

	// CallState is the per-thread state of the call path (interp keeps its frame pool
	// there: see internal/frames.Pool).
	CallState any

	// Profile is the thread's profile function (sys.setprofile), nil when there is none;
	// Profiling is true while it runs, so that its own calls are not reported.
	Profile   py.Object
	Profiling bool

	values map[any]any
	frames []*py.Frame   // the frames of the running Python calls, innermost last
	handed atomic.Uint64 // how many times a running frame was handed out (Frame, Caller, Frames)
	wake   chan struct{} // a token: a signal arrived (main thread only)
	done   chan struct{} // closed by Finish
	gen    int64         // the interpreter's generation when the thread was made (Finalize)
	held   bool          // t holds the GIL (Acquire, Release)

	interruptState
}

// identBase makes idents look like CPython's (large pthread_t values) without being
// addresses: tests must not print them anyway.
const identBase = 139_800_000_000_000

// NewThread registers a new thread state; it does not hold the GIL.
func (rt *Runtime) NewThread() *Thread {
	t := &Thread{
		rt:     rt,
		Ident:  identBase + nextID.Add(1)*4096,
		values: map[any]any{},
		wake:   make(chan struct{}, 1),
		done:   make(chan struct{}),
		gen:    rt.gen.Load(),
	}
	rt.tmu.Lock()
	rt.threads[t.Ident] = t
	rt.tmu.Unlock()
	return t
}

// Runtime returns the thread's interpreter.
func (t *Thread) Runtime() *Runtime { return t.rt }

// IsMain reports whether t is its interpreter's main thread.
func (t *Thread) IsMain() bool { return t == t.rt.main }

// Acquire takes the GIL for t, blocking while another thread holds it. A thread other than
// the main one that was made before the interpreter last finalized (a daemon thread the
// exit path left running) blocks for ever.
func (t *Thread) Acquire() {
	rt := t.rt
	if !rt.mu.TryLock() {
		rt.waiting.Add(1)
		rt.mu.Lock()
		rt.waiting.Add(-1)
	}
	if t.gen < rt.gen.Load() && t != rt.main {
		rt.mu.Unlock()
		// A daemon thread at interpreter exit never runs Python again; when the
		// interpreter is closed, its goroutine ends (its deferred calls run without the
		// GIL: Release does nothing then).
		<-rt.ended
		runtime.Goexit()
	}
	rt.holder.Store(t)
	rt.since.Store(nanotime())
	t.held = true
}

// Release gives the GIL up; t must hold it, except on a goroutine that Acquire is ending
// (see Acquire), where it does nothing.
func (t *Thread) Release() {
	if !t.held {
		return
	}
	t.held = false
	t.rt.holder.Store(nil)
	t.rt.mu.Unlock()
}

// Finish unregisters a thread that has ended and wakes its joiners (Done).
func (t *Thread) Finish() {
	t.rt.tmu.Lock()
	delete(t.rt.threads, t.Ident)
	t.rt.tmu.Unlock()
	if w := t.pollWake.Load(); w != nil {
		w.close()
	}
	close(t.done)
}

// Done is closed when the thread has finished.
func (t *Thread) Done() <-chan struct{} { return t.done }

// Value returns the thread-local value stored under key (nil if none). The caller holds
// the GIL (as any thread).
func (t *Thread) Value(key any) any { return t.values[key] }

// SetValue stores a thread-local value; nil deletes it. The caller holds the GIL (as any
// thread: threading sets the object of a thread it starts).
func (t *Thread) SetValue(key, value any) {
	if value == nil {
		delete(t.values, key)
		return
	}
	t.values[key] = value
}

// PushFrame records that the thread starts running frame f (a call or a generator's
// resumption: the VM hooks do it).
func (t *Thread) PushFrame(f *py.Frame) { t.frames = append(t.frames, f) }

// PopFrame records that the innermost frame has stopped running.
func (t *Thread) PopFrame() {
	if n := len(t.frames); n > 0 {
		t.frames[n-1] = nil
		t.frames = t.frames[:n-1]
	}
}

// Handed counts the frames handed out by Frame, Caller and Frames: a frame handed out
// while it ran may be referred to after its call returned, so the call path does not
// reuse it.
func (t *Thread) Handed() uint64 { return t.handed.Load() }

// Frame returns the running frame depth levels out from the innermost one (0 is the
// innermost: what sys._getframe(depth) gives), nil if there are not that many.
func (t *Thread) Frame(depth int) *py.Frame {
	t.handed.Add(1)
	return t.frameAt(depth)
}

// Running is Frame without handing the frame out: for a look at its state (the code it
// runs, the instruction it is at) that keeps no reference to it.
func (t *Thread) Running(depth int) *py.Frame { return t.frameAt(depth) }

func (t *Thread) frameAt(depth int) *py.Frame {
	if n := len(t.frames); depth >= 0 && depth < n {
		return t.frames[n-1-depth]
	}
	return nil
}

// Top returns the innermost running frame (nil if none) for its identity only: unlike
// Frame, it does not count as handing the frame out, so the caller must not keep it.
func (t *Thread) Top() *py.Frame { return t.frameAt(0) }

// Caller returns the frame that f is running for (f.f_back), nil if f is the outermost
// frame or is not running on this thread.
func (t *Thread) Caller(f *py.Frame) *py.Frame {
	t.handed.Add(1)
	for i := len(t.frames) - 1; i > 0; i-- {
		if t.frames[i] == f {
			return t.frames[i-1]
		}
	}
	return nil
}

// Frames returns the frames running on the thread, outermost first (a copy).
func (t *Thread) Frames() []*py.Frame {
	t.handed.Add(1)
	return append([]*py.Frame(nil), t.frames...)
}

// Runs reports whether frame f is running on the thread.
func (t *Thread) Runs(f *py.Frame) bool {
	for i := len(t.frames) - 1; i >= 0; i-- {
		if t.frames[i] == f {
			return true
		}
	}
	return false
}

// Globals returns the module namespace of the innermost running Python call, nil if none.
func (t *Thread) Globals() py.StringDict { return t.GlobalsAt(0) }

// GlobalsAt returns the module namespace of the Python call depth levels out from the
// innermost one (0 is Globals()), nil if there are not that many: sys._getframe(depth)
// .f_globals, for library code that must know its caller's module.
func (t *Thread) GlobalsAt(depth int) py.StringDict {
	if f := t.frameAt(depth); f != nil {
		return f.Globals
	}
	return nil
}

func (t *Thread) wakeUp() {
	select {
	case t.wake <- struct{}{}:
	default:
	}
}

// Start runs fn on a new goroutine (locked to an OS thread, whose id becomes NativeID) that
// holds the GIL as t; the GIL is released and t finished when fn returns. t comes from
// NewThread, so it is registered (Threads lists it) before Start returns.
func (t *Thread) Start(fn func(t *Thread)) {
	ready := make(chan struct{})
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		t.NativeID = unix.Gettid()
		t.bind()
		close(ready)
		t.Acquire()
		defer t.Finish()
		defer t.Release()
		fn(t)
	}()
	<-ready
}

func pid() int { return unix.Getpid() }
