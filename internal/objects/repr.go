package objects

import (
	"fmt"
	"math"
	"math/big"
	"reflect"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/kworder"

	"github.com/gopyrt/gopy/interp/gil"
)

// The repr of a container that contains itself prints {...} or [...] at the inner level, as
// CPython's Py_ReprEnter does. The containers whose repr is being built are kept per thread
// (in the gil.Thread of the caller, which holds the GIL), as CPython keeps them in the
// thread state: another thread's repr of the same container is a full one. Code without a
// thread state shares inRepr.
var (
	reprMu sync.Mutex
	inRepr = map[any]int{}
)

type reprGuardKey struct{}

// reprGuard returns the calling thread's set of containers being repr'd, locking reprMu
// when it is the shared one (unlock reports whether to unlock it).
func reprGuard() (set map[any]int, unlock bool) {
	if t := gil.Holding(); t != nil {
		if m, ok := t.Value(reprGuardKey{}).(map[any]int); ok {
			return m, false
		}
		m := map[any]int{}
		t.SetValue(reprGuardKey{}, m)
		return m, false
	}
	reprMu.Lock()
	return inRepr, true
}

// tupleID identifies a tuple (a Go slice, which cannot be a map key) by its storage.
type tupleID struct {
	first *py.Object
	n     int
}

// reprKey is the identity under which x is marked during its repr.
func reprKey(x py.Object) any {
	if t, ok := x.(py.Tuple); ok {
		if len(t) == 0 {
			return tupleID{}
		}
		return tupleID{&t[0], len(t)}
	}
	return x
}

// reprEnter marks x as being repr'd; it returns false if it already is (a cycle).
func reprEnter(x py.Object) bool {
	set, unlock := reprGuard()
	if unlock {
		defer reprMu.Unlock()
	}
	k := reprKey(x)
	if set[k] > 0 {
		return false
	}
	set[k]++
	return true
}

// reprLeave undoes reprEnter.
func reprLeave(x py.Object) {
	set, unlock := reprGuard()
	if unlock {
		defer reprMu.Unlock()
	}
	k := reprKey(x)
	if set[k]--; set[k] <= 0 {
		delete(set, k)
	}
}

// sortedKeys lists a StringDict's keys: in the order a call gave them when they are keyword
// arguments (kworder), else sorted (a Go map has no order to keep).
func sortedKeys(m py.StringDict) []string { return kworder.Keys(m) }

// Repr returns repr(x) as CPython writes it. It corrects gpython's repr of floats (shortest
// round-trip digits, exponent thresholds), complex numbers, str quoting and one-element tuples,
// also inside tuples and lists; other objects are asked through py.Repr.
func Repr(x py.Object) (string, error) {
	if x == py.NotImplemented { // an exception instance in gpython, whose repr panics
		return "NotImplemented", nil
	}
	switch v := x.(type) {
	case *py.Exception:
		if ExceptionRepr != nil {
			return ExceptionRepr(v)
		}
	case py.Float:
		return FloatRepr(float64(v)), nil
	case py.Complex:
		return complexRepr(complex128(v)), nil
	case py.String:
		return StrRepr(string(v)), nil
	case *py.BigInt:
		return decimalText((*big.Int)(v))
	}
	// Containers and other objects may call Repr again for what they hold: each level
	// counts against the recursion limit, as CPython's PyObject_Repr does.
	if t := gil.Holding(); t != nil {
		if t.Depth >= t.Runtime().RecursionLimit() {
			return "", py.ExceptionNewf(recursionError(), "maximum recursion depth exceeded while getting the repr of an object")
		}
		t.Depth++
		defer func() { t.Depth-- }()
	}
	switch v := x.(type) {
	case py.Tuple:
		if len(v) > 0 {
			if !reprEnter(v) {
				return "(...)", nil
			}
			defer reprLeave(v)
		}
		if len(v) == 1 {
			s, err := Repr(v[0])
			return "(" + s + ",)", err
		}
		return reprItems(v, "(", ")")
	case *py.List:
		if !reprEnter(v) {
			return "[...]", nil
		}
		defer reprLeave(v)
		return reprItems(v.Items, "[", "]")
	case *py.Slice:
		return reprItems(py.Tuple{orNone(v.Start), orNone(v.Stop), orNone(v.Step)}, "slice(", ")")
	case py.StringDict:
		r, err := snapshot(v).M__repr__()
		if err != nil {
			return "", err
		}
		return string(r.(py.String)), nil
	}
	if ReprFallback != nil {
		if s, ok, err := ReprFallback(x); ok {
			return s, err
		}
	}
	if s, ok := defaultRepr(x); ok {
		return s, nil
	}
	return py.ReprAsString(x)
}

// defaultRepr is object.__repr__ for a Go object without a __repr__ of its own:
// "<map object at 0x...>" (gpython writes "<map instance at 0x...>"), the type named with
// its module when that is not builtins ("<_thread.lock object at 0x...>").
func defaultRepr(x py.Object) (string, bool) {
	if _, ok := x.(py.I__repr__); ok {
		return "", false
	}
	if _, ok := x.(*py.Type); ok {
		return "", false
	}
	if v := reflect.ValueOf(x); v.Kind() != reflect.Pointer || v.IsNil() {
		return "", false
	}
	t := x.Type()
	name := t.Name
	if m, ok := t.Dict["__module__"].(py.String); ok && m != "builtins" && m != "" {
		name = string(m) + "." + name
	}
	return fmt.Sprintf("<%s object at %p>", name, x), true
}

// ExceptionRepr and ExceptionStr, installed by the object model (package classes), format
// gpython's *py.Exception values, whose own Go methods quote with Go syntax and panic on an
// exception without arguments.
var ExceptionRepr, ExceptionStr func(py.Object) (string, error)

// ReprFallback, installed by the object model, gives the repr (and str) of the gpython
// objects whose own is wrong or missing (functions, methods, modules, code objects: gpython
// prints "<function instance at 0x...>"); ok is false for the others.
var ReprFallback func(x py.Object) (s string, ok bool, err error)

// ReprObject is Repr returning a py.String.
func ReprObject(x py.Object) (py.Object, error) {
	s, err := Repr(x)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

// Str returns str(x), with Repr's corrections for numbers and containers.
func Str(x py.Object) (string, error) {
	if x == py.NotImplemented { // gpython's is an exception instance without arguments
		return "NotImplemented", nil
	}
	switch v := x.(type) {
	case *py.Exception:
		if ExceptionStr != nil {
			return ExceptionStr(v)
		}
	case py.String:
		return string(v), nil
	case *py.BigInt:
		return decimalText((*big.Int)(v))
	case py.Float, py.Complex, py.Tuple, *py.List, py.StringDict, *py.Slice:
		return Repr(v)
	}
	if ReprFallback != nil {
		if s, ok, err := ReprFallback(x); ok {
			return s, err
		}
	}
	if _, ok := x.(py.I__str__); !ok {
		if s, ok := defaultRepr(x); ok {
			return s, nil
		}
	}
	return py.StrAsString(x)
}

func reprItems(items []py.Object, open, close string) (string, error) {
	var b strings.Builder
	b.WriteString(open)
	for i := 0; i < len(items); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := Repr(items[i])
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteString(close)
	return b.String(), nil
}

func complexRepr(c complex128) string {
	re, im := real(c), imag(c)
	part := func(f float64) string {
		s := FloatRepr(f)
		return strings.TrimSuffix(s, ".0")
	}
	if re == 0 && !math.Signbit(re) {
		return part(im) + "j"
	}
	sign := "+"
	if im < 0 || (im == 0 && math.Signbit(im)) || math.IsNaN(im) && math.Signbit(im) {
		sign = ""
	}
	ims := part(im)
	if math.IsNaN(im) {
		ims = "nan"
	}
	return "(" + part(re) + sign + ims + "j)"
}

// StrRepr quotes s as CPython's str.__repr__ does: single quotes unless s contains a single
// quote and no double quote; \t \n \r \\ and the quote escaped; other non-printable characters
// as \xhh, \uhhhh or \Uhhhhhhhh.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, n := decodeWTF8(s, i)
		i += n
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x7f:
			b.WriteRune(r)
		case !isPrintable(r):
			switch {
			case r <= 0xff:
				fmt.Fprintf(&b, `\x%02x`, r)
			case r <= 0xffff:
				fmt.Fprintf(&b, `\u%04x`, r)
			default:
				fmt.Fprintf(&b, `\U%08x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// orNone is o, or None for a nil field (gpython's slice leaves absent parts nil).
func orNone(o py.Object) py.Object {
	if o == nil {
		return py.None
	}
	return o
}

func installSliceIndices() {
	py.SliceType.Dict["indices"] = py.MustNewMethod("indices", func(self py.Object, arg py.Object) (py.Object, error) {
		s, ok := self.(*py.Slice)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor 'indices' requires a 'slice' object")
		}
		n, err := py.IndexInt(arg)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "length should not be negative")
		}
		start, stop, step, _, err := s.GetIndices(n)
		if err != nil {
			return nil, err
		}
		return py.Tuple{py.Int(start), py.Int(stop), py.Int(step)}, nil
	}, 0, "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\nindices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in a manner consistent with the\nhandling of normal slices.")
}

// recursionError is builtins.RecursionError (defined by the interpreter).
func recursionError() *py.Type {
	if t, ok := py.GetModuleImpl("builtins").Globals["RecursionError"].(*py.Type); ok {
		return t
	}
	return py.RuntimeError
}
