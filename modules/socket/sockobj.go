package socket

import (
	"math"
	"time"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/errno"
)

// Socket is _socket.socket: a socket descriptor with its family, kind, protocol and
// timeout (CPython's socketmodule.c sock_object). socket.socket (socket.py) subclasses it.
//
// The descriptor keeps CPython's flags: blocking while the timeout is None, O_NONBLOCK
// otherwise. Calls never block with the GIL held: receives and sends are made with
// MSG_DONTWAIT; when the descriptor is not ready the thread waits for it with gil.WaitFd
// (GIL released, the main thread's wait interrupted by signal handlers) up to the timeout.
type Socket struct {
	classes.Instance
	ctx     py.Context
	core    *sockCore
	family  int
	kind    int
	proto   int
	timeout time.Duration // negative: None (blocking)
	cleanup bool          // a cleanup closes core's descriptor if the object is collected
}

// sockCore holds the descriptor, so that a cleanup can close it once the Socket is
// collected without having been closed (CPython closes it at the last reference).
type sockCore struct{ fd int }

// SocketType is _socket.socket.
var SocketType = classes.NewNativeType("socket", "_socket",
	"socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\nsocket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\nOpen a socket of the given type.",
	py.ObjectType, func(cls *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		s := &Socket{core: &sockCore{fd: -1}, timeout: -1}
		s.Init(cls, s)
		return s, nil
	})

func closeCore(c *sockCore) {
	if c.fd >= 0 {
		_ = unix.Close(c.fd)
	}
}

// own makes s the owner of fd, with the kind, family and protocol given and the module's
// default timeout (O_NONBLOCK set to match).
func (s *Socket) own(ctx py.Context, fd, family, kind, proto int) error {
	s.ctx = ctx
	s.core.fd = fd
	s.family, s.kind, s.proto = family, kind&^(unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC), proto
	s.timeout = defaultTimeout(ctx)
	if kind&unix.SOCK_NONBLOCK != 0 {
		s.timeout = 0
	}
	if !s.cleanup {
		s.cleanup = true
		classes.AddCleanup(s, closeCore, s.core)
	}
	if s.timeout >= 0 {
		return setNonblock(fd, true)
	}
	return nil
}

func setNonblock(fd int, on bool) error {
	if err := unix.SetNonblock(fd, on); err != nil {
		return errno.FromError(err)
	}
	return nil
}

// newSocket wraps a descriptor the module made (socketpair, accept in Go).
func newSocket(ctx py.Context, fd, family, kind, proto int) (*Socket, error) {
	s := &Socket{core: &sockCore{fd: -1}, timeout: -1}
	s.Init(SocketType, s)
	return s, s.own(ctx, fd, family, kind, proto)
}

func currentCtx() py.Context {
	if t := gil.Holding(); t != nil {
		return t.Runtime().Context()
	}
	return nil
}

type defaultTimeoutKey struct{}

// defaultTimeout is socket.getdefaulttimeout() of the interpreter.
func defaultTimeout(ctx py.Context) time.Duration {
	if ctx == nil {
		return -1
	}
	if v, ok := gil.Of(ctx).Value(defaultTimeoutKey{}).(time.Duration); ok {
		return v
	}
	return -1
}

// socketInit is socket.__init__(family=-1, type=-1, proto=-1, fileno=None).
func socketInit(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	s, ok := self.(*Socket)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires a '_socket.socket' object")
	}
	a, err := argclinic.Parse("socket", args, kw, []string{"family", "type", "proto", "fileno"}, 0, 4, 0)
	if err != nil {
		return nil, err
	}
	ints := [3]int{-1, -1, -1}
	for i := range ints {
		if a[i] != nil {
			if ints[i], err = argclinic.Int(a[i]); err != nil {
				return nil, err
			}
		}
	}
	family, kind, proto := ints[0], ints[1], ints[2]
	ctx := currentCtx()
	if a[3] != nil && a[3] != py.None {
		if _, isFloat := a[3].(py.Float); isFloat {
			return nil, py.ExceptionNewf(py.TypeError, "'float' object cannot be interpreted as an integer")
		}
		fd, err := argclinic.Int(a[3])
		if err != nil {
			return nil, err
		}
		if fd < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "negative file descriptor")
		}
		for _, q := range []struct {
			v   *int
			opt int
		}{{&family, unix.SO_DOMAIN}, {&kind, unix.SO_TYPE}, {&proto, unix.SO_PROTOCOL}} {
			got, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, q.opt)
			if err != nil {
				return nil, errno.FromError(err)
			}
			if *q.v == -1 {
				*q.v = got
			}
		}
		return py.None, s.own(ctx, fd, family, kind, proto)
	}
	if family == -1 {
		family = unix.AF_INET
	}
	if kind == -1 {
		kind = unix.SOCK_STREAM
	}
	if proto == -1 {
		proto = 0
	}
	var fd int
	gil.Unlocked(ctx, func() { fd, err = unix.Socket(family, kind|unix.SOCK_CLOEXEC, proto) })
	if err != nil {
		return nil, errno.FromError(err)
	}
	return py.None, s.own(ctx, fd, family, kind, proto)
}

// timeoutArg converts settimeout's argument (None, or seconds) to a duration, negative
// for None, with CPython's errors.
func timeoutArg(o py.Object) (time.Duration, error) {
	if o == py.None {
		return -1, nil
	}
	var secs float64
	if f, ok := o.(py.Float); ok {
		secs = float64(f)
		if math.IsNaN(secs) {
			return 0, py.ExceptionNewf(py.ValueError, "Invalid value NaN (not a number)")
		}
		if math.IsInf(secs, 0) {
			return 0, py.ExceptionNewf(py.OverflowError, "timestamp out of range for platform time_t")
		}
	} else {
		b, err := argclinic.BigIndex(o)
		if err != nil {
			return 0, err
		}
		if b.Sign() < 0 {
			return 0, py.ExceptionNewf(py.ValueError, "Timeout value out of range")
		}
		if !b.IsInt64() || b.Int64() > math.MaxInt64/int64(time.Second) {
			return 0, py.ExceptionNewf(py.OverflowError, "timestamp too large to convert to C _PyTime_t")
		}
		return time.Duration(b.Int64()) * time.Second, nil
	}
	if secs < 0 {
		return 0, py.ExceptionNewf(py.ValueError, "Timeout value out of range")
	}
	if secs*1e9 >= math.MaxInt64 {
		return 0, py.ExceptionNewf(py.OverflowError, "timestamp too large to convert to C _PyTime_t")
	}
	// CPython rounds up to the microsecond for select-style waits; keep nanoseconds.
	return time.Duration(math.Ceil(secs * 1e9)), nil
}

func timeoutObject(d time.Duration) py.Object {
	if d < 0 {
		return py.None
	}
	return py.Float(d.Seconds())
}

// timedOut is socket.timeout("timed out").
func timedOut() error { return py.ExceptionNewf(py.TimeoutError, "timed out") }

// deadline is when a call that starts now must give up (zero: never).
func (s *Socket) deadline() time.Time {
	if s.timeout > 0 {
		return time.Now().Add(s.timeout)
	}
	return time.Time{}
}

// call runs op on the descriptor until it stops reporting EAGAIN: when the socket is
// non-blocking the EAGAIN is the answer; otherwise the thread waits (GIL released) for
// events until deadline. mayBlock says op can block on a blocking descriptor (accept):
// in blocking mode it is then made only once the descriptor is ready, without the GIL.
func (s *Socket) call(events int16, deadline time.Time, mayBlock bool, op func(fd int) (int, error)) (int, error) {
	nonblocking := s.timeout == 0
	wait := mayBlock && s.timeout < 0
	for {
		fd := s.core.fd
		if wait {
			left := time.Duration(-1)
			if !deadline.IsZero() {
				if left = time.Until(deadline); left <= 0 {
					return 0, timedOut()
				}
			}
			ready, err := gil.WaitFd(s.ctx, fd, events, left)
			if err != nil {
				return 0, err
			}
			if !ready {
				return 0, timedOut()
			}
		}
		var n int
		var err error
		if wait && mayBlock && s.timeout < 0 {
			gil.Unlocked(s.ctx, func() { n, err = op(fd) })
		} else {
			n, err = op(fd)
		}
		switch {
		case err == unix.EINTR:
			continue
		case err == unix.EAGAIN && !nonblocking:
			wait = true
			continue
		case err != nil:
			return n, errno.FromError(err)
		}
		return n, nil
	}
}

// connect is sock_connect: a blocking or timed connect waits for the connection to be
// made with the GIL released (the descriptor is made non-blocking for the call, so a
// signal handler can interrupt the wait), and reports the connection's own error.
func (s *Socket) connect(addr *rawAddr) error {
	fd := s.core.fd
	var err error
	if s.timeout < 0 && s.family == unix.AF_UNIX {
		gil.Unlocked(s.ctx, func() { err = sysConnect(fd, addr) })
		for err == unix.EINTR {
			gil.Unlocked(s.ctx, func() { err = sysConnect(fd, addr) })
		}
		return err
	}
	if s.timeout < 0 {
		_ = unix.SetNonblock(fd, true)
		err = sysConnect(fd, addr)
		_ = unix.SetNonblock(fd, false)
	} else {
		err = sysConnect(fd, addr)
	}
	if err == unix.EINTR {
		err = unix.EINPROGRESS
	}
	if err != unix.EINPROGRESS || s.timeout == 0 {
		return err
	}
	left := time.Duration(-1)
	if s.timeout > 0 {
		left = s.timeout
	}
	ready, werr := gil.WaitFd(s.ctx, fd, unix.POLLOUT, left)
	if werr != nil {
		return werr
	}
	if !ready {
		return errTimedOut
	}
	soerr, gerr := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_ERROR)
	if gerr != nil {
		return gerr
	}
	if soerr != 0 {
		return unix.Errno(soerr)
	}
	return nil
}

// errTimedOut stands for a connect that timed out until it is raised (connect_ex
// returns EWOULDBLOCK for it, as CPython does).
var errTimedOut = timeoutMarker{}

type timeoutMarker struct{}

func (timeoutMarker) Error() string { return "timed out" }

// raise converts an error of connect or another call to the exception raised.
func raise(err error) error {
	switch e := err.(type) {
	case nil:
		return nil
	case timeoutMarker:
		return timedOut()
	case unix.Errno:
		return errno.FromError(e)
	}
	return err
}
