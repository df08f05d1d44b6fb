// Package socketserver provides Python's socketserver module, written in Python by gopy
// (socketserver.py, embedded) over the socket, selectors and threading modules:
// BaseServer, TCPServer, UDPServer, the Unix servers, ThreadingMixIn and its servers, and
// the request handlers, with CPython 3.11's API. ForkingMixIn runs each request in a
// multiprocessing 'fork' child, since gopy cannot fork(2).
package socketserver

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed socketserver.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "socketserver", Doc: "Generic socket server classes.", FileDesc: "<frozen socketserver>"},
		CodeSrc: source,
	})
}
