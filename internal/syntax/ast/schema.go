package ast

import (
	"reflect"
	"sync"
)

// Field is one field of a node: its Python name, whether it is optional (?) or a list
// (*), and its value in a given node.
type Field struct {
	Name     string
	Optional bool
	List     bool
	Value    any
}

// Class describes a node class for the Python ast module: its name, the abstract class it
// derives from ("AST" for the others), its fields and whether it has the position
// attributes.
type Class struct {
	Name   string
	Base   string
	Fields []Field
	HasPos bool
}

// classes are the concrete node classes with their abstract bases.
var classes = []struct {
	node Node
	base string
}{
	{&Module{}, "mod"}, {&Interactive{}, "mod"}, {&Expression{}, "mod"}, {&FunctionType{}, "mod"},
	{&FunctionDef{}, "stmt"}, {&AsyncFunctionDef{}, "stmt"}, {&ClassDef{}, "stmt"}, {&Return{}, "stmt"},
	{&Delete{}, "stmt"}, {&Assign{}, "stmt"}, {&AugAssign{}, "stmt"}, {&AnnAssign{}, "stmt"},
	{&For{}, "stmt"}, {&AsyncFor{}, "stmt"}, {&While{}, "stmt"}, {&If{}, "stmt"}, {&With{}, "stmt"},
	{&AsyncWith{}, "stmt"}, {&Match{}, "stmt"}, {&Raise{}, "stmt"}, {&Try{}, "stmt"}, {&TryStar{}, "stmt"},
	{&Assert{}, "stmt"}, {&Import{}, "stmt"}, {&ImportFrom{}, "stmt"}, {&Global{}, "stmt"},
	{&Nonlocal{}, "stmt"}, {&Expr{}, "stmt"}, {&Pass{}, "stmt"}, {&Break{}, "stmt"}, {&Continue{}, "stmt"},
	{&BoolOp{}, "expr"}, {&NamedExpr{}, "expr"}, {&BinOp{}, "expr"}, {&UnaryOp{}, "expr"},
	{&Lambda{}, "expr"}, {&IfExp{}, "expr"}, {&Dict{}, "expr"}, {&Set{}, "expr"}, {&ListComp{}, "expr"},
	{&SetComp{}, "expr"}, {&DictComp{}, "expr"}, {&GeneratorExp{}, "expr"}, {&Await{}, "expr"},
	{&Yield{}, "expr"}, {&YieldFrom{}, "expr"}, {&Compare{}, "expr"}, {&Call{}, "expr"},
	{&FormattedValue{}, "expr"}, {&JoinedStr{}, "expr"}, {&Constant{}, "expr"}, {&Attribute{}, "expr"},
	{&Subscript{}, "expr"}, {&Starred{}, "expr"}, {&Name{}, "expr"}, {&List{}, "expr"}, {&Tuple{}, "expr"},
	{&Slice{}, "expr"}, {&Comprehension{}, "AST"}, {&ExceptHandler{}, "excepthandler"},
	{&Arguments{}, "AST"}, {&Arg{}, "AST"}, {&Keyword{}, "AST"}, {&Alias{}, "AST"}, {&WithItem{}, "AST"},
	{&MatchCase{}, "AST"}, {&MatchValue{}, "pattern"}, {&MatchSingleton{}, "pattern"},
	{&MatchSequence{}, "pattern"}, {&MatchMapping{}, "pattern"}, {&MatchClass{}, "pattern"},
	{&MatchStar{}, "pattern"}, {&MatchAs{}, "pattern"}, {&MatchOr{}, "pattern"}, {&TypeIgnore{}, "type_ignore"},
}

// Classes lists the concrete node classes (without values).
func Classes() []Class {
	out := make([]Class, len(classes))
	for i, c := range classes {
		out[i] = Describe(c.node)
		out[i].Base = c.base
	}
	return out
}

// Describe returns the class of n with the values of its fields.
func Describe(n Node) Class {
	v := reflect.ValueOf(n).Elem()
	ti := typeInfoOf(v.Type())
	c := Class{Name: ti.class, Base: "AST", HasPos: ti.pos >= 0}
	for _, f := range ti.fields {
		fv := v.Field(f.index)
		c.Fields = append(c.Fields, Field{Name: f.name, Optional: f.opt, List: fv.Kind() == reflect.Slice, Value: fv.Interface()})
	}
	if b, ok := baseOf()[v.Type()]; ok {
		c.Base = b
	}
	return c
}

var bases sync.Map // reflect.Type -> abstract base name

func baseOf() map[reflect.Type]string {
	if m, ok := bases.Load(0); ok {
		return m.(map[reflect.Type]string)
	}
	m := map[reflect.Type]string{}
	for _, k := range classes {
		m[reflect.TypeOf(k.node).Elem()] = k.base
	}
	bases.Store(0, m)
	return m
}

// PosOf returns the position attributes of a node that has them.
func PosOf(n Node) (Pos, bool) {
	if l, ok := n.(Located); ok {
		return *l.Loc(), true
	}
	return Pos{}, false
}

// Schema is the reflection view of a concrete node class, for code that builds trees
// from another representation (compile() of Python's ast objects, modules/ast).
type Schema struct {
	Name   string
	Base   string       // the abstract class: mod, stmt, expr, pattern, excepthandler, type_ignore, or AST
	Type   reflect.Type // the Go struct type; a node is a pointer to it
	Fields []SchemaField
	HasPos bool // the node has the position attributes (embeds Pos)
}

// SchemaField is one field of a Schema: its Python name, whether it is optional, and the
// index and Go type of the struct field that holds it.
type SchemaField struct {
	Name     string
	Optional bool
	Index    int
	Type     reflect.Type
}

var schemas = sync.OnceValue(func() []Schema {
	out := make([]Schema, len(classes))
	for i, c := range classes {
		t := reflect.TypeOf(c.node).Elem()
		ti := typeInfoOf(t)
		s := Schema{Name: ti.class, Base: c.base, Type: t, HasPos: ti.pos >= 0}
		for _, f := range ti.fields {
			s.Fields = append(s.Fields, SchemaField{Name: f.name, Optional: f.opt, Index: f.index, Type: t.Field(f.index).Type})
		}
		out[i] = s
	}
	return out
})

// Schemas lists the concrete node classes in the order of CPython's Parser/Python.asdl
// (the order in which CPython tries them when it converts a Python object).
func Schemas() []Schema { return schemas() }
