package pickle_test

import (
	"bytes"
	"compress/gzip"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/gopyrt/gopy/internal/objects" // links the object model: dicts with any key, CPython set order
	"github.com/gopyrt/gopy/interp"
	"github.com/gopyrt/gopy/modules/pickle"
)

//go:generate python3 testdata/gen.py
//go:generate sh -c "python3 gen_compat.py | gofmt > compat_tables.go"

type fixture struct {
	Name   string `json:"name"`
	Proto  int    `json:"proto"`
	Kind   string `json:"kind"`
	Pickle string `json:"pickle"`
	Repr   string `json:"repr"`
	// Redump, when set, is CPython's pickle of the loaded copy (differs for some sets).
	Redump string `json:"redump"`
	data   []byte
	redump []byte
}

func loadFixtures(t testing.TB) []fixture {
	f, err := os.Open("testdata/fixtures.json.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var fx []fixture
	if err := json.NewDecoder(z).Decode(&fx); err != nil {
		t.Fatal(err)
	}
	for i := range fx {
		if fx[i].data, err = hex.DecodeString(fx[i].Pickle); err != nil {
			t.Fatal(err)
		}
		fx[i].redump = fx[i].data
		if fx[i].Redump != "" {
			if fx[i].redump, err = hex.DecodeString(fx[i].Redump); err != nil {
				t.Fatal(err)
			}
		}
	}
	return fx
}

// newContext returns an interpreter context whose sys.path finds testdata/fixture_classes.py.
func newContext(t testing.TB) py.Context {
	dir, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	it := interp.New(interp.Options{Path: []string{dir}})
	t.Cleanup(func() { it.Close() })
	ctx := it.Context()
	if err := py.Import(ctx, "fixture_classes"); err != nil {
		t.Fatalf("import fixture_classes: %v", err)
	}
	return ctx
}

// knownGaps lists fixtures gopy cannot match yet, with the reason; the test reports them
// and fails if one starts to pass, so the list stays honest.
var knownGaps = map[string]string{}

func TestFixturesLoadAndDump(t *testing.T) {
	ctx := newContext(t)
	fixtures := loadFixtures(t)
	passed := 0
	for _, fx := range fixtures {
		id := fmt.Sprintf("%s/proto%d", fx.Name, fx.Proto)
		err := checkFixture(ctx, fx)
		reason, gap := knownGaps[fx.Name]
		switch {
		case err != nil && gap:
			t.Logf("%s: known gap (%s): %v", id, reason, err)
		case err != nil:
			t.Errorf("%s: %v", id, err)
		case gap:
			t.Errorf("%s: listed as a known gap (%s) but passes: remove it from knownGaps", id, reason)
		default:
			passed++
		}
	}
	t.Logf("%d of %d fixtures load to the same repr and dump to the same bytes", passed, len(fixtures))
}

func checkFixture(ctx py.Context, fx fixture) error {
	obj, err := pickle.Loads(ctx, fx.data)
	if err != nil {
		return fmt.Errorf("loads: %v", err)
	}
	if fx.Kind == "value" {
		r, err := safeRepr(obj)
		if err != nil {
			return fmt.Errorf("repr: %v", err)
		}
		if r != fx.Repr {
			return fmt.Errorf("repr\n got %s\nwant %s", clip(r), clip(fx.Repr))
		}
	}
	if fx.Kind == "load" {
		return nil
	}
	out, err := pickle.Dumps(ctx, obj, fx.Proto)
	if err != nil {
		return fmt.Errorf("dumps: %v", err)
	}
	if !bytes.Equal(out, fx.redump) {
		i := 0
		for i < len(out) && i < len(fx.redump) && out[i] == fx.redump[i] {
			i++
		}
		from := max(0, i-40)
		return fmt.Errorf("dumps differs at byte %d\n got ...%s\nwant ...%s", i, clip(fmt.Sprintf("%q", out[from:])), clip(fmt.Sprintf("%q", fx.redump[from:])))
	}
	return nil
}

// safeRepr is objects.Repr, turning gpython's panics (repr of an exception without
// arguments) into errors.
func safeRepr(obj py.Object) (s string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("repr panicked: %v", r)
		}
	}()
	return objects.Repr(obj)
}

func clip(s string) string {
	if len(s) > 300 {
		return s[:300] + "..."
	}
	return s
}

type loadError struct {
	Pickle  string `json:"pickle"`
	Type    string `json:"type"`
	Message string `json:"message"`
}

// errorGaps lists error cases whose exception differs from CPython's, with the reason.
var errorGaps = map[string]string{}

func TestLoadErrors(t *testing.T) {
	ctx := newContext(t)
	raw, err := os.ReadFile("testdata/errors.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []loadError
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		data, _ := hex.DecodeString(c.Pickle)
		_, err := pickle.Loads(ctx, data)
		got := "no error"
		if err != nil {
			got = excString(err)
		}
		want := strings.TrimSpace(c.Type + ": " + c.Message)
		reason, gap := errorGaps[c.Pickle]
		switch {
		case got != want && gap:
			t.Logf("%q: known gap (%s): got %q", data, reason, got)
		case got != want:
			t.Errorf("%q:\n got %q\nwant %q", data, got, want)
		case gap:
			t.Errorf("%q: listed in errorGaps but matches now", data)
		}
	}
}

func excString(err error) string {
	e, ok := err.(*py.Exception)
	if !ok {
		return "Go error: " + err.Error()
	}
	msg := ""
	if len(e.Args.(py.Tuple)) > 0 {
		msg, _ = py.StrAsString(e.Args.(py.Tuple)[0])
	}
	return strings.TrimSpace(e.Base.Name + ": " + msg)
}
