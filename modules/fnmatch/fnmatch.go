// Package fnmatch provides Python's fnmatch module, written in Python by gopy
// (fnmatch.py, embedded) over the re module: shell patterns translated to regular
// expressions exactly as CPython 3.11 translates them.
package fnmatch

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed fnmatch.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "fnmatch", Doc: "Filename matching with shell patterns.", FileDesc: "<frozen fnmatch>"},
		CodeSrc: source,
	})
}
