package bench

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/gopyrt/gopy/interp"
)

// BenchmarkObjects runs a dict/set/sort/format workload (testdata/objects_like.py) in gopy
// (in this process, package objects' types) and in python3, alternating them in the same
// run, and reports the fastest time of each and their ratio gopy/python3 (python3's time
// includes its start-up, about 15 ms): go test -bench Objects ./bench
func BenchmarkObjects(b *testing.B) {
	python3, err := exec.LookPath("python3")
	if err != nil {
		b.Skip("python3 not found")
	}
	// python3 may be a version-manager shim (pyenv's costs ~0.5 s a start): run the
	// interpreter it resolves to.
	if out, err := exec.Command(python3, "-c", "import sys; print(sys.executable)").Output(); err == nil {
		python3 = strings.TrimSpace(string(out))
	}
	srcBytes, err := os.ReadFile("testdata/objects_like.py")
	if err != nil {
		b.Fatal(err)
	}
	src := strings.Replace(string(srcBytes), "LOOPS", "20000", 1)
	var bestGopy, bestPython time.Duration
	for i := 0; i < b.N; i++ {
		start := time.Now()
		it := interp.New(interp.Options{})
		if status := it.RunString(src, nil); status != 0 {
			b.Fatalf("gopy exited with %d", status)
		}
		it.Close()
		if d := time.Since(start); bestGopy == 0 || d < bestGopy {
			bestGopy = d
		}
		start = time.Now()
		cmd := exec.Command(python3, "-c", src)
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("python3: %v\n%s", err, out)
		}
		if d := time.Since(start); bestPython == 0 || d < bestPython {
			bestPython = d
		}
	}
	b.ReportMetric(float64(bestGopy.Microseconds())/1000, "gopy-ms")
	b.ReportMetric(float64(bestPython.Microseconds())/1000, "python3-ms")
	b.ReportMetric(float64(bestGopy)/float64(bestPython), "gopy/python3")
}
