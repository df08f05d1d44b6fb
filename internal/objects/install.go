package objects

import "github.com/gopyrt/gopy/internal/gpyhooks"

// The methods and attributes this package adds to gpython's builtin types are one change
// of gpyhooks' table (objects/methods), made after the constructors (objects/numbers ...
// objects/list). The order below is the one they had as init functions; slotWrappers only
// fills the slots a type's dict does not hold yet, so it comes after the methods of int,
// float, range and slice and before those of str.
func init() { gpyhooks.Register("objects/methods", installMethods) }

func installMethods() {
	installBytesText()
	installIterReduce()
	installListMethods()
	installIntMethods()
	installValueText()
	installRangeMethods()
	installSliceIndices()
	installSlotWrappers()
	installStrMethods()
	installStringDictMethods()
}
