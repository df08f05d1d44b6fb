package multiprocessing

import (
	"runtime"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/errno"
)

// semCore is a counting semaphore shared between processes, the base of the queues' and
// synchronize's locks (CPython's _multiprocessing.SemLock over a POSIX semaphore). No cgo:
//
//   - the value is an int32 in a shared memory page (a memfd mapped MAP_SHARED), changed
//     only by atomic compare-and-swap, so any value up to SEM_VALUE_MAX works;
//   - a "doorbell" pipe (both ends non-blocking) wakes waiters: release() increments the
//     value, then writes a byte; a waiter that finds the value 0 polls the doorbell (with
//     the GIL released, interruptible by signals), reads one byte and tries again. Every
//     release rings after its increment and every waiter looks at the value after taking a
//     byte, so no wake-up is lost; stale bytes only cause a spurious retry. A second int32
//     in the page counts the waiters: release() rings only when there is one (a waiter
//     counts itself before it looks at the value, a releaser looks at the count after its
//     increment; Go's atomics are sequentially consistent, so one of them sees the other),
//     which saves a system call per release and keeps stale bytes from piling up.
//
// The three descriptors are handed over to spawned children (spawnFds), which map the same
// page. The mapping and descriptors are released when the semCore is garbage collected.
type semCore struct {
	res      *semResources
	value    *int32
	waiters  *int32
	maxvalue int32
}

// semResources is what a semCore's cleanup releases.
type semResources struct {
	mem          []byte
	memfd, bellR int
	bellW        int
}

func (r *semResources) release() {
	if r.mem != nil {
		_ = unix.Munmap(r.mem)
		r.mem = nil
	}
	closeAll(r.memfd, r.bellR, r.bellW)
}

// semValueMax is SEM_VALUE_MAX on Linux.
const semValueMax = 1<<31 - 1

// newSemCore creates a semaphore with the given value and bound.
func newSemCore(value, maxvalue int) (*semCore, error) {
	memfd, err := unix.MemfdCreate("gopy-semlock", unix.MFD_CLOEXEC)
	if err != nil {
		return nil, errno.FromError(err)
	}
	if err := unix.Ftruncate(memfd, int64(unix.Getpagesize())); err != nil {
		unix.Close(memfd)
		return nil, errno.FromError(err)
	}
	var bell [2]int
	if err := unix.Pipe2(bell[:], unix.O_CLOEXEC|unix.O_NONBLOCK); err != nil {
		unix.Close(memfd)
		return nil, errno.FromError(err)
	}
	s, err := openSemCore(memfd, bell[0], bell[1], maxvalue)
	if err != nil {
		return nil, err
	}
	atomic.StoreInt32(s.value, int32(value))
	return s, nil
}

// openSemCore maps a semaphore from its descriptors (in a child: the inherited ones).
func openSemCore(memfd, bellR, bellW, maxvalue int) (*semCore, error) {
	mem, err := unix.Mmap(memfd, 0, unix.Getpagesize(), unix.PROT_READ|unix.PROT_WRITE, unix.MAP_SHARED)
	if err != nil {
		closeAll(memfd, bellR, bellW)
		return nil, errno.FromError(err)
	}
	res := &semResources{mem: mem, memfd: memfd, bellR: bellR, bellW: bellW}
	s := &semCore{res: res, value: (*int32)(unsafe.Pointer(&mem[0])), waiters: (*int32)(unsafe.Pointer(&mem[4])), maxvalue: int32(min(maxvalue, semValueMax))}
	runtime.AddCleanup(s, (*semResources).release, res)
	return s, nil
}

// fds returns the descriptors to hand over to a child, in openSemCore's order.
func (s *semCore) fds() [3]int { return [3]int{s.res.memfd, s.res.bellR, s.res.bellW} }

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
	var one [1]byte
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
		if ctx != nil {
			if _, err := gil.WaitFd(ctx, s.res.bellR, unix.POLLIN, left); err != nil {
				return false, err
			}
		} else {
			ms := -1
			if left >= 0 {
				ms = int((left + time.Millisecond - 1) / time.Millisecond)
			}
			_, _ = unix.Poll([]unix.PollFd{{Fd: int32(s.res.bellR), Events: unix.POLLIN}}, ms)
		}
		_, _ = unix.Read(s.res.bellR, one[:])
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
		_, _ = unix.Write(s.res.bellW, []byte{1}) // a full doorbell already wakes everyone
	}
	return nil
}
