// Package ast provides Python's ast module over gopy's own parser (internal/syntax): the
// node classes, shaped as CPython 3.11's, are made by ast.py from the schema of
// internal/syntax/ast, and ast.parse turns gopy's tree into instances of them. The Go
// part is the module _ast: _parse(source, filename, mode) returns the tree as nested
// tuples (class name, field values, positions), and _classes() the schema.
//
// compile() of an AST object needs the compiler to read gopy's tree; until then it is
// not supported.
package ast

import (
	_ "embed"
	"math/big"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's modules first

	"github.com/gopyrt/gopy/internal/syntax"
	"github.com/gopyrt/gopy/internal/syntax/ast"
)

//go:embed ast.py
var source string

//go:embed unparse.py
var unparseSource string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_ast", Doc: "gopy's parser and AST schema, for the ast module."},
		Methods: []*py.Method{
			py.MustNewMethod("_parse", parse, 0, "_parse(source, filename, mode): the tree as nested tuples."),
			py.MustNewMethod("_classes", classes, 0, "_classes(): (name, base, fields, optional, has_position) of each node class."),
		},
		Globals: py.StringDict{
			"PyCF_ONLY_AST":              py.Int(0x400),
			"PyCF_TYPE_COMMENTS":         py.Int(0x1000),
			"PyCF_ALLOW_TOP_LEVEL_AWAIT": py.Int(0x2000),
		},
	})
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "ast", Doc: "The abstract syntax tree of Python source, as gopy's parser builds it.", FileDesc: "<frozen ast>"},
		CodeSrc: source,
	})
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_ast_unparse", Doc: "ast.unparse, gopy's own.", FileDesc: "<frozen _ast_unparse>"},
		CodeSrc: unparseSource,
	})
}

var modes = map[string]syntax.Mode{"exec": syntax.ModeExec, "eval": syntax.ModeEval, "single": syntax.ModeSingle, "func_type": syntax.ModeFuncType}

// parse is _ast._parse(source, filename, mode).
func parse(self py.Object, args py.Tuple) (py.Object, error) {
	var src, filename, mode py.Object
	if err := py.UnpackTuple(args, nil, "_parse", 3, 3, &src, &filename, &mode); err != nil {
		return nil, err
	}
	name, _ := filename.(py.String)
	m, ok := mode.(py.String)
	md, known := modes[string(m)]
	if !ok || !known {
		return nil, py.ExceptionNewf(py.ValueError, "compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
	}
	var tree ast.ModNode
	var err error
	switch s := src.(type) {
	case py.String:
		tree, err = syntax.Parse(string(name), []byte(s), md)
	case py.Bytes:
		tree, err = syntax.ParseBytes(string(name), []byte(s), md)
	default:
		return nil, py.ExceptionNewf(py.TypeError, "compile() arg 1 must be a string, bytes or AST object")
	}
	if err != nil {
		return nil, syntaxError(err.(*syntax.Error))
	}
	return node(tree), nil
}

// syntaxError makes the Python exception of a parser error.
func syntaxError(e *syntax.Error) error {
	if e.Cause != nil {
		return e.Cause
	}
	kind := py.SyntaxError
	switch e.Kind {
	case syntax.IndentationError:
		kind = py.IndentationError
	case syntax.TabError:
		kind = py.TabError
	case syntax.MemoryError:
		return py.ExceptionNewf(py.MemoryError, "")
	}
	exc := py.ExceptionNewf(kind, "%s", e.Msg)
	num := func(i int) py.Object {
		if i == syntax.None || e.NoLocation {
			return py.None
		}
		return py.Int(i)
	}
	var text py.Object = py.String(e.Text)
	if e.NoLocation || e.NoText {
		text = py.None
	}
	exc.Dict["msg"] = py.String(e.Msg)
	exc.Dict["filename"] = py.String(e.Filename)
	exc.Dict["lineno"] = num(e.Lineno)
	exc.Dict["offset"] = num(e.Offset)
	exc.Dict["text"] = text
	exc.Dict["line"] = text
	exc.Dict["end_lineno"] = num(e.EndLineno)
	exc.Dict["end_offset"] = num(e.EndOffset)
	exc.Dict["print_file_and_line"] = py.None
	return exc
}

// node converts a node to (class name, (field values...), (positions) or None).
func node(n ast.Node) py.Object {
	c := ast.Describe(n)
	fields := make(py.Tuple, len(c.Fields))
	for i, f := range c.Fields {
		fields[i] = value(f.Value, f.Optional)
	}
	var pos py.Object = py.None
	if p, ok := ast.PosOf(n); ok {
		pos = py.Tuple{py.Int(p.Lineno), py.Int(p.ColOffset), py.Int(p.EndLineno), py.Int(p.EndColOffset)}
	}
	return py.Tuple{py.String(c.Name), fields, pos}
}

// singleton is the tuple of a field-less node class (Load, Add ...).
func singleton(name string) py.Object {
	return py.Tuple{py.String(name), py.Tuple{}, py.None}
}

// value converts the value of a field.
func value(v any, optional bool) py.Object {
	switch v := v.(type) {
	case nil:
		return py.None
	case ast.Node:
		if isNil(v) {
			return py.None
		}
		return node(v)
	case string:
		if optional && v == "" {
			return py.None
		}
		return py.String(v)
	case int:
		return py.Int(v)
	case ast.ExprContext:
		return singleton(v.String())
	case ast.BoolOpKind:
		return singleton(v.String())
	case ast.Operator:
		return singleton(v.String())
	case ast.UnaryOpKind:
		return singleton(v.String())
	case []ast.CmpOp:
		l := py.NewListSized(len(v))
		for i, op := range v {
			l.Items[i] = singleton(op.String())
		}
		return l
	case []string:
		l := py.NewListSized(len(v))
		for i, s := range v {
			l.Items[i] = py.String(s)
		}
		return l
	}
	if l, ok := list(v); ok {
		return l
	}
	return constant(v)
}

// constant converts the value of a Constant or MatchSingleton.
func constant(v any) py.Object {
	switch v := v.(type) {
	case ast.NoneType:
		return py.None
	case ast.EllipsisType:
		return py.Ellipsis
	case bool:
		return py.NewBool(v)
	case int64:
		return py.Int(v)
	case *big.Int:
		return (*py.BigInt)(v)
	case float64:
		return py.Float(v)
	case complex128:
		return py.Complex(v)
	case string:
		return py.String(v)
	case ast.Bytes:
		return py.Bytes(v)
	}
	return py.None
}
