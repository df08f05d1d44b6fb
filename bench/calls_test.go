package bench

import "testing"

// BenchmarkCalls compares calls with python3: plain positional calls (gpython's
// CALL_FUNCTION, untouched), one keyword argument (CALL_FUNCTION too), two keyword
// arguments and ** (through <call kw>, which keeps their order, PEP 468) and a callee
// with **kwargs.
func BenchmarkCalls(b *testing.B) {
	for _, c := range []struct{ name, src string }{
		{"positional", "def g(a, b):\n return a\ndef f():\n for i in range(20000):\n  g(i, 2)\nf()\n"},
		{"one-keyword", "def g(a, b=0):\n return a\ndef f():\n for i in range(20000):\n  g(i, b=2)\nf()\n"},
		{"two-keywords", "def g(a=0, b=0):\n return a\ndef f():\n for i in range(20000):\n  g(a=i, b=2)\nf()\n"},
		{"star-star", "def g(a=0, b=0):\n return a\ndef f():\n d = {'a': 1, 'b': 2}\n for i in range(20000):\n  g(**d)\nf()\n"},
		{"kwargs-callee", "def g(**kw):\n return kw\ndef f():\n for i in range(20000):\n  g(a=i, b=2)\nf()\n"},
	} {
		b.Run(c.name, func(b *testing.B) { compare(b, c.src) })
	}
}
