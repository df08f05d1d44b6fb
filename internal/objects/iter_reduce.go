package objects

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/interp/gil"
)

// Pickling the builtin iterators, as CPython 3.11 does: each has a __reduce__ naming the
// builtin that makes it again (iter, enumerate, reversed, map) with what it iterates over,
// and, where the position is a number, __setstate__ to go to it. A sequence iterator
// pickles with its sequence and index; a dict or set iterator with a list of the items it
// has left (CPython's choice: the container may change). gpython's list iterator holds the
// list's items, not the list, so it pickles with a tuple where CPython's has the list.

func installIterReduce() {
	addMethods(py.IteratorType,
		method("__reduce__", "Return state information for pickling.", seqIterReduce),
		method("__setstate__", "Set state information for unpickling.", seqIterSetState))
	addMethods(py.RangeIteratorType,
		method("__reduce__", "Return state information for pickling.", rangeIterReduce),
		method("__setstate__", "Set state information for unpickling.", rangeIterSetState))
	for _, t := range []*py.Type{strIterType, strASCIIIterType} {
		addMethods(t,
			method("__reduce__", "Return state information for pickling.", strIterReduce),
			method("__setstate__", "Set state information for unpickling.", strIterSetState),
			method("__length_hint__", "Private method returning an estimate of len(list(it)).", strIterLengthHint))
	}
	addMethods(bytesIterType,
		method("__reduce__", "Return state information for pickling.", bytesIterReduce),
		method("__setstate__", "Set state information for unpickling.", bytesIterSetState))
	for _, t := range []*py.Type{dictKeyIterType, dictValueIterType, dictItemIterType, setIterType} {
		addMethods(t, method("__reduce__", "Return state information for pickling.", restIterReduce))
	}
	addMethods(EnumerateType, classReduce(enumerateReduce))
	addMethods(ReversedType,
		classReduce(reversedReduce),
		method("__setstate__", "Set state information for unpickling.", reversedSetState))
	addMethods(MapType, classReduce(mapReduce))
	addMethods(py.CallIteratorType, method("__reduce__", "Return state information for pickling.", callIterReduce))
}

// classReduce is the __reduce__ method of a builtin iterator type that a script may
// subclass (enumerate, reversed, map, zip, filter): fn reduces the Go value, and the class
// it names is the object's own, a subclass's included, as CPython's (type(self), ...).
func classReduce(fn methodFn) methodDef {
	m := method("__reduce__", "Return state information for pickling.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		rv, err := fn(NativeOf(self), args, kwargs)
		if t, ok := rv.(py.Tuple); ok && err == nil && len(t) > 0 {
			t = append(py.Tuple(nil), t...)
			t[0] = self.Type()
			rv = t
		}
		return rv, err
	})
	m.keepSelf = true
	return m
}

// builtinNamed is the calling interpreter's builtin of that name (pickled by reference).
func builtinNamed(name string) (py.Object, error) {
	if t := gil.Holding(); t != nil {
		if v, ok := t.Runtime().Context().Store().Builtins.Globals[name]; ok {
			return v, nil
		}
	}
	return nil, py.ExceptionNewf(py.SystemError, "no builtin %s", name)
}

// iterOf is the reduce value (iter, (arg,)), with state when it is not nil.
func iterOf(arg, state py.Object) (py.Object, error) {
	fn, err := builtinNamed("iter")
	if err != nil {
		return nil, err
	}
	if state == nil {
		return py.Tuple{fn, py.Tuple{arg}}, nil
	}
	return py.Tuple{fn, py.Tuple{arg}, state}, nil
}

// indexState converts a __setstate__ argument to an int clamped to [lo, hi].
func indexState(args py.Tuple, lo, hi int) (int, error) {
	if len(args) != 1 {
		return 0, py.ExceptionNewf(py.TypeError, "__setstate__ expected 1 argument, got %d", len(args))
	}
	n, err := py.Index(args[0])
	if err != nil {
		return 0, py.ExceptionNewf(py.TypeError, "an integer is required")
	}
	i, err := n.GoInt()
	if err != nil {
		i = hi
		if n < 0 {
			i = lo
		}
	}
	return min(max(i, lo), hi), nil
}

func seqIterReduce(self py.Object, _ py.Tuple, _ py.StringDict) (py.Object, error) {
	// CPython's drops the sequence once it has raised StopIteration (iter([]) then);
	// gpython's iterator does not record that, so an exhausted one keeps its sequence.
	it := self.(*py.Iterator)
	return iterOf(it.Seq, py.Int(it.Pos))
}

func seqIterSetState(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
	it := self.(*py.Iterator)
	n, err := py.Len(it.Seq)
	if err != nil {
		return nil, err
	}
	l, _ := n.(py.Int).GoInt()
	if it.Pos, err = indexState(args, 0, l); err != nil {
		return nil, err
	}
	return py.None, nil
}

func rangeIterReduce(self py.Object, _ py.Tuple, _ py.StringDict) (py.Object, error) {
	it := self.(*py.RangeIterator)
	r := it.Range
	r.Stop = r.Start + r.Length*r.Step // CPython's range iterator keeps start, step and length
	done := py.Int(0)
	if r.Step != 0 {
		done = (it.Index - r.Start) / r.Step
	}
	return iterOf(&r, done)
}

func rangeIterSetState(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
	it := self.(*py.RangeIterator)
	n, err := indexState(args, 0, int(it.Length))
	if err != nil {
		return nil, err
	}
	it.Index = it.Start + py.Int(n)*it.Step
	return py.None, nil
}

func bytesIterReduce(self py.Object, _ py.Tuple, _ py.StringDict) (py.Object, error) {
	it := self.(*bytesIter)
	if it.i >= len(it.b) {
		return iterOf(py.NewList(), nil)
	}
	if it.src != nil {
		return iterOf(it.src, py.Int(it.i))
	}
	return iterOf(py.Bytes(it.b), py.Int(it.i))
}

func bytesIterSetState(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
	it := self.(*bytesIter)
	i, err := indexState(args, 0, len(it.b))
	it.i = i
	return py.None, err
}

// restIterReduce is the __reduce__ of dict and set iterators: iter(list of what is left),
// read from a copy of the iterator so that this one is not moved.
func restIterReduce(self py.Object, _ py.Tuple, _ py.StringDict) (py.Object, error) {
	var cp py.Object
	switch it := self.(type) {
	case *dictIter:
		c := *it
		t := *it.it
		c.it = &t
		cp = &c
	case *setIter:
		c := *it
		cp = &c
	default:
		return nil, py.ExceptionNewf(py.TypeError, "not an iterator of a dict or set")
	}
	var items []py.Object
	for {
		v, err := py.Next(cp)
		if err != nil {
			if isStop(err) {
				break
			}
			return nil, err
		}
		items = append(items, v)
	}
	return iterOf(py.NewListFromItems(items), nil)
}

func enumerateReduce(self py.Object, _ py.Tuple, _ py.StringDict) (py.Object, error) {
	e := self.(*enumerate)
	return py.Tuple{EnumerateType, py.Tuple{e.it, e.count}}, nil
}

func reversedReduce(self py.Object, _ py.Tuple, _ py.StringDict) (py.Object, error) {
	r := self.(*reversedIter)
	return py.Tuple{ReversedType, py.Tuple{r.seq}, py.Int(r.i)}, nil
}

func reversedSetState(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
	r := self.(*reversedIter)
	n, err := py.Len(r.seq)
	if err != nil {
		return nil, err
	}
	l, _ := n.(py.Int).GoInt()
	i, err := indexState(args, -1, l-1)
	r.i = i
	return py.None, err
}

func mapReduce(self py.Object, _ py.Tuple, _ py.StringDict) (py.Object, error) {
	m := self.(*mapIter)
	args := append(py.Tuple{m.fn}, m.iters...)
	return py.Tuple{m.cls, args}, nil
}

func callIterReduce(self py.Object, _ py.Tuple, _ py.StringDict) (py.Object, error) {
	c, ok := self.(*callIter)
	if !ok || c.callable == nil {
		return iterOf(py.Tuple{}, nil)
	}
	fn, err := builtinNamed("iter")
	if err != nil {
		return nil, err
	}
	return py.Tuple{fn, py.Tuple{c.callable, c.sentinel}}, nil
}
