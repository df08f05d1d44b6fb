package ceval

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// other carries out the instructions that are not on the loop's hot path.
func (m *machine) other(op vm.OpCode, arg int32) error {
	f := m.f
	switch op {
	case vm.UNARY_POSITIVE:
		return m.unary(py.Pos)
	case vm.UNARY_NEGATIVE:
		return m.unary(py.Neg)
	case vm.UNARY_NOT:
		return m.unary(py.Not)
	case vm.UNARY_INVERT:
		return m.unary(py.Invert)
	case vm.GET_ITER:
		return m.unary(py.Iter)
	case vm.STORE_SUBSCR:
		key, container, value := m.peek(1), m.peek(2), m.peek(3)
		m.drop(3)
		_, err := py.SetItem(container, key, value)
		return err
	case vm.DELETE_SUBSCR:
		key, container := m.peek(1), m.peek(2)
		m.drop(2)
		_, err := py.DelItem(container, key)
		return err
	case vm.PRINT_EXPR:
		return m.printExpr()
	case vm.BREAK_LOOP:
		m.why = whyBreak
	case vm.CONTINUE_LOOP:
		m.retval = py.Int(arg)
		m.why = whyContinue
	case vm.UNPACK_EX:
		before, after := int(arg&0xFF), int(arg>>8)
		return m.unpack(m.pop(), before, after)
	case vm.UNPACK_SEQUENCE:
		seq := m.pop()
		n := int(arg)
		switch s := seq.(type) {
		case py.Tuple:
			if len(s) == n {
				m.pushReversed(s)
				return nil
			}
		case *py.List:
			if len(s.Items) == n {
				m.pushReversed(s.Items)
				return nil
			}
		}
		return m.unpack(seq, n, -1)
	case vm.SET_ADD:
		w := m.pop()
		m.peek(int(arg)).(*py.Set).Add(w)
	case vm.LIST_APPEND:
		w := m.pop()
		m.peek(int(arg)).(*py.List).Append(w)
	case vm.MAP_ADD:
		key, value := m.peek(1), m.peek(2)
		m.drop(2)
		return setDictItem(m.peek(int(arg)), key, value)
	case vm.STORE_MAP:
		key, value := m.peek(1), m.peek(2)
		m.drop(2)
		return setDictItem(m.top(), key, value)
	case vm.YIELD_VALUE:
		m.retval = m.pop()
		f.Yielded = true
		m.why = whyYield
	case vm.YIELD_FROM:
		return m.yieldFrom()
	case vm.IMPORT_STAR:
		return m.importStar()
	case vm.POP_BLOCK:
		f.PopBlock()
	case vm.POP_EXCEPT:
		b := f.Block
		f.PopBlock()
		if b.Type != py.TryBlockExceptHandler {
			return py.ExceptionNewf(py.SystemError, "popped block is not an except handler")
		}
		m.unwindExceptHandler(b)
	case vm.END_FINALLY:
		return m.endFinally()
	case vm.LOAD_BUILD_CLASS:
		m.push(f.Context.Store().Builtins.Globals["__build_class__"])
	case vm.SETUP_WITH:
		return m.setupWith(arg)
	case vm.WITH_CLEANUP:
		return m.withCleanup()
	case vm.STORE_NAME:
		f.Locals[f.Code.Names[arg]] = m.pop()
	case vm.DELETE_NAME:
		return deleteName(f.Locals, f.Code.Names[arg])
	case vm.DELETE_ATTR:
		return py.DeleteAttrString(m.pop(), f.Code.Names[arg])
	case vm.STORE_GLOBAL:
		f.Globals[f.Code.Names[arg]] = m.pop()
	case vm.DELETE_GLOBAL:
		return deleteName(f.Globals, f.Code.Names[arg])
	case vm.LOAD_NAME:
		name := f.Code.Names[arg]
		v, ok := f.Lookup(name)
		if !ok {
			return nameError(name)
		}
		m.push(v)
	case vm.BUILD_TUPLE:
		t := make(py.Tuple, arg)
		copy(t, f.Stack[len(f.Stack)-int(arg):])
		m.drop(int(arg))
		m.push(t)
	case vm.BUILD_LIST:
		l := py.NewListFromItems(f.Stack[len(f.Stack)-int(arg):])
		m.drop(int(arg))
		m.push(l)
	case vm.BUILD_SET:
		s := py.NewSetFromItems(f.Stack[len(f.Stack)-int(arg):])
		m.drop(int(arg))
		m.push(s)
	case vm.BUILD_MAP:
		m.push(py.NewStringDictSized(int(arg)))
	case vm.IMPORT_NAME:
		return m.importName(arg)
	case vm.IMPORT_FROM:
		name := f.Code.Names[arg]
		v, err := py.GetAttrString(m.top(), name)
		if err != nil {
			if py.IsException(py.AttributeError, err) {
				err = py.ExceptionNewf(py.ImportError, "cannot import name %s", name)
			}
			return err
		}
		m.push(v)
	case vm.SETUP_LOOP:
		f.PushBlock(py.TryBlockSetupLoop, f.Lasti+arg, len(f.Stack))
	case vm.SETUP_EXCEPT:
		f.PushBlock(py.TryBlockSetupExcept, f.Lasti+arg, len(f.Stack))
	case vm.SETUP_FINALLY:
		f.PushBlock(py.TryBlockSetupFinally, f.Lasti+arg, len(f.Stack))
	case vm.DELETE_FAST:
		if f.LocalVars[arg] == nil {
			return nameError(f.Code.Varnames[arg])
		}
		f.LocalVars[arg] = nil
	case vm.LOAD_CLOSURE:
		m.push(f.CellAndFreeVars[arg])
	case vm.LOAD_DEREF:
		v := f.CellAndFreeVars[arg].(*py.Cell).Get()
		if v == nil {
			return m.unboundDeref(arg)
		}
		m.push(v)
	case vm.LOAD_CLASSDEREF:
		return m.loadClassDeref(arg)
	case vm.STORE_DEREF:
		f.CellAndFreeVars[arg].(*py.Cell).Set(m.pop())
	case vm.DELETE_DEREF:
		c := f.CellAndFreeVars[arg].(*py.Cell)
		if c.Get() == nil {
			return m.unboundDeref(arg)
		}
		c.Delete()
	case vm.RAISE_VARARGS:
		return m.raiseVarargs(arg)
	case vm.MAKE_FUNCTION, vm.MAKE_CLOSURE:
		return m.makeFunction(arg, op == vm.MAKE_CLOSURE)
	case vm.BUILD_SLICE:
		var step py.Object = py.None
		if arg == 3 {
			step = m.pop()
		}
		stop := m.pop()
		m.setTop(py.NewSlice(m.top(), stop, step))
	case vm.CALL_FUNCTION_VAR:
		args := m.pop()
		return m.call(arg, args, nil)
	case vm.CALL_FUNCTION_KW:
		kwargs := m.pop()
		return m.call(arg, nil, kwargs)
	case vm.CALL_FUNCTION_VAR_KW:
		kwargs := m.pop()
		args := m.pop()
		return m.call(arg, args, kwargs)
	default:
		return py.ExceptionNewf(py.SystemError, "Illegal opcode")
	}
	return nil
}

func nameError(name string) error {
	return py.ExceptionNewf(py.NameError, "name '%s' is not defined", name)
}

func deleteName(ns py.StringDict, name string) error {
	if _, ok := ns[name]; !ok {
		return nameError(name)
	}
	delete(ns, name)
	return nil
}

func setDictItem(d, key, value py.Object) error {
	dict, err := py.DictCheckExact(d)
	if err != nil {
		return err
	}
	_, err = dict.M__setitem__(key, value)
	return err
}

func (m *machine) unary(fn func(py.Object) (py.Object, error)) error {
	r, err := fn(m.top())
	if err == nil {
		m.setTop(r)
	}
	return err
}

// pushReversed pushes items last first, as UNPACK_SEQUENCE leaves them.
func (m *machine) pushReversed(items []py.Object) {
	for i := len(items) - 1; i >= 0; i-- {
		m.push(items[i])
	}
}

// unpack unpacks seq into before values, then (after >= 0) a list of the rest and after
// values, pushed last first, with gpython's messages.
func (m *machine) unpack(seq py.Object, before, after int) error {
	total := before
	if after >= 0 {
		total += 1 + after
	}
	base := len(m.f.Stack)
	m.f.Stack = append(m.f.Stack, make([]py.Object, total)...)
	sp := base + total
	it, err := py.Iter(seq)
	if err != nil {
		return err
	}
	for i := 0; i < before; i++ {
		v, err := py.Next(it)
		if err != nil {
			return py.ExceptionNewf(py.ValueError, "need more than %d value(s) to unpack", i)
		}
		sp--
		m.f.Stack[sp] = v
	}
	if after < 0 {
		if _, done := py.Next(it); done != nil {
			return nil
		}
		return py.ExceptionNewf(py.ValueError, "too many values to unpack (expected %d)", before)
	}
	l, err := py.SequenceList(it)
	if err != nil {
		return err
	}
	sp--
	m.f.Stack[sp] = l
	n := l.Len()
	if n < after {
		return py.ExceptionNewf(py.ValueError, "need more than %d values to unpack", before+n)
	}
	for j := after; j > 0; j-- {
		sp--
		m.f.Stack[sp] = l.Items[n-j]
	}
	l.Resize(n - after)
	return nil
}

func (m *machine) printExpr() error {
	v := m.pop()
	g := m.f.Globals
	g["_"] = py.None
	if v != py.None {
		r, err := py.Repr(v)
		if err != nil {
			return err
		}
		vm.PrintExpr(fmt.Sprint(r))
	}
	g["_"] = v
	return nil
}

func (m *machine) yieldFrom() error {
	u := m.pop()
	x := m.top()
	var r py.Object
	var err error
	if u == py.None {
		r, err = py.Next(x)
	} else {
		r, err = py.Send(x, u)
	}
	if err != nil {
		if py.IsException(py.StopIteration, err) {
			return nil
		}
		return err
	}
	// run YIELD_FROM again when resumed, with the value sent on the stack
	m.f.Lasti--
	m.retval = r
	m.f.Yielded = true
	m.why = whyYield
	return nil
}

func (m *machine) importStar() error {
	f := m.f
	f.FastToLocals()
	module, ok := m.pop().(*py.Module)
	if !ok {
		return py.ExceptionNewf(py.SystemError, "import *: not a module")
	}
	if all, ok := module.Globals["__all__"]; ok {
		var loopErr error
		err := py.Iterate(all, func(item py.Object) bool {
			name, err := py.AttributeName(item)
			if err == nil {
				f.Locals[name], err = py.GetAttrString(module, name)
			}
			loopErr = err
			return err != nil
		})
		if err == nil {
			err = loopErr
		}
		if err != nil {
			return err
		}
	} else {
		for name, v := range module.Globals {
			if !strings.HasPrefix(name, "_") {
				f.Locals[name] = v
			}
		}
	}
	f.LocalsToFast(false)
	return nil
}

// endFinally ends a finally clause: it carries on with what entered it (nothing, a
// return, continue or break, a silenced exception or an exception to raise again).
func (m *machine) endFinally() error {
	v := m.pop()
	if v == py.None {
		return nil
	}
	if w, ok := v.(py.Int); ok {
		m.why = why(w)
		switch m.why {
		case whyReturn, whyContinue:
			m.retval = m.pop()
		case whySilenced:
			f := m.f
			b := f.Block
			f.PopBlock()
			if b.Type != py.TryBlockExceptHandler {
				panic("ceval: END_FINALLY expects an except handler block")
			}
			m.unwindExceptHandler(b)
			m.why = whyNot
		case whyYield, whyException:
			panic("ceval: unexpected status in END_FINALLY")
		}
		return nil
	}
	if py.ExceptionClassCheck(v) {
		value := m.pop()
		tb := m.pop()
		m.curexc.Type, _ = v.(*py.Type)
		m.curexc.Value = value
		m.curexc.Traceback, _ = tb.(*py.Traceback)
		m.why = whyException
		return nil
	}
	return py.ExceptionNewf(py.SystemError, "'finally' pops bad exception %#v", v)
}

func (m *machine) setupWith(delta int32) error {
	mgr := m.top()
	exit, err := py.GetAttrString(mgr, "__exit__")
	if err != nil {
		return err
	}
	m.setTop(exit)
	enter, err := py.GetAttrString(mgr, "__enter__")
	if err != nil {
		return err
	}
	res, err := py.Call(enter, nil, nil)
	if err != nil {
		return err
	}
	m.f.PushBlock(py.TryBlockSetupFinally, m.f.Lasti+delta, len(m.f.Stack))
	m.push(res)
	return nil
}

// withCleanup calls a with statement's __exit__, below the 1 to 6 values that tell how the
// block ended; a true result for an exception silences it.
func (m *machine) withCleanup() error {
	var exit py.Object
	exc := m.top()
	var val, tb py.Object = py.None, py.None
	if exc == py.None {
		m.drop(1)
		exit = m.top()
		m.setTop(exc)
	} else if w, ok := exc.(py.Int); ok {
		m.drop(1)
		switch why(w) {
		case whyReturn, whyContinue:
			exit = m.peek(2)
			s := m.f.Stack
			s[len(s)-2] = m.top()
			m.setTop(exc)
		default:
			exit = m.top()
			m.setTop(exc)
		}
		exc = py.None
	} else {
		s := m.f.Stack
		n := len(s)
		val, tb = s[n-2], s[n-3]
		tp2, exc2, tb2 := s[n-4], s[n-5], s[n-6]
		exit = s[n-7]
		s[n-7], s[n-6], s[n-5] = tb2, exc2, tp2
		s[n-4] = nil
		b := m.f.Block
		if b.Type != py.TryBlockExceptHandler {
			panic("ceval: WITH_CLEANUP expects an except handler block")
		}
		b.Level--
	}
	res, err := py.Call(exit, []py.Object{exc, val, tb}, nil)
	if err != nil {
		return err
	}
	if exc != py.None && res == py.True {
		m.push(py.Int(whySilenced))
	}
	return nil
}

func (m *machine) importName(namei int32) error {
	f := m.f
	name := py.String(f.Code.Names[namei])
	imp, ok := f.Builtins["__import__"]
	if !ok {
		return py.ExceptionNewf(py.ImportError, "__import__ not found")
	}
	fromlist := m.pop()
	level := m.top()
	var locals py.Object = py.None
	if f.Locals != nil {
		locals = f.Locals
	}
	args := py.Tuple{name, f.Globals, locals, fromlist}
	if _, ok := level.(py.Int); ok {
		args = append(args, level)
	}
	r, err := m.callObject(imp, args, nil)
	if err != nil {
		return err
	}
	m.setTop(r)
	return nil
}

// varName is the name of cell or free variable slot i, and whether it is free.
func (m *machine) varName(i int32) (string, bool) {
	cells := m.f.Code.Cellvars
	if int(i) < len(cells) {
		return cells[i], false
	}
	return m.f.Code.Freevars[int(i)-len(cells)], true
}

func (m *machine) unboundDeref(i int32) error {
	name, free := m.varName(i)
	if free {
		return py.ExceptionNewf(py.NameError, "free variable '%s' referenced before assignment in enclosing scope", name)
	}
	return py.ExceptionNewf(py.UnboundLocalError, "local variable '%s' referenced before assignment", name)
}

// loadClassDeref is gpython's LOAD_CLASSDEREF (which gopy's compiler does not emit),
// pushing the namespace's value and then the cell's.
func (m *machine) loadClassDeref(i int32) error {
	name, _ := m.varName(i)
	if v, ok := m.f.Locals[name]; ok {
		m.push(v)
	}
	v := m.f.CellAndFreeVars[i].(*py.Cell).Get()
	if v == nil {
		return m.unboundDeref(i)
	}
	m.push(v)
	return nil
}

func (m *machine) raiseVarargs(argc int32) error {
	var exc, cause py.Object
	switch argc {
	case 2:
		cause = m.pop()
		exc = m.pop()
	case 1:
		exc = m.pop()
	case 0:
		if !m.exc.IsSet() {
			return py.ExceptionNewf(py.RuntimeError, "No active exception to reraise")
		}
		m.curexc = m.exc
		m.why = whyException
		return nil
	default:
		return py.ExceptionNewf(py.SystemError, "bad RAISE_VARARGS oparg")
	}
	e := py.MakeException(exc)
	if cause != nil {
		e.Cause = py.MakeException(cause)
	}
	return e
}

func (m *machine) makeFunction(argc int32, closure bool) error {
	f := m.f
	posdefaults := int(argc & 0xff)
	kwdefaults := int((argc >> 8) & 0xff)
	annotations := int((argc >> 16) & 0x7fff)
	qualname := m.pop()
	code := m.pop()
	fn := py.NewFunction(f.Context, code.(*py.Code), f.Globals, string(qualname.(py.String)))
	if closure {
		fn.Closure = m.pop().(py.Tuple)
	}
	if annotations > 0 {
		names := m.pop().(py.Tuple)
		if annotations != len(names)+1 {
			return py.ExceptionNewf(py.SystemError, "MAKE_FUNCTION: bad annotation count")
		}
		anns := py.NewStringDict()
		for i := len(names) - 1; i >= 0; i-- {
			anns[string(names[i].(py.String))] = m.pop()
		}
		fn.Annotations = anns
	}
	if kwdefaults > 0 {
		defs := py.NewStringDict()
		for ; kwdefaults > 0; kwdefaults-- {
			v := m.pop()
			key := m.pop()
			defs[string(key.(py.String))] = v
		}
		fn.KwDefaults = defs
	}
	if posdefaults > 0 {
		defs := make(py.Tuple, posdefaults)
		for i := posdefaults - 1; i >= 0; i-- {
			defs[i] = m.pop()
		}
		fn.Defaults = defs
	}
	m.push(fn)
	return nil
}
