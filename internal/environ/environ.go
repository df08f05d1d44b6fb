// Package environ is the environment an interpreter's Python code sees (os.environ,
// os.getenv, the environment children inherit): the process's own, unless the embedding
// program gave the interpreter one of its own (interp.Options.Env), which Set installs.
// An interpreter's own environment is a list of KEY=VALUE strings kept with its
// gil.Runtime; writes to it change nothing in the process's.
//
// Code that has the interpreter's py.Context passes it; code that has none (the methods of
// os.environ, shared by every interpreter) passes nil, and the interpreter is the one of
// the calling thread, found from the GIL it holds. With no interpreter, the process's
// environment is used.
package environ

import (
	"os"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/interp/gil"
)

// vars is an interpreter's own environment, in order.
type vars struct {
	mu   sync.Mutex
	list []string // KEY=VALUE
}

type key struct{}

// Set gives ctx's interpreter env as its environment (a copy; later entries for a name
// replace earlier ones). ctx must have a gil.Runtime.
func Set(ctx py.Context, env []string) {
	v := &vars{}
	for _, kv := range env {
		if k, val, ok := strings.Cut(kv, "="); ok && k != "" {
			v.set(k, val)
		}
	}
	gil.Of(ctx).SetValue(key{}, v)
}

// own returns ctx's own environment (ctx nil: the calling thread's interpreter's), nil when
// it uses the process's.
func own(ctx py.Context) *vars {
	var rt *gil.Runtime
	if ctx != nil {
		rt = gil.Of(ctx)
	} else if t := gil.Holding(); t != nil {
		rt = t.Runtime()
	}
	if rt == nil {
		return nil
	}
	v, _ := rt.Value(key{}).(*vars)
	return v
}

func (v *vars) index(k string) int {
	for i, kv := range v.list {
		if len(kv) > len(k) && kv[len(k)] == '=' && kv[:len(k)] == k {
			return i
		}
	}
	return -1
}

func (v *vars) set(k, val string) {
	if i := v.index(k); i >= 0 {
		v.list[i] = k + "=" + val
	} else {
		v.list = append(v.list, k+"="+val)
	}
}

// Lookup returns the value of the variable k and whether it is set.
func Lookup(ctx py.Context, k string) (string, bool) {
	v := own(ctx)
	if v == nil {
		return os.LookupEnv(k)
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if i := v.index(k); i >= 0 {
		return v.list[i][len(k)+1:], true
	}
	return "", false
}

// Getenv returns the value of the variable k, "" if it is not set.
func Getenv(ctx py.Context, k string) string {
	val, _ := Lookup(ctx, k)
	return val
}

// Setenv sets the variable k.
func Setenv(ctx py.Context, k, val string) error {
	v := own(ctx)
	if v == nil {
		return os.Setenv(k, val)
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	v.set(k, val)
	return nil
}

// Unsetenv removes the variable k.
func Unsetenv(ctx py.Context, k string) error {
	v := own(ctx)
	if v == nil {
		return os.Unsetenv(k)
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if i := v.index(k); i >= 0 {
		v.list = append(v.list[:i], v.list[i+1:]...)
	}
	return nil
}

// List returns the environment as KEY=VALUE strings, in order: what a child started by the
// interpreter inherits.
func List(ctx py.Context) []string {
	v := own(ctx)
	if v == nil {
		return os.Environ()
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	return append([]string(nil), v.list...)
}
