package interp

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStdioWriters: print, sys.stdout and sys.stderr go to the host's writers, input()
// reads the host's reader, and the output is there when the entry returns.
func TestStdioWriters(t *testing.T) {
	var out, errOut bytes.Buffer
	it, err := NewInterp(Options{
		Stdin:  strings.NewReader("first line\nsecond\n"),
		Stdout: &out,
		Stderr: &errOut,
		Args:   []string{"prog", "x"},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	ctx := context.Background()
	if _, err := it.Exec(ctx, "<string>", "import sys\nprint('hello', input())\nsys.stdout.write(sys.stdin.readline())\nprint(sys.argv, file=sys.stderr)\n"); err != nil {
		t.Fatal(err)
	}
	if out.String() != "hello first line\nsecond\n" || errOut.String() != "['prog', 'x']\n" {
		t.Errorf("stdout %q stderr %q", out.String(), errOut.String())
	}
	out.Reset()
	if st := it.RunString("print('run')\nraise ValueError('v')", nil); st != 1 {
		t.Errorf("status %d", st)
	}
	if out.String() != "run\n" || !strings.HasSuffix(errOut.String(), "ValueError: v\n") {
		t.Errorf("after Run: stdout %q stderr %q", out.String(), errOut.String())
	}
}

// TestStdioFileAndChildren: with an *os.File as Stdout, the script's output and that of the
// multiprocessing children (spawned and forked) go to the file.
func TestStdioFileAndChildren(t *testing.T) {
	for _, writer := range []string{"file", "buffer"} {
		dir := t.TempDir()
		f, err := os.Create(filepath.Join(dir, "out"))
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		opts := Options{Stdout: f}
		if writer == "buffer" {
			opts.Stdout = &buf
		}
		script := filepath.Join(dir, "s.py")
		src := `
import multiprocessing as mp
def child(tag):
    print('child', tag, flush=True)
if __name__ == '__main__':
    print('parent', flush=True)
    for method in ('fork', 'spawn'):
        p = mp.get_context(method).Process(target=child, args=(method,))
        p.start()
        p.join()
`
		if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		it := New(opts)
		if st, err := it.RunFile(script, nil); st != 0 || err != nil {
			t.Fatalf("%s: %d %v", writer, st, err)
		}
		it.Close()
		f.Close()
		got := buf.String()
		if writer == "file" {
			data, _ := os.ReadFile(f.Name())
			got = string(data)
		}
		if got != "parent\nchild fork\nchild spawn\n" {
			t.Errorf("%s: output %q", writer, got)
		}
	}
}

// TestHostModule: a Go module registered per interpreter, with values, keyword arguments,
// opaque Go values, errors raised as Python exceptions, and a callback into Python.
func TestHostModule(t *testing.T) {
	type account struct{ balance int }
	var it *Interp
	mod := &Module{
		Name:   "bank",
		Doc:    "a host module",
		Values: map[string]any{"CURRENCY": "EUR"},
		Funcs: map[string]Func{
			"open": func(ctx context.Context, args ...any) (any, error) {
				return Opaque(&account{balance: int(args[0].(int64))}), nil
			},
			"balance": func(ctx context.Context, args ...any) (any, error) {
				a, ok := args[0].(*account)
				if !ok {
					return nil, &Error{Type: "TypeError", Message: "not an account"}
				}
				return a.balance, nil
			},
			"kw": func(ctx context.Context, args ...any) (any, error) {
				return args[len(args)-1].(Kwargs)["scale"], nil
			},
			"fail": func(ctx context.Context, args ...any) (any, error) {
				return nil, errors.New("go failure")
			},
			"twice": func(ctx context.Context, args ...any) (any, error) {
				// calls back into Python from a host function
				v, err := it.Call(ctx, "double", args[0])
				if err != nil {
					return nil, err
				}
				return v, nil
			},
		},
	}
	it = New(Options{Modules: []*Module{mod}})
	defer it.Close()
	g, err := it.Exec(context.Background(), "<string>", `
import bank
def double(x):
    return 2 * x
a = bank.open(40)
r = [bank.CURRENCY, bank.balance(a), bank.kw(1, scale=3), bank.twice(21), repr(a)[:16]]
try:
    bank.balance(1)
except TypeError as e:
    r.append(str(e))
try:
    bank.fail()
except RuntimeError as e:
    r.append(str(e))
`)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := ToGo(g["r"])
	want := []any{"EUR", int64(40), int64(3), int64(42), "<gopy.GoValue of", "not an account", "go failure"}
	if !equalAny(got, want) {
		t.Errorf("r = %#v, want %#v", got, want)
	}
	// Another interpreter does not have the module.
	other := New(Options{})
	defer other.Close()
	if _, err := other.Exec(context.Background(), "<string>", "import bank"); err == nil || !strings.Contains(err.Error(), "ModuleNotFoundError") {
		t.Errorf("import bank in another interpreter: %v", err)
	}
}

func equalAny(a any, b []any) bool {
	s, ok := a.([]any)
	if !ok || len(s) != len(b) {
		return false
	}
	for i := range s {
		if s[i] != b[i] {
			return false
		}
	}
	return true
}

// TestEnv: Options.Env is the script's os.environ and its children's; the process's
// environment is left alone.
func TestEnv(t *testing.T) {
	it := New(Options{Env: []string{"GOPY_ENV_T=1", "PATH=" + os.Getenv("PATH"), "GOPY_ENV_T=one"}})
	defer it.Close()
	g, err := it.Exec(context.Background(), "<string>", `
import os, subprocess, multiprocessing as mp
got = [os.environ.get('GOPY_ENV_T'), os.getenv('HOME'), sorted(os.environ)]
os.environ['GOPY_ENV_U'] = 'two'
got.append(subprocess.run(['sh', '-c', 'echo $GOPY_ENV_T $GOPY_ENV_U $HOME'], capture_output=True, text=True).stdout)
with mp.get_context('spawn').Pool(1) as pool:
    got.append(pool.apply(os.getenv, ('GOPY_ENV_U',)))
del os.environ['GOPY_ENV_T']
got.append(len(os.environ))
`)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := ToGo(g["got"])
	want := []any{"one", nil, []any{"GOPY_ENV_T", "PATH"}, "one two\n", "two", int64(2)}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if _, ok := os.LookupEnv("GOPY_ENV_U"); ok {
		t.Errorf("the script's os.environ wrote into the process's environment")
	}
	// nil: the process's environment, live.
	it2 := New(Options{})
	defer it2.Close()
	t.Setenv("GOPY_ENV_V", "three")
	if v, err := it2.Eval(context.Background(), "__import__('os').environ.get('GOPY_ENV_V')"); err != nil {
		t.Fatal(err)
	} else if s, _ := ToGo(v); s != "three" {
		t.Errorf("os.environ['GOPY_ENV_V'] = %v with Env nil", s)
	}
}
