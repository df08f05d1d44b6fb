package interp

import (
	"sync"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

// install makes gopy's changes to gpython (package gpyhooks: gopy's compiler on every path
// that compiles Python, the object model, the VM hooks of hooks.go), once, in gpyhooks'
// order. init and New call it.
func install() {
	registerOnce.Do(func() { gpyhooks.Register("interp/vm", installVMHooks) })
	gpyhooks.Install()
}

var registerOnce sync.Once
