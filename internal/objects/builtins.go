package objects

import (
	"math"
	"math/big"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"

	"github.com/gopyrt/gopy/internal/gpyhooks"
	"github.com/gopyrt/gopy/modules/builtins"
)

// builtinMethods are the builtins this package installs or replaces.
func builtinMethods() []*py.Method {
	return []*py.Method{
		py.MustNewMethod("len", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := oneArgFn("len", args, kw); err != nil {
				return nil, err
			}
			return Len(args[0])
		}, 0, "Return the number of items in a container."),
		py.MustNewMethod("hash", builtinHash, 0, "hash(obj) -> int\n\nReturn the hash value for the given object."),
		py.MustNewMethod("repr", builtinRepr, 0, "Return the canonical string representation of the object."),
		py.MustNewMethod("ascii", builtinASCII, 0, "Return an ASCII-only representation of an object."),
		py.MustNewMethod("format", builtinFormat, 0, "Return value.__format__(format_spec)"),
		py.MustNewMethod("round", builtinRound, 0, "Round a number to a given precision in decimal digits."),
		py.MustNewMethod("print", builtinPrint, 0, "Prints the values to a stream, or to sys.stdout by default.\n\n  sep\n    string inserted between values, default a space.\n  end\n    string appended after the last value, default a newline.\n  file\n    a file-like object (stream); defaults to the current sys.stdout.\n  flush\n    whether to forcibly flush the stream."),
		py.MustNewMethod("any", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return anyAll("any", true, args, kw)
		}, 0, "Return True if bool(x) is True for any x in the iterable.\n\nIf the iterable is empty, return False."),
		py.MustNewMethod("all", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return anyAll("all", false, args, kw)
		}, 0, "Return True if bool(x) is True for all values x in the iterable.\n\nIf the iterable is empty, return True."),
		py.MustNewMethod("sorted", builtinSorted, 0, "Return a new list containing all items from the iterable in ascending order."),
		py.MustNewMethod("min", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return minMax("min", "<", args, kw)
		}, 0, "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value"),
		py.MustNewMethod("max", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return minMax("max", ">", args, kw)
		}, 0, "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value"),
	}
}

// anyAll is any() (stop at the first true item) and all() (stop at the first false one),
// with gopy's truth test (gpython's calls every bytes value true).
func anyAll(name string, stopAt bool, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := oneArgFn(name, args, kw); err != nil {
		return nil, err
	}
	found := false
	err := iterate(args[0], func(item py.Object) (bool, error) {
		ok, err := compiler.Truth(item)
		if err != nil {
			return false, err
		}
		if ok == stopAt {
			found = true
			return false, nil
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return py.NewBool(found == stopAt), nil
}

func builtinHash(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := oneArgFn("hash", args, kw); err != nil {
		return nil, err
	}
	h, err := Hash(args[0])
	if err != nil {
		return nil, err
	}
	return py.Int(h), nil
}

// oneArgFn checks a builtin function taking exactly one positional argument.
func oneArgFn(name string, args py.Tuple, kw py.StringDict) error {
	if len(kw) != 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

func builtinRepr(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := oneArgFn("repr", args, kw); err != nil {
		return nil, err
	}
	return ReprObject(args[0])
}

func builtinASCII(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := oneArgFn("ascii", args, kw); err != nil {
		return nil, err
	}
	s, err := convert(args[0], 'a')
	return py.String(s), err
}

func builtinFormat(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var v, spec py.Object = nil, py.String("")
	if err := unpackPos("format", args, kw, 1, &v, &spec); err != nil {
		return nil, err
	}
	s, ok := spec.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "format() argument 2 must be str, not %s", typeName(spec))
	}
	out, err := Format(v, string(s))
	if err != nil {
		return nil, err
	}
	return py.String(out), nil
}

// definesInPython reports whether a class written in Python along t's MRO defines name.
func definesInPython(t *py.Type, name string) bool {
	for _, b := range t.Mro {
		if bt, ok := b.(*py.Type); ok && bt.Flags&py.TPFLAGS_HEAPTYPE != 0 {
			if _, ok := bt.Dict[name]; ok {
				return true
			}
		}
	}
	return false
}

func builtinRound(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var x, nd py.Object
	if err := parseArgs("round", args, kw, []string{"number", "ndigits"}, 2, 1, &x, &nd); err != nil {
		return nil, err
	}
	if nd == py.None {
		nd = nil
	}
	if IsUserInstance(x) {
		// A subclass of float or int without its own __round__ rounds its value.
		if !definesInPython(x.Type(), "__round__") {
			switch n := NativeOf(x).(type) {
			case py.Float, py.Int, *py.BigInt:
				x = n
			}
		}
	}
	switch v := x.(type) {
	case py.Float:
		f := float64(v)
		if nd == nil {
			switch {
			case math.IsNaN(f):
				return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
			case math.IsInf(f, 0):
				return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
			}
			r := math.RoundToEven(f)
			if math.Abs(r) < 1<<62 {
				return py.Int(int64(r)), nil
			}
			bi, _ := big.NewFloat(r).Int(nil)
			return (*py.BigInt)(bi), nil
		}
		n, err := indexInt(nd)
		if err != nil {
			return nil, err
		}
		r, err := RoundFloat(f, n)
		if err != nil {
			return nil, err
		}
		return py.Float(r), nil
	case py.Int, *py.BigInt, py.Bool:
		if nd == nil {
			if b, ok := v.(py.Bool); ok {
				return toIntObj(toBig(b)), nil
			}
			return v, nil
		}
		n, err := indexInt(nd)
		if err != nil {
			return nil, err
		}
		if n >= 0 {
			return toIntObj(toBig(v)), nil
		}
		return toIntObj(roundIntNeg(toBig(v), -n)), nil
	}
	if nd == nil {
		if res, ok, err := typeCall(x, "__round__"); ok {
			return res, err
		}
	} else if res, ok, err := typeCall(x, "__round__", nd); ok {
		return res, err
	}
	// Instances of Python classes (Fraction, Decimal): their class's __round__.
	if IsUserInstance(x) {
		if m, err := py.GetAttrString(x, "__round__"); err == nil {
			if nd == nil {
				return py.Call(m, nil, nil)
			}
			return py.Call(m, py.Tuple{nd}, nil)
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "type %s doesn't define __round__ method", typeName(x))
}

// roundIntNeg rounds v half to even to a multiple of 10**n.
func roundIntNeg(v *big.Int, n int) *big.Int {
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
	q, r := new(big.Int).QuoRem(new(big.Int).Abs(v), p, new(big.Int))
	twice := new(big.Int).Lsh(r, 1)
	if c := twice.Cmp(p); c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	q.Mul(q, p)
	if v.Sign() < 0 {
		q.Neg(q)
	}
	return q
}

// toIntObj returns an Int when v fits, else a BigInt.
func toIntObj(v *big.Int) py.Object {
	if v.IsInt64() {
		return py.Int(v.Int64())
	}
	return (*py.BigInt)(new(big.Int).Set(v))
}

// indexInt converts an object with __index__ to a Go int.
func indexInt(x py.Object) (int, error) {
	switch v := x.(type) {
	case py.Int:
		return int(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		if (*big.Int)(v).Sign() < 0 {
			return math.MinInt32, nil
		}
		return math.MaxInt32, nil
	case py.Float:
		return 0, py.ExceptionNewf(py.TypeError, "'float' object cannot be interpreted as an integer")
	}
	i, err := py.Index(x)
	if err != nil {
		return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(x))
	}
	return int(i), nil
}

func builtinPrint(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var sep, end, file, flush py.Object
	if err := parseArgs("print", nil, kw, []string{"sep", "end", "file", "flush"}, 0, 0, &sep, &end, &file, &flush); err != nil {
		return nil, err
	}
	sepS, err := optStr("sep", sep, " ")
	if err != nil {
		return nil, err
	}
	endS, err := optStr("end", end, "\n")
	if err != nil {
		return nil, err
	}
	if file == nil || file == py.None {
		mod, ok := self.(*py.Module)
		if !ok || mod == nil || mod.Context == nil {
			return nil, py.ExceptionNewf(py.RuntimeError, "lost sys.stdout")
		}
		sys, err := mod.Context.GetModule("sys")
		if err != nil {
			return nil, err
		}
		file = sys.Globals["stdout"]
		if file == nil || file == py.None {
			return py.None, nil
		}
	}
	write, err := py.GetAttrString(file, "write")
	if err != nil {
		return nil, err
	}
	emit := func(s string) error {
		_, err := py.Call(write, py.Tuple{py.String(s)}, nil)
		return err
	}
	for i, a := range args {
		if i > 0 {
			if err := emit(sepS); err != nil {
				return nil, err
			}
		}
		s, err := Str(a)
		if err != nil {
			return nil, err
		}
		if err := emit(s); err != nil {
			return nil, err
		}
	}
	if err := emit(endS); err != nil {
		return nil, err
	}
	if flush != nil {
		if t, err := truth(flush); err != nil {
			return nil, err
		} else if t {
			fl, err := py.GetAttrString(file, "flush")
			if err != nil {
				return nil, err
			}
			if _, err := py.Call(fl, nil, nil); err != nil {
				return nil, err
			}
		}
	}
	return py.None, nil
}

// optStr reads an optional str argument that may be None.
func optStr(name string, v py.Object, def string) (string, error) {
	if v == nil || v == py.None {
		return def, nil
	}
	s, ok := v.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "%s must be None or a string, not %s", name, typeName(v))
	}
	return string(s), nil
}

func builtinSorted(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "sorted expected 1 argument, got %d", len(args))
	}
	items, err := toSlice(args[0])
	if err != nil {
		return nil, err
	}
	l := py.NewListFromItems(items)
	if err := sortList(l, "sort", nil, kw); err != nil {
		return nil, err
	}
	return l, nil
}

// sortList sorts l in place as list.sort(key=, reverse=) does: a stable merge sort using only
// <, with reverse keeping equal items in their original order.
func sortList(l *py.List, name string, args py.Tuple, kw py.StringDict) error {
	var key, reverse py.Object
	if err := parseArgs(name, args, kw, []string{"key", "reverse"}, 0, 0, &key, &reverse); err != nil {
		return err
	}
	rev := false
	if reverse != nil {
		r, err := indexInt(reverse)
		if err != nil {
			return err
		}
		rev = r != 0
	}
	// As in CPython, the list is empty while it is sorted (key functions and comparisons see
	// it so); whatever they add to it is dropped, and reported once the sort succeeded.
	items := l.Items
	l.Items = nil
	out, err := sortItems(items, key, rev)
	modified := cap(l.Items) > 0
	if err != nil {
		l.Items = items
		return err
	}
	l.Items = out
	if modified {
		return py.ExceptionNewf(py.ValueError, "list modified during sort")
	}
	return nil
}

// sortItems returns items sorted stably by key (nil or None: the items themselves).
func sortItems(items []py.Object, key py.Object, rev bool) ([]py.Object, error) {
	keys := items
	if key != nil && key != py.None {
		keys = make([]py.Object, len(items))
		for i, x := range items {
			k, err := py.Call(key, py.Tuple{x}, nil)
			if err != nil {
				return nil, err
			}
			keys[i] = k
		}
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	if rev {
		for i, j := 0, len(idx)-1; i < j; i, j = i+1, j-1 {
			idx[i], idx[j] = idx[j], idx[i]
		}
	}
	if err := sortIndexes(idx, keys); err != nil {
		return nil, err
	}
	if rev {
		for i, j := 0, len(idx)-1; i < j; i, j = i+1, j-1 {
			idx[i], idx[j] = idx[j], idx[i]
		}
	}
	out := make([]py.Object, len(items))
	for i, k := range idx {
		out[i] = items[k]
	}
	return out, nil
}

func minMax(name, op string, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var key, def py.Object
	if err := parseArgs(name, nil, kw, []string{"key", "default"}, 0, 0, &key, &def); err != nil {
		return nil, err
	}
	if key == py.None {
		key = nil
	}
	var items []py.Object
	switch {
	case len(args) == 0:
		return nil, py.ExceptionNewf(py.TypeError, "%s expected at least 1 argument, got 0", name)
	case len(args) == 1:
		var err error
		if items, err = toSlice(args[0]); err != nil {
			return nil, err
		}
	default:
		if def != nil {
			return nil, py.ExceptionNewf(py.TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		items = args
	}
	if len(items) == 0 {
		if def != nil {
			return def, nil
		}
		return nil, py.ExceptionNewf(py.ValueError, "%s() arg is an empty sequence", name)
	}
	best := items[0]
	bestKey := best
	if key != nil {
		k, err := py.Call(key, py.Tuple{best}, nil)
		if err != nil {
			return nil, err
		}
		bestKey = k
	}
	for _, x := range items[1:] {
		k := x
		if key != nil {
			var err error
			if k, err = py.Call(key, py.Tuple{x}, nil); err != nil {
				return nil, err
			}
		}
		r, err := Compare(op, k, bestKey)
		if err != nil {
			return nil, err
		}
		if better, err := truth(r); err != nil {
			return nil, err
		} else if better {
			best, bestKey = x, k
		}
	}
	return best, nil
}

// boolNew is bool(x): gpython's bool type cannot be called.
func boolNew(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var x py.Object = py.False
	if err := unpackPos("bool", args, kw, 0, &x); err != nil {
		return nil, err
	}
	ok, err := compiler.Truth(x)
	return py.NewBool(ok), err
}

// intNew wraps gpython's int() so that int(True) is 1 rather than True, and reads strings
// as CPython does (intFromLiteral).
func intNew(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if v, done, err := intOfText(args, kw); done {
		if err != nil || t == py.IntType {
			return v, err
		}
		return gpythonIntNew(t, py.Tuple{v}, nil)
	}
	if len(args) == 1 && len(kw) == 0 {
		switch v := args[0].(type) {
		case py.Int:
			if t == py.IntType {
				return v, nil
			}
		case py.Bool:
			return toIntObj(toBig(v)), nil
		case py.Float:
			f := float64(v)
			switch {
			case math.IsNaN(f):
				return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
			case math.IsInf(f, 0):
				return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
			}
			if math.Abs(f) < 1<<62 {
				return py.Int(int64(f)), nil
			}
			bi, _ := big.NewFloat(math.Trunc(f)).Int(nil)
			return toIntObj(bi), nil
		}
		// An object with only __index__ (no __int__ or __trunc__) converts through it.
		if _, ok := args[0].(py.I__index__); ok && t == py.IntType {
			_, intErr := py.GetAttrString(args[0], "__int__")
			_, truncErr := py.GetAttrString(args[0], "__trunc__")
			if intErr != nil && truncErr != nil {
				v, err := indexArg(args[0])
				if err != nil {
					return nil, err
				}
				return toIntObj(v), nil
			}
		}
	}
	return gpythonIntNew(t, args, kw)
}

var gpythonIntNew = py.IntType.New

// intOfText is int(x) or int(x, base) when x is a str, bytes or bytearray (done is false
// otherwise, and for argument errors, which gpython's int() reports).
func intOfText(args py.Tuple, kw py.StringDict) (v py.Object, done bool, err error) {
	if len(args) == 0 || len(args) > 2 {
		return nil, false, nil
	}
	var text string
	switch x := args[0].(type) {
	case py.String:
		text = string(x)
	case py.Bytes:
		text = string(x)
	case *ByteArray:
		text = string(x.b)
	default:
		return nil, false, nil
	}
	var baseArg py.Object
	switch {
	case len(args) == 2 && len(kw) == 0:
		baseArg = args[1]
	case len(args) == 1 && len(kw) == 1:
		if baseArg = kw["base"]; baseArg == nil {
			return nil, false, nil
		}
	case len(args) == 1 && len(kw) == 0:
	default:
		return nil, false, nil
	}
	base := 10
	if baseArg != nil {
		n, err := indexArg(baseArg)
		if err != nil {
			return nil, true, err
		}
		if !n.IsInt64() || (n.Int64() != 0 && (n.Int64() < 2 || n.Int64() > 36)) {
			return nil, true, py.ExceptionNewf(py.ValueError, "int() base must be >= 2 and <= 36, or 0")
		}
		base = int(n.Int64())
	}
	v, err = intFromLiteral(text, base, args[0])
	return v, true, err
}

// floatNew wraps gpython's float() for float(True) and CPython's message on a bad string.
func floatNew(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) == 1 && len(kw) == 0 && t == py.FloatType {
		if b, ok := args[0].(py.Bool); ok {
			if b {
				return py.Float(1), nil
			}
			return py.Float(0), nil
		}
	}
	if len(args) == 1 && len(kw) == 0 && t == py.FloatType {
		// "+nan" and "-nan", which Go's parser refuses ("-nan" has its sign bit set, as
		// CPython's: repr hides it, pickle shows it).
		if s, ok := args[0].(py.String); ok {
			switch strings.ToLower(strings.TrimSpace(string(s))) {
			case "+nan":
				return py.Float(math.NaN()), nil
			case "-nan":
				return py.Float(math.Copysign(math.NaN(), -1)), nil
			}
		}
	}
	if len(args) == 1 && len(kw) == 0 && !isTextOrBytes(args[0]) {
		f, ok, err := asDouble(args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "float() argument must be a string or a real number, not '%s'", typeName(args[0]))
		}
		return py.Float(f), nil
	}
	if len(args) == 1 && len(kw) == 0 {
		if _, isBytes := args[0].(py.Bytes); !isBytes {
			if b, ok := BytesLike(args[0]); ok {
				args = py.Tuple{py.Bytes(b)}
			}
		}
	}
	res, err := gpythonFloatNew(t, args, kw)
	if err != nil && len(args) == 1 && py.IsException(py.ValueError, err) {
		if s, ok := args[0].(py.String); ok {
			return nil, py.ExceptionNewf(py.ValueError, "could not convert string to float: %s", StrRepr(string(s)))
		}
	}
	return res, err
}

var gpythonFloatNew = py.FloatType.New

// isTextOrBytes reports whether float() reads x as text: a str, bytes, bytearray or
// memoryview, or an instance of a subclass of one.
func isTextOrBytes(x py.Object) bool {
	for _, t := range []*py.Type{py.StringType, py.BytesType, ByteArrayType, MemoryViewType} {
		if x.Type().IsSubtype(t) {
			return true
		}
	}
	return false
}

func init() {
	gpyhooks.Register("objects/numbers", installNumbers)
	gpyhooks.Register("objects/str", func() { py.StringType.New = strNew })
}

func installNumbers() {
	py.BoolType.New = boolNew
	py.IntType.New = intNew
	py.FloatType.New = floatNew
	py.ComplexType.New = complexNew
	// gpython's arbitrary-precision ints are a separate Go type; Python sees one int type:
	// same name, and a subtype of int, so isinstance, issubclass and except see an int.
	py.BigIntType.Name = "int"
	py.ComplexType.Name = "complex"
	py.BigIntType.Base, py.BigIntType.Bases = py.IntType, py.Tuple{py.IntType}
	builtins.Ready(py.BigIntType)
	// The types this package makes after gpython's initialisation need their MRO
	// (__mro__, dir(), attribute lookup through object).
	builtins.Ready(ByteArrayType, bytesIterType, strIterType, strASCIIIterType, DictType, dictKeyIterType, dictValueIterType,
		dictItemIterType, dictKeysType, dictValuesType, dictItemsType, EnumerateType, ReversedType, MapType, notImplementedType,
		MemoryViewType, SetType, FrozenSetType, setIterType, ClassMethodDescrType)
}

// strNew is str(x) with this package's repr of floats and containers (gpython's StrNew is
// kept for the bytes-decoding forms).
func strNew(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) == 1 && len(kw) == 0 && t == py.StringType {
		s, err := Str(args[0])
		if err != nil {
			return nil, err
		}
		return py.String(s), nil
	}
	if t == py.StringType && (len(args) > 1 || len(kw) > 0) {
		return strDecode(args, kw)
	}
	return gpythonStrNew(t, args, kw)
}

// strDecode is str(object=b”, encoding='utf-8', errors='strict') with an encoding or
// errors given: the bytes-like object decoded.
func strDecode(args py.Tuple, kw py.StringDict) (py.Object, error) {
	var obj, encObj, errObj py.Object
	if err := parseArgs("str", args, kw, []string{"object", "encoding", "errors"}, 3, 0, &obj, &encObj, &errObj); err != nil {
		return nil, err
	}
	if obj == nil {
		obj = py.Bytes(nil)
	}
	if encObj == nil && errObj == nil {
		s, err := Str(obj)
		return py.String(s), err
	}
	enc, errs := "utf-8", "strict"
	for _, a := range []struct {
		o    py.Object
		name string
		dst  *string
	}{{encObj, "encoding", &enc}, {errObj, "errors", &errs}} {
		if a.o == nil {
			continue
		}
		s, ok := a.o.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "str() argument '%s' must be str, not %s", a.name, typeName(a.o))
		}
		*a.dst = string(s)
	}
	if _, ok := obj.(py.String); ok {
		return nil, py.ExceptionNewf(py.TypeError, "decoding str is not supported")
	}
	b, ok := BytesLike(obj)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "decoding to str: need a bytes-like object, %s found", typeName(obj))
	}
	s, err := Decode(b, enc, errs)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

var gpythonStrNew = py.StringType.New
