package multiprocessing

import (
	"time"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/modules/errno"
)

// The multiprocessing.connection module. Its wait() works on anything with a file
// descriptor: process sentinels (ints), objects with fileno(), and the connections of
// issue 8 when they land.
func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "multiprocessing.connection", Doc: "A higher level module for using sockets (or Windows named pipes)."},
		Methods: []*py.Method{
			py.MustNewMethod("wait", connectionWait, 0, "Wait till an object in object_list is ready/readable.\n\nReturns list of those objects in object_list which are ready/readable."),
		},
	})
}

// fdOf is the file descriptor wait() watches for o: o itself if it is an int, else
// o.fileno().
func fdOf(o py.Object) (int, error) {
	if i, ok := o.(py.Int); ok {
		return int(i), nil
	}
	f, err := py.GetAttrString(o, "fileno")
	if err != nil {
		return 0, py.ExceptionNewf(py.TypeError, "argument must be an int, or have a fileno() method.")
	}
	r, err := py.Call(f, nil, nil)
	if err != nil {
		return 0, err
	}
	i, ok := r.(py.Int)
	if !ok {
		return 0, py.ExceptionNewf(py.TypeError, "fileno() returned a non-integer")
	}
	return int(i), nil
}

// connectionWait is multiprocessing.connection.wait(object_list, timeout=None).
func connectionWait(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var list, timeout py.Object = nil, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:wait", []string{"object_list", "timeout"}, &list, &timeout); err != nil {
		return nil, err
	}
	objs, err := toTuple(list)
	if err != nil {
		return nil, err
	}
	t, err := timeoutArg(timeout)
	if err != nil {
		return nil, err
	}
	fds := make([]unix.PollFd, len(objs))
	for i, o := range objs {
		fd, err := fdOf(o)
		if err != nil {
			return nil, err
		}
		fds[i] = unix.PollFd{Fd: int32(fd), Events: unix.POLLIN}
	}
	ready, err := pollReadable(fds, t)
	if err != nil {
		return nil, err
	}
	var out []py.Object
	for i, r := range ready {
		if r {
			out = append(out, objs[i])
		}
	}
	return py.NewListFromItems(out), nil
}

// pollReadable waits until one of fds is readable (or hung up), or timeout seconds pass
// (timeout < 0: for ever), and tells which are.
func pollReadable(fds []unix.PollFd, timeout float64) ([]bool, error) {
	var deadline time.Time
	if timeout >= 0 {
		deadline = time.Now().Add(time.Duration(timeout * float64(time.Second)))
	}
	for {
		ms := -1
		if timeout >= 0 {
			ms = max(int(time.Until(deadline)/time.Millisecond), 0)
		}
		for i := range fds {
			fds[i].Revents = 0
		}
		_, err := unix.Poll(fds, ms)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return nil, errno.FromError(err)
		}
		ready := make([]bool, len(fds))
		for i, f := range fds {
			ready[i] = f.Revents&(unix.POLLIN|unix.POLLHUP|unix.POLLERR|unix.POLLNVAL) != 0
		}
		return ready, nil
	}
}
