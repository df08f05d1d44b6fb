package classes

import "github.com/gopyrt/gopy/internal/gpyhooks"

// The object model's changes to gpython's builtin types, made by gpyhooks.Install in the
// table's order (see doc/ARCHITECTURE.md, "Changes to gpython"); classes/type,
// classes/descriptors, classes/functions and classes/object are registered beside their
// code.
func init() {
	gpyhooks.Register("classes/abstract", installAbstract)
	gpyhooks.Register("classes/builtin-new", installBuiltinNew)
	gpyhooks.Register("classes/type-attrs", func() {
		installTypeGetitem()
		installTypeBool()
		installTypeAttrs()
	})
	gpyhooks.Register("classes/exceptions", installExceptions)
	gpyhooks.Register("classes/generator", installGeneratorMethods)
	gpyhooks.Register("classes/class-getitem", installClassGetItem)
	gpyhooks.Register("classes/list-init", installListInit)
	gpyhooks.Register("classes/object-new", installObjectDict)
}
