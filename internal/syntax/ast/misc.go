package ast

// Comprehension is one 'for ... in ... if ...' clause of a comprehension; IsAsync is 1
// for 'async for'.
type Comprehension struct {
	Target  ExprNode   `py:"target"`
	Iter    ExprNode   `py:"iter"`
	Ifs     []ExprNode `py:"ifs"`
	IsAsync int        `py:"is_async"`
}

// ExceptHandler is an except (or except*) clause.
type ExceptHandler struct {
	Pos
	Type ExprNode   `py:"type,opt"`
	Name string     `py:"name,opt"`
	Body []StmtNode `py:"body"`
}

// Arguments are the parameters of a function or lambda. Defaults belong to the last
// positional parameters; KwDefaults has one entry per keyword-only parameter, nil where
// it has no default.
type Arguments struct {
	Posonlyargs []*Arg     `py:"posonlyargs"`
	Args        []*Arg     `py:"args"`
	Vararg      *Arg       `py:"vararg,opt"`
	Kwonlyargs  []*Arg     `py:"kwonlyargs"`
	KwDefaults  []ExprNode `py:"kw_defaults"`
	Kwarg       *Arg       `py:"kwarg,opt"`
	Defaults    []ExprNode `py:"defaults"`
}

// Arg is one parameter.
type Arg struct {
	Pos
	Arg         string   `py:"arg"`
	Annotation  ExprNode `py:"annotation,opt"`
	TypeComment string   `py:"type_comment,opt"`
}

// Keyword is a keyword argument of a call or class; Arg is empty for **mapping.
type Keyword struct {
	Pos
	Arg   string   `py:"arg,opt"`
	Value ExprNode `py:"value"`
}

// Alias is one name of an import statement.
type Alias struct {
	Pos
	Name   string `py:"name"`
	Asname string `py:"asname,opt"`
}

// WithItem is one context manager of a with statement.
type WithItem struct {
	ContextExpr  ExprNode `py:"context_expr"`
	OptionalVars ExprNode `py:"optional_vars,opt"`
}

// MatchCase is one case block of a match statement.
type MatchCase struct {
	Pattern PatternNode `py:"pattern"`
	Guard   ExprNode    `py:"guard,opt"`
	Body    []StmtNode  `py:"body"`
}

// MatchValue is a literal or value pattern, compared with ==.
type MatchValue struct {
	Pos
	Value ExprNode `py:"value"`
}

// MatchSingleton is a None, True or False pattern, compared with is.
type MatchSingleton struct {
	Pos
	Value any `py:"value"`
}

// MatchSequence is a sequence pattern.
type MatchSequence struct {
	Pos
	Patterns []PatternNode `py:"patterns"`
}

// MatchMapping is a mapping pattern; Rest names the **rest capture.
type MatchMapping struct {
	Pos
	Keys     []ExprNode    `py:"keys"`
	Patterns []PatternNode `py:"patterns"`
	Rest     string        `py:"rest,opt"`
}

// MatchClass is a class pattern.
type MatchClass struct {
	Pos
	Cls         ExprNode      `py:"cls"`
	Patterns    []PatternNode `py:"patterns"`
	KwdAttrs    []string      `py:"kwd_attrs"`
	KwdPatterns []PatternNode `py:"kwd_patterns"`
}

// MatchStar is a *name (or *_) item of a sequence pattern.
type MatchStar struct {
	Pos
	Name string `py:"name,opt"`
}

// MatchAs is a capture (name), a wildcard (_, no pattern and no name) or an as pattern.
type MatchAs struct {
	Pos
	Pattern PatternNode `py:"pattern,opt"`
	Name    string      `py:"name,opt"`
}

// MatchOr is an or pattern (p1 | p2).
type MatchOr struct {
	Pos
	Patterns []PatternNode `py:"patterns"`
}

func (*Comprehension) node()  {}
func (*ExceptHandler) node()  {}
func (*Arguments) node()      {}
func (*Arg) node()            {}
func (*Keyword) node()        {}
func (*Alias) node()          {}
func (*WithItem) node()       {}
func (*MatchCase) node()      {}
func (*MatchValue) node()     {}
func (*MatchSingleton) node() {}
func (*MatchSequence) node()  {}
func (*MatchMapping) node()   {}
func (*MatchClass) node()     {}
func (*MatchStar) node()      {}
func (*MatchAs) node()        {}
func (*MatchOr) node()        {}

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchStar) patternNode()      {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}
