package multiprocessing

import (
	"sync/atomic"
	"time"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/interp/gil"
)

// semCore is a counting semaphore shared between processes, the base of the queues' and
// synchronize's locks (CPython's _multiprocessing.SemLock over a POSIX semaphore). No cgo:
// the value is an int32 in a slot of a shared arena (semarena.go), changed only by atomic
// compare-and-swap, so any value up to SEM_VALUE_MAX works. A waiter that finds it 0
// counts itself in the slot's second int32 and sleeps on the value with a futex (a shared
// one: several processes map the page) until it changes; release() increments the value
// and wakes the sleepers only when one has counted itself (a waiter counts itself before
// it looks at the value, a releaser looks at the count after its increment; Go's atomics
// are sequentially consistent, so one of them sees the other), and FUTEX_WAIT sleeps only
// while the value is still 0, so no wake-up is lost. Every sleeper is woken: one that
// leaves without taking the value (a time-out, a signal) cannot swallow a wake-up.
//
// The main thread sleeps in a goroutine of its own while it waits with gil.Wait, so a
// signal interrupts the wait (the goroutine is then woken); other threads sleep in the
// futex with the GIL released.
type semCore struct {
	arena    *semArena
	off      int
	value    *int32
	waiters  *int32
	maxvalue int32
}

// semResources is a shared mapping and its memfd (sharedctypes' segments), released when
// their owner is garbage collected.
type semResources struct {
	mem          []byte
	memfd        *ownedFd
	bellR, bellW int
}

func (r *semResources) release() {
	if r.mem != nil {
		_ = unix.Munmap(r.mem)
		r.mem = nil
	}
	r.memfd.close()
	closeAll(r.bellR, r.bellW)
}

// semValueMax is SEM_VALUE_MAX on Linux.
const semValueMax = 1<<31 - 1

// newSemCore creates a semaphore with the given value and bound.
func newSemCore(value, maxvalue int) (*semCore, error) {
	a, off, err := newSemSlot()
	if err != nil {
		return nil, err
	}
	s := attachSemCore(a, off, maxvalue)
	atomic.StoreInt32(s.value, int32(value))
	atomic.StoreInt32(s.waiters, 0)
	return s, nil
}

// openSemCore attaches to the semaphore a child inherited: the arena on descriptor fd, the
// slot at off (handOverCores's numbers).
func openSemCore(fd, off, maxvalue int) (*semCore, error) {
	a, err := inheritedSlot(fd, off)
	if err != nil {
		return nil, err
	}
	return attachSemCore(a, off, maxvalue), nil
}

// ref returns the arena's descriptor (to hand over to a child) and the slot's offset.
func (s *semCore) ref() (fd, off int) { return s.arena.fd, s.off }

// get returns the current value.
func (s *semCore) get() int { return int(atomic.LoadInt32(s.value)) }

// tryAcquire decrements the value if it is positive.
func (s *semCore) tryAcquire() bool {
	for {
		v := atomic.LoadInt32(s.value)
		if v <= 0 {
			return false
		}
		if atomic.CompareAndSwapInt32(s.value, v, v-1) {
			return true
		}
	}
}

// acquire decrements the value, waiting up to timeout (negative: for ever) for it to become
// positive. With a nil ctx it waits without touching a GIL (the queue feeder's goroutine);
// otherwise the caller holds ctx's GIL, released while waiting, and a signal handler's
// exception ends the wait.
func (s *semCore) acquire(ctx py.Context, timeout time.Duration) (bool, error) {
	if s.tryAcquire() {
		return true, nil
	}
	if timeout == 0 {
		return false, nil
	}
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	atomic.AddInt32(s.waiters, 1)
	defer atomic.AddInt32(s.waiters, -1)
	t := gil.Current(ctx)
	for {
		if s.tryAcquire() {
			return true, nil
		}
		left := time.Duration(-1)
		if timeout > 0 {
			if left = time.Until(deadline); left <= 0 {
				return s.tryAcquire(), nil
			}
		}
		switch {
		case t == nil:
			futexWait(s.value, 0, left)
		case t.IsMain():
			woken := make(chan struct{})
			go func() {
				futexWait(s.value, 0, left)
				close(woken)
			}()
			_, err := gil.Wait(ctx, woken, left)
			if err != nil {
				futexWakeAll(s.value) // let the goroutine go
				return false, err
			}
		default:
			gil.Unlocked(ctx, func() { futexWait(s.value, 0, left) })
		}
	}
}

// release increments the value; past the bound it fails as CPython's SemLock.release.
func (s *semCore) release() error {
	for {
		v := atomic.LoadInt32(s.value)
		if v >= s.maxvalue {
			return py.ExceptionNewf(py.ValueError, "semaphore or lock released too many times")
		}
		if atomic.CompareAndSwapInt32(s.value, v, v+1) {
			break
		}
	}
	if atomic.LoadInt32(s.waiters) > 0 {
		futexWakeAll(s.value)
	}
	return nil
}
