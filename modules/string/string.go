// Package string provides Python's string module, written in Python by gopy (string.py,
// embedded): the ASCII constants, capwords, Template ($-substitution over the re module,
// its pattern built per subclass by __init_subclass__) and Formatter, whose parse and
// get_field carry their own parser of str.format's field grammar (CPython's _string), with
// CPython's error messages. It replaces gpython's string module, which has the constants only.
package string

import (
	_ "embed"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's string first, replaced here
)

//go:embed string.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "string", Doc: "Common string constants, Template and Formatter.", FileDesc: "<frozen string>"},
		CodeSrc: source,
	})
}
