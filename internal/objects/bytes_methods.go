package objects

import (
	"bytes"
	"encoding/hex"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/gpyhooks"
)

// Methods shared by bytes and bytearray, added to py.BytesType.Dict and ByteArrayType.Dict.
// gpython's bytes has no __len__, __getitem__ or __iter__ Go methods, so placing them in the
// type dictionary is enough for len(b), b[i], b[i:j] and iteration to work.

// rawBytes returns the contents of a bytes-like self.
func rawBytes(self py.Object) []byte {
	switch v := self.(type) {
	case py.Bytes:
		return v
	case *ByteArray:
		return v.b
	case *MemoryView:
		return v.bytes()
	}
	return nil
}

// BytesLike returns the contents of a bytes-like object (bytes, bytearray, memoryview);
// ok is false for other objects. The slice is the object's own memory for bytes and
// bytearray: callers must not keep or modify it.
func BytesLike(o py.Object) (b []byte, ok bool) {
	switch o.(type) {
	case py.Bytes, *ByteArray, *MemoryView:
		return rawBytes(o), true
	}
	// Compared by type: o may be a tuple or list, which == cannot compare.
	if n := NativeOf(o); n != nil && n.Type() != o.Type() {
		return BytesLike(n)
	}
	return nil, false
}

// concatBytes is a + b for an exact bytes or bytearray a and a bytes-like b, of a's type.
func concatBytes(a, b py.Object) (py.Object, bool) {
	switch a.(type) {
	case py.Bytes, *ByteArray:
	default:
		return nil, false
	}
	y, ok := BytesLike(b)
	if !ok {
		return nil, false
	}
	x := rawBytes(a)
	return likeSelf(a, append(append(make([]byte, 0, len(x)+len(y)), x...), y...)), true
}

// likeSelf wraps b in self's type (bytes methods on a bytearray return a bytearray).
func likeSelf(self py.Object, b []byte) py.Object {
	if _, ok := self.(*ByteArray); ok {
		return &ByteArray{b: b}
	}
	return py.Bytes(b)
}

// bytesArg accepts a bytes-like argument.
func bytesArg(x py.Object, what string) ([]byte, error) {
	if b, ok := asBytes(x); ok {
		return b, nil
	}
	if m, ok := x.(*MemoryView); ok {
		return m.bytes(), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "%sa bytes-like object is required, not '%s'", what, typeName(x))
}

// subArg accepts a bytes-like object or an int in range(256), as bytes.find and friends do.
func subArg(x py.Object) ([]byte, error) {
	if i, ok := x.(py.Int); ok {
		if i < 0 || i > 255 {
			return nil, py.ExceptionNewf(py.ValueError, "byte must be in range(0, 256)")
		}
		return []byte{byte(i)}, nil
	}
	if b, ok := asBytes(x); ok {
		return b, nil
	}
	if m, ok := x.(*MemoryView); ok {
		return m.bytes(), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "argument should be integer or bytes-like object, not '%s'", typeName(x))
}

// bytesGetItem implements b[i] (an int) and b[i:j:k] (same type as b).
func bytesGetItem(self py.Object, key py.Object) (py.Object, error) {
	b := rawBytes(self)
	if sl, ok := key.(*py.Slice); ok {
		start, _, step, n, err := compiler.ClampSlice(sl).GetIndices(len(b))
		if err != nil {
			return nil, err
		}
		out := make([]byte, n)
		for i, j := start, 0; j < n; i, j = i+step, j+1 {
			out[j] = b[i]
		}
		return likeSelf(self, out), nil
	}
	i, err := seqIndexArg(key, len(b), typeName(self))
	if err != nil {
		return nil, err
	}
	return py.Int(b[i]), nil
}

// seqIndexArg converts an index for a sequence of length n, with CPython's errors.
func seqIndexArg(key py.Object, n int, tname string) (int, error) {
	switch key.(type) {
	case py.Int, py.Bool, *py.BigInt:
	default:
		if _, err := py.Index(key); err != nil {
			return 0, py.ExceptionNewf(py.TypeError, "%s indices must be integers or slices, not %s", byteTypeIndexName(tname), typeName(key))
		}
	}
	i, err := compiler.SubscriptIndex(key)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		if tname == "bytearray" {
			return 0, py.ExceptionNewf(py.IndexError, "bytearray index out of range")
		}
		return 0, py.ExceptionNewf(py.IndexError, "index out of range")
	}
	return i, nil
}

func byteTypeIndexName(t string) string {
	if t == "bytes" {
		return "byte"
	}
	return t
}

type bytesIter struct {
	b   []byte
	i   int
	src py.Object // what it iterates over when not bytes (a bytearray), for pickling
}

var bytesIterType = py.NewType("bytes_iterator", "")

// Type returns bytes_iterator.
func (it *bytesIter) Type() *py.Type { return bytesIterType }

// M__iter__ returns the iterator.
func (it *bytesIter) M__iter__() (py.Object, error) { return it, nil }

// M__next__ returns the next byte as an int.
func (it *bytesIter) M__next__() (py.Object, error) {
	if it.i >= len(it.b) {
		return nil, py.StopIteration
	}
	it.i++
	return py.Int(it.b[it.i-1]), nil
}

func bytesSplitWS(b []byte, maxsplit int, rev bool) [][]byte {
	parts := splitWhitespace(string(b), maxsplit, rev)
	out := make([][]byte, len(parts))
	for i, p := range parts {
		out[i] = []byte(p)
	}
	return out
}

func bytesList(self py.Object, parts [][]byte) *py.List {
	items := make([]py.Object, len(parts))
	for i, p := range parts {
		items[i] = likeSelf(self, append([]byte(nil), p...))
	}
	return py.NewListFromItems(items)
}

func bytesFind(self py.Object, args py.Tuple, kw py.StringDict, name string, rev bool) (int, error) {
	var subObj, start, end py.Object
	if err := unpackSearch(name, args, kw, &subObj, &start, &end); err != nil {
		return 0, err
	}
	sub, err := subArg(subObj)
	if err != nil {
		return 0, err
	}
	b := rawBytes(self)
	s, e, err := sliceBounds(start, end, len(b))
	if err != nil || s > e {
		return -1, err
	}
	var i int
	if rev {
		i = bytes.LastIndex(b[s:e], sub)
	} else {
		i = bytes.Index(b[s:e], sub)
	}
	if i < 0 {
		return -1, nil
	}
	return s + i, nil
}

func bytesStrip(self py.Object, args py.Tuple, kw py.StringDict, name string, left, right bool) (py.Object, error) {
	var chars py.Object
	if err := unpackPos(name, args, kw, 0, &chars); err != nil {
		return nil, err
	}
	b := rawBytes(self)
	cut := " \t\n\r\x0b\x0c"
	if chars != nil && chars != py.None {
		c, err := bytesArg(chars, "")
		if err != nil {
			return nil, err
		}
		cut = string(c)
	}
	if left {
		b = bytes.TrimLeft(b, cut)
	}
	if right {
		b = bytes.TrimRight(b, cut)
	}
	return likeSelf(self, append([]byte(nil), b...)), nil
}

func bytesMethods() []methodDef {
	return []methodDef{
		method("__len__", "Return len(self).", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return py.Int(len(rawBytes(self))), nil
		}),
		method("__getitem__", "Return self[key].", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := oneArg(self, "__getitem__", args); err != nil {
				return nil, err
			}
			return bytesGetItem(self, args[0])
		}),
		method("__iter__", "Implement iter(self).", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return &bytesIter{b: rawBytes(self)}, nil
		}),
		method("__contains__", "Return key in self.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := oneArg(self, "__contains__", args); err != nil {
				return nil, err
			}
			sub, err := subArg(args[0])
			if err != nil {
				return nil, err
			}
			return py.NewBool(bytes.Contains(rawBytes(self), sub)), nil
		}),
		method("decode", "Decode the bytes using the codec registered for encoding.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			enc, errs, err := codecArgs("decode", args, kw)
			if err != nil {
				return nil, err
			}
			s, err := decodeBytes(rawBytes(self), enc, errs)
			return py.String(s), err
		}),
		method("hex", "Create a string of hexadecimal numbers from a bytes object.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			var sep, per py.Object
			if err := parseArgs("hex", args, kw, []string{"sep", "bytes_per_sep"}, 2, 0, &sep, &per); err != nil {
				return nil, err
			}
			h := hex.EncodeToString(rawBytes(self))
			if sep != nil {
				s, err := Str(sep)
				if err != nil {
					return nil, err
				}
				n := 1
				if per != nil {
					if n, err = indexInt(per); err != nil {
						return nil, err
					}
				}
				h = hexSep(h, s, n)
			}
			return py.String(h), nil
		}),
		method("join", "Concatenate any number of bytes objects.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := oneArg(self, "join", args); err != nil {
				return nil, err
			}
			var out []byte
			i := 0
			err := iterate(args[0], func(x py.Object) (bool, error) {
				b, ok := asBytes(x)
				if !ok {
					return false, py.ExceptionNewf(py.TypeError, "sequence item %d: expected a bytes-like object, %s found", i, typeName(x))
				}
				if i > 0 {
					out = append(out, rawBytes(self)...)
				}
				out = append(out, b...)
				i++
				return true, nil
			})
			if err != nil {
				return nil, err
			}
			return likeSelf(self, out), nil
		}),
		method("startswith", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return bytesAffix(self, args, kw, "startswith", false)
		}),
		method("endswith", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return bytesAffix(self, args, kw, "endswith", true)
		}),
		method("count", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			var subObj, start, end py.Object
			if err := unpackSearch("count", args, kw, &subObj, &start, &end); err != nil {
				return nil, err
			}
			sub, err := subArg(subObj)
			if err != nil {
				return nil, err
			}
			b := rawBytes(self)
			s, e, err := sliceBounds(start, end, len(b))
			if err != nil || s > e {
				return py.Int(0), err
			}
			return py.Int(bytes.Count(b[s:e], sub)), nil
		}),
		method("find", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			i, err := bytesFind(self, args, kw, "find", false)
			return py.Int(i), err
		}),
		method("rfind", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			i, err := bytesFind(self, args, kw, "rfind", true)
			return py.Int(i), err
		}),
		method("index", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			i, err := bytesFind(self, args, kw, "index", false)
			if err == nil && i < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "subsection not found")
			}
			return py.Int(i), err
		}),
		method("rindex", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			i, err := bytesFind(self, args, kw, "rindex", true)
			if err == nil && i < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "subsection not found")
			}
			return py.Int(i), err
		}),
		method("split", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return bytesSplit(self, args, kw, "split", false)
		}),
		method("rsplit", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return bytesSplit(self, args, kw, "rsplit", true)
		}),
		method("strip", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return bytesStrip(self, args, kw, "strip", true, true)
		}),
		method("lstrip", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return bytesStrip(self, args, kw, "lstrip", true, false)
		}),
		method("rstrip", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return bytesStrip(self, args, kw, "rstrip", false, true)
		}),
		method("upper", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return likeSelf(self, []byte(strings.Map(asciiUpper, string(rawBytes(self))))), nil
		}),
		method("lower", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return likeSelf(self, []byte(strings.Map(asciiLower, string(rawBytes(self))))), nil
		}),
		method("replace", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			var oldObj, newObj, countObj py.Object
			if err := unpackPos("replace", args, kw, 2, &oldObj, &newObj, &countObj); err != nil {
				return nil, err
			}
			old, err := bytesArg(oldObj, "")
			if err != nil {
				return nil, err
			}
			nw, err := bytesArg(newObj, "")
			if err != nil {
				return nil, err
			}
			n := -1
			if countObj != nil {
				if n, err = indexInt(countObj); err != nil {
					return nil, err
				}
			}
			return likeSelf(self, bytes.Replace(rawBytes(self), old, nw, n)), nil
		}),
		method("partition", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return bytesPartition(self, args, false)
		}),
		method("rpartition", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return bytesPartition(self, args, true)
		}),
		method("isdigit", "", bytesTest(func(c byte) bool { return c >= '0' && c <= '9' })),
		method("isalpha", "", bytesTest(func(c byte) bool { return asciiLower(rune(c)) != asciiUpper(rune(c)) })),
		method("isalnum", "", bytesTest(func(c byte) bool {
			return c >= '0' && c <= '9' || asciiLower(rune(c)) != asciiUpper(rune(c))
		})),
		method("isspace", "", bytesTest(func(c byte) bool { return strings.IndexByte(" \t\n\r\x0b\x0c", c) >= 0 })),
	}
}

func asciiUpper(r rune) rune {
	if r >= 'a' && r <= 'z' {
		return r - 32
	}
	return r
}

func asciiLower(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + 32
	}
	return r
}

func bytesTest(test func(byte) bool) methodFn {
	return func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
		b := rawBytes(self)
		if len(b) == 0 {
			return py.False, nil
		}
		for _, c := range b {
			if !test(c) {
				return py.False, nil
			}
		}
		return py.True, nil
	}
}

func hexSep(h, sep string, per int) string {
	if per == 0 || len(h) == 0 {
		return h
	}
	n := per
	if n < 0 {
		n = -n
	}
	n *= 2
	var groups []string
	if per > 0 {
		for len(h) > n {
			groups = append([]string{h[len(h)-n:]}, groups...)
			h = h[:len(h)-n]
		}
		groups = append([]string{h}, groups...)
	} else {
		for len(h) > n {
			groups = append(groups, h[:n])
			h = h[n:]
		}
		groups = append(groups, h)
	}
	return strings.Join(groups, sep)
}

func bytesAffix(self py.Object, args py.Tuple, kw py.StringDict, name string, suffix bool) (py.Object, error) {
	var pre, start, end py.Object
	if err := unpackSearch(name, args, kw, &pre, &start, &end); err != nil {
		return nil, err
	}
	b := rawBytes(self)
	s, e, err := sliceBounds(start, end, len(b))
	if err != nil || s > e {
		return py.False, err
	}
	hay := b[s:e]
	test := func(p []byte) bool {
		if suffix {
			return bytes.HasSuffix(hay, p)
		}
		return bytes.HasPrefix(hay, p)
	}
	if t, ok := pre.(py.Tuple); ok {
		for _, x := range t {
			p, err := bytesArg(x, "")
			if err != nil {
				return nil, err
			}
			if test(p) {
				return py.True, nil
			}
		}
		return py.False, nil
	}
	p, ok := asBytes(pre)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, typeName(pre))
	}
	return py.NewBool(test(p)), nil
}

func bytesSplit(self py.Object, args py.Tuple, kw py.StringDict, name string, rev bool) (py.Object, error) {
	var sepObj, maxObj py.Object
	if err := parseArgs(name, args, kw, []string{"sep", "maxsplit"}, 2, 0, &sepObj, &maxObj); err != nil {
		return nil, err
	}
	b := rawBytes(self)
	maxsplit := -1
	if maxObj != nil {
		m, err := indexInt(maxObj)
		if err != nil {
			return nil, err
		}
		maxsplit = m
	}
	if sepObj == nil || sepObj == py.None {
		return bytesList(self, bytesSplitWS(b, maxsplit, rev)), nil
	}
	sep, err := bytesArg(sepObj, "")
	if err != nil {
		return nil, err
	}
	if len(sep) == 0 {
		return nil, py.ExceptionNewf(py.ValueError, "empty separator")
	}
	var parts [][]byte
	switch {
	case maxsplit < 0:
		parts = bytes.Split(b, sep)
	case !rev:
		parts = bytes.SplitN(b, sep, maxsplit+1)
	default:
		for maxsplit > 0 {
			i := bytes.LastIndex(b, sep)
			if i < 0 {
				break
			}
			parts = append([][]byte{b[i+len(sep):]}, parts...)
			b = b[:i]
			maxsplit--
		}
		parts = append([][]byte{b}, parts...)
	}
	return bytesList(self, parts), nil
}

func bytesPartition(self py.Object, args py.Tuple, rev bool) (py.Object, error) {
	name := "partition"
	if rev {
		name = "rpartition"
	}
	if err := oneArg(self, name, args); err != nil {
		return nil, err
	}
	sep, err := bytesArg(args[0], "")
	if err != nil {
		return nil, err
	}
	if len(sep) == 0 {
		return nil, py.ExceptionNewf(py.ValueError, "empty separator")
	}
	b := rawBytes(self)
	empty := likeSelf(self, []byte{})
	var i int
	if rev {
		if i = bytes.LastIndex(b, sep); i < 0 {
			return py.Tuple{likeSelf(self, []byte{}), empty, likeSelf(self, append([]byte(nil), b...))}, nil
		}
	} else if i = bytes.Index(b, sep); i < 0 {
		return py.Tuple{likeSelf(self, append([]byte(nil), b...)), empty, likeSelf(self, []byte{})}, nil
	}
	return py.Tuple{likeSelf(self, append([]byte(nil), b[:i]...)), likeSelf(self, append([]byte(nil), sep...)),
		likeSelf(self, append([]byte(nil), b[i+len(sep):]...))}, nil
}

func init() { gpyhooks.Register("objects/bytes", installBytes) }

func installBytes() {
	addMethods(py.BytesType, bytesMethods()...)
	py.BytesType.Dict["fromhex"] = classMethod(py.BytesType, "fromhex", "Create a bytes object from a string of hexadecimal numbers.", func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "fromhex() takes no keyword arguments")
		}
		b, err := fromhex(args)
		if err != nil {
			return nil, err
		}
		return asClass(cls, py.BytesType, py.Bytes(b))
	})
	py.BytesType.New = bytesNew
}
