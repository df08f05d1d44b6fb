package re

import (
	"fmt"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/frames"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/re/internal/sre"
	pysys "github.com/gopyrt/gopy/modules/sys"
	"github.com/gopyrt/gopy/modules/traceback"
)

// Warnings: CPython's re reports some dubious patterns with warnings.warn, attributed to
// the script's call of the re function. gopy hands them to the warnings module when there
// is one; without it they are shown as CPython's default filters would show them: a
// FutureWarning once per location, a DeprecationWarning only when the call is in __main__,
// as "file:line: Category: message" and the source line, on sys.stderr.

// shown is the warnings registry of the fallback: what was shown where, per interpreter.
var shown sync.Map // py.Context -> *sync.Map of warnKey

type warnKey struct {
	file     string
	line     int
	category string
	msg      string
}

// emitWarnings issues the compiler's warnings.
func emitWarnings(ws []sre.Warning) {
	for _, w := range ws {
		category := py.DeprecationWarning
		if w.Category == "FutureWarning" {
			category = py.FutureWarning
		}
		if warn, err := importAttr(nil, "warnings", "warn"); err == nil {
			_, _ = py.Call(warn, py.Tuple{py.String(w.Msg), category, py.Int(1)}, nil)
			continue
		}
		showWarning(w)
	}
}

// showWarning is the fallback when there is no warnings module.
func showWarning(w sre.Warning) {
	t := gil.Holding()
	if t == nil {
		return
	}
	f := t.Frame(0)
	if f == nil {
		return
	}
	module, _ := f.Globals["__name__"].(py.String)
	if w.Category == "DeprecationWarning" && module != "__main__" {
		return
	}
	ctx := t.Runtime().Context()
	reg, _ := shown.LoadOrStore(ctx, &sync.Map{})
	key := warnKey{f.Code.Filename, frames.Lineno(f), w.Category, w.Msg}
	if _, seen := reg.(*sync.Map).LoadOrStore(key, true); seen {
		return
	}
	text := fmt.Sprintf("%s:%d: %s: %s\n", key.file, key.line, w.Category, w.Msg)
	if line := traceback.SourceLine(key.file, key.line); line != "" {
		text += "  " + line + "\n"
	}
	pysys.Stderr(ctx)(text)
}
