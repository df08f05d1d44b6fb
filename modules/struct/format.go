package pystruct

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// item is one code of a format with its repeat count ("3s" is one item of count 3).
type item struct {
	code   byte
	count  int
	size   int // bytes of one value (of the whole field for s and p)
	offset int // where the first value starts
}

// layout is a parsed format.
type layout struct {
	items  []item
	size   int
	little bool // byte order of multi-byte fields
	native bool // '@': native sizes and alignment
	nargs  int  // values pack takes and unpack returns
}

func nativeSize(c byte) int {
	switch c {
	case 'x', 'c', 'b', 'B', '?', 's', 'p':
		return 1
	case 'h', 'H', 'e':
		return 2
	case 'i', 'I', 'f':
		return 4
	case 'l', 'L', 'q', 'Q', 'n', 'N', 'P', 'd':
		return 8
	}
	return 0
}

func standardSize(c byte) int {
	switch c {
	case 'x', 'c', 'b', 'B', '?', 's', 'p':
		return 1
	case 'h', 'H', 'e':
		return 2
	case 'i', 'I', 'l', 'L', 'f':
		return 4
	case 'q', 'Q', 'd':
		return 8
	}
	return 0
}

// parse reads a format as CPython's struct module does.
func parse(format string) (*layout, error) {
	l := &layout{little: true, native: true}
	s := format
	if len(s) > 0 {
		switch s[0] {
		case '@':
			s = s[1:]
		case '=', '<':
			l.native, s = false, s[1:]
		case '>', '!':
			l.native, l.little, s = false, false, s[1:]
		}
	}
	off := 0
	for i := 0; i < len(s); {
		c := s[i]
		if strings.IndexByte(" \t\n\r\v\f", c) >= 0 {
			i++
			continue
		}
		count, digits := 1, false
		if c >= '0' && c <= '9' {
			count, digits = 0, true
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				if count > (1<<62)/10 {
					return nil, errorf("total struct size too long")
				}
				count = count*10 + int(s[i]-'0')
				i++
			}
			if i >= len(s) {
				return nil, errorf("repeat count given without format specifier")
			}
			c = s[i]
		}
		_ = digits
		i++
		size := standardSize(c)
		if l.native {
			size = nativeSize(c)
		}
		if size == 0 {
			return nil, errorf("bad char in struct format")
		}
		if l.native && size > 1 {
			off = (off + size - 1) / size * size
		}
		switch c {
		case 's', 'p':
			l.items = append(l.items, item{code: c, count: 1, size: count, offset: off})
			off += count
			l.nargs++
		case 'x':
			off += count
		default:
			l.items = append(l.items, item{code: c, count: count, size: size, offset: off})
			off += count * size
			l.nargs += count
		}
	}
	l.size = off
	return l, nil
}

// errorf makes a struct.error.
func errorf(format string, args ...interface{}) error {
	return py.ExceptionNewf(Error, format, args...)
}
