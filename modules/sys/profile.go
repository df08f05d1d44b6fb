package sys

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/interp/gil"
)

// sys.setprofile and sys.getprofile: the calling thread's profile function, which the VM
// hooks of package interp call at each Python call and return (interp/profile.go).

func setProfile(_ py.Object, args py.Tuple) (py.Object, error) {
	var fn py.Object
	if err := py.UnpackTuple(args, nil, "setprofile", 1, 1, &fn); err != nil {
		return nil, err
	}
	t := gil.Holding()
	if t == nil {
		return py.None, nil
	}
	if fn == py.None {
		fn = nil
	}
	t.Profile = fn
	return py.None, nil
}

func getProfile(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "sys.getprofile() takes no arguments (%d given)", len(args))
	}
	if t := gil.Holding(); t != nil && t.Profile != nil {
		return t.Profile, nil
	}
	return py.None, nil
}
