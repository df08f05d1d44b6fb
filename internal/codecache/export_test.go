package codecache

import (
	"sync"
	"testing"
)

// What library_test.go (package codecache_test, which imports every module) uses.
var (
	Load      = load
	EntryName = entryName
)

// UseDir points the cache at directory root for one test.
func UseDir(t *testing.T, root string) { useDir(t, root) }

// useDir points the cache at directory root for one test.
func useDir(t *testing.T, root string) {
	t.Helper()
	t.Setenv("GOPYCACHE", root)
	dirOnce = sync.Once{}
	t.Cleanup(func() { dirOnce = sync.Once{} })
}
