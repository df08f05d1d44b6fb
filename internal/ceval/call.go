package ceval

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/classes"
)

// Hooks connect the loop to the call bookkeeping of package interp, which sets them once
// as it initializes.
var Hooks struct {
	// Call calls Python function fn with positional arguments args, as fn(*args) through
	// py.Call would (the switch point, recursion limit, frame stack and frame reuse of the
	// VM hooks included). args alias the caller's value stack: the callee copies them.
	Call func(fn *py.Function, args []py.Object) (py.Object, error)
}

// call carries out CALL_FUNCTION and its variants: the low byte of argc counts the
// positional arguments, the next byte the keyword arguments (name and value pairs above
// them); starArgs and starKwargs are the * and ** arguments, nil if none.
func (m *machine) call(argc int32, starArgs, starKwargs py.Object) error {
	nargs := int(argc & 0xFF)
	nkw := int((argc >> 8) & 0xFF)
	s := m.f.Stack
	q := len(s)
	kwStart := q - 2*nkw
	p := kwStart - nargs - 1
	fn := s[p]
	if nkw == 0 && starArgs == nil && starKwargs == nil && Hooks.Call != nil {
		if done, err := m.callPositional(fn, p, q); done {
			return err
		}
	}
	kwPairs := s[kwStart:q]
	args := py.Tuple(s[p+1 : kwStart])
	m.f.Stack = s[:p]
	var kwargs py.StringDict
	if nkw > 0 {
		kwargs = py.NewStringDict()
		for i := 0; i < len(kwPairs); i += 2 {
			k, ok := kwPairs[i].(py.String)
			if !ok {
				return py.ExceptionNewf(py.TypeError, "keywords must be strings")
			}
			if _, dup := kwargs[string(k)]; dup {
				return multipleValues(fn, string(k))
			}
			kwargs[string(k)] = kwPairs[i+1]
		}
	}
	if starKwargs != nil {
		if kwargs == nil {
			kwargs = py.NewStringDict()
		}
		d, ok := starKwargs.(py.StringDict)
		if !ok {
			return py.ExceptionNewf(py.SystemError, "FIXME can't use %T as **kwargs", starKwargs)
		}
		for k, v := range d {
			if _, dup := kwargs[k]; dup {
				return multipleValues(fn, k)
			}
			kwargs[k] = v
		}
	}
	if starArgs != nil {
		args = append(py.Tuple(nil), args...)
		err := py.Iterate(starArgs, func(item py.Object) bool {
			args = append(args, item)
			return false
		})
		if err != nil {
			return err
		}
	}
	r, err := m.callObject(fn, args, kwargs)
	if err != nil {
		return err
	}
	m.push(r)
	return nil
}

// multipleValues is gpython's error for a keyword argument given twice.
func multipleValues(fn py.Object, name string) error {
	var fname, desc string
	switch x := fn.(type) {
	case *py.Method:
		fname, desc = x.Name, "()"
	case *py.Function:
		fname, desc = x.Name, "()"
	default:
		fname, desc = fn.Type().Name, " object"
	}
	return py.ExceptionNewf(py.TypeError, "%s%s got multiple values for keyword argument '%s'", fname, desc, name)
}

// callObject is py.Call, except for gpython's internal methods, which act on the
// calling frame (locals(), __import__).
func (m *machine) callObject(fn py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if method, ok := fn.(*py.Method); ok {
		f := m.f
		switch x := method.Internal(); x {
		case py.InternalMethodNone:
		case py.InternalMethodGlobals:
			return f.Globals, nil
		case py.InternalMethodLocals:
			f.FastToLocals()
			return f.Locals, nil
		case py.InternalMethodImport:
			return py.BuiltinImport(f.Context, nil, args, kwargs, f.Globals)
		default:
			return nil, py.ExceptionNewf(py.SystemError, "Internal method %v not found", x)
		}
	}
	return py.Call(fn, args, kwargs)
}

// callPositional is the fast path of CALL_FUNCTION with positional arguments only: the
// callable fn at stack slot p, its arguments above it up to q. It handles Python
// functions, bound methods of them and plain classes with a Python __init__, and reports
// whether it did.
func (m *machine) callPositional(fn py.Object, p, q int) (bool, error) {
	s := m.f.Stack
	var (
		pyfn *py.Function
		self py.Object // the first argument bound before those on the stack, if any
		made py.Object // the instance a class call made
	)
	switch c := fn.(type) {
	case *py.Function:
		pyfn = c
	case *py.BoundMethod:
		inner, ok := c.Method.(*py.Function)
		if !ok {
			return false, nil
		}
		pyfn, self = inner, c.Self
	case *py.Type:
		obj, init, ok := classes.NewForCall(c)
		if !ok {
			return false, nil
		}
		pyfn, self, made = init, obj, obj
	default:
		return m.callHelper(fn, p, q)
	}
	args := s[p+1 : q]
	if self != nil {
		// self goes in front of the arguments on the stack, without a new argument
		// tuple; the callable stays in its slot, where classes.discardedAtCall looks
		// for it.
		if q < cap(s) {
			s = s[:q+1]
			copy(s[p+2:], s[p+1:q])
			s[p+1] = self
			args = s[p+1:]
		} else {
			args = append([]py.Object{self}, args...)
		}
	}
	m.f.Stack = s[:p]
	r, err := Hooks.Call(pyfn, args)
	if err != nil {
		return true, err
	}
	if made != nil {
		if err := classes.CheckInitResult(r); err != nil {
			return true, err
		}
		r = made
	}
	m.push(r)
	return true, nil
}

// callHelper calls fn at stack slot p when it is one of the compiler's helpers (routed
// operators, comparisons, the runtime's entry points), computing the helper's result for
// two ints or two floats in the loop.
func (m *machine) callHelper(fn py.Object, p, q int) (bool, error) {
	call, op, cmp, ok := compiler.HelperOf(fn)
	if !ok {
		return false, nil
	}
	s := m.f.Stack
	args := s[p+1 : q]
	m.f.Stack = s[:p]
	if op != 0 && len(args) == 2 {
		var r py.Object
		if op == vm.COMPARE_OP {
			r, ok = compareFast(cmp, args[0], args[1])
		} else {
			r, ok = arith(op, args[0], args[1])
		}
		if ok {
			m.push(r)
			return true, nil
		}
	}
	r, err := call(args)
	if err != nil {
		return true, err
	}
	m.push(r)
	return true, nil
}
