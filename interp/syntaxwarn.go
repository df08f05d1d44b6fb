package interp

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/syntax"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/importlib"
)

// The parser's warnings (invalid escape sequences) and the code generator's SyntaxWarnings go through warnings.warn_explicit
// with the source's file name and the string's line, as CPython's parser issues them:
// the filters decide (-W, PYTHONWARNINGS, warnings.simplefilter), and a warning they
// turn into an exception becomes the parser's SyntaxError at the string.
func init() {
	syntax.Warn = func(category, msg, filename string, lineno int) error {
		t := gil.Holding()
		if t == nil {
			return nil // compiled outside any interpreter's thread: nobody to warn
		}
		cat := py.DeprecationWarning
		if category != "DeprecationWarning" {
			cat = py.SyntaxWarning
		}
		m, err := importlib.Import(t.Runtime().Context(), "warnings", nil, []string{"warn_explicit"}, 0)
		if err != nil {
			return err
		}
		warn, err := py.GetAttrString(m, "warn_explicit")
		if err != nil {
			return err
		}
		if _, err := py.Call(warn, py.Tuple{py.String(msg), cat, py.String(filename), py.Int(lineno)}, nil); err != nil {
			if py.IsException(cat, err) {
				return syntax.ErrWarningRaised
			}
			return err
		}
		return nil
	}
}
