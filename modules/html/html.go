// Package html provides Python's html package, written in Python by gopy (embedded
// sources): escape and unescape with HTML5's rules for character references, and
// html.entities with HTML 4's and HTML5's tables of named references (kept as compact
// text and read into dicts on first import), html.parser's incremental, tolerant
// HTMLParser, and _markupbase (its ParserBase: positions, comments, declarations).
package html

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/libsrc"
)

var (
	//go:embed __init__.py
	initSource string
	//go:embed entities.py
	entitiesSource string
	//go:embed parser.py
	parserSource string
	//go:embed _markupbase.py
	markupbaseSource string
)

func init() {
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "html", Doc: "General functions for HTML manipulation.", FileDesc: "<frozen html>"},
	}, initSource, "\n__path__ = []\n")
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "html.entities", Doc: "HTML character entity references.", FileDesc: "<frozen html.entities>"},
	}, entitiesSource)
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_markupbase", Doc: "Shared support for scanning document type declarations in HTML and XHTML.", FileDesc: "<frozen _markupbase>"},
	}, markupbaseSource)
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "html.parser", Doc: "A parser for HTML and XHTML.", FileDesc: "<frozen html.parser>"},
	}, parserSource)
}
