package syntax

import (
	"os"
	"strings"
	"testing"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// FuzzParse checks that every input either parses or gives an *Error with a position,
// in every mode, and never panics.
func FuzzParse(f *testing.F) {
	if data, err := os.ReadFile("testdata/snippets.txt"); err == nil {
		for _, s := range strings.Split(string(data), "\n----\n") {
			f.Add([]byte(s))
		}
	}
	for _, s := range []string{
		"f(a b)", "x = (1,\n2", "if x:\n\ty\n        z\n", "x = f'{a!r:{b}}'", "'\\N{DASH}'",
		"def f(a=1, b): pass", "x\n    y\n", "1abc", "0o79", "\xff", "# coding: latin-1\nx='\xe9'",
		"match x:\n case {**a, 'b': c}: pass", "lambda *: 0", "f'{'", "a[*b:]", "print 'x'",
		"try:\n pass\nexcept* E:\n pass", "with (a as b, c): pass", "(((((((((((x)))))))))))",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, mode := range []Mode{ModeExec, ModeEval, ModeSingle} {
			m, err := ParseBytes("f.py", src, mode)
			if err == nil {
				if m == nil {
					t.Fatalf("%q: no tree and no error", src)
				}
				ast.Dump(m, true)
				continue
			}
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("%q: error %T %v", src, err, err)
			}
			if e.Msg == "" && e.Kind != MemoryError {
				t.Fatalf("%q: error without message", src)
			}
			if !e.NoLocation && e.Lineno < 0 {
				t.Fatalf("%q: error without a line: %v", src, e)
			}
		}
	})
}
