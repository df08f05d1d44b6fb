package classes

import (
	"testing"

	"github.com/go-python/gpython/py"
)

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
