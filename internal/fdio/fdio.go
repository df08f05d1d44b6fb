// Package fdio makes the read and write system calls of gopy's file, connection and socket
// objects on descriptors that can block (pipes, terminals, sockets) the way a blocking call
// must behave in gopy: the call is first tried without waiting (pwritev2/preadv2 with
// RWF_NOWAIT, which pipes support, or MSG_DONTWAIT on a socket), so the usual case costs one
// system call and keeps the GIL; only when the descriptor is not ready does the caller wait
// for it with the GIL released (gil.WaitFd: other threads run, and a signal handler's
// exception interrupts the main thread's wait), then make the call with the GIL released.
// The descriptors themselves stay in blocking mode, as CPython leaves them.
package fdio

import (
	"sync/atomic"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/interp/gil"
)

// Fd is what is known about how a descriptor takes non-waiting calls.
type Fd struct {
	// Socket: use MSG_DONTWAIT rather than RWF_NOWAIT.
	Socket bool
	// ReportAgain: a descriptor in non-blocking mode (O_NONBLOCK) gives EAGAIN back
	// instead of being waited for (FileIO then returns None, as CPython's).
	ReportAgain bool
	// noNowait is set once the descriptor refused RWF_NOWAIT (a terminal, an old kernel):
	// it is then always waited for first.
	noNowait atomic.Bool
}

// TryNowait reads (write false) or writes p once without blocking; EAGAIN means the
// descriptor is not ready (or cannot say), and the caller should wait first.
func (f *Fd) TryNowait(fd int, p []byte, write bool) (int, error) {
	return f.tryNowait(fd, [][]byte{p}, write)
}

// tryNowait is TryNowait for the buffers of one readv or writev.
func (f *Fd) tryNowait(fd int, bufs [][]byte, write bool) (int, error) {
	if f.Socket {
		if write {
			if len(bufs) == 1 {
				return unix.SendmsgN(fd, bufs[0], nil, nil, unix.MSG_DONTWAIT|unix.MSG_NOSIGNAL)
			}
			return unix.SendmsgBuffers(fd, bufs, nil, nil, unix.MSG_DONTWAIT|unix.MSG_NOSIGNAL)
		}
		n, _, err := unix.Recvfrom(fd, bufs[0], unix.MSG_DONTWAIT)
		return n, err
	}
	if f.noNowait.Load() {
		return 0, unix.EAGAIN
	}
	var n int
	var err error
	if write {
		n, err = unix.Pwritev2(fd, bufs, -1, unix.RWF_NOWAIT)
	} else {
		n, err = unix.Preadv2(fd, bufs, -1, unix.RWF_NOWAIT)
	}
	if err == unix.EOPNOTSUPP || err == unix.EINVAL || err == unix.ESPIPE || err == unix.ENOSYS {
		f.noNowait.Store(true)
		return 0, unix.EAGAIN
	}
	return n, err
}

// Read reads once into p, waiting with the GIL released until there is something to read.
// It returns a unix.Errno for a failed system call, and the exception of a signal handler
// that interrupted the wait.
func (f *Fd) Read(ctx py.Context, fd int, p []byte) (int, error) {
	return f.call(ctx, fd, [][]byte{p}, false)
}

// Write writes p once (the count may be short), waiting with the GIL released while the
// descriptor cannot take data. Errors as Read's.
func (f *Fd) Write(ctx py.Context, fd int, p []byte) (int, error) {
	return f.call(ctx, fd, [][]byte{p}, true)
}

// WriteVec writes the buffers bufs in order, once (writev: at most 1,024 buffers, the count
// may be short), waiting as Write does.
func (f *Fd) WriteVec(ctx py.Context, fd int, bufs [][]byte) (int, error) {
	return f.call(ctx, fd, bufs, true)
}

func (f *Fd) call(ctx py.Context, fd int, bufs [][]byte, write bool) (int, error) {
	events := int16(unix.POLLIN)
	if write {
		events = unix.POLLOUT
	}
	for {
		n, err := f.tryNowait(fd, bufs, write)
		if err == unix.EAGAIN {
			if f.ReportAgain && nonBlocking(fd) {
				return 0, unix.EAGAIN
			}
			if _, err := gil.WaitFd(ctx, fd, events, -1); err != nil {
				return 0, err
			}
			gil.Unlocked(ctx, func() {
				if write {
					n, err = unix.Writev(fd, bufs)
				} else {
					n, err = unix.Readv(fd, bufs)
				}
			})
		}
		if err == unix.EINTR || (err == unix.EAGAIN && !(f.ReportAgain && nonBlocking(fd))) {
			continue
		}
		return n, err
	}
}

// nonBlocking reports whether fd is in non-blocking mode.
func nonBlocking(fd int) bool {
	flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
	return err == nil && flags&unix.O_NONBLOCK != 0
}
