package compiler

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// Variable annotations (PEP 526), as CPython 3.11 compiles them: a module or class body
// that has an annotated assignment anywhere (outside nested functions and classes)
// starts by making its __annotations__ dict, and each annotation of a simple name is
// stored there after the assignment; annotations of other targets, and all of those in a
// function, are evaluated (in a module or class) or dropped (in a function), never stored.

// helperSetupAnnotations(namespace) is SETUP_ANNOTATIONS: it gives the namespace of a
// module or class body an empty __annotations__ dict unless it has one.
var helperSetupAnnotations = newHelper("<annotations>", func(args py.Tuple) (py.Object, error) {
	ns, ok := args[0].(py.StringDict)
	if !ok {
		return nil, py.ExceptionNewf(py.SystemError, "no locals found when setting up annotations")
	}
	if _, ok := ns["__annotations__"]; !ok {
		d, err := RT.NewDict(nil)
		if err != nil {
			return nil, err
		}
		ns["__annotations__"] = d
	}
	return py.None, nil
})

// setupAnnotations emits SETUP_ANNOTATIONS.
func (u *unit) setupAnnotations() {
	u.loadConst(helperSetupAnnotations)
	u.loadConst(localsMethod)
	u.emitArg(vm.CALL_FUNCTION, 0)
	u.emitArg(vm.CALL_FUNCTION, 1)
	u.emit(vm.POP_TOP)
}

// findAnnotations reports whether a body has an annotated assignment that stores into
// __annotations__ (CPython's find_ann).
func findAnnotations(body []ast.StmtNode) bool {
	for _, s := range body {
		switch n := s.(type) {
		case *ast.AnnAssign:
			return true
		case *ast.For:
			if findAnnotations(n.Body) || findAnnotations(n.Orelse) {
				return true
			}
		case *ast.AsyncFor:
			if findAnnotations(n.Body) || findAnnotations(n.Orelse) {
				return true
			}
		case *ast.While:
			if findAnnotations(n.Body) || findAnnotations(n.Orelse) {
				return true
			}
		case *ast.If:
			if findAnnotations(n.Body) || findAnnotations(n.Orelse) {
				return true
			}
		case *ast.With:
			if findAnnotations(n.Body) {
				return true
			}
		case *ast.AsyncWith:
			if findAnnotations(n.Body) {
				return true
			}
		case *ast.Try:
			if findAnnotationsTry(n.Body, n.Handlers, n.Orelse, n.Finalbody) {
				return true
			}
		case *ast.TryStar:
			if findAnnotationsTry(n.Body, n.Handlers, n.Orelse, n.Finalbody) {
				return true
			}
		}
	}
	return false
}

func findAnnotationsTry(body []ast.StmtNode, handlers []*ast.ExceptHandler, orelse, final []ast.StmtNode) bool {
	for _, h := range handlers {
		if findAnnotations(h.Body) {
			return true
		}
	}
	return findAnnotations(body) || findAnnotations(final) || findAnnotations(orelse)
}

// annotatesHere reports whether annotations are evaluated in this unit (a module or
// class body, without "from __future__ import annotations").
func (u *unit) annotatesHere() bool {
	return u.kind == scopeModule || u.kind == scopeClass
}

// annAssign compiles an annotated assignment (compile.c's compiler_annassign).
func (u *unit) annAssign(n *ast.AnnAssign) {
	if n.Value != nil {
		u.expr(n.Value)
		u.store(n.Target)
	}
	switch t := n.Target.(type) {
	case *ast.Name:
		u.forbiddenName(t.Id, ast.Store)
		if n.Simple != 0 && u.annotatesHere() {
			u.annotation(n.Annotation)
			u.emitArg(vm.LOAD_NAME, u.name("__annotations__"))
			u.loadConst(py.String(u.mangle(t.Id)))
			u.emit(vm.STORE_SUBSCR)
		}
	case *ast.Attribute:
		u.forbiddenName(t.Attr, ast.Store)
		if n.Value == nil {
			u.evalDrop(t.Value)
		}
	case *ast.Subscript:
		if n.Value == nil {
			u.evalDrop(t.Value)
			u.annSubscript(t.Slice)
		}
	default:
		u.errorAt(n.Target, "invalid node type (%s) for annotated assignment", typeName(n.Target))
	}
	if n.Simple == 0 && !u.c.futureAnn && u.annotatesHere() {
		u.evalDrop(n.Annotation)
	}
}

// annSubscript evaluates the parts of the subscript of an annotated target without a
// value (CPython's check_ann_subscr).
func (u *unit) annSubscript(e ast.ExprNode) {
	switch s := e.(type) {
	case *ast.Slice:
		for _, x := range []ast.ExprNode{s.Lower, s.Upper, s.Step} {
			if x != nil {
				u.evalDrop(x)
			}
		}
	case *ast.Tuple:
		for _, x := range s.Elts {
			u.annSubscript(x)
		}
	default:
		u.evalDrop(e)
	}
}

// evalDrop evaluates e for its effects.
func (u *unit) evalDrop(e ast.ExprNode) {
	u.expr(e)
	u.emit(vm.POP_TOP)
}

// annotation pushes the value of an annotation: the expression's value, or its source
// text under "from __future__ import annotations".
func (u *unit) annotation(e ast.ExprNode) {
	if u.c.futureAnn {
		u.loadConst(py.String(ast.ExprString(e)))
		return
	}
	if s, ok := e.(*ast.Starred); ok {
		// *args: *Ts (PEP 646): the one item the value unpacks to, as CPython's
		// UNPACK_SEQUENCE 1.
		u.expr(s.Value)
		u.loadConst(helperUnpack)
		u.emit(vm.ROT_TWO)
		u.loadConst(py.Int(1))
		u.loadConst(py.Int(-1))
		u.emitArg(vm.CALL_FUNCTION, 3)
		u.emitArg(vm.UNPACK_SEQUENCE, 1)
		return
	}
	u.expr(e)
}
