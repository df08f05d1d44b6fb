// Package enum provides Python's enum module, written in Python by gopy (three embedded
// files concatenated into one module: the helpers, auto/member/property, the class
// namespace and the EnumType metaclass in enum.py; Enum, ReprEnum, IntEnum, StrEnum and
// unique in members.py; FlagBoundary, Flag, IntFlag, the global_* decorators and verify
// in flag.py), with CPython 3.11's reprs, str(), format() and messages.
//
// An Enum class body fills an _EnumDict (EnumType.__prepare__). gopy's class bodies run
// in a Go map, so the object model gives the assignments to the _EnumDict once the body
// has run, in the order the body made them (classes.classNamespace): members, auto()
// values and aliases come out as in CPython; a name assigned twice is seen once.
package enum

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/libsrc"
)

var (
	//go:embed enum.py
	enumSource string
	//go:embed members.py
	membersSource string
	//go:embed flag.py
	flagSource string
)

func init() {
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "enum", Doc: "Enumerations.", FileDesc: "<frozen enum>"},
	}, enumSource, membersSource, flagSource)
}
