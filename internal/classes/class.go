package classes

import (
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/kworder"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/objects"
)

// CallerGlobals, when set (by interp), returns the globals of the innermost running Python
// frame; type(name, bases, dict) uses it for __module__ as CPython does.
var CallerGlobals func() py.StringDict

var (
	subclassMu sync.Mutex
	subclasses = map[*py.Type][]*py.Type{}
)

func subclassesOf(t *py.Type) *py.List {
	subclassMu.Lock()
	defer subclassMu.Unlock()
	l := py.NewList()
	for _, s := range subclasses[t] {
		l.Append(s)
	}
	return l
}

// buildClass is builtins.__build_class__(func, name, *bases, metaclass=None, **kwds).
func buildClass(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) < 2 {
		return nil, py.ExceptionNewf(py.TypeError, "__build_class__: not enough arguments")
	}
	fn, ok := args[0].(*py.Function)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "__build_class__: func must be a function")
	}
	name, ok := args[1].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "__build_class__: name is not a string")
	}
	origBases := append(py.Tuple(nil), args[2:]...)
	bases, err := resolveBases(origBases)
	if err != nil {
		return nil, err
	}
	meta := kwargs["metaclass"]
	kw := kworder.Copy(kwargs, func(k string) bool { return k == "metaclass" })
	defer kworder.Forget(kw)
	if meta == nil {
		if len(bases) == 0 {
			meta = py.TypeType
		} else {
			meta = metaOf(bases[0])
		}
	}
	if mt, ok := meta.(*py.Type); ok {
		winner, err := calculateMeta(mt, bases)
		if err != nil {
			return nil, err
		}
		meta = winner
	}
	ns := py.NewStringDict()
	var prepared py.Object
	if prep, err := py.GetAttrString(meta, "__prepare__"); err == nil {
		res, err := py.Call(prep, py.Tuple{name, bases}, kw)
		if err != nil {
			return nil, err
		}
		d, err := toStringDict(res)
		if err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "%s.__prepare__() must return a mapping, not %s", metaName(meta), res.Type().Name)
		}
		ns, prepared = d, res
	}
	body := &classBody{prepared: prepared, seen: map[string]bool{}, ns: ns}
	if len(bases) != len(origBases) || !sameItems(bases, origBases) {
		if err := classStore(origBases, ns, "__orig_bases__"); err != nil {
			return nil, err
		}
	}
	ns[bodyKey] = body
	leave := enterUntrackedBody(ns)
	cell, err := py.VmEvalCode(fn.Context, fn.Code, fn.Globals, ns, nil, nil, nil, nil, fn.Closure)
	leave()
	if c, ok := cell.(*py.Cell); ok && err == nil {
		// The body ends by storing its __class__ cell as __classcell__, which
		// type.__new__ fills (CPython's class body does it with STORE_NAME).
		err = classStore(c, ns, "__classcell__")
	}
	delete(ns, bodyKey)
	if err != nil {
		return nil, err
	}
	var callKw py.StringDict
	if len(kw) > 0 {
		callKw = kw
	}
	prepared = body.prepared // made by locals() in a plain body
	var classdict py.Object = prepared
	if _, isMap := prepared.(py.StringDict); prepared == nil || isMap {
		classdict = orderedNamespace(ns, body.order)
	}
	cls, err := py.Call(meta, py.Tuple{name, bases, classdict}, callKw)
	if err != nil {
		return nil, err
	}
	if c, ok := cell.(*py.Cell); ok {
		switch got := c.Get(); {
		case got == nil:
			return nil, py.ExceptionNewf(py.RuntimeError, "__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?", reprOr(name), reprOr(cls))
		case got != cls:
			return nil, py.ExceptionNewf(py.TypeError, "__class__ set to %s defining %s as %s", reprOr(got), reprOr(name), reprOr(cls))
		}
	}
	return cls, nil
}

// resolveBases replaces each base that is not a class but has __mro_entries__ (list[int],
// typing.Generic[T], NamedTuple) by the classes that method returns (PEP 560).
func resolveBases(bases py.Tuple) (py.Tuple, error) {
	var out py.Tuple
	for i, b := range bases {
		if _, ok := b.(*py.Type); ok {
			if out != nil {
				out = append(out, b)
			}
			continue
		}
		entries, err := py.GetAttrString(b, "__mro_entries__")
		if err != nil {
			if out != nil {
				out = append(out, b)
			}
			continue
		}
		res, err := py.Call(entries, py.Tuple{bases}, nil)
		if err != nil {
			return nil, err
		}
		t, ok := res.(py.Tuple)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "__mro_entries__ must return a tuple")
		}
		if out == nil {
			out = append(py.Tuple(nil), bases[:i]...)
		}
		out = append(out, t...)
	}
	if out == nil {
		return bases, nil
	}
	return out, nil
}

func sameItems(a, b py.Tuple) bool {
	for i := range a {
		if !compiler.Identical(a[i], b[i]) {
			return false
		}
	}
	return true
}

func metaName(m py.Object) string {
	if t, ok := m.(*py.Type); ok {
		return t.Name
	}
	return m.Type().Name
}

// metaOf is type(b) for a base class, treating gpython types whose ObjectType was set to
// their parent (not a metaclass) as instances of type.
func metaOf(b py.Object) *py.Type {
	t := b.Type()
	if t == nil || !t.IsSubtype(py.TypeType) {
		return py.TypeType
	}
	return t
}

func calculateMeta(meta *py.Type, bases py.Tuple) (*py.Type, error) {
	winner := meta
	for _, b := range bases {
		bt := metaOf(b)
		if winner.IsSubtype(bt) {
			continue
		}
		if bt.IsSubtype(winner) {
			winner = bt
			continue
		}
		return nil, py.ExceptionNewf(py.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	return winner, nil
}

// typeCall implements type(x) and type(name, bases, dict, **kw) for type and its subclasses.
func typeCall(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if meta == py.TypeType && len(args) == 1 && len(kwargs) == 0 {
		return TypeOf(args[0]), nil
	}
	if len(args) != 3 {
		if meta == py.TypeType {
			return nil, py.ExceptionNewf(py.TypeError, "type() takes 1 or 3 arguments")
		}
		return nil, py.ExceptionNewf(py.TypeError, "type.__new__() takes exactly 3 arguments (%d given)", len(args))
	}
	name, ok := args[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "type.__new__() argument 1 must be str, not %s", args[0].Type().Name)
	}
	bases, ok := args[1].(py.Tuple)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "type.__new__() argument 2 must be tuple, not %s", args[1].Type().Name)
	}
	switch args[2].(type) {
	case py.StringDict, *objects.Dict:
	default:
		return nil, py.ExceptionNewf(py.TypeError, "type.__new__() argument 3 must be dict, not %s", args[2].Type().Name)
	}
	if meta == py.TypeType {
		// type(name, bases, ns) makes the class with the most derived metaclass of the
		// bases, and lets that metaclass's own __new__ and __init__ make it, as CPython.
		if winner, err := calculateMeta(meta, bases); err == nil && winner != py.TypeType {
			if ownsNew(winner) {
				nw, err := py.GetAttrString(winner, "__new__")
				if err != nil {
					return nil, err
				}
				return py.Call(nw, append(py.Tuple{winner}, args...), kwargs)
			}
			meta = winner
		}
	}
	ns, err := toStringDict(args[2])
	if err != nil {
		return nil, err
	}
	t, err := NewClass(meta, string(name), bases, ns, kwargs)
	if err == nil {
		setClassOrder(t, dictKeys(args[2]))
	}
	return t, err
}

// ownsNew reports whether a metaclass or one of its bases other than type defines __new__.
func ownsNew(meta *py.Type) bool {
	for _, b := range meta.Mro {
		bt, ok := b.(*py.Type)
		if !ok || bt == py.TypeType {
			break
		}
		if _, found := bt.Dict["__new__"]; found {
			return true
		}
	}
	return false
}

// NewClass creates a class as type.__new__(meta, name, bases, ns, **kwargs) does.
func NewClass(meta *py.Type, name string, bases py.Tuple, ns py.StringDict, kwargs py.StringDict) (*py.Type, error) {
	t, err := makeClass(meta, name, bases, ns)
	if err != nil {
		return nil, err
	}
	if err := setNames(t); err != nil {
		return nil, err
	}
	if err := initSubclass(t, kwargs); err != nil {
		return nil, err
	}
	return t, nil
}

// makeClass is type.__new__ up to the __set_name__ and __init_subclass__ calls.
func makeClass(meta *py.Type, name string, bases py.Tuple, ns py.StringDict) (*py.Type, error) {
	defer TypeChanged()
	for _, b := range bases {
		bt, ok := b.(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "bases must be types")
		}
		if err := ensureReady(bt); err != nil {
			return nil, err
		}
	}
	winner, err := calculateMeta(meta, bases)
	if err != nil {
		return nil, err
	}
	meta = winner
	if len(bases) == 0 {
		bases = py.Tuple{py.ObjectType}
	}
	for _, b := range bases {
		bt := b.(*py.Type)
		if bt.Flags&py.TPFLAGS_BASETYPE == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "type '%s' is not an acceptable base type", bt.Name)
		}
	}
	base, err := bestBase(bases)
	if err != nil {
		return nil, err
	}
	if root := solidBase(base); root != py.ObjectType && root != py.TypeType {
		exposeInit(root)
	}
	dict := ns.Copy()
	var classcell *py.Cell
	if v, ok := dict["__classcell__"]; ok {
		c, isCell := v.(*py.Cell)
		if !isCell {
			return nil, py.ExceptionNewf(py.TypeError, "__classcell__ must be a nonlocal cell, not %s", reprOr(TypeOf(v)))
		}
		classcell = c
		delete(dict, "__classcell__")
	}
	t := &py.Type{
		ObjectType: meta,
		Name:       name,
		Qualname:   name,
		Base:       base,
		Bases:      bases,
		Dict:       dict,
		New:        instanceNew,
		Init:       instanceInit,
		Flags:      py.TPFLAGS_DEFAULT | py.TPFLAGS_HEAPTYPE | py.TPFLAGS_BASETYPE,
	}
	if q, ok := dict["__qualname__"]; ok {
		qs, ok := q.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "type __qualname__ must be a str, not %s", q.Type().Name)
		}
		t.Qualname = string(qs)
		delete(dict, "__qualname__")
	}
	if _, ok := dict["__module__"]; !ok && CallerGlobals != nil {
		if g := CallerGlobals(); g != nil {
			if n, ok := g["__name__"]; ok {
				dict["__module__"] = n
			}
		}
	}
	if doc, ok := dict["__doc__"]; ok {
		if s, ok := doc.(py.String); ok {
			t.Doc = string(s)
		}
	} else {
		dict["__doc__"] = py.None
	}
	if err := setupSlots(t); err != nil {
		return nil, err
	}
	if f, ok := dict["__new__"].(*py.Function); ok {
		dict["__new__"] = &py.StaticMethod{Callable: f, Dict: py.NewStringDict()}
	}
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if f, ok := dict[n].(*py.Function); ok {
			dict[n] = &py.ClassMethod{Callable: f, Dict: py.NewStringDict()}
		}
	}
	if _, hasEq := dict["__eq__"]; hasEq {
		if _, hasHash := dict["__hash__"]; !hasHash {
			dict["__hash__"] = py.None
		}
	}
	mro, err := c3(t)
	if err != nil {
		return nil, err
	}
	if err := t.Ready(); err != nil {
		return nil, err
	}
	t.Mro = mro
	guardClassDunders(t)
	if meta.IsSubtype(py.TypeType) && t.IsSubtype(py.TypeType) {
		t.Flags |= py.TPFLAGS_TYPE_SUBCLASS
	}
	subclassMu.Lock()
	for _, b := range bases {
		subclasses[b.(*py.Type)] = append(subclasses[b.(*py.Type)], t)
	}
	subclassMu.Unlock()
	if classcell != nil {
		classcell.Set(t)
	}
	return t, nil
}

// reprOr is repr(o) for an error message.
func reprOr(o py.Object) string {
	r, err := objects.Repr(o)
	if err != nil {
		return "<object repr() failed>"
	}
	return r
}

// setNames calls __set_name__(owner, name) on class attributes that define it.
func setNames(t *py.Type) error {
	for k, v := range t.Dict {
		if p, ok := v.(*Property); ok {
			p.name = k
			continue
		}
		in := AsInstance(v)
		if in == nil {
			continue
		}
		if sn := Lookup(in.cls, "__set_name__"); sn != nil {
			if _, err := py.Call(sn, py.Tuple{v, t, py.String(k)}, nil); err != nil {
				return err
			}
		}
	}
	return nil
}

// initSubclass calls super(t, t).__init_subclass__(**kwargs).
func initSubclass(t *py.Type, kwargs py.StringDict) error {
	for _, b := range t.Mro[1:] {
		v, ok := b.(*py.Type).Dict["__init_subclass__"]
		if !ok {
			continue
		}
		cm, ok := v.(*py.ClassMethod)
		if !ok || v == objectInitSubclass {
			break
		}
		_, err := py.Call(cm.Callable, py.Tuple{t}, kwargs)
		return err
	}
	if len(kwargs) > 0 {
		return py.ExceptionNewf(py.TypeError, "%s.__init_subclass__() takes no keyword arguments", t.Name)
	}
	return nil
}

// solidBase is the Go-level layout root of t: the nearest non-heap type other than object.
func solidBase(t *py.Type) *py.Type {
	for _, b := range t.Mro {
		bt := b.(*py.Type)
		if bt.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			return bt
		}
	}
	return py.ObjectType
}

// layoutBase is solidBase for the instance lay-out check of multiple inheritance.
func layoutBase(t *py.Type) *py.Type {
	for _, b := range t.Mro {
		bt := b.(*py.Type)
		if bt.Flags&py.TPFLAGS_HEAPTYPE == 0 && !sameLayoutException(bt) {
			return bt
		}
	}
	return py.ObjectType
}

// layoutExceptions are the builtin exceptions whose C struct in CPython adds fields to its
// base's: the others (ValueError, KeyError ...) share their base's layout, so that
// class E(OSError, ValueError) is allowed, as io.UnsupportedOperation is.
var layoutExceptions = map[string]bool{
	"BaseException": true, "OSError": true, "SyntaxError": true, "ImportError": true,
	"StopIteration": true, "SystemExit": true, "UnicodeEncodeError": true,
	"UnicodeDecodeError": true, "UnicodeTranslateError": true, "AttributeError": true,
	"NameError": true, "BaseExceptionGroup": true,
}

// sameLayoutException reports whether t is a builtin exception type that adds no field to
// its base's layout.
func sameLayoutException(t *py.Type) bool {
	return t != py.BaseException && t.IsSubtype(py.BaseException) && !layoutExceptions[t.Name]
}

func bestBase(bases py.Tuple) (*py.Type, error) {
	var base, winner *py.Type
	for _, b := range bases {
		bt := b.(*py.Type)
		cand := layoutBase(bt)
		switch {
		case winner == nil:
			winner, base = cand, bt
		case winner.IsSubtype(cand):
		case cand.IsSubtype(winner):
			winner, base = cand, bt
		default:
			return nil, py.ExceptionNewf(py.TypeError, "multiple bases have instance lay-out conflict")
		}
	}
	return base, nil
}

// c3 computes the C3 linearisation of t from its bases.
func c3(t *py.Type) (py.Tuple, error) {
	var seqs [][]*py.Type
	for _, b := range t.Bases {
		var s []*py.Type
		for _, m := range b.(*py.Type).Mro {
			s = append(s, m.(*py.Type))
		}
		seqs = append(seqs, s)
	}
	var direct []*py.Type
	for i, b := range t.Bases {
		for _, d := range t.Bases[:i] {
			if d == b {
				return nil, py.ExceptionNewf(py.TypeError, "duplicate base class %s", b.(*py.Type).Name)
			}
		}
		direct = append(direct, b.(*py.Type))
	}
	seqs = append(seqs, direct)
	out := py.Tuple{t}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
			}
		}
		if empty {
			return out, nil
		}
		var cand *py.Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == c {
						inTail = true
					}
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == nil {
			var names []string
			seen := map[*py.Type]bool{}
			for _, s := range seqs {
				if len(s) > 0 && !seen[s[0]] {
					seen[s[0]] = true
					names = append(names, s[0].Name)
				}
			}
			return nil, py.ExceptionNewf(py.TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// eachItem calls fn for every (str key, value) of a mapping: a py.StringDict, an
// *objects.Dict, or anything with keys() and __getitem__.
func eachItem(m py.Object, fn func(k string, v py.Object) error) error {
	switch d := m.(type) {
	case py.StringDict:
		for _, k := range sortedKeys(d) {
			if err := fn(k, d[k]); err != nil {
				return err
			}
		}
		return nil
	case *objects.Dict:
		for _, kv := range d.Items() {
			k, ok := kv[0].(py.String)
			if !ok {
				return py.ExceptionNewf(py.TypeError, "keywords must be strings")
			}
			if err := fn(string(k), kv[1]); err != nil {
				return err
			}
		}
		return nil
	}
	keys, err := py.GetAttrString(m, "keys")
	if err != nil {
		return py.ExceptionNewf(py.TypeError, "'%s' object is not a mapping", m.Type().Name)
	}
	ks, err := py.Call(keys, nil, nil)
	if err != nil {
		return err
	}
	var items [][2]py.Object
	err = py.Iterate(ks, func(k py.Object) bool {
		v, e := py.GetItem(m, k)
		if e != nil {
			err = e
			return true
		}
		items = append(items, [2]py.Object{k, v})
		return false
	})
	if err != nil {
		return err
	}
	for _, kv := range items {
		k, ok := kv[0].(py.String)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "keywords must be strings")
		}
		if err := fn(string(k), kv[1]); err != nil {
			return err
		}
	}
	return nil
}

// toStringDict copies a mapping into a new py.StringDict (the class namespace type).
func toStringDict(m py.Object) (py.StringDict, error) {
	if d, ok := m.(py.StringDict); ok {
		return d, nil
	}
	out := py.NewStringDict()
	err := eachItem(m, func(k string, v py.Object) error {
		out[k] = v
		return nil
	})
	return out, err
}

// ensureReady computes the MRO of a type made after gpython's own initialisation (NewType
// copies the parent's READY flag, so such a type is never readied and its MRO stays empty).
func ensureReady(t *py.Type) error {
	if len(t.Mro) > 0 {
		return nil
	}
	t.Flags &^= py.TPFLAGS_READY
	return t.Ready()
}
