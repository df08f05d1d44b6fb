// Package http provides Python's http package, written in Python by gopy (embedded
// sources): the HTTPStatus and HTTPMethod enums (__init__.py) and http.client
// (client.py), an HTTP/1.1 client over gopy's socket module with CPython 3.11's classes,
// exceptions and messages, and http.server (server.py): the request handlers and servers
// over socketserver, and `gopy -m http.server`.
//
// The response headers are an email.message.Message subclass as in CPython (gopy's email
// package holds the header model); HTTPS needs the ssl module, which gopy lacks, so
// HTTPSConnection is absent as in a CPython built without ssl.
package http

import (
	_ "embed"

	"github.com/gopyrt/gopy/internal/libsrc"
)

var (
	//go:embed __init__.py
	initSource string
	//go:embed client.py
	clientSource string
	//go:embed client_errors.py
	clientErrorsSource string
	//go:embed server.py
	serverSource string
)

func init() {
	libsrc.Package("http", "", initSource)
	libsrc.Module("http.client", "HTTP/1.1 client library", clientSource, "\n", clientErrorsSource)
	libsrc.Module("http.server", "HTTP server classes.", serverSource)
}
