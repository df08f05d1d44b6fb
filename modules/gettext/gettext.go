// Package gettext provides Python's gettext module, written in Python by gopy
// (gettext.py, embedded): cmp with CPython's stat signatures and cache, cmpfiles, and
// dircmp computing its attributes lazily, with report text as CPython 3.11's.
package gettext

import (
	_ "embed"

	"github.com/gopyrt/gopy/internal/libsrc"
)

//go:embed gettext.py
var source string

func init() {
	libsrc.Module("gettext", "Internationalization and localization support.", source)
}
