// Package gc provides Python's gc module over Go's tracing collector.
//
// gopy has no reference counts and no cycle collector of its own: every object is freed by
// Go's garbage collector once unreachable, cycles included. The module is there for the
// scripts that call it: collect() runs Go's collector and then, before returning, the
// callbacks of weak references whose objects it freed (package weakref), which makes them
// deterministic at that point; enable/disable/isenabled, the thresholds, the debug flags
// and freeze/unfreeze keep their values and have no other effect (Go's collector cannot be
// paused safely); collect() returns 0, the number of unreachable cycles CPython reports
// when there were none (Go frees cycles with the rest, uncounted); the introspection functions (get_objects, get_referrers ...) see nothing.
package gc

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/finalize"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
	_ "github.com/gopyrt/gopy/modules/weakref" // its callbacks are a pass of every collection
)

// state is an interpreter's gc settings (gil.Runtime.Value).
type state struct {
	disabled   bool
	threshold  [3]int
	debug      int
	frozen     int
	collecting bool
}

type stateKey struct{}

func stateOf(self py.Object) *state {
	rt := runtimeOf(self)
	if rt == nil {
		return &state{threshold: [3]int{700, 10, 10}}
	}
	return rt.ValueOr(stateKey{}, func() any { return &state{threshold: [3]int{700, 10, 10}} }).(*state)
}

func runtimeOf(self py.Object) *gil.Runtime {
	if m, ok := self.(*py.Module); ok && m.Context != nil {
		return gil.Of(m.Context)
	}
	if t := gil.Holding(); t != nil {
		return t.Runtime()
	}
	return nil
}

const source = `garbage = []
callbacks = []
DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38
`

func init() {
	m := func(name, doc string, fn any) *py.Method { return py.MustNewMethod(name, fn, 0, doc) }
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "gc", Doc: "This module provides access to the garbage collector for reference cycles.", FileDesc: "<built-in gc>"},
		Methods: []*py.Method{
			m("collect", "Run the garbage collector.", collect),
			m("enable", "Enable automatic garbage collection.", func(self py.Object) (py.Object, error) {
				stateOf(self).disabled = false
				return py.None, nil
			}),
			m("disable", "Disable automatic garbage collection.", func(self py.Object) (py.Object, error) {
				stateOf(self).disabled = true
				return py.None, nil
			}),
			m("isenabled", "Returns true if automatic garbage collection is enabled.", func(self py.Object) (py.Object, error) {
				return py.NewBool(!stateOf(self).disabled), nil
			}),
			m("get_count", "Return a three-tuple of the current collection counts.", func(self py.Object) (py.Object, error) {
				return py.Tuple{py.Int(0), py.Int(0), py.Int(0)}, nil
			}),
			m("get_threshold", "Return the current collection thresholds.", func(self py.Object) (py.Object, error) {
				t := stateOf(self).threshold
				return py.Tuple{py.Int(t[0]), py.Int(t[1]), py.Int(t[2])}, nil
			}),
			m("set_threshold", "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSet the collection thresholds.", setThreshold),
			m("get_debug", "Get the garbage collection debugging flags.", func(self py.Object) (py.Object, error) {
				return py.Int(stateOf(self).debug), nil
			}),
			m("set_debug", "Set the garbage collection debugging flags.", func(self, flags py.Object) (py.Object, error) {
				n, err := objects.IndexInt(flags)
				if err != nil {
					return nil, err
				}
				stateOf(self).debug = n
				return py.None, nil
			}),
			m("get_objects", "Return a list of objects tracked by the collector (excluding the list returned).", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				return py.NewList(), nil
			}),
			m("get_stats", "Return a list of dictionaries containing per-generation statistics.", func(self py.Object) (py.Object, error) {
				l := py.NewListSized(3)
				for i := range l.Items {
					d := objects.NewDict()
					for _, k := range []string{"collections", "collected", "uncollectable"} {
						_ = d.SetItem(py.String(k), py.Int(0))
					}
					l.Items[i] = d
				}
				return l, nil
			}),
			m("get_referrers", "Return the list of objects that directly refer to any of objs.", func(self py.Object, args py.Tuple) (py.Object, error) {
				return py.NewList(), nil
			}),
			m("get_referents", "Return the list of objects that are directly referred to by objs.", func(self py.Object, args py.Tuple) (py.Object, error) {
				return py.NewList(), nil
			}),
			m("is_tracked", "Returns true if the object is tracked by the garbage collector.", isTracked),
			m("is_finalized", "Returns true if the object has been already finalized by the GC.", func(self, o py.Object) (py.Object, error) {
				return py.False, nil
			}),
			m("freeze", "Freeze all current tracked objects and ignore them for future collections.", func(self py.Object) (py.Object, error) {
				stateOf(self).frozen = 1
				return py.None, nil
			}),
			m("unfreeze", "Unfreeze all objects in the permanent generation.", func(self py.Object) (py.Object, error) {
				stateOf(self).frozen = 0
				return py.None, nil
			}),
			m("get_freeze_count", "Return the number of objects in the permanent generation.", func(self py.Object) (py.Object, error) {
				return py.Int(stateOf(self).frozen), nil
			}),
		},
		CodeSrc: source,
	})
}

func collect(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var gen py.Object = py.Int(2)
	if err := py.ParseTupleAndKeywords(args, kwargs, "|O:collect", []string{"generation"}, &gen); err != nil {
		return nil, err
	}
	g, err := objects.IndexInt(gen)
	if err != nil {
		return nil, err
	}
	if g < 0 || g > 2 {
		return nil, py.ExceptionNewf(py.ValueError, "invalid generation")
	}
	st := stateOf(self)
	if st.collecting {
		return py.Int(0), nil
	}
	st.collecting = true
	defer func() { st.collecting = false }()
	info := func(collected int) py.Object {
		d := objects.NewDict()
		_ = d.SetItem(py.String("generation"), py.Int(g))
		_ = d.SetItem(py.String("collected"), py.Int(collected))
		_ = d.SetItem(py.String("uncollectable"), py.Int(0))
		return d
	}
	if err := runCallbacks(self, "start", info(0)); err != nil {
		return nil, err
	}
	// Go's collector frees cycles with everything else and cannot count them: like
	// CPython after a run that found no cycle, the answer is 0.
	if rt := runtimeOf(self); rt != nil {
		finalize.Collect(rt)
	}
	if err := runCallbacks(self, "stop", info(0)); err != nil {
		return nil, err
	}
	return py.Int(0), nil
}

// runCallbacks calls each of gc.callbacks with (phase, info), as CPython does around a
// collection.
func runCallbacks(self py.Object, phase string, info py.Object) error {
	m, ok := self.(*py.Module)
	if !ok {
		return nil
	}
	l, ok := m.Globals["callbacks"].(*py.List)
	if !ok {
		return nil
	}
	for _, cb := range append([]py.Object(nil), l.Items...) {
		if _, err := py.Call(cb, py.Tuple{py.String(phase), info}, nil); err != nil {
			return err
		}
	}
	return nil
}

func setThreshold(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) < 1 || len(args) > 3 {
		return nil, py.ExceptionNewf(py.TypeError, "set_threshold() takes from 1 to 3 positional arguments but %d were given", len(args))
	}
	st := stateOf(self)
	for i, a := range args {
		n, err := objects.IndexInt(a)
		if err != nil {
			return nil, err
		}
		st.threshold[i] = n
	}
	return py.None, nil
}

// isTracked answers as CPython does for the objects its collector would look at:
// containers and instances, not atoms.
func isTracked(self, o py.Object) (py.Object, error) {
	switch o.(type) {
	case py.Int, *py.BigInt, py.Float, py.Complex, py.String, py.Bytes, py.Bool, py.NoneType:
		return py.False, nil
	}
	return py.True, nil
}
