// Package syntax is gopy's front end for Python 3.11: the tokenizer and the parser that
// turn source into the tree of package ast, with CPython 3.11's positions and its
// SyntaxError, IndentationError and TabError messages and locations.
//
// # API
//
// Parse parses source text (what compile() is given as a str); ParseBytes parses source
// given as bytes (compile() of bytes: a byte order mark or a PEP 263 declaration gives the
// encoding); ParseFile parses the bytes of a script or module as python3 reads a file.
// The Mode says which start rule applies: ModeExec (a module), ModeEval, ModeSingle,
// ModeFuncType. Errors are *Error values carrying what CPython puts into the
// SyntaxError: kind, message, line, offset, end line, end offset and text.
//
// # Design
//
// The grammar is CPython 3.11's Grammar/python.gram, a PEG, written out by hand as one
// method per rule (file, statements, assignment, expression, primary, star_targets ...).
// A rule returns nil and restores p.mark when it does not match; alternatives are tried
// in the grammar's order, and the left-recursive rules (the binary operators, primary,
// t_primary, attr) are loops, which parse the same language. The rules CPython memoizes
// are memoized per token. Rules that are not recursive are sometimes dispatched on their
// first token where no other alternative could match it.
//
// As in CPython, parsing is done twice when it fails: the first pass runs without the
// invalid_ rules; the second runs with them (p.invalid) to find a specific message.
// If nothing specific is found, "invalid syntax" is reported at the furthest token the
// first pass read. Errors are raised by panicking with a *bailout that run recovers;
// after a parser error, the rest of the source is tokenized and an error of the
// tokenizer there (or an unclosed bracket) takes precedence, as in CPython.
//
// The tokenizer (scanner) is a line-at-a-time state machine that mirrors CPython's:
// the parser pulls tokens lazily, because CPython reports some errors at the position of
// the tokenizer's cursor, and positions of errors come from the token the parser read
// last. INDENT, DEDENT and ENDMARKER tokens have no column (-1), as in CPython.
//
// Strings are single STRING tokens; concatenation and f-strings are resolved by the
// strings rule (strings.go, fstring.go): each replacement field's expression is parsed
// by a parser of its own over "(" + expression + ")", shifted to where the expression
// stands, and literal parts and FormattedValue nodes carry the position of the whole
// string, CPython 3.11's quirks included.
//
// Columns are UTF-8 byte offsets; error offsets are converted to characters as CPython
// converts them. Identifiers are NFKC-normalized.
package syntax
