// Package dataclasses provides Python's dataclasses module, written in Python by gopy
// (three embedded files concatenated into one module): Field, field(), InitVar, KW_ONLY,
// MISSING, fields() and the annotation classification (fields.py); the generated methods
// (methods.py); @dataclass itself, slots, asdict/astuple/replace and make_dataclass
// (dataclasses.py), with CPython 3.11's behaviour and messages.
//
// The generated methods are compiled from source, as CPython's are, so their signatures
// and argument errors are those of ordinary functions. gopy's argument errors name the
// code object's qualified name (CPython 3.11 names the function's), so the source is
// wrapped in classes and functions spelling the dataclass's qualified name: a bad call
// of Point's __init__ says "Point.__init__() missing 1 required positional argument".
package dataclasses

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/libsrc"
)

var (
	//go:embed fields.py
	fieldsSource string
	//go:embed methods.py
	methodsSource string
	//go:embed dataclasses.py
	classSource string
)

func init() {
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "dataclasses", FileDesc: "<frozen dataclasses>"},
	}, fieldsSource, methodsSource, classSource)
}
