package multiprocessing

import (
	"fmt"
	"time"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/interp/gil"

	"github.com/gopyrt/gopy/modules/builtins"
)

// parentProcess is what parent_process() returns in a child (CPython's _ParentProcess):
// the parent's name and pid, and its sentinel: the child's end of the spawn data pipe,
// whose write end the parent keeps open for as long as it lives.
type parentProcess struct {
	ctx      py.Context
	name     string
	pid      int
	sentinel int
}

// ParentProcessType is the type of parent_process()'s result.
var ParentProcessType = py.NewType("_ParentProcess", "The parent of this process, as seen from the child.")

// Type returns ParentProcessType.
func (pp *parentProcess) Type() *py.Type { return ParentProcessType }

func parentProcessFunc(self py.Object) (py.Object, error) {
	st, err := moduleState(self)
	if err != nil {
		return nil, err
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.parent == nil {
		return py.None, nil
	}
	if st.parentObj == nil {
		st.parentObj = &parentProcess{ctx: st.ctx, name: st.parent.name, pid: st.parent.pid, sentinel: st.parent.sentinel}
	}
	return st.parentObj, nil
}

func init() {
	d := ParentProcessType.Dict
	get := func(f func(pp *parentProcess) py.Object) *py.Property {
		return &py.Property{Fget: func(self py.Object) (py.Object, error) { return f(self.(*parentProcess)), nil }}
	}
	d["name"] = get(func(pp *parentProcess) py.Object { return py.String(pp.name) })
	d["pid"] = get(func(pp *parentProcess) py.Object { return py.Int(pp.pid) })
	d["ident"] = d["pid"]
	d["daemon"] = get(func(pp *parentProcess) py.Object { return py.False })
	d["exitcode"] = get(func(pp *parentProcess) py.Object { return py.None })
	d["sentinel"] = get(func(pp *parentProcess) py.Object { return py.Int(pp.sentinel) })
	d["is_alive"] = py.MustNewMethod("is_alive", func(self py.Object) (py.Object, error) {
		pp := self.(*parentProcess)
		ready, err := gil.WaitFd(pp.ctx, pp.sentinel, unix.POLLIN, 0)
		if err != nil {
			return nil, err
		}
		return py.NewBool(!ready), nil
	}, 0, "Return whether the parent process is alive")
	d["join"] = py.MustNewMethod("join", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var timeout py.Object = py.None
		if err := py.ParseTupleAndKeywords(args, kwargs, "|O:join", []string{"timeout"}, &timeout); err != nil {
			return nil, err
		}
		t, err := timeoutArg(timeout)
		if err != nil {
			return nil, err
		}
		d := time.Duration(-1)
		if t >= 0 {
			d = time.Duration(t * float64(time.Second))
		}
		pp := self.(*parentProcess)
		_, err = gil.WaitFd(pp.ctx, pp.sentinel, unix.POLLIN, d)
		return py.None, err
	}, 0, "Wait until parent process terminates")
	d["__repr__"] = py.MustNewMethod("__repr__", func(self py.Object) (py.Object, error) {
		pp := self.(*parentProcess)
		return py.String(fmt.Sprintf("<_ParentProcess name=%s parent=None unknown>", pyRepr(py.String(pp.name)))), nil
	}, 0, "")
	builtins.Ready(ParentProcessType)
}
