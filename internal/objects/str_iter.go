package objects

import (
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// gpython's str has no iterator of its own: iteration went through the generic sequence
// iterator, which indexes the string at every step, and indexing a str counts its runes
// from the start, so `for ch in s` and list(s) took time quadratic in len(s). strIter walks
// the string by byte offset instead. As CPython, its type is str_ascii_iterator for a
// string of ASCII characters and str_iterator otherwise.
type strIter struct {
	s     string
	off   int  // byte offset of the next character
	index int  // character index of the next character
	ascii bool // s is ASCII (decides the type's name)
	done  bool // StopIteration was raised: CPython's iterator has let go of the string
}

var (
	strIterType      = py.NewType("str_iterator", "")
	strASCIIIterType = py.NewType("str_ascii_iterator", "")
)

func newStrIter(s py.String) *strIter {
	return &strIter{s: string(s), ascii: IsASCII(string(s))}
}

// Type returns str_ascii_iterator or str_iterator.
func (it *strIter) Type() *py.Type {
	if it.ascii {
		return strASCIIIterType
	}
	return strIterType
}

// M__iter__ returns the iterator.
func (it *strIter) M__iter__() (py.Object, error) { return it, nil }

// M__next__ returns the next character.
func (it *strIter) M__next__() (py.Object, error) {
	if it.off >= len(it.s) {
		it.done = true
		return nil, py.StopIteration
	}
	size := 1
	if !it.ascii {
		_, size = utf8.DecodeRuneInString(it.s[it.off:])
	}
	ch := strChar(it.s, it.off, size)
	it.off += size
	it.index++
	return ch, nil
}

func strIterReduce(self py.Object, _ py.Tuple, _ py.StringDict) (py.Object, error) {
	it := self.(*strIter)
	if it.done {
		return iterOf(py.String(""), nil)
	}
	return iterOf(py.String(it.s), py.Int(it.index))
}

func strIterSetState(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
	it := self.(*strIter)
	if it.done {
		return py.None, nil
	}
	n, err := indexState(args, 0, utf8.RuneCountInString(it.s))
	if err != nil {
		return nil, err
	}
	it.off, it.index = 0, 0
	for it.index < n {
		_, size := utf8.DecodeRuneInString(it.s[it.off:])
		it.off += size
		it.index++
	}
	return py.None, nil
}

func strIterLengthHint(self py.Object, _ py.Tuple, _ py.StringDict) (py.Object, error) {
	it := self.(*strIter)
	return py.Int(utf8.RuneCountInString(it.s[it.off:])), nil
}
