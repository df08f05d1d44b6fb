// Package builtins patches gpython's builtins module before any interpreter is created.
//
// gpython keeps one ModuleImpl per module name in a process-wide registry; every py.Context
// instantiates its builtins module from it. The packages that correct gpython (the object
// model, the compiler, the native modules) add or replace entries here from their init
// functions, so that every Interp sees the corrected builtins.
package builtins

import (
	"sync"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's builtins ModuleImpl
)

var mu sync.Mutex

// Add installs methods into the builtins module, replacing any of the same name.
// Call it from an init function: contexts created earlier keep their old builtins.
func Add(methods ...*py.Method) {
	mu.Lock()
	defer mu.Unlock()
	impl := py.GetModuleImpl("builtins")
	for _, m := range methods {
		replaced := false
		for i, old := range impl.Methods {
			if old.Name == m.Name {
				impl.Methods[i] = m
				replaced = true
				break
			}
		}
		if !replaced {
			impl.Methods = append(impl.Methods, m)
		}
		delete(impl.Globals, m.Name)
	}
}

// SetGlobal installs a non-function builtin (a type, an exception class, a constant),
// replacing any method or global of the same name.
func SetGlobal(name string, value py.Object) {
	mu.Lock()
	defer mu.Unlock()
	impl := py.GetModuleImpl("builtins")
	for i, old := range impl.Methods {
		if old.Name == name {
			impl.Methods = append(impl.Methods[:i], impl.Methods[i+1:]...)
			break
		}
	}
	impl.Globals[name] = value
}

// Ready computes the MRO of types made with (*py.Type).NewType after gpython's own
// initialisation. NewType copies the parent's flags, TPFLAGS_READY included, so such a type
// is never readied by gpython and its MRO stays empty: attribute lookup through the base
// classes and isinstance checks would fail.
func Ready(types ...*py.Type) {
	for _, t := range types {
		t.Flags &^= py.TPFLAGS_READY
		if err := t.Ready(); err != nil {
			panic(err)
		}
	}
}
