// Package platform provides Python's platform module, written in Python by gopy
// (platform.py, embedded). The machine's facts come from os.uname as in CPython; the
// interpreter reports itself honestly: implementation 'gopy', the Python language version
// it implements, the Go toolchain that built it (runtime.Version, given to the module as
// _go_version), no C library.
package platform

import (
	_ "embed"
	"runtime"

	"github.com/go-python/gpython/py"
)

//go:embed platform.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "platform", Doc: "Information about the underlying platform.", FileDesc: "<frozen platform>"},
		Globals: py.StringDict{"_go_version": py.String(runtime.Version())},
		CodeSrc: source,
	})
}
