package asyncio_test

import (
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/gopyrt/gopy/interp"
)

// TestModulesImport imports every module of the package (each embedded file) and runs a
// coroutine to its end; the conformance scripts in tests/py/asyncio check behaviour.
func TestModulesImport(t *testing.T) {
	files, err := fs.Glob(os.DirFS("."), "*.py")
	if err != nil {
		t.Fatal(err)
	}
	var src strings.Builder
	for _, f := range files {
		if f != "__init__.py" {
			src.WriteString("import asyncio." + strings.TrimSuffix(f, ".py") + "\n")
		}
	}
	src.WriteString(`import asyncio
async def main(x):
    await asyncio.sleep(0)
    return x
if asyncio.run(main(7)) != 7:
    raise SystemExit(5)
`)
	it := interp.New(interp.Options{})
	defer it.Close()
	if code := it.RunString(src.String(), nil); code != 0 {
		t.Fatalf("exit status %d", code)
	}
}
