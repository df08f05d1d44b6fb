// Package libsrc registers library modules whose Python source is kept in several
// embedded files, or in an embedded file system, without reading or joining them at start.
//
// A module's source may be split over files to keep each under ~600 lines; joining them
// in an init function would copy every library module's source (about 1.5 MB) at each
// start of every process, imported or not, and reading a file of an embed.FS copies it
// too. Register and RegisterFS keep what makes the source, and Source makes it the first
// time the module is imported (modules/importlib), once per process.
package libsrc

import (
	"io/fs"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
)

var (
	mu      sync.Mutex
	pending = map[*py.ModuleImpl]func() string{}
)

// Register registers impl as py.RegisterModule does, its source being parts joined in
// order (impl.CodeSrc must be empty).
func Register(impl *py.ModuleImpl, src ...string) {
	register(impl, func() string { return strings.Join(src, "") })
}

// Module registers the library module name (documented by doc) written in Python, its
// source being parts joined in order; tracebacks show its file as "<frozen name>".
func Module(name, doc string, src ...string) {
	Register(&py.ModuleImpl{Info: py.ModuleInfo{Name: name, Doc: doc, FileDesc: "<frozen " + name + ">"}}, src...)
}

// Package is Module for a package: its source is followed by an empty __path__, so that
// its submodules (registered with Module) are found beneath it.
func Package(name, doc string, src ...string) {
	Module(name, doc, append(src, "\n__path__ = []\n")...)
}

// RegisterFS registers impl as py.RegisterModule does, its source being prefix followed by
// the file name of fsys (impl.CodeSrc must be empty). The file must exist: a missing one
// panics at the first import.
func RegisterFS(impl *py.ModuleImpl, fsys fs.FS, name, prefix string) {
	register(impl, func() string {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			panic(err)
		}
		return prefix + string(b)
	})
}

func register(impl *py.ModuleImpl, make func() string) {
	mu.Lock()
	pending[impl] = make
	mu.Unlock()
	py.RegisterModule(impl)
}

// Source returns impl's Python source: its CodeSrc, or the source Register or RegisterFS
// describes, made (and kept in CodeSrc) on first use.
func Source(impl *py.ModuleImpl) string {
	mu.Lock()
	defer mu.Unlock()
	if make, ok := pending[impl]; ok && impl.CodeSrc == "" {
		impl.CodeSrc = make()
		delete(pending, impl)
	}
	return impl.CodeSrc
}
