package classes

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// UnicodeDecodeError and UnicodeEncodeError take CPython's five arguments (encoding,
// object, start, end, reason), keep them as attributes and format their message from them.

func unicodeErrorInit(decode bool) Fn {
	return func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", self.Type().Name)
		}
		if len(args) != 5 {
			return nil, py.ExceptionNewf(py.TypeError, "function takes exactly 5 arguments (%d given)", len(args))
		}
		if _, ok := args[0].(py.String); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "argument 1 must be str, not %s", args[0].Type().Name)
		}
		if decode {
			if _, ok := NativeOf(args[1]).(py.Bytes); !ok && args[1].Type().Name != "bytearray" {
				return nil, py.ExceptionNewf(py.TypeError, "argument 2 must be bytes-like object, not '%s'", args[1].Type().Name)
			}
		} else if _, ok := args[1].(py.String); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "argument 2 must be str, not %s", args[1].Type().Name)
		}
		for i := 2; i < 4; i++ {
			if _, ok := args[i].(py.Int); !ok {
				return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", args[i].Type().Name)
			}
		}
		if _, ok := args[4].(py.String); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "argument 5 must be str, not %s", args[4].Type().Name)
		}
		setArgs(self, args)
		for i, n := range []string{"encoding", "object", "start", "end", "reason"} {
			if err := setExcAttr(self, n, args[i]); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	}
}

func unicodeErrorStr(decode bool) Fn {
	return func(self py.Object, _ py.Tuple, _ py.StringDict) (py.Object, error) {
		if t, ok := self.(*py.Type); ok {
			return py.String(typeRepr(t)), nil
		}
		get := func(n string) py.Object { v, _ := excAttr(self, n); return v }
		enc, _ := get("encoding").(py.String)
		reason, _ := get("reason").(py.String)
		start, ok1 := get("start").(py.Int)
		end, ok2 := get("end").(py.Int)
		if !ok1 || !ok2 {
			s, err := ExcStr(self)
			return py.String(s), err
		}
		obj := get("object")
		if decode {
			b, _ := NativeOf(obj).(py.Bytes)
			if end == start+1 && int(start) >= 0 && int(start) < len(b) {
				return py.String(fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b[start], start, reason)), nil
			}
			return py.String(fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end-1, reason)), nil
		}
		s, _ := obj.(py.String)
		runes := []rune(string(s))
		if end == start+1 && int(start) >= 0 && int(start) < len(runes) {
			c := runes[start]
			var ch string
			switch {
			case c < 0x100:
				ch = fmt.Sprintf(`\x%02x`, c)
			case c <= 0xffff:
				ch = fmt.Sprintf(`\u%04x`, c)
			default:
				ch = fmt.Sprintf(`\U%08x`, c)
			}
			return py.String(fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", enc, ch, start, reason)), nil
		}
		return py.String(fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", enc, start, end-1, reason)), nil
	}
}

func setupUnicodeErrors() {
	for _, t := range []struct {
		typ    *py.Type
		decode bool
	}{{py.UnicodeDecodeError, true}, {py.UnicodeEncodeError, false}} {
		excMethod(t.typ, "__init__", "Initialize self.", unicodeErrorInit(t.decode))
		excMethod(t.typ, "__str__", "Return str(self).", unicodeErrorStr(t.decode))
		for _, n := range []string{"encoding", "object", "start", "end", "reason"} {
			t.typ.Dict[n] = dictAttr(n, none)
		}
	}
}
