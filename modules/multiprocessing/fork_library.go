package multiprocessing

import (
	"sort"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/modules/atexit"
)

// Library modules' state in a 'fork' child. The binary's modules are imported afresh in
// the child (they are not carried by value), so what a script configured in them before
// start() (logging's handlers and levels, signal's handlers) would be lost, where a forked
// CPython child keeps it. A library module declares the state it carries with a pair of
// module functions:
//
//	_fork_state()         -> an object, pickled by value into the snapshot's extras
//	_fork_restore(state)  in the child, once the parent's modules and globals are there
//
// The parent calls _fork_state of every registered module in sys.modules that has one,
// in the order of their names; the child imports each and calls its _fork_restore. The
// state shares the snapshot's memo, so a handler that a global of __main__ also names is
// one object in the child.

// forkStateFunction and forkRestoreFunction are the names of the pair.
const (
	forkStateFunction   = "_fork_state"
	forkRestoreFunction = "_fork_restore"
)

// libraryStates returns ((module name, state), ...) for the registered modules in
// sys.modules with a _fork_state function. A _fork_state that raises is reported as
// unraisable and its module left out.
func libraryStates(ctx py.Context) py.Tuple {
	sysm, err := ctx.GetModule("sys")
	if err != nil {
		return py.Tuple{}
	}
	d, ok := sysm.Globals["modules"].(*objects.Dict)
	if !ok {
		return py.Tuple{}
	}
	byName := map[string]py.Object{}
	var names []string
	for _, kv := range d.Items() {
		name, ok1 := kv[0].(py.String)
		m, ok2 := kv[1].(*py.Module)
		if !ok1 || !ok2 || !registered(m) || m.ModuleImpl.Info.Name != string(name) {
			continue
		}
		if fn, ok := m.Globals[forkStateFunction]; ok {
			byName[string(name)] = fn
			names = append(names, string(name))
		}
	}
	sort.Strings(names)
	states := py.Tuple{}
	for _, name := range names {
		fn := byName[name]
		state, err := py.Call(fn, nil, nil)
		if err != nil {
			atexit.ReportUnraisable(ctx, "Exception ignored in", fn, err)
			continue
		}
		states = append(states, py.Tuple{py.String(name), state})
	}
	return states
}

// restoreLibraryStates gives the child's library modules their parent's state (see
// libraryStates).
func restoreLibraryStates(ctx py.Context, arg py.Object) error {
	states, ok := arg.(py.Tuple)
	if !ok {
		return nil
	}
	for _, s := range states {
		pair, ok := s.(py.Tuple)
		if !ok || len(pair) != 2 {
			return py.ExceptionNewf(py.RuntimeError, "malformed fork snapshot")
		}
		m, err := moduleNamed(ctx, pair[0])
		if err != nil {
			return err
		}
		fn, ok := m.Globals[forkRestoreFunction]
		if !ok {
			continue
		}
		if _, err := py.Call(fn, py.Tuple{pair[1]}, nil); err != nil {
			return err
		}
	}
	return nil
}
