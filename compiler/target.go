package compiler

import (
	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// store compiles the assignment of the value on top of the stack to target t.
func (u *unit) store(t ast.Expr) {
	saved := u.line
	u.line = t.GetLineno()
	defer func() { u.line = saved }()
	switch n := t.(type) {
	case *ast.Name:
		u.checkAssignable(n, string(n.Id))
		u.nameOp(string(n.Id), ast.Store)
	case *ast.Attribute:
		if n.Attr == "__debug__" {
			u.syntaxError(n, "cannot assign to __debug__")
		}
		u.expr(n.Value)
		u.line = t.GetLineno()
		u.emitArg(vm.STORE_ATTR, u.name(u.mangle(string(n.Attr))))
	case *ast.Subscript:
		u.expr(n.Value)
		u.slice(n.Slice)
		u.line = t.GetLineno()
		u.emit(vm.STORE_SUBSCR)
	case *ast.Tuple:
		u.unpack(n, n.Elts)
	case *ast.List:
		u.unpack(n, n.Elts)
	case *ast.Starred:
		u.syntaxError(n, "starred assignment target must be in a list or tuple")
	default:
		u.syntaxError(t, "cannot assign to %s", describe(t))
	}
}

// checkAssignable rejects names that cannot be bound.
func (u *unit) checkAssignable(node ast.Ast, name string) {
	if name == "__debug__" {
		u.syntaxError(node, "cannot assign to __debug__")
	}
}

// unpack compiles the unpacking of the value on top of the stack into elts: helperUnpack
// checks it and turns it into exactly the items the targets take.
func (u *unit) unpack(target ast.Expr, elts []ast.Expr) {
	n, star := u.unpackCheck(target, elts)
	u.loadConst(helperUnpack)
	u.emit(vm.ROT_TWO)
	u.loadConst(py.Int(n))
	u.loadConst(py.Int(star))
	u.emitArg(vm.CALL_FUNCTION, 3)
	u.unpackExact(elts)
}

// unpackCheck rejects the target lists CPython rejects and returns their shape.
func (u *unit) unpackCheck(target ast.Expr, elts []ast.Expr) (n, star int) {
	n, star = unpackShape(elts)
	for i, e := range elts {
		if _, ok := e.(*ast.Starred); ok && i > star {
			u.syntaxError(target, "multiple starred expressions in assignment")
		}
	}
	if star >= 0 && (star > 0xFF || n-star-1 > 0xFFFFFF) {
		u.syntaxError(elts[star], "too many expressions in star-unpacking assignment")
	}
	return n, star
}

// unpackExact stores the value on top of the stack, a tuple or list with exactly one item
// per target (a list for the starred one), into elts.
func (u *unit) unpackExact(elts []ast.Expr) {
	u.emitArg(vm.UNPACK_SEQUENCE, uint32(len(elts)))
	for _, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			u.store(s.Value)
		} else {
			u.store(e)
		}
	}
}

// storeFrom compiles the assignment of the value of the expression value, just computed
// onto the stack, to t: a display with one item per target is unpacked directly.
func (u *unit) storeFrom(t ast.Expr, value ast.Expr) {
	if elts, ok := unpackTargets(t); ok {
		if n, star := u.unpackCheck(t, elts); exactDisplay(value, n, star) {
			saved := u.line
			u.line = t.GetLineno()
			u.unpackExact(elts)
			u.line = saved
			return
		}
	}
	u.store(t)
}

// storeItem compiles the assignment of an item of a loop's iterator to t; unpacked says
// the iterator was made by iterUnpack, so that the item already fits the targets.
func (u *unit) storeItem(t ast.Expr, unpacked bool) {
	if elts, ok := unpackTargets(t); ok && unpacked {
		saved := u.line
		u.line = t.GetLineno()
		u.unpackExact(elts)
		u.line = saved
		return
	}
	u.store(t)
}

// del compiles "del t".
func (u *unit) del(t ast.Expr) {
	u.line = t.GetLineno()
	switch n := t.(type) {
	case *ast.Name:
		u.nameOp(string(n.Id), ast.Del)
	case *ast.Attribute:
		u.expr(n.Value)
		u.emitArg(vm.DELETE_ATTR, u.name(u.mangle(string(n.Attr))))
	case *ast.Subscript:
		u.expr(n.Value)
		u.slice(n.Slice)
		u.emit(vm.DELETE_SUBSCR)
	case *ast.Tuple:
		for _, e := range n.Elts {
			u.del(e)
		}
	case *ast.List:
		for _, e := range n.Elts {
			u.del(e)
		}
	default:
		u.syntaxError(t, "cannot delete %s", describe(t))
	}
}

// inplaceOps maps augmented assignment operators to their opcodes.
var inplaceOps = map[ast.OperatorNumber]vm.OpCode{
	ast.Add: vm.INPLACE_ADD, ast.Sub: vm.INPLACE_SUBTRACT, ast.Mult: vm.INPLACE_MULTIPLY,
	ast.Div: vm.INPLACE_TRUE_DIVIDE, ast.Modulo: vm.INPLACE_MODULO, ast.Pow: vm.INPLACE_POWER,
	ast.LShift: vm.INPLACE_LSHIFT, ast.RShift: vm.INPLACE_RSHIFT, ast.BitOr: vm.INPLACE_OR,
	ast.BitXor: vm.INPLACE_XOR, ast.BitAnd: vm.INPLACE_AND, ast.FloorDiv: vm.INPLACE_FLOOR_DIVIDE,
}

// augAssign compiles "target op= value". The target is evaluated once; the operation
// goes through a helper where the binary operator would (arithHelper), in place where
// the target can be updated in place (a list's *= through IMul, add.go).
func (u *unit) augAssign(n *ast.AugAssign) {
	h := u.arithHelper(n.Op, n.Target, n.Value, true)
	op := func() {
		u.expr(n.Value)
		u.line = n.Lineno
		if h != nil {
			u.emitArg(vm.CALL_FUNCTION, 2)
			return
		}
		u.emit(inplaceOps[n.Op])
	}
	helper := func() {
		if h != nil {
			u.loadConst(h)
			u.emit(vm.ROT_TWO)
		}
	}
	switch t := n.Target.(type) {
	case *ast.Name:
		u.checkAssignable(t, string(t.Id))
		if h != nil {
			u.loadConst(h)
		}
		u.nameOp(string(t.Id), ast.Load)
		op()
		u.nameOp(string(t.Id), ast.Store)
	case *ast.Attribute:
		u.expr(t.Value)
		u.line = n.Lineno
		u.emit(vm.DUP_TOP)
		u.emitArg(vm.LOAD_ATTR, u.name(u.mangle(string(t.Attr))))
		helper()
		op()
		u.emit(vm.ROT_TWO)
		u.emitArg(vm.STORE_ATTR, u.name(u.mangle(string(t.Attr))))
	case *ast.Subscript:
		u.expr(t.Value)
		u.slice(t.Slice)
		u.line = n.Lineno
		u.emit(vm.DUP_TOP_TWO)
		if u.routeSubscript(t.Value, t.Slice) {
			u.loadConst(helperSubscr)
			u.emit(vm.ROT_THREE)
			u.emitArg(vm.CALL_FUNCTION, 2)
		} else {
			u.emit(vm.BINARY_SUBSCR)
		}
		helper()
		op()
		u.emit(vm.ROT_THREE)
		u.emit(vm.STORE_SUBSCR)
	default:
		u.syntaxError(n.Target, "'%s' is an illegal expression for augmented assignment", describeAug(n.Target))
	}
}

// describe names an expression the way CPython's "cannot assign to" messages do.
func describe(e ast.Expr) string {
	switch n := e.(type) {
	case *ast.Call:
		return "function call"
	case *ast.Num, *ast.Str, *ast.Bytes, *ast.Ellipsis:
		return "literal"
	case *ast.NameConstant:
		switch n.Value {
		case py.True:
			return "True"
		case py.False:
			return "False"
		}
		return "None"
	case *ast.BoolOp, *ast.BinOp, *ast.UnaryOp:
		return "expression"
	case *ast.Lambda:
		return "lambda"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.Yield, *ast.YieldFrom:
		return "yield expression"
	case *ast.Compare:
		return "comparison"
	}
	return "expression"
}

// describeAug names an expression the way CPython's augmented assignment message does.
func describeAug(e ast.Expr) string {
	switch e.(type) {
	case *ast.Tuple:
		return "tuple"
	case *ast.List:
		return "list"
	}
	return describe(e)
}
