package compiler

import (
	"sort"

	"github.com/go-python/gpython/py"
)

// A function's __annotations__ is a dict in the order of its parameters, as CPython's.
// gpython's MAKE_FUNCTION keeps annotations in py.Function.Annotations, a Go map, so the
// property is replaced: on first read the map becomes an ordered dict (parameters in the
// order of the signature, then "return", then anything else), which is kept in the same
// field under annDictKey, a key no Python name can be, and returned from then on.

const annDictKey = "\x00dict"

func installFunctionAnnotations() {
	py.FunctionType.Dict["__annotations__"] = &py.Property{
		Fget: getFunctionAnnotations,
		Fset: setFunctionAnnotations,
		Fdel: func(self py.Object) error {
			self.(*py.Function).Annotations = nil
			return nil
		},
	}
}

func getFunctionAnnotations(self py.Object) (py.Object, error) {
	f := self.(*py.Function)
	if d, ok := f.Annotations[annDictKey]; ok {
		return d, nil
	}
	var kv []py.Object
	for _, name := range annotationOrder(f.Code, f.Annotations) {
		kv = append(kv, py.String(name), f.Annotations[name])
	}
	d, err := RT.NewDict(kv)
	if err != nil {
		return nil, err
	}
	f.Annotations = py.StringDict{annDictKey: d}
	return d, nil
}

func setFunctionAnnotations(self, value py.Object) error {
	f := self.(*py.Function)
	if value == py.None {
		f.Annotations = nil
		return nil
	}
	empty, err := RT.NewDict(nil)
	if err != nil {
		return err
	}
	if !value.Type().IsSubtype(empty.Type()) {
		return py.ExceptionNewf(py.TypeError, "__annotations__ must be set to a dict object")
	}
	f.Annotations = py.StringDict{annDictKey: value}
	return nil
}

// annotationOrder lists the keys of ann as CPython orders a function's annotations: the
// positional parameters, *args, the keyword-only ones, **kwargs, "return", then the rest.
func annotationOrder(code *py.Code, ann py.StringDict) []string {
	var params []string
	if code != nil {
		n, k := int(code.Argcount), int(code.Kwonlyargcount)
		names := code.Varnames
		if n+k <= len(names) {
			params = append(params, names[:n]...)
			i := n + k
			if code.Flags&py.CO_VARARGS != 0 && i < len(names) {
				params = append(params, names[i])
				i++
			}
			params = append(params, names[n:n+k]...)
			if code.Flags&py.CO_VARKEYWORDS != 0 && i < len(names) {
				params = append(params, names[i])
			}
		}
	}
	params = append(params, "return")
	seen := make(map[string]bool, len(ann))
	var order []string
	for _, p := range params {
		if _, ok := ann[p]; ok && !seen[p] {
			seen[p] = true
			order = append(order, p)
		}
	}
	var rest []string
	for k := range ann {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	return append(order, rest...)
}
