package compiler

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/kworder"
	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// Unpacking in calls and displays (PEP 448), as CPython 3.11 evaluates it.
//
// A call with * or ** arguments goes through one helper that builds what gpython's
// CALL_FUNCTION_VAR(_KW) takes:
//
//	fn; DUP_TOP; LOAD_CONST <call args>; ROT_TWO; <values...>; LOAD_CONST spec
//	CALL_FUNCTION n+2          -> fn, args            (no keywords)
//	                           -> fn, (kwargs, args); UNPACK_SEQUENCE 2
//	CALL_FUNCTION_VAR(_KW) 0
//
// spec is a constant (kinds, names): one kind per value, 'p' a positional argument, '*'
// an iterable to unpack, 'k' a keyword argument (its name next in names), 'd' a mapping
// to unpack. The helper gets the callable for CPython's messages ("f() argument after **
// must be a mapping, not int", "got multiple values for keyword argument"). A display
// with starred items ([*a, b], (*a,), {*a}) calls <star display>, one with ** items
// ({**d, k: v}) <dict display>, with a spec of the same kind.

// starredCall reports whether a call goes through <call args> or <call kw>: it has * or
// ** arguments, or two keyword arguments or more, whose order gpython's CALL_FUNCTION
// would lose (kwcall.go).
func starredCall(args []ast.ExprNode, keywords []*ast.Keyword) bool {
	for _, a := range args {
		if _, ok := a.(*ast.Starred); ok {
			return true
		}
	}
	for _, kw := range keywords {
		if kw.Arg == "" {
			return true
		}
	}
	return len(keywords) > 1
}

// beginStarredCall keeps a copy of the callable on the stack for <call args>; it comes
// right after the callable, before any extra positional argument of callArgs.
func (u *unit) beginStarredCall(keywords []*ast.Keyword) {
	u.emit(vm.DUP_TOP)
	if len(keywords) > 0 {
		u.loadConst(helperCallKw)
	} else {
		u.loadConst(helperCallArgs)
	}
	u.emit(vm.ROT_TWO)
}

// starredCallArgs compiles the arguments of a call begun by beginStarredCall, extra
// positional arguments being on the stack already, then the call.
func (u *unit) starredCallArgs(extra int, node ast.Located, args []ast.ExprNode, keywords []*ast.Keyword) {
	kinds := make([]byte, 0, extra+len(args)+len(keywords))
	for i := 0; i < extra; i++ {
		kinds = append(kinds, 'p')
	}
	kinds = u.starredItems(kinds, args)
	var names py.Tuple
	for _, kw := range keywords {
		u.expr(kw.Value)
		if kw.Arg == "" {
			kinds = append(kinds, 'd')
		} else {
			kinds = append(kinds, 'k')
			names = append(names, py.String(kw.Arg))
		}
	}
	if len(kinds)+2 > 0xFF {
		u.errorAt(node, "more than 255 arguments")
	}
	u.loadConst(py.Tuple{py.String(kinds), names})
	saved := u.at(node)
	u.emitArg(vm.CALL_FUNCTION, uint32(len(kinds)+2))
	if len(keywords) == 0 {
		u.emitArg(vm.CALL_FUNCTION_VAR, 0)
	} else {
		// <call kw> made the call: drop the callable kept below its result
		u.emit(vm.ROT_TWO)
		u.emit(vm.POP_TOP)
	}
	u.loc = saved
}

// starredItems compiles items that may be starred, appending to kinds '*' for a starred
// item (its iterable is pushed) and 'p' for a plain one.
func (u *unit) starredItems(kinds []byte, items []ast.ExprNode) []byte {
	for _, x := range items {
		if s, ok := x.(*ast.Starred); ok {
			u.expr(s.Value)
			kinds = append(kinds, '*')
		} else {
			u.expr(x)
			kinds = append(kinds, 'p')
		}
	}
	return kinds
}

// starredDisplay compiles a list, tuple or set display with starred items.
func (u *unit) starredDisplay(kind byte, elts []ast.ExprNode) {
	u.loadConst(helperStarDisplay)
	kinds := u.starredItems([]byte{kind}, elts)
	u.loadConst(py.String(kinds))
	u.callHelperN(len(elts) + 1)
}

// dictDisplay compiles a dict display with ** items: keys and values in pairs, a mapping
// to unpack with a None key.
func (u *unit) dictDisplay(n *ast.Dict) {
	u.loadConst(helperDictDisplay)
	for i, k := range n.Keys {
		if k == nil {
			u.loadConst(py.None)
		} else {
			u.expr(k)
		}
		u.expr(n.Values[i])
	}
	kinds := make([]byte, len(n.Keys))
	for i, k := range n.Keys {
		kinds[i] = 'p'
		if k == nil {
			kinds[i] = 'd'
		}
	}
	u.loadConst(py.String(kinds))
	u.callHelperN(2*len(n.Keys) + 1)
}

var (
	helperCallArgs = newHelper("<call args>", func(a py.Tuple) (py.Object, error) {
		fn := a[0]
		spec := a[len(a)-1].(py.Tuple)
		return buildCallArgs(fn, a[1:len(a)-1], string(spec[0].(py.String)), spec[1].(py.Tuple))
	})
	helperStarDisplay = newHelper("<star display>", func(a py.Tuple) (py.Object, error) {
		kinds := string(a[len(a)-1].(py.String))
		var items []py.Object
		for i, v := range a[:len(a)-1] {
			if kinds[i+1] == 'p' {
				items = append(items, v)
				continue
			}
			var err error
			if kinds[0] == 's' {
				// SET_UPDATE reports the plain iteration error
				items, err = appendIterable(items, v)
			} else {
				items, err = appendStarred(items, v, nil)
			}
			if err != nil {
				return nil, err
			}
		}
		switch kinds[0] {
		case 'l':
			return py.NewListFromItems(items), nil
		case 't':
			return py.Tuple(items), nil
		}
		return RT.NewSet(items)
	})
	helperDictDisplay = newHelper("<dict display>", func(a py.Tuple) (py.Object, error) {
		kinds := string(a[len(a)-1].(py.String))
		var kv []py.Object
		for i := range kinds {
			k, v := a[2*i], a[2*i+1]
			if kinds[i] == 'p' {
				kv = append(kv, k, v)
				continue
			}
			var err error
			if kv, err = appendMapping(kv, v, func(py.Object) error {
				return py.ExceptionNewf(py.TypeError, "'%s' object is not a mapping", v.Type().Name)
			}); err != nil {
				return nil, err
			}
		}
		return RT.NewDict(kv)
	})
)

// buildCallArgs makes the positional arguments (a tuple) and, when kinds has keywords,
// the keyword arguments (a StringDict) of a call to fn.
func buildCallArgs(fn py.Object, vals py.Tuple, kinds string, names py.Tuple) (py.Object, error) {
	pos, kw, _, err := callArguments(fn, vals, kinds, names)
	if err != nil {
		return nil, err
	}
	if kw == nil {
		return pos, nil
	}
	return py.Tuple{kw, pos}, nil
}

// callArguments makes the positional and keyword arguments of a call to fn, and lists the
// keywords in the order they were given (kw is nil when kinds has no keywords).
func callArguments(fn py.Object, vals py.Tuple, kinds string, names py.Tuple) (py.Tuple, py.StringDict, []string, error) {
	stars, plain := 0, 0
	for i := range kinds {
		switch kinds[i] {
		case '*':
			stars++
		case 'p':
			plain++
		}
	}
	// CPython passes a lone *x straight to the call, which names the callable in its
	// error; with other positional arguments it is a list extended by each.
	lone := stars == 1 && plain == 0
	pos := make([]py.Object, 0, len(vals))
	var kw py.StringDict
	var order []string
	ni := 0
	for i, v := range vals {
		var err error
		switch kinds[i] {
		case 'p':
			pos = append(pos, v)
		case '*':
			if lone {
				pos, err = appendStarred(pos, v, fn)
			} else {
				pos, err = appendStarred(pos, v, nil)
			}
		case 'k':
			if kw == nil {
				kw = py.NewStringDict()
			}
			name := string(names[ni].(py.String))
			ni++
			if _, dup := kw[name]; dup {
				return nil, nil, nil, multipleValues(fn, name)
			}
			kw[name] = v
			order = append(order, name)
		case 'd':
			if kw == nil {
				kw = py.NewStringDict()
			}
			var kv []py.Object
			kv, err = appendMapping(nil, v, func(py.Object) error {
				return py.ExceptionNewf(py.TypeError, "%s argument after ** must be a mapping, not %s", funcStr(fn), v.Type().Name)
			})
			for j := 0; err == nil && j < len(kv); j += 2 {
				k, ok := kv[j].(py.String)
				if !ok {
					err = py.ExceptionNewf(py.TypeError, "keywords must be strings")
				} else if _, dup := kw[string(k)]; dup {
					err = multipleValues(fn, string(k))
				} else {
					kw[string(k)] = kv[j+1]
					order = append(order, string(k))
				}
			}
		}
		if err != nil {
			return nil, nil, nil, err
		}
	}
	return py.Tuple(pos), kw, order, nil
}

func multipleValues(fn py.Object, name string) error {
	return py.ExceptionNewf(py.TypeError, "%s got multiple values for keyword argument '%s'", funcStr(fn), name)
}

// appendStarred appends the items of the operand of *. One that is not iterable is
// CPython's "<fn>() argument after * must be an iterable, not T" (a lone *x in a call,
// fn given) or "Value after * must be an iterable, not T".
func appendStarred(items []py.Object, v, fn py.Object) ([]py.Object, error) {
	switch x := v.(type) {
	case py.Tuple:
		return append(items, x...), nil
	case *py.List:
		return append(items, x.Items...), nil
	}
	it, err := RT.Iter(v)
	if err != nil {
		if notIterable(err, v) {
			if fn != nil {
				return nil, py.ExceptionNewf(py.TypeError, "%s argument after * must be an iterable, not %s", funcStr(fn), v.Type().Name)
			}
			return nil, py.ExceptionNewf(py.TypeError, "Value after * must be an iterable, not %s", v.Type().Name)
		}
		return nil, err
	}
	return appendIterator(items, it)
}

// notIterable reports whether err is RT.Iter's error for an object whose type has neither
// __iter__ nor __getitem__ (CPython's test before it words the error of * its own way).
func notIterable(err error, v py.Object) bool {
	if !py.IsException(py.TypeError, err) {
		return false
	}
	exc, ok := err.(*py.Exception)
	if info, isInfo := err.(py.ExceptionInfo); isInfo {
		exc, ok = info.Value.(*py.Exception)
	}
	if !ok {
		return false
	}
	args, _ := exc.Args.(py.Tuple)
	return len(args) == 1 && args[0] == py.String("'"+v.Type().Name+"' object is not iterable")
}

// appendIterable appends the items of an iterable.
func appendIterable(items []py.Object, v py.Object) ([]py.Object, error) {
	it, err := RT.Iter(v)
	if err != nil {
		return nil, err
	}
	return appendIterator(items, it)
}

// appendIterator appends what an iterator yields.
func appendIterator(items []py.Object, it py.Object) ([]py.Object, error) {
	for {
		x, err := py.Next(it)
		if err != nil {
			if py.IsException(py.StopIteration, err) {
				return items, nil
			}
			return nil, err
		}
		items = append(items, x)
	}
}

// appendMapping appends the keys and values of the operand of **, in its order: keys()
// then [key] for each, as CPython's dict merge. notMapping makes the error for an operand
// without keys().
func appendMapping(kv []py.Object, m py.Object, notMapping func(py.Object) error) ([]py.Object, error) {
	if d, ok := m.(py.StringDict); ok {
		// gpython's own dicts (keyword arguments, namespaces): in the order of the call
		// that made them, if known (kworder), else sorted
		for _, k := range kworder.Keys(d) {
			kv = append(kv, py.String(k), d[k])
		}
		return kv, nil
	}
	keysFn, err := py.GetAttrString(m, "keys")
	if err != nil {
		if py.IsException(py.AttributeError, err) {
			return nil, notMapping(m)
		}
		return nil, err
	}
	keys, err := py.Call(keysFn, nil, nil)
	if err != nil {
		return nil, err
	}
	ks, err := appendIterable(nil, keys)
	if err != nil {
		return nil, err
	}
	for _, k := range ks {
		v, err := py.GetItem(m, k)
		if err != nil {
			return nil, err
		}
		kv = append(kv, k, v)
	}
	return kv, nil
}

// funcStr is CPython's _PyObject_FunctionStr: "module.qualname()", "qualname()" for
// builtins, else str(fn).
func funcStr(fn py.Object) string {
	q, err := py.GetAttrString(fn, "__qualname__")
	if err != nil {
		if s, err := py.Str(fn); err == nil {
			if s, ok := s.(py.String); ok {
				return string(s)
			}
		}
		return fn.Type().Name + "()"
	}
	qs, _ := q.(py.String)
	if m, err := py.GetAttrString(fn, "__module__"); err == nil {
		if ms, ok := m.(py.String); ok && ms != "builtins" {
			return string(ms) + "." + string(qs) + "()"
		}
	}
	return string(qs) + "()"
}
