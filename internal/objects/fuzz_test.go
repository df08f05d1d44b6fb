package objects

import (
	"regexp"
	"testing"

	"github.com/go-python/gpython/py"
)

// The formatting parsers take arbitrary user strings: whatever the input, they must return a
// result or a Python exception, never panic. Inputs asking for widths or precisions of a
// million or more are skipped: CPython builds such strings too, which only costs time.

var hugeNumber = regexp.MustCompile(`[0-9]{7,}`)

func FuzzFormatSpec(f *testing.F) {
	for _, s := range []string{"", ">10", "*^+#010,.3f", "x<4", "_b", ".0%", "z.1e", "é>6", "0=+8", "{", ",_", "99999999999"} {
		f.Add(s)
	}
	values := []py.Object{py.Int(-42), py.Float(3.5), py.Float(-0.0), py.String("héllo"), py.True, py.Complex(1 + 2i), bigInt("123456789012345678901234567890")}
	f.Fuzz(func(t *testing.T, spec string) {
		if hugeNumber.MatchString(spec) {
			return
		}
		for _, v := range values {
			_, _ = Format(v, spec)
		}
	})
}

func FuzzPrintf(f *testing.F) {
	for _, s := range []string{"%s", "%5.2f|%-4d", "%(a)s", "%*.*f", "%c%%", "%#08x", "%", "%(", "%.f", "%-+ #0d"} {
		f.Add(s)
	}
	args := py.Tuple{py.Int(7), py.Float(2.5), py.String("x"), py.Int(3)}
	m := NewDict()
	_ = m.SetItem(py.String("a"), py.Int(1))
	f.Fuzz(func(t *testing.T, format string) {
		if hugeNumber.MatchString(format) {
			return
		}
		_, _ = Mod(py.String(format), args)
		_, _ = Mod(py.String(format), m)
		_, _ = Mod(py.Bytes(format), args)
	})
}

func FuzzStrFormat(f *testing.F) {
	for _, s := range []string{"{}", "{0[1]}", "{a.b}", "{:{}}", "{!r:>{w}}", "{{}}", "}", "{", "{0!}", "{[}", "{0.}"} {
		f.Add(s)
	}
	args := py.Tuple{py.Int(1), py.Tuple{py.Int(2), py.Int(3)}, py.String("s")}
	kw := py.StringDict{"a": py.Float(1.5), "w": py.Int(4)}
	f.Fuzz(func(t *testing.T, format string) {
		if hugeNumber.MatchString(format) {
			return
		}
		_, _ = StrFormat(format, args, kw)
	})
}

func bigInt(s string) py.Object {
	v, err := py.IntFromString(s, 10)
	if err != nil {
		panic(err)
	}
	return v
}
