package compiler

import (
	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/symtable"
	"github.com/go-python/gpython/vm"
)

// compareArgs maps comparison operators to COMPARE_OP arguments.
var compareArgs = map[ast.CmpOp]uint32{
	ast.Eq: vm.PyCmp_EQ, ast.NotEq: vm.PyCmp_NE, ast.Lt: vm.PyCmp_LT, ast.LtE: vm.PyCmp_LE,
	ast.Gt: vm.PyCmp_GT, ast.GtE: vm.PyCmp_GE, ast.Is: vm.PyCmp_IS, ast.IsNot: vm.PyCmp_IS_NOT,
	ast.In: vm.PyCmp_IN, ast.NotIn: vm.PyCmp_NOT_IN,
}

// compare compiles a (possibly chained) comparison.
//
//	a < b < c:   a; b; DUP_TOP; ROT_THREE; <a<b>; JUMP_IF_FALSE_OR_POP cleanup
//	             c; <b<c>; JUMP_FORWARD end
//	cleanup:     ROT_TWO; POP_TOP
//	end:
func (u *unit) compare(n *ast.Compare) {
	if len(n.Ops) == 1 {
		// A routed comparison loads its helper first: no ROT_THREE needed.
		h := u.orderHelper(n.Ops[0], n.Left, n.Comparators[0])
		if h != nil {
			u.loadConst(h)
		}
		u.expr(n.Left)
		u.expr(n.Comparators[0])
		u.line = n.Lineno
		if h != nil {
			u.emitArg(vm.CALL_FUNCTION, 2)
		} else {
			u.emitArg(vm.COMPARE_OP, compareArgs[n.Ops[0]])
		}
		return
	}
	u.expr(n.Left)
	cleanup, end := newLabel(), newLabel()
	left := n.Left
	for i, op := range n.Ops {
		right := n.Comparators[i]
		u.expr(right)
		u.line = n.Lineno
		if i < len(n.Ops)-1 {
			u.emit(vm.DUP_TOP)
			u.emit(vm.ROT_THREE)
			u.compareOp(op, left, right)
			u.jump(vm.JUMP_IF_FALSE_OR_POP, cleanup)
		} else {
			u.compareOp(op, left, right)
		}
		left = right
	}
	u.jump(vm.JUMP_FORWARD, end)
	u.bind(cleanup)
	u.emit(vm.ROT_TWO)
	u.emit(vm.POP_TOP)
	u.bind(end)
}

// compareOp compares the two values on top of the stack, through RT.Compare unless
// gpython's COMPARE_OP is known to be right for them (scalars.go).
func (u *unit) compareOp(op ast.CmpOp, left, right ast.Expr) {
	if h := u.orderHelper(op, left, right); h != nil {
		u.loadConst(h)
		u.emit(vm.ROT_THREE)
		u.emitArg(vm.CALL_FUNCTION, 2)
		return
	}
	u.emitArg(vm.COMPARE_OP, compareArgs[op])
}

// orderHelper returns the helper a comparison goes through, or nil when COMPARE_OP
// compares its operands as CPython does (scalars.go, routed.go).
func (u *unit) orderHelper(op ast.CmpOp, left, right ast.Expr) *helper {
	switch op {
	case ast.In, ast.NotIn:
		// "in" goes through RT.Contains (routed.go), except in a str.
		if u.kindOf(right) == kindStr {
			return nil
		}
		if op == ast.In {
			return helperIn
		}
		return helperNotIn
	}
	h := compareHelpers[op]
	if (op == ast.Is || op == ast.IsNot) && (isSingletonLiteral(left) || isSingletonLiteral(right)) {
		return nil
	}
	if h == nil || compareSafe(u.kindOf(left), u.kindOf(right)) {
		return nil
	}
	return h
}

// call compiles a call expression.
func (u *unit) call(n *ast.Call) {
	if name, ok := n.Func.(*ast.Name); ok {
		if u.c.src.isMarker(name) {
			u.fstringMarker(n)
			return
		}
		if name.Id == "super" && len(n.Args) == 0 && len(n.Keywords) == 0 && n.Starargs == nil && n.Kwargs == nil &&
			u.isGlobalName("super") && u.kind != scopeModule && u.kind != scopeClass {
			u.zeroArgSuper(n)
			return
		}
		if (name.Id == "vars" || name.Id == "dir") && len(n.Args) == 0 && len(n.Keywords) == 0 && n.Starargs == nil &&
			n.Kwargs == nil {
			u.callWithLocals(n)
			return
		}
	}
	u.expr(n.Func)
	u.callArgs(0, n, n.Args, n.Keywords, n.Starargs, n.Kwargs)
}

// zeroArgSuper compiles super() inside a function as super(__class__, <first argument>),
// CPython's own semantics, so no runtime call stack is needed.
func (u *unit) zeroArgSuper(n *ast.Call) {
	// CPython checks for a first argument before it looks for the __class__ cell.
	if u.code.Argcount == 0 {
		u.loadConst(helperSuperNoArgs)
		u.emitArg(vm.CALL_FUNCTION, 0)
		return
	}
	if u.st.GetScope("__class__") != symtable.ScopeFree {
		u.loadConst(helperSuperNoClass)
		u.emitArg(vm.CALL_FUNCTION, 0)
		return
	}
	u.expr(n.Func)
	u.nameOp("__class__", ast.Load)
	u.nameOp(u.code.Varnames[0], ast.Load)
	u.line = n.Lineno
	u.emitArg(vm.CALL_FUNCTION, 2)
}

// callWithLocals compiles vars() or dir() as <callNoArgs>(fn, locals()): the builtins
// read the caller's namespace, which a Go function cannot reach, so the frame's locals
// (gpython's internal locals(), loaded as a constant) go to RT.CallNoArgs with the callable.
func (u *unit) callWithLocals(n *ast.Call) {
	u.loadConst(helperCallNoArgs)
	u.expr(n.Func)
	u.loadConst(localsMethod)
	u.emitArg(vm.CALL_FUNCTION, 0)
	u.line = n.Lineno
	u.emitArg(vm.CALL_FUNCTION, 2)
}

// before reports whether position a comes before position b in the source.
func before(a, b ast.Ast) bool {
	if a.GetLineno() != b.GetLineno() {
		return a.GetLineno() < b.GetLineno()
	}
	return a.GetColOffset() < b.GetColOffset()
}

// callArgs compiles the arguments of a call whose callable (and extra positional
// arguments) are already on the stack, then the call.
func (u *unit) callArgs(extra int, call ast.Ast, args []ast.Expr, keywords []*ast.Keyword, starargs, kwargs ast.Expr) {
	if len(keywords) > 0 {
		for _, a := range args {
			if before(keywords[0], a) {
				u.syntaxErrorAtClose(call, "positional argument follows keyword argument")
			}
		}
	}
	if kwargs != nil {
		for _, a := range args {
			if before(kwargs, a) {
				u.syntaxErrorAtClose(call, "positional argument follows keyword argument unpacking")
			}
		}
		if starargs != nil && before(kwargs, starargs) {
			u.syntaxError(starargs, "iterable argument unpacking follows keyword argument unpacking")
		}
	}
	if len(args)+len(keywords) > 1 || (len(args) > 0 && (starargs != nil || kwargs != nil)) {
		for _, a := range args {
			if g, ok := a.(*ast.GeneratorExp); ok && u.c.src.charAt(g.Lineno, g.ColOffset) != '(' {
				u.syntaxError(g, "Generator expression must be parenthesized")
			}
		}
	}
	npos := extra + len(args)
	if npos > 0xFF || len(keywords) > 0xFF {
		u.syntaxError(call, "more than 255 arguments")
	}
	for _, a := range args {
		u.expr(a)
	}
	seen := map[ast.Identifier]bool{}
	for _, kw := range keywords {
		if kw.Arg == "__debug__" {
			u.syntaxError(call, "cannot assign to __debug__")
		}
		if seen[kw.Arg] {
			u.syntaxError(kw, "keyword argument repeated: %s", kw.Arg)
		}
		seen[kw.Arg] = true
		u.loadConst(py.String(kw.Arg))
		u.expr(kw.Value)
	}
	op := vm.CALL_FUNCTION
	if starargs != nil {
		u.expr(starargs)
		op = vm.CALL_FUNCTION_VAR
	}
	if kwargs != nil {
		u.loadConst(helperKwargs)
		u.expr(kwargs)
		u.emitArg(vm.CALL_FUNCTION, 1)
		if op == vm.CALL_FUNCTION_VAR {
			op = vm.CALL_FUNCTION_VAR_KW
		} else {
			op = vm.CALL_FUNCTION_KW
		}
	}
	u.line = call.GetLineno()
	u.emitArg(op, uint32(npos|len(keywords)<<8))
}

// fstringMarker compiles the call the prepass substituted for an f-string:
// __f__(part, ...) joins its parts, each a str literal or __fv__(value, conv[, spec]).
func (u *unit) fstringMarker(n *ast.Call) {
	name := n.Func.(*ast.Name)
	if name.Id == markerValue {
		u.formatValue(n)
		return
	}
	parts := n.Args
	if len(parts) == 1 {
		if c, ok := parts[0].(*ast.Call); ok && u.isMarkerCall(c) {
			u.expr(c) // a lone field needs no join
			return
		}
	}
	if len(parts) == 0 {
		u.loadConst(py.String(""))
		return
	}
	if len(parts) == 1 {
		if s, ok := parts[0].(*ast.Str); ok {
			u.loadConst(s.S)
			return
		}
	}
	u.loadConst(helperJoin)
	for _, p := range parts {
		u.expr(p)
	}
	u.callHelperN(len(parts))
}

func (u *unit) isMarkerCall(c *ast.Call) bool {
	name, ok := c.Func.(*ast.Name)
	return ok && u.c.src.isMarker(name)
}

// formatValue compiles __fv__(value, conv[, spec]).
func (u *unit) formatValue(n *ast.Call) {
	if len(n.Args) < 2 || len(n.Args) > 3 {
		panic(internalError("bad f-string field"))
	}
	conv, ok := n.Args[1].(*ast.Str)
	if !ok {
		panic(internalError("bad f-string conversion"))
	}
	u.loadConst(formatHelpers[string(conv.S)])
	u.expr(n.Args[0])
	nargs := uint32(1)
	if len(n.Args) == 3 {
		u.expr(n.Args[2])
		nargs++
	}
	u.line = n.Lineno
	u.emitArg(vm.CALL_FUNCTION, nargs)
}
