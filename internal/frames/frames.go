// Package frames gives Python code its frames: the frame of every Python call is made here
// (NewCall, which binds the arguments), the VM hooks keep each thread's stack of running
// frames on its gil.Thread, and from that stack come sys._getframe, the frame objects'
// attributes (f_back, f_code, f_lineno, f_locals ...), tracebacks' tb_frame/tb_lineno, and
// the builtins that act on the caller's frame: globals(), locals(), exec() and eval().
//
// gpython's frames have no f_back; a running frame's caller is the frame below it on its
// thread's stack. A frame handed to Python code (by sys._getframe or f_back) remembers its
// caller weakly keyed on the side, so f_back still answers after the frame has returned,
// as in CPython (a generator's frame has a caller only while it runs).
//
// exec() and eval() take any dict as globals and any mapping as locals. gpython's VM keeps
// namespaces as py.StringDict, so a dict is linked to one (objects.Dict.Namespace) and kept
// in step with it; another mapping is copied in and its changes written back afterwards.
package frames

import (
	"fmt"
	"runtime"
	"sync"
	"weak"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/gpyhooks"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
)

// Side tables of frame objects, weakly keyed: the caller of a frame handed to Python code,
// and f_trace. (Metadata of the objects, like compiler's line tables: a frame belongs to
// one interpreter and dies with it.)
var (
	sideMu  sync.Mutex
	callers = map[weak.Pointer[py.Frame]]*py.Frame{}
	traces  = map[weak.Pointer[py.Frame]]*frameTrace{}
)

type frameTrace struct {
	trace          py.Object
	lines, opcodes bool
}

func forget[V any](m map[weak.Pointer[py.Frame]]V, f *py.Frame) weak.Pointer[py.Frame] {
	k := weak.Make(f)
	runtime.AddCleanup(f, func(k weak.Pointer[py.Frame]) {
		sideMu.Lock()
		delete(m, k)
		sideMu.Unlock()
	}, k)
	return k
}

// threadOf returns the thread f is running on, nil if it is not running.
func threadOf(f *py.Frame) *gil.Thread {
	rt := gil.Of(f.Context)
	if rt == nil {
		return nil
	}
	if t := rt.Current(); t != nil && t.Runs(f) {
		return t
	}
	for _, t := range rt.Threads() {
		if t.Runs(f) {
			return t
		}
	}
	return nil
}

// Handed records that Python code got hold of frame f while it runs on thread t, so that
// f.f_back still answers once f has returned.
func Handed(t *gil.Thread, f *py.Frame) {
	back := t.Caller(f)
	if back == nil || f.Code.Flags&(py.CO_GENERATOR|0x80|0x200) != 0 { // generators, coroutines, async generators
		// (A suspended generator's frame has no caller.)
		return
	}
	k := weak.Make(f)
	sideMu.Lock()
	_, ok := callers[k]
	if !ok {
		callers[k] = back
	}
	sideMu.Unlock()
	if !ok {
		forget(callers, f)
	}
}

// Back returns f.f_back: the frame that called f, nil for the outermost one.
func Back(f *py.Frame) *py.Frame {
	if t := threadOf(f); t != nil {
		back := t.Caller(f)
		if back != nil {
			Handed(t, back)
		}
		return back
	}
	sideMu.Lock()
	defer sideMu.Unlock()
	return callers[weak.Make(f)]
}

// Lineno is f.f_lineno: the line being run (the first line before the frame starts).
func Lineno(f *py.Frame) int {
	if f.Lasti <= 0 {
		return int(f.Code.Firstlineno)
	}
	return compiler.LineOf(f.Code, f.Lasti)
}

// ClassBodyKey is the key under which the object model keeps its state in the namespace
// of a running class body (package classes); Python code never sees it.
const ClassBodyKey = "\x00class body"

// Locals is f.f_locals (and locals() in f): the namespace itself for module and class
// frames, a new dict of the variables that have a value for a function's frame.
func Locals(f *py.Frame) py.Object {
	code := f.Code
	if code.Flags&py.CO_OPTIMIZED == 0 && f.Locals != nil {
		if state, ok := f.Locals[ClassBodyKey]; ok {
			// The mapping the metaclass's __prepare__ made is the namespace Python code
			// sees (vars().update(...) in an Enum body defines members).
			if p, ok := state.(interface{ Prepared() py.Object }); ok {
				if m := p.Prepared(); m != nil {
					return m
				}
			}
			ns := f.Locals.Copy()
			delete(ns, ClassBodyKey)
			return ns
		}
		return f.Locals
	}
	d := objects.NewDict()
	fast := f.Localsplus
	nlocals := int(code.Nlocals)
	cellArg := map[int]int{} // argument index -> cell index
	for i, a := range code.Cell2arg {
		if a != py.CO_CELL_NOT_AN_ARG {
			cellArg[int(a)] = i
		}
	}
	put := func(name string, v py.Object) {
		if c, ok := v.(*py.Cell); ok {
			v = c.Get()
		}
		if v != nil {
			_ = d.SetItem(py.String(name), v)
		}
	}
	for i, name := range code.Varnames {
		if i >= nlocals {
			break
		}
		if c, ok := cellArg[i]; ok {
			put(name, fast[nlocals+c])
			continue
		}
		put(name, fast[i])
	}
	for i, name := range code.Cellvars {
		if code.Cell2arg == nil || code.Cell2arg[i] == py.CO_CELL_NOT_AN_ARG {
			put(name, fast[nlocals+i])
		}
	}
	for i, name := range code.Freevars {
		put(name, fast[nlocals+len(code.Cellvars)+i])
	}
	return d
}

func frameOf(self py.Object, name string) (*py.Frame, error) {
	f, ok := self.(*py.Frame)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'frame' objects doesn't apply to a '%s' object", name, self.Type().Name)
	}
	return f, nil
}

func traceOf(f *py.Frame, create bool) *frameTrace {
	k := weak.Make(f)
	sideMu.Lock()
	tr, ok := traces[k]
	if !ok && create {
		tr = &frameTrace{trace: py.None, lines: true}
		traces[k] = tr
	}
	sideMu.Unlock()
	if !ok && create {
		forget(traces, f)
	}
	return tr
}

// The attributes of frame objects.
// installFrameAttrs is the frame object's attributes (part of change frames/attrs).
func installFrameAttrs() {
	d := py.FrameType.Dict
	get := func(name string, fn func(f *py.Frame) py.Object) {
		d[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			f, err := frameOf(self, name)
			if err != nil {
				return nil, err
			}
			return fn(f), nil
		}}
	}
	get("f_back", func(f *py.Frame) py.Object {
		if b := Back(f); b != nil {
			return b
		}
		return py.None
	})
	get("f_code", func(f *py.Frame) py.Object { return f.Code })
	get("f_lineno", func(f *py.Frame) py.Object { return py.Int(Lineno(f)) })
	get("f_lasti", func(f *py.Frame) py.Object { return py.Int(max(f.Lasti-1, -1)) })
	get("f_globals", func(f *py.Frame) py.Object { return f.Globals })
	get("f_builtins", func(f *py.Frame) py.Object { return f.Builtins })
	get("f_locals", Locals)
	traceAttr := func(name string, read func(tr *frameTrace) py.Object, write func(tr *frameTrace, v py.Object) error) {
		d[name] = &py.Property{
			Fget: func(self py.Object) (py.Object, error) {
				f, err := frameOf(self, name)
				if err != nil {
					return nil, err
				}
				if tr := traceOf(f, false); tr != nil {
					return read(tr), nil
				}
				return read(&frameTrace{trace: py.None, lines: true}), nil
			},
			Fset: func(self, v py.Object) error {
				f, err := frameOf(self, name)
				if err != nil {
					return err
				}
				return write(traceOf(f, true), v)
			},
		}
	}
	boolAttr := func(name string, field func(tr *frameTrace) *bool) {
		traceAttr(name, func(tr *frameTrace) py.Object { return py.NewBool(*field(tr)) },
			func(tr *frameTrace, v py.Object) error {
				if _, ok := v.(py.Bool); !ok {
					return py.ExceptionNewf(py.TypeError, "attribute value type must be bool")
				}
				*field(tr) = v == py.True
				return nil
			})
	}
	traceAttr("f_trace", func(tr *frameTrace) py.Object { return tr.trace },
		func(tr *frameTrace, v py.Object) error {
			tr.trace = v
			return nil
		})
	boolAttr("f_trace_lines", func(tr *frameTrace) *bool { return &tr.lines })
	boolAttr("f_trace_opcodes", func(tr *frameTrace) *bool { return &tr.opcodes })
	d["clear"] = py.MustNewMethod("clear", func(self py.Object) (py.Object, error) {
		f, err := frameOf(self, "clear")
		if err != nil {
			return nil, err
		}
		if threadOf(f) != nil {
			return nil, py.ExceptionNewf(py.RuntimeError, "cannot clear an executing frame")
		}
		return py.None, nil
	}, 0, "F.clear(): clear most references held by the frame")
}

// DropStale forgets what the running frames of rt's threads no longer hold: gpython's VM
// pops its value stack by reslicing, so the slots above the top keep the objects last
// pushed there, reachable for Go's collector until overwritten. A collection (gc.collect(),
// package finalize's points) calls it first, so that an object the script has let go of is
// freed. The caller holds the GIL (the other threads are not running Python).
//
// A frame stopped in a call instruction is the exception: gpython's VM hands the callee
// the positional arguments as a slice of the value stack just above the new top (the
// function, then the arguments), and the Go code called (a builtin, a type, a method
// implemented in Go) may still be using them while Python code it calls runs and reaches
// a collection. Those slots are kept.
func DropStale(rt *gil.Runtime) {
	for _, t := range rt.Threads() {
		for _, f := range t.Frames() {
			top := len(f.Stack) + callOperands(f)
			if top < cap(f.Stack) {
				clear(f.Stack[top:cap(f.Stack)])
			}
		}
	}
}

// DropStaleOf forgets what the value stack of f, a frame that has returned, keeps above
// its top: a frame a traceback or a generator still references would otherwise keep the
// objects last pushed there (an exception it caught, the temporaries of its last
// statements) until the frame itself is freed.
func DropStaleOf(f *py.Frame) {
	if top := len(f.Stack); top < cap(f.Stack) {
		clear(f.Stack[top:cap(f.Stack)])
	}
}

// ClearFinished forgets the locals and the value stack of f, the frame of a generator that
// has run to its end: nothing can run in it again, and what it held is freed with it in
// CPython.
func ClearFinished(f *py.Frame) {
	clear(f.LocalVars)
	clear(f.Stack[:cap(f.Stack)])
	f.Stack = f.Stack[:0]
}

// callOperands returns how many slots above the top of f's value stack the instruction f
// is running may still use: the function and its positional arguments when it is a call
// (gpython's instructions take a two-byte argument, and Lasti is past the instruction
// while it runs), none otherwise.
func callOperands(f *py.Frame) int {
	code, i := f.Code.Code, int(f.Lasti)-3
	if i < 0 || i+2 >= len(code) {
		return 0
	}
	switch vm.OpCode(code[i]) {
	case vm.CALL_FUNCTION, vm.CALL_FUNCTION_VAR, vm.CALL_FUNCTION_KW, vm.CALL_FUNCTION_VAR_KW:
		n := 1 + int(code[i+1])
		// The eval loop calls a bound method or a class with the first argument (self)
		// put in front of the others, which moves them up one slot (internal/ceval).
		if st := f.Stack; len(st) < cap(st) {
			switch st[:len(st)+1][len(st)].(type) {
			case *py.BoundMethod, *py.Type:
				n++
			}
		}
		return n
	}
	return 0
}

// Repr is repr(f), as CPython's.
func Repr(f *py.Frame) string {
	return fmt.Sprintf("<frame at %p, file '%s', line %d, code %s>", f, f.Code.Filename, Lineno(f), f.Code.Name)
}

// The attributes of traceback objects (gpython names them __tb_next__ ...).
// installTracebackAttrs is the traceback object's attributes (part of change frames/attrs).
func installTracebackAttrs() {
	d := py.TracebackType.Dict
	tbOf := func(self py.Object) (*py.Traceback, error) {
		tb, ok := self.(*py.Traceback)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor for 'traceback' objects doesn't apply to a '%s' object", self.Type().Name)
		}
		return tb, nil
	}
	get := func(name string, fn func(tb *py.Traceback) py.Object) {
		d[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			tb, err := tbOf(self)
			if err != nil {
				return nil, err
			}
			return fn(tb), nil
		}}
	}
	get("tb_frame", func(tb *py.Traceback) py.Object { return tb.Frame })
	get("tb_lasti", func(tb *py.Traceback) py.Object { return py.Int(max(tb.Lasti-1, -1)) })
	get("tb_lineno", func(tb *py.Traceback) py.Object { return py.Int(TracebackLine(tb)) })
	d["tb_next"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			tb, err := tbOf(self)
			if err != nil {
				return nil, err
			}
			if tb.Next == nil {
				return py.None, nil
			}
			return tb.Next, nil
		},
		Fset: func(self, v py.Object) error {
			tb, err := tbOf(self)
			if err != nil {
				return err
			}
			if v == py.None {
				tb.Next = nil
				return nil
			}
			next, ok := v.(*py.Traceback)
			if !ok {
				return py.ExceptionNewf(py.TypeError, "expected traceback object, got '%s'", v.Type().Name)
			}
			for n := next; n != nil; n = n.Next {
				if n == tb {
					return py.ExceptionNewf(py.ValueError, "traceback loop detected")
				}
			}
			tb.Next = next
			return nil
		},
	}
}

// TracebackLine is tb.tb_lineno: the line of the instruction that raised, exact where
// co_lnotab is not.
func TracebackLine(tb *py.Traceback) int {
	if tb.Frame != nil && tb.Lasti > 0 {
		return compiler.LineOf(tb.Frame.Code, tb.Lasti)
	}
	return int(tb.Lineno)
}

// hidden lists, by file name, the functions of gopy's Python library code that CPython
// implements in C (warnings.warn, functools.partial.__call__ ...): CPython's tracebacks
// have no entry for them, so neither have gopy's. Filled by init functions only.
var hidden = map[string]map[string]bool{}

// HideFrames declares functions (by code name) of the module source registered as
// filename (a FileDesc such as "<frozen warnings>") that leave no traceback entry. Call it
// from an init function.
func HideFrames(filename string, names ...string) {
	set := hidden[filename]
	if set == nil {
		set = map[string]bool{}
		hidden[filename] = set
	}
	for _, n := range names {
		set[n] = true
	}
}

// DropHidden removes the traceback entry that frame f added to err when f runs the code
// of a function declared with HideFrames; the VM hook calls it as an exception leaves f.
func DropHidden(f *py.Frame, err error) error {
	set := hidden[f.Code.Filename]
	if set == nil || !set[f.Code.Name] {
		return err
	}
	info, ok := err.(py.ExceptionInfo)
	if !ok || info.Traceback == nil || info.Traceback.Frame != f {
		return err
	}
	info.Traceback = info.Traceback.Next
	return info
}

// StoreOrder lists the names code assigns (STORE_NAME, STORE_GLOBAL), in the order of its
// instructions: the order in which straight-line code adds them to a namespace (exec's, a
// class body's), which gpython's VM keeps in a Go map.
func StoreOrder(code *py.Code) []string {
	var names []string
	b := code.Code
	ext := 0
	for i := 0; i < len(b); {
		op := vm.OpCode(b[i])
		i++
		if !op.HAS_ARG() {
			continue
		}
		if i+1 >= len(b) {
			break
		}
		arg := int(b[i]) | int(b[i+1])<<8 | ext<<16
		i += 2
		ext = 0
		switch op {
		case vm.EXTENDED_ARG:
			ext = arg
		case vm.STORE_NAME, vm.STORE_GLOBAL:
			if arg < len(code.Names) {
				names = append(names, code.Names[arg])
			}
		}
	}
	return names
}

func init() {
	gpyhooks.Register("frames/attrs", func() {
		installFrameAttrs()
		installTracebackAttrs()
	})
}
