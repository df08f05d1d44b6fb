package objects

import (
	"github.com/go-python/gpython/py"
)

// multiArg implements set.union/intersection/difference(*others) as CPython's, whose
// intermediate sets decide the result's layout: union copies self once and updates the
// copy; intersection chains new sets from self itself; difference makes one new set from
// the first argument and updates it with the rest. Without arguments each is a copy.
func multiArg(name string, first func(self, other py.Object) (py.Object, error), rest func(t *setTable, other py.Object) error) methodDef {
	return method(name, "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
		if len(kw) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s.%s() takes no keyword arguments", typeName(self), name)
		}
		if len(args) == 0 {
			return newLike(self, tableOf(self).copyTable()), nil
		}
		if name == "union" {
			r := tableOf(self).copyTable()
			for _, o := range args {
				if identical(o, self) {
					continue
				}
				if err := r.addAll(o); err != nil {
					return nil, err
				}
			}
			return newLike(self, r), nil
		}
		res, err := first(self, args[0])
		if err != nil {
			return nil, err
		}
		for _, o := range args[1:] {
			if rest == nil {
				if res, err = first(res, o); err != nil {
					return nil, err
				}
				continue
			}
			if err := rest(tableOf(res), o); err != nil {
				return nil, err
			}
		}
		return res, nil
	})
}

// updater applies an in-place operation to a set for each argument.
func updater(name string, op func(t *setTable, other py.Object) error) methodDef {
	return method(name, "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
		if len(kw) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s.%s() takes no keyword arguments", typeName(self), name)
		}
		for _, o := range args {
			if err := op(&self.(*Set).t, o); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
}

// predicate implements issubset/issuperset/isdisjoint, which accept any iterable.
func predicate(name string, test func(a, b *setTable) (py.Object, error)) methodDef {
	return method(name, "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
		if err := oneArg(self, name, args); err != nil {
			return nil, err
		}
		b, ok := asSetTable(args[0])
		if !ok {
			b = &setTable{}
			if err := b.addAll(args[0]); err != nil {
				return nil, err
			}
		}
		return test(tableOf(self), b)
	})
}

func isDisjoint(a, b *setTable) (py.Object, error) {
	if a.used > b.used {
		a, b = b, a
	}
	for _, e := range a.occupied() {
		in, err := b.has(e)
		if err != nil {
			return nil, err
		}
		if in {
			return py.False, nil
		}
	}
	return py.True, nil
}

func init() {
	SetType.Flags |= py.TPFLAGS_BASETYPE
	FrozenSetType.Flags |= py.TPFLAGS_BASETYPE
	common := []methodDef{
		multiArg("union", func(a, b py.Object) (py.Object, error) { return unionOf(a, b) }, func(t *setTable, o py.Object) error { return t.addAll(o) }),
		multiArg("intersection", intersectionOf, nil),
		multiArg("difference", differenceOf, discardAll),
		method("symmetric_difference", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := oneArg(self, "symmetric_difference", args); err != nil {
				return nil, err
			}
			return symDiffOf(self, args[0])
		}),
		predicate("issubset", subset),
		predicate("issuperset", func(a, b *setTable) (py.Object, error) { return subset(b, a) }),
		predicate("isdisjoint", isDisjoint),
		method("copy", "Return a shallow copy of a set.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := noArgs(self, "copy", args); err != nil {
				return nil, err
			}
			if f, ok := self.(*FrozenSet); ok {
				return f, nil
			}
			return newLike(self, tableOf(self).copyTable()), nil
		}),
	}
	addMethods(FrozenSetType, common...)
	addMethods(SetType, common...)
	addMethods(SetType,
		method("__init__", "Initialize self.  See help(type(self)) for accurate signature.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return py.None, setInit(self, args, kw)
		}),
		method("add", "Add an element to a set.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := oneArg(self, "add", args); err != nil {
				return nil, err
			}
			return py.None, self.(*Set).Add(args[0])
		}),
		method("remove", "Remove an element from a set; it must be a member.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := oneArg(self, "remove", args); err != nil {
				return nil, err
			}
			ok, err := discardMember(&self.(*Set).t, args[0])
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, keyError(args[0])
			}
			return py.None, nil
		}),
		method("discard", "Remove an element from a set if it is a member.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := oneArg(self, "discard", args); err != nil {
				return nil, err
			}
			_, err := discardMember(&self.(*Set).t, args[0])
			return py.None, err
		}),
		method("pop", "Remove and return an arbitrary set element.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := noArgs(self, "pop", args); err != nil {
				return nil, err
			}
			x := self.(*Set).t.pop()
			if x == nil {
				return nil, newExc(py.KeyError, py.String("pop from an empty set"))
			}
			return x, nil
		}),
		method("clear", "Remove all elements from this set.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := noArgs(self, "clear", args); err != nil {
				return nil, err
			}
			self.(*Set).t.clear()
			return py.None, nil
		}),
		updater("update", func(t *setTable, o py.Object) error { return t.addAll(o) }),
		updater("intersection_update", intersectionUpdate),
		updater("difference_update", discardAll),
		method("symmetric_difference_update", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := oneArg(self, "symmetric_difference_update", args); err != nil {
				return nil, err
			}
			return py.None, symDiffUpdate(&self.(*Set).t, args[0])
		}),
	)
}

// discardMember removes x (a set x is looked up as a frozenset, as CPython does).
func discardMember(t *setTable, x py.Object) (bool, error) {
	if s, ok := x.(*Set); ok {
		x = &FrozenSet{t: *s.t.copyTable()}
	}
	return t.discard(x)
}
