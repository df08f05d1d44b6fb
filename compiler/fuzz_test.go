package compiler

import (
	"testing"
	"time"

	"github.com/go-python/gpython/py"
)

// fuzzSeeds are sources that reach most of the pipeline: every statement, f-strings,
// numbers, bad indentation, unterminated literals.
var fuzzSeeds = []string{
	"x = 1\n",
	"def f(a, b=1, *c, d, e=2, **k):\n    return a + b\n",
	"@d(1)\n@e.f\nclass C(B, metaclass=M):\n    '''doc'''\n    def m(self):\n        return super().m()\n",
	"for i in range(3):\n    try:\n        continue\n    finally:\n        break\nelse:\n    pass\n",
	"while x:\n    with a as b, c:\n        pass\n",
	"try:\n    raise E from F\nexcept (A, B) as e:\n    del e\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
	"f'{x!r:>{w}.{p}} {y=} {{}} {z:%}'\n",
	"rf'''\\d{x}\n{y!s}'''\n'a' f\"b{c}\" 'd'\n",
	"x = [i for i in y if i] + [*a] \n{k: v for k, v in d}\n{1, 2}\n(i for i in j)\n",
	"lambda x, *, y=1: (yield x)\n",
	"a, *b, c = d\nx[1:2, ::3] += 1\nx.y %= 2\n",
	"global g\nnonlocal n\n",
	"def f():\n    def g():\n        nonlocal x\n    x = 1\n",
	"if a:\n  b\n elif c:\n",
	"x = (1,\n",
	"'abc\n",
	"1_000_000 + 0x_f + 0b1_0 + 1e1_0 + 1.5j\n",
	"f'{'\n",
	"from . import (a as b, c)\nimport x.y.z as w\nfrom __future__ import annotations\n",
	"assert x, 'm'\nprint(x if y else z, not a, a < b < c)\n",
}

// FuzzCompile feeds random and mutated source through the whole compile path in every
// mode: it may return a SyntaxError, never panic or hang.
func FuzzCompile(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, mode := range []py.CompileMode{py.ExecMode, py.EvalMode, py.SingleMode} {
			done := make(chan error, 1)
			go func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("panic compiling %q in %s mode: %v", src, mode, r)
					}
					done <- nil
				}()
				_, err := Compile(src, "<fuzz>", mode, 0, true)
				if err != nil {
					if _, ok := err.(*py.Exception); !ok {
						t.Errorf("compiling %q: non-Python error %T %v", src, err, err)
					}
				}
			}()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				t.Fatalf("compiling %q in %s mode hangs", src, mode)
			}
		}
	})
}
