package objects

import (
	"runtime"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// A str is a Go string of UTF-8, so its length in code points and the byte offset of its
// i-th code point take a scan from the start: gpython's len(), s[i] and s[a:b] scan at
// every call, which makes a loop indexing a long str quadratic. strFacts keeps what a
// scan of a long str found (its length, whether it is ASCII, and for other strs the byte
// offset of every strMark-th code point) in a small cache keyed by the string's data
// pointer and length. A cached entry holds its string, so no other string can have that
// pointer and length while it is there: the key cannot be mistaken. The cache is emptied
// after every Go collection (strCacheSweep), so it keeps a dropped string alive for at
// most one more cycle.

// strCacheMin is the shortest str whose facts are cached: shorter ones are scanned.
const strCacheMin = 64

// strMark is the distance in code points between two recorded byte offsets.
const strMark = 32

// strFacts is what a scan of s found.
type strFacts struct {
	s     string
	n     int   // code points
	marks []int // byte offset of code point k*strMark; nil when s is ASCII
}

var strCache [64]atomic.Pointer[strFacts]

// strScanned counts the bytes factsOf scanned (what the tests look at: indexing a long str
// in a loop scans it once, not once per index).
var strScanned atomic.Int64

// factsOf returns the facts of s (at least strCacheMin bytes long), from the cache or by a
// scan.
func factsOf(s string) *strFacts {
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	slot := &strCache[(p>>4^p>>10^uintptr(len(s)))%uintptr(len(strCache))]
	if f := slot.Load(); f != nil && len(f.s) == len(s) && unsafe.StringData(f.s) == unsafe.StringData(s) {
		return f
	}
	strScanned.Add(int64(len(s)))
	f := &strFacts{s: s}
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		f.n = len(s)
	} else {
		f.marks = make([]int, 0, len(s)/strMark+1)
		for i := range s { // the decoding of gpython's indexing: an invalid byte is one
			if f.n%strMark == 0 {
				f.marks = append(f.marks, i)
			}
			f.n++
		}
	}
	slot.Store(f)
	return f
}

// offset returns the byte offset of code point i (0 <= i <= f.n).
func (f *strFacts) offset(i int) int {
	if f.marks == nil {
		return i
	}
	if i >= f.n {
		return len(f.s)
	}
	off := f.marks[i/strMark]
	for k := i % strMark; k > 0; k-- {
		_, size := utf8.DecodeRuneInString(f.s[off:])
		off += size
	}
	return off
}

// strLen is len(s) in code points.
func strLen(s string) int {
	if len(s) < strCacheMin {
		return utf8.RuneCountInString(s)
	}
	return factsOf(s).n
}

// IsASCII reports whether s is all ASCII, from the cache of long strs for a long s (so a
// loop that tests one long str again and again scans it once).
func IsASCII(s string) bool {
	if len(s) >= strCacheMin {
		return factsOf(s).marks == nil
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiChars holds the str of each ASCII character, boxed once (as CPython keeps its
// one-character strs): s[i] and iteration hand them out without allocating.
var asciiChars = func() (out [utf8.RuneSelf]py.Object) {
	for c := range out {
		out[c] = py.String(rune(c))
	}
	return
}()

// strChar returns the character s[off:off+size] as a str.
func strChar(s string, off, size int) py.Object {
	if size == 1 && s[off] < utf8.RuneSelf {
		return asciiChars[s[off]]
	}
	return py.String(s[off : off+size])
}

// StrItem is s[key] for an int key in range or a slice of step 1 (it implements
// compiler.RT.StrItem): in constant time for ASCII and in time bounded by strMark
// otherwise, once the facts of a long s are cached. ok is false for anything else (other
// keys, an index out of range, other steps), which the caller hands to gpython's indexing
// for its errors.
func StrItem(s py.String, key py.Object) (v py.Object, ok bool) {
	switch k := key.(type) {
	case py.Int:
		n, f := len(s), (*strFacts)(nil)
		if len(s) >= strCacheMin {
			f = factsOf(string(s))
			n = f.n
		} else if !IsASCII(string(s)) {
			return nil, false // short: gpython's scan is as fast
		}
		i := int(k)
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, false
		}
		off, size := i, 1
		if f != nil && f.marks != nil {
			off = f.offset(i)
			_, size = utf8.DecodeRuneInString(string(s[off:]))
		}
		return strChar(string(s), off, size), true
	case *py.Slice:
		if len(s) < strCacheMin || !plainBound(k.Start) || !plainBound(k.Stop) || !plainBound(k.Step) {
			return nil, false // no __index__ is called twice
		}
		f := factsOf(string(s))
		start, stop, step, _, err := k.GetIndices(f.n)
		if err != nil || step != 1 {
			return nil, false
		}
		if start >= stop {
			return py.String(""), true
		}
		return s[f.offset(start):f.offset(stop)], true
	}
	return nil, false
}

// plainBound reports whether a slice bound is an int or None.
func plainBound(x py.Object) bool {
	switch x.(type) {
	case py.Int, py.NoneType, nil:
		return true
	}
	return false
}

// strCacheSweep empties the cache after each Go collection: a sentinel's finalizer, made
// again every cycle.
func strCacheSweep() {
	type sentinel struct{ _ *int } // a pointer: not in the tiny allocator, so it is finalized
	runtime.SetFinalizer(&sentinel{}, func(*sentinel) {
		for i := range strCache {
			strCache[i].Store(nil)
		}
		strCacheSweep()
	})
}

func init() { strCacheSweep() }
