// Package itertools provides Python's itertools module, written in Python by gopy
// (itertools.py and combinatorics.py, embedded and run as one module): count, cycle,
// repeat, chain, islice, accumulate, compress, dropwhile, takewhile, filterfalse, starmap,
// zip_longest, pairwise, groupby, product, permutations, combinations,
// combinations_with_replacement and tee, with CPython 3.11's argument errors raised when
// the iterator is made, as CPython's constructors do.
package itertools

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	_ "github.com/go-python/gpython/stdlib" // registers gpython's modules first
	"github.com/gopyrt/gopy/internal/libsrc"
)

var (
	//go:embed itertools.py
	source string
	//go:embed combinatorics.py
	combinatorics string
)

func init() {
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "itertools", Doc: "Functional tools for creating and using iterators.", FileDesc: "<frozen itertools>"},
	}, source, combinatorics)
}
