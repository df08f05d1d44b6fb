package pickle_test

import (
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/gopyrt/gopy/modules/pickle"
)

// FuzzLoads feeds random and mutated pickles to the unpickler (and re-pickles what loads):
// every input must give an object or a Python exception, never a Go panic (the unpickler
// turns a panic into SystemError "pickle: ...", which fails here), a hang or an allocation
// sized by a forged length. The seed corpus is every fixture and every malformed input.
//
//	go test -run '^$' -fuzz FuzzLoads -fuzztime 60s ./modules/pickle
func FuzzLoads(f *testing.F) {
	for i, fx := range loadFixtures(f) {
		if len(fx.data) < 4096 || i%7 == 0 {
			f.Add(fx.data)
		}
	}
	raw, err := os.ReadFile("testdata/errors.json")
	if err != nil {
		f.Fatal(err)
	}
	var cases []loadError
	if err := json.Unmarshal(raw, &cases); err != nil {
		f.Fatal(err)
	}
	for _, c := range cases {
		data, _ := hex.DecodeString(c.Pickle)
		f.Add(data)
	}
	ctx := newContext(f)
	// While fuzzing (not in normal test runs, which have no timed assertions), a slow input
	// is reported as a failure so that it lands in the corpus.
	fuzzing := flag.Lookup("test.fuzz").Value.String() != ""
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		defer func() {
			if d := time.Since(start); fuzzing && d > 5*time.Second {
				t.Fatalf("%q took %v", data, d)
			}
		}()
		obj, err := pickle.Loads(ctx, data)
		if err != nil {
			checkNotPanic(t, data, err)
			return
		}
		for proto := 0; proto <= pickle.HighestProtocol; proto++ {
			if _, err := pickle.Dumps(ctx, obj, proto); err != nil {
				checkNotPanic(t, data, err)
			}
		}
	})
}

func checkNotPanic(t *testing.T, data []byte, err error) {
	e, ok := err.(*py.Exception)
	if !ok {
		t.Fatalf("%q: non-Python error %v", data, err)
	}
	if e.Base == py.SystemError {
		if msg := excString(err); strings.Contains(msg, "pickle: ") {
			t.Fatalf("%q: Go panic: %s", data, msg)
		}
	}
}
