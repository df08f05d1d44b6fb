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

// emitWarnings issues the compiler's warnings. CPython attributes them to a frame a
// fixed number of frames above its own code's, which is the script's call of the re
// function, or skip frames above it where CPython's re runs fewer frames of Python (a
// template of Pattern.sub, Match.expand); with no frame there, to "sys", line 1.
func emitWarnings(ws []sre.Warning, skip int) {
	for _, w := range ws {
		category := py.DeprecationWarning
		if w.Category == "FutureWarning" {
			category = py.FutureWarning
		}
		if warn, err := importAttr(nil, "warnings", "warn"); err == nil {
			_, _ = py.Call(warn, py.Tuple{py.String(w.Msg), category, py.Int(1 + skip)}, nil)
			continue
		}
		showWarning(w, skip)
	}
}

// showWarning is the fallback when there is no warnings module.
func showWarning(w sre.Warning, skip int) {
	t := gil.Holding()
	if t == nil {
		return
	}
	module, key := py.String("sys"), warnKey{"sys", 1, w.Category, w.Msg}
	if f := t.Frame(skip); f != nil {
		module, _ = f.Globals["__name__"].(py.String)
		key.file, key.line = f.Code.Filename, frames.Lineno(f)
	}
	if w.Category == "DeprecationWarning" && module != "__main__" {
		return
	}
	ctx := t.Runtime().Context()
	reg, _ := shown.LoadOrStore(ctx, &sync.Map{})
	if _, seen := reg.(*sync.Map).LoadOrStore(key, true); seen {
		return
	}
	text := fmt.Sprintf("%s:%d: %s: %s\n", key.file, key.line, w.Category, w.Msg)
	if line := traceback.SourceLine(key.file, key.line); line != "" {
		text += "  " + line + "\n"
	}
	pysys.Stderr(ctx)(text)
}
