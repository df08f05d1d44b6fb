// Package pathlib provides Python's pathlib, written in Python by gopy and embedded:
// pathlib.py (the path syntaxes: POSIX, and Windows for PureWindowsPath), pathlib_pure.py
// (the glob selectors and the pure classes) and pathlib_path.py (Path and the classes
// that touch the filesystem), run in one module namespace in that order; three files only
// to keep each short.
package pathlib

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/libsrc"
)

var (
	//go:embed pathlib.py
	source string
	//go:embed pathlib_pure.py
	pureSource string
	//go:embed pathlib_path.py
	pathSource string
)

func init() {
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "pathlib", Doc: "Object-oriented filesystem paths.", FileDesc: "<frozen pathlib>"},
	}, source, pureSource, pathSource)
}
