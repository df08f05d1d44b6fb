// Package filecmp provides Python's filecmp module, written in Python by gopy
// (filecmp.py, embedded): cmp with CPython's stat signatures and cache, cmpfiles, and
// dircmp computing its attributes lazily, with report text as CPython 3.11's.
package filecmp

import (
	_ "embed"

	"github.com/gopyrt/gopy/internal/libsrc"
)

//go:embed filecmp.py
var source string

func init() {
	libsrc.Module("filecmp", "Utilities for comparing files and directories.", source)
}
