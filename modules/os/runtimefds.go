package os

import (
	goos "os"
	"slices"
	"strconv"
	"sync"

	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/interp/gil"
)

// The Go runtime keeps descriptors of its own in the process: the epoll instance of its
// network poller and the eventfd that wakes it. A CPython process has neither, so a script
// that closes "every descriptor above 2" (os.closerange(3, n), or os.close in a loop, as
// daemonizing code does) would close them under Go's feet, and the next wait on a pipe ends
// the process with "fatal error: runtime: netpoll failed". To a script they do not exist:
// closerange skips them and os.close of one is EBADF, as of any descriptor not open.

var (
	runtimeOnce sync.Once
	runtimeSet  []int
)

// runtimeFds returns the descriptors the Go runtime holds for itself, sorted.
func runtimeFds() []int {
	runtimeOnce.Do(func() {
		// The poller starts with the first descriptor registered with it: make sure it
		// exists before looking.
		if r, w, err := goos.Pipe(); err == nil {
			r.Close()
			w.Close()
		}
		for _, fd := range openFds() {
			link, err := goos.Readlink("/proc/self/fd/" + strconv.Itoa(fd))
			if err != nil {
				continue
			}
			// (an interpreter thread's wake eventfd is gopy's, and is closed again)
			if (link == "anon_inode:[eventpoll]" || link == "anon_inode:[eventfd]") && !gil.IsWakeFd(fd) {
				runtimeSet = append(runtimeSet, fd)
			}
		}
	})
	return runtimeSet
}

// NoteRuntimeFds finds the runtime's descriptors now, if not done yet. A module that
// makes an epoll or eventfd descriptor for a script calls it first, so that the script's
// descriptor is not taken for one of the runtime's (os.close of it would be EBADF).
func NoteRuntimeFds() { runtimeFds() }

// isRuntimeFd reports whether fd is one of the Go runtime's own descriptors, or the wake
// descriptor of an interpreter thread (gopy's own, as invisible to a script).
func isRuntimeFd(fd int) bool {
	_, found := slices.BinarySearch(runtimeFds(), fd)
	return found || gil.IsWakeFd(fd)
}

// openFds lists the descriptors open in the process (from /proc/self/fd), sorted; nil when
// /proc cannot be read.
func openFds() []int {
	d, err := goos.Open("/proc/self/fd")
	if err != nil {
		return nil
	}
	names, err := d.Readdirnames(-1)
	self := int(d.Fd())
	d.Close()
	if err != nil {
		return nil
	}
	fds := make([]int, 0, len(names))
	for _, n := range names {
		if fd, err := strconv.Atoi(n); err == nil && fd != self {
			fds = append(fds, fd)
		}
	}
	slices.Sort(fds)
	return fds
}

// closeRange closes every descriptor in [lo, hi) but the runtime's and the interpreter
// threads' wake descriptors, ignoring errors.
func closeRange(lo, hi int) {
	lo = max(lo, 0)
	if hi <= lo {
		return
	}
	skip := runtimeFds()
	fds := openFds()
	if fds == nil {
		// No /proc: try each number up to the descriptor limit.
		limit := hi
		var rl unix.Rlimit
		if unix.Getrlimit(unix.RLIMIT_NOFILE, &rl) == nil && rl.Cur < uint64(limit) {
			limit = int(rl.Cur)
		}
		for fd := lo; fd < limit; fd++ {
			fds = append(fds, fd)
		}
	}
	for _, fd := range fds {
		if fd < lo || fd >= hi {
			continue
		}
		if _, found := slices.BinarySearch(skip, fd); !found && !gil.IsWakeFd(fd) {
			_ = unix.Close(fd)
		}
	}
}
