package objects

import (
	"bytes"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/memlimit"
)

// The text-like methods of bytes and bytearray that work on ASCII letters and whitespace
// only, as CPython's: padding, case, tabs, lines, prefixes, translate/maketrans.

func isLowerByte(c byte) bool { return 'a' <= c && c <= 'z' }
func isUpperByte(c byte) bool { return 'A' <= c && c <= 'Z' }
func lowerByte(c byte) byte {
	if isUpperByte(c) {
		return c + 'a' - 'A'
	}
	return c
}
func upperByte(c byte) byte {
	if isLowerByte(c) {
		return c - ('a' - 'A')
	}
	return c
}

// mapBytes returns self's type holding f applied to each byte of self.
func mapBytes(self py.Object, f func(i int, prev, c byte) byte) py.Object {
	b := rawBytes(self)
	out := make([]byte, len(b))
	var prev byte
	for i, c := range b {
		out[i] = f(i, prev, c)
		prev = c
	}
	return likeSelf(self, out)
}

// noArgMethod is a bytes method without arguments.
func noArgMethod(name, doc string, fn func(self py.Object) py.Object) methodDef {
	return method(name, doc, func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if err := noArgs(self, name, args); err != nil {
			return nil, err
		}
		return fn(self), nil
	})
}

// bytesPad is center/ljust/rjust(width, fillbyte=b' ').
func bytesPad(name string, place func(pad, width int) int) methodDef {
	return method(name, "Return a padded copy of the bytes.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(kw) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", name)
		}
		if len(args) < 1 || len(args) > 2 {
			if len(args) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "%s expected at least 1 argument, got 0", name)
			}
			return nil, py.ExceptionNewf(py.TypeError, "%s expected at most 2 arguments, got %d", name, len(args))
		}
		w, err := sizeArg(args[0])
		if err != nil {
			return nil, err
		}
		fill := byte(' ')
		if len(args) == 2 {
			f, ok := asBytes(args[1])
			if !ok || len(f) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, typeName(args[1]))
			}
			fill = f[0]
		}
		b := rawBytes(self)
		if w <= len(b) {
			return likeSelf(self, append([]byte(nil), b...)), nil
		}
		if err := memlimit.Check(w, 1); err != nil {
			return nil, err
		}
		pad := w - len(b)
		left := place(pad, w)
		out := append(bytes.Repeat([]byte{fill}, left), b...)
		out = append(out, bytes.Repeat([]byte{fill}, pad-left)...)
		return likeSelf(self, out), nil
	})
}

// sizeArg converts an integer argument, with CPython's message for a non-integer.
func sizeArg(x py.Object) (int, error) {
	switch x.(type) {
	case py.Int, py.Bool, *py.BigInt:
		return indexInt(x)
	}
	if _, err := py.Index(x); err != nil {
		return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(x))
	}
	return indexInt(x)
}

// transTable checks a translate() table: None or 256 bytes.
func transTable(x py.Object) ([]byte, error) {
	if x == py.None {
		return nil, nil
	}
	t, err := bytesArg(x, "")
	if err != nil {
		return nil, err
	}
	if len(t) != 256 {
		return nil, py.ExceptionNewf(py.ValueError, "translation table must be 256 characters long")
	}
	return t, nil
}

func bytesTextMethods() []methodDef {
	return []methodDef{
		noArgMethod("capitalize", "B.capitalize() -> copy of B with only its first character capitalized.", func(self py.Object) py.Object {
			return mapBytes(self, func(i int, _, c byte) byte {
				if i == 0 {
					return upperByte(c)
				}
				return lowerByte(c)
			})
		}),
		noArgMethod("swapcase", "B.swapcase() -> copy of B with case swapped.", func(self py.Object) py.Object {
			return mapBytes(self, func(_ int, _, c byte) byte {
				if isLowerByte(c) {
					return upperByte(c)
				}
				return lowerByte(c)
			})
		}),
		noArgMethod("title", "B.title() -> titlecased copy of B.", func(self py.Object) py.Object {
			return mapBytes(self, func(i int, prev, c byte) byte {
				cased := i > 0 && (isLowerByte(prev) || isUpperByte(prev))
				if cased {
					return lowerByte(c)
				}
				return upperByte(c)
			})
		}),
		noArgMethod("isascii", "Return True if B is empty or all bytes in B are ASCII.", func(self py.Object) py.Object {
			for _, c := range rawBytes(self) {
				if c >= 0x80 {
					return py.False
				}
			}
			return py.True
		}),
		noArgMethod("islower", "Return True if all cased characters in B are lowercase and there is at least one cased character.", func(self py.Object) py.Object {
			lower := false
			for _, c := range rawBytes(self) {
				if isUpperByte(c) {
					return py.False
				}
				lower = lower || isLowerByte(c)
			}
			return py.NewBool(lower)
		}),
		noArgMethod("isupper", "Return True if all cased characters in B are uppercase and there is at least one cased character.", func(self py.Object) py.Object {
			upper := false
			for _, c := range rawBytes(self) {
				if isLowerByte(c) {
					return py.False
				}
				upper = upper || isUpperByte(c)
			}
			return py.NewBool(upper)
		}),
		noArgMethod("istitle", "Return True if B is a titlecased string and there is at least one character in B.", func(self py.Object) py.Object {
			cased, prevCased := false, false
			for _, c := range rawBytes(self) {
				switch {
				case isUpperByte(c):
					if prevCased {
						return py.False
					}
					prevCased, cased = true, true
				case isLowerByte(c):
					if !prevCased {
						return py.False
					}
					prevCased, cased = true, true
				default:
					prevCased = false
				}
			}
			return py.NewBool(cased)
		}),
		bytesPad("ljust", func(int, int) int { return 0 }),
		bytesPad("rjust", func(pad, _ int) int { return pad }),
		bytesPad("center", func(pad, w int) int { return pad/2 + (pad & w & 1) }),
		method("zfill", "Pad a numeric string with zeros on the left, to fill a field of the given width.", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			if err := oneArg(self, "zfill", args); err != nil {
				return nil, err
			}
			w, err := sizeArg(args[0])
			if err != nil {
				return nil, err
			}
			b := rawBytes(self)
			if w <= len(b) {
				return likeSelf(self, append([]byte(nil), b...)), nil
			}
			if err := memlimit.Check(w, 1); err != nil {
				return nil, err
			}
			var sign []byte
			if len(b) > 0 && (b[0] == '+' || b[0] == '-') {
				sign, b = b[:1], b[1:]
			}
			out := append(append([]byte(nil), sign...), bytes.Repeat([]byte{'0'}, w-len(b)-len(sign))...)
			return likeSelf(self, append(out, b...)), nil
		}),
		method("expandtabs", "Return a copy where all tab characters are expanded using spaces.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			var tObj py.Object
			if err := parseArgs("expandtabs", args, kw, []string{"tabsize"}, 1, 0, &tObj); err != nil {
				return nil, err
			}
			tab := 8
			if tObj != nil {
				t, err := sizeArg(tObj)
				if err != nil {
					return nil, err
				}
				tab = t
			}
			var out []byte
			col := 0
			for _, c := range rawBytes(self) {
				switch c {
				case '\t':
					if tab > 0 {
						n := tab - col%tab
						out = append(out, bytes.Repeat([]byte{' '}, n)...)
						col += n
					}
				case '\n', '\r':
					out = append(out, c)
					col = 0
				default:
					out = append(out, c)
					col++
				}
			}
			return likeSelf(self, out), nil
		}),
		method("splitlines", "Return a list of the lines in B, breaking at line boundaries.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			var keep py.Object
			if err := parseArgs("splitlines", args, kw, []string{"keepends"}, 1, 0, &keep); err != nil {
				return nil, err
			}
			keepEnds := false
			if keep != nil {
				var err error
				if keepEnds, err = truth(keep); err != nil {
					return nil, err
				}
			}
			b := rawBytes(self)
			var lines []py.Object
			start := 0
			for i := 0; i < len(b); i++ {
				if b[i] != '\n' && b[i] != '\r' {
					continue
				}
				end := i + 1
				if b[i] == '\r' && i+1 < len(b) && b[i+1] == '\n' {
					end++
				}
				line := b[start:i]
				if keepEnds {
					line = b[start:end]
				}
				lines = append(lines, likeSelf(self, append([]byte(nil), line...)))
				start, i = end, end-1
			}
			if start < len(b) {
				lines = append(lines, likeSelf(self, append([]byte(nil), b[start:]...)))
			}
			return py.NewListFromItems(lines), nil
		}),
		method("removeprefix", "Return a bytes object with the given prefix string removed if present.", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			if err := oneArg(self, "removeprefix", args); err != nil {
				return nil, err
			}
			p, err := bytesArg(args[0], "")
			if err != nil {
				return nil, err
			}
			return likeSelf(self, append([]byte(nil), bytes.TrimPrefix(rawBytes(self), p)...)), nil
		}),
		method("removesuffix", "Return a bytes object with the given suffix string removed if present.", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			if err := oneArg(self, "removesuffix", args); err != nil {
				return nil, err
			}
			p, err := bytesArg(args[0], "")
			if err != nil {
				return nil, err
			}
			return likeSelf(self, append([]byte(nil), bytes.TrimSuffix(rawBytes(self), p)...)), nil
		}),
		method("translate", "Return a copy with each character mapped by the given translation table.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			var tObj, dObj py.Object
			if err := parseArgs("translate", args, kw, []string{"", "delete"}, 2, 1, &tObj, &dObj); err != nil {
				return nil, err
			}
			table, err := transTable(tObj)
			if err != nil {
				return nil, err
			}
			var del [256]bool
			if dObj != nil {
				d, err := bytesArg(dObj, "")
				if err != nil {
					return nil, err
				}
				for _, c := range d {
					del[c] = true
				}
			}
			var out []byte
			for _, c := range rawBytes(self) {
				if del[c] {
					continue
				}
				if table != nil {
					c = table[c]
				}
				out = append(out, c)
			}
			return likeSelf(self, out), nil
		}),
	}
}

// bytesMaketrans is bytes.maketrans(frm, to) (a static method of bytes and bytearray).
func bytesMaketrans(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "maketrans expected 2 arguments, got %d", len(args))
	}
	frm, err := bytesArg(args[0], "")
	if err != nil {
		return nil, err
	}
	to, err := bytesArg(args[1], "")
	if err != nil {
		return nil, err
	}
	if len(frm) != len(to) {
		return nil, py.ExceptionNewf(py.ValueError, "maketrans arguments must have same length")
	}
	table := make([]byte, 256)
	for i := range table {
		table[i] = byte(i)
	}
	for i, c := range frm {
		table[c] = to[i]
	}
	return py.Bytes(table), nil
}

func installBytesText() {
	for _, t := range []*py.Type{py.BytesType, ByteArrayType} {
		addMethods(t, bytesTextMethods()...)
		t.Dict["maketrans"] = py.MustNewMethod("maketrans", bytesMaketrans, py.METH_STATIC, "Return a translation table usable for the bytes or bytearray translate method.")
	}
}
