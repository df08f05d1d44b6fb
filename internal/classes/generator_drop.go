package classes

import (
	"sync"
	"weak"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/finalize"
)

// A generator dropped while it is suspended is closed by CPython's finalizer: GeneratorExit
// is raised at its yield, so its finally clauses run and its with blocks exit (a file it
// writes is closed) where the last reference went, and an exception they raise, or a
// generator that yields again, is reported as "Exception ignored in". gopy registers the
// generators whose code has such blocks with package finalize when they are made; a point
// collects for one only while it is suspended inside a try or with block, when closing it
// has an effect (closing one suspended elsewhere only ends it, which nothing observes).

// watchGeneratorDrop registers g if its code can suspend inside a handler block.
func watchGeneratorDrop(g *py.Generator) {
	if !hasHandlerBlocks(g.Frame.Code) {
		return
	}
	wp := weak.Make(g)
	f := g.Frame
	suspended := func() bool { return f.Lasti != 0 && f.Yielded }
	finalize.RegisterForCaller(func() bool { return wp.Value() == nil }, func() finalize.State {
		switch {
		case f.Lasti != 0 && !f.Yielded:
			return finalize.Done // ran to its end, or was closed
		case suspended() && inHandlerBlock(f):
			return finalize.Needs
		}
		return finalize.Idle
	}, func() {
		if !suspended() || !inHandlerBlock(f) {
			return
		}
		again := py.NewGenerator(f)
		if _, err := generatorClose(again, nil, nil); err != nil {
			finalize.Report(f.Context, "Exception ignored in", again, err)
		}
	})
}

// inHandlerBlock reports whether f is inside a try (except or finally) or with block.
func inHandlerBlock(f *py.Frame) bool {
	for _, b := range f.Blockstack {
		if b.Type != py.TryBlockSetupLoop {
			return true
		}
	}
	return false
}

// handlerCodes caches hasHandlerBlocks per code object, keyed weakly: code made by exec or
// compile in a loop is not kept alive by the cache.
var handlerCodes sync.Map // weak.Pointer[py.Code] -> bool

// hasHandlerBlocks reports whether code sets up a try or with block anywhere.
func hasHandlerBlocks(code *py.Code) bool {
	key := weak.Make(code)
	if v, ok := handlerCodes.Load(key); ok {
		return v.(bool)
	}
	found := false
	b := code.Code
	for i := 0; i < len(b); {
		op := vm.OpCode(b[i])
		switch op {
		case vm.SETUP_EXCEPT, vm.SETUP_FINALLY, vm.SETUP_WITH:
			found = true
		}
		if op >= vm.HAVE_ARGUMENT {
			i += 3
		} else {
			i++
		}
		if found {
			break
		}
	}
	handlerCodes.Store(key, found)
	return found
}
