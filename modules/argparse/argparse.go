// Package argparse provides Python's argparse, getopt and optparse modules, written in Python by
// gopy: argparse from four embedded files concatenated into one module (formatter.py: the
// constants, errors, Namespace and the help formatters; actions.py: the actions and
// FileType; parser.py: argument containers and groups; argparser.py: ArgumentParser),
// getopt from getopt.py, optparse from two (optparse_help.py: errors, help formatters and
// type checkers; optparse_parser.py: Option, Values, OptionGroup, OptionParser). Usage, help and error text are CPython 3.11's byte for byte,
// errors exit with status 2; the help width comes from $COLUMNS or the terminal, as
// shutil.get_terminal_size gives CPython's.
package argparse

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/libsrc"
)

var (
	//go:embed formatter.py
	formatterSource string
	//go:embed actions.py
	actionsSource string
	//go:embed parser.py
	parserSource string
	//go:embed argparser.py
	argparserSource string
	//go:embed getopt.py
	getoptSource string
	//go:embed optparse_help.py
	optparseHelpSource string
	//go:embed optparse_parser.py
	optparseParserSource string
)

func init() {
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "argparse", Doc: "Command-line parsing library", FileDesc: "<frozen argparse>"},
	}, formatterSource, actionsSource, parserSource, argparserSource)
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "getopt", Doc: "Parser for command line options.", FileDesc: "<frozen getopt>"},
		CodeSrc: getoptSource,
	})
	libsrc.Module("optparse", "A powerful, extensible, and easy-to-use option parser.", optparseHelpSource, optparseParserSource)
}
