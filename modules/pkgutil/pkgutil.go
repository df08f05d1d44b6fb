// Package pkgutil provides Python's pkgutil, runpy and sysconfig modules, written in Python
// by gopy (embedded) over importlib: pkgutil lists the modules of directories (its FileFinder
// stands for importlib.machinery's), walks packages and reads their data files; runpy runs a
// module found by importlib.util.find_spec (a package's __main__) or a file or directory in
// a fresh namespace, with CPython's messages; sysconfig gives CPython 3.11's installation
// schemes expanded from sys.prefix (the directory above gopy's binary) and the configuration
// variables of a linux-x86_64 CPython build.
package pkgutil

import (
	_ "embed"

	"github.com/gopyrt/gopy/internal/libsrc"
)

var (
	//go:embed pkgutil.py
	pkgutilSource string
	//go:embed runpy.py
	runpySource string
	//go:embed sysconfig.py
	sysconfigSource string
)

func init() {
	libsrc.Module("pkgutil", "Utilities to support packages.", pkgutilSource)
	libsrc.Module("runpy", "runpy.py - locating and running Python code using the module namespace", runpySource)
	libsrc.Module("sysconfig", "Access to Python's configuration information.", sysconfigSource)
}
