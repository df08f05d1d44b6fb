package compiler

import (
	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// childUnit makes the unit for the block node introduces.
func (u *unit) childUnit(node ast.Ast, kind scopeKind, name string, firstLine int) *unit {
	st := u.st.FindChild(node)
	if st == nil {
		panic(internalError("no symbol table for %s", name))
	}
	child := u.c.newUnit(u, st, kind, name, firstLine)
	child.setQualname()
	return child
}

// functionDef compiles "def": decorators first (gpython's compiler evaluated them after the
// defaults, which MAKE_FUNCTION then took for defaults), then the function, then the
// decorator calls innermost first.
func (u *unit) functionDef(n *ast.FunctionDef) {
	first := n.Lineno
	for i, d := range n.DecoratorList {
		if i == 0 {
			first = d.GetLineno()
		}
		u.expr(d)
	}
	u.line = n.Lineno
	body := n.Body
	var doc py.Object = py.None
	if s, ok := docString(body); ok {
		body, doc = body[1:], s
	}
	u.makeFunction(n, scopeFunction, string(n.Name), n.Args, n.Returns, first, doc, func(child *unit) {
		child.kinds = analyzeKinds(child.st, body, u.c.globalKinds, u.c.src.isMarker)
		child.stmts(body)
		if !child.endsInReturn() {
			child.loadConst(py.None)
			child.emit(vm.RETURN_VALUE)
		}
	})
	u.applyDecorators(n.DecoratorList)
	u.line = n.Lineno
	u.nameOp(string(n.Name), ast.Store)
}

func (u *unit) applyDecorators(decorators []ast.Expr) {
	for i := len(decorators) - 1; i >= 0; i-- {
		u.line = decorators[i].GetLineno()
		u.emitArg(vm.CALL_FUNCTION, 1)
	}
}

// lambda compiles a lambda expression.
func (u *unit) lambda(n *ast.Lambda) {
	u.makeFunction(n, scopeLambda, "<lambda>", n.Args, nil, n.Lineno, py.None, func(child *unit) {
		child.expr(n.Body)
		child.emit(vm.RETURN_VALUE)
	})
}

// makeFunction pushes a new function object: defaults, keyword-only defaults (name,
// value pairs), annotations (values, then the tuple of names), then the code compiled by
// body, then MAKE_FUNCTION or MAKE_CLOSURE. doc (a str or None) becomes co_consts[0],
// where gpython's function object finds its docstring.
func (u *unit) makeFunction(node ast.Ast, kind scopeKind, name string, args *ast.Arguments, returns ast.Expr, firstLine int, doc py.Object, body func(*unit)) {
	kwNames := u.checkArguments(args)
	for _, d := range args.Defaults {
		u.expr(d)
	}
	for i, d := range args.KwDefaults {
		u.loadConst(py.String(kwNames[i]))
		u.expr(d)
	}
	var annotated py.Tuple
	annotate := func(a *ast.Arg) {
		if a != nil && a.Annotation != nil {
			u.expr(a.Annotation)
			annotated = append(annotated, py.String(a.Arg))
		}
	}
	for _, a := range args.Args {
		annotate(a)
	}
	annotate(args.Vararg)
	for _, a := range args.Kwonlyargs {
		annotate(a)
	}
	annotate(args.Kwarg)
	if returns != nil {
		u.expr(returns)
		annotated = append(annotated, py.String("return"))
	}
	nann := 0
	if len(annotated) > 0 {
		u.loadConst(annotated)
		nann = len(annotated) + 1
	}
	if len(args.Defaults) > 0xFF || len(args.KwDefaults) > 0xFF || nann > 0x7FFF {
		u.syntaxError(node, "too many arguments")
	}

	child := u.childUnit(node, kind, name, firstLine)
	child.line = node.GetLineno()
	child.code.Argcount = int32(len(args.Args))
	child.code.Kwonlyargcount = int32(len(args.Kwonlyargs))
	child.constIndex(doc)
	if args.Kwarg != nil {
		child.convertKwargs(string(args.Kwarg.Arg))
	}
	body(child)
	code := child.finish()
	u.line = node.GetLineno()
	u.makeClosure(code, uint32(len(args.Defaults)|len(args.KwDefaults)<<8|nann<<16), child.qualname)
}

// convertKwargs starts the function with the conversion of its **kwargs (a gpython
// StringDict built by the VM) into the runtime's dict type.
func (u *unit) convertKwargs(name string) {
	u.loadConst(helperKwDict)
	u.nameOp(name, ast.Load)
	u.emitArg(vm.CALL_FUNCTION, 1)
	u.nameOp(name, ast.Store)
}

// checkArguments rejects a parameter without default after one with a default, and
// returns the names the keyword-only defaults belong to. gpython's AST lists only the
// defaults that are present, so each default is given to the last parameter before it.
func (u *unit) checkArguments(args *ast.Arguments) []string {
	owner := func(params []*ast.Arg, d ast.Expr) int {
		k := -1
		for i, p := range params {
			if before(p, d) {
				k = i
			}
		}
		return k
	}
	hasDefault := make([]bool, len(args.Args))
	for _, d := range args.Defaults {
		if k := owner(args.Args, d); k >= 0 {
			hasDefault[k] = true
		}
	}
	seen := false
	for i, p := range args.Args {
		if hasDefault[i] {
			seen = true
		} else if seen {
			u.syntaxError(p, "non-default argument follows default argument")
		}
	}
	names := make([]string, len(args.KwDefaults))
	for i, d := range args.KwDefaults {
		k := owner(args.Kwonlyargs, d)
		if k < 0 {
			panic(internalError("keyword-only default without parameter"))
		}
		names[i] = string(args.Kwonlyargs[k].Arg)
	}
	return names
}

// makeClosure pushes the function for code: with the tuple of the cells it closes over
// when it has free variables.
func (u *unit) makeClosure(code *py.Code, arg uint32, qualname string) {
	if len(code.Freevars) == 0 {
		u.loadConst(code)
		u.loadConst(py.String(qualname))
		u.emitArg(vm.MAKE_FUNCTION, arg)
		return
	}
	for _, n := range code.Freevars {
		u.emitArg(vm.LOAD_CLOSURE, u.derefIndex(n))
	}
	u.emitArg(vm.BUILD_TUPLE, uint32(len(code.Freevars)))
	u.loadConst(code)
	u.loadConst(py.String(qualname))
	u.emitArg(vm.MAKE_CLOSURE, arg)
}

// classDef compiles "class": __build_class__(<body function>, name, *bases, **keywords),
// then the decorators. The body returns its __class__ cell (or None), which
// __build_class__ fills with the new class for zero-argument super().
func (u *unit) classDef(n *ast.ClassDef) {
	first := n.Lineno
	for i, d := range n.DecoratorList {
		if i == 0 {
			first = d.GetLineno()
		}
		u.expr(d)
	}
	u.line = n.Lineno
	u.emit(vm.LOAD_BUILD_CLASS)
	child := u.childUnit(n, scopeClass, string(n.Name), first)
	child.private = string(n.Name)
	child.line = n.Lineno
	child.emitArg(vm.LOAD_NAME, child.name("__name__"))
	child.classNameOp("__module__", false)
	child.loadConst(py.String(child.qualname))
	child.classNameOp("__qualname__", false)
	body := n.Body
	if doc, ok := docString(body); ok {
		child.loadConst(doc)
		child.classNameOp("__doc__", false)
		body = body[1:]
	}
	child.stmts(body)
	if _, ok := child.cells["__class__"]; ok {
		child.emitArg(vm.LOAD_CLOSURE, child.cells["__class__"])
	} else {
		child.loadConst(py.None)
	}
	child.emit(vm.RETURN_VALUE)
	code := child.finish()
	u.line = n.Lineno
	u.makeClosure(code, 0, string(n.Name))
	u.loadConst(py.String(n.Name))
	u.callArgs(2, n, n.Bases, n.Keywords, n.Starargs, n.Kwargs)
	u.applyDecorators(n.DecoratorList)
	u.line = n.Lineno
	u.nameOp(string(n.Name), ast.Store)
}

// comprehension compiles a list, set or dict comprehension or a generator expression as a
// function called with the iterator of the outermost iterable. Lists are built with
// LIST_APPEND; sets from a list by the runtime helper; dicts by STORE_SUBSCR into the
// runtime's dict held in a hidden local.
func (u *unit) comprehension(node ast.Expr, name string, gens []ast.Comprehension, elt, value ast.Expr) {
	child := u.childUnit(node, scopeComprehension, name, node.GetLineno())
	child.line = node.GetLineno()
	child.code.Argcount = 1
	child.constIndex(py.None)
	var dict uint32
	switch name {
	case "<listcomp>", "<setcomp>":
		child.emitArg(vm.BUILD_LIST, 0)
	case "<dictcomp>":
		dict = child.varname(".dict")
		child.loadConst(helperDict)
		child.emitArg(vm.CALL_FUNCTION, 0)
		child.emitArg(vm.STORE_FAST, dict)
	}
	var starts, anchors []*label
	checked := make([]bool, len(gens))
	for i, g := range gens {
		unpacked := false
		if i == 0 {
			child.emitArg(vm.LOAD_FAST, 0)
			_, unpacked = unpackTargets(g.Target)
		} else {
			checked[i] = child.iterFor(g.Iter, g.Target)
			unpacked = checked[i]
		}
		start, anchor := child.here(), newLabel()
		child.jump(vm.FOR_ITER, anchor)
		child.storeItem(g.Target, unpacked)
		for _, cond := range g.Ifs {
			child.jumpIf(cond, false, start)
		}
		starts, anchors = append(starts, start), append(anchors, anchor)
	}
	switch name {
	case "<listcomp>", "<setcomp>":
		child.expr(elt)
		depth := len(gens) + 1 // the list lies below one iterator per generator...
		for _, c := range checked {
			if c {
				depth++ // ...and a second copy of each checked one
			}
		}
		child.emitArg(vm.LIST_APPEND, uint32(depth))
	case "<dictcomp>":
		child.expr(elt)
		child.expr(value)
		child.emit(vm.ROT_TWO)
		child.emitArg(vm.LOAD_FAST, dict)
		child.emit(vm.ROT_TWO)
		child.emit(vm.STORE_SUBSCR)
	case "<genexpr>":
		child.expr(elt)
		child.emit(vm.YIELD_VALUE)
		child.emit(vm.POP_TOP)
	}
	for i := len(gens) - 1; i >= 0; i-- {
		child.jump(vm.JUMP_ABSOLUTE, starts[i])
		child.bind(anchors[i])
		if checked[i] {
			child.checkIter()
		}
	}
	// The outermost iterator is the argument: a checkedIter unless it cannot fail.
	child.emitArg(vm.LOAD_FAST, 0)
	child.checkIter()
	switch name {
	case "<setcomp>":
		child.loadConst(helperSetFromList)
		child.emit(vm.ROT_TWO)
		child.emitArg(vm.CALL_FUNCTION, 1)
	case "<dictcomp>":
		child.emitArg(vm.LOAD_FAST, dict)
	case "<genexpr>":
		child.loadConst(py.None)
	}
	child.emit(vm.RETURN_VALUE)
	code := child.finish()
	u.line = node.GetLineno()
	u.makeClosure(code, 0, child.qualname)
	u.expr(gens[0].Iter)
	if _, unpacks := unpackTargets(gens[0].Target); !unpacks && u.safeIterable(gens[0].Iter) {
		u.emit(vm.GET_ITER)
	} else {
		u.wrapIter(gens[0].Target)
	}
	u.emitArg(vm.CALL_FUNCTION, 1)
}
