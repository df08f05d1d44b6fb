package objects

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// DictType is Python's dict type as gopy provides it (gpython's own dict keeps string keys
// only, in random order).
var DictType = py.NewTypeX("dict", `dict() -> new empty dictionary
dict(mapping) -> new dictionary initialized from a mapping object's
    (key, value) pairs
dict(iterable) -> new dictionary initialized as if via:
    d = {}
    for k, v in iterable:
        d[k] = v
dict(**kwargs) -> new dictionary initialized with the name=value pairs
    in the keyword argument list.  For example:  dict(one=1, two=2)`, dictNew, dictInit)

// Dict is a Python dict: any hashable key, insertion order, CPython's semantics.
type Dict struct {
	t table
	// owner is the instance of a Python subclass of dict that carries this value (see
	// Adopt), so that a missing key can call the subclass's __missing__.
	owner Owner
}

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// Type returns dict.
func (d *Dict) Type() *py.Type { return DictType }

// Len returns the number of items.
func (d *Dict) Len() int {
	d.pull()
	return d.t.used
}

// SetItem sets d[k] = v.
func (d *Dict) SetItem(k, v py.Object) error {
	_, err := d.t.set(k, v)
	return err
}

// GetItem returns d[k]; ok is false when k is absent. err is set for an unhashable key or a
// failing __eq__/__hash__.
func (d *Dict) GetItem(k py.Object) (v py.Object, ok bool, err error) {
	d.pull()
	pos, _, err := d.t.lookup(k)
	if err != nil || pos < 0 {
		return nil, false, err
	}
	return d.t.entries[pos].value, true, nil
}

// GetStr is GetItem for a str key given as a Go string (an attribute name): it makes no
// str object.
func (d *Dict) GetStr(name string) (v py.Object, ok bool, err error) {
	d.pull()
	pos, err := d.t.findStr(name)
	if err != nil || pos < 0 {
		return nil, false, err
	}
	return d.t.entries[pos].value, true, nil
}

// Reserve makes room for n items in an empty dict, up to the size of a table without an
// index (an instance's __dict__, sized as its class's instances have been).
func (d *Dict) Reserve(n int) {
	if d.t.entries == nil && n > 0 {
		d.t.entries = make([]entry, 0, min(n, smallTable))
	}
}

// SetStr is SetItem for a str key given as a Go string.
func (d *Dict) SetStr(name string, v py.Object) error { return d.t.setStr(name, v) }

// StrKey is a str key made once for the dicts of many objects (an attribute name of a
// class's instances): its str object and hash.
type StrKey struct {
	key  py.Object // py.String
	hash int64
}

// NewStrKey makes the key of name.
func NewStrKey(name string) *StrKey { return &StrKey{key: py.String(name), hash: hashStr(name)} }

// SetStrKey is SetStr where k, made by NewStrKey(name), is the key stored if name is new.
func (d *Dict) SetStrKey(name string, k *StrKey, v py.Object) error {
	return d.t.setStrKey(name, k, v)
}

// DelItem removes k; ok is false when k is absent.
func (d *Dict) DelItem(k py.Object) (ok bool, err error) {
	pos, _, err := d.t.lookup(k)
	if err != nil || pos < 0 {
		return false, err
	}
	d.t.remove(pos)
	return true, nil
}

// Items returns the (key, value) pairs in insertion order.
func (d *Dict) Items() [][2]py.Object {
	d.pull()
	out := make([][2]py.Object, 0, d.t.used)
	for _, e := range d.t.entries {
		if e.key != nil {
			out = append(out, [2]py.Object{e.key, e.value})
		}
	}
	return out
}

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []py.Object {
	d.pull()
	return d.t.keys()
}

// Clear removes every item.
func (d *Dict) Clear() { d.t.clear() }

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	d.pull()
	c := NewDict()
	c.t.copyFrom(&d.t)
	return c
}

func keyError(k py.Object) error {
	return newExc(py.KeyError, k)
}

// newExc makes an exception of type t with the given args (not a formatted message), as
// CPython's KeyError(key) carries the key itself.
func newExc(t *py.Type, args ...py.Object) error {
	exc, err := py.ExceptionNew(t, py.Tuple(args), nil)
	if err != nil {
		return err
	}
	return exc.(error)
}

// M__getitem__ implements d[k].
func (d *Dict) M__getitem__(k py.Object) (py.Object, error) {
	v, ok, err := d.GetItem(k)
	if err != nil {
		return nil, err
	}
	if !ok {
		if o := d.owner.get(); o != nil {
			if missing, err := py.GetAttrString(o, "__missing__"); err == nil {
				return py.Call(missing, py.Tuple{k}, nil)
			}
		}
		return nil, keyError(k)
	}
	return v, nil
}

// M__setitem__ implements d[k] = v.
func (d *Dict) M__setitem__(k, v py.Object) (py.Object, error) {
	return py.None, d.SetItem(k, v)
}

// M__delitem__ implements del d[k].
func (d *Dict) M__delitem__(k py.Object) (py.Object, error) {
	ok, err := d.DelItem(k)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, keyError(k)
	}
	return py.None, nil
}

// M__len__ implements len(d).
func (d *Dict) M__len__() (py.Object, error) { return py.Int(d.Len()), nil }

// M__bool__ implements bool(d).
func (d *Dict) M__bool__() (py.Object, error) { return py.NewBool(d.Len() > 0), nil }

// M__contains__ implements k in d.
func (d *Dict) M__contains__(k py.Object) (py.Object, error) {
	_, ok, err := d.GetItem(k)
	return py.NewBool(ok), err
}

// M__iter__ iterates over the keys.
func (d *Dict) M__iter__() (py.Object, error) { return newDictIter(d, iterKeys), nil }

// M__eq__ implements d == other.
func (d *Dict) M__eq__(other py.Object) (py.Object, error) {
	switch o := other.(type) {
	case *Dict:
		return dictEq(d, o)
	case py.StringDict:
		return dictEq(d, snapshot(o))
	}
	return py.NotImplemented, nil
}

// M__ne__ implements d != other.
func (d *Dict) M__ne__(other py.Object) (py.Object, error) {
	eq, err := d.M__eq__(other)
	if err != nil || eq == py.NotImplemented {
		return eq, err
	}
	return py.NewBool(eq == py.False), nil
}

// M__or__ implements d | other (a new dict).
func (d *Dict) M__or__(other py.Object) (py.Object, error) {
	o, ok := other.(*Dict)
	if !ok {
		return py.NotImplemented, nil
	}
	c := d.Copy()
	return c, c.updateFromDict(o)
}

// M__ror__ implements other | d.
func (d *Dict) M__ror__(other py.Object) (py.Object, error) {
	o, ok := other.(*Dict)
	if !ok {
		return py.NotImplemented, nil
	}
	c := o.Copy()
	return c, c.updateFromDict(d)
}

// M__ior__ implements d |= other (any mapping or iterable of pairs).
func (d *Dict) M__ior__(other py.Object) (py.Object, error) {
	if err := d.update(other); err != nil {
		return nil, err
	}
	return d, nil
}

// M__repr__ implements repr(d).
func (d *Dict) M__repr__() (py.Object, error) {
	if !reprEnter(d) {
		return py.String("{...}"), nil
	}
	defer reprLeave(d)
	d.pull()
	var b strings.Builder
	b.WriteByte('{')
	it := newTableIter(&d.t, "dictionary")
	for i := 0; ; i++ {
		e, err := it.next()
		if err != nil {
			return nil, err
		}
		if e == nil {
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		k, v := e.key, e.value
		ks, err := Repr(k)
		if err != nil {
			return nil, err
		}
		vs, err := Repr(v)
		if err != nil {
			return nil, err
		}
		b.WriteString(ks)
		b.WriteString(": ")
		b.WriteString(vs)
	}
	b.WriteByte('}')
	return py.String(b.String()), nil
}

func dictEq(a, b *Dict) (py.Object, error) {
	if a.Len() != b.Len() {
		return py.False, nil
	}
	for _, kv := range a.Items() {
		v, ok, err := b.GetItem(kv[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			return py.False, nil
		}
		eq, err := Equal(kv[1], v)
		if err != nil {
			return nil, err
		}
		if !eq {
			return py.False, nil
		}
	}
	return py.True, nil
}

// updateFromDict adds o's items, reusing their stored hashes as CPython's dict merge does.
func (d *Dict) updateFromDict(o *Dict) error {
	o.pull()
	for _, e := range append([]entry(nil), o.t.entries...) {
		if e.key == nil {
			continue
		}
		pos, err := d.t.find(e.key, e.hash)
		if err != nil {
			return err
		}
		if pos >= 0 {
			d.t.entries[pos].value = e.value
			if d.t.ns != nil {
				d.t.mirrorSet(e.key, e.value)
			}
		} else {
			d.t.add(e.key, e.value, e.hash)
		}
	}
	return nil
}

// update implements dict.update(other): a dict, a mapping (an object with keys()), or an
// iterable of pairs.
func (d *Dict) update(other py.Object) error {
	switch o := other.(type) {
	case *Dict:
		return d.updateFromDict(o)
	case py.StringDict:
		for k, v := range o {
			if err := d.SetItem(py.String(k), v); err != nil {
				return err
			}
		}
		return nil
	}
	if keys, err := py.GetAttrString(other, "keys"); err == nil {
		ks, err := py.Call(keys, nil, nil)
		if err != nil {
			return err
		}
		return iterate(ks, func(k py.Object) (bool, error) {
			v, err := py.GetItem(other, k)
			if err != nil {
				return false, err
			}
			return true, d.SetItem(k, v)
		})
	}
	i := 0
	err := iterate(other, func(item py.Object) (bool, error) {
		pair, err := toSlice(item)
		if err != nil {
			if py.IsException(py.TypeError, err) {
				return false, py.ExceptionNewf(py.TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			return false, err
		}
		if len(pair) != 2 {
			return false, py.ExceptionNewf(py.ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		i++
		return true, d.SetItem(pair[0], pair[1])
	})
	if err != nil && i == 0 && py.IsException(py.TypeError, err) && isNotIterable(err) {
		return py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", typeName(other))
	}
	return err
}

// isNotIterable reports whether err is the TypeError raised by iter() on a non-iterable.
func isNotIterable(err error) bool {
	exc, ok := err.(*py.Exception)
	if !ok || !py.IsException(py.TypeError, exc) {
		return false
	}
	args, _ := exc.Args.(py.Tuple)
	if len(args) == 0 {
		return false
	}
	msg, _ := args[0].(py.String)
	return strings.HasSuffix(string(msg), "is not iterable")
}

// updateKwargs adds keyword arguments (in a stable order: gpython passes them as a Go map).
func (d *Dict) updateKwargs(kwargs py.StringDict) error {
	for _, k := range sortedKeys(kwargs) {
		if err := d.SetItem(py.String(k), kwargs[k]); err != nil {
			return err
		}
	}
	return nil
}

func dictNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return NewDict(), nil
}

func dictInit(self py.Object, args py.Tuple, kwargs py.StringDict) error {
	d, ok := NativeOf(self).(*Dict)
	if !ok {
		return py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires a 'dict' object")
	}
	var other py.Object
	if err := unpackPos("dict", args, nil, 0, &other); err != nil {
		return err
	}
	if other != nil {
		if err := d.update(other); err != nil {
			return err
		}
	}
	return d.updateKwargs(kwargs)
}
