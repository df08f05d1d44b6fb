package compiler

import (
	"fmt"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/syntax"
	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// The SyntaxWarnings of CPython 3.11's code generator: "is" with a literal, an assert of a
// non-empty tuple, and calls or subscripts of displays and literals that cannot work
// ("perhaps you missed a comma?"). They go through syntax.Warn (warnings.warn_explicit
// with the file name and the line of the node being compiled), so the warnings filters
// decide; one the filters make an error becomes a SyntaxError at the node, as compile.c's
// compiler_warn does. CPython checks the tree its AST optimizer folded, so what that
// optimizer would fold into a constant (-1, (1, 2), 2**-1, "a" * 2) counts as a literal
// here too (foldedType).

// warnAt issues the SyntaxWarning msg at node n.
func (u *unit) warnAt(n ast.Located, msg string) {
	syntax.NoteWarning()
	if syntax.Warn == nil {
		return
	}
	pos := *n.Loc()
	switch err := syntax.Warn("SyntaxWarning", msg, u.c.filename, pos.Lineno); {
	case err == syntax.ErrWarningRaised:
		panic(&compileError{msg: msg, pos: pos})
	case err != nil:
		if e, ok := err.(*py.Exception); ok {
			panic(e)
		}
		if e, ok := err.(py.ExceptionInfo); ok {
			panic(e)
		}
		panic(py.ExceptionNewf(py.SystemError, "%v", err))
	}
}

// checkCompare warns about "is" and "is not" with a literal operand (check_compare).
func (u *unit) checkCompare(n *ast.Compare) {
	left := isArg(n.Left)
	for i, op := range n.Ops {
		right := isArg(n.Comparators[i])
		if (op == ast.Is || op == ast.IsNot) && (!left || !right) {
			if op == ast.Is {
				u.warnAt(n, `"is" with a literal. Did you mean "=="?`)
			} else {
				u.warnAt(n, `"is not" with a literal. Did you mean "!="?`)
			}
			return
		}
		left = right
	}
}

// isArg reports whether e may be an operand of "is": anything but a literal other than
// None, True, False and Ellipsis.
func isArg(e ast.ExprNode) bool {
	switch foldedType(e) {
	case "", "NoneType", "bool", "ellipsis":
		return true
	}
	return false
}

// checkAssert warns about an assert whose test is a non-empty tuple.
func (u *unit) checkAssert(n *ast.Assert) {
	t, ok := n.Test.(*ast.Tuple)
	if ok && len(t.Elts) > 0 {
		u.warnAt(n, "assertion is always true, perhaps remove parentheses?")
	}
}

// checkCaller warns about a call of a display or a literal (check_caller).
func (u *unit) checkCaller(call *ast.Call) {
	name := foldedType(call.Func)
	if name == "" {
		switch call.Func.(type) {
		case *ast.Tuple, *ast.List, *ast.ListComp, *ast.Dict, *ast.DictComp, *ast.Set,
			*ast.SetComp, *ast.GeneratorExp, *ast.JoinedStr, *ast.FormattedValue:
			name = inferType(call.Func)
		default:
			return
		}
	}
	u.warnAt(call, fmt.Sprintf("'%s' object is not callable; perhaps you missed a comma?", name))
}

// checkSubscript warns about subscripts that cannot work (check_subscripter and
// check_index).
func (u *unit) checkSubscript(n *ast.Subscript) {
	value := n.Value
	switch t := foldedType(value); t {
	case "NoneType", "ellipsis", "int", "bool", "float", "complex", "set", "frozenset":
		u.warnAt(n, fmt.Sprintf("'%s' object is not subscriptable; perhaps you missed a comma?", t))
		return
	case "":
		switch value.(type) {
		case *ast.Set, *ast.SetComp, *ast.GeneratorExp, *ast.Lambda:
			u.warnAt(n, fmt.Sprintf("'%s' object is not subscriptable; perhaps you missed a comma?", inferType(value)))
			return
		}
	}
	index := inferType(n.Slice)
	switch index {
	case "", "int", "bool", "slice":
		return
	}
	switch t := foldedType(value); t {
	case "str", "bytes", "tuple":
	case "":
		switch value.(type) {
		case *ast.Tuple, *ast.List, *ast.ListComp, *ast.JoinedStr, *ast.FormattedValue:
		default:
			return
		}
	default:
		return
	}
	u.warnAt(n, fmt.Sprintf("%s indices must be integers or slices, not %s; perhaps you missed a comma?", inferType(value), index))
}

// inferType is the name of the type of e's value where the node alone tells it (compile.c's
// infer_type), "" elsewhere.
func inferType(e ast.ExprNode) string {
	if t := foldedType(e); t != "" {
		return t
	}
	switch e.(type) {
	case *ast.Tuple:
		return "tuple"
	case *ast.List, *ast.ListComp:
		return "list"
	case *ast.Dict, *ast.DictComp:
		return "dict"
	case *ast.Set, *ast.SetComp:
		return "set"
	case *ast.GeneratorExp:
		return "generator"
	case *ast.Lambda:
		return "function"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "str"
	}
	return ""
}

// constTypeName is the name of the type of a constant's value.
func constTypeName(v any) string {
	switch v := v.(type) {
	case ast.NoneType:
		return "NoneType"
	case ast.EllipsisType:
		return "ellipsis"
	case bool:
		return "bool"
	case int64, *big.Int:
		return "int"
	case float64:
		return "float"
	case complex128:
		return "complex"
	case string:
		return "str"
	case ast.Bytes:
		return "bytes"
	case py.Object:
		return v.Type().Name
	}
	return ""
}

// foldedType is the type name of the constant CPython's AST optimizer folds e into, ""
// when e is not folded: constants, unary and binary operations on folded numbers, strs and
// bytes that cannot fail, tuples of folded items, __debug__. (The optimizer's size limits
// on big results are not modelled.)
func foldedType(e ast.ExprNode) string {
	switch n := e.(type) {
	case *ast.Constant:
		return constTypeName(n.Value)
	case *ast.Name:
		if n.Id == "__debug__" && n.Ctx == ast.Load {
			return "bool"
		}
	case *ast.Tuple:
		if n.Ctx != ast.Load {
			return ""
		}
		for _, x := range n.Elts {
			if foldedType(x) == "" {
				return ""
			}
		}
		return "tuple"
	case *ast.UnaryOp:
		t := foldedType(n.Operand)
		switch {
		case t == "":
			return ""
		case n.Op == ast.Not:
			return "bool"
		case t == "bool" || t == "int":
			return "int"
		case (t == "float" || t == "complex") && n.Op != ast.Invert:
			return t
		}
	case *ast.BinOp:
		return foldedBinOp(n)
	}
	return ""
}

// numRank orders the numeric types for the result of arithmetic: -1 for others.
func numRank(t string) int {
	switch t {
	case "bool", "int":
		return 0
	case "float":
		return 1
	case "complex":
		return 2
	}
	return -1
}

// isZero reports whether e is a literal zero (a division by it is not folded).
func isZero(e ast.ExprNode) bool {
	c, ok := e.(*ast.Constant)
	if !ok {
		return false
	}
	switch v := c.Value.(type) {
	case bool:
		return !v
	case int64:
		return v == 0
	case float64:
		return v == 0
	case complex128:
		return v == 0
	}
	return false
}

// isNegative reports whether e is a negative number literal or the negation of one.
func isNegative(e ast.ExprNode) bool {
	if u, ok := e.(*ast.UnaryOp); ok && u.Op == ast.USub {
		return !isNegative(u.Operand) && !isZero(u.Operand)
	}
	return false
}

func foldedBinOp(n *ast.BinOp) string {
	l, r := foldedType(n.Left), foldedType(n.Right)
	if l == "" || r == "" {
		return ""
	}
	lr, rr := numRank(l), numRank(r)
	num := lr >= 0 && rr >= 0
	rank := max(lr, rr)
	names := []string{"int", "float", "complex"}
	switch n.Op {
	case ast.Add:
		if num {
			return names[rank]
		}
		if l == r && (l == "str" || l == "bytes" || l == "tuple") {
			return l
		}
	case ast.Sub:
		if num {
			return names[rank]
		}
	case ast.Mult:
		if num {
			return names[rank]
		}
		if (l == "str" || l == "bytes" || l == "tuple") && rr == 0 {
			return l
		}
		if (r == "str" || r == "bytes" || r == "tuple") && lr == 0 {
			return r
		}
	case ast.Div:
		if num && !isZero(n.Right) {
			return names[max(rank, 1)]
		}
	case ast.FloorDiv, ast.Mod:
		if num && rank < 2 && !isZero(n.Right) {
			return names[rank]
		}
	case ast.Pow:
		if !num || isZero(n.Left) && isNegative(n.Right) {
			return ""
		}
		if rank == 0 && isNegative(n.Right) {
			return "float"
		}
		return names[rank]
	case ast.LShift, ast.RShift:
		if lr == 0 && rr == 0 && !isNegative(n.Right) {
			return "int"
		}
	case ast.BitAnd, ast.BitOr, ast.BitXor:
		if l == "bool" && r == "bool" {
			return "bool"
		}
		if lr == 0 && rr == 0 {
			return "int"
		}
	}
	return ""
}
