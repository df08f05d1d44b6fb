package bench

import "testing"

// finalizeBench times one workload of BenchmarkFinalize (its first argument) and writes
// the seconds it took to the file named by its second.
const finalizeBench = `
import gc, sys, time

class D:
    def __del__(self):
        pass

def local_with_del():
    x = D()

def plain():
    x = object()

def work(kind):
    if kind == "return":          # a collection at every return
        for i in range(2000):
            local_with_del()
    elif kind == "del":           # a collection at every del
        for i in range(2000):
            x = D()
            del x
    elif kind == "rebind":        # a collection at every rebinding of x
        for i in range(2000):
            x = D()
    elif kind == "calls-live":    # returns while a finalizable object lives: no collection
        keep = D()
        for i in range(20000):
            plain()
    elif kind == "calls":         # the same without any
        for i in range(20000):
            plain()
    elif kind == "gc.collect":    # one explicit collection, 200 times
        for i in range(200):
            gc.collect()

kind, out = sys.argv[1], sys.argv[2]
start = time.perf_counter()
work(kind)
with open(out, "w") as f:
    f.write(str(time.perf_counter() - start))
`

// BenchmarkFinalize measures the finalization points of package finalize (issue 16): the
// cost of the collections run at a function's return and at del when an object with
// __del__ was dropped (gopy runs Go's collector there; CPython frees by reference count,
// so its time is the floor), the cost of returns while such an object stays alive (no
// collection: one comparison per return), and gc.collect(). It reports gopy's and
// python3's seconds for each workload, in the same run.
func BenchmarkFinalize(b *testing.B) {
	script := writeScript(b, "finalize_bench.py", finalizeBench)
	for _, kind := range []string{"return", "del", "rebind", "calls-live", "calls", "gc.collect"} {
		b.Run(kind, func(b *testing.B) {
			var gopy, cpython float64
			for i := 0; i < b.N; i++ {
				g, c := runBoth(b, script, kind)
				gopy += g
				cpython += c
			}
			b.ReportMetric(gopy/float64(b.N), "gopy-s")
			b.ReportMetric(cpython/float64(b.N), "python3-s")
		})
	}
}
