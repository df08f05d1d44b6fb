package ast

import (
	"fmt"
	"math/big"
	"reflect"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	gopyclasses "github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// This file converts Python's ast objects (instances of the classes ast.py makes) to
// gopy's Go tree, for compile() of an AST object. It follows CPython 3.11's obj2ast
// functions (Python/Python-ast.c): the same order of lookups and the same errors for a
// tree built or changed by hand, driven by the schema of internal/syntax/ast:
//
//   - a node of an abstract class (stmt, expr, pattern, excepthandler...) reads the
//     position attributes first ('required field "lineno" missing from stmt'), then is
//     matched against the concrete classes with isinstance ("expected some sort of expr,
//     but got ..."); None stands for no node;
//   - a field that is missing is a TypeError unless it is optional; a required node
//     field that is None is the constructor's ValueError ("field 'value' is required for
//     Expr"), after every field was read;
//   - lists must be lists, identifiers and strings exact strs, ints ints ("invalid
//     integer value: ..."); Constant values are checked later by ast.Validate.
//
// The result is then validated (ast.Validate) and compiled as a parsed tree is.

// maxDepth bounds the nesting of nodes, as CPython's recursion limit does for its
// recursive conversion ("maximum recursion depth exceeded while traversing 'expr' node").
const maxDepth = 995

// kinds of Go field types the converter knows.
var (
	exprType    = reflect.TypeOf((*ast.ExprNode)(nil)).Elem()
	stmtType    = reflect.TypeOf((*ast.StmtNode)(nil)).Elem()
	patternType = reflect.TypeOf((*ast.PatternNode)(nil)).Elem()
	modType     = reflect.TypeOf((*ast.ModNode)(nil)).Elem()
	anyType     = reflect.TypeOf((*any)(nil)).Elem()
)

// enums are the field-less sum types: their Go type, ASDL name and class names by value.
var enums = map[reflect.Type]struct {
	name    string
	classes []string
}{
	reflect.TypeOf(ast.Load):   {"expr_context", []string{"Load", "Store", "Del"}},
	reflect.TypeOf(ast.And):    {"boolop", []string{"And", "Or"}},
	reflect.TypeOf(ast.Add):    {"operator", enumNames(func(i int) string { return ast.Operator(i).String() }, 13)},
	reflect.TypeOf(ast.Invert): {"unaryop", []string{"Invert", "Not", "UAdd", "USub"}},
	reflect.TypeOf(ast.Eq):     {"cmpop", enumNames(func(i int) string { return ast.CmpOp(i).String() }, 10)},
}

func enumNames(name func(int) string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = name(i + 1)
	}
	return out
}

// schemaIndex finds the schemas by Go struct type and the concrete classes of each
// abstract one.
type schemaIndex struct {
	byType map[reflect.Type]*ast.Schema
	byBase map[string][]*ast.Schema
}

var index = sync.OnceValue(func() *schemaIndex {
	ix := &schemaIndex{byType: map[reflect.Type]*ast.Schema{}, byBase: map[string][]*ast.Schema{}}
	all := ast.Schemas()
	for i := range all {
		s := &all[i]
		ix.byType[s.Type] = s
		ix.byBase[s.Base] = append(ix.byBase[s.Base], s)
	}
	return ix
})

// sumOf is the abstract class of a field of Go type t ("" for a product type such as
// arguments, which has no isinstance check).
func sumOf(t reflect.Type) string {
	switch t {
	case exprType:
		return "expr"
	case stmtType:
		return "stmt"
	case patternType:
		return "pattern"
	case modType:
		return "mod"
	}
	if t.Kind() == reflect.Pointer {
		if s := index().byType[t.Elem()]; s != nil && s.Base != "AST" {
			return s.Base
		}
	}
	return ""
}

// converter holds the node classes of the interpreter compiling the tree.
type converter struct {
	classes map[string]*py.Type
	depth   int
}

// failure carries an error out of the recursive conversion.
type failure struct{ err error }

func (c *converter) fail(err error) { panic(failure{err}) }

func (c *converter) typeErrorf(format string, args ...any) {
	c.fail(py.ExceptionNewf(py.TypeError, "%s", fmt.Sprintf(format, args...)))
}

func (c *converter) valueErrorf(format string, args ...any) {
	c.fail(py.ExceptionNewf(py.ValueError, "%s", fmt.Sprintf(format, args...)))
}

// nodeClasses returns the classes of the ast module of ctx (the _ast module gets them
// when ast is imported), or nil when there are none.
func nodeClasses(ctx py.Context) map[string]*py.Type {
	m, err := ctx.GetModule("_ast")
	if err != nil {
		return nil
	}
	out := map[string]*py.Type{}
	for name, v := range m.Globals {
		if t, ok := v.(*py.Type); ok {
			out[name] = t
		}
	}
	if out["AST"] == nil {
		return nil
	}
	return out
}

func (c *converter) isInstance(obj py.Object, class string) bool {
	t := c.classes[class]
	return t != nil && gopyclasses.TypeOf(obj).IsSubtype(t)
}

// attr reads an attribute, reporting whether it exists.
func (c *converter) attr(obj py.Object, name string) (py.Object, bool) {
	v, err := py.GetAttrString(obj, name)
	if err != nil {
		if py.IsException(py.AttributeError, err) {
			return nil, false
		}
		c.fail(err)
	}
	return v, true
}

func (c *converter) repr(obj py.Object) string {
	s, err := objects.Repr(obj)
	if err != nil {
		c.fail(err)
	}
	return s
}

func (c *converter) enter(kind string) {
	c.depth++
	if c.depth > maxDepth {
		c.fail(compiler.RecursionErrorf("maximum recursion depth exceeded while traversing '%s' node", kind))
	}
}

// toInt is obj2ast_int.
func (c *converter) toInt(obj py.Object) int {
	var n *big.Int
	switch x := obj.(type) {
	case py.Int:
		n = big.NewInt(int64(x))
	case py.Bool:
		if x {
			return 1
		}
		return 0
	case *py.BigInt:
		n = (*big.Int)(x)
	default:
		if !gopyclasses.TypeOf(obj).IsSubtype(py.IntType) {
			c.valueErrorf("invalid integer value: %s", c.repr(obj))
		}
		i, err := py.MakeGoInt64(obj)
		if err != nil {
			c.fail(err)
		}
		n = big.NewInt(i)
	}
	if !n.IsInt64() || n.Int64() > 1<<31-1 || n.Int64() < -1<<31 {
		c.fail(py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C int"))
	}
	return int(n.Int64())
}

// toIdentifier is obj2ast_identifier (None gives "") and obj2ast_string.
func (c *converter) toIdentifier(obj py.Object, what string) string {
	if obj == py.None {
		return ""
	}
	s, ok := obj.(py.String)
	if !ok {
		c.typeErrorf("AST %s must be of type str", what)
	}
	return string(s)
}

// stringKind is "string" for the fields ASDL declares as string, else "identifier".
func stringKind(field string) string {
	switch field {
	case "kind", "type_comment", "tag":
		return "string"
	}
	return "identifier"
}

// field converts one field of the node being built.
func (c *converter) field(obj py.Object, owner string, f ast.SchemaField, dst reflect.Value) {
	v, ok := c.attr(obj, f.Name)
	if !ok || (v == py.None && f.Optional) {
		if !ok && !f.Optional {
			c.typeErrorf("required field \"%s\" missing from %s", f.Name, owner)
		}
		return
	}
	if f.Type.Kind() == reflect.Slice && f.Type != reflect.TypeOf(ast.Bytes("")) {
		items := c.list(v, owner, f.Name)
		s := reflect.MakeSlice(f.Type, len(items), len(items))
		for i, item := range items {
			c.value(item, f.Name, f.Type.Elem(), s.Index(i))
		}
		dst.Set(s)
		return
	}
	c.value(v, f.Name, f.Type, dst)
}

// list returns the items of a field that must be a list.
func (c *converter) list(v py.Object, owner, field string) []py.Object {
	if l, ok := v.(*py.List); ok {
		return append([]py.Object(nil), l.Items...)
	}
	if !gopyclasses.TypeOf(v).IsSubtype(py.ListType) {
		c.typeErrorf("%s field \"%s\" must be a list, not a %s", owner, field, gopyclasses.TypeOf(v).Name)
	}
	var items []py.Object
	if err := py.Iterate(v, func(item py.Object) bool {
		items = append(items, item)
		return false
	}); err != nil {
		c.fail(err)
	}
	return items
}

// value converts v into dst, whose Go type t says what it must be.
func (c *converter) value(v py.Object, field string, t reflect.Type, dst reflect.Value) {
	if e, ok := enums[t]; ok {
		for i, name := range e.classes {
			if c.isInstance(v, name) {
				dst.SetUint(uint64(i + 1))
				return
			}
		}
		c.typeErrorf("expected some sort of %s, but got %s", e.name, c.repr(v))
	}
	switch t.Kind() {
	case reflect.String:
		dst.SetString(c.toIdentifier(v, stringKind(field)))
		return
	case reflect.Int:
		dst.SetInt(int64(c.toInt(v)))
		return
	}
	if t == anyType {
		dst.Set(reflect.ValueOf(c.constant(v)))
		return
	}
	if n := c.node(v, t); n != nil {
		dst.Set(reflect.ValueOf(n))
	}
}

// node converts v to a node of Go type t (an abstract class's interface or a pointer to
// a concrete class); it returns nil for None where t is an abstract class.
func (c *converter) node(v py.Object, t reflect.Type) ast.Node {
	ix := index()
	base := sumOf(t)
	if base == "" { // a product type: arguments, arg, keyword, alias, withitem...
		s := ix.byType[t.Elem()]
		c.enter(s.Name)
		n := c.build(v, s, s.Name, true)
		c.depth--
		return n
	}
	if v == py.None {
		return nil
	}
	c.enter(base)
	defer func() { c.depth-- }()
	var pos ast.Pos
	hasPos := ix.byBase[base][0].HasPos && base != "type_ignore"
	if hasPos {
		pos = c.positions(v, base, base == "pattern")
	}
	for _, s := range ix.byBase[base] {
		if c.isInstance(v, s.Name) {
			n := c.build(v, s, s.Name, false)
			if l, ok := n.(ast.Located); ok && hasPos {
				*l.Loc() = pos
			}
			return n
		}
	}
	c.typeErrorf("expected some sort of %s, but got %s", base, c.repr(v))
	return nil
}

// positions reads lineno, col_offset, end_lineno and end_col_offset; the end ones are
// optional (they default to the start) except on patterns.
func (c *converter) positions(v py.Object, owner string, endRequired bool) ast.Pos {
	var p ast.Pos
	vals := [4]*int{&p.Lineno, &p.ColOffset, &p.EndLineno, &p.EndColOffset}
	for i, name := range [4]string{"lineno", "col_offset", "end_lineno", "end_col_offset"} {
		x, ok := c.attr(v, name)
		if !ok && (i < 2 || endRequired) {
			c.typeErrorf("required field \"%s\" missing from %s", name, owner)
		}
		if !ok || (x == py.None && i >= 2 && !endRequired) {
			*vals[i] = *vals[i-2]
			continue
		}
		*vals[i] = c.toInt(x)
	}
	return p
}

// build makes the node of class s from v: its fields, then (for a product type such as
// arg) its positions; then the constructor's check of required node fields.
func (c *converter) build(v py.Object, s *ast.Schema, owner string, product bool) ast.Node {
	rv := reflect.New(s.Type)
	for _, f := range s.Fields {
		c.field(v, owner, f, rv.Elem().Field(f.Index))
	}
	n := rv.Interface().(ast.Node)
	if product && s.HasPos {
		*n.(ast.Located).Loc() = c.positions(v, owner, false)
	}
	for _, f := range s.Fields {
		if f.Optional {
			continue
		}
		fv := rv.Elem().Field(f.Index)
		switch fv.Kind() {
		case reflect.Interface, reflect.Pointer:
			if fv.IsNil() {
				c.valueErrorf("field '%s' is required for %s", f.Name, s.Name)
			}
		case reflect.String:
			if fv.String() == "" && stringKind(f.Name) == "identifier" {
				if x, _ := c.attr(v, f.Name); x == py.None {
					c.valueErrorf("field '%s' is required for %s", f.Name, s.Name)
				}
			}
		}
	}
	return n
}

// constant converts the value of a Constant (or MatchSingleton) to the Go types the
// compiler reads; tuples and frozensets of constants stay Python objects, anything else
// becomes an ast.InvalidConstant for Validate to report.
func (c *converter) constant(v py.Object) any {
	switch x := v.(type) {
	case py.NoneType:
		return ast.None
	case py.Bool:
		return bool(x)
	case py.Int:
		return int64(x)
	case *py.BigInt:
		return new(big.Int).Set((*big.Int)(x))
	case py.Float:
		return float64(x)
	case py.Complex:
		return complex128(x)
	case py.String:
		return string(x)
	case py.Bytes:
		return ast.Bytes(x)
	case py.Tuple, *objects.FrozenSet:
		if bad := c.badItem(v, 0); bad != "" {
			return ast.InvalidConstant{TypeName: bad}
		}
		return v
	}
	if v == py.Ellipsis {
		return ast.Ellipsis
	}
	return ast.InvalidConstant{TypeName: gopyclasses.TypeOf(v).Name}
}

// badItem returns the type name of the first item of a constant tuple or frozenset
// that a Constant cannot hold, or "".
func (c *converter) badItem(v py.Object, depth int) string {
	var items []py.Object
	switch x := v.(type) {
	case py.Tuple:
		items = x
	case *objects.FrozenSet:
		items = x.Items()
	}
	if depth > maxDepth {
		c.fail(compiler.RecursionErrorf("maximum recursion depth exceeded during compilation"))
	}
	for _, item := range items {
		switch item.(type) {
		case py.Tuple, *objects.FrozenSet:
			if bad := c.badItem(item, depth+1); bad != "" {
				return bad
			}
			continue
		}
		if k, ok := c.constant(item).(ast.InvalidConstant); ok {
			return k.TypeName
		}
	}
	return ""
}

// modClasses are the classes compile() expects in each mode.
var modClasses = map[string]string{"exec": "Module", "eval": "Expression", "single": "Interactive", "func_type": "FunctionType"}

func init() {
	compiler.ASTHooks.Convert = toTree
	compiler.ASTHooks.Parse = parseToObjects
}

// toTree is compile()'s conversion of an AST object: ok is false when obj is not one;
// with onlyAST it only answers that.
func toTree(ctx py.Context, obj py.Object, mode string, onlyAST bool) (tree ast.ModNode, ok bool, err error) {
	cls := nodeClasses(ctx)
	if cls == nil || !gopyclasses.TypeOf(obj).IsSubtype(cls["AST"]) {
		return nil, false, nil
	}
	if onlyAST {
		return nil, true, nil
	}
	c := &converter{classes: cls}
	want := modClasses[mode]
	if !c.isInstance(obj, want) {
		return nil, true, py.ExceptionNewf(py.TypeError, "expected %s node, got %s", want, gopyclasses.TypeOf(obj).Name)
	}
	defer func() {
		if r := recover(); r != nil {
			f, isFailure := r.(failure)
			if !isFailure {
				panic(r)
			}
			tree, ok, err = nil, true, f.err
		}
	}()
	tree = c.node(obj, modType).(ast.ModNode)
	if verr := ast.Validate(tree); verr != nil {
		e := verr.(*ast.ValidationError)
		kind := py.ValueError
		if e.TypeError {
			kind = py.TypeError
		}
		return nil, true, py.ExceptionNewf(kind, "%s", e.Msg)
	}
	return tree, true, nil
}

// parseToObjects is compile() with PyCF_ONLY_AST: ast.parse(source, filename, mode).
func parseToObjects(ctx py.Context, source py.Object, filename, mode string) (py.Object, error) {
	if err := py.Import(ctx, "ast"); err != nil {
		return nil, err
	}
	m, err := ctx.GetModule("ast")
	if err != nil {
		return nil, err
	}
	return py.Call(m.Globals["parse"], py.Tuple{source, py.String(filename), py.String(mode)}, nil)
}
