// Package bench holds benchmarks that compare gopy with its references in the same run.
package bench

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

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

// TestPystoneSameResult checks that gopy's compiled code computes what python3 does, so
// the benchmark compares equal work.
func TestPystoneSameResult(t *testing.T) {
	python3 := python3Path(t)
	src := pystone(t, "200")
	ours := runWith(t, compiler.Compile, src)
	out, err := exec.Command(python3, "-c", src).Output()
	if err != nil {
		t.Skipf("python3: %v", err)
	}
	if ours != string(out) || ours == "" {
		t.Fatalf("gopy's code printed %q, python3 %q", ours, out)
	}
}

// BenchmarkPystone runs the pystone-like workload compiled by gopy and in python3,
// alternating them in the same run so that load on the machine affects both alike. It
// reports the fastest run of each (the least disturbed by other processes) and their
// ratio, gopy/python3 (python3's time excludes its start-up): go test -bench Pystone ./bench
func BenchmarkPystone(b *testing.B) {
	compare(b, pystone(b, "300"))
}

// python3Path finds the python3 interpreter (through a version manager's shim, which costs
// a start of its own), or skips.
func python3Path(t testing.TB) string {
	python3, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	if out, err := exec.Command(python3, "-c", "import sys; print(sys.executable)").Output(); err == nil {
		python3 = strings.TrimSpace(string(out))
	}
	return python3
}

// timedRun is run by python3: it times the execution of the source it reads on stdin
// (compiled beforehand) and prints the seconds on stderr.
const timedRun = `import sys, time
c = compile(sys.stdin.read(), "bench.py", "exec")
t = time.perf_counter()
exec(c, {"__name__": "__main__"})
print(time.perf_counter() - t, file=sys.stderr)`

// pythonRun runs src in python3 and returns how long its code ran.
func pythonRun(b *testing.B, python3, src string) time.Duration {
	cmd := exec.Command(python3, "-c", timedRun)
	cmd.Stdin = strings.NewReader(src)
	var errb strings.Builder
	cmd.Stderr = &errb
	if err := cmd.Run(); err != nil {
		b.Fatalf("python3: %v\n%s", err, errb.String())
	}
	secs, err := strconv.ParseFloat(strings.TrimSpace(errb.String()), 64)
	if err != nil {
		b.Fatalf("python3 printed %q", errb.String())
	}
	return time.Duration(secs * float64(time.Second))
}

// compare benchmarks src compiled by gopy against python3.
func compare(b *testing.B, src string) {
	python3 := python3Path(b)
	ours, err := compiler.Compile(src, "bench.py", py.ExecMode, 0, true)
	if err != nil {
		b.Fatal(err)
	}
	minTheirs, minOurs := time.Duration(1<<62), time.Duration(1<<62)
	for i := 0; i < b.N; i++ {
		minTheirs = min(minTheirs, pythonRun(b, python3, src))
		start := time.Now()
		runCode(b, ours)
		minOurs = min(minOurs, time.Since(start))
	}
	b.ReportMetric(float64(minTheirs.Nanoseconds()), "python3-ns/run")
	b.ReportMetric(float64(minOurs.Nanoseconds()), "gopy-ns/run")
	b.ReportMetric(float64(minOurs)/float64(minTheirs), "gopy/python3")
}
