package traceback

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/frames"
	"github.com/gopyrt/gopy/internal/objects"
)

// The traceback module: traceback.py (embedded) over three Go functions that expose the
// reports this package prints for the interpreter, so traceback.format_exc() in a script
// gives the text an uncaught exception would print.

//go:embed traceback.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "traceback", Doc: "Extract, format and print information about Python stack traces.", FileDesc: "<frozen traceback>"},
		Methods: []*py.Method{
			py.MustNewMethod("_chunks", chunksMethod, 0, "_chunks(value, tb, limit, chain[, locals]) -> the pieces of format_exception's list (with each frame's locals)."),
			py.MustNewMethod("_entries", entriesMethod, 0, "_entries(tb, limit) -> [(filename, lineno, name, line)] for the frames of a traceback."),
			py.MustNewMethod("_exception_line", exceptionLineMethod, 0, "_exception_line(value) -> the lines format_exception_only gives."),
		},
		CodeSrc: source,
	})
}

// entry is one frame of a traceback.
type entry struct {
	filename, name, line string
	lineno               int
	carets               string // the caret line under line, or ""
	frame                *py.Frame
}

func entries(tb *py.Traceback, limit py.Object) []entry {
	var es []entry
	for ; tb != nil; tb = tb.Next {
		code := tb.Frame.Code
		lineno := tb.Lineno
		if code != nil {
			lineno = int32(compiler.LineOf(code, tb.Lasti))
		}
		line := SourceLine(code.Filename, int(lineno))
		carets := ""
		if line != "" {
			carets = caretsFor(code, tb.Lasti, int(lineno))
		}
		es = append(es, entry{filename: code.Filename, name: code.Name, lineno: int(lineno), line: line, carets: carets, frame: tb.Frame})
	}
	if n, ok := limit.(py.Int); ok {
		switch {
		case n >= 0 && int(n) < len(es):
			es = es[:n]
		case n < 0 && int(-n) < len(es):
			es = es[len(es)+int(n):]
		}
	}
	return es
}

func (e entry) format() string {
	s := fmt.Sprintf("  File \"%s\", line %d, in %s\n", e.filename, e.lineno, e.name)
	if e.line != "" {
		s += "    " + e.line + "\n" + e.carets
	}
	return s
}

func onlyLines(value py.Object) []string {
	var out []string
	if e, ok := value.(*py.Exception); ok && isSyntaxError(e) {
		if d := syntaxErrorDetail(e, false); d != "" {
			out = append(out, d)
		}
	}
	out = append(out, ExceptionLine(value)+"\n")
	return append(out, noteLines(value)...)
}

// chunks builds format_exception's list for value with traceback tb; withLocals adds
// each frame's local variables below its lines, as TracebackException's capture_locals.
func chunks(value py.Object, tb *py.Traceback, limit py.Object, chain, withLocals bool, seen map[py.Object]bool) []string {
	p := &printer{seen: seen, frames: func(tb *py.Traceback) []string {
		var out []string
		es := entries(tb, limit)
		for _, e := range es {
			text := e.format()
			if withLocals {
				text += localsText(e.frame)
			}
			out = append(out, text)
		}
		return out
	}}
	p.format(value, tb, chain)
	return p.out
}

// localsText is CPython's block of a frame's locals: "    name = repr\n" in name order.
func localsText(f *py.Frame) string {
	if f == nil {
		return ""
	}
	type pair struct {
		name  string
		value py.Object
	}
	var pairs []pair
	switch d := frames.Locals(f).(type) {
	case *objects.Dict:
		for _, kv := range d.Items() {
			if k, ok := kv[0].(py.String); ok {
				pairs = append(pairs, pair{string(k), kv[1]})
			}
		}
	case py.StringDict:
		for k, v := range d {
			pairs = append(pairs, pair{k, v})
		}
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].name < pairs[j].name })
	var b strings.Builder
	for _, p := range pairs {
		r, err := objects.Repr(p.value)
		if err != nil {
			r = "<repr failed: " + FormatError(err) + ">"
		}
		b.WriteString("    " + p.name + " = " + r + "\n")
	}
	return b.String()
}

func strList(items []string) *py.List {
	l := py.NewListSized(len(items))
	for i, s := range items {
		l.Items[i] = py.String(s)
	}
	return l
}

func tracebackArg(o py.Object) (*py.Traceback, error) {
	if o == py.None {
		return nil, nil
	}
	tb, ok := o.(*py.Traceback)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not a traceback", o.Type().Name)
	}
	return tb, nil
}

func chunksMethod(self py.Object, args py.Tuple) (py.Object, error) {
	var value, tbObj, limit, chain py.Object
	withLocals := py.Object(py.False)
	if err := py.UnpackTuple(args, nil, "_chunks", 4, 5, &value, &tbObj, &limit, &chain, &withLocals); err != nil {
		return nil, err
	}
	tb, err := tracebackArg(tbObj)
	if err != nil {
		return nil, err
	}
	return strList(chunks(value, tb, limit, chain == py.True, withLocals == py.True, map[py.Object]bool{})), nil
}

func entriesMethod(self py.Object, args py.Tuple) (py.Object, error) {
	var tbObj, limit py.Object
	if err := py.UnpackTuple(args, nil, "_entries", 2, 2, &tbObj, &limit); err != nil {
		return nil, err
	}
	tb, err := tracebackArg(tbObj)
	if err != nil {
		return nil, err
	}
	es := entries(tb, limit)
	l := py.NewListSized(len(es))
	for i, e := range es {
		l.Items[i] = py.Tuple{py.String(e.filename), py.Int(e.lineno), py.String(e.name), py.String(e.line), py.String(e.carets)}
	}
	return l, nil
}

func exceptionLineMethod(self py.Object, args py.Tuple) (py.Object, error) {
	var value py.Object
	if err := py.UnpackTuple(args, nil, "_exception_line", 1, 1, &value); err != nil {
		return nil, err
	}
	return strList(onlyLines(value)), nil
}
