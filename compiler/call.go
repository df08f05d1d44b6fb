package compiler

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
	"github.com/gopyrt/gopy/internal/syntax/symtable"
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
func (u *unit) compareOp(op ast.CmpOp, left, right ast.ExprNode) {
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
func (u *unit) orderHelper(op ast.CmpOp, left, right ast.ExprNode) *helper {
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

// isGlobalName reports whether n refers to a global or builtin here.
func (u *unit) isGlobalName(n string) bool {
	switch u.scope(u.mangle(n)) {
	case symtable.GlobalImplicit, symtable.GlobalExplicit, 0:
		return true
	}
	return false
}

// call compiles a call expression.
func (u *unit) call(n *ast.Call) {
	if name, ok := n.Func.(*ast.Name); ok && len(n.Args) == 0 && len(n.Keywords) == 0 {
		if name.Id == "super" && u.isGlobalName("super") && u.kind != scopeModule && u.kind != scopeClass {
			u.zeroArgSuper(n)
			return
		}
		if name.Id == "vars" || name.Id == "dir" {
			u.callWithLocals(n)
			return
		}
	}
	u.expr(n.Func)
	if starredCall(n.Args, n.Keywords) {
		u.beginStarredCall(n.Keywords)
	}
	u.callArgs(0, n, n.Args, n.Keywords)
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
	if u.scope("__class__") != symtable.Free {
		u.loadConst(helperSuperNoClass)
		u.emitArg(vm.CALL_FUNCTION, 0)
		return
	}
	u.expr(n.Func)
	u.nameOp("__class__", ast.Load)
	u.nameOp(u.code.Varnames[0], ast.Load)
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
	u.emitArg(vm.CALL_FUNCTION, 2)
}

// validateKeywords rejects keyword arguments named __debug__ and repeated ones, as
// compile.c's validate_keywords.
func (u *unit) validateKeywords(keywords []*ast.Keyword) {
	for i, kw := range keywords {
		if kw.Arg == "" {
			continue
		}
		u.forbiddenName(kw.Arg, ast.Store)
		for _, other := range keywords[i+1:] {
			if other.Arg == kw.Arg {
				u.errorAt(other, "keyword argument repeated: %s", kw.Arg)
			}
		}
	}
}

// callArgs compiles the arguments of a call whose callable (and extra positional
// arguments) are already on the stack, then the call; the instructions of the call
// itself get the location of node. A call with * or ** arguments (starredCall) must have
// been begun by beginStarredCall.
func (u *unit) callArgs(extra int, node ast.Located, args []ast.ExprNode, keywords []*ast.Keyword) {
	u.validateKeywords(keywords)
	if starredCall(args, keywords) {
		u.starredCallArgs(extra, node, args, keywords)
		return
	}
	npos := extra + len(args)
	if npos > 0xFF || len(keywords) > 0xFF {
		u.errorAt(node, "more than 255 arguments")
	}
	for _, a := range args {
		u.expr(a)
	}
	for _, kw := range keywords {
		u.loadConst(py.String(kw.Arg))
		u.expr(kw.Value)
	}
	saved := u.at(node)
	u.emitArg(vm.CALL_FUNCTION, uint32(npos|len(keywords)<<8))
	u.loc = saved
}
