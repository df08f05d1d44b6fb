// Package csv provides Python's csv module: _csv in Go (the Dialect type and its
// validation, the reader's state machine and the writer's quoting, as CPython 3.11's
// _csv.c behaves, with its messages) and csv.py, written for gopy, with DictReader,
// DictWriter, the dialect classes and Sniffer.
package csv

import (
	_ "embed"
	"math"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
)

//go:embed csv.py
var source string

// Quoting styles.
const (
	quoteMinimal = iota
	quoteAll
	quoteNonNumeric
	quoteNone
)

// notSet marks an escapechar or quotechar that is None.
const notSet rune = -1

// Error is _csv.Error.
var Error = classes.NewExceptionType("Error", "_csv", "", py.ExceptionType)

// DialectType is _csv.Dialect, subclassed by csv.Dialect.
var DialectType *py.Type

// Dialect is an instance of _csv.Dialect.
type Dialect struct {
	classes.Instance
	doublequote, skipinitialspace, strict bool
	quoting                               int
	delimiter, quotechar, escapechar      rune
	lineterminator                        string
}

var dialectKeys = []string{"dialect", "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"}

// registry holds the registered dialects by name, in registration order.
var registry = objects.NewDict()

var fieldLimit = 128 * 1024

func charArg(name string, o py.Object, orNone bool) (rune, error) {
	if o == py.None && orNone {
		return notSet, nil
	}
	s, ok := o.(py.String)
	if !ok {
		if orNone {
			return 0, py.ExceptionNewf(py.TypeError, "\"%s\" must be string or None, not %s", name, argclinic.TypeName(o))
		}
		return 0, py.ExceptionNewf(py.TypeError, "\"%s\" must be string, not %s", name, argclinic.TypeName(o))
	}
	r := []rune(string(s))
	if len(r) != 1 {
		return 0, py.ExceptionNewf(py.TypeError, "\"%s\" must be a 1-character string", name)
	}
	return r[0], nil
}

func truth(o py.Object) (bool, error) { return py.ObjectIsTrue(o) }

// parseDialectArgs unpacks (dialect, **options) as PyArg_ParseTupleAndKeywords.
func parseDialectArgs(args py.Tuple, kwargs py.StringDict) ([]py.Object, error) {
	if len(args)+len(kwargs) > len(dialectKeys) {
		return nil, py.ExceptionNewf(py.TypeError, "function takes at most %d arguments (%d given)", len(dialectKeys), len(args)+len(kwargs))
	}
	out := make([]py.Object, len(dialectKeys))
	copy(out, args)
	for k, v := range kwargs {
		i := -1
		for j, n := range dialectKeys {
			if n == k {
				i = j
			}
		}
		if i < 0 {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for this function", k)
		}
		if i < len(args) {
			return nil, py.ExceptionNewf(py.TypeError, "argument for function given by name ('%s') and position (%d)", k, i+1)
		}
		out[i] = v
	}
	return out, nil
}

func dialectNew(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseDialectArgs(args, kwargs)
	if err != nil {
		return nil, err
	}
	base := a[0]
	if base != nil {
		if name, ok := base.(py.String); ok {
			if base, err = lookupDialect(name); err != nil {
				return nil, err
			}
		}
		if d, ok := base.(*Dialect); ok && cls == DialectType {
			reuse := true
			for _, o := range a[1:] {
				reuse = reuse && o == nil
			}
			if reuse {
				return d, nil
			}
		}
		for i, name := range dialectKeys[1:] {
			if a[i+1] == nil {
				if v, err := py.GetAttrString(base, name); err == nil {
					a[i+1] = v
				}
			}
		}
	}
	d := &Dialect{delimiter: ',', doublequote: true, escapechar: notSet, lineterminator: "\r\n", quotechar: '"'}
	d.Init(cls, d)
	if a[1] != nil {
		if d.delimiter, err = charArg("delimiter", a[1], false); err != nil {
			return nil, err
		}
	}
	if a[2] != nil {
		if d.doublequote, err = truth(a[2]); err != nil {
			return nil, err
		}
	}
	if a[3] != nil {
		if d.escapechar, err = charArg("escapechar", a[3], true); err != nil {
			return nil, err
		}
	}
	lineterm := true
	if a[4] != nil {
		switch v := a[4].(type) {
		case py.String:
			d.lineterminator = string(v)
		default:
			if a[4] != py.None {
				return nil, py.ExceptionNewf(py.TypeError, "\"lineterminator\" must be a string")
			}
			lineterm = false
		}
	}
	if a[5] != nil {
		if d.quotechar, err = charArg("quotechar", a[5], true); err != nil {
			return nil, err
		}
	}
	if a[6] != nil {
		if _, ok := a[6].(py.Int); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "\"quoting\" must be an integer")
		}
		q := int(a[6].(py.Int))
		if q < math.MinInt32 || q > math.MaxInt32 {
			return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C int")
		}
		d.quoting = q
	}
	if a[7] != nil {
		if d.skipinitialspace, err = truth(a[7]); err != nil {
			return nil, err
		}
	}
	if a[8] != nil {
		if d.strict, err = truth(a[8]); err != nil {
			return nil, err
		}
	}
	if d.quoting < quoteMinimal || d.quoting > quoteNone {
		return nil, py.ExceptionNewf(py.TypeError, "bad \"quoting\" value")
	}
	if a[5] == py.None && a[6] == nil {
		d.quoting = quoteNone
	}
	if d.quoting != quoteNone && d.quotechar == notSet {
		return nil, py.ExceptionNewf(py.TypeError, "quotechar must be set if quoting enabled")
	}
	if !lineterm {
		return nil, py.ExceptionNewf(py.TypeError, "lineterminator must be set")
	}
	return d, nil
}

func lookupDialect(name py.Object) (py.Object, error) {
	v, err := registry.M__getitem__(name)
	if err != nil {
		return nil, py.ExceptionNewf(Error, "unknown dialect")
	}
	return v, nil
}

// callDialect makes the dialect of a reader or writer from its arguments.
func callDialect(dialect py.Object, kwargs py.StringDict) (*Dialect, error) {
	args := py.Tuple{}
	if dialect != nil {
		args = py.Tuple{dialect}
	}
	d, err := py.Call(DialectType, args, kwargs)
	if err != nil {
		return nil, err
	}
	return d.(*Dialect), nil
}

func charOrNone(c rune) py.Object {
	if c == notSet {
		return py.None
	}
	return py.String(string(c))
}

func init() {
	DialectType = classes.NewNativeType("Dialect", "_csv", "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n", py.ObjectType, dialectNew)
	d := DialectType.Dict
	get := func(name string, f func(d *Dialect) py.Object) {
		d[name] = &py.Property{Fget: func(o py.Object) (py.Object, error) {
			dd, ok := o.(*Dialect)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '_csv.Dialect' objects doesn't apply to a '%s' object", name, argclinic.TypeName(o))
			}
			return f(dd), nil
		}}
	}
	get("delimiter", func(d *Dialect) py.Object { return py.String(string(d.delimiter)) })
	get("quotechar", func(d *Dialect) py.Object { return charOrNone(d.quotechar) })
	get("escapechar", func(d *Dialect) py.Object { return charOrNone(d.escapechar) })
	get("lineterminator", func(d *Dialect) py.Object { return py.String(d.lineterminator) })
	get("quoting", func(d *Dialect) py.Object { return py.Int(d.quoting) })
	get("doublequote", func(d *Dialect) py.Object { return py.NewBool(d.doublequote) })
	get("skipinitialspace", func(d *Dialect) py.Object { return py.NewBool(d.skipinitialspace) })
	get("strict", func(d *Dialect) py.Object { return py.NewBool(d.strict) })
	reduce := classes.NewMethodOf("Dialect", "__reduce_ex__", "raises an exception to avoid pickling", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return nil, py.ExceptionNewf(py.TypeError, "cannot pickle '%s' instances", classes.TypeOf(self).Name)
	})
	d["__reduce_ex__"], d["__reduce__"] = reduce, reduce
	initReaderWriter()
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_csv", Doc: "CSV parsing and writing.\n"},
		Methods: []*py.Method{
			py.MustNewMethod("reader", newReader, 0, "csv_reader = reader(iterable [, dialect='excel'] [optional keyword args])"),
			py.MustNewMethod("writer", newWriter, 0, "csv_writer = csv.writer(fileobj [, dialect='excel'] [optional keyword args])"),
			py.MustNewMethod("register_dialect", registerDialect, 0, "Create a mapping from a string name to a dialect class.\n    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])"),
			py.MustNewMethod("unregister_dialect", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				a, err := argclinic.Parse("unregister_dialect", args, kwargs, []string{"name"}, 0, 1, 1)
				if err != nil {
					return nil, err
				}
				if _, err := registry.M__getitem__(a[0]); err != nil {
					return nil, py.ExceptionNewf(Error, "unknown dialect")
				}
				_, err = registry.M__delitem__(a[0])
				return py.None, err
			}, 0, "Delete the name/dialect mapping associated with a string name.\n    csv.unregister_dialect(name)"),
			py.MustNewMethod("get_dialect", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				a, err := argclinic.Parse("get_dialect", args, kwargs, []string{"name"}, 0, 1, 1)
				if err != nil {
					return nil, err
				}
				return lookupDialect(a[0])
			}, 0, "Return the dialect instance associated with name.\n    dialect = csv.get_dialect(name)"),
			py.MustNewMethod("list_dialects", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				if err := argclinic.Exact("list_dialects", "list_dialects", args, kwargs, 0, 0); err != nil {
					return nil, err
				}
				return py.Call(py.ListType, py.Tuple{registry}, nil)
			}, 0, "Return a list of all know dialect names.\n    names = csv.list_dialects()"),
			py.MustNewMethod("field_size_limit", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				a, err := argclinic.Parse("field_size_limit", args, kwargs, []string{"new_limit"}, 0, 1, 0)
				if err != nil {
					return nil, err
				}
				old := fieldLimit
				if a[0] != nil {
					n, ok := a[0].(py.Int)
					if !ok {
						if _, big := a[0].(*py.BigInt); !big {
							return nil, py.ExceptionNewf(py.TypeError, "limit must be an integer")
						}
						return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
					}
					fieldLimit = int(n)
				}
				return py.Int(old), nil
			}, 0, "Sets an upper limit on parsed fields.\n    csv.field_size_limit([limit])"),
		},
		Globals: py.StringDict{
			"Error": Error, "Dialect": DialectType, "__version__": py.String("1.0"),
			"QUOTE_MINIMAL": py.Int(quoteMinimal), "QUOTE_ALL": py.Int(quoteAll),
			"QUOTE_NONNUMERIC": py.Int(quoteNonNumeric), "QUOTE_NONE": py.Int(quoteNone),
			"_dialects": registry,
		},
	})
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "csv", Doc: "CSV parsing and writing.", FileDesc: "<frozen csv>"},
		CodeSrc: source,
	})
}

func registerDialect(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) < 1 || len(args) > 2 {
		how, n := "at least", 1
		if len(args) > 2 {
			how, n = "at most", 2
		}
		return nil, py.ExceptionNewf(py.TypeError, "register_dialect expected %s %d argument%s, got %d", how, n, map[bool]string{true: "s", false: ""}[n > 1], len(args))
	}
	if _, ok := args[0].(py.String); !ok {
		return nil, py.ExceptionNewf(py.TypeError, "dialect name must be a string")
	}
	var base py.Object
	if len(args) == 2 {
		base = args[1]
	}
	d, err := callDialect(base, kwargs)
	if err != nil {
		return nil, err
	}
	_, err = registry.M__setitem__(args[0], d)
	return py.None, err
}
