// Package libm computes the elementary functions of the C library python3 is linked with
// (glibc 2.3x on Linux x86-64), so that math, cmath, random and float ** give CPython's bits.
//
// Go's math package is a different library: its results differ from glibc's in the last bit
// for up to half of all arguments (sin, cos, tan, asin, acos, atan, atan2, pow, cbrt, log10).
// glibc's functions come in two families, and this package follows each:
//
//   - exp, exp2, log, log2, pow, sin, cos, tan, asin, acos, atan, atan2 are computed by glibc
//     to within a few hundredths of an ulp, so they round correctly for all but about one
//     argument in a thousand. Here they are computed in double-double arithmetic (about 106
//     bits, dd.go) and rounded once: correctly rounded, which agrees with glibc except in
//     those rare near-halfway cases.
//   - expm1, log1p, sinh, cosh, tanh, asinh, acosh, atanh, log10, erf, erfc and cbrt are
//     glibc's fdlibm-derived (or own) algorithms, not correctly rounded; they are evaluated
//     here with the same formulas, constants and order of operations (and with the
//     correctly rounded exp and log above where glibc calls its own), which reproduces
//     glibc's results bit for bit in all but rare cases.
//
// Products that glibc rounds separately are written as float64(x*y) where Go may fuse a
// multiply-add on some architectures.
package libm
