// Package zipfile provides Python's zipfile module, written in Python by gopy
// (zipfile.py, zipfile_archive.py and zipfile_path.py, one module's source) over zlib,
// struct and binascii: ZipFile (read, write, append, extract), ZipInfo, ZipExtFile,
// is_zipfile, ZIP64 records, traditional PKWARE decryption and zipfile.Path, with stored
// members written byte for byte as CPython's.
package zipfile

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/libsrc"
	_ "github.com/gopyrt/gopy/modules/zlib"
)

var (
	//go:embed zipfile.py
	source string
	//go:embed zipfile_archive.py
	archiveSource string
	//go:embed zipfile_path.py
	pathSource string
)

func init() {
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "zipfile", Doc: "Read and write ZIP files.", FileDesc: "<frozen zipfile>"},
	}, source, archiveSource, pathSource)
}
