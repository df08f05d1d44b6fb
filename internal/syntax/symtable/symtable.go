package symtable

import (
	"strings"

	"github.com/gopyrt/gopy/internal/syntax"
	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// The flags of a name in a block (CPython's DEF_* and USE).
const (
	DefGlobal    = 1 << 0 // global statement
	DefLocal     = 1 << 1 // assignment in the block
	DefParam     = 1 << 2 // parameter
	DefNonlocal  = 1 << 3 // nonlocal statement
	Use          = 1 << 4 // read
	DefFree      = 1 << 5 // free variable (unused by the analysis, kept for the flags' sake)
	DefFreeClass = 1 << 6 // free variable of a method, bound in its class too
	DefImport    = 1 << 7 // bound by import
	DefAnnot     = 1 << 8 // annotated
	DefCompIter  = 1 << 9 // target of a comprehension's for

	DefBound = DefLocal | DefParam | DefImport

	ScopeOffset = 11
	ScopeMask   = DefGlobal | DefLocal | DefParam | DefNonlocal
)

// The scopes of a name: Flags(name) >> ScopeOffset & 7.
const (
	Local          = 1
	GlobalExplicit = 2
	GlobalImplicit = 3
	Free           = 4
	Cell           = 5
)

// BlockType is the kind of a Table.
type BlockType uint8

// The kinds of block, as CPython's _Py_block_ty.
const (
	FunctionBlock BlockType = iota
	ClassBlock
	ModuleBlock
	AnnotationBlock
)

// CompKind says which comprehension a function block is.
type CompKind uint8

// The kinds of comprehension.
const (
	NoComprehension CompKind = iota
	ListComprehension
	DictComprehension
	SetComprehension
	GeneratorExpression
)

// Table is the symbol table of one block.
type Table struct {
	Type                               BlockType
	Name                               string   // "top", the function or class name, "lambda", "listcomp" ...
	Node                               ast.Node // the Module, FunctionDef, ClassDef, Lambda or comprehension
	Lineno                             int
	ColOffset, EndLineno, EndColOffset int

	// Symbols holds the flags of each name, its scope in the bits above ScopeOffset;
	// Names lists the names in the order they were first seen.
	Symbols  map[string]int
	Names    []string
	Varnames []string // the parameters, in order (posonly, args, kwonly, *args, **kwargs)
	Children []*Table

	Nested            bool // inside a function
	Generator         bool
	Coroutine         bool
	ReturnsValue      bool
	Varargs           bool
	Varkeywords       bool
	Free              bool // has free variables
	ChildFree         bool // a child block has free variables
	NeedsClassClosure bool // a class whose methods use __class__
	Comprehension     CompKind

	compIterTarget bool
	compIterExpr   int
	directives     map[string]ast.Pos
}

// Flags returns the flags of a name (0 when the block does not know it).
func (t *Table) Flags(name string) int { return t.Symbols[name] }

// Scope returns the scope of a name (Local, GlobalExplicit ... or 0).
func (t *Table) Scope(name string) int { return t.Symbols[name] >> ScopeOffset & 7 }

// SymbolTable is the result of Build: the module's table and the table of every node that
// opens a block.
type SymbolTable struct {
	Top    *Table
	ByNode map[ast.Node]*Table
	Future Features
}

// Lookup returns the table of a block's node.
func (st *SymbolTable) Lookup(n ast.Node) *Table { return st.ByNode[n] }

type builder struct {
	filename    string
	src         []byte
	top         *Table
	cur         *Table
	stack       []*Table
	private     string
	byNode      map[ast.Node]*Table
	futureAnnot bool
	depth       int
}

// bail carries an error up the walk.
type bail struct{ err error }

// Build makes the symbol table of a module (an *ast.Module, *ast.Expression or
// *ast.Interactive). src is the source, for the text of errors (nil leaves it out, as
// CPython's compile() of a string does). The error is a *syntax.Error.
func Build(mod ast.ModNode, filename string, src []byte) (st *SymbolTable, err error) {
	b := &builder{filename: filename, src: src, byNode: map[ast.Node]*Table{}}
	defer func() {
		if r := recover(); r != nil {
			bl, ok := r.(bail)
			if !ok {
				panic(r)
			}
			st, err = nil, bl.err
		}
	}()
	future, err := Future(mod, filename)
	if err != nil {
		return nil, err
	}
	b.futureAnnot = future.Annotations
	b.enter("top", ModuleBlock, mod, ast.Pos{})
	b.top = b.cur
	switch m := mod.(type) {
	case *ast.Module:
		b.stmts(m.Body)
	case *ast.Interactive:
		b.stmts(m.Body)
	case *ast.Expression:
		b.expr(m.Body)
	}
	b.exit()
	if err := b.analyze(); err != nil {
		return nil, err
	}
	return &SymbolTable{Top: b.top, ByNode: b.byNode, Future: future}, nil
}

// errorAt raises a SyntaxError located at pos, as PyErr_RangedSyntaxLocationObject
// (columns are bytes plus one).
func (b *builder) errorAt(pos ast.Pos, msg string) {
	e := &syntax.Error{Msg: msg, Filename: b.filename, Lineno: pos.Lineno, Offset: pos.ColOffset + 1,
		EndLineno: pos.EndLineno, EndOffset: pos.EndColOffset + 1}
	e.Text, e.NoText = lineOf(b.src, pos.Lineno)
	panic(bail{e})
}

// lineOf is the text of line n of src (with its newline), or none.
func lineOf(src []byte, n int) (string, bool) {
	if src == nil || n < 1 {
		return "", true
	}
	lines := strings.SplitAfterN(string(src), "\n", n+1)
	if n > len(lines) {
		return "", true
	}
	return lines[n-1], false
}

func (b *builder) enter(name string, typ BlockType, n ast.Node, pos ast.Pos) {
	t := &Table{Type: typ, Name: name, Node: n, Lineno: pos.Lineno, ColOffset: pos.ColOffset,
		EndLineno: pos.EndLineno, EndColOffset: pos.EndColOffset, Symbols: map[string]int{}}
	prev := b.cur
	if prev != nil {
		t.compIterExpr = prev.compIterExpr
		if prev.Nested || prev.Type == FunctionBlock {
			t.Nested = true
		}
	}
	b.stack = append(b.stack, t)
	b.cur = t
	if typ == AnnotationBlock {
		return
	}
	b.byNode[n] = t
	if prev != nil {
		prev.Children = append(prev.Children, t)
	}
}

func (b *builder) exit() {
	b.stack = b.stack[:len(b.stack)-1]
	if len(b.stack) > 0 {
		b.cur = b.stack[len(b.stack)-1]
	} else {
		b.cur = nil
	}
}

// mangle is _Py_Mangle: __name inside class C becomes _C__name.
func mangle(private, name string) string {
	if private == "" || !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	p := strings.TrimLeft(private, "_")
	if p == "" {
		return name
	}
	return "_" + p + name
}

func (b *builder) addDef(name string, flag int, pos ast.Pos) {
	b.addDefTo(b.cur, name, flag, pos)
}

// addDefTo is symtable_add_def_helper.
func (b *builder) addDefTo(t *Table, name string, flag int, pos ast.Pos) {
	m := mangle(b.private, name)
	val, ok := t.Symbols[m]
	if ok {
		if flag&DefParam != 0 && val&DefParam != 0 {
			b.errorAt(pos, "duplicate argument '"+name+"' in function definition")
		}
		val |= flag
	} else {
		val = flag
		t.Names = append(t.Names, m)
	}
	if t.compIterTarget {
		if val&(DefGlobal|DefNonlocal) != 0 {
			b.errorAt(pos, "comprehension inner loop cannot rebind assignment expression target '"+name+"'")
		}
		val |= DefCompIter
	}
	t.Symbols[m] = val
	if flag&DefParam != 0 {
		t.Varnames = append(t.Varnames, m)
	} else if flag&DefGlobal != 0 {
		g := b.top.Symbols
		if _, ok := g[m]; !ok {
			b.top.Names = append(b.top.Names, m)
		}
		g[m] |= flag
	}
}

func (b *builder) lookup(name string) int {
	return b.cur.Symbols[mangle(b.private, name)]
}

func (b *builder) recordDirective(name string, pos ast.Pos) {
	if b.cur.directives == nil {
		b.cur.directives = map[string]ast.Pos{}
	}
	// the first directive of a name is the one errors point at
	if _, ok := b.cur.directives[mangle(b.private, name)]; !ok {
		b.cur.directives[mangle(b.private, name)] = pos
	}
}
