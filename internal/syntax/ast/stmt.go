package ast

// FunctionDef is a def statement.
type FunctionDef struct {
	Pos
	Name          string     `py:"name"`
	Args          *Arguments `py:"args"`
	Body          []StmtNode `py:"body"`
	DecoratorList []ExprNode `py:"decorator_list"`
	Returns       ExprNode   `py:"returns,opt"`
	TypeComment   string     `py:"type_comment,opt"`
}

// AsyncFunctionDef is an async def statement.
type AsyncFunctionDef struct {
	Pos
	Name          string     `py:"name"`
	Args          *Arguments `py:"args"`
	Body          []StmtNode `py:"body"`
	DecoratorList []ExprNode `py:"decorator_list"`
	Returns       ExprNode   `py:"returns,opt"`
	TypeComment   string     `py:"type_comment,opt"`
}

// ClassDef is a class statement.
type ClassDef struct {
	Pos
	Name          string     `py:"name"`
	Bases         []ExprNode `py:"bases"`
	Keywords      []*Keyword `py:"keywords"`
	Body          []StmtNode `py:"body"`
	DecoratorList []ExprNode `py:"decorator_list"`
}

// Return is a return statement.
type Return struct {
	Pos
	Value ExprNode `py:"value,opt"`
}

// Delete is a del statement.
type Delete struct {
	Pos
	Targets []ExprNode `py:"targets"`
}

// Assign is an assignment, with one target per '='.
type Assign struct {
	Pos
	Targets     []ExprNode `py:"targets"`
	Value       ExprNode   `py:"value"`
	TypeComment string     `py:"type_comment,opt"`
}

// AugAssign is an augmented assignment (x += 1).
type AugAssign struct {
	Pos
	Target ExprNode `py:"target"`
	Op     Operator `py:"op"`
	Value  ExprNode `py:"value"`
}

// AnnAssign is an annotated assignment; Simple is 1 for a bare name target.
type AnnAssign struct {
	Pos
	Target     ExprNode `py:"target"`
	Annotation ExprNode `py:"annotation"`
	Value      ExprNode `py:"value,opt"`
	Simple     int      `py:"simple"`
}

// For is a for loop.
type For struct {
	Pos
	Target      ExprNode   `py:"target"`
	Iter        ExprNode   `py:"iter"`
	Body        []StmtNode `py:"body"`
	Orelse      []StmtNode `py:"orelse"`
	TypeComment string     `py:"type_comment,opt"`
}

// AsyncFor is an async for loop.
type AsyncFor struct {
	Pos
	Target      ExprNode   `py:"target"`
	Iter        ExprNode   `py:"iter"`
	Body        []StmtNode `py:"body"`
	Orelse      []StmtNode `py:"orelse"`
	TypeComment string     `py:"type_comment,opt"`
}

// While is a while loop.
type While struct {
	Pos
	Test   ExprNode   `py:"test"`
	Body   []StmtNode `py:"body"`
	Orelse []StmtNode `py:"orelse"`
}

// If is an if statement; elif is an If alone in Orelse.
type If struct {
	Pos
	Test   ExprNode   `py:"test"`
	Body   []StmtNode `py:"body"`
	Orelse []StmtNode `py:"orelse"`
}

// With is a with statement.
type With struct {
	Pos
	Items       []*WithItem `py:"items"`
	Body        []StmtNode  `py:"body"`
	TypeComment string      `py:"type_comment,opt"`
}

// AsyncWith is an async with statement.
type AsyncWith struct {
	Pos
	Items       []*WithItem `py:"items"`
	Body        []StmtNode  `py:"body"`
	TypeComment string      `py:"type_comment,opt"`
}

// Match is a match statement.
type Match struct {
	Pos
	Subject ExprNode     `py:"subject"`
	Cases   []*MatchCase `py:"cases"`
}

// Raise is a raise statement.
type Raise struct {
	Pos
	Exc   ExprNode `py:"exc,opt"`
	Cause ExprNode `py:"cause,opt"`
}

// Try is a try statement with except clauses.
type Try struct {
	Pos
	Body      []StmtNode       `py:"body"`
	Handlers  []*ExceptHandler `py:"handlers"`
	Orelse    []StmtNode       `py:"orelse"`
	Finalbody []StmtNode       `py:"finalbody"`
}

// TryStar is a try statement with except* clauses.
type TryStar struct {
	Pos
	Body      []StmtNode       `py:"body"`
	Handlers  []*ExceptHandler `py:"handlers"`
	Orelse    []StmtNode       `py:"orelse"`
	Finalbody []StmtNode       `py:"finalbody"`
}

// Assert is an assert statement.
type Assert struct {
	Pos
	Test ExprNode `py:"test"`
	Msg  ExprNode `py:"msg,opt"`
}

// Import is an import statement.
type Import struct {
	Pos
	Names []*Alias `py:"names"`
}

// ImportFrom is a from ... import statement; Level counts the leading dots.
type ImportFrom struct {
	Pos
	Module string   `py:"module,opt"`
	Names  []*Alias `py:"names"`
	Level  int      `py:"level,opt"`
}

// Global is a global statement.
type Global struct {
	Pos
	Names []string `py:"names"`
}

// Nonlocal is a nonlocal statement.
type Nonlocal struct {
	Pos
	Names []string `py:"names"`
}

// Expr is an expression statement.
type Expr struct {
	Pos
	Value ExprNode `py:"value"`
}

// Pass is a pass statement.
type Pass struct{ Pos }

// Break is a break statement.
type Break struct{ Pos }

// Continue is a continue statement.
type Continue struct{ Pos }

func (*FunctionDef) node()      {}
func (*AsyncFunctionDef) node() {}
func (*ClassDef) node()         {}
func (*Return) node()           {}
func (*Delete) node()           {}
func (*Assign) node()           {}
func (*AugAssign) node()        {}
func (*AnnAssign) node()        {}
func (*For) node()              {}
func (*AsyncFor) node()         {}
func (*While) node()            {}
func (*If) node()               {}
func (*With) node()             {}
func (*AsyncWith) node()        {}
func (*Match) node()            {}
func (*Raise) node()            {}
func (*Try) node()              {}
func (*TryStar) node()          {}
func (*Assert) node()           {}
func (*Import) node()           {}
func (*ImportFrom) node()       {}
func (*Global) node()           {}
func (*Nonlocal) node()         {}
func (*Expr) node()             {}
func (*Pass) node()             {}
func (*Break) node()            {}
func (*Continue) node()         {}

func (*FunctionDef) stmtNode()      {}
func (*AsyncFunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()         {}
func (*Return) stmtNode()           {}
func (*Delete) stmtNode()           {}
func (*Assign) stmtNode()           {}
func (*AugAssign) stmtNode()        {}
func (*AnnAssign) stmtNode()        {}
func (*For) stmtNode()              {}
func (*AsyncFor) stmtNode()         {}
func (*While) stmtNode()            {}
func (*If) stmtNode()               {}
func (*With) stmtNode()             {}
func (*AsyncWith) stmtNode()        {}
func (*Match) stmtNode()            {}
func (*Raise) stmtNode()            {}
func (*Try) stmtNode()              {}
func (*TryStar) stmtNode()          {}
func (*Assert) stmtNode()           {}
func (*Import) stmtNode()           {}
func (*ImportFrom) stmtNode()       {}
func (*Global) stmtNode()           {}
func (*Nonlocal) stmtNode()         {}
func (*Expr) stmtNode()             {}
func (*Pass) stmtNode()             {}
func (*Break) stmtNode()            {}
func (*Continue) stmtNode()         {}
