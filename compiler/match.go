package compiler

import (
	"math/big"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// Structural pattern matching (PEP 634).
//
// gpython's VM has none of CPython's MATCH_* instructions, so a case's pattern becomes a
// program (a tuple constant, described in matchrt.go) that the <match> helper runs
// against the subject. Only the objects a pattern names are computed by generated code,
// and given to the helper as "roots": the leftmost name of a value pattern (Color of
// Color.RED; the attributes after it are looked up by the helper, when the pattern is
// reached) and of a class pattern's class, and the folded value of a literal. The helper
// returns the captured values (all or none: names are bound only when the whole pattern
// matches, as in CPython), which generated code stores before the guard runs:
//
//	<subject>
//	case:  DUP_TOP; LOAD_CONST <match>; ROT_TWO; LOAD_CONST program; <roots>
//	       CALL_FUNCTION 2+n                   -> True/False, or a tuple of captures/None
//	       DUP_TOP; POP_JUMP_IF_FALSE fail; UNPACK_SEQUENCE k; STORE_* names...
//	       <guard>; POP_JUMP_IF_FALSE next
//	       POP_TOP; <body>; JUMP_FORWARD end
//	fail:  POP_TOP
//	next:  ... the next case
//	       POP_TOP
//	end:
//
// A capture or wildcard pattern needs no helper (STORE or POP_TOP). Roots are computed
// when their case is tried, not when the matching reaches them: a name that is not
// defined raises NameError even where CPython's matching would have failed before
// reaching it. The compile-time errors are compile.c's, located where it locates them
// (the pattern it entered last).

// matchStmt compiles a match statement.
func (u *unit) matchStmt(n *ast.Match) {
	u.expr(n.Subject)
	end := newLabel()
	for i, c := range n.Cases {
		pc := &patternCompiler{u: u, slots: map[string]int{}, bound: map[string]bool{}}
		next := newLabel()
		u.at(c.Pattern)
		u.emit(vm.DUP_TOP)
		fail, pops := pc.compile(c.Pattern, c.Guard != nil || i == len(n.Cases)-1)
		if c.Guard != nil {
			u.jumpIf(c.Guard, false, next)
		}
		u.at(c.Pattern)
		u.emit(vm.POP_TOP)
		u.stmts(c.Body)
		u.jump(vm.JUMP_FORWARD, end)
		if fail != nil {
			u.bind(fail)
			if pops {
				u.emit(vm.POP_TOP)
			}
		}
		u.bind(next)
	}
	u.emit(vm.POP_TOP)
	u.bind(end)
}

// patternCompiler turns one case's pattern into a program for <match>.
type patternCompiler struct {
	u     *unit
	slots map[string]int  // captured name -> its index in the helper's result
	names []string        // the captured names by index
	bound map[string]bool // names bound so far on the current alternative
	roots int             // values pushed for the helper
	loc   ast.Located     // the pattern entered last, where compile.c reports errors
}

// compile compiles the match of the copy of the subject on top of the stack against p,
// storing the captured names. A failed match jumps to fail (nil when p cannot fail),
// with the helper's result above the subject when pops is true.  allowIrrefutable is
// false for a case without guard that other cases follow.
func (pc *patternCompiler) compile(p ast.PatternNode, allowIrrefutable bool) (fail *label, pops bool) {
	u := pc.u
	if as, ok := p.(*ast.MatchAs); ok && as.Pattern == nil {
		pc.enter(as)
		if !allowIrrefutable {
			pc.unreachable(as)
		}
		if as.Name == "" {
			u.emit(vm.POP_TOP)
		} else {
			pc.bind(as.Name)
			u.nameOp(as.Name, ast.Store)
		}
		return nil, false
	}
	u.loadConst(helperMatch)
	u.emit(vm.ROT_TWO)
	progAt := len(u.instrs)
	u.loadConst(py.None) // becomes the program once the captures are known
	prog := pc.pattern(p, allowIrrefutable)
	u.at(p)
	u.callHelperN(2 + pc.roots)
	u.instrs[progAt].arg = u.constIndex(py.Tuple{py.Int(len(pc.names)), prog})
	fail = newLabel()
	if len(pc.names) == 0 {
		u.jump(vm.POP_JUMP_IF_FALSE, fail)
		return fail, false
	}
	u.emit(vm.DUP_TOP)
	u.jump(vm.POP_JUMP_IF_FALSE, fail)
	u.emitArg(vm.UNPACK_SEQUENCE, uint32(len(pc.names)))
	for _, name := range pc.names {
		u.nameOp(name, ast.Store)
	}
	return fail, true
}

// forbiddenNameAt rejects a capture of __debug__ at n.
func (u *unit) forbiddenNameAt(n ast.Located, name string) {
	if name == "__debug__" {
		u.errorAt(n, "cannot assign to __debug__")
	}
}

// enter notes that p is being compiled: compile.c's errors point at the pattern entered
// last.
func (pc *patternCompiler) enter(p ast.PatternNode) {
	pc.loc = p
	pc.u.at(p)
}

func (pc *patternCompiler) errorf(format string, a ...any) {
	pc.u.errorAt(pc.loc, format, a...)
}

// unreachable rejects an irrefutable pattern where other patterns follow it.
func (pc *patternCompiler) unreachable(as *ast.MatchAs) {
	if as.Name != "" {
		pc.errorf("name capture '%s' makes remaining patterns unreachable", as.Name)
	}
	pc.errorf("wildcard makes remaining patterns unreachable")
}

// bind gives a captured name its slot, rejecting a name bound twice.
func (pc *patternCompiler) bind(name string) py.Int {
	pc.u.forbiddenNameAt(pc.loc, name)
	if pc.bound[name] {
		pc.errorf("multiple assignments to name '%s' in pattern", name)
	}
	pc.bound[name] = true
	i, ok := pc.slots[name]
	if !ok {
		i = len(pc.names)
		pc.slots[name] = i
		pc.names = append(pc.names, name)
	}
	return py.Int(i)
}

// root pushes a value the helper needs and returns its index among the roots.
func (pc *patternCompiler) root(e ast.ExprNode) py.Int {
	pc.u.expr(e)
	pc.roots++
	return py.Int(pc.roots - 1)
}

// valueRef compiles a value pattern's value or a mapping key: a literal (folded, as
// CPython's AST optimizer folds -1 and 1+2j) or an attribute chain whose leftmost name is
// a root. what names it in the error for anything else.
func (pc *patternCompiler) valueRef(e ast.ExprNode, what string) py.Tuple {
	if v, ok := foldLiteral(e); ok {
		return py.Tuple{py.String("L"), constValue(v)}
	}
	x, chain := pc.attrChain(e)
	if _, ok := x.(*ast.Name); !ok || len(chain) == 0 {
		pc.errorf("%s may only match literals and attribute lookups", what)
	}
	return py.Tuple{py.String("R"), pc.root(x), chain}
}

// attrChain splits a.b.c into its leftmost expression and the attribute names after it
// (mangled as LOAD_ATTR's).
func (pc *patternCompiler) attrChain(e ast.ExprNode) (ast.ExprNode, py.Tuple) {
	var chain py.Tuple
	for {
		a, ok := e.(*ast.Attribute)
		if !ok {
			break
		}
		chain = append(py.Tuple{py.String(pc.u.mangle(a.Attr))}, chain...)
		e = a.Value
	}
	return e, chain
}

// foldLiteral is the constant a literal pattern's expression stands for: a constant,
// -constant, or a complex literal real±imagj.
func foldLiteral(e ast.ExprNode) (any, bool) {
	switch n := e.(type) {
	case *ast.Constant:
		switch n.Value.(type) {
		case ast.EllipsisType:
			return nil, false
		}
		return n.Value, true
	case *ast.UnaryOp:
		if n.Op != ast.USub {
			return nil, false
		}
		c, ok := n.Operand.(*ast.Constant)
		if !ok {
			return nil, false
		}
		switch v := c.Value.(type) {
		case int64:
			if v == -v && v != 0 {
				return new(big.Int).Neg(big.NewInt(v)), true
			}
			return -v, true
		case *big.Int:
			r := new(big.Int).Neg(v)
			if r.IsInt64() {
				return r.Int64(), true
			}
			return r, true
		case float64:
			return -v, true
		case complex128:
			return -v, true
		}
	case *ast.BinOp:
		if n.Op != ast.Add && n.Op != ast.Sub {
			return nil, false
		}
		left, ok1 := foldLiteral(n.Left)
		right, ok2 := n.Right.(*ast.Constant)
		if !ok1 || !ok2 {
			return nil, false
		}
		im, ok := right.Value.(complex128)
		if !ok {
			return nil, false
		}
		var re float64
		switch l := left.(type) {
		case int64:
			re = float64(l)
		case *big.Int:
			re, _ = new(big.Float).SetInt(l).Float64()
		case float64:
			re = l
		default:
			return nil, false
		}
		if n.Op == ast.Sub {
			im = -im
		}
		return complex(re, 0) + im, true
	}
	return nil, false
}

// patternSeq compiles subpatterns (each may be irrefutable).
func (pc *patternCompiler) patternSeq(ps []ast.PatternNode) py.Tuple {
	out := make(py.Tuple, len(ps))
	for i, p := range ps {
		out[i] = pc.pattern(p, true)
	}
	return out
}

// pattern compiles p into its program, pushing its roots.
func (pc *patternCompiler) pattern(p ast.PatternNode, allowIrrefutable bool) py.Object {
	pc.enter(p)
	switch n := p.(type) {
	case *ast.MatchAs:
		if n.Pattern == nil {
			if !allowIrrefutable {
				pc.unreachable(n)
			}
			if n.Name == "" {
				return py.None
			}
			return py.Tuple{py.String("as"), py.None, pc.bind(n.Name)}
		}
		sub := pc.pattern(n.Pattern, allowIrrefutable)
		if n.Name == "" {
			return sub
		}
		return py.Tuple{py.String("as"), sub, pc.bind(n.Name)}
	case *ast.MatchValue:
		return py.Tuple{py.String("val"), pc.valueRef(n.Value, "patterns")}
	case *ast.MatchSingleton:
		return py.Tuple{py.String("is"), constValue(n.Value)}
	case *ast.MatchSequence:
		return pc.sequence(n)
	case *ast.MatchMapping:
		return pc.mapping(n)
	case *ast.MatchClass:
		return pc.class(n)
	case *ast.MatchOr:
		return pc.or(n, allowIrrefutable)
	case *ast.MatchStar:
		// only inside a sequence pattern (sequence handles it)
		pc.errorf("can't use starred name here")
	}
	panic(internalError("unexpected pattern %T", p))
}

// sequence compiles [p, ...] with at most one star.
func (pc *patternCompiler) sequence(n *ast.MatchSequence) py.Object {
	star := -1
	for i, p := range n.Patterns {
		if _, ok := p.(*ast.MatchStar); ok {
			if star >= 0 {
				pc.errorf("multiple starred names in sequence pattern")
			}
			star = i
		}
	}
	items := make(py.Tuple, len(n.Patterns))
	for i, p := range n.Patterns {
		if s, ok := p.(*ast.MatchStar); ok {
			pc.enter(s)
			slot := py.Int(-1)
			if s.Name != "" {
				slot = pc.bind(s.Name)
			}
			items[i] = py.Tuple{py.String("star"), slot}
			continue
		}
		items[i] = pc.pattern(p, true)
	}
	return py.Tuple{py.String("seq"), items, py.Int(star)}
}

// mapping compiles {key: p, ..., **rest}.
func (pc *patternCompiler) mapping(n *ast.MatchMapping) py.Object {
	keys := make(py.Tuple, len(n.Keys))
	var seen []any
	for i, k := range n.Keys {
		if v, ok := foldLiteral(k); ok {
			for _, s := range seen {
				if literalEqual(s, v) {
					pc.errorf("mapping pattern checks duplicate key (%s)", ast.Repr(v))
				}
			}
			seen = append(seen, v)
		} else if _, ok := k.(*ast.Attribute); !ok {
			pc.errorf("mapping pattern keys may only match literals and attribute lookups")
		}
		keys[i] = pc.valueRef(k, "mapping pattern keys")
	}
	pats := pc.patternSeq(n.Patterns)
	rest := py.Int(-1)
	if n.Rest != "" {
		rest = pc.bind(n.Rest)
	}
	return py.Tuple{py.String("map"), keys, pats, rest}
}

// literalEqual reports whether two literal keys are equal as Python compares them (1,
// 1.0 and True are the same key).
func literalEqual(a, b any) bool {
	x, y := constValue(a), constValue(b)
	if _, ok := x.(py.String); ok != isString(y) {
		return false
	}
	if _, ok := x.(py.Bytes); ok {
		yb, ok := y.(py.Bytes)
		return ok && string(yb) == string(x.(py.Bytes))
	}
	if _, ok := y.(py.Bytes); ok {
		return false
	}
	res, err := py.Eq(x, y)
	return err == nil && res == py.True
}

func isString(o py.Object) bool {
	_, ok := o.(py.String)
	return ok
}

// class compiles Cls(p, ..., attr=p, ...).
func (pc *patternCompiler) class(n *ast.MatchClass) py.Object {
	for i, attr := range n.KwdAttrs {
		pc.loc = n.KwdPatterns[i]
		pc.u.forbiddenNameAt(pc.loc, attr)
		for j := i + 1; j < len(n.KwdAttrs); j++ {
			if n.KwdAttrs[j] == attr {
				pc.loc = n.KwdPatterns[j]
				pc.errorf("attribute name repeated in class pattern: %s", attr)
			}
		}
		pc.loc = n
	}
	x, chain := pc.attrChain(n.Cls)
	if chain == nil {
		chain = py.Tuple{}
	}
	cls := py.Tuple{py.String("R"), pc.root(x), chain}
	names := make(py.Tuple, len(n.KwdAttrs))
	for i, a := range n.KwdAttrs {
		names[i] = py.String(a)
	}
	pos := pc.patternSeq(n.Patterns)
	kw := pc.patternSeq(n.KwdPatterns)
	return py.Tuple{py.String("cls"), cls, pos, names, kw}
}

// or compiles p1 | p2 | ...: every alternative binds the same names.
func (pc *patternCompiler) or(n *ast.MatchOr, allowIrrefutable bool) py.Object {
	before := pc.bound
	var first map[string]bool
	alts := make(py.Tuple, len(n.Patterns))
	for i, p := range n.Patterns {
		pc.bound = map[string]bool{}
		for k := range before {
			pc.bound[k] = true
		}
		alts[i] = pc.pattern(p, allowIrrefutable && i == len(n.Patterns)-1)
		mine := map[string]bool{}
		for k := range pc.bound {
			if !before[k] {
				mine[k] = true
			}
		}
		if i == 0 {
			first = mine
			continue
		}
		if !sameNames(first, mine) {
			pc.errorf("alternative patterns bind different names")
		}
	}
	pc.bound = before
	for k := range first {
		pc.bound[k] = true
	}
	return py.Tuple{py.String("or"), alts}
}

func sameNames(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}
