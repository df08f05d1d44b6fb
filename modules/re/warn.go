package re

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/modules/re/internal/sre"
)

// emitWarnings issues the compiler's warnings with warnings.warn. CPython's re warns from
// its Python code with stack levels that reach the script's call of the re function, or
// skip frames beyond it where CPython's re runs fewer frames of Python (the template of
// Pattern.sub, Match.expand). Go functions have no frame, so stacklevel 1 is the caller.
func emitWarnings(ws []sre.Warning, skip int) {
	for _, w := range ws {
		warn, err := importAttr(nil, "warnings", "warn")
		if err != nil {
			return
		}
		category := py.DeprecationWarning
		if w.Category == "FutureWarning" {
			category = py.FutureWarning
		}
		_, _ = py.Call(warn, py.Tuple{py.String(w.Msg), category, py.Int(1 + skip)}, nil)
	}
}
