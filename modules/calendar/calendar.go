// Package calendar provides Python's calendar module, written in Python by gopy
// (calendar.py, embedded) over datetime: Calendar's week and month iterators,
// TextCalendar and HTMLCalendar with CPython 3.11's layouts byte for byte, the Locale
// variants (through gopy's C-locale-only locale module), the module-level functions,
// timegm and `python -m calendar`.
package calendar

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed calendar.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "calendar", Doc: "Calendar printing functions.", FileDesc: "<frozen calendar>"},
		CodeSrc: source,
	})
}
