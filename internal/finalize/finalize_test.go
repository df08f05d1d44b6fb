package finalize

import (
	"runtime"
	"runtime/metrics"
	"sync/atomic"
	"testing"
	"time"
	"weak"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"

	"github.com/gopyrt/gopy/interp/gil"
)

type thing struct{ pad [64]byte }

// holding sets up an interpreter whose main thread holds the GIL at depth 2.
func holding(t *testing.T) *gil.Thread {
	ctx := py.NewContext(py.DefaultContextOpts())
	rt := gil.New(ctx)
	th := rt.Main()
	th.Acquire()
	t.Cleanup(func() {
		th.Release()
		rt.Close()
		ctx.Close()
	})
	th.Depth = 2
	return th
}

// watch registers a new object made by the frame at th's depth and returns it with the
// count of its finalizer's runs.
func watch(state func() State) (*thing, *int) {
	o := &thing{}
	wp := weak.Make(o)
	n := new(int)
	Register(func() bool { return wp.Value() == nil }, state, func() { *n++ })
	return o, n
}

func TestReturnFinishesWhatTheFrameDropped(t *testing.T) {
	th := holding(t)
	o, ran := watch(nil)
	if th.FinalizeAt != 2 {
		t.Fatalf("FinalizeAt = %d, want 2", th.FinalizeAt)
	}
	_ = o
	o = nil
	th.Depth = 1
	AtReturn(th, false)
	if *ran != 1 {
		t.Fatalf("finalizer ran %d times at the return, want 1", *ran)
	}
	if th.FinalizeAt != 0 {
		t.Fatalf("FinalizeAt = %d after the return, want 0", th.FinalizeAt)
	}
}

func TestReachableIsNeverFinished(t *testing.T) {
	th := holding(t)
	o, ran := watch(nil)
	th.Depth = 1
	AtReturn(th, false)
	if *ran != 0 {
		t.Fatalf("a reachable object was finalized")
	}
	// It belongs to the caller now: the caller's return looks again.
	if th.FinalizeAt != 1 {
		t.Fatalf("FinalizeAt = %d, want 1 (the caller's depth)", th.FinalizeAt)
	}
	runtime.KeepAlive(o)
	o = nil
	th.Depth = 0
	AtReturn(th, false)
	if *ran != 1 {
		t.Fatalf("finalizer ran %d times at the caller's return, want 1", *ran)
	}
}

func TestIdleAndDoneAskForNoCollection(t *testing.T) {
	th := holding(t)
	st := Idle
	o, ran := watch(func() State { return st })
	r := registryOf(th.Runtime())
	if r.needs(nil, 0) {
		t.Fatal("an idle object needs a collection")
	}
	st = Needs
	if !r.needs(nil, 0) {
		t.Fatal("an object that needs a collection is not seen")
	}
	st = Done
	r.needs(nil, 0)
	if len(r.entries) != 0 {
		t.Fatalf("a done entry is kept")
	}
	runtime.KeepAlive(o)
	if *ran != 0 {
		t.Fatal("a done object was finalized")
	}
}

func TestExitFinishesTheRest(t *testing.T) {
	th := holding(t)
	o, ran := watch(nil)
	AtExit(th.Runtime())
	if *ran != 1 {
		t.Fatalf("finalizer ran %d times at exit, want 1", *ran)
	}
	runtime.KeepAlive(o)
}

// BenchmarkAtRebind is the cost of the point after `x = f()` when it has nothing to do:
// nothing registered, and registered objects but none new since the point last looked.
func BenchmarkAtRebind(b *testing.B) {
	var seen atomic.Uint64
	b.Run("nothing-registered", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			AtRebind(&seen, false)
		}
	})
	b.Run("none-new", func(b *testing.B) {
		live.Add(1)
		defer live.Add(-1)
		seen.Store(made.Load())
		for i := 0; i < b.N; i++ {
			AtRebind(&seen, false)
		}
	})
}

// forcedGCs is how many collections runtime.GC has run in this process.
func forcedGCs() uint64 {
	s := []metrics.Sample{{Name: "/gc/cycles/forced:gc-cycles"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// The exit's collection runs only when an object is registered or a pass holds one: an
// interpreter that made none exits without running Go's collector.
func TestExitCollectsOnlyForWhatIsHeld(t *testing.T) {
	th := holding(t)
	rt := th.Runtime()
	before := forcedGCs()
	AtExit(rt)
	if n := forcedGCs() - before; n != 0 {
		t.Fatalf("exit with nothing registered ran %d collections, want 0", n)
	}

	st := Idle
	o, ran := watch(func() State { return st })
	st = Done
	before = forcedGCs()
	AtExit(rt)
	if n := forcedGCs() - before; n != 0 || *ran != 0 {
		t.Fatalf("exit with only a done entry ran %d collections and %d finalizers, want 0", n, *ran)
	}
	runtime.KeepAlive(o)

	held, swept := true, 0
	AddSweeper(2, func(r *gil.Runtime) int {
		if r == rt {
			swept++
		}
		return 0
	}, func(r *gil.Runtime) bool { return r == rt && held })
	before = forcedGCs()
	AtExit(rt)
	if n := forcedGCs() - before; n == 0 || swept != 1 {
		t.Fatalf("exit with a pass holding objects ran %d collections and the pass %d times, want both", n, swept)
	}
	held = false
	before = forcedGCs()
	AtExit(rt)
	if n := forcedGCs() - before; n != 0 || swept != 1 {
		t.Fatalf("exit after the pass let go ran %d collections and the pass %d more times, want 0", n, swept-1)
	}
}

// Once automatic collections have cost more than half of the time, a return skips its
// collection, unless the entries have piled up (doubled, by at least pileUp, since the
// last collection): dropped objects holding descriptors still get finished.
func TestPiledUpEntriesCollectDespiteTheCost(t *testing.T) {
	th := holding(t)
	r := registryOf(th.Runtime())
	r.autos, r.spent = freeCollections, time.Hour // every collection so far was costly
	var ran []*int
	for i := 0; i < pileUp-1; i++ {
		_, n := watch(nil) // dropped at once
		ran = append(ran, n)
	}
	th.Depth = 1
	AtReturn(th, false)
	for _, n := range ran {
		if *n != 0 {
			t.Fatal("a costly collection ran with few entries")
		}
	}
	th.Depth = 2
	for i := 0; i < 2; i++ {
		_, n := watch(nil)
		ran = append(ran, n)
	}
	th.Depth = 1
	AtReturn(th, false)
	for i, n := range ran {
		if *n != 1 {
			t.Fatalf("entry %d of %d piled up ran %d times, want 1", i, len(ran), *n)
		}
	}
	if r.after != 0 {
		t.Fatalf("%d entries counted after the collection, want 0", r.after)
	}
}
