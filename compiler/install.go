package compiler

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/gpyhooks"
	"github.com/gopyrt/gopy/internal/syntax/ast"
	"github.com/gopyrt/gopy/modules/builtins"
)

func init() { gpyhooks.Register("compiler/compile", install) }

// install makes this compiler the one every path uses: py.Compile (scripts, imports, exec,
// eval, the REPL) and the builtin compile(). It also installs next() and generator.send()
// whose StopIteration carries a generator's return value (stopiter.go). gpyhooks.Install
// runs it.
func install() {
	py.Compile = Compile
	builtins.Add(py.MustNewMethod("compile", builtinCompile, 0, compileDoc),
		py.MustNewMethod("next", builtinNext, 0, nextDoc))
	installGenerator()
	installFunctionAnnotations()
}

const compileDoc = `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)

Compile source into a code object that can be executed by exec() or eval().

The source code may represent a Python module, statement or expression.
The filename will be used for run-time error messages.
The mode must be 'exec' to compile a module, 'single' to compile a
single (interactive) statement, or 'eval' to compile an expression.
The flags argument, if present, controls which future statements influence
the compilation of the code.
The dont_inherit argument, if true, stops the compilation inheriting
the effects of any future statements in effect in the code calling
compile; if absent or false these statements do influence the compilation,
in addition to any features explicitly specified.`

// compileFlags are the flags compile() accepts: the future features' (CO_FUTURE_*) and
// PyCF_* (PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK in CPython).
const compileFlags = 0x1fe0000 | 0x10 | 0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000

// onlyASTFlag is ast.PyCF_ONLY_AST: compile() returns the tree as ast objects.
const onlyASTFlag = 0x400

// ASTHooks connect compile() with the ast module, which sets them (modules/ast).
var ASTHooks struct {
	// Convert converts an AST object (Python's ast nodes) to a tree for mode, with
	// CPython's errors for malformed trees; isAST is false when obj is not an AST
	// object. With onlyAST it only reports whether obj is one.
	Convert func(ctx py.Context, obj py.Object, mode string, onlyAST bool) (tree ast.ModNode, isAST bool, err error)
	// Parse is compile() with PyCF_ONLY_AST: the source parsed into ast objects.
	Parse func(ctx py.Context, source py.Object, filename, mode string) (py.Object, error)
}

// builtinCompile implements compile(source, filename, mode, flags=0, dont_inherit=False,
// optimize=-1).
func builtinCompile(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var source, filename, mode py.Object
	var flags, dontInherit, optimize py.Object = py.Int(0), py.False, py.Int(-1)
	kwlist := []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize"}
	if err := py.ParseTupleAndKeywords(args, kwargs, "OOO|OOO:compile", kwlist,
		&source, &filename, &mode, &flags, &dontInherit, &optimize); err != nil {
		return nil, err
	}
	var fname string
	switch f := filename.(type) {
	case py.String:
		fname = string(f)
	case py.Bytes:
		fname = string(f)
	default:
		return nil, py.ExceptionNewf(py.TypeError, "expected str, bytes or os.PathLike object, not %s", filename.Type().Name)
	}
	m, ok := mode.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "compile() argument 'mode' must be str, not %s", mode.Type().Name)
	}
	var src string
	fl, ok := flags.(py.Int)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", flags.Type().Name)
	}
	if fl&^compileFlags != 0 {
		return nil, py.ExceptionNewf(py.ValueError, "compile(): unrecognised flags")
	}
	onlyAST := fl&onlyASTFlag != 0
	switch m {
	case "exec", "eval", "single":
	case "func_type":
		if !onlyAST {
			return nil, py.ExceptionNewf(py.ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST")
		}
	default:
		return nil, py.ExceptionNewf(py.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	var ctx py.Context
	if mod, ok := self.(*py.Module); ok {
		ctx = mod.Context
	}
	if ctx != nil && ASTHooks.Convert != nil {
		tree, isAST, err := ASTHooks.Convert(ctx, source, string(m), onlyAST)
		switch {
		case !isAST:
		case err != nil:
			return nil, err
		case onlyAST:
			return source, nil
		default:
			return CompileAST(tree, fname, int(fl))
		}
	}
	switch s := source.(type) {
	case py.String:
		src = string(s)
	case py.Bytes:
		src = string(s)
		fl |= SourceBytes
	case *py.Code:
		return s, nil
	default:
		return nil, py.ExceptionNewf(py.TypeError, "compile() arg 1 must be a string, bytes or AST object")
	}
	if onlyAST {
		if ctx == nil || ASTHooks.Parse == nil {
			return nil, py.ExceptionNewf(py.ValueError, "compile(): ast.PyCF_ONLY_AST needs the ast module")
		}
		return ASTHooks.Parse(ctx, source, fname, string(m))
	}
	di, err := py.MakeBool(dontInherit)
	if err != nil {
		return nil, err
	}
	code, err := py.Compile(src, fname, py.CompileMode(m), int(fl), di == py.True)
	if err != nil {
		return nil, err
	}
	return code, nil
}
