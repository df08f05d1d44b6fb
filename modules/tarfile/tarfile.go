// Package tarfile provides Python's tarfile module, written in Python by gopy
// (tarfile_base.py, tarfile_info.py, tarfile_io.py, tarfile_archive.py and
// tarfile_extract.py, which goes on with the TarFile class body: one module's source,
// joined as text when first imported) over os, io, zlib and gzip: the ustar, GNU and pax
// formats, gzip compression for files and streams, extraction filters. bz2 and xz raise
// CompressionError, as CPython does without those modules.
package tarfile

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/libsrc"
	_ "github.com/gopyrt/gopy/modules/gzip"
)

var (
	//go:embed tarfile_base.py
	baseSource string
	//go:embed tarfile_info.py
	infoSource string
	//go:embed tarfile_io.py
	ioSource string
	//go:embed tarfile_archive.py
	archiveSource string
	//go:embed tarfile_extract.py
	extractSource string
)

func init() {
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "tarfile", Doc: "Read from and write to tar format archives.", FileDesc: "<frozen tarfile>"},
	}, baseSource, infoSource, ioSource, archiveSource, extractSource)
}
