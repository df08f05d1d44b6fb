package bench

import (
	"encoding/json"
	"os/exec"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/interp"
	"github.com/gopyrt/gopy/modules/importlib"
)

// pythonJSONBench builds a document of about 10 MB in python3 (records of ints, floats,
// ASCII and non-ASCII strings, booleans, null, nested lists and objects), times CPython's
// json.dumps and json.loads on it (its C accelerator) and prints the document with the
// times.
const pythonJSONBench = `
import json, sys, timeit
rows = [{'id': i, 'name': 'user%d' % i, 'email': 'u%d@example.com' % i,
         'score': i * 1.25, 'ratio': i / 7, 'active': i % 3 == 0, 'note': None,
         'tags': ['alpha', 'beta', 'gamma'][: i % 4], 'text': 'h\u00e9llo w\u00f6rld \u4e16\u754c',
         'pos': {'x': i % 100, 'y': -i, 'z': [1.5, 2.5]}}
        for i in range(38000)]
doc = {'rows': rows, 'count': len(rows)}
text = json.dumps(doc)
n = 3
d = min(timeit.repeat(lambda: json.dumps(doc), number=n, repeat=3)) / n
l = min(timeit.repeat(lambda: json.loads(text), number=n, repeat=3)) / n
json.dump({'doc': text, 'dumps_ns': d * 1e9, 'loads_ns': l * 1e9}, sys.stdout)
`

type pythonJSON struct {
	Doc     string  `json:"doc"`
	DumpsNs float64 `json:"dumps_ns"`
	LoadsNs float64 `json:"loads_ns"`
}

// setupJSON runs the python3 side and returns gopy's json.dumps and json.loads, the
// document, and the document as gopy objects.
func setupJSON(b *testing.B) (dumps, loads py.Object, r pythonJSON, doc py.Object) {
	out, err := exec.Command("python3", "-c", pythonJSONBench).Output()
	if err != nil {
		b.Skipf("python3: %v", err)
	}
	if err := json.Unmarshal(out, &r); err != nil {
		b.Fatal(err)
	}
	it := interp.New(interp.Options{})
	b.Cleanup(func() { it.Close() })
	m, err := importlib.Import(it.Context(), "json", nil, nil, 0)
	if err != nil {
		b.Fatal(err)
	}
	dumps, _ = py.GetAttrString(m, "dumps")
	loads, _ = py.GetAttrString(m, "loads")
	if doc, err = py.Call(loads, py.Tuple{py.String(r.Doc)}, nil); err != nil {
		b.Fatal(err)
	}
	again, err := py.Call(dumps, py.Tuple{doc}, nil)
	if err != nil {
		b.Fatal(err)
	}
	if string(again.(py.String)) != r.Doc {
		b.Fatal("gopy's json.dumps of the document differs from CPython's")
	}
	return dumps, loads, r, doc
}

// BenchmarkJSONDumps times json.dumps of the 10 MB document; python3-ns/op is CPython's
// time in the same run and x-python3 the ratio.
func BenchmarkJSONDumps(b *testing.B) {
	dumps, _, r, doc := setupJSON(b)
	b.SetBytes(int64(len(r.Doc)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := py.Call(dumps, py.Tuple{doc}, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	report(b, r.DumpsNs)
}

// BenchmarkJSONLoads times json.loads of the 10 MB document, with CPython's time alongside.
func BenchmarkJSONLoads(b *testing.B) {
	_, loads, r, _ := setupJSON(b)
	text := py.String(r.Doc)
	b.SetBytes(int64(len(r.Doc)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := py.Call(loads, py.Tuple{text}, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	report(b, r.LoadsNs)
}
