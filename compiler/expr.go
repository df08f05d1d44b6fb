package compiler

import (
	"math/big"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
	"github.com/gopyrt/gopy/internal/syntax/symtable"
)

// expr compiles e, leaving its value on the stack. Instructions get the location of the
// innermost node that produces them, as in CPython 3.11.
func (u *unit) expr(e ast.ExprNode) {
	saved := u.at(e)
	u.expr1(e)
	u.loc = saved
}

var binaryOps = map[ast.Operator]vm.OpCode{
	ast.Add: vm.BINARY_ADD, ast.Sub: vm.BINARY_SUBTRACT, ast.Mult: vm.BINARY_MULTIPLY,
	ast.Div: vm.BINARY_TRUE_DIVIDE, ast.Mod: vm.BINARY_MODULO, ast.Pow: vm.BINARY_POWER,
	ast.LShift: vm.BINARY_LSHIFT, ast.RShift: vm.BINARY_RSHIFT, ast.BitOr: vm.BINARY_OR,
	ast.BitXor: vm.BINARY_XOR, ast.BitAnd: vm.BINARY_AND, ast.FloorDiv: vm.BINARY_FLOOR_DIVIDE,
}

var unaryOps = map[ast.UnaryOpKind]vm.OpCode{
	ast.Invert: vm.UNARY_INVERT, ast.Not: vm.UNARY_NOT, ast.UAdd: vm.UNARY_POSITIVE, ast.USub: vm.UNARY_NEGATIVE,
}

func (u *unit) expr1(e ast.ExprNode) {
	switch n := e.(type) {
	case *ast.BoolOp:
		op := vm.JUMP_IF_FALSE_OR_POP
		if n.Op == ast.Or {
			op = vm.JUMP_IF_TRUE_OR_POP
		}
		end := newLabel()
		for i, v := range n.Values {
			u.expr(v)
			if i == len(n.Values)-1 {
				break
			}
			if !u.needsTruth(v) {
				u.jump(op, end)
				continue
			}
			// v, truth(v): jump with v when its truth decides, else drop it.
			u.truthValue()
			if n.Op == ast.Or {
				u.jump(vm.POP_JUMP_IF_TRUE, end)
			} else {
				u.jump(vm.POP_JUMP_IF_FALSE, end)
			}
			u.emit(vm.POP_TOP)
		}
		u.bind(end)
	case *ast.NamedExpr:
		u.expr(n.Value)
		u.emit(vm.DUP_TOP)
		u.store(n.Target)
	case *ast.BinOp:
		if h := u.arithHelper(n.Op, n.Left, n.Right, false); h != nil {
			u.loadConst(h)
			u.expr(n.Left)
			u.expr(n.Right)
			u.emitArg(vm.CALL_FUNCTION, 2)
			return
		}
		u.expr(n.Left)
		u.expr(n.Right)
		u.emit(binaryOps[n.Op])
	case *ast.UnaryOp:
		if c, ok := u.foldUnary(n); ok {
			u.loadConst(c)
			return
		}
		if h := unaryHelpers[n.Op]; h != nil && !u.kindOf(n.Operand).numeric() {
			// gpython's opcodes have no arithmetic on bools (arith.go).
			u.loadConst(h)
			u.expr(n.Operand)
			u.emitArg(vm.CALL_FUNCTION, 1)
			return
		}
		if n.Op == ast.Not && u.needsTruth(n.Operand) {
			u.loadConst(helperNot)
			u.expr(n.Operand)
			u.emitArg(vm.CALL_FUNCTION, 1)
			return
		}
		u.expr(n.Operand)
		u.emit(unaryOps[n.Op])
	case *ast.Lambda:
		u.lambda(n)
	case *ast.IfExp:
		orelse, end := newLabel(), newLabel()
		u.jumpIf(n.Test, false, orelse)
		u.expr(n.Body)
		u.jump(vm.JUMP_FORWARD, end)
		u.bind(orelse)
		u.expr(n.Orelse)
		u.bind(end)
	case *ast.Dict:
		for _, k := range n.Keys {
			if k == nil {
				u.dictDisplay(n)
				return
			}
		}
		u.loadConst(helperDict)
		for i := range n.Keys {
			u.expr(n.Keys[i])
			u.expr(n.Values[i])
		}
		u.callHelperN(2 * len(n.Keys))
	case *ast.Set:
		if hasStarred(n.Elts) {
			u.starredDisplay('s', n.Elts)
			return
		}
		u.loadConst(helperSet)
		for _, x := range n.Elts {
			u.expr(x)
		}
		u.callHelperN(len(n.Elts))
	case *ast.ListComp:
		u.comprehension(n, "<listcomp>", n.Generators, n.Elt, nil)
	case *ast.SetComp:
		u.comprehension(n, "<setcomp>", n.Generators, n.Elt, nil)
	case *ast.DictComp:
		u.comprehension(n, "<dictcomp>", n.Generators, n.Key, n.Value)
	case *ast.GeneratorExp:
		u.comprehension(n, "<genexpr>", n.Generators, n.Elt, nil)
	case *ast.Yield:
		u.checkYield()
		if n.Value != nil {
			u.expr(n.Value)
		} else {
			u.loadConst(py.None)
		}
		u.wrapAsyncYield()
		u.yieldValue()
	case *ast.YieldFrom:
		u.checkYield()
		u.yieldFrom(n)
	case *ast.Await:
		u.await(n)
	case *ast.Compare:
		u.checkCompare(n)
		u.compare(n)
	case *ast.Call:
		u.checkCaller(n)
		u.call(n)
	case *ast.JoinedStr:
		u.joinedStr(n)
	case *ast.FormattedValue:
		u.formattedValue(n)
	case *ast.Constant:
		u.loadConst(constValue(n.Value))
	case *ast.Attribute:
		if u.specialAttr(n) {
			break
		}
		u.expr(n.Value)
		u.at(n)
		u.emitArg(vm.LOAD_ATTR, u.name(u.mangle(n.Attr)))
	case *ast.Subscript:
		u.checkSubscript(n)
		h := u.subscriptHelper(n.Value, n.Slice)
		u.expr(n.Value)
		u.expr(n.Slice)
		u.at(n)
		u.subscript(h)
	case *ast.Slice:
		u.buildSlice(n)
	case *ast.Starred:
		u.errorf("can't use starred expression here")
	case *ast.Name:
		if n.Id == "__debug__" {
			u.loadConst(py.True)
			return
		}
		u.nameOp(n.Id, ast.Load)
	case *ast.List:
		if hasStarred(n.Elts) {
			u.starredDisplay('l', n.Elts)
			return
		}
		for _, x := range n.Elts {
			u.expr(x)
		}
		u.emitArg(vm.BUILD_LIST, uint32(len(n.Elts)))
	case *ast.Tuple:
		if t, ok := constTuple(n); ok {
			u.loadConst(t)
			return
		}
		if hasStarred(n.Elts) {
			u.starredDisplay('t', n.Elts)
			return
		}
		for _, x := range n.Elts {
			u.expr(x)
		}
		u.emitArg(vm.BUILD_TUPLE, uint32(len(n.Elts)))
	default:
		panic(internalError("unexpected expression %T", e))
	}
}

// typeName is the Python class name of a node.
func typeName(n ast.Node) string { return ast.ClassName(n) }

// constValue converts the value of a Constant node to a Python object.
func constValue(v any) py.Object {
	switch x := v.(type) {
	case ast.NoneType:
		return py.None
	case ast.EllipsisType:
		return py.Ellipsis
	case bool:
		return py.NewBool(x)
	case int64:
		return py.Int(x)
	case int:
		return py.Int(x)
	case *big.Int:
		return (*py.BigInt)(new(big.Int).Set(x))
	case float64:
		return py.Float(x)
	case complex128:
		return py.Complex(x)
	case string:
		return py.String(x)
	case ast.Bytes:
		return py.Bytes(x)
	case py.Object: // a tuple or frozenset of a tree built from ast objects
		return x
	}
	panic(internalError("unexpected constant %T", v))
}

// hasStarred reports whether a display has *x items (PEP 448, unpack.go).
func hasStarred(elts []ast.ExprNode) bool {
	for _, x := range elts {
		if _, ok := x.(*ast.Starred); ok {
			return true
		}
	}
	return false
}

// checkYield rejects yield where CPython 3.11's compiler does.
func (u *unit) checkYield() {
	if u.st.Type != symtable.FunctionBlock {
		u.errorf("'yield' outside function")
	}
}

// foldUnary folds -<number> and +<number> into a constant.
func (u *unit) foldUnary(n *ast.UnaryOp) (py.Object, bool) {
	num, ok := n.Operand.(*ast.Constant)
	if !ok || (n.Op != ast.USub && n.Op != ast.UAdd) {
		return nil, false
	}
	v := constValue(num.Value)
	switch v.(type) {
	case py.Int, py.Float, py.Complex, *py.BigInt:
	default:
		return nil, false
	}
	var r py.Object
	var err error
	if n.Op == ast.USub {
		r, err = py.Neg(v)
	} else {
		r, err = py.Pos(v)
	}
	return r, err == nil
}

// constTuple returns the tuple a display of literals evaluates to.
func constTuple(n *ast.Tuple) (py.Tuple, bool) {
	t := make(py.Tuple, len(n.Elts))
	for i, e := range n.Elts {
		switch x := e.(type) {
		case *ast.Constant:
			if _, ok := x.Value.(ast.EllipsisType); ok {
				return nil, false
			}
			t[i] = constValue(x.Value)
		case *ast.Tuple:
			sub, ok := constTuple(x)
			if !ok {
				return nil, false
			}
			t[i] = sub
		default:
			return nil, false
		}
	}
	return t, true
}

// callHelperN calls the helper loaded before n arguments, passing them through a tuple
// when there are more than CALL_FUNCTION's 255.
func (u *unit) callHelperN(n int) {
	if n <= 0xFF {
		u.emitArg(vm.CALL_FUNCTION, uint32(n))
		return
	}
	u.emitArg(vm.BUILD_TUPLE, uint32(n))
	u.emitArg(vm.CALL_FUNCTION_VAR, 0)
}

func (u *unit) buildSlice(n *ast.Slice) {
	for _, x := range []ast.ExprNode{n.Lower, n.Upper} {
		if x != nil {
			u.expr(x)
		} else {
			u.loadConst(py.None)
		}
	}
	if n.Step != nil {
		u.expr(n.Step)
		u.emitArg(vm.BUILD_SLICE, 3)
		return
	}
	u.emitArg(vm.BUILD_SLICE, 2)
}

// jumpIf compiles e as a condition: jump to target when its truth equals cond, fall
// through otherwise. "not", "and" and "or" become jumps instead of values.
func (u *unit) jumpIf(e ast.ExprNode, cond bool, target *label) {
	saved := u.at(e)
	defer func() { u.loc = saved }()
	switch n := e.(type) {
	case *ast.UnaryOp:
		if n.Op == ast.Not {
			u.jumpIf(n.Operand, !cond, target)
			return
		}
	case *ast.BoolOp:
		// "a and b" is true when both are; "a or b" when either is.
		all := n.Op == ast.And
		if all != cond {
			// Jump to target as soon as one value decides it.
			for _, v := range n.Values {
				u.jumpIf(v, cond, target)
			}
			return
		}
		next := newLabel()
		for _, v := range n.Values[:len(n.Values)-1] {
			u.jumpIf(v, !cond, next)
		}
		u.jumpIf(n.Values[len(n.Values)-1], cond, target)
		u.bind(next)
		return
	}
	if u.needsTruth(e) {
		u.loadConst(helperTruth)
		u.expr(e)
		u.emitArg(vm.CALL_FUNCTION, 1)
	} else {
		u.expr(e)
	}
	if cond {
		u.jump(vm.POP_JUMP_IF_TRUE, target)
	} else {
		u.jump(vm.POP_JUMP_IF_FALSE, target)
	}
}

// yieldFrom compiles "yield from x" as the loop of await (delegate, await.go), because
// gpython's YIELD_FROM leaves the sub-iterator, not its return value, as the result and
// cannot pass throw() on.
func (u *unit) yieldFrom(n *ast.YieldFrom) {
	u.checkYieldFrom()
	u.expr(n.Value)
	u.emit(vm.GET_ITER)
	u.delegate()
}

// joinedStr compiles an f-string: its parts joined by helperJoin (a lone part needs no
// join).
func (u *unit) joinedStr(n *ast.JoinedStr) {
	switch len(n.Values) {
	case 0:
		u.loadConst(py.String(""))
		return
	case 1:
		u.expr(n.Values[0])
		return
	}
	u.loadConst(helperJoin)
	for _, p := range n.Values {
		u.expr(p)
	}
	u.callHelperN(len(n.Values))
}

// formattedValue compiles a replacement field of an f-string: its value formatted by
// the helper of its conversion, with the format spec when there is one.
func (u *unit) formattedValue(n *ast.FormattedValue) {
	conv := ""
	if n.Conversion != -1 {
		conv = string(rune(n.Conversion))
	}
	h, ok := formatHelpers[conv]
	if !ok || n.Conversion == 0 {
		panic(py.ExceptionNewf(py.SystemError, "Unrecognized conversion character %d", n.Conversion))
	}
	u.loadConst(h)
	u.expr(n.Value)
	nargs := uint32(1)
	if n.FormatSpec != nil {
		u.expr(n.FormatSpec)
		nargs++
	}
	u.at(n)
	u.emitArg(vm.CALL_FUNCTION, nargs)
}
