package compiler

import (
	"slices"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// `del x[k]` calls helperDelItem instead of gpython's DELETE_SUBSCR: a list's items are
// removed here, leaving no stale copy in the backing array past the new length (gpython's
// list keeps the old last items there, reachable, so an object with a finalizer deleted
// from a list was finalized late), and with CPython's results for negative steps and its
// messages. `x[a:b] = v` calls helperSetSlice, which clears what a list that shrank left
// past its new length.

var helperDelItem = newHelper("<del>", func(args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.SystemError, "del: bad arguments")
	}
	if l, ok := args[0].(*py.List); ok {
		return py.None, delListItem(l, args[1])
	}
	obj, key := args[0], args[1]
	_, err := py.DelItem(obj, key)
	if err != nil {
		if exc, ok := err.(*py.Exception); ok && exc.Type() == py.TypeError {
			if args, ok := exc.Args.(py.Tuple); ok && len(args) == 1 {
				if msg, ok := args[0].(py.String); ok && strings.HasSuffix(string(msg), " does not support item deletion") && sequenceDelete(obj, key) {
					exc.Args = py.Tuple{py.String(strings.Replace(string(msg), " does not ", " doesn't ", 1))}
				}
			}
		}
	}
	return py.None, err
})

// sequenceDelete reports whether CPython 3.11 refuses `del o[key]` through its sequence
// protocol, whose message reads "doesn't support item deletion": key is an index and o's
// type has the protocol (containers and every class's instances); other refusals (an int,
// a class, a mappingproxy with a str key) read "does not support item deletion".
func sequenceDelete(o, key py.Object) bool {
	if _, isIndex := key.(py.Int); !isIndex {
		if _, isIndex = key.(py.I__index__); !isIndex {
			return false
		}
	}
	_, hasLen := o.(py.I__len__)
	_, hasContains := o.(py.I__contains__)
	return hasLen || hasContains
}

var helperSetSlice = newHelper("<store slice>", func(args py.Tuple) (py.Object, error) {
	if len(args) != 3 {
		return nil, py.ExceptionNewf(py.SystemError, "slice store: bad arguments")
	}
	l, isList := args[1].(*py.List)
	old := 0
	if isList {
		if s, ok := args[2].(*py.Slice); ok && l.Type() == py.ListType {
			if done, err := setListSlice(l, s, args[0]); done || err != nil {
				return py.None, err
			}
		}
		old = len(l.Items)
	}
	key := args[2]
	if s, ok := key.(*py.Slice); ok && isList {
		key = ClampSlice(s)
	}
	if _, err := py.SetItem(args[1], key, args[0]); err != nil {
		return nil, err
	}
	if isList && len(l.Items) < old && old <= cap(l.Items) {
		clear(l.Items[len(l.Items):old])
	}
	return py.None, nil
})

// setListSlice does l[s] = v in place, with CPython's results and messages for any step
// and any iterable v (done reports it did). With a step of 1 the items after the slice
// move once, as in CPython, where gpython's assignment copies the whole tail into a new
// array at every store (a Pool's results filled chunk by chunk took time quadratic in
// their number); a stop before the start inserts at the start, and l[a:b] = l copies l
// first.
func setListSlice(l *py.List, s *py.Slice, v py.Object) (done bool, err error) {
	var items []py.Object
	switch v := v.(type) {
	case *py.List:
		items = v.Items
		if v == l {
			items = slices.Clone(items)
		}
	case py.Tuple:
		items = v
	default:
		if items, err = py.SequenceTuple(v); err != nil {
			if py.IsException(py.TypeError, err) && strings.HasSuffix(excMessage(err), "object is not iterable") {
				err = py.ExceptionNewf(py.TypeError, "can only assign an iterable")
			}
			return true, err
		}
	}
	n := len(l.Items)
	start, stop, step, length, err := s.GetIndices(n)
	if err != nil {
		return true, err
	}
	if step != 1 {
		if len(items) != length {
			return true, py.ExceptionNewf(py.ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(items), length)
		}
		for k, i := 0, start; k < length; k, i = k+1, i+step {
			l.Items[i] = items[k]
		}
		return true, nil
	}
	stop = max(stop, start)
	switch grow := len(items) - (stop - start); {
	case grow < 0:
		copy(l.Items[start+len(items):], l.Items[stop:])
		clear(l.Items[n+grow:])
		l.Items = l.Items[:n+grow]
	case grow > 0:
		l.Items = slices.Grow(l.Items, grow)[:n+grow]
		copy(l.Items[stop+grow:], l.Items[stop:n])
	}
	copy(l.Items[start:], items)
	return true, nil
}

// delListItem is del l[key].
func delListItem(l *py.List, key py.Object) error {
	n := len(l.Items)
	if s, ok := key.(*py.Slice); ok {
		start, _, step, length, err := ClampSlice(s).GetIndices(n)
		if err != nil || length <= 0 {
			return err
		}
		if step < 0 {
			// The same items, walked upwards.
			start, step = start+(length-1)*step, -step
		}
		end := start + (length-1)*step // the last index deleted
		kept := l.Items[:start]
		for i := start; i < n; i++ {
			if i <= end && (i-start)%step == 0 {
				continue
			}
			kept = append(kept, l.Items[i])
		}
		clear(l.Items[len(kept):n])
		l.Items = kept
		return nil
	}
	i, err := SubscriptIndex(key)
	if err != nil {
		if _, isIndex := key.(py.I__index__); !isIndex {
			return py.ExceptionNewf(py.TypeError, "list indices must be integers or slices, not %s", key.Type().Name)
		}
		return err
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return py.ExceptionNewf(py.IndexError, "list assignment index out of range")
	}
	copy(l.Items[i:], l.Items[i+1:])
	l.Items[n-1] = nil
	l.Items = l.Items[:n-1]
	return nil
}

// storeSlice emits container[slice] = <the value on top of the stack>, the container and
// the slice pushed by push.
func (u *unit) storeSlice(push func()) {
	u.loadConst(helperSetSlice)
	u.emit(vm.ROT_TWO)
	push()
	u.emitArg(vm.CALL_FUNCTION, 3)
	u.emit(vm.POP_TOP)
}

// delSubscript emits del container[key] with the container and the key to be pushed by
// push.
func (u *unit) delSubscript(push func()) {
	u.loadConst(helperDelItem)
	push()
	u.emitArg(vm.CALL_FUNCTION, 2)
	u.emit(vm.POP_TOP)
}
