package compiler

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// generator.throw() for gpython's VM, which has none: a suspended generator is resumed with
// a Thrown value as the result of its yield, and the code compiled after every yield
// (resumeSent) raises the exception it carries there, where the generator's own try
// statements see it. Package classes installs throw() and close() on the generator type.

// ThrownType is the type of the values generator.throw() sends.
var ThrownType = py.NewType("gopy_thrown", "An exception being thrown into a generator.")

// thrown carries the exception to raise at the yield.
type thrown struct{ err error }

// Type implements py.Object.
func (t *thrown) Type() *py.Type { return ThrownType }

// Thrown returns the value to send into a suspended generator so that its yield raises err.
func Thrown(err error) py.Object { return &thrown{err: err} }

var helperResumeSent = newHelper("<yield>", func(args py.Tuple) (py.Object, error) {
	if t, ok := args[0].(*thrown); ok {
		return nil, t.err
	}
	return args[0], nil
})

// resumeSent emits the check of the value a yield received: [sent] -> [sent] or raise.
func (u *unit) resumeSent() {
	u.loadConst(helperResumeSent)
	u.emit(vm.ROT_TWO)
	u.emitArg(vm.CALL_FUNCTION, 1)
}
