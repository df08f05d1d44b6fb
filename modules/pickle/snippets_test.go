package pickle_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp"
)

// TestSnippets runs each script of testdata/snippets as __main__ in gopy and compares
// repr(result) with what python3 computed (testdata/snippets.json, written by gen.py).
func TestSnippets(t *testing.T) {
	raw, err := os.ReadFile("testdata/snippets.json")
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]string
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	for name, w := range want {
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", "snippets", name))
			if err != nil {
				t.Fatal(err)
			}
			it := interp.New(interp.Options{})
			defer it.Close()
			ctx := it.Context()
			m, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__"}})
			if err != nil {
				t.Fatal(err)
			}
			if err := interp.RunModuleSource(ctx, m, string(src), name); err != nil {
				t.Fatalf("%s: %v", name, excString(err))
			}
			got, err := objects.Repr(m.Globals["result"])
			if err != nil {
				t.Fatal(err)
			}
			if got != w {
				i := 0
				for i < len(got) && i < len(w) && got[i] == w[i] {
					i++
				}
				from := max(0, i-150)
				t.Errorf("repr(result) differs at byte %d\n got ...%s\nwant ...%s", i, clip(got[from:]), clip(w[from:]))
			}
		})
	}
}
