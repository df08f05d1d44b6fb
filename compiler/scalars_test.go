package compiler

import (
	"testing"

	"github.com/go-python/gpython/py"
)

// routed reports whether the code of function f in src calls a comparison helper.
func routed(t *testing.T, src string) bool {
	t.Helper()
	code, err := Compile(src, "k.py", py.ExecMode, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range code.Consts {
		if fc, ok := c.(*py.Code); ok && fc.Name == "f" {
			for _, k := range fc.Consts {
				for _, h := range compareHelpers {
					if k == py.Object(h) {
						return true
					}
				}
			}
		}
	}
	return false
}

func TestCompareRouting(t *testing.T) {
	for _, c := range []struct {
		src    string
		routed bool
	}{
		{"def f(a, b):\n    return a < b\n", true},
		{"def f(a):\n    return a < 10\n", false},
		{"def f(a):\n    return a == 'x'\n", false},
		{"def f(a):\n    return a < 10 ** 30\n", true},
		{"def f(a):\n    return a == 1e30\n", true},
		{"def f():\n    i = 0\n    n = 5\n    while i < n:\n        i += 1\n", false},
		{"def f():\n    x = 1.5\n    y = 2 ** 70\n    return x < y\n", true},
		{"def f(s):\n    c = 'a'\n    c = chr(ord(c) + 1)\n    return c <= s\n", false},
		{"K = 3\ndef f(a):\n    return a == K\n", false},
		{"K = 3\ndef g():\n    global K\n    K = (1, 2)\ndef f(a):\n    return a == K\n", true},
		{"def g(a):\n    if a:\n        return 1\n    return 2\ndef f(b):\n    return b == g(b)\n", false},
		{"def g(a):\n    if a:\n        return 1\ndef f(b):\n    return b == g(b)\n", true},
		{"def f(a, b):\n    return a is None or a in b\n", false},
		{"def f(a, b):\n    return a is b\n", true}, // two tuples cannot meet in COMPARE_OP
		{"def len(x):\n    return (1,)\ndef f(a):\n    return a < len(a)\n", true},
	} {
		if got := routed(t, c.src); got != c.routed {
			t.Errorf("%q: routed %v, want %v", c.src, got, c.routed)
		}
	}
}
