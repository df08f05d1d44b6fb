package objects

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// gpython implements the operators of int, float, str, bytes, list, tuple and complex as Go
// methods (M__add__ ...) that its VM calls, but their type dictionaries do not list them:
// int.__add__, str.__len__, list.__getitem__ and dir(int) are missing. slotWrappers puts a
// method for each operator the Go value implements into the type's dictionary, calling the
// Go method (CPython's slot wrappers). An operand that is an instance of a Python subclass
// is unwrapped to its builtin value first, as the operator would see it in CPython.

// slotNames lists, per type, the operator methods CPython's type dictionary has.
var slotNames = map[*py.Type]string{
	py.IntType:     "__add__ __radd__ __sub__ __rsub__ __mul__ __rmul__ __truediv__ __rtruediv__ __floordiv__ __rfloordiv__ __mod__ __rmod__ __divmod__ __rdivmod__ __lshift__ __rlshift__ __rshift__ __rrshift__ __and__ __rand__ __or__ __ror__ __xor__ __rxor__ __lt__ __le__ __gt__ __ge__ __pow__ __rpow__ __neg__ __pos__ __abs__ __invert__ __bool__ __int__ __float__",
	py.FloatType:   "__add__ __radd__ __sub__ __rsub__ __mul__ __rmul__ __truediv__ __rtruediv__ __floordiv__ __rfloordiv__ __mod__ __rmod__ __divmod__ __rdivmod__ __lt__ __le__ __gt__ __ge__ __pow__ __rpow__ __neg__ __pos__ __abs__ __bool__ __int__ __float__",
	py.ComplexType: "__add__ __radd__ __sub__ __rsub__ __mul__ __rmul__ __truediv__ __rtruediv__ __pow__ __rpow__ __neg__ __pos__ __abs__ __bool__",
	py.StringType:  "__add__ __mul__ __rmul__ __mod__ __rmod__ __lt__ __le__ __gt__ __ge__ __getitem__ __contains__ __len__ __iter__",
	py.BytesType:   "__add__ __mul__ __rmul__ __mod__ __rmod__ __lt__ __le__ __gt__ __ge__ __getitem__ __contains__ __len__ __iter__",
	py.ListType:    "__add__ __mul__ __rmul__ __lt__ __le__ __gt__ __ge__ __getitem__ __contains__ __iadd__ __imul__ __delitem__ __len__ __iter__ __reversed__ __setitem__",
	py.TupleType:   "__add__ __mul__ __rmul__ __lt__ __le__ __gt__ __ge__ __getitem__ __contains__ __len__ __iter__",
	DictType:       "__or__ __ror__ __getitem__ __contains__ __ior__ __delitem__ __len__ __iter__ __reversed__ __setitem__",
	SetType:        "__sub__ __rsub__ __and__ __rand__ __or__ __ror__ __xor__ __rxor__ __lt__ __le__ __gt__ __ge__ __contains__ __ior__ __iand__ __isub__ __ixor__ __len__ __iter__",
	FrozenSetType:  "__sub__ __rsub__ __and__ __rand__ __or__ __ror__ __xor__ __rxor__ __lt__ __le__ __gt__ __ge__ __contains__ __len__ __iter__",
	ByteArrayType:  "__add__ __mul__ __rmul__ __mod__ __rmod__ __lt__ __le__ __gt__ __ge__ __getitem__ __contains__ __iadd__ __imul__ __delitem__ __len__ __iter__ __setitem__",
	py.RangeType:   "__getitem__ __contains__ __bool__ __len__ __iter__ __reversed__",
}

// genericSlots serve operator methods whose Go method a type lacks (gpython reaches them
// through other paths: str iteration, bytes indexing ...).
var genericSlots = map[string]func(self py.Object, args []py.Object) (py.Object, error){
	"__len__":  func(self py.Object, _ []py.Object) (py.Object, error) { return Len(self) },
	"__iter__": func(self py.Object, _ []py.Object) (py.Object, error) { return Iter(self) },
	"__getitem__": func(self py.Object, a []py.Object) (py.Object, error) {
		return GetItem(self, a[0])
	},
	"__contains__": func(self py.Object, a []py.Object) (py.Object, error) {
		ok, err := Contains(self, a[0])
		return py.NewBool(ok), err
	},
	"__setitem__": func(self py.Object, a []py.Object) (py.Object, error) {
		_, err := py.SetItem(self, a[0], a[1])
		return py.None, err
	},
	"__delitem__": func(self py.Object, a []py.Object) (py.Object, error) {
		_, err := py.DelItem(self, a[0])
		return py.None, err
	},
	"__mod__":  func(self py.Object, a []py.Object) (py.Object, error) { return Mod(self, a[0]) },
	"__add__":  func(self py.Object, a []py.Object) (py.Object, error) { return py.Add(self, a[0]) },
	"__mul__":  func(self py.Object, a []py.Object) (py.Object, error) { return py.Mul(self, a[0]) },
	"__rmul__": func(self py.Object, a []py.Object) (py.Object, error) { return py.Mul(a[0], self) },
	"__bool__": func(self py.Object, _ []py.Object) (py.Object, error) { return py.MakeBool(self) },
	"__reversed__": func(self py.Object, _ []py.Object) (py.Object, error) {
		return reversedNew(ReversedType, py.Tuple{self}, nil)
	},
}

// slotArgs is the number of arguments of an operator method (after self).
func slotArgs(name string) int {
	switch name {
	case "__neg__", "__pos__", "__abs__", "__invert__", "__bool__", "__int__", "__float__", "__len__", "__iter__", "__reversed__":
		return 0
	case "__setitem__":
		return 2
	}
	return 1
}

func slotWrappers(t *py.Type, sample py.Object) {
	for _, name := range strings.Fields(slotNames[t]) {
		name := name
		if _, ok := t.Dict[name]; ok {
			continue
		}
		nargs := slotArgs(name)
		generic := genericSlots[name]
		// __pow__ takes an optional modulus (gpython's M__pow__(other, mod)).
		optional := name == "__pow__"
		op, known := slotGo[name]
		if (!known || !op.has(sample)) && generic == nil {
			continue
		}
		addMethods(t, method(name, "", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if len(kw) > 0 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", name)
			}
			if len(args) != nargs && !(optional && len(args) == 2) {
				return nil, py.ExceptionNewf(py.TypeError, "expected %d argument%s, got %d", nargs, plural(nargs), len(args))
			}
			in := make([]py.Object, len(args))
			for i, a := range args {
				if keepsOperand(self, name, i) {
					in[i] = a
				} else {
					in[i] = NativeOf(a)
				}
			}
			if known {
				if res, found, err := op.call(self, in); found {
					return res, err
				}
				// A bool (or another int-like value) without the Go method: as its int.
				if res, found, err := op.call(exactInt(self), in); found {
					return res, err
				}
			}
			if generic != nil {
				return generic(self, in)
			}
			return py.NotImplemented, nil
		}))
	}
}

// keepsOperand reports whether argument i of operator method name goes to self's Go method
// as given: the value __setitem__ stores (d['a'] = Sub() must store the Sub instance), and
// every key of a dict, set or frozenset, whose Go methods hash and compare instances of
// subclasses themselves (a str subclass key keeps its type and its own __eq__/__hash__).
func keepsOperand(self py.Object, name string, i int) bool {
	if name == "__setitem__" && i == 1 {
		return true
	}
	switch self.(type) {
	case *Dict, *Set, *FrozenSet:
		return true
	}
	return false
}

func installSlotWrappers() {
	slotWrappers(py.IntType, py.Int(0))
	slotWrappers(py.FloatType, py.Float(0))
	slotWrappers(py.ComplexType, py.Complex(0))
	slotWrappers(py.StringType, py.String(""))
	slotWrappers(py.BytesType, py.Bytes{})
	slotWrappers(py.ListType, py.NewList())
	// gpython's Tuple.M__add__ copies the right operand to the wrong offset when the
	// lengths differ; tuple.__add__ (and so subclass instances) concatenates here.
	addMethods(py.TupleType, method("__add__", "Return self+value.", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if err := oneArg(self, "__add__", args); err != nil {
			return nil, err
		}
		a, _ := self.(py.Tuple)
		b, ok := NativeOf(args[0]).(py.Tuple)
		if !ok {
			return py.NotImplemented, nil
		}
		return append(append(make(py.Tuple, 0, len(a)+len(b)), a...), b...), nil
	}))
	slotWrappers(py.TupleType, py.Tuple{})
	slotWrappers(DictType, NewDict())
	slotWrappers(SetType, NewSet())
	slotWrappers(FrozenSetType, &FrozenSet{})
	slotWrappers(ByteArrayType, &ByteArray{})
	slotWrappers(py.RangeType, &py.Range{})
	// __hash__ of the hashable builtins is the object model's hash (gpython's Go methods
	// hash differently, and str had none: str.__hash__ was object's identity hash, so a
	// subclass declaring __hash__ = str.__hash__ missed its str keys in dicts).
	for _, t := range []*py.Type{py.IntType, py.FloatType, py.ComplexType, py.StringType, py.BytesType, py.TupleType, FrozenSetType, py.RangeType} {
		addMethods(t, method("__hash__", "Return hash(self).", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			if err := noArgs(self, "__hash__", args); err != nil {
				return nil, err
			}
			h, err := Hash(self)
			return py.Int(h), err
		}))
	}
	// The mutable builtins set __hash__ to None in their type dicts, as CPython's do: code
	// tests `type(x).__hash__ is None` to find unhashable values (dataclasses' mutable
	// default check, collections.abc.Hashable).
	for _, t := range []*py.Type{py.ListType, DictType, SetType, ByteArrayType} {
		t.Dict["__hash__"] = py.None
	}
}
