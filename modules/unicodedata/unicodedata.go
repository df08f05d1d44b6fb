// Package unicodedata provides Python's unicodedata module over internal/ucd: CPython
// 3.11's Unicode 14.0.0 database (names with aliases and named sequences, the character
// properties, decompositions and the four normalization forms) and the ucd_3_2_0 object
// (the Unicode 3.2.0 view IDNA uses). Each function is both a module function and a
// method of unicodedata.UCD; they share one implementation over a *ucd.DB, and differ only
// in the name their argument-count messages give ("unicodedata.f()" or "UCD.f()").
package unicodedata

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/codec"
	"github.com/gopyrt/gopy/internal/ucd"
)

// UCD is a unicodedata.UCD object: one version of the database (the 3.2.0 view is
// the only one made). The tables load at first
// use, not at import.
type UCD struct {
	old bool
}

func (u *UCD) db() *ucd.DB {
	if u.old {
		return ucd.V320()
	}
	return ucd.V14()
}

// UCDType is unicodedata.UCD; its only instance is ucd_3_2_0.
var UCDType = py.NewType("UCD", "A view of the Unicode character database of one Unicode version.")

// Type returns unicodedata.UCD.
func (u *UCD) Type() *py.Type { return UCDType }

// M__repr__ is repr(ucd): CPython's default repr of an object of a C type.
func (u *UCD) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<unicodedata.UCD object at %p>", u)), nil
}

// fn is the body of a function: db is the version, owner names it in messages.
type fn func(db *ucd.DB, owner string, args py.Tuple) (py.Object, error)

type entry struct {
	name, doc string
	check     func(owner, name string, args py.Tuple) error
	body      fn
}

// exactlyOne is the check of the one-argument functions (METH_O).
func exactlyOne(owner, name string, args py.Tuple) error {
	if len(args) != 1 {
		return py.ExceptionNewf(py.TypeError, "%s.%s() takes exactly one argument (%d given)", owner, name, len(args))
	}
	return nil
}

// between returns the check of functions taking min to max positional arguments.
func between(min, max int) func(owner, name string, args py.Tuple) error {
	return func(owner, name string, args py.Tuple) error {
		switch {
		case min == max && len(args) != min:
			return py.ExceptionNewf(py.TypeError, "%s expected %d arguments, got %d", name, min, len(args))
		case len(args) < min:
			return py.ExceptionNewf(py.TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), len(args))
		case len(args) > max:
			return py.ExceptionNewf(py.TypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), len(args))
		}
		return nil
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// char reads the character argument; which is "" for one-argument functions and
// " 1" for those with a default.
func char(fname, which string, o py.Object) (rune, error) {
	if s, ok := o.(py.String); ok {
		if rs := codec.Runes(string(s)); len(rs) == 1 {
			return rs[0], nil
		}
	}
	return 0, py.ExceptionNewf(py.TypeError, "%s() argument%s must be a unicode character, not %s", fname, which, argclinic.TypeName(o))
}

// property makes the one-argument functions that return a property of a character.
func property(name, doc string, get func(db *ucd.DB, r rune) py.Object) entry {
	return entry{name, doc, exactlyOne, func(db *ucd.DB, _ string, args py.Tuple) (py.Object, error) {
		r, err := char(name, "", args[0])
		if err != nil {
			return nil, err
		}
		return get(db, r), nil
	}}
}

// withDefault makes name/decimal/digit/numeric: the value, else default, else ValueError.
func withDefault(name, doc, missing string, get func(db *ucd.DB, r rune) (py.Object, bool)) entry {
	return entry{name, doc, between(1, 2), func(db *ucd.DB, _ string, args py.Tuple) (py.Object, error) {
		r, err := char(name, " 1", args[0])
		if err != nil {
			return nil, err
		}
		if v, ok := get(db, r); ok {
			return v, nil
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, py.ExceptionNewf(py.ValueError, "%s", missing)
	}}
}

func boolInt(b bool) py.Object {
	if b {
		return py.Int(1)
	}
	return py.Int(0)
}

func strArg(fname string, n int, o py.Object) (string, error) {
	s, ok := o.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "%s() argument %d must be str, not %s", fname, n, argclinic.TypeName(o))
	}
	return string(s), nil
}

func formArgs(fname string, args py.Tuple) (ucd.Form, string, error) {
	f, err := strArg(fname, 1, args[0])
	if err != nil {
		return 0, "", err
	}
	s, err := strArg(fname, 2, args[1])
	if err != nil {
		return 0, "", err
	}
	form, ok := ucd.ParseForm(f)
	if !ok {
		return 0, "", py.ExceptionNewf(py.ValueError, "invalid normalization form")
	}
	return form, s, nil
}

// isASCII reports whether s needs no normalization work at all.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func normalized(db *ucd.DB, form ucd.Form, s string) string {
	if isASCII(s) {
		return s
	}
	return codec.FromRunes(db.Normalize(form, codec.Runes(s)))
}

func lookup(db *ucd.DB, _ string, args py.Tuple) (py.Object, error) {
	var name string
	switch a := args[0].(type) {
	case py.String:
		name = string(a)
	case py.Bytes:
		name = string(a)
	default:
		if _, ok := argclinic.Bytes(a); ok {
			return nil, py.ExceptionNewf(py.TypeError, "lookup() argument must be read-only bytes-like object, not %s", argclinic.TypeName(a))
		}
		return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", argclinic.TypeName(a))
	}
	if len(name) > ucd.MaxNameLen {
		return nil, py.ExceptionNewf(py.KeyError, "name too long")
	}
	rs, ok := db.Lookup(name, ucd.Aliases|ucd.Sequences)
	if !ok {
		return nil, py.ExceptionNewf(py.KeyError, "undefined character name '%s'", name)
	}
	return py.String(codec.FromRunes(rs)), nil
}

var entries = []entry{
	property("category", "category($self, chr, /)\n--\n\nThe general category of chr, as a string of two letters.",
		func(db *ucd.DB, r rune) py.Object { return py.String(db.Category(r)) }),
	property("bidirectional", "bidirectional($self, chr, /)\n--\n\nThe bidirectional class of chr ('' when none is assigned).",
		func(db *ucd.DB, r rune) py.Object { return py.String(db.Bidirectional(r)) }),
	property("combining", "combining($self, chr, /)\n--\n\nThe canonical combining class of chr (0: none).",
		func(db *ucd.DB, r rune) py.Object { return py.Int(db.Combining(r)) }),
	property("east_asian_width", "east_asian_width($self, chr, /)\n--\n\nThe East Asian width of chr.",
		func(db *ucd.DB, r rune) py.Object { return py.String(db.EastAsianWidth(r)) }),
	property("mirrored", "mirrored($self, chr, /)\n--\n\n1 when chr is mirrored in bidirectional text, else 0.",
		func(db *ucd.DB, r rune) py.Object { return boolInt(db.Mirrored(r)) }),
	property("decomposition", "decomposition($self, chr, /)\n--\n\nThe decomposition mapping of chr ('' when it has none).",
		func(db *ucd.DB, r rune) py.Object { return py.String(db.Decomposition(r)) }),
	withDefault("name", "name($self, chr, default=<unrepresentable>, /)\n--\n\nThe name of chr; default, or ValueError, when it has none.", "no such name",
		func(db *ucd.DB, r rune) (py.Object, bool) {
			n, ok := db.Name(r)
			return py.String(n), ok
		}),
	withDefault("decimal", "decimal($self, chr, default=<unrepresentable>, /)\n--\n\nThe decimal value of chr as an int; default, or ValueError, when it has none.", "not a decimal",
		func(db *ucd.DB, r rune) (py.Object, bool) {
			v, ok := db.Decimal(r)
			return py.Int(v), ok
		}),
	withDefault("digit", "digit($self, chr, default=<unrepresentable>, /)\n--\n\nThe digit value of chr as an int; default, or ValueError, when it has none.", "not a digit",
		func(db *ucd.DB, r rune) (py.Object, bool) {
			v, ok := db.Digit(r)
			return py.Int(v), ok
		}),
	withDefault("numeric", "numeric($self, chr, default=<unrepresentable>, /)\n--\n\nThe numeric value of chr as a float; default, or ValueError, when it has none.", "not a numeric character",
		func(db *ucd.DB, r rune) (py.Object, bool) {
			v, ok := db.Numeric(r)
			return py.Float(v), ok
		}),
	{"lookup", "lookup($self, name, /)\n--\n\nThe character (or named sequence) called name; KeyError when there is none.", exactlyOne, lookup},
	{"normalize", "normalize($self, form, unistr, /)\n--\n\nunistr in normal form form: 'NFC', 'NFKC', 'NFD' or 'NFKD'.", between(2, 2),
		func(db *ucd.DB, _ string, args py.Tuple) (py.Object, error) {
			form, s, err := formArgs("normalize", args)
			if err != nil {
				return nil, err
			}
			return py.String(normalized(db, form, s)), nil
		}},
	{"is_normalized", "is_normalized($self, form, unistr, /)\n--\n\nWhether unistr is already in normal form form.", between(2, 2),
		func(db *ucd.DB, _ string, args py.Tuple) (py.Object, error) {
			form, s, err := formArgs("is_normalized", args)
			if err != nil {
				return nil, err
			}
			return py.NewBool(normalized(db, form, s) == s), nil
		}},
}

// call checks keywords and the argument count, then runs e over db.
func (e entry) call(db *ucd.DB, owner string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "%s.%s() takes no keyword arguments", owner, e.name)
	}
	if err := e.check(owner, e.name, args); err != nil {
		return nil, err
	}
	return e.body(db, owner, args)
}

func init() {
	// named as a C type is (the module in __name__), for CPython's messages
	UCDType.Name, UCDType.Qualname = "unicodedata.UCD", "UCD"
	UCDType.Dict["__module__"] = py.String("unicodedata")
	UCDType.New = func(*py.Type, py.Tuple, py.StringDict) (py.Object, error) {
		return nil, py.ExceptionNewf(py.TypeError, "cannot create 'unicodedata.UCD' instances")
	}
	methods := []*py.Method{}
	for _, e := range entries {
		e := e
		methods = append(methods, py.MustNewMethod(e.name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return e.call(ucd.V14(), "unicodedata", args, kwargs)
		}, 0, e.doc))
		UCDType.Dict[e.name] = classes.NewMethodOf("UCD", e.name, e.doc, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			u, ok := self.(*UCD)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'unicodedata.UCD' objects doesn't apply to a '%s' object", e.name, argclinic.TypeName(self))
			}
			return e.call(u.db(), "UCD", args, kwargs)
		})
	}
	UCDType.Dict["unidata_version"] = &py.Property{Fget: func(o py.Object) (py.Object, error) {
		if o.(*UCD).old {
			return py.String("3.2.0"), nil
		}
		return py.String(ucd.Version), nil
	}}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "unicodedata", Doc: moduleDoc},
		Methods: methods,
		Globals: py.StringDict{
			"unidata_version": py.String(ucd.Version),
			"UCD":             UCDType,
			"ucd_3_2_0":       &UCD{old: true},
		},
	})
}

const moduleDoc = "The Unicode character database of Unicode " + ucd.Version + ": names,\n" +
	"properties, decompositions and normalization of every character (gopy's tables,\n" +
	"the data of CPython 3.11's unicodedata)."
