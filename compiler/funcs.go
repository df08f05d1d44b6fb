package compiler

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// childUnit makes the unit for the block node introduces.
func (u *unit) childUnit(node ast.Node, kind scopeKind, name string, pos ast.Pos) *unit {
	st := u.c.symbols.Lookup(node)
	if st == nil {
		panic(internalError("no symbol table for %s", name))
	}
	child := u.c.newUnit(u, st, kind, name, pos)
	child.setQualname()
	return child
}

// functionDef compiles "def": decorators first, then the defaults, the annotations and
// the function, then the decorator calls innermost first, then the store of the name.
func (u *unit) functionDef(n ast.StmtNode, name string, args *ast.Arguments, body []ast.StmtNode, decorators []ast.ExprNode, returns ast.ExprNode, async bool) {
	u.checkDebugArgs(args)
	first := *n.Loc()
	for i, d := range decorators {
		if i == 0 {
			first.Lineno = d.Loc().Lineno
		}
		u.expr(d)
	}
	var doc py.Object = py.None
	if s, ok := docString(body); ok {
		body, doc = body[1:], s
	}
	u.makeFunction(n, scopeFunction, name, args, returns, first, doc, func(child *unit) {
		child.kinds = analyzeKinds(child.st, body, u.c.globalKinds)
		child.stmts(body)
		if !child.endsInReturn() {
			child.loadConst(py.None)
			child.emit(vm.RETURN_VALUE)
		}
	})
	u.applyDecorators(decorators)
	u.at(n)
	u.nameOp(name, ast.Store)
}

// checkDebugArgs rejects a parameter named __debug__ (compile.c's
// compiler_check_debug_args).
func (u *unit) checkDebugArgs(args *ast.Arguments) {
	for _, group := range [][]*ast.Arg{args.Posonlyargs, args.Args, args.Kwonlyargs, {args.Vararg, args.Kwarg}} {
		for _, a := range group {
			if a != nil {
				u.forbiddenName(a.Arg, ast.Store)
			}
		}
	}
}

func (u *unit) applyDecorators(decorators []ast.ExprNode) {
	saved := u.loc
	for i := len(decorators) - 1; i >= 0; i-- {
		u.at(decorators[i])
		u.emitArg(vm.CALL_FUNCTION, 1)
	}
	u.loc = saved
}

// lambda compiles a lambda expression.
func (u *unit) lambda(n *ast.Lambda) {
	u.checkDebugArgs(n.Args)
	u.makeFunction(n, scopeLambda, "<lambda>", n.Args, nil, n.Pos, py.None, func(child *unit) {
		child.expr(n.Body)
		child.emit(vm.RETURN_VALUE)
	})
}

// makeFunction pushes a new function object: defaults, keyword-only defaults (name,
// value pairs), annotations (values, then the tuple of names), then the code compiled by
// body, then MAKE_FUNCTION or MAKE_CLOSURE. doc (a str or None) becomes co_consts[0],
// where gpython's function object finds its docstring.
func (u *unit) makeFunction(node ast.Located, kind scopeKind, name string, args *ast.Arguments, returns ast.ExprNode, first ast.Pos, doc py.Object, body func(*unit)) {
	for _, d := range args.Defaults {
		u.expr(d)
	}
	nkw := 0
	for i, d := range args.KwDefaults {
		if d != nil {
			u.loadConst(py.String(u.mangle(args.Kwonlyargs[i].Arg)))
			u.expr(d)
			nkw++
		}
	}
	var annotated py.Tuple
	annotate := func(a *ast.Arg) {
		if a != nil && a.Annotation != nil {
			u.annotation(a.Annotation)
			annotated = append(annotated, py.String(u.mangle(a.Arg)))
		}
	}
	for _, a := range args.Posonlyargs {
		annotate(a)
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
		u.annotation(returns)
		annotated = append(annotated, py.String("return"))
	}
	nann := 0
	if len(annotated) > 0 {
		u.loadConst(annotated)
		nann = len(annotated) + 1
	}
	if len(args.Defaults) > 0xFF || nkw > 0xFF || nann > 0x7FFF {
		u.errorAt(node, "too many arguments")
	}

	child := u.childUnit(node, kind, name, first)
	child.loc = *node.Loc()
	child.code.Argcount = int32(len(args.Posonlyargs) + len(args.Args))
	child.code.Kwonlyargcount = int32(len(args.Kwonlyargs))
	child.constIndex(doc)
	if args.Kwarg != nil {
		child.convertKwargs(args.Kwarg.Arg)
	}
	body(child)
	code := child.finish()
	recordPosOnly(code, len(args.Posonlyargs))
	u.at(node)
	u.makeClosure(code, uint32(len(args.Defaults)|nkw<<8|nann<<16), child.qualname)
}

// convertKwargs starts the function with the conversion of its **kwargs (a gpython
// StringDict built by the VM) into the runtime's dict type.
func (u *unit) convertKwargs(name string) {
	u.loadConst(helperKwDict)
	u.nameOp(name, ast.Load)
	u.emitArg(vm.CALL_FUNCTION, 1)
	u.nameOp(name, ast.Store)
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
	first := n.Pos
	for i, d := range n.DecoratorList {
		if i == 0 {
			first.Lineno = d.Loc().Lineno
		}
		u.expr(d)
	}
	u.at(n)
	u.emit(vm.LOAD_BUILD_CLASS)
	if starredCall(n.Bases, n.Keywords) {
		u.beginStarredCall(n.Keywords)
	}
	child := u.childUnit(n, scopeClass, n.Name, first)
	child.private = n.Name
	child.loc = n.Pos
	child.emitArg(vm.LOAD_NAME, child.name("__name__"))
	child.classNameOp("__module__", false)
	child.loadConst(py.String(child.qualname))
	child.classNameOp("__qualname__", false)
	body := n.Body
	if findAnnotations(body) {
		child.setupAnnotations()
	}
	if doc, ok := docString(body); ok {
		child.at(body[0])
		child.loadConst(doc)
		child.classNameOp("__doc__", false)
		body = body[1:]
	}
	child.stmts(body)
	child.loc = n.Pos
	if _, ok := child.cells["__class__"]; ok {
		child.emitArg(vm.LOAD_CLOSURE, child.cells["__class__"])
	} else {
		child.loadConst(py.None)
	}
	child.emit(vm.RETURN_VALUE)
	code := child.finish()
	u.at(n)
	u.makeClosure(code, 0, n.Name)
	u.loadConst(py.String(n.Name))
	u.callArgs(2, n, n.Bases, n.Keywords)
	u.applyDecorators(n.DecoratorList)
	u.at(n)
	u.nameOp(n.Name, ast.Store)
}

// comprehension compiles a list, set or dict comprehension or a generator expression as a
// function called with the iterator of the outermost iterable. Lists are built with
// LIST_APPEND; sets from a list by the runtime helper; dicts by STORE_SUBSCR into the
// runtime's dict held in a hidden local.
func (u *unit) comprehension(node ast.ExprNode, name string, gens []*ast.Comprehension, elt, value ast.ExprNode) {
	child := u.childUnit(node, scopeComprehension, name, *node.Loc())
	u.comprehensionAsync(child.st, name == "<genexpr>")
	child.loc = *node.Loc()
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
	var starts, anchors, conts []*label
	checked := make([]bool, len(gens))
	_, outerUnpacks := unpackTargets(gens[0].Target)
	outerPlain := !outerUnpacks && u.safeIterable(gens[0].Iter)
	for i, g := range gens {
		unpacked := false
		if g.IsAsync != 0 {
			anchor := newLabel()
			if i == 0 {
				child.emitArg(vm.LOAD_FAST, 0)
			} else {
				child.expr(g.Iter)
				child.asyncIter()
			}
			start := child.here()
			child.asyncNext(anchor)
			child.store(g.Target)
			for _, cond := range g.Ifs {
				child.jumpIf(cond, false, start)
			}
			starts, anchors, conts = append(starts, start), append(anchors, anchor), append(conts, start)
			continue
		}
		polled := false // by its checkedIter
		if i == 0 {
			child.emitArg(vm.LOAD_FAST, 0)
			unpacked, polled = outerUnpacks, !outerPlain
		} else {
			checked[i] = child.iterFor(g.Iter, g.Target)
			unpacked, polled = checked[i], checked[i]
		}
		start, anchor, cont := child.here(), newLabel(), newLabel()
		if polled {
			cont = start
		}
		child.jump(vm.FOR_ITER, anchor)
		child.storeItem(g.Target, unpacked)
		for _, cond := range g.Ifs {
			child.jumpIf(cond, false, cont)
		}
		starts, anchors, conts = append(starts, start), append(anchors, anchor), append(conts, cont)
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
		child.wrapAsyncYield()
		child.emit(vm.YIELD_VALUE)
		child.emit(vm.POP_TOP)
	}
	child.loc = *node.Loc()
	for i := len(gens) - 1; i >= 0; i-- {
		if conts[i] == starts[i] { // its checkedIter polls
			child.jump(vm.JUMP_ABSOLUTE, starts[i])
		} else { // the back edge polls (poll.go), skipped items' too
			child.bind(conts[i])
			child.loadConst(thePoller)
			child.jump(vm.POP_JUMP_IF_TRUE, starts[i])
		}
		child.bind(anchors[i])
		if gens[i].IsAsync != 0 {
			child.emit(vm.POP_TOP) // the end marker
			child.emit(vm.POP_TOP) // the async iterator
		}
		if checked[i] {
			child.checkIter()
		}
	}
	// The outermost iterator is the argument: a checkedIter unless it cannot fail.
	if gens[0].IsAsync == 0 {
		child.emitArg(vm.LOAD_FAST, 0)
		child.checkIter()
	}
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
	u.at(node)
	u.makeClosure(code, 0, child.qualname)
	u.expr(gens[0].Iter)
	if gens[0].IsAsync != 0 {
		u.asyncIter()
	} else if outerPlain {
		u.emit(vm.GET_ITER)
	} else {
		u.wrapIter(gens[0].Target)
	}
	u.emitArg(vm.CALL_FUNCTION, 1)
	if code.Flags&CoCoroutine != 0 {
		u.awaitTOS(helperAwait)
	}
}
