package objects

import (
	"github.com/go-python/gpython/py"
)

// Subclassing builtin types (class L(list), class T(tuple), class S(str) ...).
//
// Package classes gives an instance of a Python subclass of a builtin type a Go value of that
// type, made by the builtin type's New with the constructor's arguments, and then calls
// __init__ found along the MRO. Immutable types are complete after New, so their __init__
// accepts and ignores the arguments (CPython's object.__init__ does the same when __new__ is
// overridden). list is filled by __init__, as in CPython: its New makes an empty list, so a
// generator argument is consumed once.

func ignoreInit() methodDef {
	return method("__init__", "Initialize self.  See help(type(self)) for accurate signature.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
		return py.None, nil
	})
}

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

func init() {
	for _, t := range []*py.Type{py.TupleType, py.StringType, py.BytesType, py.IntType, py.FloatType} {
		addMethods(t, ignoreInit())
	}
	addMethods(FrozenSetType, ignoreInit())
	py.ListType.New = listNew
	py.ListType.Init = listInit
	addMethods(py.ListType, method("__init__", "Initialize self.  See help(type(self)) for accurate signature.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
		return py.None, listInit(self, args, kw)
	}))
}
