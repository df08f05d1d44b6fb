package bench

import "testing"

// BenchmarkLoops compares gopy's compiled code with python3 on small loops: ordering
// comparisons of variables (routed through RT.Compare unless known scalars), while loops
// (tested at the bottom by gopy), for loops (no SETUP_LOOP block without break) and
// conditions with not/and; subscripts, unpacking and "in" on values of unknown type.
func BenchmarkLoops(b *testing.B) {
	for _, c := range []struct{ name, src string }{
		{"while-var", "def f():\n i = 0\n n = 20000\n while i < n:\n  i = i + 1\nf()\n"},
		{"while-param", "def f(n):\n i = 0\n while i < n:\n  i = i + 1\nf(20000)\n"},
		{"for-range", "def f():\n for i in range(20000):\n  pass\nf()\n"},
		{"nested", "def f():\n for i in range(2000):\n  j = 0\n  while j < 10:\n   j += 1\nf()\n"},
		{"not-and", "def f():\n x = 0\n for i in range(20000):\n  if not (i and x):\n   x = x + 1\nf()\n"},
		{"subscript-param", "def f(a, d):\n s = 0\n for i in range(20000):\n  s = s + a[i & 7] + d['k']\nf([1, 2, 3, 4, 5, 6, 7, 8], {'k': 1})\n"},
		{"unpack-pairs", "def f(p):\n s = 0\n for i in range(2000):\n  for k, v in p:\n   s = s + v\nf([(1, 2), (3, 4), (5, 6), (7, 8)])\n"},
		{"in-param", "def f(a):\n s = 0\n for i in range(20000):\n  if i in a:\n   s = s + 1\nf((1, 2, 3))\n"},
	} {
		b.Run(c.name, func(b *testing.B) { compare(b, c.src) })
	}
}
