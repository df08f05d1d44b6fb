package compiler

import (
	"sort"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// The helpers are builtin functions that generated code loads as constants and calls.
// They read RT at call time, so installing the object model's functions takes effect for
// code compiled before as well as after.

// helper is a Go function that generated code calls with positional arguments. It is
// called through I__call__ directly, the cheapest path through gpython's CALL_FUNCTION.
type helper struct {
	name string
	fn   func(args py.Tuple) (py.Object, error)
	// op is not zero for a helper of a binary operator or comparison (cmp, a COMPARE_OP
	// argument, with op COMPARE_OP) whose result on two ints or two floats is the VM's
	// opcode's: the eval loop computes those itself (HelperOf).
	op  vm.OpCode
	cmp int32
}

// HelperOf returns the Go function of fn when fn is one of the helpers generated code
// loads (called with positional arguments only), and the opcode (with its comparison
// argument) that gives the helper's result on two ints or two floats, 0 if none.
func HelperOf(fn py.Object) (call func(args py.Tuple) (py.Object, error), op vm.OpCode, cmp int32, ok bool) {
	h, ok := fn.(*helper)
	if !ok {
		return nil, 0, 0, false
	}
	return h.fn, h.op, h.cmp, true
}

// withOp records the opcode whose result on two ints or floats is h's (see helper).
func (h *helper) withOp(op vm.OpCode, cmp int32) *helper {
	h.op, h.cmp = op, cmp
	return h
}

// HelperType is the type of the helpers generated code loads as constants.
var HelperType = py.NewType("gopy_helper", "A function that code compiled by gopy calls.")

// Type implements py.Object.
func (h *helper) Type() *py.Type { return HelperType }

// M__call__ calls the helper.
func (h *helper) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", h.name)
	}
	return h.fn(args)
}

// newHelper makes a helper.
func newHelper(name string, f func(args py.Tuple) (py.Object, error)) *helper {
	return &helper{name: name, fn: f}
}

// copyArgs copies call arguments, which alias the VM's stack.
func copyArgs(args py.Tuple) []py.Object {
	return append([]py.Object(nil), args...)
}

var (
	helperDict = newHelper("<dict>", func(args py.Tuple) (py.Object, error) {
		return RT.NewDict(copyArgs(args))
	})
	helperSet = newHelper("<set>", func(args py.Tuple) (py.Object, error) {
		return RT.NewSet(copyArgs(args))
	})
	helperSetFromList = newHelper("<setcomp>", func(args py.Tuple) (py.Object, error) {
		l, ok := args[0].(*py.List)
		if !ok {
			return nil, py.ExceptionNewf(py.SystemError, "set comprehension: expected list")
		}
		return RT.NewSet(l.Items)
	})
	helperMod = newHelper("<mod>", func(args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.SystemError, "%%: bad arguments")
		}
		return RT.Mod(args[0], args[1])
	}).withOp(vm.BINARY_MODULO, 0)
	helperJoin = newHelper("<f-string>", func(args py.Tuple) (py.Object, error) {
		var b strings.Builder
		for _, a := range args {
			s, ok := a.(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "f-string part is %s, not str", a.Type().Name)
			}
			b.WriteString(string(s))
		}
		return py.String(b.String()), nil
	})
	helperKwDict = newHelper("<kwargs>", func(args py.Tuple) (py.Object, error) {
		d, ok := args[0].(py.StringDict)
		if !ok {
			return args[0], nil
		}
		keys := make([]string, 0, len(d))
		for k := range d {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		kv := make([]py.Object, 0, 2*len(d))
		for _, k := range keys {
			kv = append(kv, py.String(k), d[k])
		}
		return RT.NewDict(kv)
	})
	helperEnterHandler = newHelper("<except>", func(args py.Tuple) (py.Object, error) {
		if len(args) == 2 {
			tb, _ := args[0].(*py.Traceback)
			fixMessage(tb, args[1])
			RT.EnterHandler(args[0], args[1])
		}
		return py.None, nil
	})
	helperWith = newHelper("<with>", func(args py.Tuple) (py.Object, error) {
		if RT.With == nil {
			return args[0], nil
		}
		return RT.With(args[0])
	})
	helperDisplay = newHelper("<displayhook>", func(args py.Tuple) (py.Object, error) {
		return py.None, RT.Display(args[0])
	})
	helperClassNamespace = newHelper("<class>", func(py.Tuple) (py.Object, error) {
		return RT.ClassNamespace(), nil
	})
	helperExitHandler = newHelper("<except>", func(py.Tuple) (py.Object, error) {
		RT.ExitHandler()
		return py.None, nil
	})
	helperSuspendHandlers = newHelper("<yield>", func(args py.Tuple) (py.Object, error) {
		n, _ := args[0].(py.Int)
		return RT.SuspendHandlers(int(n)), nil
	})
	helperResumeHandlers = newHelper("<yield>", func(args py.Tuple) (py.Object, error) {
		RT.ResumeHandlers(args[0])
		return py.None, nil
	})
	helperCallNoArgs = newHelper("<call>", func(args py.Tuple) (py.Object, error) {
		return RT.CallNoArgs(args[0], args[1])
	})
	helperClassStore = newHelper("<class>", func(args py.Tuple) (py.Object, error) {
		name, _ := args[2].(py.String)
		return py.None, RT.ClassStore(args[0], args[1], string(name))
	})
	helperClassDelete = newHelper("<class>", func(args py.Tuple) (py.Object, error) {
		name, _ := args[1].(py.String)
		return py.None, RT.ClassDelete(args[0], string(name))
	})
	// localsMethod is gpython's locals(): the VM gives it the calling frame.
	localsMethod      = py.MustNewMethod("locals", py.InternalMethodLocals, 0, "")
	helperSuperNoArgs = newHelper("<super>", func(py.Tuple) (py.Object, error) {
		return nil, py.ExceptionNewf(py.RuntimeError, "super(): no arguments")
	})
	helperSuperNoClass = newHelper("<super>", func(py.Tuple) (py.Object, error) {
		return nil, py.ExceptionNewf(py.RuntimeError, "super(): __class__ cell not found")
	})
)

// compareHelpers route comparisons through RT.Compare. Two ints, floats or strs, whose
// order nothing can change, are compared on the spot.
var compareHelpers = map[ast.CmpOp]*helper{
	ast.Lt:    compareHelper("<", func(c int) bool { return c < 0 }).withOp(vm.COMPARE_OP, vm.PyCmp_LT),
	ast.LtE:   compareHelper("<=", func(c int) bool { return c <= 0 }).withOp(vm.COMPARE_OP, vm.PyCmp_LE),
	ast.Gt:    compareHelper(">", func(c int) bool { return c > 0 }).withOp(vm.COMPARE_OP, vm.PyCmp_GT),
	ast.GtE:   compareHelper(">=", func(c int) bool { return c >= 0 }).withOp(vm.COMPARE_OP, vm.PyCmp_GE),
	ast.Eq:    compareHelper("==", func(c int) bool { return c == 0 }).withOp(vm.COMPARE_OP, vm.PyCmp_EQ),
	ast.NotEq: compareHelper("!=", func(c int) bool { return c != 0 }).withOp(vm.COMPARE_OP, vm.PyCmp_NE),
}

func compareHelper(op string, holds func(int) bool) *helper {
	return newHelper("<"+op+">", func(args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.SystemError, "comparison: bad arguments")
		}
		switch a := args[0].(type) {
		case py.Int:
			if b, ok := args[1].(py.Int); ok {
				return py.NewBool(holds(cmp(a, b))), nil
			}
		case py.Float:
			if b, ok := args[1].(py.Float); ok && a == a && b == b {
				return py.NewBool(holds(cmp(a, b))), nil
			}
		case py.String:
			if b, ok := args[1].(py.String); ok {
				return py.NewBool(holds(strings.Compare(string(a), string(b)))), nil
			}
		}
		return RT.Compare(op, args[0], args[1])
	})
}

// cmp orders two numbers.
func cmp[T py.Int | py.Float](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// formatHelpers format one f-string field, by conversion ("" for none).
var formatHelpers = map[string]*helper{
	"": formatHelper(0), "r": formatHelper('r'), "s": formatHelper('s'), "a": formatHelper('a'),
}

func formatHelper(conv byte) *helper {
	return newHelper("<format>", func(args py.Tuple) (py.Object, error) {
		spec := ""
		if len(args) == 2 {
			s, ok := args[1].(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "format spec must be str")
			}
			spec = string(s)
		}
		r, err := RT.FormatValue(args[0], conv, spec)
		if err != nil {
			return nil, err
		}
		if _, ok := r.(py.String); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "__format__ must return a str, not %s", r.Type().Name)
		}
		return r, nil
	})
}
