// Package bench holds benchmarks that compare gopy with CPython 3.11 in the same run.
package bench

import (
	"encoding/base64"
	"encoding/json"
	"os/exec"
	"testing"

	"github.com/go-python/gpython/py"
	_ "github.com/gopyrt/gopy/internal/objects" // the object model: the tree has int keys and a set
	"github.com/gopyrt/gopy/interp"
	"github.com/gopyrt/gopy/modules/pickle"
)

// pythonPickleBench builds the mixed object tree in python3, pickles it with protocol 4 and
// times CPython's C pickler on it; it returns the pickle and CPython's ns per dumps and loads.
const pythonPickleBench = `
import base64, json, pickle, sys, timeit
tree = {
    'users': [{'id': i, 'name': 'user%d' % i, 'email': 'u%d@example.com' % i,
               'scores': [i * 0.5, i * 1.25, -i], 'active': i % 3 == 0,
               'tags': ('a', 'b', 'c')[: i % 4], 'blob': bytes(range(i % 32))}
              for i in range(2000)],
    'index': {i: 'k%d' % i for i in range(1000)},
    'ids': set(range(500)),
    'matrix': [[float(i * j) for j in range(20)] for i in range(50)],
    'big': [2**70 + i for i in range(100)],
    'text': 'lorem ipsum ' * 500,
}
data = pickle.dumps(tree, 4)
n = 20
d = min(timeit.repeat(lambda: pickle.dumps(tree, 4), number=n, repeat=5)) / n
l = min(timeit.repeat(lambda: pickle.loads(data), number=n, repeat=5)) / n
json.dump({'pickle': base64.b64encode(data).decode(), 'dumps_ns': d * 1e9, 'loads_ns': l * 1e9}, sys.stdout)
`

type pythonResult struct {
	Pickle  string  `json:"pickle"`
	DumpsNs float64 `json:"dumps_ns"`
	LoadsNs float64 `json:"loads_ns"`
}

func runPython(b *testing.B) ([]byte, pythonResult) {
	out, err := exec.Command("python3", "-c", pythonPickleBench).Output()
	if err != nil {
		b.Skipf("python3: %v", err)
	}
	var r pythonResult
	if err := json.Unmarshal(out, &r); err != nil {
		b.Fatal(err)
	}
	data, err := base64.StdEncoding.DecodeString(r.Pickle)
	if err != nil {
		b.Fatal(err)
	}
	return data, r
}

func setup(b *testing.B) (py.Context, []byte, pythonResult, py.Object) {
	data, r := runPython(b)
	it := interp.New(interp.Options{})
	b.Cleanup(func() { it.Close() })
	ctx := it.Context()
	tree, err := pickle.Loads(ctx, data)
	if err != nil {
		b.Fatal(err)
	}
	again, err := pickle.Dumps(ctx, tree, 4)
	if err != nil {
		b.Fatal(err)
	}
	if string(again) != string(data) {
		b.Fatalf("gopy's pickle of the tree differs from CPython's (%d vs %d bytes)", len(again), len(data))
	}
	return ctx, data, r, tree
}

// BenchmarkPickleDumps times pickle.dumps(tree, 4) on the mixed tree; python3-ns/op is
// CPython's C pickler on the same tree in the same run, and x-python3 the ratio.
func BenchmarkPickleDumps(b *testing.B) {
	ctx, data, r, tree := setup(b)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := pickle.Dumps(ctx, tree, 4); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	report(b, r.DumpsNs)
}

// BenchmarkPickleLoads times pickle.loads of the tree's pickle, with CPython's time alongside.
func BenchmarkPickleLoads(b *testing.B) {
	ctx, data, r, _ := setup(b)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := pickle.Loads(ctx, data); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	report(b, r.LoadsNs)
}

func report(b *testing.B, pythonNs float64) {
	gopyNs := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(pythonNs, "python3-ns/op")
	b.ReportMetric(gopyNs/pythonNs, "x-python3")
}
