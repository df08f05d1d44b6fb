package classes

import (
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/finalize"
	"github.com/gopyrt/gopy/interp/gil"
)

// Async generator hooks (sys.set_asyncgen_hooks, PEP 525). Each thread has a firstiter and
// a finalizer hook. An async generator looks at its thread's hooks when it is first used
// (__anext__, asend, athrow or aclose): it calls firstiter with itself and keeps the
// finalizer. Dropped while suspended in its body, it is handed to that finalizer instead of
// being left as it is (asyncio's loop then closes it with aclose() in a task). The drop is
// seen at package finalize's points, as a __del__ is; the generator handed over is rebuilt
// around the same frame.

type asyncGenHooksKey struct{}

// asyncGenHooks is a thread's pair of hooks (nil: none).
type asyncGenHooks struct{ firstiter, finalizer py.Object }

// AsyncGenHooks returns the calling thread's hooks (nil for a hook not set).
func AsyncGenHooks() (firstiter, finalizer py.Object) {
	t := gil.Holding()
	if t == nil {
		return nil, nil
	}
	h, _ := t.Value(asyncGenHooksKey{}).(*asyncGenHooks)
	if h == nil {
		return nil, nil
	}
	return h.firstiter, h.finalizer
}

// SetAsyncGenHooks sets the calling thread's hooks (nil clears one).
func SetAsyncGenHooks(firstiter, finalizer py.Object) {
	if t := gil.Holding(); t != nil {
		t.SetValue(asyncGenHooksKey{}, &asyncGenHooks{firstiter: firstiter, finalizer: finalizer})
	}
}

// initHooks runs at the generator's first use: firstiter is called, the finalizer kept
// and the generator watched for its drop.
func (a *AsyncGen) initHooks() error {
	if a.hooked {
		return nil
	}
	a.hooked = true
	firstiter, finalizer := AsyncGenHooks()
	if finalizer != nil {
		a.finalizer = finalizer
		watchAsyncGenDrop(a)
	}
	if firstiter != nil {
		if _, err := py.Call(firstiter, py.Tuple{a}, nil); err != nil {
			return err
		}
	}
	return nil
}

// watchAsyncGenDrop registers a: a point collects for it only while its body is suspended
// (not before it starts, not once it has ended), and its finalizer gets it if it is
// dropped in that state.
func watchAsyncGenDrop(a *AsyncGen) {
	wp := weak.Make(a)
	gen, finalizer := a.Gen, a.finalizer
	suspended := func() bool { return gen.Frame.Lasti != 0 && !finished(gen) }
	finalize.Register(func() bool { return wp.Value() == nil }, func() finalize.State {
		if finished(gen) {
			return finalize.Done
		}
		if !suspended() {
			return finalize.Idle
		}
		return finalize.Needs
	}, func() {
		if !suspended() {
			return
		}
		again := &AsyncGen{Gen: gen, hooked: true, finalizer: finalizer}
		if _, err := py.Call(finalizer, py.Tuple{again}, nil); err != nil {
			finalize.Report(gen.Frame.Context, "Exception ignored in", again, err)
		}
	})
}
