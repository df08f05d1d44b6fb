package libsrc

import (
	"testing"
	"testing/fstest"

	"github.com/go-python/gpython/py"
)

func TestSourceIsMadeAtFirstUse(t *testing.T) {
	joined := &py.ModuleImpl{Info: py.ModuleInfo{Name: "_libsrc_test_joined"}}
	Register(joined, "a = 1\n", "b = 2\n")
	files := fstest.MapFS{"m.py": {Data: []byte("c = 3\n")}}
	read := &py.ModuleImpl{Info: py.ModuleInfo{Name: "_libsrc_test_fs"}}
	RegisterFS(read, files, "m.py", "__path__ = []\n")
	if joined.CodeSrc != "" || read.CodeSrc != "" {
		t.Fatalf("a source was made at registration: %q, %q", joined.CodeSrc, read.CodeSrc)
	}
	// The file system is read at the first use, not at registration.
	files["m.py"] = &fstest.MapFile{Data: []byte("c = 4\n")}
	if got := Source(joined); got != "a = 1\nb = 2\n" {
		t.Errorf("Source(joined) = %q", got)
	}
	if got := Source(read); got != "__path__ = []\nc = 4\n" {
		t.Errorf("Source(read) = %q", got)
	}
	files["m.py"] = &fstest.MapFile{Data: []byte("c = 5\n")}
	if got := Source(read); got != "__path__ = []\nc = 4\n" {
		t.Errorf("Source(read) made again: %q", got)
	}
	if py.GetModuleImpl("_libsrc_test_fs") != read {
		t.Error("RegisterFS did not register the module")
	}
}
