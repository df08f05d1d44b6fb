package objects

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

// EnumerateType is the enumerate builtin (gpython's has no start=).
var EnumerateType = py.NewType("enumerate", "Return an enumerate object.")

// ReversedType is the reversed builtin.
var ReversedType = py.NewType("reversed", "Return a reverse iterator over the values of the given sequence.")

// MapType is the map builtin: gpython's map objects report filter as their type.
var MapType = py.NewType("map", "map(func, *iterables) --> map object\n\nMake an iterator that computes the function using arguments from\neach of the iterables.  Stops when the shortest iterable is exhausted.")

var notImplementedType = py.NewType("NotImplementedType", "")

func init() { gpyhooks.Register("objects/iterators", installIterators) }

func installIterators() {
	MapType.New = mapNew
	// gpython names Ellipsis's type EllipsisType, and NotImplemented is an instance of
	// NotImplementedError: CPython's types are ellipsis and NotImplementedType.
	py.EllipsisTypeType.Name = "ellipsis"
	if e, ok := py.NotImplemented.(*py.Exception); ok {
		e.Base = notImplementedType
	}
	for _, t := range []*py.Type{MapType, EnumerateType, ReversedType, py.FilterType, py.ZipType} {
		t.Flags |= py.TPFLAGS_BASETYPE // subclassable, as in CPython
	}
	EnumerateType.New = enumerateNew
	ReversedType.New = reversedNew
}

type enumerate struct {
	it    py.Object
	count py.Object
}

// Type returns enumerate.
func (e *enumerate) Type() *py.Type { return EnumerateType }

// M__iter__ returns the iterator.
func (e *enumerate) M__iter__() (py.Object, error) { return e, nil }

// M__next__ returns (count, item).
func (e *enumerate) M__next__() (py.Object, error) {
	item, err := py.Next(e.it)
	if err != nil {
		return nil, err
	}
	n := e.count
	if e.count, err = py.Add(n, py.Int(1)); err != nil {
		return nil, err
	}
	return py.Tuple{n, item}, nil
}

func enumerateNew(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var iterable, start py.Object
	if err := parseArgs("enumerate", args, kw, []string{"iterable", "start"}, 2, 1, &iterable, &start); err != nil {
		return nil, err
	}
	if start == nil {
		start = py.Int(0)
	}
	switch start.(type) {
	case py.Int, *py.BigInt:
	case py.Bool:
		start = toIntObj(toBig(start))
	default:
		i, err := py.Index(start)
		if err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(start))
		}
		start = i
	}
	it, err := Iter(iterable)
	if err != nil {
		return nil, err
	}
	return &enumerate{it: it, count: start}, nil
}

type reversedIter struct {
	seq py.Object
	i   int
}

// Type returns reversed.
func (r *reversedIter) Type() *py.Type { return ReversedType }

// M__iter__ returns the iterator.
func (r *reversedIter) M__iter__() (py.Object, error) { return r, nil }

// M__next__ returns the previous item.
func (r *reversedIter) M__next__() (py.Object, error) {
	if r.i < 0 {
		return nil, py.StopIteration
	}
	item, err := py.GetItem(r.seq, py.Int(r.i))
	r.i--
	if err != nil {
		if py.IsException(py.IndexError, err) || isStop(err) {
			r.i = -1
			return nil, py.StopIteration
		}
		return nil, err
	}
	return item, nil
}

// M__length_hint__ is the number of items left.
func (r *reversedIter) M__length_hint__() (py.Object, error) { return py.Int(r.i + 1), nil }

func reversedNew(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var seq py.Object
	if err := unpackPos("reversed", args, kw, 1, &seq); err != nil {
		return nil, err
	}
	switch s := seq.(type) {
	case *Dict:
		return s.M__reversed__()
	case *py.Range:
		// A range iterator over the reversed range, as CPython's (range_iterator).
		last := s.Start + (s.Length-1)*s.Step
		r := py.Range{Start: last, Stop: s.Start - s.Step, Step: -s.Step, Length: s.Length}
		if s.Length == 0 {
			r = py.Range{Start: s.Start, Stop: s.Start, Step: -s.Step, Length: 0}
		}
		return &py.RangeIterator{Range: r, Index: r.Start}, nil
	}
	if I, ok := seq.(py.I__reversed__); ok {
		return I.M__reversed__()
	}
	if IsUserInstance(seq) {
		// A class's __reversed__ (OrderedDict's, a dict subclass's): gpython's type lookup
		// does not see it.
		if m, err := py.GetAttrString(seq, "__reversed__"); err == nil {
			if m == py.None {
				return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not reversible", typeName(seq))
			}
			return py.Call(m, nil, nil)
		}
		if d, ok := NativeOf(seq).(*Dict); ok {
			return d.M__reversed__()
		}
	}
	if res, ok, err := typeCall(seq, "__reversed__"); ok {
		return res, err
	}
	if _, isDict := seq.(py.StringDict); !isDict {
		if n, err := py.Len(seq); err == nil {
			if _, ok := seq.(py.I__getitem__); ok || hasTypeAttr(seq, "__getitem__") {
				l, err := indexInt(n)
				if err != nil {
					return nil, err
				}
				return &reversedIter{seq: seq, i: l - 1}, nil
			}
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not reversible", typeName(seq))
}

func hasTypeAttr(x py.Object, name string) bool {
	return x.Type().NativeGetAttrOrNil(name) != nil
}

// M__reversed__ iterates over the keys from last to first.
func (d *Dict) M__reversed__() (py.Object, error) {
	keys := d.Keys()
	for i, j := 0, len(keys)-1; i < j; i, j = i+1, j-1 {
		keys[i], keys[j] = keys[j], keys[i]
	}
	return py.NewIterator(py.Tuple(keys)), nil
}

// callIter is iter(callable, sentinel): it calls callable until the result equals sentinel
// (compared with ==, sentinel first, as CPython does) or the callable raises StopIteration,
// and drops the callable then, so an exhausted iterator never calls it again.
type callIter struct {
	callable py.Object
	sentinel py.Object
}

// NewCallIter is the iterator of iter(callable, sentinel); the caller checks callable.
func NewCallIter(callable, sentinel py.Object) py.Object {
	return &callIter{callable: callable, sentinel: sentinel}
}

// Type returns callable_iterator.
func (c *callIter) Type() *py.Type { return py.CallIteratorType }

// M__iter__ returns the iterator.
func (c *callIter) M__iter__() (py.Object, error) { return c, nil }

// M__next__ calls the callable once.
func (c *callIter) M__next__() (py.Object, error) {
	if c.callable == nil {
		return nil, py.StopIteration
	}
	v, err := py.Call(c.callable, nil, nil)
	if err != nil {
		if isStop(err) {
			c.callable = nil
			return nil, py.StopIteration
		}
		return nil, err
	}
	done, err := Equal(c.sentinel, v)
	if err != nil {
		return nil, err
	}
	if done {
		c.callable = nil
		return nil, py.StopIteration
	}
	return v, nil
}

type mapIter struct {
	cls   *py.Type
	fn    py.Object
	iters []py.Object
}

// Type returns map (or the subclass it was made by).
func (m *mapIter) Type() *py.Type { return m.cls }

// M__iter__ returns the iterator.
func (m *mapIter) M__iter__() (py.Object, error) { return m, nil }

// M__next__ calls the function with the next item of each iterable.
func (m *mapIter) M__next__() (py.Object, error) {
	args := make(py.Tuple, len(m.iters))
	for i, it := range m.iters {
		v, err := py.Next(it)
		if err != nil {
			return nil, err
		}
		args[i] = v
	}
	return py.Call(m.fn, args, nil)
}

func mapNew(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) != 0 && t == MapType {
		return nil, py.ExceptionNewf(py.TypeError, "map() takes no keyword arguments")
	}
	if len(args) < 2 {
		return nil, py.ExceptionNewf(py.TypeError, "map() must have at least two arguments.")
	}
	m := &mapIter{cls: t, fn: args[0], iters: make([]py.Object, len(args)-1)}
	for i, a := range args[1:] {
		it, err := Iter(a)
		if err != nil {
			return nil, err
		}
		m.iters[i] = it
	}
	return m, nil
}
