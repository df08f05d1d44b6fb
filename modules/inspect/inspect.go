// Package inspect provides Python's inspect module, written in Python by gopy (five
// embedded files concatenated into one module): the type predicates, getmembers, unwrap
// and docstrings (inspect.py); files, modules, source lines through linecache and frames
// (source.py); Parameter and BoundArguments (signature.py); Signature, signature(),
// getfullargspec and get_annotations (callables.py). Output and messages are CPython
// 3.11's. signature() of a builtin function or method reads CPython's text signature from
// a table (textsig.py, keyed by qualified name: the builtins and the methods of the builtin
// types; modtextsig.py: the functions of the modules gopy writes in Go, keyed by module
// and name), and raises ValueError as CPython does for the others; the builtins'
// __text_signature__ attribute reads the same table (classes.TextSignature, which imports
// inspect on first use).
package inspect

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/libsrc"
	"github.com/gopyrt/gopy/modules/importlib"
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
	//go:embed modtextsig.py
	modTextsigSource string
)

func init() {
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "inspect", Doc: "Get useful information from live Python objects.", FileDesc: "<frozen inspect>"},
	}, predicatesSource, sourceSource, signatureSource, callablesSource, textsigSource, modTextsigSource)
	classes.TextSignature = textSignature
}

// textSignature is __text_signature__ of a builtin: the text inspect's table holds for it
// (inspect._text_signature), or None.
func textSignature(obj py.Object) (py.Object, error) {
	fn, err := importlib.ModuleAttr("inspect", "_text_signature")
	if err != nil {
		return nil, err
	}
	res, err := py.Call(fn, py.Tuple{obj}, nil)
	if err != nil {
		return nil, err
	}
	if pair, ok := res.(py.Tuple); ok && len(pair) == 2 {
		return pair[0], nil
	}
	return py.None, nil
}
