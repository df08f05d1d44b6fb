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
			py.MustNewMethod("_reduce_socket", reduceSocket, 0, "_reduce_socket(sock) -> reduction for a child or a connection, or None"),
			py.MustNewMethod("_rebuild_socket", rebuildSocket, 0, "_rebuild_socket(df, family, type, proto) -> socket"),
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

// reduceSocket is what socket.socket's __reduce_ex__ asks (CPython's reduction module
// registers _reduce_socket with ForkingPickler): for a child being started, the socket is
// rebuilt on the inherited descriptor; sent through a connection or a queue, a duplicate
// goes through the resource sharer. At any other time it returns None, and the socket
// refuses to be pickled, as CPython's does with plain pickle.
func reduceSocket(self py.Object, sock py.Object) (py.Object, error) {
	ctx := self.(*py.Module).Context
	spawning, forking := spawningNow(ctx) != nil, forkingNow(ctx)
	if !spawning && !forking {
		return py.None, nil
	}
	fd, err := connFd(sock)
	if err != nil {
		return nil, err
	}
	var handle py.Object
	if spawning {
		childFd, err := handOver(ctx, "socket", fd)
		if err != nil {
			return nil, err
		}
		handle = py.Int(childFd)
	} else {
		df, err := newDupFd(stateOf(ctx), fd)
		if err != nil {
			return nil, err
		}
		handle = df
	}
	args := py.Tuple{handle}
	for _, name := range []string{"family", "type", "proto"} {
		v, err := py.GetAttrString(sock, name)
		if err != nil {
			return nil, err
		}
		n, err := py.IndexInt(v)
		if err != nil {
			return nil, err
		}
		args = append(args, py.Int(n))
	}
	rebuild, err := moduleFunc(ctx, "multiprocessing.reduction", "_rebuild_socket")
	if err != nil {
		return nil, err
	}
	return py.Tuple{rebuild, args}, nil
}

// rebuildSocket is _rebuild_socket(df, family, type, proto) in the receiving process.
func rebuildSocket(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 4 {
		return nil, py.ExceptionNewf(py.TypeError, "_rebuild_socket expected 4 arguments, got %d", len(args))
	}
	ctx := self.(*py.Module).Context
	fd := args[0]
	if df, ok := fd.(*DupFd); ok {
		got, err := df.detach(ctx)
		if err != nil {
			return nil, err
		}
		fd = py.Int(got)
	}
	cls, err := moduleFunc(ctx, "socket", "socket")
	if err != nil {
		return nil, err
	}
	if n, ok := fd.(py.Int); ok && n < 0 {
		// A closed socket (a 'fork' child gets its parent's closed ones too): made and
		// closed again, so that it keeps its family, type and protocol.
		s, err := py.Call(cls, py.Tuple{args[1], args[2], args[3]}, nil)
		if err != nil {
			return nil, err
		}
		if _, err := callMethod(s, "close"); err != nil {
			return nil, err
		}
		return s, nil
	}
	return py.Call(cls, py.Tuple{args[1], args[2], args[3], fd}, nil)
}
