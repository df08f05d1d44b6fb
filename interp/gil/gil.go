// Package gil is gopy's thread model: one global interpreter lock (GIL) per interpreter, the
// per-thread state of every Python thread, and the switch points where the GIL changes hands
// and pending signals are delivered.
//
// A gpython context is not safe for concurrent use, so Python code of one interpreter runs
// only while holding its GIL (Runtime). Python threads are goroutines, each with a Thread
// (its identity, its recursion depth, its thread-local values). The GIL changes hands:
//
//   - at switch points: the interpreter's py.VmEvalCode/py.VmRunFrame hooks call
//     (*Runtime).Check at every Python call; when another thread has been waiting and the
//     holder has run for the switch interval (sys.setswitchinterval, 5 ms), the holder
//     releases the GIL and queues for it again;
//   - around every blocking native call: Wait (locks, events, joins), Sleep, WaitFd (pipes,
//     sockets, child processes) and Unlocked (any other system call) release the GIL while
//     blocked and take it back before returning.
//
// Signals (package modules/signal) are recorded by Trip from any goroutine; they are handled
// in the main thread only, as CPython does, at the next switch point or inside the blocking
// call the main thread is in (Wait, Sleep and WaitFd wake up, run the handlers, and return
// the exception a handler raised, or go on waiting).
//
// The current thread is the one holding the GIL: a goroutine that holds it finds its own
// Thread with Current. Go code that calls Python from a goroutine of its own takes the GIL
// with Ensure. Native modules import this package, never interp.
package gil

import (
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-python/gpython/py"
)

// DefaultSwitchInterval is the switch interval of a new interpreter, as CPython's.
const DefaultSwitchInterval = 5 * time.Millisecond

// DefaultRecursionLimit is the recursion limit of a new interpreter, as CPython's.
const DefaultRecursionLimit = 1000

// DefaultIntMaxStrDigits is CPython 3.11's limit on the digits of a decimal int/str
// conversion (sys.int_info.default_max_str_digits).
const DefaultIntMaxStrDigits = 4300

// SignalFunc runs the Python handler of signal sig in the main thread, with the GIL held.
// The error it returns (the exception the handler raised) is raised where the main thread
// was interrupted.
type SignalFunc func(ctx py.Context, sig int) error

// Runtime is the thread state of one interpreter: its GIL and its threads.
type Runtime struct {
	ctx py.Context

	mu         sync.Mutex             // the GIL
	holder     atomic.Pointer[Thread] // the thread holding mu, nil when free
	waiting    atomic.Int32           // goroutines blocked in acquire
	since      atomic.Int64           // when the holder took the GIL (monotonic ns)
	interval   atomic.Int64           // switch interval in ns
	limit      atomic.Int64           // recursion limit
	strDigits  atomic.Int64           // sys.get_int_max_str_digits()
	gen        atomic.Int64           // generation: Finalize counts the exit paths run
	mainMu     sync.Mutex             // held by the goroutine running as the main thread (Enter)
	interrupts atomic.Int32           // interrupts pending (Thread.Interrupt)

	tmu     sync.Mutex
	threads map[int64]*Thread
	main    *Thread

	pending  atomic.Uint64 // signals tripped and not yet handled (bit n = signal n)
	signalFn atomic.Pointer[SignalFunc]
	wakeFd   *wakeFd // written by Trip, polled by WaitFd in the main thread

	callsMu  sync.Mutex
	calls    []func() // pending calls (AddPendingCall), run at the next switch point
	hasCalls atomic.Bool

	valuesMu sync.Mutex
	values   map[any]any // per-interpreter state of packages (Value)

	ended     chan struct{} // closed by Close: threads left behind end (Acquire)
	closeOnce sync.Once
	closed    atomic.Bool // set by Close
}

var (
	runtimes sync.Map // py.Context -> *Runtime
	nextID   atomic.Int64
	start    = time.Now()
)

func nanotime() int64 { return int64(time.Since(start)) }

// New creates the Runtime of ctx with its main thread, which does not hold the GIL yet.
func New(ctx py.Context) *Runtime {
	rt := &Runtime{ctx: ctx, threads: map[int64]*Thread{}, ended: make(chan struct{})}
	rt.interval.Store(int64(DefaultSwitchInterval))
	rt.limit.Store(DefaultRecursionLimit)
	rt.strDigits.Store(DefaultIntMaxStrDigits)
	rt.wakeFd = newWakeFd()
	rt.main = rt.NewThread()
	rt.main.NativeID = pid()
	runtimes.Store(ctx, rt)
	return rt
}

// lastOf is the Runtime Of returned last: every Python call asks for the Runtime of its
// context, which is nearly always the same one.
var lastOf atomic.Pointer[Runtime]

// Of returns the Runtime of ctx, nil if ctx has none.
func Of(ctx py.Context) *Runtime {
	if ctx == nil {
		return nil
	}
	if rt := lastOf.Load(); rt != nil && rt.ctx == ctx && !rt.closed.Load() {
		return rt
	}
	v, ok := runtimes.Load(ctx)
	if !ok {
		return nil
	}
	rt := v.(*Runtime)
	lastOf.Store(rt)
	return rt
}

// Close forgets ctx's Runtime and releases its resources. The goroutines of threads left
// behind by an exit path (Finalize), blocked until now, end.
func (rt *Runtime) Close() {
	rt.closeOnce.Do(func() {
		rt.closed.Store(true)
		runtimes.Delete(rt.ctx)
		lastOf.CompareAndSwap(rt, nil)
		close(rt.ended)
		rt.wakeFd.close()
	})
}

// StopThreads asks every thread of the current generation other than the caller, the main
// thread holding the GIL, to raise the exception mk returns (at its next switch point, at
// once if it waits), and waits with the GIL released until they have finished or grace
// has passed; it reports whether they all finished. Threads that an earlier exit path
// left behind (Finalize) are not waited for: they never run Python again.
func (rt *Runtime) StopThreads(mk func() error, grace time.Duration) bool {
	deadline := time.Now().Add(grace)
	asked := map[*Thread]bool{}
	for {
		var live []*Thread
		for _, t := range rt.Threads() {
			if t != rt.main && t.gen == rt.gen.Load() {
				live = append(live, t)
			}
		}
		if len(live) == 0 {
			return true
		}
		left := time.Until(deadline)
		if left <= 0 {
			return false
		}
		for _, t := range live {
			if !asked[t] {
				asked[t] = true
				t.Interrupt(mk)
			}
		}
		rt.main.Release()
		tm := time.NewTimer(min(left, 50*time.Millisecond))
		select {
		case <-live[0].done:
		case <-tm.C:
		}
		tm.Stop()
		rt.main.Acquire()
	}
}

// Context returns the interpreter's context.
func (rt *Runtime) Context() py.Context { return rt.ctx }

// Main returns the main thread (the one signals are delivered to).
func (rt *Runtime) Main() *Thread { return rt.main }

// Current returns the thread holding the GIL. Only the goroutine holding the GIL may rely
// on the answer; it is nil when the GIL is free.
func (rt *Runtime) Current() *Thread { return rt.holder.Load() }

// Current returns the thread of ctx holding the GIL (see (*Runtime).Current), nil if ctx
// has no Runtime.
func Current(ctx py.Context) *Thread {
	if rt := Of(ctx); rt != nil {
		return rt.Current()
	}
	return nil
}

// SetSwitchInterval sets how long a thread runs before yielding the GIL to a waiting one.
func (rt *Runtime) SetSwitchInterval(d time.Duration) { rt.interval.Store(int64(d)) }

// SwitchInterval returns the switch interval.
func (rt *Runtime) SwitchInterval() time.Duration { return time.Duration(rt.interval.Load()) }

// SetRecursionLimit sets the maximum depth of Python calls of every thread.
func (rt *Runtime) SetRecursionLimit(n int) { rt.limit.Store(int64(n)) }

// SetIntMaxStrDigits sets the limit of decimal int/str conversions
// (sys.set_int_max_str_digits; 0: no limit).
func (rt *Runtime) SetIntMaxStrDigits(n int) { rt.strDigits.Store(int64(n)) }

// IntMaxStrDigits is the limit of decimal int/str conversions (sys.get_int_max_str_digits).
func (rt *Runtime) IntMaxStrDigits() int { return int(rt.strDigits.Load()) }

// RecursionLimit returns the maximum depth of Python calls.
func (rt *Runtime) RecursionLimit() int { return int(rt.limit.Load()) }

// SetSignalFunc installs the function that runs Python signal handlers.
func (rt *Runtime) SetSignalFunc(f SignalFunc) { rt.signalFn.Store(&f) }

// Finalize ends the threads of the run whose exit path is running: from now on a thread
// made before it, other than the main one, that tries to take the GIL blocks for ever, as
// daemon threads do in CPython when the interpreter exits. Threads made afterwards (by the
// next script an embedding program runs in the same interpreter) run normally.
func (rt *Runtime) Finalize() { rt.gen.Add(1) }

// Threads returns the live threads (those registered and not finished), main included, in
// the order they were created.
func (rt *Runtime) Threads() []*Thread {
	rt.tmu.Lock()
	defer rt.tmu.Unlock()
	out := make([]*Thread, 0, len(rt.threads))
	for _, t := range rt.threads {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Ident < out[j].Ident })
	return out
}

// Thread returns the live thread with the given ident, nil if there is none.
func (rt *Runtime) Thread(ident int64) *Thread {
	rt.tmu.Lock()
	defer rt.tmu.Unlock()
	return rt.threads[ident]
}

// Check is the switch point, called by the GIL holder t at every Python call: it yields the
// GIL when another thread has waited for longer than the switch interval, and in the main
// thread runs the handlers of pending signals, returning the exception one raised.
func (rt *Runtime) Check(t *Thread) error {
	if rt.waiting.Load() > 0 && nanotime()-rt.since.Load() >= rt.interval.Load() {
		t.Release()
		t.Acquire()
	}
	if rt.hasCalls.Load() {
		rt.RunPendingCalls()
	}
	if err := t.takeInterrupt(); err != nil {
		return err
	}
	if t == rt.main && rt.pending.Load() != 0 {
		return rt.RunSignals()
	}
	return nil
}

// AddPendingCall asks for fn to run with the GIL held, at the next switch point of whichever
// thread holds it (or at RunPendingCalls). It may be called from any goroutine: it is how
// work that arrives outside Python, such as a weak reference's callback once the garbage
// collector has freed the object, gets into the interpreter. fn reports its own errors.
func (rt *Runtime) AddPendingCall(fn func()) {
	rt.callsMu.Lock()
	rt.calls = append(rt.calls, fn)
	rt.hasCalls.Store(true)
	rt.callsMu.Unlock()
}

// RunPendingCalls runs the pending calls, in the order they were added; the caller holds the
// GIL. Calls added while they run are run too.
func (rt *Runtime) RunPendingCalls() {
	for {
		rt.callsMu.Lock()
		calls := rt.calls
		rt.calls = nil
		rt.hasCalls.Store(false)
		rt.callsMu.Unlock()
		if len(calls) == 0 {
			return
		}
		for _, fn := range calls {
			fn()
		}
	}
}

// Value returns the interpreter's value stored under key by some package (nil if none):
// per-interpreter state lives here, and goes with the Runtime.
func (rt *Runtime) Value(key any) any {
	rt.valuesMu.Lock()
	defer rt.valuesMu.Unlock()
	return rt.values[key]
}

// SetValue stores a per-interpreter value; nil deletes it.
func (rt *Runtime) SetValue(key, value any) {
	rt.valuesMu.Lock()
	defer rt.valuesMu.Unlock()
	if value == nil {
		delete(rt.values, key)
		return
	}
	if rt.values == nil {
		rt.values = map[any]any{}
	}
	rt.values[key] = value
}

// ValueOr returns the value under key, storing the one make returns first if there is none.
func (rt *Runtime) ValueOr(key any, make func() any) any {
	rt.valuesMu.Lock()
	defer rt.valuesMu.Unlock()
	if v, ok := rt.values[key]; ok {
		return v
	}
	if rt.values == nil {
		rt.values = map[any]any{}
	}
	v := make()
	rt.values[key] = v
	return v
}

// Trip records that signal sig arrived and wakes the main thread if it is blocked. It may be
// called from any goroutine.
func (rt *Runtime) Trip(sig int) {
	if sig <= 0 || sig >= 64 {
		return
	}
	for {
		old := rt.pending.Load()
		if rt.pending.CompareAndSwap(old, old|1<<uint(sig)) {
			break
		}
	}
	rt.main.wakeUp()
	rt.wakeFd.signal()
}

// Pending reports whether signal sig has been tripped and not handled yet.
func (rt *Runtime) Pending(sig int) bool {
	return sig > 0 && sig < 64 && rt.pending.Load()&(1<<uint(sig)) != 0
}

// RunSignals runs the handlers of the pending signals, in signal-number order; the caller
// is the main thread holding the GIL. The first exception a handler raises is returned; the
// signals not handled yet stay pending.
func (rt *Runtime) RunSignals() error {
	fn := rt.signalFn.Load()
	for {
		p := rt.pending.Load()
		if p == 0 {
			return nil
		}
		sig := 0
		for sig = 1; sig < 64 && p&(1<<uint(sig)) == 0; sig++ {
		}
		if !rt.pending.CompareAndSwap(p, p&^(1<<uint(sig))) {
			continue
		}
		if fn == nil {
			continue
		}
		if err := (*fn)(rt.ctx, sig); err != nil {
			return err
		}
	}
}

// Ensure makes the calling goroutine hold the GIL for Go code that calls Python: it takes the
// GIL with a temporary thread state and returns the function that gives it back. A goroutine
// that already holds the GIL must not call it.
func (rt *Runtime) Ensure() (t *Thread, release func()) {
	t = rt.NewThread()
	t.bind()
	t.Acquire()
	return t, func() {
		t.Release()
		t.Finish()
	}
}

// Holding returns the thread the calling goroutine runs as, for code that has no context (a
// type's constructor, the repr cycle guard, threading.local), nil if no interpreter's GIL is
// held. The caller must hold its interpreter's GIL (Python code and the Go code it calls
// always do; Go code of the host calls in through Enter): then, when one interpreter's GIL
// is held, its holder is the caller, and when several are, the caller is the holder bound
// to the calling goroutine (bind.go). Called without the GIL while another interpreter
// runs, it would answer that interpreter's thread.
func Holding() *Thread {
	var found *Thread
	n := 0
	runtimes.Range(func(_, v any) bool {
		if t := v.(*Runtime).Current(); t != nil {
			found = t
			n++
		}
		return n < 2
	})
	if n < 2 {
		return found
	}
	g := goid()
	found = nil
	runtimes.Range(func(_, v any) bool {
		if t := v.(*Runtime).Current(); t != nil && t.g.Load() == g {
			found = t
			return false
		}
		return true
	})
	return found
}
