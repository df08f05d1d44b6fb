package marshal

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/objects"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

func init() {
	py.Compile = compiler.Compile
	py.VmRunFrame = compiler.WrapRunFrame(py.VmRunFrame)
}

// TestCPythonData loads what python3's marshal.dumps wrote (recorded here) and checks
// that gopy's output loads back equal.
func TestCPythonData(t *testing.T) {
	// marshal.dumps((1, 'ab', [1.5], {'k': None}, {1}, frozenset(), b'x', 2**70, -2**40,
	// 1j, True, ..., StopIteration)) in CPython 3.11.
	cp := ")\r\xe9\x01\x00\x00\x00\xda\x02ab[\x01\x00\x00\x00\xe7\x00\x00\x00\x00\x00\x00\xf8?{\xda\x01kN0<\x01\x00\x00\x00r\x00\x00\x00\x00>\x00\x00\x00\x00\xf3\x01\x00\x00\x00xl\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04\xec\xfd\xff\xff\xff\x00\x00\x00\x00\x00\x04\xf9\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xf0?T.S"
	v, err := Loads([]byte(cp))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := py.ReprAsString(v)
	set := objects.NewSet()
	_ = set.Add(py.Int(1))
	frozen, _ := objects.NewFrozenSet(nil)
	dict := objects.NewDict()
	_ = dict.SetItem(py.String("k"), py.None)
	big2, _ := py.Pow(py.Int(2), py.Int(70), py.None)
	want, _ := py.ReprAsString(py.Tuple{py.Int(1), py.String("ab"), &py.List{Items: []py.Object{py.Float(1.5)}}, dict, set, frozen,
		py.Bytes("x"), big2, py.Int(-1 << 40), py.Complex(1i), py.True, py.Ellipsis, py.StopIteration})
	if got != want {
		t.Errorf("loads gave %s, want %s", got, want)
	}
	for version := 0; version <= Version; version++ {
		b, err := Dumps(v, version)
		if err != nil {
			t.Fatal(err)
		}
		back, err := Loads(b)
		if err != nil {
			t.Fatalf("version %d: %v", version, err)
		}
		if r, _ := py.ReprAsString(back); r != want {
			t.Errorf("version %d round trip gave %s", version, r)
		}
	}
}

// TestErrors checks CPython's exceptions for malformed data.
func TestErrors(t *testing.T) {
	for _, c := range []struct{ data, want string }{
		{"", "EOFError: EOF read where object expected"},
		{"i\x01", "EOFError: marshal data too short"},
		{"Q", "ValueError: bad marshal data (unknown type code)"},
		{"0", "TypeError: NULL object in marshal data for object"},
		{"r\x00\x00\x00\x00", "ValueError: bad marshal data (invalid reference)"},
		{"(\xff\xff\xff\x7f", "EOFError: EOF read where object expected"},
		{"s\xff\xff\xff\x7f", "EOFError: marshal data too short"},
		{"s\xff\xff\xff\xff", "ValueError: bad marshal data (bytes object size out of range)"},
		{"l\x01\x00\x00\x00\x00\x80", "ValueError: bad marshal data (digit out of range in long)"},
		{"l\x01\x00\x00\x00\x00\x00", "ValueError: bad marshal data (unnormalized long data)"},
		{"u\x01\x00\x00\x00\xff", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
		{"K\xda\x03add", "ValueError: bad marshal data (unknown type code)"},
		{"G\x01\x00\x00\x00\xda\x04Nope", "ValueError: bad marshal data (code field Nope)"},
		{strings.Repeat("[\x01\x00\x00\x00", 3000) + "N", "ValueError: recursion limit exceeded"},
	} {
		_, err := Loads([]byte(c.data))
		if got := excLine(err); got != c.want {
			t.Errorf("loads(%q): %s, want %s", c.data, got, c.want)
		}
	}
	if _, err := Dumps(py.NewStringDict(), 4); err != nil {
		t.Errorf("a gpython dict: %v", err)
	}
	if _, err := Dumps(&py.Module{}, 4); excLine(err) != "ValueError: unmarshallable object" {
		t.Errorf("a module: %v", err)
	}
	l := &py.List{}
	l.Items = append(l.Items, l)
	if _, err := Dumps(l, 2); excLine(err) != "ValueError: object too deeply nested to marshal" {
		t.Errorf("a recursive list without references: %v", err)
	}
}

func excLine(err error) string {
	if err == nil {
		return "no error"
	}
	var e *py.Exception
	switch x := err.(type) {
	case py.ExceptionInfo:
		e, _ = x.Value.(*py.Exception)
	case *py.Exception:
		e = x
	}
	if e == nil {
		return err.Error()
	}
	msg := ""
	if len(e.Args.(py.Tuple)) > 0 {
		s, _ := py.StrAsString(e.Args.(py.Tuple)[0])
		msg = s
	}
	return e.Base.Name + ": " + msg
}

// corpus returns Python sources: the compiler's test programs and the conformance
// scripts, and python3's standard library where it is installed.
func corpus(t *testing.T) []string {
	var files []string
	for _, pattern := range []string{"../../compiler/testdata/*.py", "../../tests/py/*/*.py", "../*/*.py"} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	if out, err := exec.Command("python3", "-c", "import sys; print(sys.prefix)").Output(); err == nil {
		m, _ := filepath.Glob(filepath.Join(strings.TrimSpace(string(out)), "lib", "python3.11", "*.py"))
		files = append(files, m...)
	}
	return files
}

// TestCodeRoundTrip writes every code object compiled from the corpus and checks that it
// reads back with every field equal.
func TestCodeRoundTrip(t *testing.T) {
	n := 0
	for _, f := range corpus(t) {
		src, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		code, err := compiler.Compile(string(src), f, py.ExecMode, 0, true)
		if err != nil {
			continue
		}
		b, err := Dumps(code, Version)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		back, err := Loads(b)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		sameCode(t, f, code, back.(*py.Code))
		n++
	}
	if n < 20 {
		t.Fatalf("only %d files compiled", n)
	}
}

// sameCode compares two code objects field by field (constants recursively).
func sameCode(t *testing.T, where string, a, b *py.Code) {
	t.Helper()
	va, vb := reflect.ValueOf(a).Elem(), reflect.ValueOf(b).Elem()
	for _, f := range fields() {
		if f.Type == tupleType {
			ca, cb := a.Consts, b.Consts
			if len(ca) != len(cb) {
				t.Fatalf("%s %s: %d constants, %d read back", where, a.Name, len(ca), len(cb))
			}
			for i := range ca {
				if x, ok := ca[i].(*py.Code); ok {
					sameCode(t, where, x, cb[i].(*py.Code))
					continue
				}
				ra, _ := py.ReprAsString(ca[i])
				rb, _ := py.ReprAsString(cb[i])
				if ra != rb || reflect.TypeOf(ca[i]) != reflect.TypeOf(cb[i]) {
					t.Fatalf("%s %s: constant %d is %s, read back %s", where, a.Name, i, ra, rb)
				}
			}
			continue
		}
		fa, fb := va.FieldByIndex(f.Index), vb.FieldByIndex(f.Index)
		if fa.Kind() == reflect.Slice && fa.Len() == 0 && fb.Len() == 0 {
			continue // nil or empty: the same to the VM
		}
		x, y := fa.Interface(), fb.Interface()
		if !reflect.DeepEqual(x, y) {
			t.Fatalf("%s %s: %s is %v, read back %v", where, a.Name, f.Name, x, y)
		}
	}
	if qa, qb := compiler.Qualname(a), compiler.Qualname(b); qa != qb {
		t.Fatalf("%s %s: qualified name %s, read back %s", where, a.Name, qa, qb)
	}
	for lasti := int32(1); lasti <= int32(len(a.Code)); lasti++ {
		if la, lb := compiler.LineOf(a, lasti), compiler.LineOf(b, lasti); la != lb {
			t.Fatalf("%s %s: line of %d is %d, read back %d", where, a.Name, lasti, la, lb)
		}
	}
}

// TestCodeRuns runs the compiler's test programs from their code objects read back, and
// compares their output with python3's (recorded in compiler/testdata).
func TestCodeRuns(t *testing.T) {
	files, _ := filepath.Glob("../../compiler/testdata/*.py")
	if len(files) == 0 {
		t.Skip("no programs")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".out")
		if err != nil {
			t.Fatal(err)
		}
		code, err := compiler.Compile(string(src), filepath.Base(f), py.ExecMode, 0, true)
		if err != nil {
			t.Fatal(err)
		}
		b, err := Dumps(code, Version)
		if err != nil {
			t.Fatal(err)
		}
		back, err := Loads(b)
		if err != nil {
			t.Fatal(err)
		}
		if got := run(t, back.(*py.Code)); got != string(want) {
			t.Errorf("%s: printed\n%s\nwant\n%s", f, got, want)
		}
	}
}

// run runs code as __main__ in a fresh context and returns what it printed (and the last
// line of the exception it ended with, as compiler/testdata records it).
func run(t *testing.T, code *py.Code) string {
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	var out strings.Builder
	sys, err := ctx.GetModule("sys")
	if err != nil {
		t.Fatal(err)
	}
	sys.Globals["stdout"] = &py.Module{Globals: py.StringDict{"write": py.MustNewMethod("write", func(_ py.Object, arg py.Object) (py.Object, error) {
		s, _ := arg.(py.String)
		out.WriteString(string(s))
		return py.Int(len(s)), nil
	}, 0, "")}}
	globals := py.StringDict{"__name__": py.String("__main__")}
	if _, err := ctx.RunCode(code, globals, globals, nil); err != nil {
		out.WriteString("!! " + excLine(err) + "\n")
	}
	return out.String()
}

// FuzzLoads feeds arbitrary data to Loads: it must return a value or an exception, never
// panic or allocate beyond a small multiple of its input.
func FuzzLoads(f *testing.F) {
	seeds := []py.Object{
		py.Tuple{py.Int(1), py.String("ab"), &py.List{Items: []py.Object{py.Float(1.5)}}, py.Bytes("x"), py.Complex(1i), py.True, py.Ellipsis},
		objects.NewDict(), py.String(strings.Repeat("é", 300)),
	}
	if code, err := compiler.Compile("def f(a, *b, c=1, **d):\n    return [x for x in b if x in d] + f'{a!r}'\n", "s.py", py.ExecMode, 0, true); err == nil {
		seeds = append(seeds, code)
	}
	for _, s := range seeds {
		for _, v := range []int{0, 2, 4} {
			if b, err := Dumps(s, v); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add([]byte("[\x02\x00\x00\x00r\x00\x00\x00\x00N"))
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := Loads(data)
		if err == nil && v == nil {
			t.Fatal("no value and no error")
		}
	})
}

// TestMain makes gopy's changes to gpython before the tests run, as interp does.
func TestMain(m *testing.M) { gpyhooks.TestMain(m) }
