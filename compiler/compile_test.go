package compiler

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

// tracebackLines runs src and returns the line of each frame of the traceback it ends
// with, outermost first, as LineOf reports them.
func tracebackLines(t *testing.T, src string) []int {
	t.Helper()
	_, err := runPython(t, src, "tb.py")
	info, ok := err.(py.ExceptionInfo)
	if !ok {
		t.Fatalf("expected an exception, got %v", err)
	}
	var lines []int
	for tb := info.Traceback; tb != nil; tb = tb.Next {
		lines = append(lines, LineOf(tb.Frame.Code, tb.Lasti))
	}
	return lines
}

func TestTracebackLines(t *testing.T) {
	for _, c := range []struct {
		src  string
		want []int
	}{
		{"x = 1\nraise ValueError('a')\ny = 2\n", []int{2}},
		{"def f():\n    return 1 / 0\n\nf()\n", []int{4, 2}},
		{"def f(a):\n    return a.b\nx = 1\nf(\n  x)\n", []int{4, 2}},
		{"def g():\n    pass\ndef f():\n    g(1,\n      2)\nf()\n", []int{6, 4}},
		{"x = [1,\n     2][5]\n", []int{1}},
		{"for i in range(3):\n    if i == 2:\n        raise KeyError(i)\n", []int{3}},
		{"try:\n    pass\nfinally:\n    {}['k']\n", []int{4}},
		{"s = f'''a\n{1/0}\n'''\n", []int{2}},
		{"def deco(f):\n    raise TypeError\n@deco\ndef g():\n    pass\n", []int{3, 2}},
		{"class C:\n    x = 1\n    y = x.nope\n", []int{1, 3}},
		{"while True:\n    a = 1\n    b = a +\\\n      None\n", []int{3}},
	} {
		got := tracebackLines(t, c.src)
		if len(got) != len(c.want) {
			t.Errorf("%q: lines %v, want %v", c.src, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: lines %v, want %v", c.src, got, c.want)
				break
			}
		}
	}
}

// TestLnotab checks the line table the VM itself reads: it can only go forward, so it
// reports the last line reached in a statement, and never a line before the statement.
func TestLnotab(t *testing.T) {
	_, err := runPython(t, "a = 1\n\n\nb = 2\nc = (3 +\n     None)\n", "x.py")
	info := err.(py.ExceptionInfo)
	if got := info.Traceback.Lineno; got < 5 || got > 6 {
		t.Errorf("traceback line %d, want 5 or 6", got)
	}
}

func TestFirstLineno(t *testing.T) {
	out, err := runPython(t, `
def deco(f):
    return f

@deco
def g():
    pass

class C:
    def m(self):
        pass
l = lambda: 0
print(g.__code__.co_firstlineno, C.m.__code__.co_firstlineno, l.__code__.co_firstlineno)
`, "x.py")
	if err != nil || out != "5 10 12\n" {
		t.Errorf("got %q, %v", out, err)
	}
}

// TestSyntaxErrors compares messages and positions with CPython 3.11's.
func TestSyntaxErrors(t *testing.T) {
	for _, c := range []struct {
		src    string
		kind   string
		msg    string
		line   int
		offset int
	}{
		{"x = = 1", "SyntaxError", "invalid syntax", 1, 5},
		{"def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 12},
		{"f(x=1, x=2)", "SyntaxError", "keyword argument repeated: x", 1, 8},
		{"return 1", "SyntaxError", "'return' outside function", 1, 1},
		{"break", "SyntaxError", "'break' outside loop", 1, 1},
		{"'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1},
		{"x = '''abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5},
		{"x = (1,\n2", "SyntaxError", "'(' was never closed", 1, 5},
		{"x = [1, 2)", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '['", 1, 10},
		{"x = 1)", "SyntaxError", "unmatched ')'", 1, 6},
		{"if x:\npass", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1},
		{"  x = 1", "IndentationError", "unexpected indent", 1, 2},
		{"if x:\n    a\n  b", "IndentationError", "unindent does not match any outer indentation level", 3, 4},
		{"x = 1_000_", "SyntaxError", "invalid decimal literal", 1, 10},
		{"x = 0b12", "SyntaxError", "invalid digit '2' in binary literal", 1, 8},
		{"0777", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1},
		{"f'{}'", "SyntaxError", "f-string: empty expression not allowed", 1, 6},
		{"f'{x!z}'", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9},
		{"f'}'", "SyntaxError", "f-string: single '}' is not allowed", 1, 5},
		{"b'a' f'b'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 10},
		{"1 = x", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1},
		{"True = 1", "SyntaxError", "cannot assign to True", 1, 1},
		{"print 'x'", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1},
		{"x y", "SyntaxError", "invalid syntax", 1, 3},
		{"try:\n pass\nexcept:\n pass\nexcept E:\n pass", "SyntaxError", "default 'except:' must be last", 3, 1},
		{"from __future__ import nope", "SyntaxError", "future feature nope is not defined", 1, 1},
		{"def f():\n    from os import *", "SyntaxError", "import * only allowed at module level", 2, 20},
		{"f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 3},
		{"[x for x in y] = 1", "SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1},
	} {
		_, err := Compile(c.src, "t.py", py.ExecMode, 0, true)
		exc, ok := err.(*py.Exception)
		if !ok {
			t.Errorf("%q: got %v, want %s", c.src, err, c.kind)
			continue
		}
		msg, _ := exc.Dict["msg"].(py.String)
		line, _ := exc.Dict["lineno"].(py.Int)
		offset, _ := exc.Dict["offset"].(py.Int)
		if exc.Type().Name != c.kind || string(msg) != c.msg || int(line) != c.line || int(offset) != c.offset {
			t.Errorf("%q: %s %q line %d offset %d, want %s %q line %d offset %d",
				c.src, exc.Type().Name, msg, line, offset, c.kind, c.msg, c.line, c.offset)
		}
		if exc.Dict["filename"] != py.String("t.py") {
			t.Errorf("%q: filename %v", c.src, exc.Dict["filename"])
		}
	}
}

// TestZeroArgSuper checks that super() compiles to super(__class__, <first argument>),
// with whatever super the program sees.
func TestZeroArgSuper(t *testing.T) {
	out, err := runPython(t, `
def super(*args):
    return args
class C:
    def m(self, x):
        return super()
    def n(this):
        return super()
c = C()
got = c.m(1)
print(got[0] is C, got[1] is c, c.n()[1] is c)
def free(x):
    return super()
try:
    free(1)
except RuntimeError as e:
    print(e)
class D:
    def static():
        return super()
try:
    D.static()
except RuntimeError as e:
    print(e)
`, "x.py")
	want := "True True True\nsuper(): __class__ cell not found\nsuper(): no arguments\n"
	if err != nil || out != want {
		t.Errorf("got %q, %v; want %q", out, err, want)
	}
}

// TestMarkerNames checks that user functions named like the helpers f-strings once
// compiled to are called normally.
func TestMarkerNames(t *testing.T) {
	out, err := runPython(t, "def __f__(*a):\n    return 'user'\n__fv__ = __f__\nprint(__f__(1), __fv__(2, 's'), f'{3}')\n", "x.py")
	if err != nil || out != "user user 3\n" {
		t.Errorf("got %q, %v", out, err)
	}
}

// TestCompileModes covers eval and single (interactive) mode.
func TestCompileModes(t *testing.T) {
	if _, err := Compile("1 +\n", "e", py.EvalMode, 0, true); err == nil {
		t.Error("eval of '1 +' compiled")
	}
	code, err := Compile("x = 1\n", "s", py.SingleMode, 0, true)
	if err != nil || code == nil {
		t.Fatalf("single: %v", err)
	}
	if _, err := Compile("x", "m", py.CompileMode("bogus"), 0, true); err == nil || !strings.Contains(err.Error(), "mode") {
		t.Errorf("bad mode: %v", err)
	}
	if _, err := Compile("x = 1\x00", "n", py.ExecMode, 0, true); err == nil {
		t.Error("null byte compiled")
	}
}
