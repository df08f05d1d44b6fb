package objects

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// Methods and attributes of int and float that gpython lacks: bit_length, to_bytes,
// from_bytes, as_integer_ratio, real/imag/numerator/denominator, float.hex/fromhex.
// They serve bool and ints beyond 64 bits (gpython's big int type) too.

// intValue is the value of an int (py.Int, a big int or a bool) as a big.Int.
func intValue(o py.Object) (*big.Int, bool) {
	switch v := o.(type) {
	case py.Int:
		return big.NewInt(int64(v)), true
	case *py.BigInt:
		return (*big.Int)(v), true
	case py.Bool:
		if v {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	}
	return nil, false
}

// exactInt returns an int object (py.Int or big int) for x, the plain int of a bool.
func exactInt(o py.Object) py.Object {
	if b, ok := o.(py.Bool); ok {
		if b {
			return py.Int(1)
		}
		return py.Int(0)
	}
	return o
}

// intFromBig makes the Python int of x: a py.Int when it fits in 64 bits.
func intFromBig(x *big.Int) py.Object {
	return (*py.BigInt)(x).MaybeInt()
}

// byteOrder checks a byteorder argument ('big' when nil).
func byteOrder(o py.Object) (bool, error) {
	if o == nil {
		return false, nil
	}
	s, ok := o.(py.String)
	if !ok {
		return false, py.ExceptionNewf(py.TypeError, "to_bytes() argument 'byteorder' must be str, not %s", typeName(o))
	}
	switch s {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, py.ExceptionNewf(py.ValueError, "byteorder must be either 'little' or 'big'")
}

func intToBytes(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var length, order, signed py.Object
	if err := parseArgs("to_bytes", args, kw, []string{"length", "byteorder", "signed"}, 2, 0, &length, &order, &signed); err != nil {
		return nil, err
	}
	n := 1
	if length != nil {
		lv, err := indexArg(length)
		if err != nil {
			return nil, err
		}
		if !lv.IsInt64() {
			return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
		}
		l := lv.Int64()
		if l < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "length argument must be non-negative")
		}
		n = int(l)
	}
	little, err := byteOrder(order)
	if err != nil {
		return nil, err
	}
	isSigned := false
	if signed != nil {
		if isSigned, err = truth(signed); err != nil {
			return nil, err
		}
	}
	x, _ := intValue(self)
	v := new(big.Int).Set(x)
	if v.Sign() < 0 {
		if !isSigned {
			return nil, py.ExceptionNewf(py.OverflowError, "can't convert negative int to unsigned")
		}
		// Two's complement in n bytes: 2**(8n) + v, which must still be >= 2**(8n-1).
		v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(8*n)))
		if n == 0 || v.BitLen() < 8*n {
			return nil, py.ExceptionNewf(py.OverflowError, "int too big to convert")
		}
	} else if v.BitLen() > 8*n || (isSigned && n > 0 && v.BitLen() == 8*n) || (isSigned && n == 0 && v.Sign() != 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "int too big to convert")
	}
	out := v.FillBytes(make([]byte, n))
	if little {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return py.Bytes(out), nil
}

func intFromBytes(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var data, order, signed py.Object
	if err := parseArgs("from_bytes", args, kw, []string{"bytes", "byteorder", "signed"}, 2, 1, &data, &order, &signed); err != nil {
		return nil, err
	}
	little, err := byteOrder(order)
	if err != nil {
		return nil, err
	}
	isSigned := false
	if signed != nil {
		if isSigned, err = truth(signed); err != nil {
			return nil, err
		}
	}
	var b []byte
	switch d := NativeOf(data).(type) {
	case py.Bytes:
		b = append([]byte(nil), d...)
	default:
		if _, ok := data.(py.String); ok {
			return nil, py.ExceptionNewf(py.TypeError, "cannot convert 'str' object to bytes")
		}
		bo, err := py.Call(py.BytesType, py.Tuple{data}, nil)
		if err != nil {
			return nil, err
		}
		bb, ok := NativeOf(bo).(py.Bytes)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "cannot convert '%s' object to bytes", typeName(data))
		}
		b = append([]byte(nil), bb...)
	}
	if little {
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
	}
	v := new(big.Int).SetBytes(b)
	if isSigned && len(b) > 0 && b[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	return intFromBig(v), nil
}

// floatHex is float.hex(): the exact value in hexadecimal, as CPython writes it.
func floatHex(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	b := math.Float64bits(f)
	exp := int((b >> 52) & 0x7ff)
	frac := b & (1<<52 - 1)
	lead := "1"
	if exp == 0 {
		lead, exp = "0", -1022
	} else {
		exp -= 1023
	}
	digits := strconv.FormatUint(frac, 16)
	digits = strings.Repeat("0", 13-len(digits)) + digits
	esign := "+"
	if exp < 0 {
		esign, exp = "-", -exp
	}
	return sign + "0x" + lead + "." + digits + "p" + esign + strconv.Itoa(exp)
}

// floatFromHex is float.fromhex(s).
func floatFromHex(s string) (float64, error) {
	invalid := py.ExceptionNewf(py.ValueError, "invalid hexadecimal floating-point string")
	t := strings.TrimSpace(s)
	neg := false
	if strings.HasPrefix(t, "-") || strings.HasPrefix(t, "+") {
		neg, t = t[0] == '-', t[1:]
	}
	low := strings.ToLower(t)
	switch low {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), nil
		}
		return math.Inf(1), nil
	case "nan":
		return math.NaN(), nil
	}
	if strings.HasPrefix(low, "0x") {
		low = low[2:]
	}
	mant, exp := low, "0"
	if i := strings.IndexByte(low, 'p'); i >= 0 {
		mant, exp = low[:i], low[i+1:]
	}
	if mant == "" || mant == "." || strings.Count(mant, ".") > 1 || strings.ContainsAny(mant, "_+-") || strings.Contains(exp, "_") {
		return 0, invalid
	}
	if _, err := strconv.Atoi(exp); err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, invalid
		}
	}
	f, err := strconv.ParseFloat("0x"+mant+"p"+exp, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange && math.IsInf(f, 0) {
			return 0, py.ExceptionNewf(py.OverflowError, "hexadecimal value too large to represent as a float")
		} else if !ok || ne.Err != strconv.ErrRange {
			return 0, invalid
		}
	}
	if neg {
		f = -f
	}
	return f, nil
}

// floatRatio is float.as_integer_ratio().
func floatRatio(f float64) (py.Object, error) {
	if math.IsInf(f, 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "cannot convert Infinity to integer ratio")
	}
	if math.IsNaN(f) {
		return nil, py.ExceptionNewf(py.ValueError, "cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(f)
	return py.Tuple{intFromBig(new(big.Int).Set(r.Num())), intFromBig(new(big.Int).Set(r.Denom()))}, nil
}

func selfFloat(self py.Object) float64 { return float64(self.(py.Float)) }

func installIntMethods() {
	intAttr := func(get func(x py.Object) py.Object) *py.Property {
		return &py.Property{Fget: func(self py.Object) (py.Object, error) {
			return get(exactInt(NativeOf(self))), nil
		}}
	}
	py.IntType.Dict["real"] = intAttr(func(x py.Object) py.Object { return x })
	py.IntType.Dict["numerator"] = intAttr(func(x py.Object) py.Object { return x })
	py.IntType.Dict["imag"] = intAttr(func(py.Object) py.Object { return py.Int(0) })
	py.IntType.Dict["denominator"] = intAttr(func(py.Object) py.Object { return py.Int(1) })
	addMethods(py.IntType,
		method("bit_length", "Number of bits necessary to represent self in binary.", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			if err := noArgs(self, "bit_length", args); err != nil {
				return nil, err
			}
			x, _ := intValue(self)
			return py.Int(x.BitLen()), nil
		}),
		method("bit_count", "Number of ones in the binary representation of the absolute value of self.", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			if err := noArgs(self, "bit_count", args); err != nil {
				return nil, err
			}
			x, _ := intValue(self)
			n := 0
			for _, w := range x.Bits() {
				n += bits.OnesCount(uint(w))
			}
			return py.Int(n), nil
		}),
		method("conjugate", "Returns self, the complex conjugate of any int.", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			if err := noArgs(self, "conjugate", args); err != nil {
				return nil, err
			}
			return exactInt(self), nil
		}),
		method("as_integer_ratio", "Return integer ratio.", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			if err := noArgs(self, "as_integer_ratio", args); err != nil {
				return nil, err
			}
			return py.Tuple{exactInt(self), py.Int(1)}, nil
		}),
		method("__index__", "Return self converted to an integer, if self is suitable for use as an index into a list.", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			if err := noArgs(self, "__index__", args); err != nil {
				return nil, err
			}
			return exactInt(self), nil
		}),
		method("to_bytes", "Return an array of bytes representing an integer.", intToBytes),
		numberFormat("int"),
	)
	py.IntType.Dict["from_bytes"] = classMethod(py.IntType, "from_bytes", "Return the integer represented by the given array of bytes.", func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		n, err := intFromBytes(nil, args, kwargs)
		if err != nil {
			return nil, err
		}
		return asClass(cls, py.IntType, n)
	})

	floatAttr := func(get func(f float64) py.Object) *py.Property {
		return &py.Property{Fget: func(self py.Object) (py.Object, error) {
			return get(selfFloat(NativeOf(self))), nil
		}}
	}
	py.FloatType.Dict["real"] = floatAttr(func(f float64) py.Object { return py.Float(f) })
	py.FloatType.Dict["imag"] = floatAttr(func(float64) py.Object { return py.Float(0) })
	addMethods(py.FloatType,
		numberFormat("float"),
		method("conjugate", "Return self, the complex conjugate of any float.", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			if err := noArgs(self, "conjugate", args); err != nil {
				return nil, err
			}
			return py.Float(selfFloat(self)), nil
		}),
		method("hex", "Return a hexadecimal representation of a floating-point number.", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			if err := noArgs(self, "hex", args); err != nil {
				return nil, err
			}
			return py.String(floatHex(selfFloat(self))), nil
		}),
		method("as_integer_ratio", "Return integer ratio.", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			if err := noArgs(self, "as_integer_ratio", args); err != nil {
				return nil, err
			}
			return floatRatio(selfFloat(self))
		}),
	)
	py.FloatType.Dict["fromhex"] = classMethod(py.FloatType, "fromhex", "Create a floating-point number from a hexadecimal string.", func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "float.fromhex() takes no keyword arguments")
		}
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "fromhex() takes exactly one argument (%d given)", len(args))
		}
		s, ok := args[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "must be str, not %s", typeName(args[0]))
		}
		f, err := floatFromHex(string(s))
		if err != nil {
			return nil, err
		}
		return asClass(cls, py.FloatType, py.Float(f))
	})
}

// numberFormat is int.__format__ or float.__format__: the value (the int or float an
// instance of a subclass carries) formatted by the type's own rules, as IntEnum and
// IntFlag members need (int.__format__(member, spec)).
func numberFormat(typ string) methodDef {
	m := method("__format__", "Convert to a string according to format_spec.", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if err := oneArg(self, "__format__", args); err != nil {
			return nil, err
		}
		spec, ok := args[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "%s.__format__() argument must be str, not %s", typ, typeName(args[0]))
		}
		if spec == "" {
			// An empty spec is str(self), a subclass's __str__ or __repr__ included.
			s, err := Str(self)
			return py.String(s), err
		}
		var s string
		var err error
		switch v := NativeOf(self).(type) {
		case py.Float:
			s, err = formatFloat(float64(v), string(spec), typ)
		case py.Bool:
			if spec == "" {
				s = "False"
				if v {
					s = "True"
				}
				break
			}
			s, err = formatInt(toBig(v), string(spec), "bool")
		default:
			x, _ := intValue(NativeOf(self))
			s, err = formatInt(x, string(spec), typ)
		}
		return py.String(s), err
	})
	m.keepSelf = true
	return m
}

// The repr and str of int, float and str as slot wrappers: int.__repr__(x) is the int's
// repr even for an instance of a subclass that overrides __repr__ (IntEnum's str() is
// int.__repr__, IntFlag's value repr too).
func installValueText() {
	valueText := func(name string, str bool) methodDef {
		return method(name, "Return "+map[bool]string{false: "repr(self)", true: "str(self)"}[str]+".", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			if err := noArgs(self, name, args); err != nil {
				return nil, err
			}
			if str {
				s, err := Str(self)
				return py.String(s), err
			}
			return ReprObject(self)
		})
	}
	// (int and float have no __str__ of their own: object's calls __repr__.)
	addMethods(py.IntType, valueText("__repr__", false))
	addMethods(py.FloatType, valueText("__repr__", false))
	addMethods(py.StringType, valueText("__repr__", false), valueText("__str__", true))
}
