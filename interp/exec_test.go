package interp

import (
	"context"
	"errors"
	"math/big"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

// within fails the test if fn does not return in time (a hang is a defect, not a timeout
// of the whole test binary).
func within(t *testing.T, d time.Duration, what string, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("%s did not return within %v", what, d)
	}
}

func TestExecError(t *testing.T) {
	it := New(Options{})
	defer it.Close()
	_, err := it.Exec(context.Background(), "<string>", "def f(x):\n    return 1 / x\n\ndef g():\n    f(0)\ng()\n")
	var pe *Error
	if !errors.As(err, &pe) {
		t.Fatalf("Exec error %T %v, want *Error", err, err)
	}
	want := `Traceback (most recent call last):
  File "<string>", line 6, in <module>
  File "<string>", line 5, in g
  File "<string>", line 2, in f
ZeroDivisionError: division by zero
`
	if pe.Type != "ZeroDivisionError" || pe.Message != "division by zero" || pe.Traceback != want {
		t.Errorf("got Type %q Message %q Traceback\n%s", pe.Type, pe.Message, pe.Traceback)
	}
	if err.Error() != "ZeroDivisionError: division by zero" {
		t.Errorf("Error() = %q", err.Error())
	}
	if !errors.Is(err, &Error{Type: "ArithmeticError"}) || errors.Is(err, &Error{Type: "KeyError"}) {
		t.Errorf("errors.Is by class name is wrong")
	}
}

func TestExecChainedAndCustom(t *testing.T) {
	it := New(Options{})
	defer it.Close()
	_, err := it.Exec(context.Background(), "<string>", `
class Bad(Exception):
    pass
try:
    {}['k']
except KeyError as e:
    raise Bad('wrapped') from e
`)
	var pe *Error
	if !errors.As(err, &pe) {
		t.Fatalf("got %v", err)
	}
	for _, s := range []string{"KeyError: 'k'", "The above exception was the direct cause", "Bad: wrapped\n"} {
		if !strings.Contains(pe.Traceback, s) {
			t.Errorf("traceback lacks %q:\n%s", s, pe.Traceback)
		}
	}
	if pe.Type != "Bad" || pe.Message != "wrapped" {
		t.Errorf("Type %q Message %q", pe.Type, pe.Message)
	}
}

// TestExecSharesMain: Exec calls run one after the other in one __main__; Eval and Call see
// what they defined; the globals returned are __main__'s.
func TestExecSharesMain(t *testing.T) {
	it := New(Options{})
	defer it.Close()
	ctx := context.Background()
	if _, err := it.Exec(ctx, "a.py", "x = 20\ndef add(a, b=1):\n    return a + b + x\n"); err != nil {
		t.Fatal(err)
	}
	g, err := it.Exec(ctx, "b.py", []byte("x += 1\nimport json\n"))
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := ToGo(g["x"]); v != int64(21) {
		t.Errorf("x = %v", v)
	}
	v, err := it.Eval(ctx, "add(1, 2) * 2")
	if got, _ := ToGo(v); err != nil || got != int64(48) {
		t.Errorf("Eval = %v, %v", got, err)
	}
	r, err := it.Call(ctx, "add", 1, Kwargs{"b": 10})
	if got, _ := ToGo(r); err != nil || got != int64(32) {
		t.Errorf("Call = %v, %v", got, err)
	}
	r, err = it.Call(ctx, "json.dumps", map[string]any{"k": []any{1, "s", nil, true}})
	if got, _ := ToGo(r); err != nil || got != `{"k": [1, "s", null, true]}` {
		t.Errorf("Call(json.dumps) = %v, %v", got, err)
	}
	if _, err := it.Call(ctx, "nosuch"); err == nil || err.Error() != "NameError: name 'nosuch' is not defined" {
		t.Errorf("Call(nosuch) = %v", err)
	}
	if _, err := it.Eval(ctx, "1 +"); err == nil || !strings.HasPrefix(err.Error(), "SyntaxError") {
		t.Errorf("Eval(1 +) = %v", err)
	}
}

// TestRunThenCall: after Run's exit path, the interpreter still serves Call, Exec (threads
// included) and another Run.
func TestRunThenCall(t *testing.T) {
	it := New(Options{})
	defer it.Close()
	ctx := context.Background()
	within(t, 20*time.Second, "runs in turn", func() {
		src := "import threading\nr = []\nth = threading.Thread(target=r.append, args=(1,))\nth.start(); th.join()\nassert r == [1]\ndef f(): return 'ok'\n"
		for i := 0; i < 3; i++ {
			if st := it.RunString(src, nil); st != 0 {
				t.Errorf("run %d: status %d", i, st)
			}
			if _, err := it.Call(ctx, "f"); err != nil {
				t.Errorf("Call after run %d: %v", i, err)
			}
		}
		r, err := it.Call(ctx, "f")
		if got, _ := ToGo(r); err != nil || got != "ok" {
			t.Errorf("Call after Run = %v, %v", got, err)
		}
		if _, err := it.Exec(ctx, "<string>", src); err != nil {
			t.Errorf("Exec after Run: %v", err)
		}
	})
}

func TestConversions(t *testing.T) {
	it := New(Options{})
	defer it.Close()
	ctx := context.Background()
	if _, err := it.Exec(ctx, "<string>", "def ident(x): return x\ndef typ(x): return type(x).__name__\n"); err != nil {
		t.Fatal(err)
	}
	huge, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	type host struct{ n int }
	h := &host{7}
	for _, c := range []struct {
		in   any
		typ  string
		back any
	}{
		{nil, "NoneType", nil},
		{true, "bool", true},
		{42, "int", int64(42)},
		{uint64(1 << 63), "int", new(big.Int).SetUint64(1 << 63)},
		{huge, "int", huge},
		{2.5, "float", 2.5},
		{"héllo", "str", "héllo"},
		{[]byte("ab"), "bytes", []byte("ab")},
		{[]int{1, 2}, "list", []any{int64(1), int64(2)}},
		{map[string]int{"a": 1}, "dict", map[string]any{"a": int64(1)}},
		{map[int]string{1: "x"}, "dict", map[any]any{int64(1): "x"}},
		{Opaque(h), "GoValue", h},
	} {
		r, err := it.Call(ctx, "typ", c.in)
		if err != nil {
			t.Errorf("%v: %v", c.in, err)
			continue
		}
		if got, _ := ToGo(r); got != c.typ {
			t.Errorf("type of %#v in Python = %v, want %s", c.in, got, c.typ)
		}
		r, err = it.Call(ctx, "ident", c.in)
		if err != nil {
			t.Errorf("%v: %v", c.in, err)
			continue
		}
		got, err := ToGo(r)
		if err != nil || !reflect.DeepEqual(got, c.back) {
			t.Errorf("round trip of %#v = %#v, %v; want %#v", c.in, got, err, c.back)
		}
	}
	if _, err := it.Call(ctx, "ident", struct{}{}); err == nil || !strings.Contains(err.Error(), "interp.Opaque") {
		t.Errorf("unconvertible Go value: %v", err)
	}
	r, _ := it.Eval(ctx, "(1, {2, 3}, bytearray(b'z'))")
	if got, err := ToGo(r); err != nil || len(got.([]any)) != 3 {
		t.Errorf("tuple = %#v, %v", got, err)
	}
	r, _ = it.Eval(ctx, "{(1, 2): 3}")
	if _, err := ToGo(r); err == nil {
		t.Errorf("a tuple key converted to a Go map")
	}
}

// TestCallFromGoroutines: goroutines call into Python while a script's threads run: every
// entry takes the GIL (run with -race), and two interpreters run at once independently.
func TestCallFromGoroutines(t *testing.T) {
	src := `
import threading
counts = {}
def bump(k):
    counts[k] = counts.get(k, 0) + 1
    try:
        raise ValueError(k)
    except ValueError as e:
        assert str(e) == k
    return len(counts)
stop = threading.Event()
def spin(k):
    while not stop.is_set():
        bump(k)
threads = [threading.Thread(target=spin, args=("t%d" % i,)) for i in range(2)]
for th in threads:
    th.start()
`
	var wg sync.WaitGroup
	for n := 0; n < 2; n++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			it := New(Options{})
			defer it.Close()
			ctx := context.Background()
			if _, err := it.Exec(ctx, "<string>", src); err != nil {
				t.Error(err)
				return
			}
			var cg sync.WaitGroup
			for g := 0; g < 3; g++ {
				cg.Add(1)
				go func() {
					defer cg.Done()
					for i := 0; i < 50; i++ {
						if _, err := it.Call(ctx, "bump", "go"); err != nil {
							t.Error(err)
							return
						}
					}
				}()
			}
			cg.Wait()
			if _, err := it.Exec(ctx, "<string>", "stop.set()\nfor th in threads: th.join()\n"); err != nil {
				t.Error(err)
			}
			r, err := it.Eval(ctx, "counts['go']")
			if got, _ := ToGo(r); err != nil || got != int64(150) {
				t.Errorf("counts['go'] = %v, %v", got, err)
			}
		}()
	}
	wg.Wait()
}

func TestClosed(t *testing.T) {
	it := New(Options{})
	it.Close()
	if _, err := it.Exec(context.Background(), "<string>", "x = 1"); !errors.Is(err, ErrClosed) {
		t.Errorf("Exec after Close = %v", err)
	}
}
