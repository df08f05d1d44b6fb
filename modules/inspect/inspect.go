// Package inspect provides Python's inspect module, written in Python by gopy (five
// embedded files concatenated into one module): the type predicates, getmembers, unwrap
// and docstrings (inspect.py); files, modules, source lines through linecache and frames
// (source.py); Parameter and BoundArguments (signature.py); Signature, signature(),
// getfullargspec and get_annotations (callables.py). Output and messages are CPython
// 3.11's. gopy's builtins carry no __text_signature__: signature() of a builtin function
// or method reads CPython's text signature from a table (textsig.py, keyed by qualified
// name: the builtins and the methods of the builtin types), and raises ValueError as
// CPython does for the others.
package inspect

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/libsrc"
)

var (
	//go:embed inspect.py
	predicatesSource string
	//go:embed source.py
	sourceSource string
	//go:embed signature.py
	signatureSource string
	//go:embed textsig.py
	textsigSource string
	//go:embed callables.py
	callablesSource string
)

func init() {
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "inspect", Doc: "Get useful information from live Python objects.", FileDesc: "<frozen inspect>"},
	}, predicatesSource, sourceSource, signatureSource, callablesSource, textsigSource)
}
