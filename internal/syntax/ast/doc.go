// Package ast defines the abstract syntax tree of Python 3.11 as gopy's parser builds it.
//
// The tree has exactly the shape of CPython 3.11's ast module (Parser/Python.asdl): the
// same node classes, the same fields in the same order, the same optional and list
// fields, and on every statement, expression, pattern, except handler, arg, keyword and
// alias the four position attributes lineno, col_offset, end_lineno and end_col_offset,
// computed as CPython's parser computes them (lines from 1, columns in UTF-8 bytes from
// 0). Python's own ast module can therefore be a view of this tree, and Dump renders a
// tree exactly as ast.dump does.
//
// Go names follow the Python class names. The abstract classes are interfaces with a
// Node suffix (mod: ModNode, stmt: StmtNode, expr: ExprNode, pattern: PatternNode); the
// classes whose Python names are lowercase are exported with a capital (comprehension:
// Comprehension, arguments: Arguments, arg: Arg, keyword: Keyword, alias: Alias,
// withitem: WithItem, match_case: MatchCase); the field-less sum types (expr_context,
// boolop, operator, unaryop, cmpop) are small integer types whose constants carry the
// class names (Load, And, Add, Not, Eq ...). Each field has a `py` tag with its Python
// name; ",opt" marks the optional (`?`) fields.
//
// Optional values: a nil node is None; an optional identifier (ExceptHandler.Name,
// Alias.Asname, ImportFrom.Module, Keyword.Arg, MatchAs.Name, MatchStar.Name,
// MatchMapping.Rest) and an optional string (type_comment, Constant.Kind) is None when
// empty, since Python never makes them empty strings.
//
// Constant values (Constant.Value, MatchSingleton.Value) are one of: None, Ellipsis,
// bool, int64, *big.Int (only for ints that do not fit an int64), float64, complex128,
// string (a Python str, encoded as UTF-8 where lone surrogates, which Python strings may
// hold, use their 3-byte generalized UTF-8 form), Bytes.
package ast
