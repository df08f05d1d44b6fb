package multiprocessing

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/libsrc"
)

// dummySource and dummyConnectionSource are multiprocessing.dummy and
// multiprocessing.dummy.connection: multiprocessing's API over threads, written in Python.
var (
	//go:embed dummy.py
	dummySource string
	//go:embed dummy_connection.py
	dummyConnectionSource string
)

func init() {
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "multiprocessing.dummy", Doc: "Support for the API of the multiprocessing package using threads", FileDesc: "<frozen multiprocessing.dummy>"},
	}, "__path__ = []\n", dummySource)
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "multiprocessing.dummy.connection", Doc: "", FileDesc: "<frozen multiprocessing.dummy.connection>"},
		CodeSrc: dummyConnectionSource,
	})
}
