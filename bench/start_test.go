package bench

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gopyrt/gopy/interp"
)

// startBench starts and joins n processes with a trivial target, one after the other, with
// the start method of argv[1], and writes the mean seconds per start()+join() to the file
// named by argv[4]. argv[2] sizes a list of ints made in the main guard, state a 'fork'
// child receives (python3's fork copies it lazily, page by page); argv[3] is the number of
// iterations of a loop at the top of the script, outside the guard, which a 'spawn' child
// runs again and a 'fork' child does not.
const startBench = `
import sys, time, resource, multiprocessing as mp

def nothing():
    pass

setup = 0
for i in range(int(sys.argv[3])):
    setup += i * i

if __name__ == "__main__":
    method, size, out = sys.argv[1], int(sys.argv[2]), sys.argv[4]
    state = list(range(size))
    ctx = mp.get_context(method)
    n = 20
    w = ctx.Process(target=nothing)  # warm up: imports, first-use costs
    w.start()
    w.join()
    def cpu():
        return sum(r.ru_utime + r.ru_stime for r in map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)))
    start, cpu0 = time.perf_counter(), cpu()
    for i in range(n):
        p = ctx.Process(target=nothing)
        p.start()
        p.join()
    with open(out, "w") as f:
        f.write("%r %r" % ((time.perf_counter() - start) / n, (cpu() - cpu0) / n))
`

// BenchmarkStart reports the mean time of Process.start()+join() of a trivial target
// under each start method (gopy-s/start), with python3 running the same script in the same
// run (python3-s/start), and the CPU time parent and child spent per start (-cpu-s/start:
// steadier than wall time on a loaded machine): with an empty main namespace, with one holding a list of 100,000
// ints, and of 1,000,000 ints (a 'fork' start pickles it once, then reuses it while it
// does not change, and the child decodes it from a compact form), and with a top-level set-up
// loop of 300,000 iterations. Each b.N runs the script
// once: go test -run XXX -bench Start ./bench
func BenchmarkStart(b *testing.B) {
	dir := b.TempDir()
	script := filepath.Join(dir, "start_bench.py")
	if err := os.WriteFile(script, []byte(startBench), 0o644); err != nil {
		b.Fatal(err)
	}
	// seconds reads the wall and CPU seconds the script wrote.
	seconds := func(out string) (wall, cpu float64) {
		data, err := os.ReadFile(out)
		if err != nil {
			b.Fatal(err)
		}
		f := strings.Fields(string(data))
		if len(f) != 2 {
			b.Fatalf("malformed output %q", data)
		}
		var err1, err2 error
		wall, err1 = strconv.ParseFloat(f[0], 64)
		cpu, err2 = strconv.ParseFloat(f[1], 64)
		if err1 != nil || err2 != nil {
			b.Fatalf("malformed output %q", data)
		}
		return wall, cpu
	}
	for _, method := range []string{"fork", "spawn"} {
		for _, v := range []struct {
			name        string
			size, setup int
		}{{"empty", 0, 0}, {"state", 100000, 0}, {"bigstate", 1000000, 0}, {"setup", 0, 300000}} {
			b.Run(method+"/"+v.name, func(b *testing.B) {
				args := []string{method, strconv.Itoa(v.size), strconv.Itoa(v.setup)}
				var gopy, cpython, gopyCPU, cpythonCPU float64
				for i := 0; i < b.N; i++ {
					out := filepath.Join(dir, "gopy.out")
					it := interp.New(interp.Options{})
					code, err := it.RunFile(script, append(args, out))
					it.Close()
					if err != nil || code != 0 {
						b.Fatalf("gopy: status %d, %v", code, err)
					}
					wall, cpu := seconds(out)
					gopy, gopyCPU = gopy+wall, gopyCPU+cpu
					out = filepath.Join(dir, "python3.out")
					if err := exec.Command("python3", append([]string{script}, append(args, out)...)...).Run(); err != nil {
						b.Skipf("python3: %v", err)
					}
					wall, cpu = seconds(out)
					cpython, cpythonCPU = cpython+wall, cpythonCPU+cpu
				}
				b.ReportMetric(gopy/float64(b.N), "gopy-s/start")
				b.ReportMetric(cpython/float64(b.N), "python3-s/start")
				b.ReportMetric(gopyCPU/float64(b.N), "gopy-cpu-s/start")
				b.ReportMetric(cpythonCPU/float64(b.N), "python3-cpu-s/start")
			})
		}
	}
}

// BenchmarkInterpreterStart reports what one `-c pass` run of the gopy command costs, in
// wall time and in CPU time (user+system of the process, less disturbed by a loaded
// machine), with python3's interpreter binary (`sys.executable`, not a version manager's
// shim) run the same way in the same loop: gopy-ms/run, gopy-cpu-ms/run, python3-ms/run,
// python3-cpu-ms/run. python3 runs with -S too (python3-S-*), since the site module of a
// version-managed python3 may import much. Every spawned child and Pool worker pays gopy's
// start. go test -run XXX -bench InterpreterStart ./bench
func BenchmarkInterpreterStart(b *testing.B) {
	gopy := filepath.Join(b.TempDir(), "gopy")
	if out, err := exec.Command("go", "build", "-o", gopy, "github.com/gopyrt/gopy/cmd/gopy").CombinedOutput(); err != nil {
		b.Fatalf("building gopy: %v\n%s", err, out)
	}
	python3 := python3Path(b)
	type total struct{ wall, cpu time.Duration }
	runs := map[string]*total{"gopy": {}, "python3": {}, "python3-S": {}}
	cmds := map[string][]string{"gopy": {gopy, "-c", "pass"}, "python3": {python3, "-c", "pass"},
		"python3-S": {python3, "-S", "-c", "pass"}}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, name := range []string{"gopy", "python3", "python3-S"} {
			cmd := exec.Command(cmds[name][0], cmds[name][1:]...)
			start := time.Now()
			if err := cmd.Run(); err != nil {
				b.Fatalf("%s: %v", name, err)
			}
			runs[name].wall += time.Since(start)
			runs[name].cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		}
	}
	for name, t := range runs {
		b.ReportMetric(float64(t.wall.Microseconds())/1000/float64(b.N), name+"-ms/run")
		b.ReportMetric(float64(t.cpu.Microseconds())/1000/float64(b.N), name+"-cpu-ms/run")
	}
}
