// Package shlex provides Python's shlex module, written in Python by gopy (shlex.py,
// embedded): the shlex lexer's state machine reads characters as CPython 3.11's does
// (classic and POSIX modes, quotes and escapes, comments, punctuation_chars runs,
// whitespace_split, pushed tokens and sources), so split, quote and join give CPython's
// results.
package shlex

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed shlex.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "shlex", Doc: "A lexical analyzer class for simple shell-like syntaxes.", FileDesc: "<frozen shlex>"},
		CodeSrc: source,
	})
}
