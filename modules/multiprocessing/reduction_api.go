package multiprocessing

import (
	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/modules/errno"
)

// The multiprocessing.reduction module's descriptor passing: send_handle and recv_handle
// over a Unix socket connection (a Pipe() end, a Unix Listener's connection), and DupFd.

// connFd is conn.fileno() for a Connection or any object with fileno().
func connFd(conn py.Object) (int, error) {
	if c, ok := conn.(*Connection); ok {
		return c.checkClosed()
	}
	n, err := callMethod(conn, "fileno")
	if err != nil {
		return -1, err
	}
	return py.IndexInt(n)
}

// sendHandle is reduction.send_handle(conn, handle, destination_pid): the descriptor with
// SCM_RIGHTS and one byte, as CPython's sendfds writes it.
func sendHandle(self py.Object, args py.Tuple) (py.Object, error) {
	var conn, handle, pid py.Object
	if err := py.UnpackTuple(args, nil, "send_handle", 3, 3, &conn, &handle, &pid); err != nil {
		return nil, err
	}
	fd, err := connFd(conn)
	if err != nil {
		return nil, err
	}
	h, err := intArg(handle)
	if err != nil {
		return nil, err
	}
	if err := unix.Sendmsg(fd, []byte{1}, unix.UnixRights(h), nil, 0); err != nil {
		return nil, errno.FromError(err)
	}
	return py.None, nil
}

// recvHandleFunc is reduction.recv_handle(conn): the descriptor received (inheritable, as
// CPython's recvmsg leaves it).
func recvHandleFunc(self py.Object, arg py.Object) (py.Object, error) {
	fd, err := connFd(arg)
	if err != nil {
		return nil, err
	}
	got, err := recvHandle(self.(*py.Module).Context, fd, 0)
	if err != nil {
		return nil, err
	}
	return py.Int(got), nil
}

// dupFdFunc is reduction.DupFd(fd): outside spawning, a resource_sharer.DupFd.
func dupFdFunc(self py.Object, arg py.Object) (py.Object, error) {
	fd, err := intArg(arg)
	if err != nil {
		return nil, err
	}
	return newDupFd(stateOf(self.(*py.Module).Context), fd)
}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "multiprocessing.reduction", Doc: "Passing descriptors between processes (SCM_RIGHTS)."},
		Methods: []*py.Method{
			py.MustNewMethod("send_handle", sendHandle, 0, "Send a handle over a local connection."),
			py.MustNewMethod("recv_handle", recvHandleFunc, 0, "Receive a handle over a local connection."),
			py.MustNewMethod("DupFd", dupFdFunc, 0, "Return a wrapper for an fd."),
		},
		Globals: py.StringDict{"HAVE_SEND_HANDLE": py.True, "ACKNOWLEDGE": py.False},
	})
}

// intArg converts an int argument, with CPython's TypeError for anything else.
func intArg(o py.Object) (int, error) {
	if _, ok := o.(py.Float); !ok {
		if i, err := py.IndexInt(o); err == nil {
			return i, nil
		}
	}
	return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", o.Type().Name)
}
