package pickle

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
)

// ReduceEx is CPython's object.__reduce_ex__(protocol): a class's own __reduce__ when it
// overrides object's, otherwise copyreg.__reduce_ex__ semantics for protocols 0-1 and the
// __newobj__ / __newobj_ex__ form for protocol 2 and above.
//
// It is the contract for the object model: object.__reduce_ex__ should call it, so that
// instances of user classes pickle as in CPython.
func ReduceEx(ctx py.Context, obj py.Object, proto int) (py.Object, error) {
	if !isObjectDefault(obj, "__reduce__") {
		if reduce, err := lookupAttr(obj, "__reduce__"); err != nil {
			return nil, err
		} else if reduce != nil {
			return py.Call(reduce, nil, nil)
		}
	}
	return commonReduce(ctx, obj, proto)
}

// commonReduce is CPython's _common_reduce: object.__reduce_ex__ once no __reduce__
// overrides object's, and object.__reduce__ itself (protocol 0).
func commonReduce(ctx py.Context, obj py.Object, proto int) (py.Object, error) {
	if r, ok, err := reduceNativeSet(obj); ok {
		return r, err
	}
	if !isInstanceOfUserClass(obj) && obj.Type() != py.ObjectType {
		if e, ok := obj.(*py.Exception); ok {
			return reduceException(e), nil
		}
		if r, ok := reduceBuiltin(obj); ok {
			return r, nil
		}
		if _, mod := obj.Type().Dict["__module__"]; proto >= 2 && !mod && newObjBuiltins[obj.Type().Name] {
			return reduceNewObj(ctx, obj)
		}
		return nil, cannotPickle(obj, proto)
	}
	if proto >= 2 {
		if isGoState(obj) {
			return nil, cannotPickle(obj, proto)
		}
		return reduceNewObj(ctx, obj)
	}
	return reduceProto01(ctx, obj, proto)
}

// isObjectDefault reports whether type(obj).name is object's own (or absent): the pickler
// then applies CPython's object.__reduce_ex__ / __getstate__ itself, with its protocol rules.
func isObjectDefault(obj py.Object, name string) bool {
	def, ok := py.ObjectType.Dict[name]
	if !ok {
		return true
	}
	found := obj.Type().Lookup(name)
	return found == nil || identical(found, def)
}

// isInstanceOfUserClass reports whether obj is an instance of a class defined in Python.
func isInstanceOfUserClass(obj py.Object) bool { return isUserClass(obj.Type()) }

// isGoState reports whether obj is a Go value of a native type that names its module
// (_thread.lock): like CPython's extension types, its state is hidden from __getstate__.
func isGoState(obj py.Object) bool {
	return obj.Type().Flags&py.TPFLAGS_HEAPTYPE == 0 && classes.AsInstance(obj) == nil
}

// isUserClass reports whether t was defined in Python (it has a __module__ other than
// builtins in its own dict).
func isUserClass(t *py.Type) bool {
	m, ok := t.Dict["__module__"].(py.String)
	return ok && m != "builtins"
}

// reduceException is BaseException.__reduce__: (type, args[, __dict__]).
func reduceException(e *py.Exception) py.Object {
	args := e.Args
	if args == nil {
		args = py.Tuple{}
	}
	if len(e.Dict) > 0 {
		d := newDict()
		for k, v := range e.Dict {
			_ = dictSet(d, py.String(k), v)
		}
		return py.Tuple{e.Base, args, d}
	}
	return py.Tuple{e.Base, args}
}

// newArgs returns the result of __getnewargs_ex__ or __getnewargs__ (nil, nil when absent).
func newArgs(obj py.Object) (py.Tuple, py.Object, error) {
	if f, err := lookupAttr(obj, "__getnewargs_ex__"); err != nil {
		return nil, nil, err
	} else if f != nil {
		r, err := py.Call(f, nil, nil)
		if err != nil {
			return nil, nil, err
		}
		t, ok := r.(py.Tuple)
		if !ok {
			return nil, nil, py.ExceptionNewf(py.TypeError, "__getnewargs_ex__ should return a tuple, not '%s'", typeName(r))
		}
		if len(t) != 2 {
			return nil, nil, py.ExceptionNewf(py.ValueError, "__getnewargs_ex__ should return a tuple of length 2, not %d", len(t))
		}
		args, ok := t[0].(py.Tuple)
		if !ok {
			return nil, nil, py.ExceptionNewf(py.TypeError, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", typeName(t[0]))
		}
		if _, ok := dictItems(t[1]); !ok {
			return nil, nil, py.ExceptionNewf(py.TypeError, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", typeName(t[1]))
		}
		return args, t[1], nil
	}
	if f, err := lookupAttr(obj, "__getnewargs__"); err != nil {
		return nil, nil, err
	} else if f != nil {
		r, err := py.Call(f, nil, nil)
		if err != nil {
			return nil, nil, err
		}
		t, ok := r.(py.Tuple)
		if !ok {
			return nil, nil, py.ExceptionNewf(py.TypeError, "__getnewargs__ should return a tuple, not '%s'", typeName(r))
		}
		return t, nil, nil
	}
	if args, ok := nativeNewArgs(obj); ok {
		return args, nil, nil
	}
	return nil, nil, nil
}

// GetState is object.__getstate__: a user __getstate__ when defined, else the instance
// dict (None when empty), paired with the slot values when the class has __slots__.
func GetState(obj py.Object) (py.Object, error) {
	if !isObjectDefault(obj, "__getstate__") {
		if f, err := lookupAttr(obj, "__getstate__"); err != nil {
			return nil, err
		} else if f != nil {
			return py.Call(f, nil, nil)
		}
	}
	return defaultState(obj)
}

func defaultState(obj py.Object) (py.Object, error) {
	var state py.Object = py.None
	d, err := lookupAttr(obj, "__dict__")
	if err != nil {
		return nil, err
	}
	if d == nil {
		if g, ok := obj.(py.IGetDict); ok {
			if sd := g.GetDict(); len(sd) > 0 {
				cp := newDict()
				items, _ := dictItems(sd)
				for _, kv := range items {
					_ = dictSet(cp, kv[0], kv[1])
				}
				state = cp
			}
		}
	} else if items, ok := dictItems(d); ok && len(items) > 0 {
		state = orderedState(obj, d, items)
	} else if !ok {
		if n, err := py.Len(d); err == nil && n != py.Int(0) {
			state = d
		}
	}
	slots, err := slotNames(obj.Type())
	if err != nil {
		return nil, err
	}
	if len(slots) > 0 {
		sd := newDict()
		n := 0
		for _, name := range slots {
			v, err := lookupAttr(obj, name)
			if err != nil {
				return nil, err
			}
			if v != nil {
				_ = dictSet(sd, py.String(name), v)
				n++
			}
		}
		if n > 0 {
			state = py.Tuple{state, sd}
		}
	}
	return state, nil
}

// attrOrder is implemented by instances that know the insertion order of their attributes
// (the object model keeps the instance dict in a Go map).
type attrOrder interface {
	Attrs() []string
}

// orderedState returns the instance dict d as a dict in attribute insertion order, which
// CPython's pickle reproduces; d itself when it is already ordered.
func orderedState(obj, d py.Object, items [][2]py.Object) py.Object {
	sd, ok := d.(py.StringDict)
	if !ok {
		return d
	}
	out := newDict()
	if ao, ok := obj.(attrOrder); ok {
		for _, name := range ao.Attrs() {
			if v, ok := sd[name]; ok {
				_ = dictSet(out, py.String(name), v)
			}
		}
		return out
	}
	for _, kv := range items {
		_ = dictSet(out, kv[0], kv[1])
	}
	return out
}

// slotNames returns the names in the __slots__ of cls and its bases (copyreg._slotnames).
func slotNames(cls *py.Type) ([]string, error) {
	var names []string
	mro, _ := lookupAttr(cls, "__mro__")
	classes := []py.Object{cls}
	if t, ok := mro.(py.Tuple); ok {
		classes = t
	}
	for _, c := range classes {
		ct, ok := c.(*py.Type)
		if !ok {
			continue
		}
		slots, ok := ct.Dict["__slots__"]
		if !ok {
			continue
		}
		if s, ok := slots.(py.String); ok {
			slots = py.Tuple{s}
		}
		err := py.Iterate(slots, func(x py.Object) bool {
			s, ok := x.(py.String)
			if !ok || s == "__dict__" || s == "__weakref__" {
				return false
			}
			name := string(s)
			if len(name) > 2 && name[:2] == "__" && name[len(name)-2:] != "__" {
				name = "_" + trimUnderscores(ct.Name) + name
			}
			names = append(names, name)
			return false
		})
		if err != nil {
			return nil, err
		}
	}
	return names, nil
}

func trimUnderscores(s string) string {
	for len(s) > 0 && s[0] == '_' {
		s = s[1:]
	}
	return s
}

// itemsIterators returns iter(obj) for list subclasses and iter(obj.items()) for dict
// subclasses, as _PyObject_GetItemsIter.
func itemsIterators(obj py.Object) (py.Object, py.Object, error) {
	t := obj.Type()
	listItems, dictItemsIt := py.Object(py.None), py.Object(py.None)
	if t.IsSubtype(py.ListType) {
		it, err := py.Iter(obj)
		if err != nil {
			return nil, nil, err
		}
		listItems = it
	}
	if isDictType(t) {
		items, err := py.GetAttrString(obj, "items")
		if err != nil {
			return nil, nil, err
		}
		r, err := py.Call(items, nil, nil)
		if err != nil {
			return nil, nil, err
		}
		it, err := py.Iter(r)
		if err != nil {
			return nil, nil, err
		}
		dictItemsIt = it
	}
	return listItems, dictItemsIt, nil
}

// reduceNewObj is CPython's reduce_newobj (protocol 2 and above).
func reduceNewObj(ctx py.Context, obj py.Object) (py.Object, error) {
	args, kwargs, err := newArgs(obj)
	if err != nil {
		return nil, err
	}
	cr, err := getModule(ctx, "copyreg")
	if err != nil {
		return nil, err
	}
	cls := py.Object(obj.Type())
	var callable py.Object
	var cargs py.Tuple
	kwItems, _ := dictItems(kwargs)
	if kwargs == nil || len(kwItems) == 0 {
		callable = cr.Globals["__newobj__"]
		cargs = append(py.Tuple{cls}, args...)
	} else {
		callable = cr.Globals["__newobj_ex__"]
		cargs = py.Tuple{cls, args, kwargs}
	}
	state, err := GetState(obj)
	if err != nil {
		return nil, err
	}
	li, di, err := itemsIterators(obj)
	if err != nil {
		return nil, err
	}
	return py.Tuple{callable, cargs, state, li, di}, nil
}

// reduceProto01 is copyreg._reduce_ex for instances of plain classes (protocols 0 and 1):
// copyreg._reconstructor(cls, object, None) plus the state.
func reduceProto01(ctx py.Context, obj py.Object, proto int) (py.Object, error) {
	cr, err := getModule(ctx, "copyreg")
	if err != nil {
		return nil, err
	}
	cls := obj.Type()
	object, err := importAttr(ctx, "builtins", "object")
	if err != nil {
		return nil, err
	}
	// The base is the first class of the MRO not defined in Python (object, or a builtin
	// type such as list); its value of obj is part of the arguments.
	var base py.Object = object
	for _, b := range cls.Mro {
		if bt, ok := b.(*py.Type); ok && !isUserClass(bt) {
			base = bt
			break
		}
	}
	var baseState py.Object = py.None
	if base != object {
		if identical(base, cls) {
			return nil, py.ExceptionNewf(py.TypeError, "cannot pickle '%s' object", nameOf(cls))
		}
		if baseState, err = py.Call(base, py.Tuple{obj}, nil); err != nil {
			return nil, err
		}
	}
	args := py.Tuple{cls, base, baseState}
	var state py.Object
	if isObjectDefault(obj, "__getstate__") {
		if slots, err := lookupAttr(obj, "__slots__"); err != nil {
			return nil, err
		} else if slots != nil {
			if t, err := py.MakeBool(slots); err == nil && t == py.True {
				return nil, py.ExceptionNewf(py.TypeError, "a class that defines __slots__ without defining __getstate__ cannot be pickled")
			}
		}
		if state, err = defaultState(obj); err != nil {
			return nil, err
		}
	} else if state, err = GetState(obj); err != nil {
		return nil, err
	}
	if state != nil && state != py.None {
		if truth, err := py.MakeBool(state); err == nil && truth == py.True {
			return py.Tuple{cr.Globals["_reconstructor"], args, state}, nil
		}
	}
	return py.Tuple{cr.Globals["_reconstructor"], args}, nil
}
