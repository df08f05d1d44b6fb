package objects

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"
)

// The scripts in testdata/py run under gpython's own compiler with this package's builtins and
// methods installed, and their output is compared with testdata/py/*.out, which python3 (3.11)
// produced (testdata/regen.sh). gpython's compiler does not route displays, % and comparisons
// to compiler.RT, so the scripts reach those through the _mod, _cmp and _fv helpers that
// testdata/prelude.py defines identically for python3.

var runOne = flag.String("script", "", "run only this script from testdata/py")

type captureFile struct{ b *strings.Builder }

var captureType = py.NewType("capture", "")

func (c *captureFile) Type() *py.Type { return captureType }

func init() {
	captureType.Dict["write"] = py.MustNewMethod("write", func(self py.Object, args py.Tuple) (py.Object, error) {
		s, _ := args[0].(py.String)
		self.(*captureFile).b.WriteString(string(s))
		return py.Int(len(s)), nil
	}, 0, "")
	captureType.Dict["flush"] = py.MustNewMethod("flush", func(self py.Object, args py.Tuple) (py.Object, error) {
		return py.None, nil
	}, 0, "")
	builtinsForTests()
}

func builtinsForTests() {
	impl := py.GetModuleImpl("builtins")
	impl.Methods = append(impl.Methods,
		py.MustNewMethod("_mod", func(self py.Object, args py.Tuple) (py.Object, error) { return Mod(args[0], args[1]) }, 0, ""),
		py.MustNewMethod("_cmp", func(self py.Object, args py.Tuple) (py.Object, error) {
			return Compare(string(args[0].(py.String)), args[1], args[2])
		}, 0, ""),
		py.MustNewMethod("_getitem", func(self py.Object, args py.Tuple) (py.Object, error) { return GetItem(args[0], args[1]) }, 0, ""),
		py.MustNewMethod("_in", func(self py.Object, args py.Tuple) (py.Object, error) {
			ok, err := Contains(args[1], args[0])
			return py.NewBool(ok), err
		}, 0, ""),
		py.MustNewMethod("_fv", func(self py.Object, args py.Tuple) (py.Object, error) {
			conv := byte(0)
			if s := string(args[1].(py.String)); s != "" {
				conv = s[0]
			}
			return FormatValue(args[0], conv, string(args[2].(py.String)))
		}, 0, ""),
	)
}

// runPython runs src and returns what it printed, plus the error that ended it.
func runPython(t *testing.T, src string) (string, error) {
	t.Helper()
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	var out strings.Builder
	sys, err := ctx.GetModule("sys")
	if err != nil {
		t.Fatal(err)
	}
	sys.Globals["stdout"] = &captureFile{&out}
	code, err := py.Compile(src, "<test>", py.ExecMode, 0, true)
	if err != nil {
		return out.String(), err
	}
	_, err = py.RunCode(ctx, code, "<test>", nil)
	return out.String(), err
}

func TestScripts(t *testing.T) {
	files, _ := filepath.Glob("testdata/py/*.py")
	if len(files) == 0 {
		t.Fatal("no scripts")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		if *runOne != "" && *runOne != name {
			continue
		}
		t.Run(name, func(t *testing.T) {
			src, _ := os.ReadFile(f)
			want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			got, err := runPython(t, string(src))
			if err != nil {
				t.Errorf("error: %v", err)
			}
			if got != string(want) {
				gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
				for i := 0; i < len(gl) || i < len(wl); i++ {
					var g, w string
					if i < len(gl) {
						g = gl[i]
					}
					if i < len(wl) {
						w = wl[i]
					}
					if g != w {
						t.Errorf("line %d:\n got: %q\nwant: %q", i+1, g, w)
					}
				}
			}
		})
	}
}
