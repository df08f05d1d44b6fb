// Package libsrc registers library modules whose Python source is kept in several
// embedded files, without joining them at start.
//
// A module's source may be split over files to keep each under ~600 lines; joining them
// in an init function would copy every library module's source (about 1.5 MB) at each
// start of every process, imported or not. Register keeps the parts and Source joins them
// the first time the module is imported (modules/importlib), once per process.
package libsrc

import (
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
)

var (
	mu    sync.Mutex
	parts = map[*py.ModuleImpl][]string{}
)

// Register registers impl as py.RegisterModule does, its source being parts joined in
// order (impl.CodeSrc must be empty).
func Register(impl *py.ModuleImpl, src ...string) {
	mu.Lock()
	parts[impl] = src
	mu.Unlock()
	py.RegisterModule(impl)
}

// Source returns impl's Python source: its CodeSrc, or the parts Register was given,
// joined (and kept in CodeSrc) on first use.
func Source(impl *py.ModuleImpl) string {
	mu.Lock()
	defer mu.Unlock()
	if p, ok := parts[impl]; ok && impl.CodeSrc == "" {
		impl.CodeSrc = strings.Join(p, "")
		delete(parts, impl)
	}
	return impl.CodeSrc
}
