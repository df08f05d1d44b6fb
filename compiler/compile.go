// Package compiler turns Python source into *py.Code objects for gpython's virtual machine.
//
// The front end is gopy's own (internal/syntax): its parser gives the tree of CPython
// 3.11's ast module with full positions and CPython's SyntaxErrors, and its symbol table
// resolves scopes as CPython's symtable.c. This package is the code generator:
//
//	source -> syntax.Parse -> AST -> symtable.Build -> code generator -> *py.Code
//
// The code generator follows CPython's compile.c with the instruction set of gpython's VM
// (CPython 3.4's bytecode) and the semantics of CPython 3.11: free variables are addressed
// after the cell variables in a frame's cell-and-free area, decorators are evaluated
// before the defaults of the function they decorate, and zero-argument super() is
// compiled as super(__class__, <first argument>) using the __class__ cell.
//
// The constructs for which gpython's opcodes give wrong results (dict and set displays and
// comprehensions, % formatting, comparisons, f-string fields, **kwargs) compile to calls of
// Go helpers loaded as constants; the helpers call the functions in RT, which the object
// model replaces (see runtime.go). Comparisons keep COMPARE_OP where gpython is exact for
// the kinds of operands the compiler can infer (scalars.go).
//
// gpython's VM can only be corrected around it: WrapRunFrame is meant for
// interp's VM hooks, and LineOf gives exact traceback lines.
//
// Errors are SyntaxError exceptions carrying CPython's message, filename, line and offset
// (errors.go). No input makes Compile panic: internal failures become SystemError.
package compiler

import (
	"unicode/utf8"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/syntax"
	"github.com/gopyrt/gopy/internal/syntax/ast"
	"github.com/gopyrt/gopy/internal/syntax/symtable"
)

// compiler holds the state shared by the units of one compilation.
type compiler struct {
	filename    string
	symbols     *symtable.SymbolTable
	interactive bool
	futureAnn   bool                 // from __future__ import annotations is in effect
	globalKinds map[string]kind      // what the module's names are known to hold
	returnKinds map[string]kind      // what the module's functions are known to return
	constCache  map[string]py.Object // equal constants of all code objects share one (intern.go)
}

// CO_FUTURE_ANNOTATIONS is the code flag (and compile() flag) of
// "from __future__ import annotations".
const CO_FUTURE_ANNOTATIONS = 0x1000000

// Flags of Compile beyond CPython's compile() flags, for gopy's own callers (compile()
// rejects them): how the bytes of src are to be read.
const (
	// SourceBytes: src is the bytes of a source given to compile(), exec() or eval(), or
	// read by an import: decoded as CPython decodes such bytes (PEP 263), with CPython's
	// error offsets (in bytes when no encoding is declared).
	SourceBytes = 1 << 28
	// SourceFile: src is the bytes of a script file, read as CPython reads one.
	SourceFile = 1 << 29
)

var modes = map[py.CompileMode]syntax.Mode{py.ExecMode: syntax.ModeExec, py.EvalMode: syntax.ModeEval, py.SingleMode: syntax.ModeSingle}

// Compile compiles src, read from filename, in mode "exec", "eval" or "single". It has the
// signature of py.Compile. src is source text, or bytes with SourceBytes or SourceFile in
// flags; a src that is not UTF-8 is taken as bytes. Of CPython's flags, only
// CO_FUTURE_ANNOTATIONS changes code generation.
func Compile(src, filename string, mode py.CompileMode, flags int, dontInherit bool) (*py.Code, error) {
	m, ok := modes[mode]
	if !ok {
		return nil, py.ExceptionNewf(py.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	var mod ast.ModNode
	var err error
	switch {
	case flags&SourceFile != 0:
		mod, err = syntax.ParseFile(filename, []byte(src), m)
	case flags&SourceBytes != 0 || !utf8.ValidString(src):
		mod, err = syntax.ParseBytes(filename, []byte(src), m)
	default:
		mod, err = syntax.Parse(filename, []byte(src), m)
	}
	if err != nil {
		return nil, SyntaxErrorOf(err)
	}
	return CompileAST(mod, filename, flags)
}

// CompileAST compiles a tree made by package syntax (or from Python's ast objects).
func CompileAST(mod ast.ModNode, filename string, flags int) (code *py.Code, err error) {
	st, err := symtable.Build(mod, filename, nil)
	if err != nil {
		return nil, SyntaxErrorOf(err)
	}
	c := &compiler{filename: filename, symbols: st, futureAnn: st.Future.Annotations || flags&CO_FUTURE_ANNOTATIONS != 0}
	defer func() {
		if r := recover(); r != nil {
			code, err = nil, c.recovered(r)
		}
	}()
	return c.module(mod), nil
}

// recovered converts a panic of the code generator into the error Compile returns.
func (c *compiler) recovered(r any) error {
	switch x := r.(type) {
	case *compileError:
		return c.makeCompileError(x)
	case *py.Exception:
		return x
	case py.ExceptionInfo:
		return x
	case internalErr:
		return py.ExceptionNewf(py.SystemError, "compiler: %s", string(x))
	default:
		return py.ExceptionNewf(py.SystemError, "compiler: %v", r)
	}
}

// module compiles the top-level code object.
func (c *compiler) module(mod ast.ModNode) *py.Code {
	top := c.symbols.Top
	u := c.newUnit(nil, top, scopeModule, "<module>", ast.Pos{Lineno: 1})
	switch m := mod.(type) {
	case *ast.Module:
		body := m.Body
		u.kinds = analyzeKinds(top, body, nil)
		c.globalKinds = u.kinds
		c.returnKinds = returnKinds(c.symbols, top, body, u.kinds)
		if len(body) > 0 {
			u.loc = *body[0].Loc()
		}
		if findAnnotations(body) {
			u.setupAnnotations()
		}
		if doc, ok := docString(body); ok {
			u.at(body[0])
			u.loadConst(doc)
			u.nameOp("__doc__", ast.Store)
			body = body[1:]
		}
		u.stmts(body)
		u.loadConst(py.None)
		u.emit(vm.RETURN_VALUE)
	case *ast.Interactive:
		c.interactive = true
		if len(m.Body) > 0 {
			u.loc = *m.Body[0].Loc()
		}
		if findAnnotations(m.Body) {
			u.setupAnnotations()
		}
		u.stmts(m.Body)
		u.loadConst(py.None)
		u.emit(vm.RETURN_VALUE)
	case *ast.Expression:
		u.expr(m.Body)
		u.emit(vm.RETURN_VALUE)
	default:
		panic(internalError("unexpected module node %T", mod))
	}
	return u.finish()
}

// docString returns the docstring that starts body, if any.
func docString(body []ast.StmtNode) (py.String, bool) {
	if len(body) == 0 {
		return "", false
	}
	if e, ok := body[0].(*ast.Expr); ok {
		if c, ok := e.Value.(*ast.Constant); ok {
			if s, ok := c.Value.(string); ok {
				return py.String(s), true
			}
		}
	}
	return "", false
}
