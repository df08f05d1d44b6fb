package objects

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/modules/builtins"
)

// abs() and divmod() replace gpython's, which have no arithmetic on bools and word
// ZeroDivisionError differently from CPython; pow() (builtins_io.go) goes through
// compiler.Binary for the same reasons.
func init() {
	builtins.Add(
		py.MustNewMethod("abs", func(_ py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "abs() takes exactly one argument (%d given)", len(args))
			}
			return compiler.Abs(args[0])
		}, 0, "Return the absolute value of the argument."),
		py.MustNewMethod("divmod", func(_ py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "divmod expected 2 arguments, got %d", len(args))
			}
			return compiler.Divmod(args[0], args[1])
		}, 0, "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."),
	)
}
