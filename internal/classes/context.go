package classes

import (
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/finalize"
	"github.com/gopyrt/gopy/interp/gil"
)

// Implicit exception chaining (__context__). CPython sets X.__context__ to the exception
// being handled when X is raised. gpython keeps the handled exception in a private field of
// its VM, so the compiler brackets every except clause with calls to EnterHandler and
// ExitHandler (through compiler.RT), which keep a stack of the exceptions being handled.
// Raise, RecordTraceback (errors leaving a Python function) and EnterHandler (an exception
// caught inside another handler) read its top.
//
// The stack belongs to the Python thread holding the GIL (a thread-local value of its
// gil.Thread), so threads do not see each other's exceptions; code running outside any
// interpreter's GIL shares a process-wide stack.

type handledKeyType struct{}

var (
	handledMu     sync.Mutex
	handledGlobal []py.Object
)

// handledStack returns the stack of the calling Python thread. The caller holds handledMu.
func handledStack() *[]py.Object {
	t := gil.Holding()
	if t == nil {
		return &handledGlobal
	}
	if st, ok := t.Value(handledKeyType{}).(*[]py.Object); ok {
		return st
	}
	st := new([]py.Object)
	t.SetValue(handledKeyType{}, st)
	return st
}

func handledTop() py.Object {
	handledMu.Lock()
	defer handledMu.Unlock()
	handled := *handledStack()
	if len(handled) == 0 {
		return nil
	}
	return handled[len(handled)-1]
}

// setImplicitContext makes the exception being handled the __context__ of value, unless
// value already has one or is that exception.
func setImplicitContext(value py.Object) {
	top := handledTop()
	if top == nil || top == value || !IsExceptionValue(value) {
		return
	}
	if _, ctx, _ := ExcChain(value); ctx != nil {
		return
	}
	// Avoid cycles, as CPython's _PyErr_SetObject does.
	for o := top; o != nil; {
		if o == value {
			return
		}
		_, o, _ = ExcChain(o)
	}
	SetContext(value, top)
}

// EnterHandler is called by generated code when an except clause starts handling value
// (tb is the traceback it was caught with).
func EnterHandler(tb, value py.Object) {
	fixGpythonMessage(value, tb)
	if t, ok := tb.(*py.Traceback); ok {
		SetTraceback(value, t)
	}
	setImplicitContext(value)
	handledMu.Lock()
	st := handledStack()
	*st = append(*st, value)
	handledMu.Unlock()
}

// ExitHandler is called by generated code when an except clause ends, however it ends.
func ExitHandler() {
	handledMu.Lock()
	st := handledStack()
	if n := len(*st); n > 0 {
		if v := (*st)[n-1]; v != nil && hasDel(v.Type()) {
			handledFinalizable.Store(true)
		}
		(*st)[n-1] = nil
		*st = (*st)[:n-1]
	}
	handledMu.Unlock()
}

// handledFinalizable is set when an except clause stops handling an exception whose class
// has __del__ (compiler.RT.HandledFinalizable takes it).
var handledFinalizable atomic.Bool

func init() {
	compiler.RT.EnterHandler = EnterHandler
	compiler.RT.ExitHandler = ExitHandler
	compiler.RT.HandledFinalizable = func() bool {
		// An exception whose class has __del__, or one whose traceback held frames
		// that made objects with finalizers.
		fin := handledFinalizable.Load() && handledFinalizable.Swap(false)
		return finalize.TakeUnwound() || fin
	}
	compiler.RT.SuspendHandlers = SuspendHandlers
	compiler.RT.ResumeHandlers = ResumeHandlers
}

// ExcInfo is sys.exc_info(): the type, value and traceback of the exception being handled,
// or (None, None, None).
func ExcInfo() py.Tuple {
	top := handledTop()
	if top == nil {
		return py.Tuple{py.None, py.None, py.None}
	}
	var tb py.Object = py.None
	if t := ExcTraceback(top); t != nil {
		tb = t
	}
	return py.Tuple{top.Type(), top, tb}
}

func init() {
	impl := py.GetModuleImpl("sys")
	set := func(m *py.Method) {
		for i, old := range impl.Methods {
			if old.Name == m.Name {
				impl.Methods[i] = m
				return
			}
		}
		impl.Methods = append(impl.Methods, m)
	}
	set(py.MustNewMethod("exc_info", func(py.Object) (py.Object, error) { return ExcInfo(), nil }, 0,
		"exc_info() -> (type, value, traceback)\n\nReturn information about the exception being handled."))
	set(py.MustNewMethod("exception", func(py.Object) (py.Object, error) {
		if top := handledTop(); top != nil {
			return top, nil
		}
		return py.None, nil
	}, 0, "Return the current exception."))
}

// SuspendHandlers takes the top n exceptions being handled off the stack (a generator
// yields inside n except clauses) and returns them for ResumeHandlers.
func SuspendHandlers(n int) py.Object {
	handledMu.Lock()
	defer handledMu.Unlock()
	st := handledStack()
	handled := *st
	if n > len(handled) {
		n = len(handled)
	}
	saved := append(py.Tuple(nil), handled[len(handled)-n:]...)
	for i := len(handled) - n; i < len(handled); i++ {
		handled[i] = nil
	}
	*st = handled[:len(handled)-n]
	return saved
}

// ResumeHandlers puts back what SuspendHandlers took, when the generator resumes.
func ResumeHandlers(saved py.Object) {
	t, ok := saved.(py.Tuple)
	if !ok {
		return
	}
	handledMu.Lock()
	st := handledStack()
	*st = append(*st, t...)
	handledMu.Unlock()
}
