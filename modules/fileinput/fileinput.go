// Package fileinput provides Python's fileinput module, written in Python by gopy
// (fileinput.py, embedded): cmp with CPython's stat signatures and cache, cmpfiles, and
// dircmp computing its attributes lazily, with report text as CPython 3.11's.
package fileinput

import (
	_ "embed"

	"github.com/gopyrt/gopy/internal/libsrc"
)

//go:embed fileinput.py
var source string

func init() {
	libsrc.Module("fileinput", "Helper class to quickly write a loop over all standard input files.", source)
}
