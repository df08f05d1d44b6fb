// Package gzip registers Python's gzip module: gzip.py, written for gopy, over zlib
// (modules/zlib): GzipFile, open, compress and decompress, multi-member streams, CRC and
// length checks with CPython's errors.
package gzip

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	_ "github.com/gopyrt/gopy/modules/zlib"
)

//go:embed gzip.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "gzip", Doc: "Functions that read and write gzipped files.", FileDesc: "<frozen gzip>"},
		CodeSrc: source,
	})
}
