// Package tomllib provides Python 3.11's tomllib module, written in Python by gopy
// (tomllib.py, embedded): TOML 1.0 documents parsed into dicts, lists, strings, numbers
// and datetime objects, with CPython's TOMLDecodeError messages and positions.
package tomllib

import (
	_ "embed"

	"github.com/gopyrt/gopy/internal/libsrc"
)

//go:embed tomllib.py
var source string

func init() {
	libsrc.Module("tomllib", "", source)
}
