package syntax

import (
	"bytes"
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	gpyparser "github.com/go-python/gpython/parser"
	"github.com/go-python/gpython/py"
)

// benchSource is a 10,000-line module in the Python 3.4 that gpython's parser reads too.
func benchSource() []byte {
	const unit = `class Shape%[1]d(object):
    """A shape with an area."""
    sides = %[1]d

    def __init__(self, name, *args, **kwargs):
        self.name = name
        self.points = [(x, y) for x, y in zip(args[::2], args[1::2]) if x >= 0]
        self.options = {k: v for k, v in kwargs.items()}

    def area(self, scale=1.0):
        total = 0
        for i, (x, y) in enumerate(self.points):
            if i %% 2 == 0 and x > y or not self.points:
                total += x * y - (x ** 2) / (y + 1)
            elif x < -1:
                total -= abs(x) // 3 << 1
            else:
                continue
        return total * scale if total else None

    def describe(self):
        try:
            return "%%s has %%d sides: %%r" %% (self.name, self.sides, self.options.get("color", 'none'))
        except (KeyError, ValueError) as e:
            raise RuntimeError("bad shape") from e
        finally:
            pass


def make_shapes%[1]d(n):
    shapes = []
    while n > 0:
        shapes.append(Shape%[1]d("s%%d" %% n, n, n + 1, lambda a, b=2: a + b))
        n -= 1
    with open("/dev/null") as f:
        f.write(str(len(shapes)))
    return sorted(shapes, key=lambda s: (s.sides, s.name), reverse=True)[0:10]

`
	var b bytes.Buffer
	for i := 0; strings.Count(b.String(), "\n") < 10000; i++ {
		fmt.Fprintf(&b, unit, i)
	}
	return b.Bytes()
}

// cpuTime is the CPU time used by the process so far: on a loaded machine it compares
// two parsers better than the wall time, and the benchmarks report it as cpu-ns/op.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// BenchmarkParse parses a 10,000-line module with gopy's parser.
func BenchmarkParse(b *testing.B) {
	src := benchSource()
	b.SetBytes(int64(len(src)))
	defer reportCPU(b, cpuTime())
	for i := 0; i < b.N; i++ {
		if _, err := Parse("bench.py", src, ModeExec); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseGPython parses the same module with gpython's parser, for comparison.
func BenchmarkParseGPython(b *testing.B) {
	src := benchSource()
	b.SetBytes(int64(len(src)))
	defer reportCPU(b, cpuTime())
	for i := 0; i < b.N; i++ {
		if _, err := gpyparser.Parse(bytes.NewReader(src), "bench.py", py.ExecMode); err != nil {
			b.Fatal(err)
		}
	}
}
