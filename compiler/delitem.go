package compiler

import (
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
