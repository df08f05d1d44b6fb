package ast

// BoolOp is a chain of 'and' or of 'or'.
type BoolOp struct {
	Pos
	Op     BoolOpKind `py:"op"`
	Values []ExprNode `py:"values"`
}

// NamedExpr is an assignment expression (x := value).
type NamedExpr struct {
	Pos
	Target ExprNode `py:"target"`
	Value  ExprNode `py:"value"`
}

// BinOp is a binary operation.
type BinOp struct {
	Pos
	Left  ExprNode `py:"left"`
	Op    Operator `py:"op"`
	Right ExprNode `py:"right"`
}

// UnaryOp is a unary operation.
type UnaryOp struct {
	Pos
	Op      UnaryOpKind `py:"op"`
	Operand ExprNode    `py:"operand"`
}

// Lambda is a lambda expression.
type Lambda struct {
	Pos
	Args *Arguments `py:"args"`
	Body ExprNode   `py:"body"`
}

// IfExp is a conditional expression (body if test else orelse).
type IfExp struct {
	Pos
	Test   ExprNode `py:"test"`
	Body   ExprNode `py:"body"`
	Orelse ExprNode `py:"orelse"`
}

// Dict is a dict display; a nil key stands for a **mapping item.
type Dict struct {
	Pos
	Keys   []ExprNode `py:"keys"`
	Values []ExprNode `py:"values"`
}

// Set is a set display.
type Set struct {
	Pos
	Elts []ExprNode `py:"elts"`
}

// ListComp is a list comprehension.
type ListComp struct {
	Pos
	Elt        ExprNode         `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}

// SetComp is a set comprehension.
type SetComp struct {
	Pos
	Elt        ExprNode         `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}

// DictComp is a dict comprehension.
type DictComp struct {
	Pos
	Key        ExprNode         `py:"key"`
	Value      ExprNode         `py:"value"`
	Generators []*Comprehension `py:"generators"`
}

// GeneratorExp is a generator expression.
type GeneratorExp struct {
	Pos
	Elt        ExprNode         `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}

// Await is an await expression.
type Await struct {
	Pos
	Value ExprNode `py:"value"`
}

// Yield is a yield expression.
type Yield struct {
	Pos
	Value ExprNode `py:"value,opt"`
}

// YieldFrom is a yield from expression.
type YieldFrom struct {
	Pos
	Value ExprNode `py:"value"`
}

// Compare is a chain of comparisons.
type Compare struct {
	Pos
	Left        ExprNode   `py:"left"`
	Ops         []CmpOp    `py:"ops"`
	Comparators []ExprNode `py:"comparators"`
}

// Call is a call.
type Call struct {
	Pos
	Func     ExprNode   `py:"func"`
	Args     []ExprNode `py:"args"`
	Keywords []*Keyword `py:"keywords"`
}

// FormattedValue is a replacement field of an f-string; Conversion is -1 or the
// character code of 's', 'r' or 'a'.
type FormattedValue struct {
	Pos
	Value      ExprNode `py:"value"`
	Conversion int      `py:"conversion"`
	FormatSpec ExprNode `py:"format_spec,opt"`
}

// JoinedStr is an f-string.
type JoinedStr struct {
	Pos
	Values []ExprNode `py:"values"`
}

// Constant is a literal; Kind is "u" for a str literal written u"...".
type Constant struct {
	Pos
	Value any    `py:"value"`
	Kind  string `py:"kind,opt"`
}

// Attribute is an attribute reference (value.attr).
type Attribute struct {
	Pos
	Value ExprNode    `py:"value"`
	Attr  string      `py:"attr"`
	Ctx   ExprContext `py:"ctx"`
}

// Subscript is a subscription (value[slice]).
type Subscript struct {
	Pos
	Value ExprNode    `py:"value"`
	Slice ExprNode    `py:"slice"`
	Ctx   ExprContext `py:"ctx"`
}

// Starred is a starred expression (*value).
type Starred struct {
	Pos
	Value ExprNode    `py:"value"`
	Ctx   ExprContext `py:"ctx"`
}

// Name is a name.
type Name struct {
	Pos
	Id  string      `py:"id"`
	Ctx ExprContext `py:"ctx"`
}

// List is a list display or target.
type List struct {
	Pos
	Elts []ExprNode  `py:"elts"`
	Ctx  ExprContext `py:"ctx"`
}

// Tuple is a tuple display or target.
type Tuple struct {
	Pos
	Elts []ExprNode  `py:"elts"`
	Ctx  ExprContext `py:"ctx"`
}

// Slice is a slice inside a subscript (lower:upper:step).
type Slice struct {
	Pos
	Lower ExprNode `py:"lower,opt"`
	Upper ExprNode `py:"upper,opt"`
	Step  ExprNode `py:"step,opt"`
}

func (*BoolOp) node()         {}
func (*NamedExpr) node()      {}
func (*BinOp) node()          {}
func (*UnaryOp) node()        {}
func (*Lambda) node()         {}
func (*IfExp) node()          {}
func (*Dict) node()           {}
func (*Set) node()            {}
func (*ListComp) node()       {}
func (*SetComp) node()        {}
func (*DictComp) node()       {}
func (*GeneratorExp) node()   {}
func (*Await) node()          {}
func (*Yield) node()          {}
func (*YieldFrom) node()      {}
func (*Compare) node()        {}
func (*Call) node()           {}
func (*FormattedValue) node() {}
func (*JoinedStr) node()      {}
func (*Constant) node()       {}
func (*Attribute) node()      {}
func (*Subscript) node()      {}
func (*Starred) node()        {}
func (*Name) node()           {}
func (*List) node()           {}
func (*Tuple) node()          {}
func (*Slice) node()          {}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}
