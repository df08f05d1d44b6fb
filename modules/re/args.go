package re

import (
	"fmt"
	"math"
	"strings"

	"github.com/go-python/gpython/py"
)

// params describes the parameters of a function of the module or a method of its types,
// for binding arguments with the messages CPython gives: the module's functions are
// Python functions in CPython, the methods are C functions (Argument Clinic).
type params struct {
	fn       string
	names    []string
	required int
	method   bool
}

// bound are the arguments of a call, by parameter (at most five); absent ones are nil.
type bound [5]py.Object

// bind matches args and kwargs to the parameters; absent optional ones are nil.
func (p *params) bind(args py.Tuple, kwargs py.StringDict) (out bound, err error) {
	if len(args) > len(p.names) {
		return out, p.tooMany(len(args))
	}
	copy(out[:], args)
	for k, v := range kwargs {
		i := p.index(k)
		switch {
		case i < 0 && p.method:
			return out, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for %s()", k, p.fn)
		case i < 0:
			return out, py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", p.fn, k)
		case i < len(args) && p.method:
			return out, py.ExceptionNewf(py.TypeError, "argument for %s() given by name ('%s') and position (%d)", p.fn, k, i+1)
		case i < len(args):
			return out, py.ExceptionNewf(py.TypeError, "%s() got multiple values for argument '%s'", p.fn, k)
		}
		out[i] = v
	}
	var missing []string
	for i := 0; i < p.required; i++ {
		if out[i] == nil {
			if p.method {
				return out, py.ExceptionNewf(py.TypeError, "%s() missing required argument '%s' (pos %d)", p.fn, p.names[i], i+1)
			}
			missing = append(missing, "'"+p.names[i]+"'")
		}
	}
	if len(missing) > 0 {
		return out, py.ExceptionNewf(py.TypeError, "%s() missing %d required positional argument%s: %s",
			p.fn, len(missing), plural(len(missing)), joinNames(missing))
	}
	return out, nil
}

func (p *params) index(name string) int {
	for i, n := range p.names {
		if n == name {
			return i
		}
	}
	return -1
}

func (p *params) tooMany(given int) error {
	if p.method {
		if len(p.names) == 1 && p.required == 1 {
			return py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", p.fn, given)
		}
		return py.ExceptionNewf(py.TypeError, "%s() takes at most %d argument%s (%d given)", p.fn, len(p.names), plural(len(p.names)), given)
	}
	takes := fmt.Sprint(len(p.names))
	if p.required < len(p.names) {
		takes = fmt.Sprintf("from %d to %d", p.required, len(p.names))
	}
	verb := "were"
	if given == 1 {
		verb = "was"
	}
	return py.ExceptionNewf(py.TypeError, "%s() takes %s positional argument%s but %d %s given", p.fn, takes, plural(len(p.names)), given, verb)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// joinNames lists names as CPython's missing-argument message does: 'a', 'a' and 'b',
// 'a', 'b', and 'c'.
func joinNames(names []string) string {
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
}

// ssize converts an argument to a Py_ssize_t, with CPython's errors.
func ssize(o py.Object) (int, error) {
	switch v := o.(type) {
	case py.Int:
		return int(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		n, err := v.GoInt64()
		if err != nil || n > math.MaxInt64 || n < math.MinInt64 {
			return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
		}
		return int(n), nil
	case py.Float:
		return 0, py.ExceptionNewf(py.TypeError, "'float' object cannot be interpreted as an integer")
	}
	i, err := py.Index(o)
	if err != nil {
		return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", o.Type().Name)
	}
	return int(i), nil
}

// ssizeOr converts an optional argument, def when absent.
func ssizeOr(o py.Object, def int) (int, error) {
	if o == nil {
		return def, nil
	}
	return ssize(o)
}
