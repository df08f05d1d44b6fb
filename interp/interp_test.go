package interp

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/go-python/gpython/py"
)

func init() {
	// A module whose function panics in Go, to prove the panic becomes a Python exception.
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_gopy_test_panic"},
		Methods: []*py.Method{py.MustNewMethod("boom", func(self py.Object) (py.Object, error) {
			var m map[string]int
			m["x"] = 1 // nil map write: a Go runtime panic
			return py.None, nil
		}, 0, "")},
	})
}

func TestRunStringStatus(t *testing.T) {
	for src, want := range map[string]int{
		"x = 1":                      0,
		"import sys; sys.exit(7)":    7,
		"import sys; sys.exit()":     0,
		"import sys; sys.exit(None)": 0,
		"raise SystemExit(3)":        3,
		"raise ValueError('x')":      1,
		"import sys\ntry:\n  sys.exit(4)\nexcept SystemExit:\n  pass\n":                                                             0,
		"import _gopy_test_panic\ndef f(): _gopy_test_panic.boom()\ntry:\n  f()\nexcept SystemError:\n  import sys; sys.exit(42)\n": 42,
		"import _gopy_test_panic\n_gopy_test_panic.boom()\n":                                                                        1,
		"def f(): f()\ntry:\n  f()\nexcept RecursionError:\n  import sys; sys.exit(43)\n":                                           43,
	} {
		it := New(Options{})
		if got := it.RunString(src, nil); got != want {
			t.Errorf("RunString(%q) = %d, want %d", src, got, want)
		}
		it.Close()
	}
}

func TestRunFile(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "s.py")
	src := "import sys\nassert sys.argv == ['" + script + "', 'a', 'b'], sys.argv\nassert sys.path[0] == '" + dir + "', sys.path\nsys.exit(len(sys.argv))\n"
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	it := New(Options{})
	defer it.Close()
	status, err := it.RunFile(script, []string{"a", "b"})
	if err != nil || status != 3 {
		t.Errorf("RunFile = %d, %v; want 3, nil", status, err)
	}
}

func TestRunFileMissing(t *testing.T) {
	it := New(Options{})
	defer it.Close()
	status, err := it.RunFile("no/such/file.py", nil)
	oe, ok := err.(*OpenError)
	if status != 2 || !ok || oe.Errno != 2 || !filepath.IsAbs(oe.Path) {
		t.Fatalf("RunFile(missing) = %d, %#v", status, err)
	}
	if want := "can't open file '" + oe.Path + "': [Errno 2] No such file or directory"; err.Error() != want {
		t.Errorf("message %q, want %q", err.Error(), want)
	}
}

// TestSpawnFromTestBinary starts a Process from a go test binary: the child is this same
// binary re-executed, served by interp's init before the testing framework starts.
func TestSpawnFromTestBinary(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.txt")
	script := filepath.Join(dir, "spawn.py")
	src := `import sys
from multiprocessing import Process

def work(path, text):
    f = open(path, "w")
    f.write(text)
    f.close()
    sys.exit(5)

if __name__ == "__main__":
    p = Process(target=work, args=(sys.argv[1], "written by the child"))
    p.start()
    p.join()
    sys.exit(p.exitcode)
`
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	it := New(Options{})
	defer it.Close()
	status, err := it.RunFile(script, []string{out})
	if err != nil || status != 5 {
		t.Fatalf("RunFile = %d, %v; want the child's exit code 5", status, err)
	}
	data, err := os.ReadFile(out)
	if err != nil || string(data) != "written by the child" {
		t.Errorf("child wrote %q, %v", data, err)
	}
}

func TestGCPercentFor(t *testing.T) {
	for _, c := range []struct {
		live uint64
		want int
	}{{0, 400}, {1 << 20, 425}, {4 << 20, 400}, {8 << 20, 200}, {12 << 20, 133}, {16 << 20, 100}, {1 << 30, 100}} {
		if got := gcPercentFor(c.live); got != c.want {
			t.Errorf("gcPercentFor(%d) = %d, want %d", c.live, got, c.want)
		}
	}
}
