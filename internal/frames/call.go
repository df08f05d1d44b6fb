package frames

import (
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/kworder"
)

// NewCall makes the frame of a call of code: the arguments bound to its parameters as
// CPython binds them (defaults, keyword-only parameters, *args, **kwargs, cells), with
// CPython 3.11's TypeError messages when they do not fit. It has py.VmEvalCode's
// parameters; gpython's own VmEvalCode makes the frame and runs it at once, so the caller
// could never see it. The frame is taken from pool when pool is not nil: the caller has
// checked that the code's frames may be reused (Pool.Reusable).
func NewCall(pool *Pool, ctx py.Context, code *py.Code, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) (*py.Frame, error) {
	if globals == nil {
		return nil, py.ExceptionNewf(py.SystemError, "PyEval_EvalCode: NULL globals")
	}
	f := pool.frame(ctx, globals, locals, code)
	fast := f.Localsplus
	npos := int(code.Argcount)
	total := npos + int(code.Kwonlyargcount)
	given := len(args)
	slot := total
	if code.Flags&py.CO_VARARGS != 0 {
		var rest py.Tuple
		if given > npos {
			rest = append(make(py.Tuple, 0, given-npos), args[npos:]...)
		} else {
			rest = py.Tuple{}
		}
		fast[slot] = rest
		slot++
	}
	hasKwargs := code.Flags&py.CO_VARKEYWORDS != 0
	copy(fast, args[:min(given, npos)])
	var extra []py.Object
	if len(kws) > 0 {
		var err error
		if extra, err = bindKeywords(code, fast, kws, hasKwargs, min(given, npos), total); err != nil {
			return nil, err
		}
	}
	if hasKwargs {
		// the **kwargs dict, ordered as the call gave the keywords (kworder)
		kwdict, err := compiler.RT.NewDict(extra)
		if err != nil {
			return nil, err
		}
		fast[slot] = kwdict
	}
	if given > npos && code.Flags&py.CO_VARARGS == 0 {
		return nil, tooManyPositional(code, given, len(defs), fast)
	}
	if given < npos {
		firstDefault := npos - len(defs)
		var missing []string
		for i := given; i < firstDefault; i++ {
			if fast[i] == nil {
				missing = append(missing, code.Varnames[i])
			}
		}
		if missing != nil {
			return nil, missingArguments(code, "positional", missing)
		}
		for i := max(given, firstDefault); i < npos; i++ {
			if fast[i] == nil {
				fast[i] = defs[i-firstDefault]
			}
		}
	}
	if total > npos {
		var missing []string
		for i := npos; i < total; i++ {
			if fast[i] != nil {
				continue
			}
			if def, ok := kwdefs[code.Varnames[i]]; ok {
				fast[i] = def
				continue
			}
			missing = append(missing, code.Varnames[i])
		}
		if missing != nil {
			return nil, missingArguments(code, "keyword-only", missing)
		}
	}
	nlocals := int(code.Nlocals)
	for i := range code.Cellvars {
		var c *py.Cell
		if code.Cell2arg != nil && code.Cell2arg[i] != py.CO_CELL_NOT_AN_ARG {
			a := code.Cell2arg[i]
			c = py.NewCell(fast[a])
			fast[a] = nil // the argument lives in its cell only
		} else {
			c = py.NewCell(nil)
		}
		fast[nlocals+i] = c
	}
	free := fast[nlocals+len(code.Cellvars):]
	if len(closure) < len(code.Freevars) {
		return nil, py.ExceptionNewf(py.SystemError, "%s: closure has %d cells for %d free variables", code.Name, len(closure), len(code.Freevars))
	}
	copy(free, closure[:len(code.Freevars)])
	return f, nil
}

// bindKeywords puts the keyword arguments into their parameters' slots and returns the
// others (names and values in pairs, in the call's order) for **kwargs. bound is the
// number of parameters already filled by position.
func bindKeywords(code *py.Code, fast []py.Object, kws py.StringDict, hasKwargs bool, bound, total int) ([]py.Object, error) {
	var extra []py.Object
	for _, k := range kworder.Keys(kws) {
		j := paramIndex(code, k, total)
		switch {
		case j < 0 && !hasKwargs, j >= 0 && j < bound:
			return nil, keywordError(code, kws, hasKwargs, bound, total)
		case j < 0:
			extra = append(extra, py.String(k), kws[k])
		default:
			fast[j] = kws[k]
		}
	}
	return extra, nil
}

// paramIndex is the slot of the parameter a keyword argument name binds: none of the
// positional-only ones.
func paramIndex(code *py.Code, name string, total int) int {
	first := compiler.PosOnlyCount(code)
	for j, n := range code.Varnames[first:total] {
		if n == name {
			return first + j
		}
	}
	return -1
}

// keywordError reports the first offending keyword argument, in the call's order.
func keywordError(code *py.Code, kws py.StringDict, hasKwargs bool, bound, total int) error {
	keys := kworder.Keys(kws)
	name := compiler.Qualname(code)
	for _, k := range keys {
		j := paramIndex(code, k, total)
		if j < 0 && !hasKwargs {
			if posonly := posonlyPassed(code, kws); posonly != "" {
				return py.ExceptionNewf(py.TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'", name, posonly)
			}
			return py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", name, k)
		}
		if j >= 0 && j < bound {
			return py.ExceptionNewf(py.TypeError, "%s() got multiple values for argument '%s'", name, k)
		}
	}
	return py.ExceptionNewf(py.SystemError, "%s(): bad keyword arguments", name)
}

// posonlyPassed lists the positional-only parameters given as keywords, in the order of
// the parameters, as CPython's message does ("a, b").
func posonlyPassed(code *py.Code, kws py.StringDict) string {
	var names []string
	for _, n := range code.Varnames[:compiler.PosOnlyCount(code)] {
		if _, ok := kws[n]; ok {
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// tooManyPositional is CPython's message for more positional arguments than parameters.
func tooManyPositional(code *py.Code, given, ndefs int, fast []py.Object) error {
	npos := int(code.Argcount)
	kwonly := 0
	for _, v := range fast[npos : npos+int(code.Kwonlyargcount)] {
		if v != nil {
			kwonly++
		}
	}
	var takes string
	if ndefs > 0 {
		takes = "from " + strconv.Itoa(npos-ndefs) + " to " + strconv.Itoa(npos) + " positional arguments"
	} else {
		takes = strconv.Itoa(npos) + " positional argument" + plural(npos)
	}
	verb := "were"
	if given == 1 && kwonly == 0 {
		verb = "was"
	}
	extra := ""
	if kwonly > 0 {
		extra = " positional argument" + plural(given) + " (and " + strconv.Itoa(kwonly) + " keyword-only argument" + plural(kwonly) + ")"
	}
	return py.ExceptionNewf(py.TypeError, "%s() takes %s but %d%s %s given", compiler.Qualname(code), takes, given, extra, verb)
}

// missingArguments is CPython's message for parameters left without a value.
func missingArguments(code *py.Code, kind string, names []string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	return py.ExceptionNewf(py.TypeError, "%s() missing %d required %s argument%s: %s", compiler.Qualname(code), len(names), kind, plural(len(names)), list)
}
