package compiler

import (
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
	"github.com/gopyrt/gopy/internal/syntax/symtable"
)

// stmts compiles a statement list.
func (u *unit) stmts(body []ast.StmtNode) {
	for _, s := range body {
		u.stmt(s)
	}
}

// stmt compiles one statement.
func (u *unit) stmt(s ast.StmtNode) {
	u.loc = *s.Loc()
	switch n := s.(type) {
	case *ast.FunctionDef:
		u.functionDef(n, n.Name, n.Args, n.Body, n.DecoratorList, n.Returns, false)
	case *ast.AsyncFunctionDef:
		u.functionDef(n, n.Name, n.Args, n.Body, n.DecoratorList, n.Returns, true)
	case *ast.ClassDef:
		u.classDef(n)
	case *ast.Return:
		u.returnStmt(n)
	case *ast.Delete:
		for _, t := range n.Targets {
			u.del(t)
		}
		u.delPoint()
	case *ast.Assign:
		u.expr(n.Value)
		for i, t := range n.Targets {
			if i < len(n.Targets)-1 {
				u.emit(vm.DUP_TOP)
			}
			u.storeFrom(t, n.Value)
		}
		if ok, drop := rebinds(n); ok {
			u.rebindPoint(drop, drop)
		}
	case *ast.AugAssign:
		u.augAssign(n)
	case *ast.AnnAssign:
		u.annAssign(n)
	case *ast.For:
		u.forStmt(n)
	case *ast.While:
		u.whileStmt(n)
	case *ast.If:
		u.ifStmt(n)
	case *ast.With:
		u.with(n, 0)
	case *ast.Raise:
		if n.Exc == nil && u.starReraise() {
			break
		}
		if n.Exc == nil && !u.inHandler() {
			// gpython's RAISE_VARARGS 0 sees only this frame's exception: one a caller is
			// handling is re-raised by a helper (RT.Reraise), as CPython's bare raise does.
			u.loadConst(helperReraise)
			u.emitArg(vm.CALL_FUNCTION, 0)
			u.emit(vm.POP_TOP)
		}
		if n.Exc == nil {
			u.emitArg(vm.RAISE_VARARGS, 0)
			break
		}
		u.raise(n.Exc, n.Cause)
	case *ast.Try:
		if len(n.Finalbody) > 0 {
			u.tryFinally(n.Body, n.Handlers, n.Orelse, n.Finalbody)
		} else {
			u.tryExcept(n.Body, n.Handlers, n.Orelse)
		}
	case *ast.Assert:
		u.checkAssert(n)
		end := newLabel()
		u.jumpIf(n.Test, true, end)
		u.loadConst(helperRaise)
		u.emitArg(vm.LOAD_GLOBAL, u.name("AssertionError"))
		if n.Msg != nil {
			u.expr(n.Msg)
			u.emitArg(vm.CALL_FUNCTION, 1)
		}
		u.emitArg(vm.CALL_FUNCTION, 1)
		u.emitArg(vm.RAISE_VARARGS, 1)
		u.bind(end)
	case *ast.Import:
		u.importStmt(n)
	case *ast.ImportFrom:
		u.importFrom(n)
	case *ast.Global, *ast.Nonlocal, *ast.Pass:
		// Global and nonlocal are resolved by the symbol table.
	case *ast.Expr:
		if u.c.interactive && u.kind == scopeModule {
			u.expr(n.Value)
			if RT.Display == nil {
				u.emit(vm.PRINT_EXPR)
				return
			}
			u.loadConst(helperDisplay)
			u.emit(vm.ROT_TWO)
			u.emitArg(vm.CALL_FUNCTION, 1)
			u.emit(vm.POP_TOP)
			return
		}
		if _, ok := n.Value.(*ast.Constant); ok {
			return // no effect
		}
		u.expr(n.Value)
		u.emit(vm.POP_TOP)
		if removesItem(n.Value) {
			u.rebindPoint(false, true) // the item removed and dropped (l.pop(), d.pop(k))
		}
	case *ast.Break:
		u.breakStmt()
	case *ast.Continue:
		u.continueStmt()
	case *ast.Match:
		u.matchStmt(n)
	case *ast.AsyncFor:
		u.asyncFor(n)
	case *ast.AsyncWith:
		u.asyncWith(n, 0)
	case *ast.TryStar:
		u.tryStar(n)
	default:
		panic(internalError("unexpected statement %T", s))
	}
}

// returnStmt compiles a return statement.
func (u *unit) returnStmt(n *ast.Return) {
	if u.st.Type != symtable.FunctionBlock {
		u.errorf("'return' outside function")
	}
	if n.Value != nil && u.st.Coroutine && u.st.Generator {
		u.errorf("'return' with value in async generator")
	}
	if n.Value != nil {
		u.expr(n.Value)
	} else {
		u.loadConst(py.None)
	}
	u.emit(vm.RETURN_VALUE)
}

// loopIndex is the index of the innermost loop in the block stack, or -1.
func (u *unit) loopIndex() int {
	for i := len(u.blocks) - 1; i >= 0; i-- {
		if u.blocks[i].kind == blockLoop {
			return i
		}
	}
	return -1
}

func (u *unit) pushBlock(kind blockKind) {
	u.blocks = append(u.blocks, block{kind: kind})
}

func (u *unit) popBlock() { u.blocks = u.blocks[:len(u.blocks)-1] }

// continueStmt jumps straight back when no try, with or except block lies between the
// continue and its loop, and otherwise lets CONTINUE_LOOP unwind those blocks. In a loop
// whose body is wrapped (see loop.go) it leaves the inner pseudo-loop instead.
func (u *unit) continueStmt() {
	i := u.loopIndex()
	if i < 0 {
		u.errorf("'continue' not properly in loop")
	}
	switch {
	case u.blocks[i].wrapped:
		u.emit(vm.BREAK_LOOP)
	case i == len(u.blocks)-1 || u.blocks[i].noBlock:
		u.jump(vm.JUMP_ABSOLUTE, u.blocks[i].start)
	default:
		u.jump(vm.CONTINUE_LOOP, u.blocks[i].start)
	}
}

// breakStmt leaves the innermost loop; in a wrapped loop body it goes through the
// pseudo-loops' exit (see loop.go).
func (u *unit) breakStmt() {
	i := u.loopIndex()
	if i < 0 {
		u.errorf("'break' outside loop")
	}
	switch b := u.blocks[i]; {
	case b.wrapped:
		u.jump(vm.CONTINUE_LOOP, b.breakTo)
	case b.noBlock:
		if b.popIter {
			u.emit(vm.POP_TOP)
			if b.popChecked {
				u.emit(vm.POP_TOP)
			}
		}
		u.jump(vm.JUMP_ABSOLUTE, b.breakTo)
	default:
		u.emit(vm.BREAK_LOOP)
	}
}

// ifStmt compiles if/elif/else.
func (u *unit) ifStmt(n *ast.If) {
	end := newLabel()
	orelse := newLabel()
	u.jumpIf(n.Test, false, orelse)
	u.stmts(n.Body)
	if len(n.Orelse) > 0 {
		if !u.endsInJump() {
			u.jump(vm.JUMP_FORWARD, end)
		}
		u.bind(orelse)
		u.stmts(n.Orelse)
	} else {
		u.bind(orelse)
	}
	u.bind(end)
}

// endsInJump reports whether control cannot fall through the last instruction.
func (u *unit) endsInJump() bool {
	if len(u.instrs) == 0 || u.targeted() {
		return false
	}
	switch u.instrs[len(u.instrs)-1].op {
	case vm.RETURN_VALUE, vm.JUMP_ABSOLUTE, vm.JUMP_FORWARD, vm.RAISE_VARARGS, vm.CONTINUE_LOOP, vm.BREAK_LOOP:
		return true
	}
	return false
}

// importStmt compiles "import a.b.c [as d], ...".
func (u *unit) importStmt(n *ast.Import) {
	for _, alias := range n.Names {
		u.loadConst(py.Int(0))
		u.loadConst(py.None)
		u.emitArg(vm.IMPORT_NAME, u.name(alias.Name))
		parts := strings.Split(alias.Name, ".")
		if alias.Asname != "" {
			for _, attr := range parts[1:] {
				u.emitArg(vm.LOAD_ATTR, u.name(attr))
			}
			u.nameOp(alias.Asname, ast.Store)
		} else {
			u.nameOp(parts[0], ast.Store)
		}
	}
}

// importFrom compiles "from module import names".
func (u *unit) importFrom(n *ast.ImportFrom) {
	if n.Module == "__future__" && n.Level == 0 {
		if n.Lineno > u.c.symbols.Future.Lineno {
			u.errorf("from __future__ imports must occur at the beginning of the file")
		}
		return // the features are compile-time only (symtable.Future)
	}
	names := make(py.Tuple, len(n.Names))
	for i, alias := range n.Names {
		names[i] = py.String(alias.Name)
	}
	u.loadConst(py.Int(n.Level))
	u.loadConst(names)
	u.emitArg(vm.IMPORT_NAME, u.name(n.Module))
	for _, alias := range n.Names {
		if alias.Name == "*" {
			u.emit(vm.IMPORT_STAR)
			return
		}
		u.emitArg(vm.IMPORT_FROM, u.name(alias.Name))
		store := alias.Name
		if alias.Asname != "" {
			store = alias.Asname
		}
		u.nameOp(store, ast.Store)
	}
	u.emit(vm.POP_TOP)
}

// inHandler reports whether the code being compiled lies in an except clause or a finally
// body of this unit, where gpython's bare raise finds the exception itself.
func (u *unit) inHandler() bool {
	for _, b := range u.blocks {
		if b.kind == blockHandler || b.kind == blockFinallyBody {
			return true
		}
	}
	return false
}

// helperReraise raises the exception a caller is handling, or CPython's RuntimeError.
var helperReraise = newHelper("<reraise>", func(args py.Tuple) (py.Object, error) {
	if RT.Reraise != nil {
		if err := RT.Reraise(); err != nil {
			return nil, err
		}
	}
	return nil, py.ExceptionNewf(py.RuntimeError, "No active exception to reraise")
})

// raise compiles "raise exc" and "raise exc from cause" (cause nil: no from clause) as a
// call of helperRaise, which never returns normally. The RAISE_VARARGS 1 after the call
// is never reached; it ends the block for the stack-depth and reachability analyses.
func (u *unit) raise(exc, cause ast.ExprNode) {
	u.loadConst(helperRaise)
	u.expr(exc)
	if cause == nil {
		u.emitArg(vm.CALL_FUNCTION, 1)
	} else {
		u.expr(cause)
		u.emitArg(vm.CALL_FUNCTION, 2)
	}
	u.emitArg(vm.RAISE_VARARGS, 1)
}

// helperRaise(exc) and helperRaise(exc, cause) raise exc through RT.Raise.
var helperRaise = newHelper("<raise>", func(args py.Tuple) (py.Object, error) {
	raise := RT.Raise
	if raise == nil {
		raise = defaultRaise
	}
	if len(args) == 2 {
		return nil, raise(args[0], args[1], true)
	}
	return nil, raise(args[0], nil, false)
})

// defaultRaise raises gpython's own exceptions, for the compiler used without the object
// model: a class is called, a cause recorded when it is an exception or None.
func defaultRaise(exc, cause py.Object, hasCause bool) error {
	if t, ok := exc.(*py.Type); ok && t.IsSubtype(py.BaseException) {
		v, err := py.Call(t, nil, nil)
		if err != nil {
			return err
		}
		exc = v
	}
	e, ok := exc.(*py.Exception)
	if !ok {
		return py.ExceptionNewf(py.TypeError, "exceptions must derive from BaseException")
	}
	if hasCause {
		e.Cause = cause
	}
	return py.ExceptionInfo{Type: e.Type(), Value: e}
}
