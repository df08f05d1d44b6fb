package compiler

import (
	"math/big"

	"github.com/gopyrt/gopy/internal/syntax/ast"
	"github.com/gopyrt/gopy/internal/syntax/symtable"
)

// Comparisons go through RT.Compare: gpython's COMPARE_OP cannot order tuples or lists,
// and compares big ints with floats inexactly (or not at all). RT.Compare costs a call,
// so where gpython is right the compiler keeps COMPARE_OP: when an operand is a str, or
// a small int (|n| <= 2**53, exact as a float), or both operands are ints or both floats.
//
// To know that, it infers the kind of the variables that only ever hold one kind of
// value: the locals of a function, and the names of the module (unless some function
// declares them global), from every assignment to them: literals, arithmetic,
// comparisons, f-strings, len()/int()/float()/str()/chr()/..., "for ... in range(...)".
// The analysis starts optimistic (no kind known to be wrong) and joins the kinds of all
// assignments until nothing changes; a variable with two different kinds is dropped.

// kind is what a value is known to be.
type kind uint8

const (
	kindNone     kind = iota // nothing known yet (the analysis' starting point)
	kindSmallInt             // an int (not a bool) within +-2**53
	kindInt                  // any int (not a bool)
	kindFloat
	kindStr
	kindBool // True or False: compares like a small int, but gpython's opcodes cannot
	// do arithmetic on it, so it is not numeric()
	kindAny // anything: unknown
)

// join is the kind of a value that is of kind a or of kind b.
func join(a, b kind) kind {
	switch {
	case a == kindNone:
		return b
	case b == kindNone || a == b:
		return a
	case (a == kindSmallInt && b == kindInt) || (a == kindInt && b == kindSmallInt):
		return kindInt
	}
	return kindAny
}

// numeric reports whether k is a number kind.
func (k kind) numeric() bool { return k == kindSmallInt || k == kindInt || k == kindFloat }

// compareSafe reports whether gpython's COMPARE_OP compares values of kinds a and b as
// CPython does.
func compareSafe(a, b kind) bool {
	switch {
	case a == kindStr || b == kindStr, a == kindSmallInt || b == kindSmallInt, a == kindBool || b == kindBool:
		return true
	case a == kindInt && b == kindInt, a == kindFloat && b == kindFloat:
		return true
	}
	return false
}

// kindBuiltins gives the kind of the result of builtins: a fixed kind, or kindNone for
// "the join of the arguments' kinds".
var kindBuiltins = map[string]kind{
	"len": kindInt, "int": kindInt, "ord": kindSmallInt, "hash": kindInt, "round": kindAny,
	"float": kindFloat, "chr": kindStr, "str": kindStr, "repr": kindStr, "ascii": kindStr,
	"format": kindStr, "hex": kindStr, "oct": kindStr, "bin": kindStr,
	"abs": kindNone, "min": kindNone, "max": kindNone,
}

// kinds infers variable kinds for one scope.
type kinds struct {
	st      *symtable.Table
	top     *symtable.Table           // the module's table
	globals map[string]kind           // kinds of the module's names, for a function
	returns map[string]kind           // what the module's functions return
	vars    map[string]kind           // result
	assigns map[string][]ast.ExprNode // nil element: assigned something unknown
	bad     map[string]bool
	// memo keeps the kinds of binary operations once the variables' kinds are settled
	// (code generation asks at every level of a+b+c+..., which would be quadratic).
	memo map[*ast.BinOp]kind
}

// analyzeKinds computes the kinds of the variables of the scope st with body; globals
// are the module's kinds (nil for the module itself).
func analyzeKinds(st *symtable.Table, body []ast.StmtNode, globals map[string]kind) map[string]kind {
	a := &kinds{st: st, globals: globals, vars: map[string]kind{}, assigns: map[string][]ast.ExprNode{}, bad: map[string]bool{}}
	for _, p := range st.Varnames {
		a.bad[p] = true
	}
	a.stmts(body)
	a.badBindings(body)
	for n := range a.assigns {
		if !a.bad[n] && a.candidate(n) {
			a.vars[n] = kindNone
		}
	}
	for changed := true; changed; {
		changed = false
		for n, k := range a.vars {
			nk := k
			for _, e := range a.assigns[n] {
				nk = join(nk, a.kindOf(e))
			}
			if nk == kindAny {
				delete(a.vars, n)
				changed = true
			} else if nk != k {
				a.vars[n] = nk
				changed = true
			}
		}
	}
	for n, k := range a.vars {
		if k == kindNone {
			delete(a.vars, n) // only assigned from itself
		}
	}
	return a.vars
}

// candidate reports whether name is a variable of this scope that only it assigns.
func (a *kinds) candidate(name string) bool {
	flags, ok := a.st.Symbols[name]
	if !ok {
		return false
	}
	switch a.st.Type {
	case symtable.FunctionBlock:
		return a.st.Scope(name) == symtable.Local
	case symtable.ModuleBlock:
		return flags&symtable.DefGlobal == 0 && flags&symtable.DefFreeClass == 0
	}
	return false
}

// assign records that target is assigned value (nil: something unknown).
func (a *kinds) assign(target ast.ExprNode, value ast.ExprNode) {
	switch t := target.(type) {
	case *ast.Name:
		if value == nil {
			a.bad[t.Id] = true
			return
		}
		a.assigns[t.Id] = append(a.assigns[t.Id], value)
	case *ast.Tuple, *ast.List:
		var elts, vals []ast.ExprNode
		if tt, ok := t.(*ast.Tuple); ok {
			elts = tt.Elts
		} else {
			elts = t.(*ast.List).Elts
		}
		switch v := value.(type) {
		case *ast.Tuple:
			vals = v.Elts
		case *ast.List:
			vals = v.Elts
		}
		for i, e := range elts {
			if len(vals) == len(elts) {
				if _, starred := vals[i].(*ast.Starred); !starred {
					a.assign(e, vals[i])
					continue
				}
			}
			a.assign(e, nil)
		}
	case *ast.Starred:
		a.assign(t.Value, nil)
	}
}

// stmts records the assignments of a statement list (not of nested scopes).
func (a *kinds) stmts(body []ast.StmtNode) {
	for _, s := range body {
		switch n := s.(type) {
		case *ast.Assign:
			for _, t := range n.Targets {
				a.assign(t, n.Value)
			}
		case *ast.AugAssign:
			a.assign(n.Target, &ast.BinOp{Left: n.Target, Op: n.Op, Right: n.Value})
		case *ast.For:
			var iter ast.ExprNode
			if c, ok := n.Iter.(*ast.Call); ok {
				if f, ok := c.Func.(*ast.Name); ok && f.Id == "range" && a.isBuiltin("range") {
					iter = &ast.Constant{Value: int64(1 << 60)} // an int, maybe big
				}
			}
			a.assign(n.Target, iter)
			a.stmts(n.Body)
			a.stmts(n.Orelse)
		case *ast.While:
			a.stmts(n.Body)
			a.stmts(n.Orelse)
		case *ast.If:
			a.stmts(n.Body)
			a.stmts(n.Orelse)
		case *ast.With:
			for _, item := range n.Items {
				if item.OptionalVars != nil {
					a.assign(item.OptionalVars, nil)
				}
			}
			a.stmts(n.Body)
		case *ast.AnnAssign:
			if n.Value != nil {
				a.assign(n.Target, n.Value)
			}
		case *ast.Try:
			a.try(n.Body, n.Handlers, n.Orelse, n.Finalbody)
		case *ast.TryStar:
			a.try(n.Body, n.Handlers, n.Orelse, n.Finalbody)
		case *ast.AsyncFor:
			a.assign(n.Target, nil)
			a.stmts(n.Body)
			a.stmts(n.Orelse)
		case *ast.AsyncWith:
			for _, item := range n.Items {
				if item.OptionalVars != nil {
					a.assign(item.OptionalVars, nil)
				}
			}
			a.stmts(n.Body)
		case *ast.Match:
			for _, c := range n.Cases {
				a.stmts(c.Body)
			}
		case *ast.AsyncFunctionDef:
			a.bad[n.Name] = true
		case *ast.Delete:
			for _, t := range n.Targets {
				a.assign(t, nil)
			}
		case *ast.FunctionDef:
			a.bad[n.Name] = true
		case *ast.ClassDef:
			a.bad[n.Name] = true
		case *ast.Import:
			for _, al := range n.Names {
				a.badAlias(al)
			}
		case *ast.ImportFrom:
			for _, al := range n.Names {
				a.badAlias(al)
			}
		}
	}
}

func (a *kinds) try(body []ast.StmtNode, handlers []*ast.ExceptHandler, orelse, final []ast.StmtNode) {
	a.stmts(body)
	for _, h := range handlers {
		if h.Name != "" {
			a.bad[h.Name] = true
		}
		a.stmts(h.Body)
	}
	a.stmts(orelse)
	a.stmts(final)
}

// badBindings marks the names bound by what stmts does not follow: assignment
// expressions (also those of comprehensions, which bind in this scope) and the captures
// of match statements.
func (a *kinds) badBindings(body []ast.StmtNode) {
	for _, s := range body {
		ast.Inspect(s, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.NamedExpr:
				if t, ok := x.Target.(*ast.Name); ok {
					a.bad[t.Id] = true
				}
			case *ast.MatchAs:
				if x.Name != "" {
					a.bad[x.Name] = true
				}
			case *ast.MatchStar:
				if x.Name != "" {
					a.bad[x.Name] = true
				}
			case *ast.MatchMapping:
				if x.Rest != "" {
					a.bad[x.Rest] = true
				}
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef, *ast.Lambda:
				return false
			}
			return true
		})
	}
}

func (a *kinds) badAlias(al *ast.Alias) {
	name := al.Asname
	if name == "" {
		name = al.Name
		for i := 0; i < len(name); i++ {
			if name[i] == '.' {
				name = name[:i]
				break
			}
		}
	}
	a.bad[name] = true
}

// isBuiltin reports whether name refers to the builtin here: not a variable of this
// scope or an enclosing one, not defined by the module.
func (a *kinds) isBuiltin(name string) bool {
	if sc := a.st.Scope(name); sc != symtable.GlobalImplicit && sc != 0 {
		return false
	}
	top := a.top
	if top == nil {
		top = a.st
	}
	return top.Symbols[name]&(symtable.DefBound|symtable.DefGlobal) == 0
}

// kindOf infers the kind of e.
func (a *kinds) kindOf(e ast.ExprNode) kind {
	switch x := e.(type) {
	case *ast.Constant:
		switch n := x.Value.(type) {
		case int64:
			if n >= -(1<<53) && n <= 1<<53 {
				return kindSmallInt
			}
			return kindInt
		case *big.Int:
			return kindInt
		case float64:
			return kindFloat
		case string:
			return kindStr
		case bool:
			return kindBool
		}
	case *ast.JoinedStr:
		return kindStr
	case *ast.Name:
		if k, ok := a.vars[x.Id]; ok {
			return k
		}
		if a.globals != nil && a.st.Scope(x.Id) == symtable.GlobalImplicit {
			if k, ok := a.globals[x.Id]; ok {
				return k
			}
		}
	case *ast.UnaryOp:
		k := a.kindOf(x.Operand)
		if k == kindBool {
			k = kindSmallInt // -True is the int -1
		}
		switch {
		case x.Op == ast.Not:
			return kindBool
		case k == kindNone:
			return kindNone
		case x.Op == ast.Invert && (k == kindSmallInt || k == kindInt):
			return kindInt
		case x.Op != ast.Invert && k.numeric():
			return k
		}
	case *ast.BinOp:
		return a.binOpKind(x)
	case *ast.Compare:
		return kindBool
	case *ast.BoolOp:
		k := kindNone
		for _, v := range x.Values {
			k = join(k, a.kindOf(v))
		}
		return k
	case *ast.IfExp:
		return join(a.kindOf(x.Body), a.kindOf(x.Orelse))
	case *ast.Call:
		return a.callKind(x)
	}
	return kindAny
}

// binOpKind infers the kind of a binary operation.
func (a *kinds) binOpKind(x *ast.BinOp) kind {
	if a.memo != nil {
		if k, ok := a.memo[x]; ok {
			return k
		}
		k := a.binOpKindOf(x)
		a.memo[x] = k
		return k
	}
	return a.binOpKindOf(x)
}

func (a *kinds) binOpKindOf(x *ast.BinOp) kind {
	l, r := a.kindOf(x.Left), a.kindOf(x.Right)
	if l == kindNone || r == kindNone {
		return kindNone // decided on a later round
	}
	if l == kindBool && r == kindBool && (x.Op == ast.BitAnd || x.Op == ast.BitOr || x.Op == ast.BitXor) {
		return kindBool
	}
	if l == kindBool {
		l = kindSmallInt // a bool in arithmetic is the int it is
	}
	if r == kindBool {
		r = kindSmallInt
	}
	if l == kindStr {
		switch {
		case x.Op == ast.Mod, x.Op == ast.Add && r == kindStr, x.Op == ast.Mult && (r == kindSmallInt || r == kindInt):
			return kindStr
		}
		return kindAny
	}
	if !l.numeric() || !r.numeric() || x.Op == ast.Pow {
		return kindAny
	}
	if x.Op == ast.Div || l == kindFloat || r == kindFloat {
		switch x.Op {
		case ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod:
			return kindFloat
		}
		return kindAny
	}
	return kindInt
}

// callKind infers the kind of a call's result.
func (a *kinds) callKind(x *ast.Call) kind {
	f, ok := x.Func.(*ast.Name)
	if !ok {
		return kindAny
	}
	if k, ok := a.returns[f.Id]; ok && a.st.Scope(f.Id) != symtable.Local {
		return k
	}
	k, ok := kindBuiltins[f.Id]
	if !ok || len(x.Keywords) > 0 || len(x.Args) == 0 || !a.isBuiltin(f.Id) {
		return kindAny
	}
	for _, arg := range x.Args {
		if _, ok := arg.(*ast.Starred); ok {
			return kindAny
		}
	}
	if k != kindNone {
		return k
	}
	for _, arg := range x.Args {
		k = join(k, a.kindOf(arg))
	}
	if k == kindNone {
		return kindNone
	}
	if (k == kindSmallInt || k == kindBool) && f.Id == "abs" {
		return kindSmallInt
	}
	if !k.numeric() && !(k == kindStr && f.Id != "abs") {
		return kindAny
	}
	return k
}

// kindOf infers the kind of e in this unit.
func (u *unit) kindOf(e ast.ExprNode) kind {
	if u.kindMemo == nil {
		u.kindMemo = map[*ast.BinOp]kind{}
	}
	a := &kinds{st: u.st, top: u.c.symbols.Top, globals: u.c.globalKinds, returns: u.c.returnKinds, vars: u.kinds, memo: u.kindMemo}
	if u.kind == scopeModule {
		a.globals = nil
	}
	return a.kindOf(e)
}

// returnKinds infers what the functions defined once at the top of the module return,
// when every return statement returns the same kind of value and the function cannot
// end without one.
func returnKinds(symbols *symtable.SymbolTable, st *symtable.Table, body []ast.StmtNode, globals map[string]kind) map[string]kind {
	count := map[string]int{}
	a := &kinds{st: st, assigns: map[string][]ast.ExprNode{}, bad: map[string]bool{}}
	a.stmts(body)
	rebound := &kinds{bad: map[string]bool{}}
	rebound.badBindings(body)
	for _, s := range body {
		if fd, ok := s.(*ast.FunctionDef); ok {
			count[fd.Name]++
		}
	}
	out := map[string]kind{}
	for _, s := range body { // in source order, so the result does not depend on map order
		fd, isDef := s.(*ast.FunctionDef)
		if !isDef {
			continue
		}
		name := fd.Name
		if count[name] != 1 || len(fd.DecoratorList) > 0 || len(a.assigns[name]) > 0 || rebound.bad[name] || st.Symbols[name]&symtable.DefGlobal != 0 {
			continue
		}
		fst := symbols.Lookup(fd)
		if fst == nil || fst.Generator || !endsInReturn(fd.Body) {
			continue
		}
		fk := &kinds{st: fst, top: st, globals: globals, returns: out,
			vars: analyzeKinds(fst, fd.Body, globals)}
		k := kindNone
		ok := true
		walkReturns(fd.Body, func(r *ast.Return) {
			if r.Value == nil {
				ok = false
				return
			}
			k = join(k, fk.kindOf(r.Value))
		})
		if ok && k != kindNone && k != kindAny {
			out[name] = k
		}
	}
	return out
}

// endsInReturn reports whether a statement list cannot complete without a return (or
// raise): its last statement is one, or an if whose branches all are.
func endsInReturn(body []ast.StmtNode) bool {
	if len(body) == 0 {
		return false
	}
	switch n := body[len(body)-1].(type) {
	case *ast.Return, *ast.Raise:
		return true
	case *ast.If:
		return endsInReturn(n.Body) && endsInReturn(n.Orelse)
	}
	return false
}

// walkReturns calls f on the return statements of a function body (not of nested
// functions or classes).
func walkReturns(body []ast.StmtNode, f func(*ast.Return)) {
	for _, s := range body {
		ast.Inspect(s, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.Return:
				f(x)
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef, *ast.Lambda:
				return false
			}
			return true
		})
	}
}
