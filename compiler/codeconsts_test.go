package compiler

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

// corpus returns Python sources to compile: the compiler's test programs, the conformance
// scripts and, where python3 is installed, its standard library (read at test time).
func corpus(t *testing.T) []string {
	var files []string
	for _, pattern := range []string{"testdata/*.py", "../tests/py/*/*.py", "../modules/*/*.py"} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	if out, err := exec.Command("python3", "-c", "import sys; print(sys.prefix)").Output(); err == nil {
		lib := filepath.Join(strings.TrimSpace(string(out)), "lib", "python3.11")
		for _, sub := range []string{"*.py", "multiprocessing/*.py", "json/*.py", "collections/*.py"} {
			m, _ := filepath.Glob(filepath.Join(lib, sub))
			files = append(files, m...)
		}
	}
	if len(files) == 0 {
		t.Skip("no sources found")
	}
	return files
}

// TestConstNames checks that every constant the code generator loads is data or has a name
// (ConstName), and that the name leads back to the same object: marshal writes the others
// by name.
func TestConstNames(t *testing.T) {
	compiled, named := 0, 0
	var walk func(code *py.Code)
	walk = func(code *py.Code) {
		for _, c := range code.Consts {
			switch v := c.(type) {
			case *py.Code:
				walk(v)
			case py.NoneType, py.Bool, py.Int, *py.BigInt, py.Float, py.Complex, py.String, py.Bytes, py.Tuple, py.EllipsisType:
			default:
				name, ok := ConstName(c)
				if !ok {
					t.Errorf("%s: constant %s (%T) has no name", code.Filename, py.DebugRepr(c), c)
					continue
				}
				back, _ := ConstNamed(name)
				if _, perStatement := c.(*delPoint); perStatement {
					// Each del statement has a point of its own (its back-off state);
					// marshal gives back the shared one.
					_, perStatement = back.(*delPoint)
					if perStatement {
						named++
						continue
					}
				}
				if r, perStatement := c.(*rebindPoint); perStatement {
					// So has each rebinding assignment.
					if b, ok := back.(*rebindPoint); ok && b.drop == r.drop && b.wide == r.wide {
						named++
						continue
					}
				}
				if back != c {
					t.Errorf("ConstNamed(%q) is not the constant named so", name)
				}
				named++
			}
		}
	}
	for _, f := range corpus(t) {
		src, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		code, err := Compile(string(src), f, py.ExecMode, 0, true)
		if err != nil {
			continue // beyond gpython's parser
		}
		compiled++
		walk(code)
	}
	if compiled < 20 || named == 0 {
		t.Fatalf("compiled %d files, %d named constants: the corpus is too small", compiled, named)
	}
	if _, ok := ConstName(py.String("x")); ok {
		t.Error("a str has a constant name")
	}
}

// TestLineTableRoundTrip gives a code object the line table of another.
func TestLineTableRoundTrip(t *testing.T) {
	src := "def g():\n    pass\ndef f():\n    g(1,\n      2)\n"
	code, err := Compile(src, "lt.py", py.ExecMode, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	var f *py.Code
	for _, c := range code.Consts {
		if cc, ok := c.(*py.Code); ok && cc.Name == "f" {
			f = cc
		}
	}
	tables := CodeTables()
	data, ok := tables[0].Get(f)
	if !ok {
		t.Fatal("f has no exact line table")
	}
	clone := *f
	if err := tables[0].Set(&clone, data); err != nil {
		t.Fatal(err)
	}
	for lasti := int32(1); lasti < int32(len(f.Code)); lasti++ {
		if a, b := LineOf(f, lasti), LineOf(&clone, lasti); a != b {
			t.Fatalf("line of %d: %d, clone %d", lasti, a, b)
		}
	}
	for _, bad := range [][]byte{{0x80}, {1, 0x80}, {5, 2, 1, 2}} {
		if err := tables[0].Set(&clone, bad); err == nil {
			t.Errorf("line table %v accepted", bad)
		}
	}
}
