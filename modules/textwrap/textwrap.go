// Package textwrap provides Python's textwrap module, written in Python by gopy
// (textwrap.py, embedded) over the re module: TextWrapper splits text into chunks with a
// regular expression of its own that breaks where CPython 3.11's does (whitespace, hyphens
// between letters, em-dashes), then fills lines greedily with CPython's rules for long
// words, dropped whitespace and max_lines placeholders; wrap, fill, shorten, dedent, indent.
package textwrap

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed textwrap.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "textwrap", Doc: "Text wrapping and filling.", FileDesc: "<frozen textwrap>"},
		CodeSrc: source,
	})
}
