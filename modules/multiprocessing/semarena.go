package multiprocessing

import (
	"runtime"
	"sync"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/modules/errno"
)

// Semaphores live in arenas: a memfd mapped MAP_SHARED and carved into slots of
// semSlotSize bytes (the value and the waiter count, two int32s). One descriptor serves
// every semaphore of an arena, so a Lock costs no descriptor of its own, as CPython's POSIX
// semaphore does not (a per-semaphore memfd and doorbell pipe cost three, and were freed
// only by the garbage collector). A slot is never given out twice: a child may still use a
// semaphore its parent has dropped. An arena is unmapped and closed once no semCore of this
// process uses it and it is not the one slots are taken from; a child maps an arena once,
// however many of its semaphores it inherits.

const (
	semSlotSize  = 8
	semArenaSize = 1 << 16 // 8,192 semaphores; pages are allocated as they are touched
)

// semArena is one mapped arena.
type semArena struct {
	fd   int
	mem  []byte
	refs int  // semCores using it
	used int  // bytes given out (the arena slots are taken from)
	open bool // the current arena of this process, or registered in inherited
}

var arenas struct {
	mu        sync.Mutex
	cur       *semArena
	inherited map[int]*semArena // arenas a child mapped, by inherited descriptor
}

// newSemSlot gives out a fresh slot of the current arena, making a new arena when it is full.
func newSemSlot() (*semArena, int, error) {
	arenas.mu.Lock()
	defer arenas.mu.Unlock()
	if a := arenas.cur; a == nil || a.used+semSlotSize > len(a.mem) {
		var fd int
		err := withFdRetry(func() (err error) {
			fd, err = unix.MemfdCreate("gopy-semlock", unix.MFD_CLOEXEC)
			return err
		})
		if err != nil {
			return nil, 0, errno.FromError(err)
		}
		if err := unix.Ftruncate(fd, semArenaSize); err != nil {
			unix.Close(fd)
			return nil, 0, errno.FromError(err)
		}
		mem, err := unix.Mmap(fd, 0, semArenaSize, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_SHARED)
		if err != nil {
			unix.Close(fd)
			return nil, 0, errno.FromError(err)
		}
		if a != nil {
			a.open = false
			a.releaseIfUnused()
		}
		arenas.cur = &semArena{fd: fd, mem: mem, open: true}
	}
	a := arenas.cur
	off := a.used
	a.used += semSlotSize
	a.refs++
	return a, off, nil
}

// inheritedSlot maps (once) the arena a child inherited on fd and takes a reference to
// the slot at off.
func inheritedSlot(fd, off int) (*semArena, error) {
	arenas.mu.Lock()
	defer arenas.mu.Unlock()
	a := arenas.inherited[fd]
	if a == nil {
		var st unix.Stat_t
		if err := unix.Fstat(fd, &st); err != nil {
			return nil, errno.FromError(err)
		}
		mem, err := unix.Mmap(fd, 0, int(st.Size), unix.PROT_READ|unix.PROT_WRITE, unix.MAP_SHARED)
		if err != nil {
			return nil, errno.FromError(err)
		}
		a = &semArena{fd: fd, mem: mem, used: len(mem), open: true}
		if arenas.inherited == nil {
			arenas.inherited = map[int]*semArena{}
		}
		arenas.inherited[fd] = a
	}
	if off < 0 || off%semSlotSize != 0 || off+semSlotSize > len(a.mem) {
		return nil, errno.FromError(unix.EINVAL)
	}
	a.refs++
	return a, nil
}

// unref is a semCore's cleanup: it drops the semCore's reference to its arena.
func (a *semArena) unref() {
	arenas.mu.Lock()
	defer arenas.mu.Unlock()
	a.refs--
	a.releaseIfUnused()
}

// releaseIfUnused unmaps and closes an arena nobody uses any more; arenas.mu is held.
// An inherited arena is closed when its last semaphore goes (it can be inherited again
// only by a new process).
func (a *semArena) releaseIfUnused() {
	if a.refs > 0 || a.mem == nil || (a.open && a == arenas.cur) {
		return
	}
	if arenas.inherited[a.fd] == a {
		delete(arenas.inherited, a.fd)
	}
	_ = unix.Munmap(a.mem)
	unix.Close(a.fd)
	a.mem = nil
}

// slot returns the value and waiter words of the slot at off.
func (a *semArena) slot(off int) (value, waiters *int32) {
	return (*int32)(unsafe.Pointer(&a.mem[off])), (*int32)(unsafe.Pointer(&a.mem[off+4]))
}

// attachSemCore makes the semCore of a slot, releasing its reference when collected.
func attachSemCore(a *semArena, off, maxvalue int) *semCore {
	value, waiters := a.slot(off)
	s := &semCore{arena: a, off: off, value: value, waiters: waiters, maxvalue: int32(min(maxvalue, semValueMax))}
	runtime.AddCleanup(s, (*semArena).unref, a)
	return s
}

// futexWait sleeps while *addr is val, for at most d (negative: no limit); it returns
// on a wake-up, a change of *addr, the time-out or a signal. The futex is a shared one
// (not FUTEX_PRIVATE): waiters in several processes map the same page.
func futexWait(addr *int32, val int32, d time.Duration) {
	var ts *unix.Timespec
	if d >= 0 {
		t := unix.NsecToTimespec(int64(d))
		ts = &t
	}
	_, _, _ = unix.Syscall6(unix.SYS_FUTEX, uintptr(unsafe.Pointer(addr)), uintptr(0 /* FUTEX_WAIT */),
		uintptr(uint32(val)), uintptr(unsafe.Pointer(ts)), 0, 0)
}

// futexWakeAll wakes every waiter sleeping on addr.
func futexWakeAll(addr *int32) {
	_, _, _ = unix.Syscall6(unix.SYS_FUTEX, uintptr(unsafe.Pointer(addr)), uintptr(1 /* FUTEX_WAKE */),
		uintptr(1<<31-1), 0, 0, 0)
}
