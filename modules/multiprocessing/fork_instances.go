package multiprocessing

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
)

// Instances a 'fork' child gets by value where their own pickling would go by reference
// to themselves.
//
// Members of an Enum class copied by value. A member pickles as a call of its class with
// its value (Color(1)), which looks the member up in the class: the class a 'fork' child
// is making is not filled yet while its own members are read (they are in its
// dictionary). So a member of a by-value Enum class is made as the class made it: by its
// data type's __new__ (object's for a plain Enum), its attributes (_value_, _name_...)
// set after.

// enumMember is the reduce value of obj, a member of the by-value Enum class t.
func (fp *forkPickler) enumMember(obj py.Object, t *py.Type) (py.Object, error) {
	base, err := py.GetAttrString(t, "_member_type_")
	if err != nil {
		return nil, err
	}
	args := py.Tuple{base, t}
	if base != py.Object(py.ObjectType) {
		v, err := py.GetAttrString(obj, "_value_")
		if err != nil {
			return nil, err
		}
		args = append(args, v)
	}
	var state py.Object = py.None
	if in := classes.AsInstance(obj); in != nil {
		if d := in.Dict(); d != nil && d.Len() > 0 {
			state = d.Copy()
		}
	}
	return py.Tuple{fp.fns["_fork_new"], args, state}, nil
}

// isEnumMember reports whether obj, of class t, is a member of a by-value Enum class.
func (fp *forkPickler) isEnumMember(t *py.Type) bool {
	return fp.enum != nil && t != fp.enum && t.IsSubtype(fp.enum) && fp.classByValue(t)
}

// forkNew is multiprocessing._fork_new(base, cls, *args): base.__new__(cls, *args).
func forkNew(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) < 2 {
		return nil, py.ExceptionNewf(py.TypeError, "_fork_new expected at least 2 arguments")
	}
	newFn, err := py.GetAttrString(args[0], "__new__")
	if err != nil {
		return nil, err
	}
	return py.Call(newFn, args[1:], nil)
}

// An instance of a Python class whose __reduce__ names it by reference (a str: the
// wrapper functools.lru_cache makes pickles as the function it wraps) refers to itself
// when it is a global of a by-value module: the child would look for it while reading
// it. Such an instance goes by value: made by object.__new__, its dictionary set after.

// selfReference is the reduce value of obj by value when its class's __reduce__ names it
// in a by-value module (or where pickle would not find it), else nil.
func (fp *forkPickler) selfReference(obj py.Object, t *py.Type) (py.Object, error) {
	in := classes.AsInstance(obj)
	if in == nil {
		return nil, nil
	}
	if _, ok := t.Lookup("__reduce__").(*py.Function); !ok {
		return nil, nil
	}
	fn, err := py.GetAttrString(obj, "__reduce__")
	if err != nil {
		return nil, nil
	}
	rv, err := py.Call(fn, nil, nil)
	name, ok := rv.(py.String)
	if err != nil || !ok {
		return nil, nil
	}
	mod, err := py.GetAttrString(obj, "__module__")
	if m, ok := mod.(py.String); err == nil && ok && !fp.byValue[string(m)] && fp.findable(obj, string(name)) {
		return nil, nil
	}
	var state py.Object = py.None
	if d := in.Dict(); d != nil {
		state = d.Copy()
	}
	return py.Tuple{fp.fns["_fork_new"], py.Tuple{py.ObjectType, t}, state, py.None, py.None, fp.fns["_fork_dict_fill"]}, nil
}

// forkDictFill is multiprocessing._fork_dict_fill(obj, state): obj's instance dictionary
// updated from state, whatever __setstate__ its class has.
func forkDictFill(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "_fork_dict_fill expected 2 arguments")
	}
	in := classes.AsInstance(args[0])
	state, ok := args[1].(*objects.Dict)
	if in == nil || in.Dict() == nil || !ok {
		return py.None, nil
	}
	for _, kv := range state.Items() {
		if err := in.Dict().SetItem(kv[0], kv[1]); err != nil {
			return nil, err
		}
	}
	return py.None, nil
}

// An instance of a script's subclass of zip, filter, map, enumerate or reversed pickles as
// CPython's does, by its class and iterators, without its attributes: a forked child
// would have them. Such an instance with attributes goes as its reduction, its state
// (strict zip's, a reversed's position) and its dictionary set after.

// iteratorWithAttrs is the reduce value of obj with its attributes when it is such an
// instance, else nil.
func (fp *forkPickler) iteratorWithAttrs(obj py.Object, t *py.Type) (py.Object, error) {
	in := classes.AsInstance(obj)
	if in == nil || in.Native == nil || in.Dict() == nil || in.Dict().Len() == 0 || !builtinIterator(t) {
		return nil, nil
	}
	fn, err := py.GetAttrString(obj, "__reduce__")
	if err != nil {
		return nil, err
	}
	v, err := py.Call(fn, nil, nil)
	if err != nil {
		return nil, err
	}
	rv, ok := v.(py.Tuple)
	if !ok || len(rv) < 2 || len(rv) > 3 {
		return nil, nil
	}
	var state py.Object = py.None
	if len(rv) == 3 {
		state = rv[2]
	}
	return py.Tuple{rv[0], rv[1], py.Tuple{state, in.Dict().Copy()}, py.None, py.None, fp.fns["_fork_iter_fill"]}, nil
}

// builtinIterator reports whether t derives from one of the builtin iterator types whose
// reduction carries no attributes.
func builtinIterator(t *py.Type) bool {
	for _, base := range []*py.Type{py.ZipType, py.FilterType, objects.MapType, objects.EnumerateType, objects.ReversedType} {
		if t != base && t.IsSubtype(base) {
			return true
		}
	}
	return false
}

// forkIterFill is multiprocessing._fork_iter_fill(obj, (state, dict)): obj's __setstate__
// given state unless None, then its dictionary updated from dict.
func forkIterFill(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "_fork_iter_fill expected 2 arguments")
	}
	pair, ok := args[1].(py.Tuple)
	if !ok || len(pair) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "_fork_iter_fill: bad arguments")
	}
	if pair[0] != py.None {
		fn, err := py.GetAttrString(args[0], "__setstate__")
		if err != nil {
			return nil, err
		}
		if _, err := py.Call(fn, py.Tuple{pair[0]}, nil); err != nil {
			return nil, err
		}
	}
	return forkDictFill(self, py.Tuple{args[0], pair[1]})
}
