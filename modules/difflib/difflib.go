// Package difflib provides Python's difflib module, written in Python by gopy (difflib.py,
// embedded): SequenceMatcher with CPython 3.11's junk and popularity ("autojunk") rules, so
// its matching blocks, opcodes and ratios are CPython's; Differ/ndiff with the '?' guide
// lines, unified_diff, context_diff, diff_bytes, get_close_matches and restore, their text
// byte for byte as CPython's; HtmlDiff and the side-by-side rows it renders (_mdiff), in
// htmldiff.py, joined after difflib.py into one module.
package difflib

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/libsrc"
)

var (
	//go:embed difflib.py
	source string
	//go:embed htmldiff.py
	htmlSource string
)

func init() {
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "difflib", Doc: "Module difflib -- helpers for computing deltas between objects.", FileDesc: "<frozen difflib>"},
	}, source, htmlSource)
}
