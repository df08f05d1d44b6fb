package objects

import (
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/memlimit"
	"github.com/gopyrt/gopy/internal/ucd"
)

func selfStr(self py.Object) string { return string(self.(py.String)) }

// strMap applies a per-string transformation taking no arguments.
func strMap(name, doc string, fn func(string) string) methodDef {
	return method(name, doc, func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
		if err := noArgs(self, name, args); err != nil {
			return nil, err
		}
		return py.String(fn(selfStr(self))), nil
	})
}

// strTest implements the is*() predicates: true when s is non-empty (unless emptyOK) and
// every character satisfies test.
func strTest(name string, test func(rune) bool) methodDef {
	return method(name, "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
		if err := noArgs(self, name, args); err != nil {
			return nil, err
		}
		s := selfStr(self)
		if s == "" {
			return py.NewBool(name == "isascii"), nil
		}
		return py.NewBool(eachChar(s, test)), nil
	})
}

// casedTest implements isupper/islower.
func casedTest(name string, upper bool) methodDef {
	return method(name, "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
		if err := noArgs(self, name, args); err != nil {
			return nil, err
		}
		return py.NewBool(isCasedAs(selfStr(self), upper)), nil
	})
}

// padArgs reads (width[, fillchar]).
func padArgs(name string, args py.Tuple, kw py.StringDict) (int, rune, error) {
	var wObj, fObj py.Object
	if err := unpackPos(name, args, kw, 1, &wObj, &fObj); err != nil {
		return 0, 0, err
	}
	w, err := indexInt(wObj)
	if err != nil {
		return 0, 0, err
	}
	fill := ' '
	if fObj != nil {
		fs, ok := fObj.(py.String)
		if !ok {
			return 0, 0, py.ExceptionNewf(py.TypeError, "%s() argument 2 must be str, not %s", name, typeName(fObj))
		}
		if utf8.RuneCountInString(string(fs)) != 1 {
			return 0, 0, py.ExceptionNewf(py.TypeError, "The fill character must be exactly one character long")
		}
		fill, _ = utf8.DecodeRuneInString(string(fs))
	}
	return w, fill, nil
}

func padMethod(name string, place func(s string, pad int, fill string, width int) string) methodDef {
	return method(name, "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
		w, fill, err := padArgs(name, args, kw)
		if err != nil {
			return nil, err
		}
		s := selfStr(self)
		n := utf8.RuneCountInString(s)
		if w <= n {
			return self, nil
		}
		if err := memlimit.Check(w-n, utf8.RuneLen(fill)); err != nil {
			return nil, err
		}
		return py.String(place(s, w-n, string(fill), w)), nil
	})
}

func expandTabs(s string, tab int) string {
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			if tab > 0 {
				n := tab - col%tab
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}

func installStrMethods() {
	addMethods(py.StringType,
		strMap("upper", "Return a copy of the string converted to uppercase.", pyUpper),
		strMap("lower", "Return a copy of the string converted to lowercase.", pyLower),
		strMap("casefold", "Return a version of the string suitable for caseless comparisons.", pyCasefold),
		strMap("title", "Return a version of the string where each word is titlecased.", pyTitle),
		strMap("capitalize", "Return a capitalized version of the string.", pyCapitalize),
		strMap("swapcase", "Convert uppercase characters to lowercase and lowercase characters to uppercase.", pySwapcase),
		strTest("isdigit", ucd.IsDigit),
		strTest("isdecimal", ucd.IsDecimal),
		strTest("isnumeric", ucd.IsNumeric),
		strTest("isalpha", ucd.IsAlpha),
		strTest("isalnum", ucd.IsAlnum),
		strTest("isspace", isPySpace),
		strTest("isascii", func(r rune) bool { return r < 0x80 }),
		method("isprintable", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := noArgs(self, "isprintable", args); err != nil {
				return nil, err
			}
			return py.NewBool(eachChar(selfStr(self), isPrintable)), nil
		}),
		casedTest("isupper", true),
		casedTest("islower", false),
		method("istitle", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := noArgs(self, "istitle", args); err != nil {
				return nil, err
			}
			return py.NewBool(isTitle(selfStr(self))), nil
		}),
		method("isidentifier", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := noArgs(self, "isidentifier", args); err != nil {
				return nil, err
			}
			return py.NewBool(isIdentifier(selfStr(self))), nil
		}),
		method("join", "Concatenate any number of strings.", strJoin),
		method("split", "Return a list of the substrings in the string, using sep as the separator string.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return strSplit(self, args, kw, "split", false)
		}),
		method("rsplit", "Return a list of the substrings in the string, using sep as the separator string.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return strSplit(self, args, kw, "rsplit", true)
		}),
		method("splitlines", "Return a list of the lines in the string, breaking at line boundaries.", strSplitlines),
		method("strip", "Return a copy of the string with leading and trailing whitespace removed.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return strStrip(self, args, kw, "strip", true, true)
		}),
		method("lstrip", "Return a copy of the string with leading whitespace removed.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return strStrip(self, args, kw, "lstrip", true, false)
		}),
		method("rstrip", "Return a copy of the string with trailing whitespace removed.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return strStrip(self, args, kw, "rstrip", false, true)
		}),
		method("partition", "Partition the string into three parts using the given separator.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return strPartition(self, args, "partition", false)
		}),
		method("rpartition", "Partition the string into three parts using the given separator.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return strPartition(self, args, "rpartition", true)
		}),
		method("replace", "Return a copy with all occurrences of substring old replaced by new.", strReplace),
		method("count", "Return the number of non-overlapping occurrences of substring sub in string S[start:end].", strCount),
		method("find", "Return the lowest index in S where substring sub is found, or -1.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			i, err := strFind(self, args, kw, "find", false)
			return py.Int(i), err
		}),
		method("rfind", "Return the highest index in S where substring sub is found, or -1.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			i, err := strFind(self, args, kw, "rfind", true)
			return py.Int(i), err
		}),
		method("index", "Return the lowest index in S where substring sub is found; raise ValueError if not.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			i, err := strFind(self, args, kw, "index", false)
			if err == nil && i < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "substring not found")
			}
			return py.Int(i), err
		}),
		method("rindex", "Return the highest index in S where substring sub is found; raise ValueError if not.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			i, err := strFind(self, args, kw, "rindex", true)
			if err == nil && i < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "substring not found")
			}
			return py.Int(i), err
		}),
		method("startswith", "Return True if S starts with the specified prefix, False otherwise.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return affix(self, args, kw, "startswith", false)
		}),
		method("endswith", "Return True if S ends with the specified suffix, False otherwise.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return affix(self, args, kw, "endswith", true)
		}),
		method("removeprefix", "Return a str with the given prefix string removed if present.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := oneArg(self, "removeprefix", args); err != nil {
				return nil, err
			}
			p, err := mustStr(args[0], "removeprefix() argument must be str")
			if err != nil {
				return nil, err
			}
			return py.String(strings.TrimPrefix(selfStr(self), p)), nil
		}),
		method("removesuffix", "Return a str with the given suffix string removed if present.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := oneArg(self, "removesuffix", args); err != nil {
				return nil, err
			}
			p, err := mustStr(args[0], "removesuffix() argument must be str")
			if err != nil {
				return nil, err
			}
			return py.String(strings.TrimSuffix(selfStr(self), p)), nil
		}),
		padMethod("ljust", func(s string, pad int, fill string, w int) string { return s + strings.Repeat(fill, pad) }),
		padMethod("rjust", func(s string, pad int, fill string, w int) string { return strings.Repeat(fill, pad) + s }),
		padMethod("center", func(s string, pad int, fill string, w int) string {
			left := pad/2 + (pad & w & 1)
			return strings.Repeat(fill, left) + s + strings.Repeat(fill, pad-left)
		}),
		method("zfill", "Pad a numeric string with zeros on the left, to fill a field of the given width.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := oneArg(self, "zfill", args); err != nil {
				return nil, err
			}
			w, err := indexInt(args[0])
			if err != nil {
				return nil, err
			}
			s := selfStr(self)
			n := utf8.RuneCountInString(s)
			if w <= n {
				return self, nil
			}
			sign := ""
			if err := memlimit.Check(w, 1); err != nil {
				return nil, err
			}
			if s != "" && (s[0] == '+' || s[0] == '-') {
				sign, s = s[:1], s[1:]
			}
			return py.String(sign + strings.Repeat("0", w-n) + s), nil
		}),
		method("expandtabs", "Return a copy where all tab characters are expanded using spaces.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			var tObj py.Object
			if err := parseArgs("expandtabs", args, kw, []string{"tabsize"}, 1, 0, &tObj); err != nil {
				return nil, err
			}
			tab := 8
			if tObj != nil {
				t, err := indexInt(tObj)
				if err != nil {
					return nil, err
				}
				tab = t
			}
			return py.String(expandTabs(selfStr(self), tab)), nil
		}),
		method("encode", "Encode the string using the codec registered for encoding.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			enc, errs, err := codecArgs("encode", args, kw)
			if err != nil {
				return nil, err
			}
			b, err := encodeStr(selfStr(self), enc, errs)
			if err != nil {
				return nil, err
			}
			return py.Bytes(b), nil
		}),
		method("format", "Return a formatted version of S, using substitutions from args and kwargs.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			var m py.Object
			if len(kw) > 0 {
				m = kw
			}
			s, err := StrFormat(selfStr(self), args, m)
			return py.String(s), err
		}),
		method("format_map", "Return a formatted version of S, using substitutions from mapping.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := oneArg(self, "format_map", args); err != nil {
				return nil, err
			}
			s, err := StrFormat(selfStr(self), nil, args[0])
			return py.String(s), err
		}),
		method("translate", "Replace each character in the string using the given translation table.", strTranslate),
		method("__format__", "Return a formatted version of the string as described by format_spec.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := oneArg(self, "__format__", args); err != nil {
				return nil, err
			}
			spec, err := mustStr(args[0], "__format__() argument must be str")
			if err != nil {
				return nil, err
			}
			s, err := formatStr(selfStr(self), spec)
			return py.String(s), err
		}),
	)
	py.StringType.Dict["maketrans"] = py.MustNewMethod("maketrans", strMaketrans, py.METH_STATIC, "Return a translation table usable for str.translate().")
}

func strMaketrans(self py.Object, args py.Tuple) (py.Object, error) {
	var x, y, z py.Object
	if err := unpackPos("maketrans", args, nil, 1, &x, &y, &z); err != nil {
		return nil, err
	}
	d := NewDict()
	if y == nil {
		src, ok := x.(*Dict)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "if you give only one argument to maketrans it must be a dict")
		}
		for _, kv := range src.Items() {
			k := kv[0]
			if s, ok := k.(py.String); ok {
				if utf8.RuneCountInString(string(s)) != 1 {
					return nil, py.ExceptionNewf(py.ValueError, "string keys in translate table must be of length 1")
				}
				r, _ := utf8.DecodeRuneInString(string(s))
				k = py.Int(r)
			} else if _, ok := k.(py.Int); !ok {
				return nil, py.ExceptionNewf(py.TypeError, "keys in translate table must be strings or integers")
			}
			if err := d.SetItem(k, kv[1]); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	xs, ok1 := x.(py.String)
	ys, ok2 := y.(py.String)
	if !ok1 || !ok2 {
		return nil, py.ExceptionNewf(py.TypeError, "maketrans() argument 2 must be str, not %s", typeName(y))
	}
	xr, yr := []rune(string(xs)), []rune(string(ys))
	if len(xr) != len(yr) {
		return nil, py.ExceptionNewf(py.ValueError, "the first two maketrans arguments must have equal length")
	}
	for i := range xr {
		if err := d.SetItem(py.Int(xr[i]), py.Int(yr[i])); err != nil {
			return nil, err
		}
	}
	if z != nil {
		zs, ok := z.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "maketrans() argument 3 must be str, not %s", typeName(z))
		}
		for _, r := range string(zs) {
			if err := d.SetItem(py.Int(r), py.None); err != nil {
				return nil, err
			}
		}
	}
	return d, nil
}

func strTranslate(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
	if err := oneArg(self, "translate", args); err != nil {
		return nil, err
	}
	table := args[0]
	var b strings.Builder
	for _, r := range selfStr(self) {
		v, err := py.GetItem(table, py.Int(r))
		if err != nil {
			if py.IsException(py.LookupError, err) {
				b.WriteRune(r)
				continue
			}
			return nil, err
		}
		switch t := v.(type) {
		case py.NoneType:
		case py.Int:
			b.WriteRune(rune(t))
		case py.String:
			b.WriteString(string(t))
		default:
			return nil, py.ExceptionNewf(py.TypeError, "character mapping must return integer, None or str")
		}
	}
	return py.String(b.String()), nil
}
