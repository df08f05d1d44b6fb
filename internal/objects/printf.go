package objects

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/memlimit"
)

// Mod computes a % b; it implements compiler.RT.Mod. For a str (or bytes) it is printf-style
// formatting with CPython's conversions, flags and errors; other operands use gpython's py.Mod.
func Mod(a, b py.Object) (py.Object, error) {
	switch f := a.(type) {
	case py.String:
		if s, ok := printfOne(string(f), b); ok {
			return py.String(s), nil
		}
		s, err := printf(string(f), b, false)
		if err != nil {
			return nil, err
		}
		return py.String(s), nil
	case py.Bytes:
		s, err := printf(string(f), b, true)
		if err != nil {
			return nil, err
		}
		return py.Bytes(s), nil
	}
	return py.Mod(a, b)
}

// printfOne is the common case of str % x: a format whose only conversion is a plain %d or
// %s of an int, or %s of a str, formatted without the general machinery. ok is false for
// anything else.
func printfOne(format string, x py.Object) (string, bool) {
	i := strings.IndexByte(format, '%')
	if i < 0 || i+1 >= len(format) || strings.IndexByte(format[i+2:], '%') >= 0 {
		return "", false
	}
	if c := format[i+1]; c == 's' {
		if s, ok := x.(py.String); ok {
			return format[:i] + string(s) + format[i+2:], true
		}
	} else if c != 'd' {
		return "", false
	}
	n, ok := x.(py.Int)
	if !ok {
		return "", false
	}
	var buf [24]byte
	return format[:i] + string(strconv.AppendInt(buf[:0], int64(n), 10)) + format[i+2:], true
}

// printfArgs hands out the operands of a % b.
type printfArgs struct {
	items   []py.Object
	next    int
	mapping py.Object // set when b is a mapping and the format uses %(key)
	isBytes bool
}

func (p *printfArgs) get() (py.Object, error) {
	if p.next >= len(p.items) {
		return nil, py.ExceptionNewf(py.TypeError, "not enough arguments for format string")
	}
	x := p.items[p.next]
	p.next++
	return x, nil
}

func isMapping(x py.Object) bool {
	switch x.(type) {
	case *Dict, py.StringDict:
		return true
	case py.Tuple, py.String, py.Bytes, *py.List:
		return false
	}
	if IsUserInstance(x) { // a user class: only if it defines __getitem__
		return hasTypeAttr(x, "__getitem__")
	}
	_, ok := x.(py.I__getitem__)
	return ok || hasTypeAttr(x, "__getitem__")
}

func printf(format string, b py.Object, isBytes bool) (string, error) {
	args := &printfArgs{isBytes: isBytes}
	if t, ok := NativeOf(b).(py.Tuple); ok {
		// A tuple subclass (a namedtuple) supplies its items, as in CPython.
		args.items = t
	} else {
		args.items = []py.Object{b}
		if isMapping(b) {
			args.mapping = b
		}
	}
	var out strings.Builder
	usedMapping := false
	for i := 0; i < len(format); {
		c := format[i]
		if c != '%' {
			j := strings.IndexByte(format[i:], '%')
			if j < 0 {
				j = len(format) - i
			}
			out.WriteString(format[i : i+j])
			i += j
			continue
		}
		i++
		if i >= len(format) {
			return "", py.ExceptionNewf(py.ValueError, "incomplete format")
		}
		var arg py.Object
		if format[i] == '(' {
			if args.mapping == nil {
				return "", py.ExceptionNewf(py.TypeError, "format requires a mapping")
			}
			depth, j := 1, i+1
			for ; j < len(format) && depth > 0; j++ {
				switch format[j] {
				case '(':
					depth++
				case ')':
					depth--
				}
			}
			if depth > 0 {
				return "", py.ExceptionNewf(py.ValueError, "incomplete format key")
			}
			key := format[i+1 : j-1]
			var keyObj py.Object = py.String(key)
			if isBytes {
				keyObj = py.Bytes(key)
			}
			v, err := py.GetItem(args.mapping, keyObj)
			if err != nil {
				return "", err
			}
			arg = v
			usedMapping = true
			i = j
		}
		spec := printfSpec{width: -1, precision: -1}
	flags:
		for i < len(format) {
			switch format[i] {
			case '-':
				spec.left = true
			case '+':
				spec.plus = true
			case ' ':
				spec.space = true
			case '#':
				spec.alt = true
			case '0':
				spec.zero = true
			default:
				break flags
			}
			i++
		}
		var err error
		var n int
		var present bool
		if n, present, i, err = printfNum(format, i, args, "width"); err != nil {
			return "", err
		}
		if present {
			if n < 0 {
				spec.left, n = true, -n
			}
			spec.width = n
		}
		if i < len(format) && format[i] == '.' {
			if n, _, i, err = printfNum(format, i+1, args, "precision"); err != nil {
				return "", err
			}
			spec.precision = max(n, 0)
		}
		for i < len(format) && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
			i++
		}
		if i >= len(format) {
			return "", py.ExceptionNewf(py.ValueError, "incomplete format")
		}
		conv, size := utf8.DecodeRuneInString(format[i:])
		i += size
		if conv == '%' {
			out.WriteByte('%')
			continue
		}
		if arg == nil {
			if arg, err = args.get(); err != nil {
				return "", err
			}
		}
		s, err := spec.convert(conv, arg, isBytes, i-size)
		if err != nil {
			return "", err
		}
		out.WriteString(s)
	}
	if args.next < len(args.items) && !usedMapping && args.mapping == nil {
		return "", py.ExceptionNewf(py.TypeError, "not all arguments converted during %s formatting", map[bool]string{false: "string", true: "bytes"}[isBytes])
	}
	return out.String(), nil
}

// printfNum reads a width or precision at format[i:]: digits, or * taking the next argument.
// present is false when there is neither; the returned position follows what was read.
// what ("width" or "precision") names it in the error for a number above INT_MAX.
func printfNum(format string, i int, args *printfArgs, what string) (n int, present bool, next int, err error) {
	if i < len(format) && format[i] == '*' {
		x, err := args.get()
		if err != nil {
			return 0, false, i, err
		}
		v, ok := x.(py.Int)
		if !ok {
			return 0, false, i, py.ExceptionNewf(py.TypeError, "* wants int")
		}
		return int(v), true, i + 1, nil
	}
	n, rest, ok := parseDigits(format[i:])
	if !ok || (what == "precision" && n > math.MaxInt32) {
		// CPython's bounds: a width must fit a Py_ssize_t, a precision an int.
		return 0, false, i, py.ExceptionNewf(py.ValueError, "%s too big", what)
	}
	if !memlimit.Fits(n, 1) {
		return 0, false, i, memlimit.Error()
	}
	if len(rest) == len(format[i:]) {
		return 0, false, i, nil
	}
	return n, true, len(format) - len(rest), nil
}

type printfSpec struct {
	left, plus, space, alt, zero bool
	width, precision             int
}

func (p *printfSpec) pad(s string, numeric bool) string {
	n := utf8.RuneCountInString(s)
	if p.width <= n {
		return s
	}
	fill := p.width - n
	switch {
	case p.left:
		return s + strings.Repeat(" ", fill)
	case p.zero && numeric:
		signLen := 0
		if len(s) > 0 && (s[0] == '-' || s[0] == '+' || s[0] == ' ') {
			signLen = 1
		}
		if len(s) > signLen+1 && s[signLen] == '0' && strings.ContainsRune("xXob", rune(s[signLen+1])) {
			signLen += 2
		}
		return s[:signLen] + strings.Repeat("0", fill) + s[signLen:]
	}
	return strings.Repeat(" ", fill) + s
}

func (p *printfSpec) sign(neg bool) string {
	switch {
	case neg:
		return "-"
	case p.plus:
		return "+"
	case p.space:
		return " "
	}
	return ""
}

func (p *printfSpec) convert(conv rune, arg py.Object, isBytes bool, index int) (string, error) {
	switch conv {
	case 's', 'r', 'a', 'b':
		var s string
		var err error
		switch {
		case conv == 'r' || conv == 'a':
			s, err = convert(arg, 'a')
			if conv == 'r' && !isBytes {
				s, err = Repr(arg)
			}
		case isBytes:
			b, ok := asBytes(arg)
			if !ok {
				return "", py.ExceptionNewf(py.TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", typeName(arg))
			}
			s = string(b)
		case conv == 'b':
			return "", unsupportedFormat(conv, index)
		default:
			s, err = Str(arg)
		}
		if err != nil {
			return "", err
		}
		if p.precision >= 0 && utf8.RuneCountInString(s) > p.precision {
			s = string([]rune(s)[:p.precision])
		}
		return p.pad(s, false), nil
	case 'd', 'i', 'u':
		if n, ok := arg.(py.Int); ok {
			return p.decimalBody(int64(n)), nil
		}
		v, err := printfInt(arg, conv, true)
		if err != nil {
			return "", err
		}
		if _, err := decimalText(v); err != nil {
			return "", err
		}
		return p.intBody(v, 10, ""), nil
	case 'x', 'X', 'o':
		v, err := printfInt(arg, conv, false)
		if err != nil {
			return "", err
		}
		base, prefix := 16, "0x"
		if conv == 'o' {
			base, prefix = 8, "0o"
		}
		s := p.intBody(v, base, prefix)
		if conv == 'X' {
			s = strings.ToUpper(s)
		}
		return s, nil
	case 'e', 'E', 'f', 'F', 'g', 'G':
		f, err := printfFloat(arg, conv)
		if err != nil {
			return "", err
		}
		prec := p.precision
		if prec < 0 {
			prec = 6
		}
		a := math.Abs(f)
		var body string
		switch {
		case math.IsInf(f, 0):
			body = "inf"
		case math.IsNaN(f):
			body = "nan"
		case conv == 'e' || conv == 'E':
			body = formatE(a, prec, p.alt)
		case conv == 'f' || conv == 'F':
			body = formatF(a, prec, p.alt)
		default:
			body = formatG(a, prec, p.alt, false)
		}
		if conv == 'E' || conv == 'F' || conv == 'G' {
			body = strings.ToUpper(body)
		}
		numeric := !math.IsInf(f, 0) && !math.IsNaN(f)
		return p.pad(p.sign(math.Signbit(f))+body, numeric), nil
	case 'c':
		var s string
		switch v := arg.(type) {
		case py.String:
			if utf8.RuneCountInString(string(v)) != 1 {
				return "", py.ExceptionNewf(py.TypeError, "%%c requires int or char")
			}
			s = string(v)
		default:
			n, err := py.Index(arg)
			if err != nil {
				return "", py.ExceptionNewf(py.TypeError, "%%c requires int or char")
			}
			if n < 0 || n > 0x10ffff {
				return "", py.ExceptionNewf(py.OverflowError, "%%c arg not in range(0x110000)")
			}
			s = string(rune(n))
		}
		return p.pad(s, false), nil
	}
	return "", unsupportedFormat(conv, index)
}

func unsupportedFormat(conv rune, index int) error {
	return py.ExceptionNewf(py.ValueError, "unsupported format character '%c' (0x%x) at index %d", conv, conv, index)
}

func (p *printfSpec) intBody(v *big.Int, base int, prefix string) string {
	digits := new(big.Int).Abs(v).Text(base)
	if p.precision > len(digits) {
		digits = strings.Repeat("0", p.precision-len(digits)) + digits
	}
	if !p.alt {
		prefix = ""
	}
	return p.pad(p.sign(v.Sign() < 0)+prefix+digits, true)
}

// decimalBody is intBody(n, 10, "") for an int that fits in 64 bits, without a big.Int.
func (p *printfSpec) decimalBody(n int64) string {
	mag := uint64(n)
	if n < 0 {
		mag = -mag
	}
	digits := strconv.FormatUint(mag, 10)
	if p.precision > len(digits) {
		digits = strings.Repeat("0", p.precision-len(digits)) + digits
	}
	return p.pad(p.sign(n < 0)+digits, true)
}

// printfInt converts the operand of %d (which accepts floats) or %x/%o (integers only).
func printfInt(arg py.Object, conv rune, acceptFloat bool) (*big.Int, error) {
	switch v := arg.(type) {
	case py.Int, py.Bool, *py.BigInt:
		return toBig(v), nil
	case py.Float:
		if acceptFloat {
			f := float64(v)
			if math.IsNaN(f) {
				return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
			}
			if math.IsInf(f, 0) {
				return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
			}
			bi, _ := big.NewFloat(math.Trunc(f)).Int(nil)
			return bi, nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "%%%c format: an integer is required, not float", conv)
	}
	if i, err := py.Index(arg); err == nil {
		return big.NewInt(int64(i)), nil
	}
	if acceptFloat {
		if res, ok, err := typeCall(arg, "__int__"); ok && err == nil {
			if b := toBig(res); b != nil {
				return b, nil
			}
		}
		return nil, py.ExceptionNewf(py.TypeError, "%%%c format: a real number is required, not %s", conv, typeName(arg))
	}
	return nil, py.ExceptionNewf(py.TypeError, "%%%c format: an integer is required, not %s", conv, typeName(arg))
}

func printfFloat(arg py.Object, conv rune) (float64, error) {
	switch v := arg.(type) {
	case py.Float:
		return float64(v), nil
	case py.Int, py.Bool, *py.BigInt:
		f, _ := new(big.Float).SetInt(toBig(v)).Float64()
		return f, nil
	}
	if res, ok, err := typeCall(arg, "__float__"); ok && err == nil {
		if f, ok := res.(py.Float); ok {
			return float64(f), nil
		}
	}
	return 0, py.ExceptionNewf(py.TypeError, "must be real number, not %s", typeName(arg))
}
