// Package mimetypes provides Python's mimetypes module, written in Python by gopy
// (mimetypes.py, embedded): file names and URLs to MIME types and back, from a built-in
// table completed by the system's mime.types files, as CPython 3.11 gives them.
package mimetypes

import (
	_ "embed"

	"github.com/gopyrt/gopy/internal/libsrc"
)

//go:embed mimetypes.py
var source string

func init() {
	libsrc.Module("mimetypes", "Guess the MIME type of a file.", source)
}
