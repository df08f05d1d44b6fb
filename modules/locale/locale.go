// Package locale provides a small Python locale module (locale.py, embedded): gopy
// formats as the C locale does, so setlocale knows only C, POSIX and C.UTF-8 and raises
// locale.Error for other names (as CPython does where a locale is not installed);
// localeconv, strcoll and strxfrm are the C locale's. calendar's Locale classes use it.
package locale

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed locale.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "locale", Doc: "Locale settings (the C locale).", FileDesc: "<frozen locale>"},
		CodeSrc: source,
	})
}
