// Package colorsys provides Python's colorsys module, written in Python by gopy
// (colorsys.py, embedded): conversions between RGB and YIQ, HLS and HSV with CPython
// 3.11's arithmetic, so that results are python3's to the bit.
package colorsys

import (
	_ "embed"

	"github.com/gopyrt/gopy/internal/libsrc"
)

//go:embed colorsys.py
var source string

func init() {
	libsrc.Module("colorsys", "Conversion functions between RGB and other color systems.", source)
}
