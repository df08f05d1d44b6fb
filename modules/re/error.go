package re

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/modules/re/internal/sre"
)

// Error is re.error: a bad pattern or replacement template. Its attributes msg, pattern,
// pos, lineno and colno are set by __init__, as CPython's.
var Error = classes.NewExceptionType("error", "re", `Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    `, py.ExceptionType)

func init() {
	Error.Dict["__init__"] = classes.NewMethod("__init__", "Initialize self.", errorInit)
}

// errorInit is error.__init__(msg, pattern=None, pos=None): the message says where in the
// pattern, and on which line and column of a pattern of several lines.
func errorInit(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var msg, pattern, pos py.Object = nil, py.None, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:error", []string{"msg", "pattern", "pos"}, &msg, &pattern, &pos); err != nil {
		return nil, err
	}
	full := msg
	lineno, colno := py.Object(py.None), py.Object(py.None)
	if pattern != py.None && pos != py.None {
		p, err := py.Index(pos)
		if err != nil {
			return nil, err
		}
		m, err := py.Str(msg)
		if err != nil {
			return nil, err
		}
		text := fmt.Sprintf("%s at position %d", m, p)
		line, col, multiline, err := lineAndColumn(pattern, int(p))
		if err != nil {
			return nil, err
		}
		lineno, colno = py.Int(line), py.Int(col)
		if multiline {
			text = fmt.Sprintf("%s (line %d, column %d)", text, line, col)
		}
		full = py.String(text)
	}
	if _, err := py.Call(py.BaseException.Dict["__init__"], py.Tuple{self, full}, nil); err != nil {
		return nil, err
	}
	for _, kv := range []struct {
		name  string
		value py.Object
	}{{"msg", msg}, {"pattern", pattern}, {"pos", pos}, {"lineno", lineno}, {"colno", colno}} {
		if _, err := py.SetAttrString(self, kv.name, kv.value); err != nil {
			return nil, err
		}
	}
	return py.None, nil
}

// lineAndColumn finds the line and column of pos in a str or bytes pattern, and whether
// the pattern has more than one line.
func lineAndColumn(pattern py.Object, pos int) (line, col int, multiline bool, err error) {
	var units []rune
	switch p := classes.NativeOf(pattern).(type) {
	case py.String:
		units = []rune(string(p))
	case py.Bytes:
		units = make([]rune, len(p))
		for i, b := range p {
			units[i] = rune(b)
		}
	default:
		return 0, 0, false, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute 'count'", pattern.Type().Name)
	}
	pos = max(0, min(pos, len(units)))
	line, last := 1, -1
	for i, r := range units[:pos] {
		if r == '\n' {
			line++
			last = i
		}
	}
	return line, pos - last, strings.ContainsRune(string(units), '\n'), nil
}

// compileError turns a compile error of the engine into the Python exception.
func compileError(err error, pattern py.Object) error {
	e, ok := err.(*sre.Error)
	if !ok {
		return err
	}
	switch e.Kind {
	case sre.KindOverflow:
		return py.ExceptionNewf(py.OverflowError, "%s", e.Msg)
	case sre.KindValue:
		return py.ExceptionNewf(py.ValueError, "%s", e.Msg)
	case sre.KindRecursion:
		if rec, err := importAttr(nil, "builtins", "RecursionError"); err == nil {
			if t, ok := rec.(*py.Type); ok {
				return py.ExceptionNewf(t, "%s", e.Msg)
			}
		}
		return py.ExceptionNewf(py.RuntimeError, "%s", e.Msg)
	}
	return newError(e.Msg, pattern, e.Pos)
}

// newError makes re.error(msg, pattern, pos); pos -1 gives the error no position.
func newError(msg string, pattern py.Object, pos int) error {
	args := py.Tuple{py.String(msg)}
	if pos >= 0 {
		args = append(args, pattern, py.Int(pos))
	}
	exc, err := py.Call(Error, args, nil)
	if err != nil {
		return err
	}
	return classes.Raise(exc, nil, false)
}
