// Package traceback formats Python exceptions the way CPython 3.11 prints them:
//
//	Traceback (most recent call last):
//	  File "x.py", line 5, in <module>
//	    main()
//	  File "x.py", line 2, in main
//	    raise ValueError("bad")
//	ValueError: bad
//
// with chained exceptions (__cause__, __context__) printed first. The interpreter's exit path,
// a spawned child's bootstrap ("Process Process-1:" + traceback) and the atexit error report
// all print through here, so they agree. A SyntaxError gets CPython's caret line (^^^) under
// its source line; the caret lines CPython 3.11 adds under the lines of other tracebacks are
// not produced.
package traceback

import (
	"fmt"
	"os"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/classes"
)

// Format returns the full report for an exception as CPython's traceback.print_exception.
func Format(exc py.ExceptionInfo) string {
	var b strings.Builder
	seen := map[py.Object]bool{}
	formatChain(&b, exc.Value, exc.Traceback, seen)
	return b.String()
}

// Info normalises what gpython returns as an error (an ExceptionInfo, an *Exception, or any
// Go error, taken as SystemError) into the exception's type, value and traceback.
func Info(err error) py.ExceptionInfo {
	switch e := err.(type) {
	case py.ExceptionInfo:
		return e
	case *py.ExceptionInfo:
		return *e
	case *py.Exception:
		tb, _ := e.Traceback.(*py.Traceback)
		return py.ExceptionInfo{Type: e.Type(), Value: e, Traceback: tb}
	}
	exc := py.MakeException(err)
	return py.ExceptionInfo{Type: exc.Type(), Value: exc}
}

// FormatError formats an error returned by gpython (an ExceptionInfo, an *Exception, or
// any Go error, reported as SystemError) as a Python traceback report.
func FormatError(err error) string { return Format(Info(err)) }

// FormatValue returns the report for an exception object (its own traceback is used).
func FormatValue(value py.Object) string {
	var b strings.Builder
	formatChain(&b, value, tracebackOf(value), map[py.Object]bool{})
	return b.String()
}

func tracebackOf(value py.Object) *py.Traceback { return classes.ExcTraceback(value) }

func formatChain(b *strings.Builder, value py.Object, tb *py.Traceback, seen map[py.Object]bool) {
	p := &printer{seen: seen, display: true, frames: func(tb *py.Traceback) []string { return []string{FormatFrames(tb)} }}
	p.format(value, tb, true)
	for _, s := range p.out {
		b.WriteString(s)
	}
}

// FormatFrames returns the "  File ..., line N, in f" lines of a traceback, each followed
// by its source line when the file can be read.
func FormatFrames(tb *py.Traceback) string {
	var b strings.Builder
	for ; tb != nil; tb = tb.Next {
		code := tb.Frame.Code
		lineno := tb.Lineno
		if tb.Frame != nil && code != nil {
			lineno = int32(compiler.LineOf(code, tb.Lasti)) // exact where co_lnotab cannot be
		}
		fmt.Fprintf(&b, "  File \"%s\", line %d, in %s\n", code.Filename, lineno, code.Name)
		if line := SourceLine(code.Filename, int(lineno)); line != "" {
			fmt.Fprintf(&b, "    %s\n", line)
			b.WriteString(caretsFor(code, tb.Lasti, int(lineno)))
		}
	}
	return b.String()
}

// TypeName is the exception class name as CPython prints it: qualified with its module
// unless that is builtins or __main__ (or __mp_main__, the main module in a spawned child,
// which CPython's default fork start names __main__).
func TypeName(t *py.Type) string {
	name := t.Name
	if t.Qualname != "" {
		name = t.Qualname
	}
	if q, ok := t.Dict["__qualname__"].(py.String); ok {
		name = string(q)
	}
	if mod, ok := t.Dict["__module__"].(py.String); ok && mod != "builtins" && mod != "__main__" && mod != "__mp_main__" {
		return string(mod) + "." + name
	}
	return name
}

// ExceptionLine is the last line of a report: "TypeName: message", or "TypeName" when the
// message is empty.
func ExceptionLine(value py.Object) string {
	if t, ok := value.(*py.Type); ok { // a class raised without instantiating
		return TypeName(t)
	}
	msg := Message(value)
	name := TypeName(value.Type())
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

// Message is str(exception) with CPython's rules for the builtin exceptions gpython gets
// wrong: no arguments give "", one gives str(arg), several give str(args); KeyError uses
// repr of its key; OSError with (errno, strerror[, filename]) gives "[Errno N] strerror".
func Message(value py.Object) string {
	e, ok := value.(*py.Exception)
	if !ok {
		s, err := py.StrAsString(value)
		if err != nil {
			return "<exception str() failed>"
		}
		return s
	}
	args, _ := e.Args.(py.Tuple)
	if isSyntaxError(e) && len(args) > 0 {
		return str(args[0])
	}
	switch {
	case len(args) == 0:
		return ""
	case e.Base.IsSubtype(py.KeyError) && len(args) == 1:
		return repr(args[0])
	case e.Base.IsSubtype(py.OSError) && len(args) >= 2:
		if _, isInt := args[0].(py.Int); isInt {
			s := fmt.Sprintf("[Errno %s] %s", str(args[0]), str(args[1]))
			if len(args) >= 3 && args[2] != py.None {
				s += ": " + repr(args[2])
			}
			return s
		}
	case len(args) == 1:
		return str(args[0])
	}
	return str(args)
}

func str(o py.Object) string {
	s, err := py.StrAsString(o)
	if err != nil {
		return "<str() failed>"
	}
	return s
}

func repr(o py.Object) string {
	s, err := py.ReprAsString(o)
	if err != nil {
		return "<repr() failed>"
	}
	return s
}

func isSyntaxError(e *py.Exception) bool { return e.Base.IsSubtype(py.SyntaxError) }

// syntaxErrorDetail is the block CPython prints above a SyntaxError: "  File ..., line N",
// the source line without its indentation, and a caret line under the offending part when
// the offset is known. As CPython 3.11's printer, it measures the caret line in bytes of
// UTF-8 (the offsets themselves count characters), and an error that ends on a later line
// is underlined to the end of its first one. The interpreter's own report (display) marks
// an IndentationError or TabError with a single caret, where the traceback module
// underlines its whole range.
func syntaxErrorDetail(e *py.Exception, display bool) string {
	filename, _ := e.Dict["filename"].(py.String)
	lineno, _ := e.Dict["lineno"].(py.Int)
	if filename == "" && lineno == 0 {
		return ""
	}
	s := fmt.Sprintf("  File \"%s\", line %d\n", string(filename), int(lineno))
	text, ok := e.Dict["text"].(py.String)
	if !ok {
		text, ok = e.Dict["line"].(py.String)
	}
	if !ok {
		return s
	}
	rtext := strings.TrimRight(string(text), "\n")
	ltext := strings.TrimLeft(rtext, " \t\f")
	if strings.TrimSpace(ltext) == "" {
		return s
	}
	s += "    " + ltext + "\n"
	offset, ok := e.Dict["offset"].(py.Int)
	if !ok || offset < 1 {
		return s
	}
	start := byteIndex(rtext, int(offset)-1)
	end := start + 1
	endLine, _ := e.Dict["end_lineno"].(py.Int)
	if display && e.Base.IsSubtype(py.IndentationError) {
		end = start + 1
	} else if endOff, ok := e.Dict["end_offset"].(py.Int); ok && endLine == lineno && endOff > offset {
		end = byteIndex(rtext, int(endOff)-1)
	} else if endLine > lineno {
		end = max(len(rtext), start+1)
	}
	col := start - (len(rtext) - len(ltext))
	if col < 0 {
		return s
	}
	pad := []byte(ltext[:min(col, len(ltext))])
	for i, c := range pad {
		if c != '\t' && c != '\f' {
			pad[i] = ' '
		}
	}
	for len(pad) < col {
		pad = append(pad, ' ')
	}
	return s + "    " + string(pad) + strings.Repeat("^", max(end-start, 1)) + "\n"
}

// byteIndex converts a 0-based character index into line to a byte index (past the end,
// one byte per character).
func byteIndex(line string, chars int) int {
	n := 0
	for i := range line {
		if n == chars {
			return i
		}
		n++
	}
	return len(line) + chars - n
}

var (
	linesMu sync.Mutex
	lines   = map[string][]string{}
)

// SourceLine returns line n (1-based) of a source file with surrounding white space removed,
// or "" when it cannot be read. Files are read once and kept, as CPython's linecache does.
func SourceLine(filename string, n int) string {
	line, _ := rawSourceLine(filename, n)
	return strings.TrimSpace(line)
}

// rawSourceLine returns line n (1-based) of a source file as it is, without its end of
// line; false when it cannot be read.
func rawSourceLine(filename string, n int) (string, bool) {
	if strings.HasPrefix(filename, "<") {
		return "", false
	}
	linesMu.Lock()
	ls, ok := lines[filename]
	if !ok {
		data, err := os.ReadFile(filename)
		if err == nil {
			ls = strings.Split(string(data), "\n")
		}
		lines[filename] = ls
	}
	linesMu.Unlock()
	if n < 1 || n > len(ls) {
		return "", false
	}
	return strings.TrimSuffix(ls[n-1], "\r"), true
}
