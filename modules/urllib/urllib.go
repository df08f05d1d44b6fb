// Package urllib provides Python's urllib package with its parse module, written in
// Python by gopy (parse.py, embedded): urlsplit/urlparse and their inverses, urljoin,
// urldefrag, the result types with username/password/hostname/port, percent-encoding
// (quote, unquote and their variants), urlencode and parse_qs/parse_qsl, each for str
// and for bytes as CPython 3.11 gives them. The bracketed-host check that CPython makes
// with the ipaddress module is done by a small address reader of its own.
package urllib

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/libsrc"
)

var (
	//go:embed parse.py
	parseSource string
	//go:embed error.py
	errorSource string
	//go:embed response.py
	responseSource string
	//go:embed request.py
	requestSource string
)

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "urllib", Doc: "", FileDesc: "<frozen urllib>"},
		CodeSrc: "__path__ = []\n",
	})
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "urllib.parse", Doc: "Parse (absolute and relative) URLs.", FileDesc: "<frozen urllib.parse>"},
		CodeSrc: parseSource,
	})
	libsrc.Module("urllib.error", "Exception classes raised by urllib.", errorSource)
	libsrc.Module("urllib.response", "Response classes used by urllib.", responseSource)
	libsrc.Module("urllib.request", "An extensible library for opening URLs using a variety of protocols", requestSource)
}
