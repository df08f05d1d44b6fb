// Package pyselect provides Python's select module: select(), poll objects and epoll objects,
// written in Python (select.py, embedded) over three Go primitives that wait with the GIL
// released and are interrupted by signal handlers as gopy's other blocking calls are:
// _poll (poll(2) on a list of descriptors), and _epoll_create/_epoll_ctl/_epoll_wait over
// a real epoll descriptor (its readiness is waited for with poll, then collected without
// blocking). select() is poll(2) underneath, with select(2)'s readiness rules and limits
// (FD_SETSIZE, EBADF for a closed descriptor).
package pyselect // "select" is a Go keyword

import (
	_ "embed"
	"math"
	"time"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/errno"
	gopyos "github.com/gopyrt/gopy/modules/os"
)

//go:embed select.py
var source string

func ctxOf(self py.Object) py.Context {
	if m, ok := self.(*py.Module); ok {
		return m.Context
	}
	return nil
}

// timeoutArg converts a timeout in seconds (a number, or None for ever) to a duration;
// negative means for ever.
func timeoutArg(o py.Object) (time.Duration, error) {
	var secs float64
	switch v := o.(type) {
	case py.NoneType:
		return -1, nil
	case py.Int:
		secs = float64(v)
	case py.Float:
		secs = float64(v)
	default:
		f, err := py.MakeFloat(o)
		if err != nil {
			return 0, err
		}
		secs = float64(f.(py.Float))
	}
	if secs < 0 || math.IsNaN(secs) {
		return -1, nil
	}
	if secs > 1e9 {
		secs = 1e9
	}
	return time.Duration(secs * float64(time.Second)), nil
}

func intOf(o py.Object) (int, error) {
	n, ok := o.(py.Int)
	if !ok {
		if b, ok := o.(py.Bool); ok {
			if b {
				return 1, nil
			}
			return 0, nil
		}
		return 0, py.ExceptionNewf(py.TypeError, "an integer is required (got type %s)", o.Type().Name)
	}
	return int(n), nil
}

// pollFds is _poll(pairs, timeout): pairs is a sequence of (fd, events); the result lists
// the (fd, revents) of the ready ones, in the order given.
func pollFds(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "_poll expected 2 arguments, got %d", len(args))
	}
	pairs, err := py.SequenceTuple(args[0])
	if err != nil {
		return nil, err
	}
	timeout, err := timeoutArg(args[1])
	if err != nil {
		return nil, err
	}
	fds := make([]unix.PollFd, len(pairs))
	for i, p := range pairs {
		t, ok := p.(py.Tuple)
		if !ok || len(t) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "_poll expects (fd, events) pairs")
		}
		fd, err := intOf(t[0])
		if err != nil {
			return nil, err
		}
		ev, err := intOf(t[1])
		if err != nil {
			return nil, err
		}
		fds[i] = unix.PollFd{Fd: int32(fd), Events: int16(ev)}
	}
	var out []py.Object
	if len(fds) == 0 {
		if timeout < 0 {
			err = gil.WaitSignal(ctxOf(self))
		} else {
			err = gil.Sleep(ctxOf(self), timeout)
		}
		if err != nil {
			return nil, err
		}
		return py.NewListFromItems(out), nil
	}
	if _, err := gil.Poll(ctxOf(self), fds, timeout); err != nil {
		return nil, err
	}
	for _, f := range fds {
		if f.Revents != 0 {
			out = append(out, py.Tuple{py.Int(f.Fd), py.Int(uint16(f.Revents))})
		}
	}
	return py.NewListFromItems(out), nil
}

func init() {
	consts := py.StringDict{}
	for name, v := range map[string]int{
		"POLLIN": unix.POLLIN, "POLLPRI": unix.POLLPRI, "POLLOUT": unix.POLLOUT, "POLLERR": unix.POLLERR,
		"POLLHUP": unix.POLLHUP, "POLLNVAL": unix.POLLNVAL, "POLLRDNORM": 0x40,
		"POLLRDBAND": 0x80, "POLLWRNORM": 0x100, "POLLWRBAND": 0x200,
		"POLLMSG": 0x400, "POLLRDHUP": unix.POLLRDHUP,
		"EPOLLIN": unix.EPOLLIN, "EPOLLOUT": unix.EPOLLOUT, "EPOLLPRI": unix.EPOLLPRI,
		"EPOLLERR": unix.EPOLLERR, "EPOLLHUP": unix.EPOLLHUP,
		"EPOLLONESHOT": unix.EPOLLONESHOT, "EPOLLEXCLUSIVE": unix.EPOLLEXCLUSIVE,
		"EPOLLRDHUP": unix.EPOLLRDHUP, "EPOLLRDNORM": unix.EPOLLRDNORM, "EPOLLRDBAND": unix.EPOLLRDBAND,
		"EPOLLWRNORM": unix.EPOLLWRNORM, "EPOLLWRBAND": unix.EPOLLWRBAND, "EPOLLMSG": unix.EPOLLMSG,
		"EPOLL_CLOEXEC": unix.EPOLL_CLOEXEC, "PIPE_BUF": 4096,
	} {
		consts[name] = py.Int(v)
	}
	consts["EPOLLET"] = py.Int(1 << 31) // unsigned, as CPython's
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "select", Doc: "This module supports asynchronous I/O on multiple file descriptors.", FileDesc: "<frozen select>"},
		Methods: []*py.Method{
			py.MustNewMethod("_poll", pollFds, 0, "_poll(pairs, timeout) -> [(fd, revents)]"),
			py.MustNewMethod("_epoll_create", epollCreate, 0, "_epoll_create() -> fd"),
			py.MustNewMethod("_epoll_ctl", epollCtl, 0, "_epoll_ctl(epfd, op, fd, events)"),
			py.MustNewMethod("_epoll_wait", epollWait, 0, "_epoll_wait(epfd, timeout, maxevents) -> [(fd, events)]"),
		},
		Globals: consts,
		CodeSrc: source,
	})
}

func epollCreate(self py.Object) (py.Object, error) {
	gopyos.NoteRuntimeFds()
	fd, err := unix.EpollCreate1(unix.EPOLL_CLOEXEC)
	if err != nil {
		return nil, errno.FromError(err)
	}
	return py.Int(fd), nil
}

func epollCtl(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 4 {
		return nil, py.ExceptionNewf(py.TypeError, "_epoll_ctl expected 4 arguments")
	}
	var a [4]int
	for i := range a {
		n, err := intOf(args[i])
		if err != nil {
			return nil, err
		}
		a[i] = n
	}
	ev := &unix.EpollEvent{Events: uint32(a[3]), Fd: int32(a[2])}
	if err := unix.EpollCtl(a[0], a[1], a[2], ev); err != nil {
		return nil, errno.FromError(err)
	}
	return py.None, nil
}

func epollWait(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 3 {
		return nil, py.ExceptionNewf(py.TypeError, "_epoll_wait expected 3 arguments")
	}
	epfd, err := intOf(args[0])
	if err != nil {
		return nil, err
	}
	timeout, err := timeoutArg(args[1])
	if err != nil {
		return nil, err
	}
	max, err := intOf(args[2])
	if err != nil {
		return nil, err
	}
	events := make([]unix.EpollEvent, max)
	deadline := time.Now().Add(timeout)
	for {
		n, err := unix.EpollWait(epfd, events, 0)
		if err != nil && err != unix.EINTR {
			return nil, errno.FromError(err)
		}
		if n > 0 {
			out := make([]py.Object, n)
			for i, e := range events[:n] {
				out[i] = py.Tuple{py.Int(e.Fd), py.Int(e.Events)}
			}
			return py.NewListFromItems(out), nil
		}
		left := timeout
		if timeout >= 0 {
			left = time.Until(deadline)
			if left <= 0 {
				return py.NewListFromItems(nil), nil
			}
		}
		if _, err := gil.Poll(ctxOf(self), []unix.PollFd{{Fd: int32(epfd), Events: unix.POLLIN}}, left); err != nil {
			return nil, err
		}
	}
}
