// Package selectors provides Python's selectors module, written in Python by gopy
// (selectors.py, embedded) over the select module: SelectorKey, BaseSelector,
// SelectSelector, PollSelector, EpollSelector and DefaultSelector (epoll), with CPython's
// API and messages.
package selectors

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed selectors.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "selectors", Doc: "Selectors module.", FileDesc: "<frozen selectors>"},
		CodeSrc: source,
	})
}
