package objects

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/gpyhooks"
)

// Subclassing builtin types (class L(list), class T(tuple), class S(str) ...).
//
// Package classes gives an instance of a Python subclass of a builtin type a Go value of that
// type, made by the builtin type's New, then calls __init__ found along the MRO. A builtin
// type with an __init__ in its dictionary counts as mutable there: it is made empty and filled
// by __init__ (dict, set, and list here: its New makes an empty list, so a generator argument
// is consumed once). Immutable types (tuple, str, frozenset, int ...) have no __init__ and are
// complete after New.

func listNew(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return py.NewList(), nil
}

func listInit(self py.Object, args py.Tuple, kw py.StringDict) error {
	l, ok := NativeOf(self).(*py.List)
	if !ok {
		return py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires a 'list' object")
	}
	var it py.Object
	if err := parseArgs("list", args, kw, []string{"iterable"}, 1, 0, &it); err != nil {
		if len(kw) > 0 {
			return py.ExceptionNewf(py.TypeError, "list() takes no keyword arguments")
		}
		return py.ExceptionNewf(py.TypeError, "list expected at most 1 argument, got %d", len(args))
	}
	items := []py.Object{}
	if it != nil {
		var err error
		if items, err = toSlice(it); err != nil {
			return err
		}
		if items == nil {
			items = []py.Object{}
		}
	}
	l.Items = items
	return nil
}

func init() { gpyhooks.Register("objects/list", installList) }

func installList() {
	py.ListType.New = listNew
	py.ListType.Init = listInit
	addMethods(py.ListType, method("__init__", "Initialize self.  See help(type(self)) for accurate signature.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
		return py.None, listInit(self, args, kw)
	}), inPlaceMethod("__iadd__", "Implement self+=value.", compiler.IAdd),
		imulMethod(compiler.IMul))
}

// inPlaceMethod is a mutable builtin's in-place operator as its type dict lists it: op
// changes the value and the result is self, the instance of a subclass too
// (L.__iadd__(x, y) is x).
func inPlaceMethod(name, doc string, op func(a, b py.Object) (py.Object, error)) methodDef {
	m := method(name, doc, func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
		return inPlace(self, args, func(o py.Object) (py.Object, error) { return op(NativeOf(self), NativeOf(o)) })
	})
	m.keepSelf = true
	return m
}

// imulMethod is list's and bytearray's __imul__: called as a method it takes only a count
// ("'str' object cannot be interpreted as an integer"; the *= statement's message is the
// operator's).
func imulMethod(op func(a, b py.Object) (py.Object, error)) methodDef {
	return inPlaceMethod("__imul__", "Implement self*=value.", func(a, b py.Object) (py.Object, error) {
		if _, ok, _ := repeatCount(b); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(b))
		}
		return op(a, b)
	})
}
