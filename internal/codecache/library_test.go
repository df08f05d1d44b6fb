package codecache_test

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/codecache"
	"github.com/gopyrt/gopy/internal/libsrc"
	_ "github.com/gopyrt/gopy/interp" // every library module registered
	"github.com/gopyrt/gopy/modules/marshal"
)

// libraryModules are registered modules written in Python, large and small.
var libraryModules = []string{"typing", "enum", "dataclasses", "decimal", "collections", "collections.abc",
	"argparse", "logging", "datetime", "inspect", "unittest", "pathlib", "functools", "threading",
	"multiprocessing.pool", "multiprocessing.managers", "traceback", "re", "io", "copy", "random"}

// TestSameCode compiles library modules into an empty cache, then loads each back and
// checks that it is what compiling gave: the same marshal data (fields, constants, and
// the compiler's tables) and the same positions for every instruction.
func TestSameCode(t *testing.T) {
	root := t.TempDir()
	codecache.UseDir(t, root)
	n := 0
	for _, name := range libraryModules {
		impl := py.GetModuleImpl(name)
		if impl == nil {
			continue
		}
		src := libsrc.Source(impl)
		if src == "" {
			continue
		}
		compiled, err := codecache.Compile(src, impl.Info.FileDesc, 0)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		path := filepath.Join(codecache.Dir(), codecache.EntryName(src, impl.Info.FileDesc, 0))
		loaded := codecache.Load(path)
		if loaded == nil {
			t.Fatalf("%s: no entry at %s", name, path)
		}
		again, err := codecache.Compile(src, impl.Info.FileDesc, 0)
		if err != nil {
			t.Fatal(err)
		}
		a, err := marshal.Dumps(compiled, marshal.Version)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []*py.Code{loaded, again} {
			b, err := marshal.Dumps(c, marshal.Version)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a, b) {
				t.Fatalf("%s: the cached code differs from the compiled code", name)
			}
			samePositions(t, name, compiled, c)
		}
		n++
	}
	if n < 15 {
		t.Fatalf("only %d library modules found", n)
	}
}

// samePositions compares the position tables of two code objects and their constants.
func samePositions(t *testing.T, where string, a, b *py.Code) {
	t.Helper()
	for lasti := int32(1); lasti <= int32(len(a.Code)); lasti++ {
		pa, oka := compiler.PositionOf(a, lasti)
		pb, okb := compiler.PositionOf(b, lasti)
		if pa != pb || oka != okb {
			t.Fatalf("%s %s: position of %d is %v, cached %v", where, a.Name, lasti, pa, pb)
		}
	}
	for i, c := range a.Consts {
		if x, ok := c.(*py.Code); ok {
			samePositions(t, where, x, b.Consts[i].(*py.Code))
		}
	}
}
