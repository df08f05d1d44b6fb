package objects

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/gpyhooks"
)

// zip and filter objects are gopy's own values of gpython's types (py.ZipType,
// py.FilterType): gpython's keep their iterators in unexported fields, so they could not be
// pickled (a 'fork' child receives them by pickling), its zip has no strict=, and its
// filter tests truth with gpython's own test (which calls every bytes value true). These
// keep what CPython 3.11's keep and pickle as its do: zip as (zip, iterators) with True as
// state when strict, filter as (filter, (function, iterator)).

func init() { gpyhooks.Register("objects/zipfilter", installZipFilter) }

func installZipFilter() {
	py.ZipType.New = zipNew
	py.FilterType.New = filterNew
	addMethods(py.ZipType,
		classReduce(zipReduce),
		method("__setstate__", "Set state information for unpickling.", zipSetState))
	addMethods(py.FilterType, classReduce(filterReduce))
}

type zipIter struct {
	iters  py.Tuple
	strict bool
}

// Type returns zip.
func (z *zipIter) Type() *py.Type { return py.ZipType }

// M__iter__ returns the iterator.
func (z *zipIter) M__iter__() (py.Object, error) { return z, nil }

// M__next__ returns the tuple of the next item of each iterable; with strict, iterables of
// different lengths raise CPython's ValueError.
func (z *zipIter) M__next__() (py.Object, error) {
	if len(z.iters) == 0 {
		return nil, py.StopIteration
	}
	out := make(py.Tuple, len(z.iters))
	for i, it := range z.iters {
		v, err := py.Next(it)
		if err == nil {
			out[i] = v
			continue
		}
		if !z.strict || !isStop(err) {
			return nil, err
		}
		if i > 0 {
			return nil, z.lengthError(i, "shorter")
		}
		// The first is exhausted: every other must be too.
		for j := 1; j < len(z.iters); j++ {
			_, err := py.Next(z.iters[j])
			if err == nil {
				return nil, z.lengthError(j, "longer")
			}
			if !isStop(err) {
				return nil, err
			}
		}
		return nil, err
	}
	return out, nil
}

// lengthError is strict zip's ValueError for argument i+1 (0-based i).
func (z *zipIter) lengthError(i int, which string) error {
	before := "argument 1"
	if i > 1 {
		before = fmt.Sprintf("arguments 1-%d", i)
	}
	return py.ExceptionNewf(py.ValueError, "zip() argument %d is %s than %s", i+1, which, before)
}

func zipNew(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	z := &zipIter{}
	if len(kw) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "zip() takes at most 1 keyword argument (%d given)", len(kw))
	}
	for k, v := range kw {
		if k != "strict" {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for zip()", k)
		}
		ok, err := compiler.Truth(v)
		if err != nil {
			return nil, err
		}
		z.strict = ok
	}
	z.iters = make(py.Tuple, len(args))
	for i, a := range args {
		it, err := Iter(a)
		if err != nil {
			return nil, err
		}
		z.iters[i] = it
	}
	return z, nil
}

func zipReduce(self py.Object, _ py.Tuple, _ py.StringDict) (py.Object, error) {
	z := self.(*zipIter)
	iters := append(py.Tuple{}, z.iters...)
	if z.strict {
		return py.Tuple{py.ZipType, iters, py.True}, nil
	}
	return py.Tuple{py.ZipType, iters}, nil
}

func zipSetState(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "__setstate__() takes exactly one argument (%d given)", len(args))
	}
	ok, err := compiler.Truth(args[0])
	if err != nil {
		return nil, err
	}
	self.(*zipIter).strict = ok
	return py.None, nil
}

type filterIter struct {
	fn py.Object // None: the items' own truth
	it py.Object
}

// Type returns filter.
func (f *filterIter) Type() *py.Type { return py.FilterType }

// M__iter__ returns the iterator.
func (f *filterIter) M__iter__() (py.Object, error) { return f, nil }

// M__next__ returns the next item the function (or the item itself) calls true.
func (f *filterIter) M__next__() (py.Object, error) {
	for {
		item, err := py.Next(f.it)
		if err != nil {
			return nil, err
		}
		v := item
		if f.fn != py.None && f.fn != py.BoolType {
			if v, err = py.Call(f.fn, py.Tuple{item}, nil); err != nil {
				return nil, err
			}
		}
		ok, err := compiler.Truth(v)
		if err != nil {
			return nil, err
		}
		if ok {
			return item, nil
		}
	}
}

func filterNew(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) != 0 && t == py.FilterType {
		return nil, py.ExceptionNewf(py.TypeError, "filter() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "filter expected 2 arguments, got %d", len(args))
	}
	it, err := Iter(args[1])
	if err != nil {
		return nil, err
	}
	return &filterIter{fn: args[0], it: it}, nil
}

func filterReduce(self py.Object, _ py.Tuple, _ py.StringDict) (py.Object, error) {
	f := self.(*filterIter)
	return py.Tuple{py.FilterType, py.Tuple{f.fn, f.it}}, nil
}
