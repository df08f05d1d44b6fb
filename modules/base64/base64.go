// Package base64 registers Python's base64 module: base64.py, written for gopy, over
// binascii and _base64 (modules/binascii), where the encodings CPython computes in Python
// (base32, Ascii85, base85) run in Go.
package base64

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	_ "github.com/gopyrt/gopy/modules/binascii" // binascii and _base64
)

//go:embed base64.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "base64", Doc: "Base16, Base32, Base64 (RFC 3548), Base85 and Ascii85 data encodings", FileDesc: "<frozen base64>"},
		CodeSrc: source,
	})
}
