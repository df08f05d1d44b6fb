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
	libsrc.Package("email", "", initSource)
	libsrc.Module("email.message", "", messageSource)
	libsrc.Module("email.parser", "", parserSource)
	libsrc.Module("email.errors", "", errorsSource)
	libsrc.Module("email.utils", "", utilsSource)
}
