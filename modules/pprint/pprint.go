// Package pprint provides Python's pprint module, written in Python by gopy (pprint.py,
// embedded): PrettyPrinter lays out dicts, lists, tuples, sets, strings, bytes and the
// collections types over several lines exactly as CPython 3.11 does (the same width
// arithmetic and continuation indents, chosen by the type's __repr__ so subclasses that
// keep their base's repr are laid out as the base), with depth limits, compact mode,
// sort_dicts, underscore_numbers and recursion markers; saferepr, isreadable, isrecursive.
package pprint

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed pprint.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "pprint", Doc: "Support to pretty-print lists, tuples, & dictionaries recursively.", FileDesc: "<frozen pprint>"},
		CodeSrc: source,
	})
}
