package gil

import (
	"sync"
	"time"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/modules/errno"
)

// Unlocked runs fn with the GIL released, for a blocking call that signals need not
// interrupt. The caller holds the GIL (or ctx has no Runtime: fn just runs).
func Unlocked(ctx py.Context, fn func()) {
	t := Current(ctx)
	if t == nil {
		fn()
		return
	}
	t.Release()
	defer t.Acquire()
	fn()
}

// Wait releases the GIL until a value is received from ch (true), or timeout passes
// (false; a negative timeout waits for ever). In the main thread a signal interrupts the
// wait: its handler runs and the exception it raises is returned, or the wait goes on for
// the time left, as PEP 475 requires. A nil ch just waits (Sleep).
func Wait(ctx py.Context, ch <-chan struct{}, timeout time.Duration) (bool, error) {
	t := Current(ctx)
	if t == nil {
		return waitPlain(ch, timeout), nil
	}
	var deadline time.Time
	var timer <-chan time.Time
	if timeout >= 0 {
		deadline = time.Now().Add(timeout)
		tm := time.NewTimer(timeout)
		defer tm.Stop()
		timer = tm.C
	}
	wake := t.wake // a signal (main thread) or an interrupt (Thread.Interrupt) wakes it
	for {
		if err := t.takeInterrupt(); err != nil {
			return false, err
		}
		if t.IsMain() && t.rt.pending.Load() != 0 {
			if err := t.rt.RunSignals(); err != nil {
				return false, err
			}
		}
		t.Release()
		select {
		case <-ch:
			t.Acquire()
			return true, nil
		case <-timer:
			t.Acquire()
			return false, nil
		case <-wake:
			t.Acquire()
		}
		if timeout >= 0 && !time.Now().Before(deadline) {
			// A signal came at the deadline: handle it, then report the time-out.
			if err := t.rt.RunSignals(); err != nil {
				return false, err
			}
			return false, nil
		}
	}
}

func waitPlain(ch <-chan struct{}, timeout time.Duration) bool {
	if timeout < 0 {
		<-ch
		return true
	}
	tm := time.NewTimer(timeout)
	defer tm.Stop()
	select {
	case <-ch:
		return true
	case <-tm.C:
		return false
	}
}

// Sleep releases the GIL for d; a signal handler that raises ends the sleep with its
// exception (time.sleep).
func Sleep(ctx py.Context, d time.Duration) error {
	if d < 0 {
		d = 0
	}
	_, err := Wait(ctx, nil, d)
	return err
}

// WaitFd releases the GIL until fd is ready for events (unix.POLLIN, unix.POLLOUT) or
// timeout passes (negative: for ever), and reports whether it is ready (an error or hang-up
// condition counts as ready: the next read or write reports it). Signals interrupt the main
// thread's wait as in Wait.
func WaitFd(ctx py.Context, fd int, events int16, timeout time.Duration) (bool, error) {
	fds := []unix.PollFd{{Fd: int32(fd), Events: events}}
	n, err := Poll(ctx, fds, timeout)
	return n > 0, err
}

// Poll is poll(2) with the GIL released: it waits until one of fds is ready or timeout
// passes (negative: for ever), sets their Revents and returns how many are ready. Signals
// interrupt the main thread's wait as in Wait (the wait goes on if the handlers return).
func Poll(ctx py.Context, fds []unix.PollFd, timeout time.Duration) (int, error) {
	t := Current(ctx)
	var deadline time.Time
	if timeout >= 0 {
		deadline = time.Now().Add(timeout)
	}
	main := t != nil && t.IsMain()
	all := fds
	var wake *wakeFd // a signal (main thread) or an interrupt makes it readable
	if main {
		wake = t.rt.wakeFd
	} else if t != nil {
		wake = t.pollWakeFd()
	}
	if wake != nil && wake.fd >= 0 {
		all = append(append([]unix.PollFd(nil), fds...), unix.PollFd{Fd: int32(wake.fd), Events: unix.POLLIN})
	}
	for {
		if t != nil {
			if err := t.takeInterrupt(); err != nil {
				return 0, err
			}
		}
		if main && t.rt.pending.Load() != 0 {
			if err := t.rt.RunSignals(); err != nil {
				return 0, err
			}
		}
		ms := -1
		if timeout >= 0 {
			ms = max(int((time.Until(deadline)+time.Millisecond-1)/time.Millisecond), 0)
		}
		for i := range all {
			all[i].Revents = 0
		}
		var n int
		var err error
		if t != nil {
			t.Release()
		}
		n, err = unix.Poll(all, ms)
		if t != nil {
			t.Acquire()
		}
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return 0, errno.FromError(err)
		}
		ready := 0
		for i := range fds {
			fds[i].Revents = all[i].Revents
			if fds[i].Revents != 0 {
				ready++
			}
		}
		if ready > 0 {
			return ready, nil
		}
		if len(all) > len(fds) && all[len(fds)].Revents != 0 {
			wake.drain()
			continue
		}
		if n == 0 || (timeout >= 0 && !time.Now().Before(deadline)) {
			if main {
				if err := t.rt.RunSignals(); err != nil {
					return 0, err
				}
			}
			return 0, nil
		}
	}
}

// wakeFd is an eventfd the main thread polls beside the descriptor it waits for, so that
// a signal wakes it (CPython's wakeup fd plays that part in select-based waits). Another
// thread that polls gets one of its own the first time (Thread.pollWakeFd), so that an
// interrupt (Thread.Interrupt: a cancelled context, Close) wakes it.
type wakeFd struct {
	mu sync.Mutex
	fd int
}

func newWakeFd() *wakeFd {
	fd, err := unix.Eventfd(0, unix.EFD_CLOEXEC|unix.EFD_NONBLOCK)
	if err != nil {
		fd = -1
	} else {
		wakeFds.Lock()
		wakeFds.open[fd] = true
		wakeFds.Unlock()
	}
	return &wakeFd{fd: fd}
}

// wakeFds are the wake descriptors open now: eventfds of gopy's own, which the os module
// must not take for the Go runtime's (those look the same in /proc/self/fd).
var wakeFds = struct {
	sync.Mutex
	open map[int]bool
}{open: map[int]bool{}}

// IsWakeFd reports whether fd is one of the wake descriptors of an interpreter's threads.
func IsWakeFd(fd int) bool {
	wakeFds.Lock()
	defer wakeFds.Unlock()
	return wakeFds.open[fd]
}

func (w *wakeFd) signal() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.fd >= 0 {
		var one = [8]byte{1}
		_, _ = unix.Write(w.fd, one[:])
	}
}

func (w *wakeFd) drain() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.fd >= 0 {
		var buf [8]byte
		_, _ = unix.Read(w.fd, buf[:])
	}
}

func (w *wakeFd) close() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.fd >= 0 {
		wakeFds.Lock()
		delete(wakeFds.open, w.fd)
		wakeFds.Unlock()
		unix.Close(w.fd)
		w.fd = -1
	}
}

// WaitSignal releases the GIL until a signal arrives for ctx's main thread (the caller),
// then runs its handler and returns the exception it raised (signal.pause). In any other
// thread it waits for ever.
func WaitSignal(ctx py.Context) error {
	t := Current(ctx)
	if t == nil {
		select {}
	}
	if !t.IsMain() {
		t.Release()
		select {}
	}
	for {
		if err := t.takeInterrupt(); err != nil {
			return err
		}
		if t.rt.pending.Load() != 0 {
			return t.rt.RunSignals()
		}
		t.Release()
		<-t.wake
		t.Acquire()
	}
}

// pollWakeFd returns the thread's own wake descriptor, made the first time; the thread
// calls it, holding the GIL. Finish closes it.
func (t *Thread) pollWakeFd() *wakeFd {
	if w := t.pollWake.Load(); w != nil {
		return w
	}
	w := newWakeFd()
	t.pollWake.Store(w)
	return w
}
