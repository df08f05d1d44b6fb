package compiler

import (
	"sync/atomic"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// A `del` statement may drop the last reference to an object with a finalizer (a class's
// __del__, an unclosed file with unwritten data), which CPython finalizes right there. The
// compiler ends every del statement with a test of a delPoint of its own (LOAD_CONST,
// POP_JUMP_IF_FALSE to the next instruction: two instructions, no call), whose truth test
// runs RT.AfterDel, the finalization point of package finalize. A point whose collections
// finish nothing (a del in a loop while a long-lived object with a finalizer exists
// elsewhere) backs off: after n fruitless collections in a row it skips the next
// 2**(n-1) - 1 passes (at most 1023), and one that finishes something resets it.

// `del name` first hands what the name holds to RT.BeforeDrop (the object model tells
// package finalize the order in which CPython would free what it releases: a list's
// items last first).
var helperBeforeDrop = newHelper("<before drop>", func(args py.Tuple) (py.Object, error) {
	if RT.BeforeDrop != nil && len(args) == 1 {
		RT.BeforeDrop(args[0])
	}
	return py.None, nil
})

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
	if RT.AfterDel != nil {
		d.pass(RT.AfterDel)
	}
	return py.False, nil
}

// pass runs collect unless the point is backing off, and counts what it finished.
func (d *delPoint) pass(collect func() int) {
	if d.skip.Load() > 0 {
		d.skip.Add(-1)
		return
	}
	d.count(collect())
}

// count records what a collection of the point finished (n, -1 if none ran): from the
// second fruitless one in a row, it skips more passes (the first may just precede what
// the next pass drops: x = Foo() in a loop drops nothing the first time).
func (d *delPoint) count(n int) {
	switch {
	case n > 0:
		d.misses.Store(0)
	case n == 0:
		m := min(d.misses.Add(1), 11)
		d.skip.Store(1<<(m-1) - 1)
	}
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

// An except clause ends by testing theHandlerPoint: when the exception it handled has a
// class with __del__ (RT.HandledFinalizable reports it, once), the exception is usually
// dropped there, as CPython frees it at the end of the clause, so the point runs
// RT.AfterDel. Any other clause pays the test of a flag.
type handlerPoint struct{}

// HandlerPointType is the type of the object except clauses test.
var HandlerPointType = py.NewType("gopy_handler_point", "The finalization point after an except clause.")

// Type implements py.Object.
func (*handlerPoint) Type() *py.Type { return HandlerPointType }

// M__repr__ names the kind.
func (*handlerPoint) M__repr__() (py.Object, error) { return py.String("<handler point>"), nil }

// M__bool__ runs RT.AfterDel when the clause handled a finalizable exception; it is always
// false.
func (*handlerPoint) M__bool__() (py.Object, error) {
	if RT.HandledFinalizable != nil && RT.HandledFinalizable() && RT.AfterDel != nil {
		RT.AfterDel()
	}
	return py.False, nil
}

var theHandlerPoint = &handlerPoint{}

// handlerPoint emits the test of theHandlerPoint.
func (u *unit) handlerPoint() {
	next := newLabel()
	u.loadConst(theHandlerPoint)
	u.jump(vm.POP_JUMP_IF_FALSE, next)
	u.bind(next)
}

// A name rebound to a new object (`x = Foo()`, `f = open(p)`, `x = None`) drops what it
// held, which CPython finalizes right there: the loop that makes a file, pool or manager
// per iteration into the same local. Such a statement ends with a test of a rebindPoint
// of its own, whose truth test runs RT.AfterRebind: package finalize collects only when
// something was registered since the point last collected and the running frame owns a
// registered object that needs it (so a loop that rebinds a name to a new finalizable
// object collects once per iteration, finishing the previous one, and a long-lived
// object elsewhere costs nothing); the test is always false. A point whose collections
// finish nothing backs off as a delPoint does.
type rebindPoint struct {
	delPoint
	seen atomic.Uint64 // the registrations package finalize had counted when it last collected here
	drop bool          // x = None: what x held is dropped, whatever was registered since
	wide bool          // what is dropped may belong to any frame (drop, l.pop())
}

// RebindPointType is the type of the object rebinding assignments test.
var RebindPointType = py.NewType("gopy_rebind_point", "The finalization point after rebinding a name.")

// Type implements py.Object.
func (*rebindPoint) Type() *py.Type { return RebindPointType }

// M__repr__ names the kind.
func (*rebindPoint) M__repr__() (py.Object, error) { return py.String("<rebind point>"), nil }

// M__bool__ runs RT.AfterRebind (unless backing off) and is always false.
func (d *rebindPoint) M__bool__() (py.Object, error) {
	if RT.AfterRebind != nil {
		seen := &d.seen
		if d.drop {
			seen = nil
		}
		d.pass(func() int { return RT.AfterRebind(seen, d.wide) })
	}
	return py.False, nil
}

// A drop point (x = None, a slice store) and a pop point (l.pop() as a statement) look at
// every object the running thread owns, not only the frame's: what they dropped may have
// been made anywhere; a pop point, like a rebind point, only when something was
// registered since it last looked (a loop of stack.pop() costs nothing then).

// theRebindPoint, theDropPoint and thePopPoint are the ones a marshalled code object gets
// back (ConstNamed).
var (
	theRebindPoint = &rebindPoint{}
	theDropPoint   = &rebindPoint{drop: true, wide: true}
	thePopPoint    = &rebindPoint{wide: true}
)

// rebinds reports whether assignment n rebinds plain names to a new object, to another
// name's object or to None: its value is a call (what makes files, pools, managers and
// instances), a name (x = y drops what x held) or None (drop).
func rebinds(n *ast.Assign) (ok, drop bool) {
	for _, t := range n.Targets {
		if _, ok := t.(*ast.Name); !ok {
			return false, false
		}
	}
	switch v := n.Value.(type) {
	case *ast.Call, *ast.Name:
		return true, false
	case *ast.Constant:
		_, none := v.Value.(ast.NoneType)
		return none, none
	}
	return false, false
}

// removesItem reports whether e, an expression statement, calls a method that removes
// items from a container (`l.pop()`, `d.pop(k)`, `q.popleft()`, `s.discard(x)`,
// `l.clear()`): what it removes is dropped with the result, so the statement ends with a
// drop point.
func removesItem(e ast.ExprNode) bool {
	call, ok := e.(*ast.Call)
	if !ok {
		return false
	}
	attr, ok := call.Func.(*ast.Attribute)
	if !ok {
		return false
	}
	switch attr.Attr {
	case "pop", "popitem", "popleft", "remove", "discard", "clear":
		return true
	}
	return false
}

// rebindPoint emits the test of a new rebindPoint (a drop point if drop, a pop point if
// wide only).
func (u *unit) rebindPoint(drop, wide bool) {
	next := newLabel()
	u.loadConst(&rebindPoint{drop: drop, wide: wide})
	u.jump(vm.POP_JUMP_IF_FALSE, next)
	u.bind(next)
}
