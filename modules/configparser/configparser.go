// Package configparser provides Python's configparser module, written in Python by gopy
// (errors.py and parser.py, embedded and concatenated into one module): RawConfigParser,
// ConfigParser and the deprecated SafeConfigParser read INI-style sources line by line as
// CPython 3.11's reader does (comment prefixes found in rounds, continuation lines by
// indentation, empty lines in values, parse errors gathered into one ParsingError), write
// them back byte for byte, and expose sections as SectionProxy mappings with converters;
// the Basic, Extended and Legacy interpolations and every exception carry CPython's
// messages and args.
package configparser

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/libsrc"
)

var (
	//go:embed errors.py
	errorsSource string
	//go:embed parser.py
	parserSource string
)

func init() {
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "configparser", Doc: "Configuration file parser.", FileDesc: "<frozen configparser>"},
	}, errorsSource, parserSource)
}
