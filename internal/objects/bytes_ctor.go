package objects

import (
	"encoding/hex"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/memlimit"
)

// Constructors of bytes and bytearray: bytes(), bytearray() and fromhex().

func fromhex(args py.Tuple) ([]byte, error) {
	var s py.Object
	if err := unpackPos("fromhex", args, nil, 1, &s); err != nil {
		return nil, err
	}
	str, ok := s.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "fromhex() argument must be str, not %s", typeName(s))
	}
	var out []byte
	h := string(str)
	for i := 0; i < len(h); {
		if isPySpace(rune(h[i])) {
			i++
			continue
		}
		if i+1 >= len(h) || !isHex(h[i]) || !isHex(h[i+1]) {
			pos := i
			if i < len(h) && isHex(h[i]) {
				pos = i + 1
			}
			return nil, py.ExceptionNewf(py.ValueError, "non-hexadecimal number found in fromhex() arg at position %d", pos)
		}
		v, _ := hex.DecodeString(h[i : i+2])
		out = append(out, v...)
		i += 2
	}
	return out, nil
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func bytesNew(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	b, err := bytesFromArgs("bytes", args, kw)
	if err != nil {
		return nil, err
	}
	return py.Bytes(b), nil
}

// bytesFromArgs implements the bytes()/bytearray() constructor arguments.
func bytesFromArgs(name string, args py.Tuple, kw py.StringDict) ([]byte, error) {
	var src, encObj, errObj py.Object
	if err := parseArgs(name, args, kw, []string{"source", "encoding", "errors"}, 3, 0, &src, &encObj, &errObj); err != nil {
		return nil, err
	}
	if src == nil {
		if encObj != nil || errObj != nil {
			return nil, py.ExceptionNewf(py.TypeError, "encoding or errors without sequence argument")
		}
		return []byte{}, nil
	}
	if s, ok := src.(py.String); ok {
		if encObj == nil {
			return nil, py.ExceptionNewf(py.TypeError, "string argument without an encoding")
		}
		enc, errs, err := codecArgs(name, py.Tuple{encObj, orDefault(errObj, py.String("strict"))}, nil)
		if err != nil {
			return nil, err
		}
		return encodeStr(string(s), enc, errs)
	}
	if encObj != nil {
		return nil, py.ExceptionNewf(py.TypeError, "encoding without a string argument")
	}
	switch v := src.(type) {
	case py.Bytes, *ByteArray, *MemoryView:
		return append([]byte{}, rawBytes(v)...), nil
	case py.Int, *py.BigInt:
		n, err := indexInt(v)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "negative count")
		}
		if err := memlimit.Check(n, 1); err != nil {
			return nil, err
		}
		return make([]byte, n), nil
	}
	if I, ok := src.(py.I__bytes__); ok {
		r, err := I.M__bytes__()
		if err != nil {
			return nil, err
		}
		return append([]byte{}, rawBytes(r)...), nil
	}
	if IsUserInstance(src) {
		// A class's __bytes__ (pathlib's paths, for one).
		if m, err := py.GetAttrString(src, "__bytes__"); err == nil {
			r, err := py.Call(m, nil, nil)
			if err != nil {
				return nil, err
			}
			b, ok := r.(py.Bytes)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "__bytes__ returned non-bytes (type %s)", typeName(r))
			}
			return append([]byte{}, b...), nil
		}
	}
	out := []byte{}
	err := iterate(src, func(x py.Object) (bool, error) {
		i, err := py.Index(x)
		if err != nil {
			return false, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(x))
		}
		if i < 0 || i > 255 {
			return false, py.ExceptionNewf(py.ValueError, "bytes must be in range(0, 256)")
		}
		out = append(out, byte(i))
		return true, nil
	})
	if err != nil {
		if isNotIterable(err) {
			return nil, py.ExceptionNewf(py.TypeError, "cannot convert '%s' object to %s", typeName(src), name)
		}
		return nil, err
	}
	return out, nil
}

func orDefault(x, def py.Object) py.Object {
	if x == nil {
		return def
	}
	return x
}
