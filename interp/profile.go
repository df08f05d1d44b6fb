package interp

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/interp/gil"
)

// The profile function of sys.setprofile sees every Python call of its thread begin
// ("call", also each time a generator or coroutine resumes) and end ("return" with the
// value returned or yielded, None when an exception leaves the frame), as CPython tells
// its profilers. Calls of builtins are not reported (no c_call events): gpython's VM calls
// them without a hook. A profile function that raises is unset, as in CPython, and its
// exception propagates from the call it was told about.

// profileCall reports the start of c's call to the thread's profile function, if any.
func (c *call) profileCall() error {
	if c.t == nil || c.t.Profile == nil || c.t.Profiling || c.f == nil {
		return nil
	}
	if err := profileEvent(c.t, c.f, "call", py.None); err != nil {
		return err
	}
	c.profiled = true
	return nil
}

// profileReturn reports the end of c's call; an error of the profile function replaces a
// successful result.
func (c *call) profileReturn(res *py.Object, err *error) {
	c.profiled = false
	value := *res
	if *err != nil || value == nil {
		value = py.None
	}
	if perr := profileEvent(c.t, c.f, "return", value); perr != nil && *err == nil {
		*res, *err = nil, perr
	}
}

// profileEvent calls t's profile function with (frame, event, arg).
func profileEvent(t *gil.Thread, f *py.Frame, event string, arg py.Object) error {
	fn := t.Profile
	if fn == nil || t.Profiling {
		return nil
	}
	t.Profiling = true
	_, err := py.Call(fn, py.Tuple{f, py.String(event), arg}, nil)
	t.Profiling = false
	if err != nil {
		t.Profile = nil
	}
	return err
}
