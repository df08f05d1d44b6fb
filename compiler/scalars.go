package compiler

import (
	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/symtable"
)

// Ordering comparisons go through RT.Compare (gpython's COMPARE_OP cannot order tuples or
// lists), which costs a call. When one operand is certainly a number or a str, COMPARE_OP
// gives the same result (gpython's numbers and strs order each other and defer to the
// other operand's reflected method otherwise) and is cheaper. So the compiler finds the
// "scalar" variables, those that only ever hold numbers or strs: the locals of a function
// (or names of the module, unless some function declares them global) whose every
// assignment is a scalar: a literal, arithmetic on scalars, a comparison, an f-string,
// len()/int()/str()/chr()/... or abs()/min()/max() of scalars, the target of
// "for ... in range(...)". The analysis assumes every candidate scalar and drops those
// with another assignment until nothing changes.

// scalarBuiltins are the builtins whose result is a number or a str (given scalars, for
// the last ones).
var scalarBuiltins = map[string]bool{
	"len": true, "int": true, "float": true, "ord": true, "round": true, "hash": true,
	"chr": true, "str": true, "repr": true, "ascii": true, "format": true, "hex": true,
	"oct": true, "bin": true, "abs": true, "min": true, "max": true,
}

// fixedBuiltins are the scalarBuiltins whose result is a scalar whatever the arguments.
var fixedBuiltins = map[string]bool{
	"len": true, "int": true, "float": true, "ord": true, "round": true, "hash": true,
	"chr": true, "str": true, "repr": true, "ascii": true, "format": true, "hex": true,
	"oct": true, "bin": true,
}

// numericAnalysis collects the assignments of a scope.
type numericAnalysis struct {
	st      *symtable.SymTable
	assigns map[string][]ast.Expr // nil entry: assigned something unknown
	bad     map[string]bool
}

// analyzeScalars computes the scalar variables of the scope st with body; marker
// recognizes the f-string calls of the prepass.
func analyzeScalars(st *symtable.SymTable, body []ast.Stmt, marker func(*ast.Name) bool) map[string]bool {
	a := &numericAnalysis{st: st, assigns: map[string][]ast.Expr{}, bad: map[string]bool{}}
	for _, p := range st.Varnames {
		a.bad[p] = true
	}
	a.stmts(body)
	num := map[string]bool{}
	for n := range a.assigns {
		if !a.bad[n] && a.candidate(n) {
			num[n] = true
		}
	}
	for changed := true; changed; {
		changed = false
		for n := range num {
			for _, e := range a.assigns[n] {
				if !isScalarExpr(e, num, st, marker) {
					delete(num, n)
					changed = true
					break
				}
			}
		}
	}
	return num
}

// candidate reports whether name is a variable of this scope only this scope assigns.
func (a *numericAnalysis) candidate(name string) bool {
	sym, ok := a.st.Symbols[name]
	if !ok {
		return false
	}
	switch a.st.Type {
	case symtable.FunctionBlock:
		return sym.Scope == symtable.ScopeLocal
	case symtable.ModuleBlock:
		return sym.Flags&symtable.DefGlobal == 0 && sym.Flags&symtable.DefFreeClass == 0
	}
	return false
}

func (a *numericAnalysis) assign(target ast.Expr, value ast.Expr) {
	switch t := target.(type) {
	case *ast.Name:
		if value == nil {
			a.bad[string(t.Id)] = true
			return
		}
		a.assigns[string(t.Id)] = append(a.assigns[string(t.Id)], value)
	case *ast.Tuple, *ast.List:
		var elts, vals []ast.Expr
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

func (a *numericAnalysis) stmts(body []ast.Stmt) {
	for _, s := range body {
		switch n := s.(type) {
		case *ast.Assign:
			for _, t := range n.Targets {
				a.assign(t, n.Value)
			}
		case *ast.AugAssign:
			a.assign(n.Target, &ast.BinOp{Left: n.Target, Op: n.Op, Right: n.Value})
		case *ast.For:
			var iter ast.Expr
			if c, ok := n.Iter.(*ast.Call); ok {
				if f, ok := c.Func.(*ast.Name); ok && f.Id == "range" {
					iter = &ast.Num{N: py.Int(0)}
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
		case *ast.Try:
			a.stmts(n.Body)
			for _, h := range n.Handlers {
				if h.Name != "" {
					a.bad[string(h.Name)] = true
				}
				a.stmts(h.Body)
			}
			a.stmts(n.Orelse)
			a.stmts(n.Finalbody)
		case *ast.Delete:
			for _, t := range n.Targets {
				a.assign(t, nil)
			}
		case *ast.FunctionDef:
			a.bad[string(n.Name)] = true
		case *ast.ClassDef:
			a.bad[string(n.Name)] = true
		case *ast.Import:
			for _, al := range n.Names {
				a.markAlias(al)
			}
		case *ast.ImportFrom:
			for _, al := range n.Names {
				a.markAlias(al)
			}
		}
	}
}

func (a *numericAnalysis) markAlias(al *ast.Alias) {
	name := string(al.AsName)
	if name == "" {
		name = string(al.Name)
		for i := 0; i < len(name); i++ {
			if name[i] == '.' {
				name = name[:i]
				break
			}
		}
	}
	a.bad[name] = true
}

// isScalarExpr reports whether e evaluates to a number or a str when the names in num
// hold such values.
func isScalarExpr(e ast.Expr, num map[string]bool, st *symtable.SymTable, marker func(*ast.Name) bool) bool {
	rec := func(e ast.Expr) bool { return isScalarExpr(e, num, st, marker) }
	switch x := e.(type) {
	case *ast.Num:
		switch x.N.(type) {
		case py.Int, py.Float, *py.BigInt:
			return true
		}
	case *ast.Str, *ast.Bytes:
		return true
	case *ast.NameConstant:
		return x.Value == py.True || x.Value == py.False
	case *ast.Name:
		return num[string(x.Id)]
	case *ast.UnaryOp:
		return x.Op == ast.Not || rec(x.Operand)
	case *ast.BinOp:
		if _, ok := x.Left.(*ast.Str); ok && x.Op == ast.Modulo {
			return true
		}
		return rec(x.Left) && rec(x.Right)
	case *ast.Compare:
		return true
	case *ast.BoolOp:
		for _, v := range x.Values {
			if !rec(v) {
				return false
			}
		}
		return true
	case *ast.IfExp:
		return rec(x.Body) && rec(x.Orelse)
	case *ast.Call:
		f, ok := x.Func.(*ast.Name)
		if ok && marker != nil && marker(f) {
			return f.Id == markerJoin
		}
		if !ok || !scalarBuiltins[string(f.Id)] || x.Starargs != nil || x.Kwargs != nil || len(x.Keywords) > 0 {
			return false
		}
		if sc := st.GetScope(string(f.Id)); sc != symtable.ScopeGlobalImplicit && sc != symtable.ScopeInvalid {
			return false // a local or enclosing variable of that name
		}
		if fixedBuiltins[string(f.Id)] {
			return true
		}
		for _, arg := range x.Args {
			if !rec(arg) {
				return false
			}
		}
		return len(x.Args) > 0
	}
	return false
}

// isScalar reports whether e certainly evaluates to a number or a str in this unit.
func (u *unit) isScalar(e ast.Expr) bool {
	return isScalarExpr(e, u.scalars, u.st, u.c.src.isMarker)
}
