package compiler

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// gpython's FOR_ITER ends a loop on any error from the iterator's __next__, so an exception
// raised by a generator being iterated, or "dictionary changed size during iteration", would
// end the loop silently. Loops therefore iterate a checkedIter: it ends the loop with
// StopIteration and keeps the real error, which the code after the loop raises through
// helperIterCheck. Iterables that cannot fail (range(...), list and tuple displays) keep
// the plain GET_ITER.

// checkedIter wraps the iterator of a loop and remembers the error that ended it.
type checkedIter struct {
	it  py.Object
	err error
	// unpacks: each item is converted by unpackValue(item, unpack, star) for a loop
	// target that unpacks it (routed.go).
	unpacks      bool
	unpack, star int
	// n counts the items given (under the GIL: never shared by two running threads).
	n uint32
}

// newCheckedIter makes the checkedIter of iterator it. Making one is a poll (poll.go) and
// so is every pollEvery-th item, counted without an atomic operation: a long loop and many
// short ones reach a switch point.
func newCheckedIter(it py.Object) (*checkedIter, error) {
	if err := tick(); err != nil {
		return nil, err
	}
	return &checkedIter{it: it}, nil
}

var checkedIterType = py.NewType("iterator", "An iterator whose errors outlive the loop that ends on them.")

// Type implements py.Object.
func (c *checkedIter) Type() *py.Type { return checkedIterType }

// M__iter__ returns the iterator itself.
func (c *checkedIter) M__iter__() (py.Object, error) { return c, nil }

// M__next__ is the wrapped iterator's __next__; an error other than StopIteration is kept.
// It is also the loop's switch point (poll.go).
func (c *checkedIter) M__next__() (py.Object, error) {
	if c.n++; c.n%pollEvery == 0 && RT.Poll != nil {
		if err := RT.Poll(); err != nil {
			c.err = err
			return nil, err
		}
	}
	v, err := py.Next(c.it)
	if err == nil && c.unpacks {
		v, err = unpackValue(v, c.unpack, c.star)
	}
	if err != nil && !py.IsException(py.StopIteration, err) {
		c.err = err
	}
	return v, err
}

var (
	helperIter = newHelper("<iter>", func(args py.Tuple) (py.Object, error) {
		it, err := RT.Iter(args[0])
		if err != nil {
			return nil, err
		}
		return newCheckedIter(it)
	})
	helperIterCheck = newHelper("<iter-check>", func(args py.Tuple) (py.Object, error) {
		if c, ok := args[0].(*checkedIter); ok && c.err != nil {
			err := c.err
			c.err = nil
			return nil, err
		}
		return py.None, nil
	})
)

// safeIterable reports whether iterating e cannot raise after the first step.
func (u *unit) safeIterable(e ast.ExprNode) bool {
	switch x := e.(type) {
	case *ast.List, *ast.Tuple:
		return true
	case *ast.Call:
		name, ok := x.Func.(*ast.Name)
		return ok && name.Id == "range" && u.isGlobalName("range")
	}
	return false
}

// iterFor pushes the iterator of e for a loop whose items are assigned to target. When it
// is a checkedIter it pushes it twice: FOR_ITER drops one copy when the loop ends, and
// checkIter consumes the other. A target that unpacks always gets a checkedIter that
// unpacks (see storeItem).
func (u *unit) iterFor(e, target ast.ExprNode) (checked bool) {
	u.expr(e)
	if _, unpacks := unpackTargets(target); !unpacks && u.safeIterable(e) {
		u.emit(vm.GET_ITER)
		return false
	}
	u.wrapIter(target)
	u.emit(vm.DUP_TOP)
	return true
}

// wrapIter replaces the iterable on top of the stack with a checkedIter over it, one
// that unpacks its items when target is a tuple or list target.
func (u *unit) wrapIter(target ast.ExprNode) {
	elts, unpacks := unpackTargets(target)
	if !unpacks {
		u.loadConst(helperIter)
		u.emit(vm.ROT_TWO)
		u.emitArg(vm.CALL_FUNCTION, 1)
		return
	}
	n, star := u.unpackCheck(target, elts)
	u.loadConst(helperIterUnpack)
	u.emit(vm.ROT_TWO)
	u.loadConst(py.Int(n))
	u.loadConst(py.Int(star))
	u.emitArg(vm.CALL_FUNCTION, 3)
}

// checkIter raises the error that ended the loop of the checkedIter on top of the stack
// (consuming it), if any.
func (u *unit) checkIter() {
	u.loadConst(helperIterCheck)
	u.emit(vm.ROT_TWO)
	u.emitArg(vm.CALL_FUNCTION, 1)
	u.emit(vm.POP_TOP)
}
