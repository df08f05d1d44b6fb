package compiler

import (
	"math"
	"sort"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
	"github.com/gopyrt/gopy/internal/syntax/symtable"
)

// scopeKind is the kind of code object a unit compiles.
type scopeKind uint8

const (
	scopeModule scopeKind = iota
	scopeClass
	scopeFunction
	scopeLambda
	scopeComprehension
)

// blockKind classifies the entries of a unit's block stack, which break, continue and
// return consult to know what they jump out of.
type blockKind uint8

const (
	blockLoop        blockKind = iota // for/while body
	blockExcept                       // try body protected by SETUP_EXCEPT
	blockFinallyTry                   // try or with body protected by SETUP_FINALLY/SETUP_WITH
	blockFinallyBody                  // finally clause
	blockHandler                      // except clause body
)

// block is one entry of the static block stack.
type block struct {
	kind    blockKind
	start   *label // loop: where continue jumps
	wrapped bool   // loop: body runs inside the pseudo-loops of loop.go
	noBlock bool   // loop: no SETUP_LOOP; break and continue are jumps
	popIter bool   // loop without block: break drops the for loop's iterator
	// popChecked: the iterator is a checkedIter, kept twice on the stack (iter.go)
	popChecked bool
	breakTo    *label // wrapped loop: where break jumps; loop without block: its end
	starState  string // except* clause body (a handler block): the variable of its state
}

// constKey identifies constants that can share a co_consts slot.
type constKey struct {
	kind byte
	s    string
	i    int64
	f    uint64
}

// unit compiles one code object (module, class body, function, lambda or comprehension).
type unit struct {
	c        *compiler
	parent   *unit
	st       *symtable.Table
	kind     scopeKind
	code     *py.Code
	instrs   []instr
	loc      ast.Pos // the source range of what is being compiled: new instructions get it
	blocks   []block
	qualname string
	private  string          // class name used for name mangling
	kinds    map[string]kind // what variables are known to hold (scalars.go)
	kindMemo map[*ast.BinOp]kind

	consts   map[constKey]uint32
	names    map[string]uint32
	varnames map[string]uint32
	cells    map[string]uint32
	frees    map[string]uint32

	boundAt int // the latest position a label was bound at (a jump target), -1 if none
}

// newUnit makes a unit for the block st of the given kind; pos is where its code starts.
func (c *compiler) newUnit(parent *unit, st *symtable.Table, kind scopeKind, name string, pos ast.Pos) *unit {
	u := &unit{
		c:        c,
		parent:   parent,
		st:       st,
		kind:     kind,
		loc:      pos,
		boundAt:  -1,
		consts:   map[constKey]uint32{},
		names:    map[string]uint32{},
		varnames: map[string]uint32{},
		cells:    map[string]uint32{},
		frees:    map[string]uint32{},
		code: &py.Code{
			Filename:    c.filename,
			Name:        name,
			Firstlineno: int32(pos.Lineno),
		},
	}
	if parent != nil {
		u.private = parent.private
	}
	for _, v := range st.Varnames {
		u.varname(v)
	}
	// Cells and free variables in sorted order, as CPython's dictbytype lays them out.
	var cells, frees []string
	for name, flags := range st.Symbols {
		switch scope := flags >> symtable.ScopeOffset & 7; {
		case scope == symtable.Cell:
			cells = append(cells, name)
		case scope == symtable.Free || flags&symtable.DefFreeClass != 0:
			frees = append(frees, name)
		}
	}
	sort.Strings(cells)
	sort.Strings(frees)
	if st.NeedsClassClosure {
		u.cell("__class__")
	}
	for _, n := range cells {
		u.cell(n)
	}
	for _, n := range frees {
		u.frees[n] = uint32(len(u.code.Freevars))
		u.code.Freevars = append(u.code.Freevars, n)
	}
	return u
}

func (u *unit) cell(n string) {
	if _, ok := u.cells[n]; !ok {
		u.cells[n] = uint32(len(u.code.Cellvars))
		u.code.Cellvars = append(u.code.Cellvars, n)
	}
}

// isFunction reports whether names in this unit are fast locals.
func (u *unit) isFunction() bool { return u.st.Type == symtable.FunctionBlock }

// emit appends an instruction without argument.
func (u *unit) emit(op vm.OpCode) {
	u.instrs = append(u.instrs, instr{op: op, pos: u.loc})
}

// emitArg appends an instruction with an argument.
func (u *unit) emitArg(op vm.OpCode, arg uint32) {
	u.instrs = append(u.instrs, instr{op: op, arg: arg, pos: u.loc})
}

// jump appends a jump to l.
func (u *unit) jump(op vm.OpCode, l *label) {
	u.instrs = append(u.instrs, instr{op: op, target: l, pos: u.loc})
}

// at sets the location of the instructions emitted next to that of node n, returning
// the previous location for a deferred restore.
func (u *unit) at(n ast.Located) ast.Pos {
	saved := u.loc
	u.loc = *n.Loc()
	return saved
}

// newLabel makes an unbound label.
func newLabel() *label { return &label{index: -1} }

// bind places l before the next instruction.
func (u *unit) bind(l *label) {
	l.index = len(u.instrs)
	u.boundAt = l.index
}

// targeted reports whether a label is bound at the current end of the code, so that control
// can arrive there by a jump even when the last instruction does not fall through.
func (u *unit) targeted() bool { return u.boundAt == len(u.instrs) }

// here makes a label bound at the current position.
func (u *unit) here() *label {
	l := newLabel()
	u.bind(l)
	return l
}

// endsInReturn reports whether the last instruction is RETURN_VALUE and no label points
// past it.
func (u *unit) endsInReturn() bool {
	n := len(u.instrs)
	return n > 0 && u.instrs[n-1].op == vm.RETURN_VALUE && !u.targeted()
}

// constIndex returns the co_consts slot for obj, sharing slots between equal immutable
// scalars of the same type (keeping 0.0 and -0.0, 1 and True apart).
func (u *unit) constIndex(obj py.Object) uint32 {
	var key constKey
	ok := true
	switch v := obj.(type) {
	case py.String:
		key = constKey{kind: 's', s: string(v)}
	case py.Bytes:
		key = constKey{kind: 'b', s: string(v)}
	case py.Int:
		key = constKey{kind: 'i', i: int64(v)}
	case py.Float:
		key = constKey{kind: 'f', f: math.Float64bits(float64(v))}
	case py.Bool:
		key = constKey{kind: 'B'}
		if v {
			key.i = 1
		}
	case py.NoneType:
		key = constKey{kind: 'N'}
	default:
		ok = false
	}
	if ok {
		if i, found := u.consts[key]; found {
			return i
		}
	}
	i := uint32(len(u.code.Consts))
	u.code.Consts = append(u.code.Consts, obj)
	if ok {
		u.consts[key] = i
	}
	return i
}

// loadConst emits LOAD_CONST obj.
func (u *unit) loadConst(obj py.Object) { u.emitArg(vm.LOAD_CONST, u.constIndex(obj)) }

// name returns the co_names slot of n.
func (u *unit) name(n string) uint32 {
	if i, ok := u.names[n]; ok {
		return i
	}
	i := uint32(len(u.code.Names))
	u.names[n] = i
	u.code.Names = append(u.code.Names, n)
	return i
}

// varname returns the co_varnames slot of n.
func (u *unit) varname(n string) uint32 {
	if i, ok := u.varnames[n]; ok {
		return i
	}
	i := uint32(len(u.code.Varnames))
	u.varnames[n] = i
	u.code.Varnames = append(u.code.Varnames, n)
	return i
}

// derefIndex returns the cell-and-free slot of n: cells first, then free variables, as
// gpython's frame lays them out.
func (u *unit) derefIndex(n string) uint32 {
	if i, ok := u.cells[n]; ok {
		return i
	}
	if i, ok := u.frees[n]; ok {
		return uint32(len(u.code.Cellvars)) + i
	}
	panic(internalError("no cell or free variable %q in %s", n, u.code.Name))
}

// mangle applies private name mangling (__x inside class C becomes _C__x).
func (u *unit) mangle(n string) string {
	if u.private == "" || len(n) < 3 || n[0] != '_' || n[1] != '_' {
		return n
	}
	if n[len(n)-1] == '_' && n[len(n)-2] == '_' {
		return n // __dunder__
	}
	for i := 0; i < len(n); i++ {
		if n[i] == '.' {
			return n // dotted import names are not mangled
		}
	}
	p := u.private
	for len(p) > 0 && p[0] == '_' {
		p = p[1:]
	}
	if p == "" {
		return n
	}
	return "_" + p + n
}

// scope returns the scope of name n (mangled) in this unit, as the symbol table
// resolved it (0 for a name it does not know).
func (u *unit) scope(n string) int { return u.st.Scope(n) }

// nameOp emits the load, store or delete of variable n in context ctx, as CPython's
// compiler_nameop.
func (u *unit) nameOp(n string, ctx ast.ExprContext) {
	if ctx != ast.Load {
		u.forbiddenName(n, ctx)
	}
	m := u.mangle(n)
	pick := func(load, store, del vm.OpCode) vm.OpCode {
		switch ctx {
		case ast.Store:
			return store
		case ast.Del:
			return del
		}
		return load
	}
	scope := u.scope(m)
	if u.kind == scopeClass && ctx != ast.Load && (scope == symtable.Local ||
		scope == symtable.GlobalImplicit || scope == 0 || m == "__class__" && scope == symtable.Cell) {
		// __class__ bound in a class body is a class attribute (a property, in
		// unittest.mock), not the implicit cell its methods' super() reads, as in CPython
		u.classNameOp(m, ctx == ast.Del)
		return
	}
	switch scope {
	case symtable.Free, symtable.Cell:
		u.emitArg(pick(vm.LOAD_DEREF, vm.STORE_DEREF, vm.DELETE_DEREF), u.derefIndex(m))
		return
	case symtable.Local:
		if u.isFunction() {
			u.emitArg(pick(vm.LOAD_FAST, vm.STORE_FAST, vm.DELETE_FAST), u.varname(m))
			return
		}
	case symtable.GlobalImplicit:
		if u.isFunction() {
			u.emitArg(pick(vm.LOAD_GLOBAL, vm.STORE_GLOBAL, vm.DELETE_GLOBAL), u.name(m))
			return
		}
	case symtable.GlobalExplicit:
		u.emitArg(pick(vm.LOAD_GLOBAL, vm.STORE_GLOBAL, vm.DELETE_GLOBAL), u.name(m))
		return
	}
	u.emitArg(pick(vm.LOAD_NAME, vm.STORE_NAME, vm.DELETE_NAME), u.name(m))
}

// classNamespace pushes the running class body's namespace: RT.ClassNamespace's, else
// locals().
func (u *unit) classNamespace() {
	if RT.ClassNamespace != nil {
		u.loadConst(helperClassNamespace)
	} else {
		u.loadConst(localsMethod)
	}
	u.emitArg(vm.CALL_FUNCTION, 0)
}

// classNameOp stores (the value on the stack) or deletes a name of a class body through
// RT.ClassStore / RT.ClassDelete, given the body's namespace (gpython's internal locals()),
// instead of STORE_NAME / DELETE_NAME, which write the Go map directly: the mapping a
// metaclass's __prepare__ returned sees every assignment when it happens, as in CPython,
// and the order of definition is known.
func (u *unit) classNameOp(name string, del bool) {
	if del {
		u.loadConst(helperClassDelete)
		u.classNamespace()
		u.loadConst(py.String(name))
		u.emitArg(vm.CALL_FUNCTION, 2)
		u.emit(vm.POP_TOP)
		return
	}
	u.loadConst(helperClassStore)
	u.emit(vm.ROT_TWO)
	u.classNamespace()
	u.loadConst(py.String(name))
	u.emitArg(vm.CALL_FUNCTION, 3)
	u.emit(vm.POP_TOP)
}

// setQualname computes the qualified name of a function or class unit from its parent,
// as CPython's compiler_set_qualname.
func (u *unit) setQualname() {
	p := u.parent
	if p == nil || p.kind == scopeModule {
		u.qualname = u.code.Name
		return
	}
	if u.kind == scopeFunction || u.kind == scopeClass {
		if p.scope(u.mangle(u.code.Name)) == symtable.GlobalExplicit {
			u.qualname = u.code.Name
			return
		}
	}
	base := p.qualname
	if p.kind == scopeFunction || p.kind == scopeLambda || p.kind == scopeComprehension {
		base += ".<locals>"
	}
	u.qualname = base + "." + u.code.Name
}

// finish assembles the unit into its code object.
func (u *unit) finish() *py.Code {
	code := u.code
	threadJumps(u.instrs)
	a := assemble(u.instrs)
	code.Code = a.code
	code.Stacksize = int32(stackDepth(u.instrs))
	code.Nlocals = int32(len(code.Varnames))
	code.Lnotab = lnotab(u.instrs, a, int(code.Firstlineno))
	code.Flags |= u.flags()
	code.Cell2arg = cell2arg(code)
	u.c.internCode(code)
	u.c.recordLines(code, u.instrs, a)
	recordPositions(code, u.instrs, a)
	if u.qualname != "" && u.qualname != code.Name {
		recordQualname(code, u.qualname)
	}
	return code
}

// flags computes co_flags.
func (u *unit) flags() int32 {
	var f int32
	if u.st.Type == symtable.FunctionBlock {
		f |= py.CO_NEWLOCALS | py.CO_OPTIMIZED
		if u.st.Nested {
			f |= py.CO_NESTED
		}
		f |= u.generatorFlag()
		if u.st.Varargs {
			f |= py.CO_VARARGS
		}
		if u.st.Varkeywords {
			f |= py.CO_VARKEYWORDS
		}
	}
	// CPython 3.11 sets no CO_NOFREE; its code objects carry the future features in force
	if u.c.futureAnn {
		f |= CO_FUTURE_ANNOTATIONS
	}
	return f
}

// cell2arg maps the cell variables that are also arguments to their argument slot, so the
// VM moves the argument into its cell on entry.
func cell2arg(code *py.Code) []byte {
	if len(code.Cellvars) == 0 {
		return nil
	}
	nargs := int(code.Argcount + code.Kwonlyargcount)
	if code.Flags&py.CO_VARARGS != 0 {
		nargs++
	}
	if code.Flags&py.CO_VARKEYWORDS != 0 {
		nargs++
	}
	used := false
	out := make([]byte, len(code.Cellvars))
	for i, cell := range code.Cellvars {
		out[i] = py.CO_CELL_NOT_AN_ARG
		for j := 0; j < nargs && j < len(code.Varnames); j++ {
			if code.Varnames[j] == cell {
				out[i] = byte(j)
				used = true
				break
			}
		}
	}
	if !used {
		return nil
	}
	return out
}
