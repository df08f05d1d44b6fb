// Package bench holds benchmarks that compare gopy with its references in the same run.
package bench

import (
	"os"
	"strings"
	"testing"
	"time"

	gpycompile "github.com/go-python/gpython/compile"
	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"

	"github.com/gopyrt/gopy/compiler"
)

// compileFunc is the signature of py.Compile.
type compileFunc func(src, filename string, mode py.CompileMode, flags int, dontInherit bool) (*py.Code, error)

// pystone returns the pystone-like workload with its loop count.
func pystone(t testing.TB, loops string) string {
	src, err := os.ReadFile("testdata/pystone_like.py")
	if err != nil {
		t.Fatal(err)
	}
	return strings.Replace(string(src), "LOOPS", loops, 1)
}

// runWith compiles src with compile and runs it in a fresh context, returning its output.
func runWith(t testing.TB, compile compileFunc, src string) string {
	code, err := compile(src, "pystone_like.py", py.ExecMode, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	return runCode(t, code)
}

// runCode runs code in a fresh context, returning what it printed.
func runCode(t testing.TB, code *py.Code) string {
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	var out strings.Builder
	sys, err := ctx.GetModule("sys")
	if err != nil {
		t.Fatal(err)
	}
	sys.Globals["stdout"] = &py.Module{Globals: py.StringDict{"write": py.MustNewMethod("write", func(_ py.Object, arg py.Object) (py.Object, error) {
		out.WriteString(string(arg.(py.String)))
		return py.None, nil
	}, 0, "")}}
	globals := py.StringDict{"__name__": py.String("__main__")}
	if _, err := ctx.RunCode(code, globals, globals, nil); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// TestPystoneSameResult checks that both compilers compute the same thing, so the
// benchmark compares equal work.
func TestPystoneSameResult(t *testing.T) {
	src := pystone(t, "200")
	ours, theirs := runWith(t, compiler.Compile, src), runWith(t, gpycompile.Compile, src)
	if ours != theirs || ours == "" {
		t.Fatalf("gopy's compiler printed %q, gpython's %q", ours, theirs)
	}
}

// BenchmarkPystone runs the pystone-like workload compiled by gpython's compiler and by
// gopy's, alternating them in the same run so that load on the machine affects both
// alike. It reports the fastest run of each (the least disturbed by other processes) and
// their ratio, gopy/gpython (below 1: gopy's code is faster): go test -bench Pystone ./bench
func BenchmarkPystone(b *testing.B) {
	compare(b, pystone(b, "300"))
}

// compare benchmarks src compiled both ways.
func compare(b *testing.B, src string) {
	theirs, err := gpycompile.Compile(src, "bench.py", py.ExecMode, 0, true)
	if err != nil {
		b.Fatal(err)
	}
	ours, err := compiler.Compile(src, "bench.py", py.ExecMode, 0, true)
	if err != nil {
		b.Fatal(err)
	}
	minTheirs, minOurs := time.Duration(1<<62), time.Duration(1<<62)
	for i := 0; i < b.N; i++ {
		start := time.Now()
		runCode(b, theirs)
		mid := time.Now()
		runCode(b, ours)
		minTheirs = min(minTheirs, mid.Sub(start))
		minOurs = min(minOurs, time.Since(mid))
	}
	b.ReportMetric(float64(minTheirs.Nanoseconds()), "gpython-ns/run")
	b.ReportMetric(float64(minOurs.Nanoseconds()), "gopy-ns/run")
	b.ReportMetric(float64(minOurs)/float64(minTheirs), "gopy/gpython")
}
