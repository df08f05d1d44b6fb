package objects

import (
	"github.com/go-python/gpython/py"
)

// Methods of list and tuple, added to gpython's type dictionaries. Membership and index
// lookups use Equal (identity, then CPython's ==), so user __eq__ and 1 == 1.0 are honoured.

func selfList(self py.Object) *py.List { return self.(*py.List) }

// seqIndex implements list.index / tuple.index.
func seqIndex(items []py.Object, args py.Tuple, kw py.StringDict, what string) (py.Object, error) {
	var x, start, end py.Object
	if err := unpackPos("index", args, kw, 1, &x, &start, &end); err != nil {
		return nil, err
	}
	s, e, err := sliceBounds(start, end, len(items))
	if err != nil {
		return nil, err
	}
	for i := s; i < e && i < len(items); i++ {
		eq, err := Equal(items[i], x)
		if err != nil {
			return nil, err
		}
		if eq {
			return py.Int(i), nil
		}
	}
	if what == "list" {
		r, err := Repr(x)
		if err != nil {
			return nil, err
		}
		return nil, py.ExceptionNewf(py.ValueError, "%s is not in list", r)
	}
	return nil, py.ExceptionNewf(py.ValueError, "tuple.index(x): x not in tuple")
}

func seqCount(self py.Object, items []py.Object, args py.Tuple) (py.Object, error) {
	if err := oneArg(self, "count", args); err != nil {
		return nil, err
	}
	n := 0
	for i := 0; i < len(items); i++ {
		eq, err := Equal(items[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return py.Int(n), nil
}

func containsMethod() methodDef {
	return method("__contains__", "Return key in self.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
		if err := oneArg(self, "__contains__", args); err != nil {
			return nil, err
		}
		var items []py.Object
		switch s := self.(type) {
		case *py.List:
			items = s.Items
		case py.Tuple:
			items = s
		}
		ok, err := seqContains(items, args[0])
		return py.NewBool(ok), err
	})
}

func installListMethods() {
	addMethods(py.ListType,
		method("__reversed__", "Return a reverse iterator over the list.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := noArgs(self, "__reversed__", args); err != nil {
				return nil, err
			}
			l := selfList(self)
			return &reversedIter{seq: l, i: len(l.Items) - 1}, nil
		}),
		method("append", "Append object to the end of the list.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := oneArg(self, "append", args); err != nil {
				return nil, err
			}
			l := selfList(self)
			l.Items = appendDoubling(l.Items, args[0])
			return py.None, nil
		}),
		method("extend", "Extend list by appending elements from the iterable.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := oneArg(self, "extend", args); err != nil {
				return nil, err
			}
			items, err := toSlice(args[0])
			if err != nil {
				return nil, err
			}
			l := selfList(self)
			l.Items = append(l.Items, items...)
			return py.None, nil
		}),
		method("insert", "Insert object before index.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			var iObj, x py.Object
			if err := unpackPos("insert", args, kw, 2, &iObj, &x); err != nil {
				return nil, err
			}
			i, err := ssizeArg(iObj)
			if err != nil {
				return nil, err
			}
			l := selfList(self)
			n := len(l.Items)
			if i < 0 {
				i += n
				if i < 0 {
					i = 0
				}
			}
			if i > n {
				i = n
			}
			l.Items = append(l.Items, nil)
			copy(l.Items[i+1:], l.Items[i:])
			l.Items[i] = x
			return py.None, nil
		}),
		method("pop", "Remove and return item at index (default last).", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			var iObj py.Object
			if err := unpackPos("pop", args, kw, 0, &iObj); err != nil {
				return nil, err
			}
			l := selfList(self)
			if len(l.Items) == 0 {
				return nil, py.ExceptionNewf(py.IndexError, "pop from empty list")
			}
			i, err := popIndex(iObj, len(l.Items))
			if err != nil {
				return nil, err
			}
			x := l.Items[i]
			l.Items = dropAt(l.Items, i)
			return x, nil
		}),
		method("remove", "Remove first occurrence of value.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := oneArg(self, "remove", args); err != nil {
				return nil, err
			}
			l := selfList(self)
			for i := 0; i < len(l.Items); i++ {
				eq, err := Equal(l.Items[i], args[0])
				if err != nil {
					return nil, err
				}
				if eq {
					l.Items = dropAt(l.Items, i)
					return py.None, nil
				}
			}
			return nil, py.ExceptionNewf(py.ValueError, "list.remove(x): x not in list")
		}),
		method("index", "Return first index of value.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return seqIndex(selfList(self).Items, args, kw, "list")
		}),
		method("count", "Return number of occurrences of value.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return seqCount(self, selfList(self).Items, args)
		}),
		method("reverse", "Reverse *IN PLACE*.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := noArgs(self, "reverse", args); err != nil {
				return nil, err
			}
			it := selfList(self).Items
			for i, j := 0, len(it)-1; i < j; i, j = i+1, j-1 {
				it[i], it[j] = it[j], it[i]
			}
			return py.None, nil
		}),
		method("copy", "Return a shallow copy of the list.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := noArgs(self, "copy", args); err != nil {
				return nil, err
			}
			return py.NewListFromItems(append([]py.Object(nil), selfList(self).Items...)), nil
		}),
		method("clear", "Remove all items from list.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := noArgs(self, "clear", args); err != nil {
				return nil, err
			}
			selfList(self).Items = []py.Object{}
			return py.None, nil
		}),
		method("sort", "Sort the list in ascending order and return None.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return py.None, sortList(selfList(self), "sort", args, kw)
		}),
		containsMethod(),
	)
	addMethods(py.TupleType,
		method("index", "Return first index of value.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return seqIndex(self.(py.Tuple), args, kw, "tuple")
		}),
		method("count", "Return number of occurrences of value.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return seqCount(self, self.(py.Tuple), args)
		}),
		containsMethod(),
	)
}

// dropAt removes items[i], clearing the slot the shorter list no longer uses so that the
// backing array does not keep the last item reachable (finalizers wait for the collector).
func dropAt(items []py.Object, i int) []py.Object {
	n := len(items)
	items = append(items[:i], items[i+1:]...)
	items[:n][n-1] = nil
	return items
}

// ssizeArg converts an index argument of a method (pop, insert) as CPython's "n" format:
// an int beyond the machine's index range is OverflowError.
func ssizeArg(x py.Object) (int, error) {
	if _, ok := x.(*py.BigInt); ok {
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
	}
	return indexInt(x)
}

// popIndex is the position pop(i) removes from a sequence of n items (n > 0): the last
// when iObj is nil, a negative index counted from the end, IndexError outside.
func popIndex(iObj py.Object, n int) (int, error) {
	if iObj == nil {
		return n - 1, nil
	}
	i, err := ssizeArg(iObj)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, py.ExceptionNewf(py.IndexError, "pop index out of range")
	}
	return i, nil
}
