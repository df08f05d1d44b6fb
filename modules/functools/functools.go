// Package functools provides Python's functools module, written in Python by gopy (embedded,
// three files concatenated into one module): partial (which pickles as CPython's does, so a
// partial can be a Process target), reduce, wraps, update_wrapper and cmp_to_key
// (functools.py); total_ordering, lru_cache and cache with cache_info/cache_clear/
// cache_parameters, cached_property (caching.py); partialmethod, singledispatch and
// singledispatchmethod (dispatch.py). CPython keeps lru_cache's wrapper in C; here it is a
// Python class with the C type's name and behaviour (a descriptor, pickled by name).
package functools

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/frames"
	"github.com/gopyrt/gopy/internal/libsrc"
)

var (
	//go:embed functools.py
	source string
	//go:embed caching.py
	caching string
	//go:embed dispatch.py
	dispatch string
)

func init() {
	// partial and lru_cache's wrapper are C types in CPython: calling them leaves no
	// traceback entry.
	frames.HideFrames("<frozen functools>", "__call__")
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "functools", Doc: "Tools for working with functions and callable objects", FileDesc: "<frozen functools>"},
	}, source, caching, dispatch)
}
