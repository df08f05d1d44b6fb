package ast

import (
	"reflect"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// list converts a slice of nodes (nil items become None, as a Dict's ** keys).
func list(v any) (py.Object, bool) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Slice {
		return nil, false
	}
	l := py.NewListSized(rv.Len())
	for i := range l.Items {
		item := rv.Index(i).Interface()
		if n, ok := item.(ast.Node); ok && !isNil(n) {
			l.Items[i] = node(n)
		} else {
			l.Items[i] = py.None
		}
	}
	return l, true
}

func isNil(n ast.Node) bool {
	v := reflect.ValueOf(n)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

// classes is _ast._classes().
func classes(self py.Object, args py.Tuple) (py.Object, error) {
	cs := ast.Classes()
	out := py.NewListSized(len(cs))
	for i, c := range cs {
		fields := make(py.Tuple, len(c.Fields))
		opt := make(py.Tuple, len(c.Fields))
		for j, f := range c.Fields {
			fields[j] = py.String(f.Name)
			opt[j] = py.NewBool(f.Optional)
		}
		out.Items[i] = py.Tuple{py.String(c.Name), py.String(c.Base), fields, opt, py.NewBool(c.HasPos)}
	}
	return out, nil
}
