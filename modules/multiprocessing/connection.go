package multiprocessing

import (
	"math"
	"math/big"
	"time"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/interp/gil"
)

// The multiprocessing.connection module: Pipe, Connection (conn.go) and wait(), which works
// on anything with a file descriptor: process sentinels (ints) and objects with fileno(),
// connections included.
func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "multiprocessing.connection", Doc: "A higher level module for using sockets (or Windows named pipes)."},
		Methods: append(append(append(addressFunctions(), challengeMethods()...), clientMethod()),
			py.MustNewMethod("wait", connectionWait, 0, "Wait till an object in object_list is ready/readable.\n\nReturns list of those objects in object_list which are ready/readable."),
			pipeMethod(),
			py.MustNewMethod("rebuild_connection", rebuildConnection, 0, "Rebuild a connection handed over to a spawned child (see Connection.__reduce__)."),
		),
		Globals: py.StringDict{
			"Connection":          ConnectionType,
			"Listener":            ListenerType,
			"families":            py.NewListFromItems([]py.Object{py.String("AF_INET"), py.String("AF_UNIX")}),
			"default_family":      py.String("AF_UNIX"),
			"BufferTooShort":      BufferTooShort,
			"AuthenticationError": AuthenticationError,
		},
	})
}

// pipeMethod is Pipe(duplex=True), in multiprocessing and multiprocessing.connection.
func pipeMethod() *py.Method {
	return py.MustNewMethod("Pipe", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		m, ok := self.(*py.Module)
		if !ok {
			return nil, py.ExceptionNewf(py.SystemError, "Pipe called without its module")
		}
		return pipe(m.Context, args, kwargs)
	}, 0, "Returns two connection objects connected by a pipe")
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

// connectionWait is multiprocessing.connection.wait(object_list, timeout=None): the GIL is
// released while it waits, and a signal interrupts the main thread's wait.
func connectionWait(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var list, timeout py.Object = nil, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:wait", []string{"object_list", "timeout"}, &list, &timeout); err != nil {
		return nil, err
	}
	objs, err := py.SequenceTuple(list)
	if err != nil {
		return nil, err
	}
	t, err := waitTimeout(timeout)
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
	var ctx py.Context
	if m, ok := self.(*py.Module); ok {
		ctx = m.Context
	}
	if _, err := gil.Poll(ctx, fds, t); err != nil {
		return nil, err
	}
	var out []py.Object
	for i, f := range fds {
		if f.Revents != 0 {
			out = append(out, objs[i])
		}
	}
	return py.NewListFromItems(out), nil
}

// waitTimeout converts the timeout of wait() and poll(): None waits for ever (-1), a
// number is seconds (a negative one does not wait). Anything else fails as CPython's
// `time.monotonic() + timeout` does.
func waitTimeout(o py.Object) (time.Duration, error) {
	var secs float64
	switch v := o.(type) {
	case py.NoneType:
		return -1, nil
	case py.Int:
		secs = float64(v)
	case py.Float:
		secs = float64(v)
	case py.Bool:
		if v {
			secs = 1
		}
	case *py.BigInt:
		if (*big.Int)(v).Sign() > 0 {
			return time.Duration(math.MaxInt64), nil
		}
	default:
		return 0, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for +: 'float' and '%s'", o.Type().Name)
	}
	if math.IsNaN(secs) {
		// The poll's math.ceil(timeout * 1000) in CPython.
		return 0, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
	}
	if secs <= 0 {
		return 0, nil
	}
	if math.IsInf(secs, 1) {
		return 0, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
	}
	if secs > 1e9 {
		return time.Duration(math.MaxInt64), nil
	}
	return time.Duration(secs * float64(time.Second)), nil
}
