package compiler

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
	"github.com/gopyrt/gopy/internal/syntax/symtable"
)

// store compiles the assignment of the value on top of the stack to target t.
func (u *unit) store(t ast.ExprNode) {
	saved := u.at(t)
	defer func() { u.loc = saved }()
	switch n := t.(type) {
	case *ast.Name:
		u.nameOp(n.Id, ast.Store)
	case *ast.Attribute:
		u.forbiddenName(n.Attr, ast.Store)
		u.expr(n.Value)
		u.emitArg(vm.STORE_ATTR, u.name(u.mangle(n.Attr)))
	case *ast.Subscript:
		if _, ok := n.Slice.(*ast.Slice); ok {
			u.storeSlice(func() {
				u.expr(n.Value)
				u.expr(n.Slice)
			})
			u.rebindPoint(true, true) // what the slice held may be dropped
			return
		}
		u.expr(n.Value)
		u.expr(n.Slice)
		u.emit(vm.STORE_SUBSCR)
	case *ast.Tuple:
		u.unpack(n, n.Elts)
	case *ast.List:
		u.unpack(n, n.Elts)
	case *ast.Starred:
		u.errorf("starred assignment target must be in a list or tuple")
	default:
		panic(internalError("unexpected assignment target %T", t))
	}
}

// unpack compiles the unpacking of the value on top of the stack into elts: helperUnpack
// checks it and turns it into exactly the items the targets take.
func (u *unit) unpack(target ast.ExprNode, elts []ast.ExprNode) {
	n, star := u.unpackCheck(target, elts)
	u.loadConst(helperUnpack)
	u.emit(vm.ROT_TWO)
	u.loadConst(py.Int(n))
	u.loadConst(py.Int(star))
	u.emitArg(vm.CALL_FUNCTION, 3)
	u.unpackExact(elts)
}

// unpackCheck rejects the target lists CPython rejects and returns their shape.
func (u *unit) unpackCheck(target ast.ExprNode, elts []ast.ExprNode) (n, star int) {
	n, star = unpackShape(elts)
	for i, e := range elts {
		if _, ok := e.(*ast.Starred); ok && i > star {
			u.errorAt(target, "multiple starred expressions in assignment")
		}
	}
	if star >= 0 && (star > 0xFF || n-star-1 > 0xFFFFFF) {
		u.errorAt(target, "too many expressions in star-unpacking assignment")
	}
	return n, star
}

// unpackExact stores the value on top of the stack, a tuple or list with exactly one item
// per target (a list for the starred one), into elts.
func (u *unit) unpackExact(elts []ast.ExprNode) {
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
func (u *unit) storeFrom(t ast.ExprNode, value ast.ExprNode) {
	if elts, ok := unpackTargets(t); ok {
		if n, star := u.unpackCheck(t, elts); exactDisplay(value, n, star) {
			saved := u.at(t)
			u.unpackExact(elts)
			u.loc = saved
			return
		}
	}
	u.store(t)
}

// storeItem compiles the assignment of an item of a loop's iterator to t; unpacked says
// the iterator was made by iterUnpack, so that the item already fits the targets.
func (u *unit) storeItem(t ast.ExprNode, unpacked bool) {
	if elts, ok := unpackTargets(t); ok && unpacked {
		saved := u.at(t)
		u.unpackExact(elts)
		u.loc = saved
		return
	}
	u.store(t)
}

// del compiles "del t".
func (u *unit) del(t ast.ExprNode) {
	saved := u.at(t)
	defer func() { u.loc = saved }()
	switch n := t.(type) {
	case *ast.Name:
		if scope := u.scope(u.mangle(n.Id)); u.kind != scopeClass && scope != symtable.Free && scope != symtable.Cell {
			// what the name holds is handed to RT.BeforeDrop first (delpoint.go)
			u.loadConst(helperBeforeDrop)
			u.nameOp(n.Id, ast.Load)
			u.emitArg(vm.CALL_FUNCTION, 1)
			u.emit(vm.POP_TOP)
		}
		u.nameOp(n.Id, ast.Del)
	case *ast.Attribute:
		u.expr(n.Value)
		u.emitArg(vm.DELETE_ATTR, u.name(u.mangle(n.Attr)))
	case *ast.Subscript:
		u.delSubscript(func() {
			u.expr(n.Value)
			u.expr(n.Slice)
		})
	case *ast.Tuple:
		for _, e := range n.Elts {
			u.del(e)
		}
	case *ast.List:
		for _, e := range n.Elts {
			u.del(e)
		}
	default:
		panic(internalError("unexpected del target %T", t))
	}
}

// inplaceOps maps augmented assignment operators to their opcodes.
var inplaceOps = map[ast.Operator]vm.OpCode{
	ast.Add: vm.INPLACE_ADD, ast.Sub: vm.INPLACE_SUBTRACT, ast.Mult: vm.INPLACE_MULTIPLY,
	ast.Div: vm.INPLACE_TRUE_DIVIDE, ast.Mod: vm.INPLACE_MODULO, ast.Pow: vm.INPLACE_POWER,
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
		u.at(n)
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
		if h != nil {
			u.loadConst(h)
		}
		u.at(t)
		u.nameOp(t.Id, ast.Load)
		op()
		u.at(t)
		u.nameOp(t.Id, ast.Store)
	case *ast.Attribute:
		u.forbiddenName(t.Attr, ast.Store)
		u.expr(t.Value)
		u.at(t)
		u.emit(vm.DUP_TOP)
		u.emitArg(vm.LOAD_ATTR, u.name(u.mangle(t.Attr)))
		helper()
		op()
		u.at(t)
		u.emit(vm.ROT_TWO)
		u.emitArg(vm.STORE_ATTR, u.name(u.mangle(t.Attr)))
	case *ast.Subscript:
		u.expr(t.Value)
		u.expr(t.Slice)
		u.at(t)
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
		u.at(t)
		u.emit(vm.ROT_THREE)
		u.emit(vm.STORE_SUBSCR)
	default:
		panic(internalError("unexpected augmented assignment target %T", n.Target))
	}
}
