package compiler

import (
	"sync"
	"testing"
	"unsafe"

	"github.com/go-python/gpython/py"
)

func dataOf(s string) *byte { return unsafe.StringData(s) }

// TestInternAcrossCompilations checks that names and identifier-like constants of separate
// compilations share their bytes, and that other constants are merged within one.
func TestInternAcrossCompilations(t *testing.T) {
	a, err := Compile("def f(self):\n    self.attr_name = 'ident_const'\n", "a.py", py.ExecMode, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Compile("class C:\n    def g(self):\n        return self.attr_name, 'ident_const', 'x y'\nh = 'x y'\n", "b.py", py.ExecMode, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	firstCode := func(c *py.Code) *py.Code {
		for _, k := range c.Consts {
			if code, ok := k.(*py.Code); ok {
				return code
			}
		}
		t.Fatalf("no code object among the constants of %s", c.Name)
		return nil
	}
	fa := firstCode(a)
	gb := firstCode(firstCode(b))
	if dataOf(fa.Names[0]) != dataOf(gb.Names[0]) {
		t.Errorf("attribute names %q and %q do not share their bytes", fa.Names[0], gb.Names[0])
	}
	find := func(c *py.Code, s string) string {
		for _, k := range c.Consts {
			if v, ok := k.(py.String); ok && string(v) == s {
				return string(v)
			}
		}
		t.Fatalf("no constant %q in %s", s, c.Name)
		return ""
	}
	if dataOf(find(fa, "ident_const")) != dataOf(find(gb, "ident_const")) {
		t.Errorf("identifier-like constants are not interned")
	}
	if dataOf(find(gb, "x y")) != dataOf(find(b, "x y")) {
		t.Errorf("equal constants of one compilation are not merged")
	}
}

// TestInternConcurrent interns from many goroutines (run with -race).
func TestInternConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	got := make([]string, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = Intern(string([]byte("concurrent_name")))
		}()
	}
	wg.Wait()
	for _, s := range got[1:] {
		if dataOf(s) != dataOf(got[0]) {
			t.Fatal("Intern returned different copies")
		}
	}
	if s := "not ident"; Intern(s) != s {
		t.Fatal("Intern changed a non-identifier")
	}
}
