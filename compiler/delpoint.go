package compiler

import (
	"sync/atomic"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// A `del` statement may drop the last reference to an object with a finalizer (a class's
// __del__, an unclosed file with unwritten data), which CPython finalizes right there. The
// compiler ends every del statement with a test of a delPoint of its own (LOAD_CONST,
// POP_JUMP_IF_FALSE to the next instruction: two instructions, no call), whose truth test
// runs RT.AfterDel, the finalization point of package finalize. A point whose collections
// finish nothing (a del in a loop while a long-lived object with a finalizer exists
// elsewhere) backs off: after n fruitless collections in a row it skips the next 2**n - 1
// passes (at most 1023), and one that finishes something resets it.

// DelPointType is the type of the object del statements test.
var DelPointType = py.NewType("gopy_del_point", "The finalization point after del.")

type delPoint struct {
	skip   atomic.Int32 // passes still to skip
	misses atomic.Int32 // fruitless collections in a row
}

// Type implements py.Object.
func (*delPoint) Type() *py.Type { return DelPointType }

// M__repr__ names the kind only: every del point is alike to a reader, and a code object
// read back by marshal holds the shared theDelPoint in place of its own.
func (*delPoint) M__repr__() (py.Object, error) { return py.String("<del point>"), nil }

// M__bool__ runs RT.AfterDel (unless backing off) and is always false.
func (d *delPoint) M__bool__() (py.Object, error) {
	if RT.AfterDel == nil {
		return py.False, nil
	}
	if d.skip.Load() > 0 {
		d.skip.Add(-1)
		return py.False, nil
	}
	switch n := RT.AfterDel(); {
	case n > 0:
		d.misses.Store(0)
	case n == 0:
		m := min(d.misses.Add(1), 10)
		d.skip.Store(1<<m - 1)
	}
	return py.False, nil
}

// theDelPoint is the one a marshalled code object gets back (ConstNamed).
var theDelPoint = &delPoint{}

// delPoint emits the test of a new delPoint.
func (u *unit) delPoint() {
	next := newLabel()
	u.loadConst(&delPoint{})
	u.jump(vm.POP_JUMP_IF_FALSE, next)
	u.bind(next)
}
