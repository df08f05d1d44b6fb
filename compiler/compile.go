// Package compiler turns Python source into *py.Code objects for gpython's virtual machine.
//
// gpython's parser, AST and symbol table are sound, so the pipeline keeps them and replaces
// the rest:
//
//	source -> prepass (f-strings, 1_000, annotations, tokenizer errors) -> gpython parser -> AST
//	AST -> gpython symtable -> code generator (this package) -> *py.Code
//
// The code generator follows CPython 3.4's (the bytecode gpython's VM runs) with the
// semantics of CPython 3.11 where they differ, and fixes gpython's own compiler: free
// variables are addressed after the cell variables in a frame's cell-and-free area,
// decorators are evaluated before the defaults of the function they decorate, keyword-only
// defaults are paired with their names by source position, and zero-argument super() is
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
// Errors are SyntaxError exceptions carrying CPython's message, filename, line and offset.
// No input makes Compile panic: internal failures become SystemError.
package compiler

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/parser"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/symtable"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/interp/gil"
)

// compiler holds the state shared by the units of one compilation.
type compiler struct {
	filename    string
	nesting     int // expressions being compiled, one inside the other
	maxNesting  int // past which compiling is a RecursionError, as CPython's
	src         *prepared
	interactive bool
	futureOK    bool                 // still at the point where from __future__ imports are allowed
	globalKinds map[string]kind      // what the module's names are known to hold
	returnKinds map[string]kind      // what the module's functions are known to return
	constCache  map[string]py.Object // equal constants of all code objects share one (intern.go)
}

// internalErr is a failure of the compiler itself (never of the user's source).
type internalErr string

func internalError(format string, a ...any) internalErr {
	return internalErr(fmt.Sprintf(format, a...))
}

// Compile compiles src, read from filename, in mode "exec", "eval" or "single". It has the
// signature of py.Compile. flags and dontInherit are accepted for compatibility; no
// __future__ feature changes code generation.
func Compile(src, filename string, mode py.CompileMode, flags int, dontInherit bool) (code *py.Code, err error) {
	c := &compiler{filename: filename, futureOK: true, maxNesting: nestingLimit()}
	defer func() {
		if r := recover(); r != nil {
			code, err = nil, c.recovered(r)
		}
	}()
	switch mode {
	case py.ExecMode, py.EvalMode, py.SingleMode:
	default:
		return nil, py.ExceptionNewf(py.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	if strings.IndexByte(src, 0) >= 0 {
		return nil, py.ExceptionNewf(py.SyntaxError, "source code string cannot contain null bytes")
	}
	if !utf8.ValidString(src) {
		// Bytes given to exec() or eval() (compile() and imports decode theirs first).
		if src, err = DecodeSource([]byte(src), filename); err != nil {
			return nil, err
		}
	}
	if mode == py.SingleMode && !strings.HasSuffix(src, "\n") {
		src += "\n" // gpython's lexer ends an interactive statement at a newline only
	}
	c.src, err = prepass(src, filename, mode)
	if err != nil {
		e, ok := err.(*syntaxErrorValue)
		if !ok {
			return nil, err
		}
		if e.neverClosed {
			// CPython reports an error the parser meets before the end of the source.
			if _, perr := parser.Parse(strings.NewReader(c.src.text), filename, mode); perr != nil && !c.atEOF(perr) {
				return nil, c.parserError(perr)
			}
		}
		return nil, c.makeSyntaxError(&e.syntaxError)
	}
	mod, err := parser.Parse(strings.NewReader(c.src.text), filename, mode)
	if err != nil {
		return nil, c.parserError(err)
	}
	fixAST(mod)
	st, err := symtable.NewSymTable(mod, filename)
	if err != nil {
		return nil, c.symtableError(err)
	}
	return c.module(mod, st), nil
}

// compilerFrameScale is CPython's COMPILER_STACK_FRAME_SCALE: how many levels of a tree
// its compiler allows per level of the recursion limit left.
const compilerFrameScale = 3

// nestingLimit is how deeply expressions may nest in source compiled now: CPython's AST
// optimizer gives RecursionError past the recursion limit left to the calling thread,
// scaled by compilerFrameScale.
func nestingLimit() int {
	limit, depth := gil.DefaultRecursionLimit, 0
	if t := gil.Holding(); t != nil {
		limit, depth = t.Runtime().RecursionLimit(), t.Depth
	}
	return (limit - depth) * compilerFrameScale
}

// tooDeep is the RecursionError of an expression nested past maxNesting.
func tooDeep() error {
	t, ok := py.GetModuleImpl("builtins").Globals["RecursionError"].(*py.Type)
	if !ok {
		t = py.RuntimeError
	}
	return py.ExceptionNewf(t, "maximum recursion depth exceeded during compilation")
}

// recovered converts a panic of the code generator into the error Compile returns.
func (c *compiler) recovered(r any) error {
	switch x := r.(type) {
	case *syntaxError:
		return c.makeSyntaxError(x)
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
func (c *compiler) module(mod ast.Mod, st *symtable.SymTable) *py.Code {
	u := c.newUnit(nil, st, scopeModule, "<module>", 1)
	switch m := mod.(type) {
	case *ast.Module:
		body := m.Body
		u.kinds = analyzeKinds(st, body, nil, c.src.isMarker)
		c.globalKinds = u.kinds
		c.returnKinds = returnKinds(st, body, u.kinds, c.src.isMarker)
		if doc, ok := docString(body); ok {
			u.line = body[0].GetLineno()
			u.loadConst(doc)
			u.nameOp("__doc__", ast.Store)
			body = body[1:]
		}
		u.stmts(body)
		u.loadConst(py.None)
		u.emit(vm.RETURN_VALUE)
	case *ast.Interactive:
		c.interactive = true
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
func docString(body []ast.Stmt) (py.String, bool) {
	if len(body) == 0 {
		return "", false
	}
	if e, ok := body[0].(*ast.ExprStmt); ok {
		if s, ok := e.Value.(*ast.Str); ok {
			return s.S, true
		}
	}
	return "", false
}

// atEOF reports whether a parser error lies at the end of the source.
func (c *compiler) atEOF(err error) bool {
	exc, ok := err.(*py.Exception)
	if !ok {
		return true
	}
	line, _ := exc.Dict["lineno"].(py.Int)
	col, _ := exc.Dict["offset"].(py.Int)
	last := len(c.src.lines)
	for last > 0 && strings.TrimSpace(c.src.lines[last-1]) == "" {
		last--
	}
	if int(line) != last {
		return int(line) > last
	}
	return int(col) >= len(strings.TrimRight(c.src.lines[last-1], " \t\r\n"))
}
