package compiler

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/kworder"
)

// Calls whose keyword arguments must keep their order (PEP 468).
//
// gpython's CALL_FUNCTION and CALL_FUNCTION_VAR_KW gather keyword arguments into a new Go
// map, which forgets the order they were written in. So a call with two keyword arguments
// or more, or with a ** argument, is compiled as a call of <call kw> (the same spec as
// <call args>, unpack.go), which builds the map itself, records its order with kworder
// and makes the call:
//
//	fn; DUP_TOP; LOAD_CONST <call kw>; ROT_TWO; <values...>; LOAD_CONST spec
//	CALL_FUNCTION n+2; ROT_TWO; POP_TOP
//
// A callee that binds **kwargs (internal/frames), dict() and __build_class__ read the
// order back (kworder.Keys). A call with one keyword argument has no order to keep and
// stays a plain CALL_FUNCTION.

var helperCallKw = newHelper("<call kw>", func(a py.Tuple) (py.Object, error) {
	fn := a[0]
	spec := a[len(a)-1].(py.Tuple)
	pos, kw, order, err := callArguments(fn, a[1:len(a)-1], string(spec[0].(py.String)), spec[1].(py.Tuple))
	if err != nil {
		return nil, err
	}
	if kw == nil {
		kw = py.NewStringDict()
	}
	kworder.Record(kw, order)
	defer kworder.Forget(kw)
	return py.Call(fn, pos, kw)
})
