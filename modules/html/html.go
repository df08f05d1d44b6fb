// Package html provides Python's html package, written in Python by gopy (embedded
// sources): escape and unescape with HTML5's rules for character references, and
// html.entities with HTML 4's and HTML5's tables of named references (kept as compact
// text and read into dicts on first import).
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
)

func init() {
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "html", Doc: "General functions for HTML manipulation.", FileDesc: "<frozen html>"},
	}, initSource, "\n__path__ = []\n")
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "html.entities", Doc: "HTML character entity references.", FileDesc: "<frozen html.entities>"},
	}, entitiesSource)
}
