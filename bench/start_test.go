package bench

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gopyrt/gopy/interp"
)

// startBench starts and joins n processes with a trivial target, one after the other, with
// the start method of argv[1], and writes the mean seconds per start()+join() to the file
// named by argv[4]. argv[2] sizes a list of ints made in the main guard, state a 'fork'
// child receives (python3's fork copies it lazily, page by page); argv[3] is the number of
// iterations of a loop at the top of the script, outside the guard, which a 'spawn' child
// runs again and a 'fork' child does not.
const startBench = `
import sys, time, multiprocessing as mp

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
    start = time.perf_counter()
    for i in range(n):
        p = ctx.Process(target=nothing)
        p.start()
        p.join()
    with open(out, "w") as f:
        f.write(str((time.perf_counter() - start) / n))
`

// BenchmarkStart reports the mean time of Process.start()+join() of a trivial target
// under each start method (gopy-s/start), with python3 running the same script in the same
// run (python3-s/start): with an empty main namespace, with one holding a list of 100,000
// ints, and of 1,000,000 ints (a 'fork' start pickles it once, then reuses it while it
// does not change: the child's unpickling is what remains), and with a top-level set-up
// loop of 300,000 iterations. Each b.N runs the script
// once: go test -run XXX -bench Start ./bench
func BenchmarkStart(b *testing.B) {
	dir := b.TempDir()
	script := filepath.Join(dir, "start_bench.py")
	if err := os.WriteFile(script, []byte(startBench), 0o644); err != nil {
		b.Fatal(err)
	}
	seconds := func(out string) float64 {
		data, err := os.ReadFile(out)
		if err != nil {
			b.Fatal(err)
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(string(data)), 64)
		if err != nil {
			b.Fatal(err)
		}
		return v
	}
	for _, method := range []string{"fork", "spawn"} {
		for _, v := range []struct {
			name        string
			size, setup int
		}{{"empty", 0, 0}, {"state", 100000, 0}, {"bigstate", 1000000, 0}, {"setup", 0, 300000}} {
			b.Run(method+"/"+v.name, func(b *testing.B) {
				args := []string{method, strconv.Itoa(v.size), strconv.Itoa(v.setup)}
				var gopy, cpython float64
				for i := 0; i < b.N; i++ {
					out := filepath.Join(dir, "gopy.out")
					it := interp.New(interp.Options{})
					code, err := it.RunFile(script, append(args, out))
					it.Close()
					if err != nil || code != 0 {
						b.Fatalf("gopy: status %d, %v", code, err)
					}
					gopy += seconds(out)
					out = filepath.Join(dir, "python3.out")
					if err := exec.Command("python3", append([]string{script}, append(args, out)...)...).Run(); err != nil {
						b.Skipf("python3: %v", err)
					}
					cpython += seconds(out)
				}
				b.ReportMetric(gopy/float64(b.N), "gopy-s/start")
				b.ReportMetric(cpython/float64(b.N), "python3-s/start")
			})
		}
	}
}
