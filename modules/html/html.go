// Package html provides Python's html package, written in Python by gopy (embedded
// sources): escape and unescape with HTML5's rules for character references, and
// html.entities with HTML 4's and HTML5's tables of named references (kept as compact
// text and read into dicts on first import), html.parser's incremental, tolerant
// HTMLParser, and _markupbase (its ParserBase: positions, comments, declarations).
package html

import (
	_ "embed"

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
	libsrc.Package("html", "General functions for HTML manipulation.", initSource)
	libsrc.Module("html.entities", "HTML character entity references.", entitiesSource)
	libsrc.Module("_markupbase", "Shared support for scanning document type declarations in HTML and XHTML.", markupbaseSource)
	libsrc.Module("html.parser", "A parser for HTML and XHTML.", parserSource)
}
