package classes

import (
	"testing"

	"github.com/go-python/gpython/py"
)

// TestRewriteRaise checks that raise statements become same-length attribute accesses, that
// the rewrite is idempotent and that nested code objects are rewritten too.
func TestRewriteRaise(t *testing.T) {
	code, err := py.Compile("def f(x):\n    raise x\ndef g(x, y):\n    raise x from y\nraise ValueError\n", "t.py", py.ExecMode, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	RewriteRaise(code)
	again := code.Code
	RewriteRaise(code)
	if code.Code != again {
		t.Fatal("RewriteRaise is not idempotent")
	}
	var check func(c *py.Code)
	found := 0
	check = func(c *py.Code) {
		b := []byte(c.Code)
		for i := 0; i < len(b); {
			op := b[i]
			if op == opRaiseVarargs && b[i+1] != 0 {
				t.Errorf("%s: RAISE_VARARGS %d left at %d", c.Name, b[i+1], i)
			}
			if op == opLoadAttr || op == opStoreAttr {
				n := c.Names[int(b[i+1])|int(b[i+2])<<8]
				if n == raiseAttr || n == raiseFromAttr {
					found++
				}
			}
			if op >= opHaveArgument {
				i += 3
			} else {
				i++
			}
		}
		for _, k := range c.Consts {
			if sub, ok := k.(*py.Code); ok {
				check(sub)
			}
		}
	}
	check(code)
	if found != 3 {
		t.Fatalf("found %d rewritten raises, want 3", found)
	}
}

// TestRaiseErrors checks Raise's TypeErrors and the cause it records.
func TestRaiseErrors(t *testing.T) {
	if err := Raise(py.Int(3), nil, false); !py.IsException(py.TypeError, err) {
		t.Fatalf("raise 3: %v", err)
	}
	err := Raise(py.ValueError, py.KeyError, true)
	info, ok := err.(py.ExceptionInfo)
	if !ok || info.Type != py.ValueError {
		t.Fatalf("raise ValueError from KeyError: %v", err)
	}
	cause, _, suppress := ExcChain(info.Value)
	if cause == nil || cause.Type() != py.KeyError || !suppress {
		t.Fatalf("cause %v suppress %v", cause, suppress)
	}
	if s, _ := ExcStr(info.Value); s != "" {
		t.Fatalf("str of ValueError() = %q", s)
	}
	if r, _ := ExcRepr(info.Value); r != "ValueError()" {
		t.Fatalf("repr = %q", r)
	}
}

// TestC3Errors checks the MRO error message for an inconsistent hierarchy.
func TestC3Errors(t *testing.T) {
	_, err := runPy(t, "class X: pass\nclass Y: pass\nclass A(X, Y): pass\nclass B(Y, X): pass\nclass C(A, B): pass\n")
	if !py.IsException(py.TypeError, err) {
		t.Fatalf("want TypeError, got %v", err)
	}
}
