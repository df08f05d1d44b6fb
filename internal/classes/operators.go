package classes

import (
	"reflect"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
)

// Arithmetic operators of *Instance. gpython's py.Add & co. try a.__add__, then
// b.__radd__, then raise TypeError, so each method returns NotImplemented when the class
// does not define the operator; in-place operators fall back to the binary ones.

func (i *Instance) binary(name string, other py.Object, native func(a, b py.Object) (py.Object, error), reflected bool) (py.Object, error) {
	res, found, err := i.special(name, other)
	if found {
		return res, err
	}
	if i.Native != nil && native != nil {
		if reflected {
			return native(NativeOf(other), i.Native)
		}
		return native(i.Native, NativeOf(other))
	}
	return py.NotImplemented, nil
}

// inplace is an augmented assignment on an instance: the class's own method if it has
// one, else the in-place operation of the builtin value an instance of a subclass of
// list, set, dict or bytearray carries, applied to that value (listOp for a list, else
// the value's Go method, found by goOp); the instance itself is the result then
// (l += [1] keeps l, of its class). NotImplemented lets the operator fall back to the
// binary form.
func inplace[T any](i *Instance, name string, other py.Object, listOp func(a, b py.Object) (py.Object, error), goOp func(T, py.Object) (py.Object, error)) (py.Object, error) {
	var res py.Object
	found := false
	var err error
	if i.Native != nil && !definedInPython(i.cls, name) {
		if l, ok := i.Native.(*py.List); ok && listOp != nil {
			res, err = listOp(l, NativeOf(other))
			found = true
		} else if op, ok := i.Native.(T); ok {
			res, err = goOp(op, NativeOf(other))
			found = true
		}
	}
	if !found {
		res, found, err = i.special(name, other)
	}
	switch {
	case !found:
		return py.NotImplemented, nil
	case err != nil:
		return nil, err
	case i.Native != nil && samePointer(res, i.Native):
		return i.self, nil
	}
	return res, nil
}

// definedInPython reports whether the first class along cls's MRO that has name in its
// dictionary is a class written in Python.
func definedInPython(cls *py.Type, name string) bool {
	for _, b := range cls.Mro {
		t, ok := b.(*py.Type)
		if !ok {
			continue
		}
		if _, has := t.Dict[name]; has {
			return t.Flags&py.TPFLAGS_HEAPTYPE != 0
		}
	}
	return false
}

// samePointer reports whether a and b are the same Go pointer (values of other kinds,
// such as a tuple's slice, cannot be compared with ==).
func samePointer(a, b py.Object) bool {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	return va.Kind() == reflect.Pointer && vb.Kind() == reflect.Pointer &&
		va.Type() == vb.Type() && va.Pointer() == vb.Pointer()
}

// M__add__ implements self + other.
func (i *Instance) M__add__(other py.Object) (py.Object, error) {
	return i.binary("__add__", other, py.Add, false)
}

// M__radd__ implements other + self.
func (i *Instance) M__radd__(other py.Object) (py.Object, error) {
	return i.binary("__radd__", other, py.Add, true)
}

// M__iadd__ implements self += other.
func (i *Instance) M__iadd__(other py.Object) (py.Object, error) {
	return inplace(i, "__iadd__", other, compiler.IAdd, py.I__iadd__.M__iadd__)
}

// M__sub__ implements self - other.
func (i *Instance) M__sub__(other py.Object) (py.Object, error) {
	return i.binary("__sub__", other, py.Sub, false)
}

// M__rsub__ implements other - self.
func (i *Instance) M__rsub__(other py.Object) (py.Object, error) {
	return i.binary("__rsub__", other, py.Sub, true)
}

// M__isub__ implements self -= other.
func (i *Instance) M__isub__(other py.Object) (py.Object, error) {
	return inplace(i, "__isub__", other, nil, py.I__isub__.M__isub__)
}

// M__mul__ implements self * other.
func (i *Instance) M__mul__(other py.Object) (py.Object, error) {
	return i.binary("__mul__", other, py.Mul, false)
}

// M__rmul__ implements other * self.
func (i *Instance) M__rmul__(other py.Object) (py.Object, error) {
	return i.binary("__rmul__", other, py.Mul, true)
}

// M__imul__ implements self *= other.
func (i *Instance) M__imul__(other py.Object) (py.Object, error) {
	return inplace(i, "__imul__", other, compiler.IMul, py.I__imul__.M__imul__)
}

// M__truediv__ implements self / other.
func (i *Instance) M__truediv__(other py.Object) (py.Object, error) {
	return i.binary("__truediv__", other, py.TrueDiv, false)
}

// M__rtruediv__ implements other / self.
func (i *Instance) M__rtruediv__(other py.Object) (py.Object, error) {
	return i.binary("__rtruediv__", other, py.TrueDiv, true)
}

// M__itruediv__ implements self /= other.
func (i *Instance) M__itruediv__(other py.Object) (py.Object, error) {
	return i.binary("__itruediv__", other, nil, false)
}

// M__floordiv__ implements self // other.
func (i *Instance) M__floordiv__(other py.Object) (py.Object, error) {
	return i.binary("__floordiv__", other, py.FloorDiv, false)
}

// M__rfloordiv__ implements other // self.
func (i *Instance) M__rfloordiv__(other py.Object) (py.Object, error) {
	return i.binary("__rfloordiv__", other, py.FloorDiv, true)
}

// M__ifloordiv__ implements self //= other.
func (i *Instance) M__ifloordiv__(other py.Object) (py.Object, error) {
	return i.binary("__ifloordiv__", other, nil, false)
}

// M__mod__ implements self % other.
func (i *Instance) M__mod__(other py.Object) (py.Object, error) {
	return i.binary("__mod__", other, py.Mod, false)
}

// M__rmod__ implements other % self.
func (i *Instance) M__rmod__(other py.Object) (py.Object, error) {
	return i.binary("__rmod__", other, py.Mod, true)
}

// M__imod__ implements self %= other.
func (i *Instance) M__imod__(other py.Object) (py.Object, error) {
	return i.binary("__imod__", other, nil, false)
}

// M__lshift__ implements self << other.
func (i *Instance) M__lshift__(other py.Object) (py.Object, error) {
	return i.binary("__lshift__", other, py.Lshift, false)
}

// M__rlshift__ implements other << self.
func (i *Instance) M__rlshift__(other py.Object) (py.Object, error) {
	return i.binary("__rlshift__", other, py.Lshift, true)
}

// M__ilshift__ implements self <<= other.
func (i *Instance) M__ilshift__(other py.Object) (py.Object, error) {
	return i.binary("__ilshift__", other, nil, false)
}

// M__rshift__ implements self >> other.
func (i *Instance) M__rshift__(other py.Object) (py.Object, error) {
	return i.binary("__rshift__", other, py.Rshift, false)
}

// M__rrshift__ implements other >> self.
func (i *Instance) M__rrshift__(other py.Object) (py.Object, error) {
	return i.binary("__rrshift__", other, py.Rshift, true)
}

// M__irshift__ implements self >>= other.
func (i *Instance) M__irshift__(other py.Object) (py.Object, error) {
	return i.binary("__irshift__", other, nil, false)
}

// M__and__ implements self & other.
func (i *Instance) M__and__(other py.Object) (py.Object, error) {
	return i.binary("__and__", other, py.And, false)
}

// M__rand__ implements other & self.
func (i *Instance) M__rand__(other py.Object) (py.Object, error) {
	return i.binary("__rand__", other, py.And, true)
}

// M__iand__ implements self &= other.
func (i *Instance) M__iand__(other py.Object) (py.Object, error) {
	return inplace(i, "__iand__", other, nil, py.I__iand__.M__iand__)
}

// M__xor__ implements self ^ other.
func (i *Instance) M__xor__(other py.Object) (py.Object, error) {
	return i.binary("__xor__", other, py.Xor, false)
}

// M__rxor__ implements other ^ self.
func (i *Instance) M__rxor__(other py.Object) (py.Object, error) {
	return i.binary("__rxor__", other, py.Xor, true)
}

// M__ixor__ implements self ^= other.
func (i *Instance) M__ixor__(other py.Object) (py.Object, error) {
	return inplace(i, "__ixor__", other, nil, py.I__ixor__.M__ixor__)
}

// M__or__ implements self | other.
func (i *Instance) M__or__(other py.Object) (py.Object, error) {
	return i.binary("__or__", other, py.Or, false)
}

// M__ror__ implements other | self.
func (i *Instance) M__ror__(other py.Object) (py.Object, error) {
	return i.binary("__ror__", other, py.Or, true)
}

// M__ior__ implements self |= other.
func (i *Instance) M__ior__(other py.Object) (py.Object, error) {
	return inplace(i, "__ior__", other, nil, py.I__ior__.M__ior__)
}

func pow2(a, b py.Object) (py.Object, error) { return py.Pow(a, b, py.None) }

// M__pow__ implements pow(self, other, modulo).
func (i *Instance) M__pow__(other, modulo py.Object) (py.Object, error) {
	if modulo != py.None && modulo != nil {
		res, found, err := i.special("__pow__", other, modulo)
		if found {
			return res, err
		}
		return py.NotImplemented, nil
	}
	return i.binary("__pow__", other, pow2, false)
}

// M__rpow__ implements other ** self.
func (i *Instance) M__rpow__(other py.Object) (py.Object, error) {
	return i.binary("__rpow__", other, pow2, true)
}

// M__ipow__ implements self **= other.
func (i *Instance) M__ipow__(other, modulo py.Object) (py.Object, error) {
	return i.binary("__ipow__", other, nil, false)
}

func divmodPair(res py.Object, err error) (py.Object, py.Object, error) {
	if err != nil {
		return nil, nil, err
	}
	if res == py.NotImplemented {
		return py.NotImplemented, py.NotImplemented, nil
	}
	t, ok := res.(py.Tuple)
	if !ok || len(t) != 2 {
		return res, py.None, nil
	}
	return t[0], t[1], nil
}

func divmod2(a, b py.Object) (py.Object, error) {
	x, y, err := py.DivMod(a, b)
	if err != nil {
		return nil, err
	}
	return py.Tuple{x, y}, nil
}

// M__divmod__ implements divmod(self, other).
func (i *Instance) M__divmod__(other py.Object) (py.Object, py.Object, error) {
	return divmodPair(i.binary("__divmod__", other, divmod2, false))
}

// M__rdivmod__ implements divmod(other, self).
func (i *Instance) M__rdivmod__(other py.Object) (py.Object, py.Object, error) {
	return divmodPair(i.binary("__rdivmod__", other, divmod2, true))
}
