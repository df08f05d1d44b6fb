package ceval

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// why is the reason the machine is unwinding the block stack (CPython 3.4's WHY_* codes,
// which END_FINALLY finds on the value stack as ints, so their values are fixed).
type why byte

const (
	whyNot why = iota
	whyException
	whyReturn
	whyBreak
	whyContinue
	whyYield
	whySilenced
)

// machine is the state of one run of a frame. It lives on the Go stack of Run.
type machine struct {
	f      *py.Frame
	why    why
	retval py.Object
	// curexc is the exception being raised, exc the one the innermost except clause of
	// this run handles (the one a bare raise raises again).
	curexc py.ExceptionInfo
	exc    py.ExceptionInfo
}

func (m *machine) push(v py.Object) { m.f.Stack = append(m.f.Stack, v) }

func (m *machine) pop() py.Object {
	s := m.f.Stack
	v := s[len(s)-1]
	m.f.Stack = s[:len(s)-1]
	return v
}

func (m *machine) top() py.Object { s := m.f.Stack; return s[len(s)-1] }

func (m *machine) setTop(v py.Object) { s := m.f.Stack; s[len(s)-1] = v }

func (m *machine) peek(n int) py.Object { s := m.f.Stack; return s[len(s)-n] }

func (m *machine) drop(n int) { m.f.Stack = m.f.Stack[:len(m.f.Stack)-n] }

// addTraceback adds an entry for the instruction of this frame that raised.
func (m *machine) addTraceback(info *py.ExceptionInfo) {
	f := m.f
	info.Traceback = &py.Traceback{Next: info.Traceback, Frame: f, Lasti: f.Lasti, Lineno: f.Code.Addr2Line(f.Lasti)}
}

// raise starts the unwinding for err, the error of the instruction that just ran.
func (m *machine) raise(err error) {
	if info, ok := err.(py.ExceptionInfo); ok {
		m.curexc = info
	} else {
		exc := py.MakeException(err)
		m.curexc = py.ExceptionInfo{Type: exc.Type(), Value: exc}
	}
	m.addTraceback(&m.curexc)
	m.why = whyException
}

// Run executes frame f from its instruction f.Lasti until it returns, yields (f.Yielded)
// or raises; the error is a py.ExceptionInfo. It is gpython's vm.RunFrame's equivalent.
func Run(f *py.Frame) (py.Object, error) {
	if int(f.Lasti) >= len(f.Code.Code) {
		return nil, py.ExceptionNewf(py.SystemError, "vm: instruction out of range - code most likely finished already")
	}
	m := machine{f: f}
	m.loop()
	if m.why == whyYield {
		return m.retval, nil
	}
	if m.curexc.IsSet() {
		return nil, m.curexc
	}
	return m.retval, nil
}

// loop runs instructions until the frame returns, yields or raises out.
func (m *machine) loop() {
	f := m.f
	code := f.Code.Code
	var ext int32
	for {
		pc := f.Lasti
		op := vm.OpCode(code[pc])
		pc++
		var arg int32
		if op >= vm.HAVE_ARGUMENT {
			arg = int32(code[pc]) | int32(code[pc+1])<<8 | ext<<16
			ext = 0
			pc += 2
		}
		f.Lasti = pc
		var err error
		switch op {
		case vm.LOAD_FAST:
			if v := f.LocalVars[arg]; v != nil {
				m.push(v)
			} else {
				err = py.ExceptionNewf(py.NameError, "name '%s' is not defined", f.Code.Varnames[arg])
			}
		case vm.STORE_FAST:
			f.LocalVars[arg] = m.pop()
		case vm.LOAD_CONST:
			m.push(f.Code.Consts[arg])
		case vm.LOAD_GLOBAL:
			err = m.loadGlobal(arg)
		case vm.LOAD_ATTR:
			err = m.loadAttr(arg)
		case vm.STORE_ATTR:
			err = m.storeAttr(arg)
		case vm.CALL_FUNCTION:
			err = m.call(arg, nil, nil)
		case vm.POP_TOP:
			m.drop(1)
		case vm.RETURN_VALUE:
			m.retval = m.pop()
			f.Yielded = false
			m.why = whyReturn
		case vm.JUMP_ABSOLUTE:
			f.Lasti = arg
		case vm.JUMP_FORWARD:
			f.Lasti += arg
		case vm.POP_JUMP_IF_FALSE, vm.POP_JUMP_IF_TRUE:
			var t bool
			if t, err = truth(m.pop()); err == nil && t == (op == vm.POP_JUMP_IF_TRUE) {
				f.Lasti = arg
			}
		case vm.JUMP_IF_FALSE_OR_POP, vm.JUMP_IF_TRUE_OR_POP:
			var t bool
			if t, err = truth(m.top()); err == nil {
				if t == (op == vm.JUMP_IF_TRUE_OR_POP) {
					f.Lasti = arg
				} else {
					m.drop(1)
				}
			}
		case vm.FOR_ITER:
			// gpython's FOR_ITER: any error of __next__ ends the loop (the compiler's
			// checkedIter keeps the real one).
			if v, done := py.Next(m.top()); done != nil {
				m.drop(1)
				f.Lasti += arg
			} else {
				m.push(v)
			}
		case vm.COMPARE_OP:
			err = m.compare(arg)
		case vm.ROT_TWO:
			s := f.Stack
			n := len(s)
			s[n-1], s[n-2] = s[n-2], s[n-1]
		case vm.ROT_THREE:
			s := f.Stack
			n := len(s)
			s[n-1], s[n-2], s[n-3] = s[n-2], s[n-3], s[n-1]
		case vm.DUP_TOP:
			m.push(m.top())
		case vm.DUP_TOP_TWO:
			a, b := m.peek(2), m.peek(1)
			m.push(a)
			m.push(b)
		case vm.NOP:
		case vm.EXTENDED_ARG:
			ext = arg
		default:
			if binaryOps[op] {
				if r, ok := m.binaryFast(op); ok {
					m.setTop(r)
					break
				}
				b := m.pop()
				var r py.Object
				if r, err = binary(op, m.top(), b); err == nil {
					m.setTop(r)
				}
				break
			}
			err = m.other(op, arg)
		}
		if err != nil {
			m.raise(err)
		}
		if m.why == whyNot {
			continue
		}
		if m.why == whyYield {
			return
		}
		if m.unwind() {
			return
		}
	}
}

// unwind pops blocks for the reason in m.why; it reports whether the frame is left (a
// return, or an exception no block handles).
func (m *machine) unwind() bool {
	f := m.f
	for m.why != whyNot && f.Block != nil {
		b := f.Block
		if b.Type == py.TryBlockSetupLoop && m.why == whyContinue {
			m.why = whyNot
			f.Lasti = int32(m.retval.(py.Int))
			return false
		}
		f.PopBlock()
		if b.Type == py.TryBlockExceptHandler {
			m.unwindExceptHandler(b)
			continue
		}
		if len(f.Stack) > b.Level {
			f.Stack = f.Stack[:b.Level]
		}
		if b.Type == py.TryBlockSetupLoop && m.why == whyBreak {
			m.why = whyNot
			f.Lasti = b.Handler
			return false
		}
		if m.why == whyException && (b.Type == py.TryBlockSetupExcept || b.Type == py.TryBlockSetupFinally) {
			handler := b.Handler
			f.PushBlock(py.TryBlockExceptHandler, -1, len(f.Stack))
			m.pushExcInfo(m.exc)
			m.exc = m.curexc
			m.curexc = py.ExceptionInfo{}
			m.pushExcInfo(m.exc)
			m.why = whyNot
			f.Lasti = handler
			return false
		}
		if b.Type == py.TryBlockSetupFinally {
			if m.why == whyReturn || m.why == whyContinue {
				m.push(m.retval)
			}
			m.push(py.Int(m.why))
			m.why = whyNot
			f.Lasti = b.Handler
			return false
		}
	}
	if m.why == whyNot {
		return false
	}
	if m.why != whyReturn {
		m.retval = nil
	}
	return true
}

// pushExcInfo pushes an exception's traceback, value and type (None for no type), as an
// except handler finds them.
func (m *machine) pushExcInfo(info py.ExceptionInfo) {
	m.push(info.Traceback)
	m.push(info.Value)
	if info.Type == nil {
		m.push(py.None)
	} else {
		m.push(info.Type)
	}
}

// unwindExceptHandler leaves an except handler's block: the stack down to the saved
// exception, which becomes the handled one again.
func (m *machine) unwindExceptHandler(b *py.TryBlock) {
	f := m.f
	if len(f.Stack) < b.Level+3 {
		panic("ceval: no saved exception on the stack")
	}
	f.Stack = f.Stack[:b.Level+3]
	m.exc.Type, _ = m.pop().(*py.Type)
	m.exc.Value = m.pop()
	m.exc.Traceback, _ = m.pop().(*py.Traceback)
}

// truth is gpython's truth test of the conditional jumps (py.MakeBool).
func truth(v py.Object) (bool, error) {
	switch v := v.(type) {
	case py.Bool:
		return bool(v), nil
	case py.Int:
		return v != 0, nil
	}
	b, err := py.MakeBool(v)
	if err != nil {
		return false, err
	}
	return b == py.True, nil
}
