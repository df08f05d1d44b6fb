// Package functools provides Python's functools module, written in Python (functools.py,
// embedded): partial (which pickles as CPython's does, so a partial can be a Process target),
// reduce, wraps, update_wrapper and cmp_to_key. The rest of CPython's module (lru_cache,
// total_ordering, singledispatch, cached_property...) is not there yet.
package functools

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed functools.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "functools", Doc: "Tools for working with functions and callable objects", FileDesc: "<frozen functools>"},
		CodeSrc: source,
	})
}
