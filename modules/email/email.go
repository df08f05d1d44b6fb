// Package email provides the part of Python's email package that programs and the HTTP
// modules stand on, written in Python by gopy (embedded sources): the Message model
// (ordered headers looked up without regard to case, parameters, payload), the parsers,
// the errors and email.utils' dates and addresses.
//
// Not modelled: MIME multipart parsing, policies, header folding and encoded words,
// email.mime and the generator classes; a message's body is one string.
package email

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/libsrc"
)

var (
	//go:embed __init__.py
	initSource string
	//go:embed message.py
	messageSource string
	//go:embed parser.py
	parserSource string
	//go:embed errors.py
	errorsSource string
	//go:embed utils.py
	utilsSource string
)

func init() {
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "email", Doc: "", FileDesc: "<frozen email>"},
	}, initSource, "\n__path__ = []\n")
	for _, m := range []struct{ name, src string }{
		{"email.message", messageSource},
		{"email.parser", parserSource},
		{"email.errors", errorsSource},
		{"email.utils", utilsSource},
	} {
		libsrc.Register(&py.ModuleImpl{
			Info: py.ModuleInfo{Name: m.name, FileDesc: "<frozen " + m.name + ">"},
		}, m.src)
	}
}
