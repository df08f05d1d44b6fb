package compiler

import (
	"bufio"
	"fmt"
	"os"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/syntax"
	"github.com/gopyrt/gopy/internal/syntax/ast"
	"github.com/gopyrt/gopy/internal/syntax/symtable"
)

// The errors of a compilation come from three places, as in CPython: the parser
// (*syntax.Error, message and position exactly as CPython's parser reports them), the
// symbol table (*syntax.Error too), and the code generator itself (compileError: the
// checks of CPython's compile.c, such as "'return' outside function"), located at the
// node being compiled with byte offsets plus one, as compile.c locates them.

// compileError is an error of the code generator, raised by panic and turned into a
// SyntaxError by Compile.
type compileError struct {
	msg string
	pos ast.Pos
}

// errorf aborts compilation with a SyntaxError at the current location.
func (u *unit) errorf(format string, a ...any) {
	panic(&compileError{msg: fmt.Sprintf(format, a...), pos: u.loc})
}

// errorAt aborts compilation with a SyntaxError at node n.
func (u *unit) errorAt(n ast.Located, format string, a ...any) {
	panic(&compileError{msg: fmt.Sprintf(format, a...), pos: *n.Loc()})
}

// forbiddenName rejects the binding or deletion of __debug__ (compile.c's forbidden_name).
func (u *unit) forbiddenName(n string, ctx ast.ExprContext) {
	if n != "__debug__" {
		return
	}
	if ctx == ast.Del {
		u.errorf("cannot delete __debug__")
	}
	u.errorf("cannot assign to __debug__")
}

// makeCompileError is the SyntaxError of compileError e: offsets are bytes plus one and
// the text is read from the file, if there is one, as CPython's compiler_error does.
func (c *compiler) makeCompileError(e *compileError) error {
	text, ok := programText(c.filename, e.pos.Lineno)
	var textObj py.Object = py.None
	if ok {
		textObj = py.String(text)
	}
	exc := py.ExceptionNewf(py.SyntaxError, "%s", e.msg)
	setSyntaxAttrs(exc, e.msg, py.String(c.filename), py.Int(e.pos.Lineno), py.Int(e.pos.ColOffset+1),
		textObj, py.Int(e.pos.EndLineno), py.Int(e.pos.EndColOffset+1))
	return exc
}

// programText is line n of file filename, with its newline, as CPython's
// PyErr_ProgramTextObject reads it for errors found after parsing; false when there is
// no such file or line.
func programText(filename string, n int) (string, bool) {
	if filename == "" || filename[0] == '<' || n < 1 {
		return "", false
	}
	f, err := os.Open(filename)
	if err != nil {
		return "", false
	}
	defer f.Close()
	r := bufio.NewReader(f)
	for i := 1; ; i++ {
		line, err := r.ReadString('\n')
		if i == n {
			if line == "" && err != nil {
				return "", false
			}
			return line, true
		}
		if err != nil {
			return "", false
		}
	}
}

// SyntaxErrorOf returns the Python exception for an error of the parser or the symbol
// table: a *syntax.Error becomes SyntaxError, IndentationError or TabError with CPython's
// attributes (msg, filename, lineno, offset, text, end_lineno, end_offset).
func SyntaxErrorOf(err error) error {
	var e *syntax.Error
	switch x := err.(type) {
	case *syntax.Error:
		e = x
	case *symtable.RecursionError:
		return py.ExceptionNewf(recursionError(), "%s", x.Error())
	default:
		return err
	}
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
		if t, ok := programText(e.Filename, e.Lineno); ok && !e.NoLocation {
			text = py.String(t)
		}
	}
	setSyntaxAttrs(exc, e.Msg, py.String(e.Filename), num(e.Lineno), num(e.Offset), text, num(e.EndLineno), num(e.EndOffset))
	return exc
}

// RecursionErrorf returns a RecursionError with the formatted message.
func RecursionErrorf(format string, args ...any) error {
	return py.ExceptionNewf(recursionError(), "%s", fmt.Sprintf(format, args...))
}

// recursionError is the builtin RecursionError (interp defines it), RuntimeError before.
func recursionError() *py.Type {
	if impl := py.GetModuleImpl("builtins"); impl != nil {
		if t, ok := impl.Globals["RecursionError"].(*py.Type); ok {
			return t
		}
	}
	return py.RuntimeError
}

// setSyntaxAttrs sets the attributes of CPython's SyntaxError on exc.
func setSyntaxAttrs(exc *py.Exception, msg string, filename, line, offset, text, endLine, endOffset py.Object) {
	exc.Dict["msg"] = py.String(msg)
	exc.Dict["filename"] = filename
	exc.Dict["lineno"] = line
	exc.Dict["offset"] = offset
	exc.Dict["text"] = text
	exc.Dict["line"] = text // gpython's own name for it
	exc.Dict["end_lineno"] = endLine
	exc.Dict["end_offset"] = endOffset
	exc.Dict["print_file_and_line"] = py.None
}

// internalErr is a failure of the compiler itself (never of the user's source).
type internalErr string

func internalError(format string, a ...any) internalErr {
	return internalErr(fmt.Sprintf(format, a...))
}
