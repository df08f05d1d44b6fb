package thread

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
)

// Local is _thread._local (threading.local): its attributes are per thread, and Python
// classes may subclass it. The instance dict the object model uses is swapped for the
// calling thread's dict (kept in the thread's gil state, so it goes away with the thread)
// before every attribute access; the GIL makes the swap safe. As in CPython, a subclass's
// __init__ runs again, with the constructor's arguments, the first time another thread
// touches the object.
type Local struct {
	classes.Instance
	args   py.Tuple
	kwargs py.StringDict
	owner  *gil.Thread   // the thread that created it (its __init__ ran there)
	own    *objects.Dict // the dict of callers without a thread state
}

// LocalType is _thread._local.
var LocalType = classes.NewNativeType("_local", "_thread", "Thread-local data", py.ObjectType,
	func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if (len(args) > 0 || len(kwargs) > 0) && classes.Lookup(cls, "__init__") == localInit {
			return nil, py.ExceptionNewf(py.TypeError, "Initialization arguments are not supported")
		}
		// The VM may reuse the argument slice: keep copies for the other threads' __init__.
		l := &Local{args: args.Copy(), kwargs: kwargs.Copy(), owner: gil.Holding(), own: objects.NewDict()}
		l.Init(cls, l)
		if l.owner != nil {
			l.owner.SetValue(l, l.Dict())
		}
		return l, nil
	})

// bind makes the calling thread's dict the instance dict, creating it (and running
// __init__ again) on a thread's first access.
func (l *Local) bind() error {
	t := gil.Holding()
	var d *objects.Dict
	fresh := false
	if t == nil {
		d = l.own
	} else if v, ok := t.Value(l).(*objects.Dict); ok {
		d = v
	} else {
		d, fresh = objects.NewDict(), true
		t.SetValue(l, d)
	}
	if err := classes.GenericSetAttr(l, "__dict__", d); err != nil {
		return err
	}
	if fresh && t != l.owner {
		if init := classes.Lookup(l.Type(), "__init__"); init != nil && init != localInit {
			if _, err := py.Call(init, append(py.Tuple{l}, l.args...), l.kwargs); err != nil {
				return err
			}
		}
	}
	return nil
}

// localInit is _local.__init__, which accepts no arguments (a subclass's may).
var localInit = classes.NewMethod("__init__", "Initialize self.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) > 0 || len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "Initialization arguments are not supported")
	}
	return py.None, nil
})

// onClass applies type's own attribute method to the class _local (or a subclass), which
// gpython looks up in the class's dict as if the class were an instance.
func onClass(name string, cls py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return py.TypeType.Dict[name].(*py.Method).CallWithKeywords(cls, args, kwargs)
}

func init() {
	d := LocalType.Dict
	d["__init__"] = localInit
	d["__getattribute__"] = classes.NewMethod("__getattribute__", "Return getattr(self, name).", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if _, ok := self.(*py.Type); ok {
			return onClass("__getattribute__", self, args, kwargs) // _local.x: gpython asks the class too
		}
		var name py.Object
		if err := py.UnpackTuple(args, kwargs, "__getattribute__", 1, 1, &name); err != nil {
			return nil, err
		}
		if err := self.(*Local).bind(); err != nil {
			return nil, err
		}
		return classes.GenericGetAttr(self, string(name.(py.String)))
	})
	d["__setattr__"] = classes.NewMethod("__setattr__", "Implement setattr(self, name, value).", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if _, ok := self.(*py.Type); ok {
			return onClass("__setattr__", self, args, kwargs) // _local.x: gpython asks the class too
		}
		var name, value py.Object
		if err := py.UnpackTuple(args, kwargs, "__setattr__", 2, 2, &name, &value); err != nil {
			return nil, err
		}
		s := string(name.(py.String))
		if s == "__dict__" {
			return nil, py.ExceptionNewf(py.AttributeError, "'%s' object attribute '__dict__' is read-only", self.Type().Name)
		}
		if err := self.(*Local).bind(); err != nil {
			return nil, err
		}
		return py.None, classes.GenericSetAttr(self, s, value)
	})
	d["__delattr__"] = classes.NewMethod("__delattr__", "Implement delattr(self, name).", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if _, ok := self.(*py.Type); ok {
			return onClass("__delattr__", self, args, kwargs) // _local.x: gpython asks the class too
		}
		var name py.Object
		if err := py.UnpackTuple(args, kwargs, "__delattr__", 1, 1, &name); err != nil {
			return nil, err
		}
		if err := self.(*Local).bind(); err != nil {
			return nil, err
		}
		return py.None, classes.GenericDelAttr(self, string(name.(py.String)))
	})
}
