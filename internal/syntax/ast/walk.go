package ast

import "reflect"

// Inspect traverses the tree in depth-first order, as Python's ast.walk visits the same
// nodes (in another order): it calls f(n) and, if f returns true, visits the children of
// n (the nodes in its fields, in field order), then calls f(nil).
func Inspect(n Node, f func(Node) bool) {
	if n == nil || isNilNode(n) {
		return
	}
	if !f(n) {
		return
	}
	v := reflect.ValueOf(n).Elem()
	for _, fi := range typeInfoOf(v.Type()).fields {
		inspectValue(v.Field(fi.index), f)
	}
	f(nil)
}

func inspectValue(v reflect.Value, f func(Node) bool) {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return
		}
		if n, ok := v.Interface().(Node); ok {
			Inspect(n, f)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			inspectValue(v.Index(i), f)
		}
	}
}

func isNilNode(n Node) bool {
	v := reflect.ValueOf(n)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

// Fields returns the Python field names of a node, in order (its _fields).
func Fields(n Node) []string {
	ti := typeInfoOf(reflect.TypeOf(n).Elem())
	names := make([]string, len(ti.fields))
	for i, f := range ti.fields {
		names[i] = f.name
	}
	return names
}

// HasPos reports whether nodes of n's class have position attributes (its _attributes).
func HasPos(n Node) bool {
	return typeInfoOf(reflect.TypeOf(n).Elem()).pos >= 0
}
