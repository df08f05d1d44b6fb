package ast

// Module is a whole source file (mode "exec").
type Module struct {
	Body        []StmtNode    `py:"body"`
	TypeIgnores []*TypeIgnore `py:"type_ignores"`
}

// Interactive is one statement of the interactive prompt (mode "single").
type Interactive struct {
	Body []StmtNode `py:"body"`
}

// Expression is a single expression (mode "eval").
type Expression struct {
	Body ExprNode `py:"body"`
}

// FunctionType is a function type comment (mode "func_type").
type FunctionType struct {
	Argtypes []ExprNode `py:"argtypes"`
	Returns  ExprNode   `py:"returns"`
}

// TypeIgnore is a "# type: ignore" comment (type_ignore).
type TypeIgnore struct {
	Lineno int    `py:"lineno"`
	Tag    string `py:"tag"`
}

func (*Module) node()       {}
func (*Interactive) node()  {}
func (*Expression) node()   {}
func (*FunctionType) node() {}
func (*TypeIgnore) node()   {}

func (*Module) modNode()       {}
func (*Interactive) modNode()  {}
func (*Expression) modNode()   {}
func (*FunctionType) modNode() {}
