// Package glob provides Python's glob module (glob, iglob, escape, has_magic, with
// recursive, root_dir, dir_fd and include_hidden), written in Python by gopy (glob.py,
// embedded) over os.scandir and fnmatch. It replaces gpython's glob module.
package glob

import (
	_ "embed"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // gpython's glob is registered first: this replaces it
)

//go:embed glob.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "glob", Doc: "Filename globbing utility.", FileDesc: "<frozen glob>"},
		CodeSrc: source,
	})
}
