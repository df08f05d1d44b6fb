package objects

import (
	"github.com/go-python/gpython/py"
)

// ustr indexes a Go (UTF-8) string by code point, as Python's str is indexed; ASCII strings,
// the common case, are indexed directly.
type ustr struct {
	s     string
	ascii bool
	offs  []int // byte offset of each code point, plus len(s) at the end (non-ASCII only)
}

func newUstr(s string) *ustr {
	u := &ustr{s: s, ascii: IsASCII(s)}
	if !u.ascii {
		u.offs = make([]int, 0, len(s)+1)
		for i := range s {
			u.offs = append(u.offs, i)
		}
		u.offs = append(u.offs, len(s))
	}
	return u
}

// n is the number of code points.
func (u *ustr) n() int {
	if u.ascii {
		return len(u.s)
	}
	return len(u.offs) - 1
}

// off converts a code point index (0..n) to a byte offset.
func (u *ustr) off(i int) int {
	if u.ascii {
		return i
	}
	return u.offs[i]
}

// idx converts a byte offset at a code point boundary to a code point index.
func (u *ustr) idx(off int) int {
	if u.ascii {
		return off
	}
	lo, hi := 0, len(u.offs)-1
	for lo < hi {
		m := (lo + hi) / 2
		if u.offs[m] < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// sub returns the code points [i:j].
func (u *ustr) sub(i, j int) string { return u.s[u.off(i):u.off(j)] }

// sliceBounds applies Python's slice rules to optional start and end arguments for a
// sequence of length n (None means absent; negative counts from the end; end is clamped to n
// but start is not, so callers must treat start > end as an empty range).
func sliceBounds(start, end py.Object, n int) (int, int, error) {
	s, e := 0, n
	conv := func(x py.Object, def int, clamp bool) (int, error) {
		if x == nil || x == py.None {
			return def, nil
		}
		v, err := indexIntSlice(x)
		if err != nil {
			return 0, err
		}
		if v < 0 {
			v += n
			if v < 0 {
				v = 0
			}
		}
		if v > n && clamp {
			v = n
		}
		return v, nil
	}
	var err error
	if s, err = conv(start, 0, false); err != nil {
		return 0, 0, err
	}
	if e, err = conv(end, n, true); err != nil {
		return 0, 0, err
	}
	return s, e, nil
}

// indexIntSlice converts a slice index argument, with CPython's message for a bad type.
func indexIntSlice(x py.Object) (int, error) {
	switch x.(type) {
	case py.Int, py.Bool, *py.BigInt:
		return indexInt(x)
	}
	if _, err := py.Index(x); err != nil {
		return 0, py.ExceptionNewf(py.TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	return indexInt(x)
}

// strArg checks that an argument is a str.
func strArg(fn string, x py.Object) (string, error) {
	s, ok := x.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "%s() argument must be str, not %s", fn, typeName(x))
	}
	return string(s), nil
}
