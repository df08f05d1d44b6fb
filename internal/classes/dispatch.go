package classes

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/objects"
)

// This file gives *Instance every gpython Go interface, each looking the dunder method up
// along the class MRO (and falling back to the wrapped builtin value, then to CPython's
// default behaviour), so that gpython's VM and Go code treat user classes like CPython does.

func (i *Instance) special(name string, args ...py.Object) (py.Object, bool, error) {
	return callSpecial(i.self, name, args...)
}

func (i *Instance) typeName() string { return i.cls.Name }

// M__call__ implements calling an instance.
func (i *Instance) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	v := Lookup(i.cls, "__call__")
	if v == nil || v == py.None {
		if i.Native != nil {
			return py.Call(i.Native, args, kwargs)
		}
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not callable", i.typeName())
	}
	return callBound(v, i.self, i.cls, args, kwargs)
}

// M__repr__ implements repr().
func (i *Instance) M__repr__() (py.Object, error) {
	res, found, err := i.special("__repr__")
	if !found {
		if i.Native != nil {
			return py.Repr(i.Native)
		}
		return py.String(defaultRepr(i.self)), nil
	}
	if err != nil {
		return nil, err
	}
	if _, ok := res.(py.String); !ok {
		return nil, py.ExceptionNewf(py.TypeError, "__repr__ returned non-string (type %s)", res.Type().Name)
	}
	return res, nil
}

// M__str__ implements str().
func (i *Instance) M__str__() (py.Object, error) {
	res, found, err := i.special("__str__")
	if !found {
		if i.Native != nil && Lookup(i.cls, "__repr__") == objectDefaults["__repr__"] {
			return py.Str(i.Native)
		}
		return i.M__repr__()
	}
	if err != nil {
		return nil, err
	}
	if _, ok := res.(py.String); !ok {
		return nil, py.ExceptionNewf(py.TypeError, "__str__ returned non-string (type %s)", res.Type().Name)
	}
	return res, nil
}

// M__format__ implements format().
func (i *Instance) M__format__(spec py.Object) (py.Object, error) {
	res, found, err := i.special("__format__", spec)
	if found {
		return res, err
	}
	if i.Native != nil {
		if f, ok := i.Native.(py.I__format__); ok {
			return f.M__format__(spec)
		}
	}
	if s, ok := spec.(py.String); ok && s != "" {
		return nil, py.ExceptionNewf(py.TypeError, "unsupported format string passed to %s.__format__", i.typeName())
	}
	return i.M__str__()
}

// M__bool__ implements truth testing: __bool__, then __len__, then True.
func (i *Instance) M__bool__() (py.Object, error) {
	res, found, err := i.special("__bool__")
	if found {
		if err != nil {
			return nil, err
		}
		if _, ok := res.(py.Bool); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "__bool__ should return bool, returned %s", res.Type().Name)
		}
		return res, nil
	}
	n, found, err := i.lenOf()
	if found {
		if err != nil {
			return nil, err
		}
		return py.NewBool(n != 0), nil
	}
	if i.Native != nil {
		return py.MakeBool(i.Native)
	}
	return py.True, nil
}

func (i *Instance) lenOf() (int, bool, error) {
	res, found, err := i.special("__len__")
	if !found {
		if i.Native != nil {
			if l, ok := i.Native.(py.I__len__); ok {
				r, err := l.M__len__()
				if err != nil {
					return 0, true, err
				}
				n, err := py.MakeGoInt(r)
				return n, true, err
			}
		}
		return 0, false, nil
	}
	if err != nil {
		return 0, true, err
	}
	if _, ok := res.(py.Int); !ok {
		if _, ok := res.(py.Bool); !ok {
			return 0, true, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", res.Type().Name)
		}
	}
	n, err := py.MakeGoInt(res)
	if err != nil {
		return 0, true, err
	}
	if n < 0 {
		return 0, true, py.ExceptionNewf(py.ValueError, "__len__() should return >= 0")
	}
	return n, true, nil
}

// M__len__ implements len().
func (i *Instance) M__len__() (py.Object, error) {
	n, found, err := i.lenOf()
	if !found {
		return nil, py.ExceptionNewf(py.TypeError, "object of type '%s' has no len()", i.typeName())
	}
	if err != nil {
		return nil, err
	}
	return py.Int(n), nil
}

// M__hash__ implements hash(): __hash__ = None makes the class unhashable.
func (i *Instance) M__hash__() (py.Object, error) {
	v := Lookup(i.cls, "__hash__")
	if v == py.None {
		return nil, py.ExceptionNewf(py.TypeError, "unhashable type: '%s'", i.typeName())
	}
	if v == nil || isObjectDefault("__hash__", v) {
		if i.Native != nil {
			// The builtin value's hash as the object model computes it (a str subclass
			// instance hashes as its str, so it finds the same dict entries).
			h, err := objects.Hash(i.Native)
			if err != nil {
				return nil, err
			}
			return py.Int(h), nil
		}
		return ObjectHash(i.self), nil
	}
	res, err := callBound(v, i.self, i.cls, nil, nil)
	if err != nil {
		return nil, err
	}
	switch res.(type) {
	case py.Int, *py.BigInt:
		return res, nil
	case py.Bool:
		return py.MakeInt(res)
	}
	return nil, py.ExceptionNewf(py.TypeError, "__hash__ method should return an integer")
}

// M__iter__ implements iter(): __iter__, else the __getitem__ sequence protocol.
func (i *Instance) M__iter__() (py.Object, error) {
	res, found, err := i.special("__iter__")
	if found {
		if err != nil {
			return nil, err
		}
		if _, ok := res.(py.I__next__); !ok {
			if Lookup(res.Type(), "__next__") == nil {
				return nil, py.ExceptionNewf(py.TypeError, "iter() returned non-iterator of type '%s'", res.Type().Name)
			}
		}
		return res, nil
	}
	if i.Native != nil {
		return py.Iter(i.Native)
	}
	if Lookup(i.cls, "__getitem__") != nil {
		return py.NewIterator(i.self), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", i.typeName())
}

// M__next__ implements next(). StopIteration, however raised, is reported as the
// py.StopIteration type itself: py.Iterate (list(), tuple() ...) compares with ==.
func (i *Instance) M__next__() (py.Object, error) {
	res, found, err := i.special("__next__")
	if found {
		if err != nil && py.IsException(py.StopIteration, err) {
			return nil, py.StopIteration
		}
		return res, err
	}
	if i.Native != nil {
		return py.Next(i.Native)
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not an iterator", i.typeName())
}

// NextWithStop is M__next__ keeping the StopIteration __next__ raised, with its value
// (next() and yield from show it to Python code).
func (i *Instance) NextWithStop() (py.Object, error) {
	res, found, err := i.special("__next__")
	if found {
		return res, err
	}
	return i.M__next__()
}

// M__getitem__ implements self[key].
func (i *Instance) M__getitem__(key py.Object) (py.Object, error) {
	res, found, err := i.special("__getitem__", key)
	if found {
		if err != nil && i.Native != nil && py.IsException(py.KeyError, err) {
			if _, goMethod := Lookup(i.cls, "__getitem__").(*py.Method); goMethod {
				// dict subclasses: a missing key goes to __missing__.
				if res, found, merr := i.special("__missing__", key); found {
					return res, merr
				}
			}
		}
		return res, err
	}
	if i.Native != nil {
		v, err := py.GetItem(i.Native, key)
		if err != nil && py.IsException(py.KeyError, err) {
			// dict subclasses: a missing key goes to __missing__.
			if res, found, merr := i.special("__missing__", key); found {
				return res, merr
			}
		}
		return v, err
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not subscriptable", i.typeName())
}

// M__setitem__ implements self[key] = value.
func (i *Instance) M__setitem__(key, value py.Object) (py.Object, error) {
	res, found, err := i.special("__setitem__", key, value)
	if found {
		return res, err
	}
	if i.Native != nil {
		return py.SetItem(i.Native, key, value)
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object does not support item assignment", i.typeName())
}

// M__delitem__ implements del self[key].
func (i *Instance) M__delitem__(key py.Object) (py.Object, error) {
	res, found, err := i.special("__delitem__", key)
	if found {
		return res, err
	}
	if i.Native != nil {
		return py.DelItem(i.Native, key)
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object does not support item deletion", i.typeName())
}

// M__contains__ implements "in": __contains__, else iteration with ==.
func (i *Instance) M__contains__(item py.Object) (py.Object, error) {
	res, found, err := i.special("__contains__", item)
	if found {
		if err != nil {
			return nil, err
		}
		return py.MakeBool(res)
	}
	if i.Native != nil {
		ok, err := py.SequenceContains(i.Native, item)
		return py.NewBool(ok), err
	}
	if Lookup(i.cls, "__iter__") == nil && Lookup(i.cls, "__getitem__") == nil {
		return nil, py.ExceptionNewf(py.TypeError, "argument of type '%s' is not iterable", i.typeName())
	}
	it, err := i.M__iter__()
	if err != nil {
		return nil, err
	}
	for {
		x, err := py.Next(it)
		if err != nil {
			if py.IsException(py.StopIteration, err) {
				return py.False, nil
			}
			return nil, err
		}
		if x == item {
			return py.True, nil
		}
		eq, err := py.Eq(x, item)
		if err != nil {
			return nil, err
		}
		if b, err := py.MakeBool(eq); err != nil {
			return nil, err
		} else if b == py.True {
			return py.True, nil
		}
	}
}

// M__enter__ implements the context manager protocol.
func (i *Instance) M__enter__() (py.Object, error) {
	res, found, err := i.special("__enter__")
	if !found {
		return nil, py.ExceptionNewf(py.AttributeError, "__enter__")
	}
	return res, err
}

// M__exit__ implements the context manager protocol.
func (i *Instance) M__exit__(excType, excValue, tb py.Object) (py.Object, error) {
	res, found, err := i.special("__exit__", excType, excValue, tb)
	if !found {
		return nil, py.ExceptionNewf(py.AttributeError, "__exit__")
	}
	return res, err
}

// richEq is == with CPython's fallback to identity; reflected says whether b's __eq__ may be
// tried.
func richEq(a, b py.Object, reflected bool) (py.Object, error) {
	if res, found, err := callSpecial(a, "__eq__", b); found {
		if err != nil || res != py.NotImplemented {
			return res, err
		}
	}
	if reflected {
		if AsInstance(b) != nil {
			if res, found, err := callSpecial(b, "__eq__", a); found {
				if err != nil || res != py.NotImplemented {
					return res, err
				}
			}
		} else if n := NativeOf(a); isSeq(b) && isSeq(n) {
			// gpython's tuple and list == compare items without identity first.
			eq, err := objects.Equal(b, n)
			if err != nil {
				return nil, err
			}
			return py.NewBool(eq), nil
		} else if B, ok := b.(py.I__eq__); ok {
			res, err := B.M__eq__(NativeOf(a))
			if err != nil || res != py.NotImplemented {
				return res, err
			}
		}
	}
	return py.NotImplemented, nil
}

func isSeq(o py.Object) bool {
	switch o.(type) {
	case py.Tuple, *py.List:
		return true
	}
	return false
}

// M__eq__ implements ==, falling back to identity as CPython does.
func (i *Instance) M__eq__(other py.Object) (py.Object, error) {
	res, err := richEq(i.self, other, true)
	if err != nil || res != py.NotImplemented {
		return res, err
	}
	if i.Native != nil {
		// objects.Equal, not gpython's py.Eq: items equal by identity first (a namedtuple
		// holding functions equals itself), and no TypeError for unrelated types.
		eq, err := objects.Equal(i.Native, NativeOf(other))
		if err != nil {
			return nil, err
		}
		return py.NewBool(eq), nil
	}
	return py.NewBool(i.self == other), nil
}

// M__ne__ implements !=: __ne__, else the negation of __eq__.
func (i *Instance) M__ne__(other py.Object) (py.Object, error) {
	if res, found, err := i.special("__ne__", other); found {
		if err != nil || res != py.NotImplemented {
			return res, err
		}
	}
	if AsInstance(other) != nil {
		if res, found, err := callSpecial(other, "__ne__", i.self); found {
			if err != nil || res != py.NotImplemented {
				return res, err
			}
		}
	}
	eq, err := i.M__eq__(other)
	if err != nil {
		return nil, err
	}
	return py.Not(eq)
}

func (i *Instance) cmp(name string, other py.Object, native func(a, b py.Object) (py.Object, error)) (py.Object, error) {
	res, found, err := i.special(name, other)
	if found {
		return res, err
	}
	if i.Native != nil {
		if AsInstance(other) == nil || AsInstance(other).Native != nil {
			o := NativeOf(other)
			if op := seqCompareOps[name]; op != "" && sameSequenceKind(i.Native, o) {
				// gpython's tuple has no ordering methods: compare as the builtins do.
				return objects.Compare(op, i.Native, o)
			}
			return native(i.Native, o)
		}
	}
	return py.NotImplemented, nil
}

var seqCompareOps = map[string]string{"__lt__": "<", "__le__": "<=", "__gt__": ">", "__ge__": ">="}

// sameSequenceKind reports whether a and b are both tuples or both lists.
func sameSequenceKind(a, b py.Object) bool {
	switch a.(type) {
	case py.Tuple:
		_, ok := b.(py.Tuple)
		return ok
	case *py.List:
		_, ok := b.(*py.List)
		return ok
	}
	return false
}

// M__lt__ implements <.
func (i *Instance) M__lt__(other py.Object) (py.Object, error) { return i.cmp("__lt__", other, py.Lt) }

// M__le__ implements <=.
func (i *Instance) M__le__(other py.Object) (py.Object, error) { return i.cmp("__le__", other, py.Le) }

// M__gt__ implements >.
func (i *Instance) M__gt__(other py.Object) (py.Object, error) { return i.cmp("__gt__", other, py.Gt) }

// M__ge__ implements >=.
func (i *Instance) M__ge__(other py.Object) (py.Object, error) { return i.cmp("__ge__", other, py.Ge) }

// unary calls a one-operand special method, or the builtin operation on the wrapped value.
func (i *Instance) unary(name, op string, native func(py.Object) (py.Object, error)) (py.Object, error) {
	res, found, err := i.special(name)
	if found {
		return res, err
	}
	if i.Native != nil {
		return native(i.Native)
	}
	return nil, py.ExceptionNewf(py.TypeError, "bad operand type for %s: '%s'", op, i.typeName())
}

// M__neg__ implements -x.
func (i *Instance) M__neg__() (py.Object, error) { return i.unary("__neg__", "unary -", py.Neg) }

// M__pos__ implements +x.
func (i *Instance) M__pos__() (py.Object, error) { return i.unary("__pos__", "unary +", py.Pos) }

// M__abs__ implements abs(x).
func (i *Instance) M__abs__() (py.Object, error) { return i.unary("__abs__", "abs()", py.Abs) }

// M__invert__ implements ~x.
func (i *Instance) M__invert__() (py.Object, error) {
	return i.unary("__invert__", "unary ~", py.Invert)
}

func (i *Instance) convert(name, what string, native func(py.Object) (py.Object, error)) (py.Object, error) {
	res, found, err := i.special(name)
	if found {
		return res, err
	}
	if i.Native != nil {
		return native(i.Native)
	}
	return nil, py.ExceptionNewf(py.TypeError, "%s() argument must be a string, a bytes-like object or a real number, not '%s'", what, i.typeName())
}

// M__int__ implements int(x).
func (i *Instance) M__int__() (py.Object, error) { return i.convert("__int__", "int", py.MakeInt) }

// M__float__ implements float(x).
func (i *Instance) M__float__() (py.Object, error) {
	return i.convert("__float__", "float", py.MakeFloat)
}

// M__complex__ implements complex(x).
func (i *Instance) M__complex__() (py.Object, error) {
	return i.convert("__complex__", "complex", py.MakeComplex)
}

// M__index__ implements operator.index(x).
func (i *Instance) M__index__() (py.Int, error) {
	res, found, err := i.special("__index__")
	if !found {
		if i.Native != nil {
			return py.Index(i.Native)
		}
		return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", i.typeName())
	}
	if err != nil {
		return 0, err
	}
	n, ok := res.(py.Int)
	if !ok {
		return 0, py.ExceptionNewf(py.TypeError, "__index__ returned non-int (type %s)", res.Type().Name)
	}
	return n, nil
}
