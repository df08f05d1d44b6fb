package ast

// Node is any node of the tree.
type Node interface {
	node()
}

// Pos is the source range of a node: the line and UTF-8 byte column where it starts and
// where it ends (exclusive), as CPython's lineno, col_offset, end_lineno and
// end_col_offset attributes.
type Pos struct {
	Lineno       int
	ColOffset    int
	EndLineno    int
	EndColOffset int
}

// Located is a node with position attributes.
type Located interface {
	Node
	Loc() *Pos
}

// Loc returns the node's position, which the caller may change.
func (p *Pos) Loc() *Pos { return p }

// ModNode is a module, the root of a tree (Python's mod).
type ModNode interface {
	Node
	modNode()
}

// StmtNode is a statement (Python's stmt).
type StmtNode interface {
	Located
	stmtNode()
}

// ExprNode is an expression (Python's expr).
type ExprNode interface {
	Located
	exprNode()
}

// PatternNode is a pattern of a match statement's case (Python's pattern).
type PatternNode interface {
	Located
	patternNode()
}

// ExprContext says whether an expression is read, assigned or deleted (expr_context).
type ExprContext uint8

// The expression contexts.
const (
	Load ExprContext = iota + 1
	Store
	Del
)

// BoolOpKind is the operator of a BoolOp (boolop).
type BoolOpKind uint8

// The boolean operators.
const (
	And BoolOpKind = iota + 1
	Or
)

// Operator is a binary operator (operator).
type Operator uint8

// The binary operators.
const (
	Add Operator = iota + 1
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

// UnaryOpKind is a unary operator (unaryop).
type UnaryOpKind uint8

// The unary operators.
const (
	Invert UnaryOpKind = iota + 1
	Not
	UAdd
	USub
)

// CmpOp is a comparison operator (cmpop).
type CmpOp uint8

// The comparison operators.
const (
	Eq CmpOp = iota + 1
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var (
	ctxNames   = [...]string{"", "Load", "Store", "Del"}
	boolNames  = [...]string{"", "And", "Or"}
	opNames    = [...]string{"", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}
	unaryNames = [...]string{"", "Invert", "Not", "UAdd", "USub"}
	cmpNames   = [...]string{"", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}
)

func name(names []string, i int) string {
	if i < len(names) {
		return names[i]
	}
	return "?"
}

// String returns the Python class name (Load, Store, Del).
func (c ExprContext) String() string { return name(ctxNames[:], int(c)) }

// String returns the Python class name (And, Or).
func (o BoolOpKind) String() string { return name(boolNames[:], int(o)) }

// String returns the Python class name (Add, Sub ...).
func (o Operator) String() string { return name(opNames[:], int(o)) }

// String returns the Python class name (Invert, Not, UAdd, USub).
func (o UnaryOpKind) String() string { return name(unaryNames[:], int(o)) }

// String returns the Python class name (Eq, NotEq ...).
func (o CmpOp) String() string { return name(cmpNames[:], int(o)) }
