// Package finalize gives gopy's finalizers the points where CPython runs them.
//
// CPython runs a finalizer (a class's __del__, a weak reference's callback, the flush and
// close of a file object, a Pool's or a manager's shutdown) when the last reference to the
// object goes, and scripts see it happen there: a function's local file is written when the
// function returns, `del x` prints what x.__del__ prints. gopy has no reference counts: Go's
// tracing collector frees an object some time after it became unreachable. This package
// makes the moment deterministic for the objects that have a finalizer, at the points
// where CPython's last reference typically goes:
//
//   - a Python function returns (interp's call hook) and an object with a finalizer was
//     registered while it ran (the thread's FinalizeAt mark is set to the registering
//     frame's depth, so the test is one comparison per return and ordinary calls pay
//     nothing more);
//   - a `del` statement ends (the compiler emits a test of compiler.DelPoint after it) and
//     the interpreter has objects with finalizers;
//   - gc.collect(), open() when a file object with unwritten data was dropped, and exit.
//
// At such a point Collect clears the stale slots of the frames' value stacks, runs Go's
// collector, and then finishes, with the GIL held and in the order they were registered,
// the objects the collector found unreachable: a weak pointer to each tells which (Go
// clears it only when nothing can reach the object any more, so an object still
// reachable is never finalized). The sweepers other packages add (io's file objects,
// weakref's callbacks) run after the collector in the same pass. An object that survives
// its frame's return is owned by the caller from then on (its level drops to the caller's
// depth), so an object returned by a factory is looked at again when the caller returns:
// each registration costs at most as many collections as its frame's depth. Automatic
// collections (returns and `del`) are skipped while they have taken more than half of the
// interpreter's running time, so a loop that makes and drops such objects runs at most
// about twice as slowly as without them (the first 100 always run, so a script's first
// points behave the same on any machine); the next point catches up.
//
// What this cannot give: an object dropped by rebinding a name (`x = None`) or by leaving a
// loop iteration is finalized only at the next point; objects in reference cycles wait for
// exit, as CPython's wait for its cycle collector.
package finalize

import (
	"fmt"
	"os"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/frames"
	"github.com/gopyrt/gopy/interp/gil"
)

// entry is one registered object.
type entry struct {
	gone   func() bool  // reports that the collector freed the object
	state  func() State // whether it needs a collection (nil: always)
	finish func()       // runs its finalizer (nil: the entry only marks a point)
	t      *gil.Thread  // the thread whose frame owns it
	level  int          // the depth of that frame
	born   int          // the depth it was registered at (level follows the owner)
	id     uintptr      // the object's address (RegisterHolderAt), for Hint; 0 if unknown
	holds  bool         // RegisterHolder
	snap   func()       // RegisterSnapshot: copies the object's parts before a collection
}

// State is what a registered object asks of the points.
type State int

const (
	// Needs: a collection at the next point would finish the object if it is gone
	// (a __del__ to run, a file with unwritten data, a descriptor a peer waits on).
	Needs State = iota
	// Idle: nothing to do now, but the object may need a collection later (an open file
	// whose buffer is empty).
	Idle
	// Done: the object was finished some other way (closed); the entry is dropped.
	Done
)

func (e *entry) now() State {
	if e.state == nil {
		return Needs
	}
	return e.state()
}

// registry is an interpreter's registered objects (gil.Runtime.Value).
type registry struct {
	mu      sync.Mutex
	entries []*entry
	begun   time.Time       // when the interpreter first registered something
	spent   time.Duration   // time spent in automatic collections
	autos   int             // how many automatic collections ran
	after   int             // how many entries were left after the last collection
	busy    bool            // a collection is running (finalizers may reach a point)
	hint    map[uintptr]int // Hint's order for the next collection
	// genFrames counts the registrations made while a generator's frame ran, by the
	// frame's address (never dereferenced): its end is a point for them.
	genFrames map[uintptr]int
}

type registryKey struct{}

// live counts the registered objects of every interpreter, and made the registrations
// ever made, so that the cheapest points (after a name is rebound) cost an atomic load or
// two while there are none or none is new.
var (
	live atomic.Int64
	made atomic.Uint64
)

// setEntries replaces r.entries (r.mu held), keeping live up to date.
func (r *registry) setEntries(entries []*entry) {
	live.Add(int64(len(entries) - len(r.entries)))
	r.entries = entries
}

func registryOf(rt *gil.Runtime) *registry {
	return rt.ValueOr(registryKey{}, func() any { return &registry{begun: time.Now()} }).(*registry)
}

// Register records an object with a finalizer, owned by the calling thread's running frame:
// gone reports whether Go's collector has freed it, state (nil: always Needs) whether a
// point should collect for it, finish (if not nil) runs its finalizer with the GIL held
// once it is gone. The caller holds the GIL.
func Register(gone func() bool, state func() State, finish func()) {
	register(&entry{gone: gone, state: state, finish: finish})
}

// RegisterHolder registers an object whose finalizer is Python code (a class's __del__):
// its registration keeps what the object references alive until the finalizer has run,
// so a collection that runs one looks again for what it let go.
func RegisterHolder(gone func() bool, finish func()) {
	register(&entry{gone: gone, finish: finish, holds: true})
}

// RegisterHolderAt is RegisterHolder for the object at address id, which Hint may name.
func RegisterHolderAt(id uintptr, gone func() bool, finish func()) {
	register(&entry{gone: gone, finish: finish, holds: true, id: id})
}

// Live reports whether any interpreter has registered objects (one atomic load).
func Live() bool { return live.Load() != 0 }

// Hint gives the next collection of the calling thread's interpreter the order in which
// CPython would free the objects at addresses ids (what dropping a container releases: a
// list's items last first); those of them found gone are finalized in that order, before
// the others.
func Hint(ids []uintptr) {
	t := gil.Holding()
	if t == nil || len(ids) == 0 {
		return
	}
	r := registryOf(t.Runtime())
	r.mu.Lock()
	r.hint = make(map[uintptr]int, len(ids))
	for i, id := range ids {
		if _, dup := r.hint[id]; !dup {
			r.hint[id] = i
		}
	}
	r.mu.Unlock()
}

// RegisterSnapshot is RegisterHolder for an object whose parts keep changing after it was
// registered (the Go value of a native type): snap, run with the GIL held before each of
// Go's collections, copies them from the object while it is still there, so what finish
// rebuilds is the object as it was when it was dropped.
func RegisterSnapshot(gone func() bool, snap, finish func()) {
	register(&entry{gone: gone, finish: finish, holds: true, snap: snap})
}

// RegisterForCaller is Register for an object made while a call is being set up, before its
// frame runs (a coroutine the call of an async function returns): the calling frame owns
// it, so the call's own return is no point for it.
func RegisterForCaller(gone func() bool, state func() State, finish func()) {
	register(&entry{gone: gone, state: state, finish: finish, level: -1})
}

func register(e *entry) {
	t := gil.Holding()
	if t == nil {
		return
	}
	e.t, e.level = t, t.Depth+min(e.level, 0)
	e.born = e.level
	r := registryOf(t.Runtime())
	made.Add(1)
	r.mu.Lock()
	r.setEntries(append(r.entries, e))
	if f := t.Top(); f != nil && f.Code.Flags&generatorFlags != 0 {
		if r.genFrames == nil || len(r.genFrames) > maxGenFrames {
			// Generators dropped unfinished leave their counts: start afresh (a frame
			// forgotten costs its end's point, nothing else).
			r.genFrames = map[uintptr]int{}
		}
		r.genFrames[uintptr(unsafe.Pointer(f))]++
	}
	r.mu.Unlock()
	if t.FinalizeAt < e.level {
		t.FinalizeAt = e.level
	}
}

// Sweeper is a pass other packages run after the collector at every collection (io's file
// objects, weakref's callbacks), with the GIL held; it returns how many objects it
// finished.
type Sweeper func(rt *gil.Runtime) int

var (
	sweepMu  sync.Mutex
	sweepers []sweeperAt
)

type sweeperAt struct {
	order int
	fn    Sweeper
	holds func(rt *gil.Runtime) bool
}

// AddSweeper adds a pass; passes run by increasing order (this package's own objects at
// order 0, so files, order -1, are written before any __del__ runs and weak references'
// callbacks, order 1, after). holds reports whether the pass has objects of rt that a
// collection could finish: the exit's collection is skipped when no pass holds any and
// nothing is registered (a script that opened nothing exits without running Go's
// collector, which took a quarter of `gopy -c pass`).
func AddSweeper(order int, fn Sweeper, holds func(rt *gil.Runtime) bool) {
	sweepMu.Lock()
	defer sweepMu.Unlock()
	i := len(sweepers)
	for i > 0 && sweepers[i-1].order > order {
		i--
	}
	sweepers = append(sweepers, sweeperAt{})
	copy(sweepers[i+1:], sweepers[i:])
	sweepers[i] = sweeperAt{order, fn, holds}
}

// Report is how a finalizer's exception is reported (CPython's "Exception ignored in: ..."
// and the traceback on sys.stderr); the atexit package sets it.
var Report = func(ctx py.Context, msg string, obj py.Object, err error) {}

// BeforeCollect is called as Collect begins: a cache that holds objects (package classes'
// type cache holds classes) lets go of them, so that the collection frees what a script
// dropped.
var BeforeCollect = func() {}

// beforeCollect are the functions AddBeforeCollect added.
var beforeCollect []func()

// AddBeforeCollect adds fn to what Collect calls as it begins, after BeforeCollect:
// another cache that holds objects (multiprocessing's kept 'fork' snapshot) lets go of
// those a script dropped.
func AddBeforeCollect(fn func()) {
	sweepMu.Lock()
	defer sweepMu.Unlock()
	beforeCollect = append(beforeCollect, fn)
}

// Collect runs Go's collector and finishes every object of rt it found unreachable (see the
// package documentation). The caller holds the GIL. It returns how many objects were
// finished.
func Collect(rt *gil.Runtime) int {
	r := registryOf(rt)
	if r.busy {
		return 0
	}
	BeforeCollect()
	r.busy = true
	defer func() { r.busy = false }()
	sweepMu.Lock()
	passes := append([]sweeperAt(nil), sweepers...)
	before := append([]func(){}, beforeCollect...)
	sweepMu.Unlock()
	for _, fn := range before {
		fn()
	}
	n := 0
	innermost := innermostNext.Swap(false)
	// What a finalizer's object held is freed once the finalizer has run (its entry let
	// go of it): another round finds it, as CPython frees it in the same deallocation.
	for round := 0; round < maxRounds; round++ {
		frames.DropStale(rt)
		r.snapshot()
		runtime.GC()
		own, ran, held := false, 0, 0
		for _, p := range passes {
			if p.order >= 0 && !own {
				ran, held = r.finishGone(innermost)
				own = true
			}
			n += p.fn(rt)
		}
		if !own {
			ran, held = r.finishGone(innermost)
		}
		n += ran
		rt.RunPendingCalls()
		if held == 0 || !r.hasFinishers() {
			break
		}
	}
	return n
}

// snapshot copies the parts of the objects registered with RegisterSnapshot. It is its own
// function so that no object it reached stays in a variable while the collector runs.
//
//go:noinline
func (r *registry) snapshot() {
	r.mu.Lock()
	var snaps []func()
	for _, e := range r.entries {
		if e.snap != nil {
			snaps = append(snaps, e.snap)
		}
	}
	r.mu.Unlock()
	for _, f := range snaps {
		f()
	}
}

// hasFinishers reports whether some registered object has a finalizer of its own (which
// an object finished in this round may have been holding).
func (r *registry) hasFinishers() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, e := range r.entries {
		if e.finish != nil {
			return true
		}
	}
	return false
}

// hasEntries reports whether any object is registered.
func (r *registry) hasEntries() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.entries) > 0
}

// sweepersHold reports whether a pass holds objects of rt a collection could finish.
func sweepersHold(rt *gil.Runtime) bool {
	sweepMu.Lock()
	passes := append([]sweeperAt(nil), sweepers...)
	sweepMu.Unlock()
	for _, p := range passes {
		if p.holds(rt) {
			return true
		}
	}
	return false
}

// maxRounds bounds the rounds of one collection (a chain of objects with finalizers each
// holding the next is finished this many links at a time).
const maxRounds = 8

// finishGone removes the entries whose objects were freed and runs their finalizers, oldest
// first (CPython clears a frame's locals in order), or, when innermost, those made in the
// deepest frames first. It returns how many ran, and how many
// of those were holders.
func (r *registry) finishGone(innermost bool) (int, int) {
	r.mu.Lock()
	var due []*entry
	kept := r.entries[:0]
	for _, e := range r.entries {
		switch {
		case e.gone():
			due = append(due, e)
		case e.now() != Done:
			kept = append(kept, e)
		}
	}
	clear(r.entries[len(kept):])
	r.setEntries(kept)
	r.mu.Unlock()
	if innermost {
		// A traceback is freed from its innermost frame out (CPython's tb_dealloc
		// releases tb_next before tb_frame), each frame's locals in order.
		sort.SliceStable(due, func(i, j int) bool { return due[i].born > due[j].born })
	}
	if hint := r.takeHint(); hint != nil {
		rank := func(e *entry) int {
			if i, ok := hint[e.id]; ok && e.id != 0 {
				return i
			}
			return len(hint)
		}
		sort.SliceStable(due, func(i, j int) bool { return rank(due[i]) < rank(due[j]) })
	}
	n, held := 0, 0
	for _, e := range due {
		if e.finish != nil {
			e.finish()
			n++
			if e.holds {
				held++
			}
		}
	}
	return n, held
}

// takeHint returns and forgets Hint's order.
func (r *registry) takeHint() map[uintptr]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	h := r.hint
	r.hint = nil
	return h
}

// needs reports whether one of rt's registered objects (of thread t at a level deeper than
// depth, when t is not nil) needs a collection; entries that are done are dropped.
func (r *registry) needs(t *gil.Thread, depth int) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	found := false
	kept := r.entries[:0]
	for _, e := range r.entries {
		st := e.now()
		if st == Done {
			continue
		}
		kept = append(kept, e)
		if st == Needs && (t == nil || e.t == t && e.level > depth) {
			found = true
		}
	}
	clear(r.entries[len(kept):])
	r.setEntries(kept)
	return found
}

// debug (GOPY_FINALIZE_DEBUG set) reports every automatic collection on stderr.
var debug = os.Getenv("GOPY_FINALIZE_DEBUG") != ""

// freeCollections is how many automatic collections always run, whatever they cost (a
// collection takes from one to tens of milliseconds, more on a loaded machine): so a
// script's first points behave the same on any machine.
const freeCollections = 100

// auto runs an automatic collection unless, past the first freeCollections, collections
// have taken more than half of the interpreter's time since its first registration; it
// returns how many objects were finished, -1 if it did not collect.
func auto(rt *gil.Runtime, r *registry) int {
	if r.busy || r.autos >= freeCollections && r.spent > time.Since(r.begun)/2 && !r.piledUp() {
		return -1
	}
	r.autos++
	start := time.Now()
	n := Collect(rt)
	r.spent += time.Since(start)
	r.mu.Lock()
	r.after = len(r.entries)
	r.mu.Unlock()
	if debug {
		fmt.Fprintf(os.Stderr, "gopy finalize: collection finished %d in %v (spent %v of %v)\n", n, time.Since(start), r.spent, time.Since(r.begun))
	}
	return n
}

// piledUp reports whether the entries have more than doubled (by at least pileUp) since
// the last collection: dropped objects holding descriptors (queues, connections, files)
// then get collected however much collections have cost, so a loop that drops them
// cannot run the process out of descriptors between Go's own collections (which come
// rarely when interp.PaceCollector spaces them). The doubling keeps the extra collections
// a fraction of the work when the entries are alive and a collection frees none.
func (r *registry) piledUp() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.entries) >= 2*r.after+pileUp
}

// pileUp is the least growth of the entries that piledUp counts.
const pileUp = 64

// AtReturn is the point of a Python frame's return: the caller (interp's call hook) calls it
// when t.FinalizeAt > t.Depth, with t.Depth already the caller's depth and the returned
// frame no longer referenced. unwinding says that the frame ended with an exception: its
// traceback keeps the frame, so what the frame made that needs finalizing waits for the
// end of the except clause that handles it (TakeUnwound), as CPython frees the traceback
// there.
func AtReturn(t *gil.Thread, unwinding bool) {
	rt := t.Runtime()
	r := registryOf(rt)
	if r.busy {
		return
	}
	depth := t.Depth
	if r.needs(t, depth) {
		auto(rt, r)
	}
	// What the returned frame (or frames under it) registered and is still alive belongs
	// to the caller now.
	top := 0
	r.mu.Lock()
	for _, e := range r.entries {
		if e.t != t {
			continue
		}
		if e.level > depth {
			e.level = depth
			if unwinding && e.finish != nil {
				unwound.Store(true)
			}
		}
		top = max(top, e.level)
	}
	r.mu.Unlock()
	t.FinalizeAt = top
}

// unwound is set when a frame that made an object with a finalizer ended with an
// exception whose traceback may be what keeps the object.
var unwound atomic.Bool

// TakeUnwound reports, once, that a frame ended with an exception while an object with a
// finalizer it made was alive (see AtReturn): the end of the except clause that handles
// an exception is then a point (compiler's handler point).
func TakeUnwound() bool {
	if unwound.Load() && unwound.Swap(false) {
		innermostNext.Store(true)
		return true
	}
	return false
}

// innermostNext tells the next collection that it frees a traceback (TakeUnwound).
var innermostNext atomic.Bool

// Budgeted is a collection an operation asks for because it fails unless garbage is
// freed (a bytearray's resize refused for views that may have been dropped): it runs
// under the automatic collections' budget, so a loop that retries such an operation
// runs at most about twice as slowly. It returns how many objects were finished, -1 if
// it did not collect.
func Budgeted(rt *gil.Runtime) int { return auto(rt, registryOf(rt)) }

// maxGenFrames bounds registry.genFrames.
const maxGenFrames = 4096

// generatorFlags marks the code of generators, coroutines and asynchronous generators
// (CPython's CO_GENERATOR, CO_COROUTINE and CO_ASYNC_GENERATOR).
const generatorFlags = py.CO_GENERATOR | 0x80 | 0x200

// AtGeneratorEnd is the point where generator frame f ran to its end and let go of its
// locals (the caller, interp's VmRunFrame hook, cleared them): when objects with
// finalizers were registered while f ran, it collects, as CPython frees a finished
// generator's locals there. Other generators pay a map lookup when some generator
// registered something, nothing otherwise.
func AtGeneratorEnd(t *gil.Thread, f *py.Frame) {
	r, ok := t.Runtime().Value(registryKey{}).(*registry)
	if !ok {
		return
	}
	r.mu.Lock()
	key := uintptr(unsafe.Pointer(f))
	_, made := r.genFrames[key]
	if made {
		delete(r.genFrames, key)
	}
	r.mu.Unlock()
	if made && !r.busy && r.needs(nil, 0) {
		auto(t.Runtime(), r)
	}
}

// AtRebind is the point after an assignment rebound a name to a new object or None, or a
// statement removed a container's item (compiler's rebind, drop and pop points). seen is
// the point's count of registrations when it last looked (nil for a drop: `x = None`, a
// slice store); wide says that what was dropped may belong to any frame of the thread
// (a drop, l.pop()), else to the running frame (registered by it, or handed to it by a
// frame that returned). It collects when something was registered since (or for a drop)
// and such an object needs a collection, and returns how many objects were finished (-1:
// no collection). While nothing is registered it costs one atomic load, while nothing new
// is, two.
func AtRebind(seen *atomic.Uint64, wide bool) int {
	if live.Load() == 0 {
		return -1
	}
	n := made.Load()
	if seen != nil {
		if seen.Load() == n {
			return -1
		}
		// Until something new is registered, this point has nothing more to look for.
		seen.Store(n)
	}
	t := gil.Holding()
	if t == nil || !wide && t.FinalizeAt < t.Depth {
		return -1
	}
	owner := t.Depth - 1
	if wide {
		owner = -1
	}
	rt := t.Runtime()
	r, ok := rt.Value(registryKey{}).(*registry)
	if !ok || r.busy || !r.needs(t, owner) {
		return -1
	}
	return auto(rt, r)
}

// AtDel is the point after a `del` statement: it collects when an object of the
// interpreter needs it, and returns how many objects were finished (-1: no collection).
func AtDel() int {
	t := gil.Holding()
	if t == nil {
		return -1
	}
	rt := t.Runtime()
	r, ok := rt.Value(registryKey{}).(*registry)
	if !ok || r.busy || !r.needs(nil, 0) {
		return -1
	}
	return auto(rt, r)
}

// AtExit runs at the interpreter's exit, after the atexit callbacks: one last collection,
// then the finalizers of every object still registered, oldest first, as CPython's
// finalization clears the modules' namespaces.
func AtExit(rt *gil.Runtime) {
	r := registryOf(rt)
	// needs drops the entries that are done (closed files, fired callbacks) first.
	if r.needs(nil, 0) || r.hasEntries() || sweepersHold(rt) {
		Collect(rt)
	}
	r.mu.Lock()
	left := r.entries
	r.setEntries(nil)
	r.mu.Unlock()
	for _, e := range left {
		if e.finish != nil && e.now() != Done {
			e.finish()
		}
	}
}

// Forget drops every registration of rt without running a finalizer: a 'fork' child ends
// as CPython's does, with os._exit.
func Forget(rt *gil.Runtime) {
	r := registryOf(rt)
	r.mu.Lock()
	r.setEntries(nil)
	r.mu.Unlock()
}
