package thread

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/interp/gil"
)

// Local is _thread._local (threading.local): its attributes are per thread. Each thread
// sees its own attribute dictionary, kept in the thread's gil state, so it goes away with
// the thread.
type Local struct {
	ctx py.Context
	// own is the dictionary of a thread that has no thread state (Go code without the GIL).
	own py.StringDict
}

// LocalType is _thread._local.
var LocalType = py.NewType("_local", "Thread-local data")

func init() {
	LocalType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) > 0 || len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "Initialization arguments are not supported")
		}
		return &Local{own: py.StringDict{}}, nil
	}
}

// Type returns LocalType.
func (l *Local) Type() *py.Type { return LocalType }

// GetDict returns the calling thread's attribute dictionary.
func (l *Local) GetDict() py.StringDict {
	t := gil.Current(l.ctx)
	if l.ctx == nil {
		t = gil.Holding()
	}
	if t == nil {
		return l.own
	}
	d, ok := t.Value(l).(py.StringDict)
	if !ok {
		d = py.StringDict{}
		t.SetValue(l, d)
	}
	return d
}

// newLocal is threading.local(): a _local bound to the interpreter that created it. A
// _local made by calling the type has no context and finds the calling thread through
// gil.Holding.
func newLocal(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) > 0 || len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "Initialization arguments are not supported")
	}
	return &Local{ctx: ctxOf(self), own: py.StringDict{}}, nil
}
