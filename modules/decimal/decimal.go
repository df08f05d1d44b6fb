// Package decimal registers Python's decimal module, written in Python for gopy
// (CPython's Doc/library/decimal.rst and the General Decimal Arithmetic specification
// are the specification; CPython's C module, libmpdec, is the reference for results).
//
// A Decimal keeps a sign, a Python int coefficient and an exponent (or an infinity or a
// NaN with its payload). Every exact operation is int arithmetic followed by a single
// rounding to the context (number.py's _finish: precision, subnormals, overflow,
// clamping); exp, ln, log10 and non-integral powers are computed in fixed point with
// guard digits that grow until the rounding is certain (a Ziv loop), so they are
// correctly rounded, as libmpdec's are. Operations return their result with a set of
// conditions, which the context turns into flags and trapped signals with CPython's
// messages. The module is one namespace made of the files concatenated in order:
// decimal.py (constants, signals), context.py (Context, SignalDict, the thread's
// current context), number.py (representation, parsing, rounding), arith.py,
// functions.py (exp, ln, log10, powers), decimal_type.py (the Decimal class) and
// format.py (__format__).
package decimal

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/libsrc"
)

var (
	//go:embed decimal.py
	header string
	//go:embed context.py
	contextSource string
	//go:embed number.py
	numberSource string
	//go:embed arith.py
	arithSource string
	//go:embed functions.py
	functionsSource string
	//go:embed decimal_type.py
	typeSource string
	//go:embed format.py
	formatSource string
)

func init() {
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "decimal", Doc: "Decimal fixed and floating point arithmetic.", FileDesc: "<frozen decimal>"},
	}, header, contextSource, numberSource, arithSource, functionsSource, typeSource, formatSource)
}
