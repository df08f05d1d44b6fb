package frames

import (
	"unsafe"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// Pool is a thread's free list of frames (gil.Thread.Pool): the frame of a function call
// that returned, and that nothing can still refer to, is reset and serves a later call,
// saving the three allocations of py.NewFrame on every Python-to-Python call.
//
// A frame can be referred to after its call only through a traceback (an exception that
// went through it), a generator (its suspended frame), or Python code that got hold of it
// through the thread's stack (sys._getframe, f_back: gil.Thread.Frame and friends, which
// count what they hand out). So a frame is reused only when its code is a plain function
// (not a generator or coroutine, no module or class namespace) that cannot catch an
// exception (no try, with or async with block: an exception that goes through it always
// leaves it, and its call then fails), the call returned without error, and the thread
// handed no frame out while it ran.
type Pool struct {
	free  []*py.Frame
	codes [codeCacheSize]codeInfo // whether a code object's frames may be reused
}

const (
	poolSize      = 32
	codeCacheSize = 64
	// the frames of codes with more variables or a deeper stack are left to the collector
	maxPooledSlots = 64
)

type codeInfo struct {
	code     *py.Code
	reusable bool
}

// Reusable reports whether frames of code may be reused (see Pool).
func (p *Pool) Reusable(code *py.Code) bool {
	slot := &p.codes[codeSlot(code)]
	if slot.code != code {
		*slot = codeInfo{code: code, reusable: reusableCode(code)}
	}
	return slot.reusable
}

// codeSlot spreads code objects over the cache by their address.
func codeSlot(code *py.Code) uintptr {
	return uintptr(unsafe.Pointer(code)) / 64 % codeCacheSize
}

// reusableCode scans code once: a function whose frame nothing can keep.
func reusableCode(code *py.Code) bool {
	const function = py.CO_OPTIMIZED | py.CO_NEWLOCALS
	const generators = py.CO_GENERATOR | 0x80 | 0x200 // generators, coroutines, async generators
	if code.Flags&function != function || code.Flags&generators != 0 {
		return false
	}
	if int(code.Nlocals)+len(code.Cellvars)+len(code.Freevars) > maxPooledSlots || int(code.Stacksize) > maxPooledSlots {
		return false
	}
	b := code.Code
	for i := 0; i < len(b); {
		op := vm.OpCode(b[i])
		switch op {
		case vm.SETUP_EXCEPT, vm.SETUP_FINALLY, vm.SETUP_WITH:
			return false
		}
		i++
		if op.HAS_ARG() {
			i += 2
		}
	}
	return true
}

// frame returns a frame for a call of code, reused if the pool has one (as py.NewFrame
// would make it).
func (p *Pool) frame(ctx py.Context, globals, locals py.StringDict, code *py.Code) *py.Frame {
	if p == nil || len(p.free) == 0 {
		return py.NewFrame(ctx, globals, locals, code, nil)
	}
	n := len(p.free)
	f := p.free[n-1]
	p.free[n-1] = nil
	p.free = p.free[:n-1]
	nlocals := int(code.Nlocals)
	size := nlocals + len(code.Cellvars) + len(code.Freevars)
	if cap(f.Localsplus) < size {
		f.Localsplus = make([]py.Object, size)
	}
	if cap(f.Stack) < int(code.Stacksize) {
		f.Stack = make([]py.Object, 0, code.Stacksize)
	}
	all := f.Localsplus[:size]
	// Field by field: a whole-struct assignment goes through a temporary and a typed copy.
	f.Context = ctx
	f.Code = code
	f.Builtins = ctx.Store().Builtins.Globals
	f.Globals = globals
	f.Locals = locals
	f.Stack = f.Stack[:0]
	f.LocalVars = all[:nlocals]
	f.CellAndFreeVars = all[nlocals:]
	f.Yielded = false
	f.Lasti = 0
	f.Blockstack = f.Blockstack[:0]
	f.Block = nil
	f.Localsplus = all
	return f
}

// Put gives back the frame of a call that returned (see Pool for when that is allowed).
func (p *Pool) Put(f *py.Frame) {
	if len(p.free) >= poolSize {
		return
	}
	// Only what can hold objects is cleared: the variables of this call (the slots past
	// them were cleared when the calls that used them ended), the value stack (popping
	// leaves values behind) and the references of the frame. Blocks hold no objects;
	// frame sets every field again.
	clear(f.Localsplus)
	clear(f.Stack[:cap(f.Stack)])
	f.Context, f.Code, f.Builtins, f.Globals, f.Locals = nil, nil, nil, nil, nil
	f.LocalVars, f.CellAndFreeVars, f.Block = nil, nil, nil
	p.free = append(p.free, f)
}
