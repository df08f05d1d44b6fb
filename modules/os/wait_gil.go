package os

import (
	"time"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/errno"
)

// The blocking calls of this module release the GIL while they wait, and in the main thread
// a signal interrupts the wait (its handler runs, and the exception it raises, such as
// KeyboardInterrupt, comes out of the call), as CPython's calls are interrupted by EINTR.

func ctxOf(self py.Object) py.Context {
	if m, ok := self.(*py.Module); ok {
		return m.Context
	}
	return nil
}

// waitFd waits, without the GIL, until fd is ready for events (an invalid fd is ready: the
// call that follows reports the error). A non-blocking fd is not waited for: the call
// that follows raises BlockingIOError as in CPython.
func waitFd(ctx py.Context, fd int, events int16) error {
	if flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0); err != nil || flags&unix.O_NONBLOCK != 0 {
		return nil
	}
	_, err := gil.WaitFd(ctx, fd, events, -1)
	return err
}

// waitBlocking is waitpid(pid, options) that releases the GIL and can be interrupted by a
// signal: with WNOHANG it is Wait4; for a single child it waits on a pidfd; otherwise it
// polls with WNOHANG and sleeps of growing length.
func waitBlocking(ctx py.Context, pid, options int) (int, int, error) {
	beforeWaitAny(pid)
	if options&unix.WNOHANG != 0 || gil.Current(ctx) == nil {
		return Wait4(pid, options)
	}
	if pid > 0 && options == 0 {
		if pidfd, err := unix.PidfdOpen(pid, 0); err == nil {
			defer unix.Close(pidfd)
			for {
				got, status, err := Wait4(pid, options|unix.WNOHANG)
				if err != nil || got != 0 {
					return got, status, err
				}
				if _, err := gil.WaitFd(ctx, pidfd, unix.POLLIN, -1); err != nil {
					return 0, 0, err
				}
			}
		} else if err == unix.ESRCH {
			return 0, 0, errno.FromError(unix.ECHILD)
		}
	}
	pause := time.Millisecond
	for {
		got, status, err := Wait4(pid, options|unix.WNOHANG)
		if err != nil || got != 0 {
			return got, status, err
		}
		if err := gil.Sleep(ctx, pause); err != nil {
			return 0, 0, err
		}
		pause = min(pause*2, 50*time.Millisecond)
	}
}
