package multiprocessing

import (
	"errors"
	"runtime"
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"
)

// withFdRetry runs open, a call that creates descriptors. Objects dropped without close()
// (a Connection, a Queue, a joined Process) give theirs back only when the garbage
// collector frees them, where CPython frees them at the last reference; so when open
// fails for want of descriptors (EMFILE, ENFILE), it collects, lets the cleanups run and
// tries again, a few times, before reporting the error. The error may wrap the errno
// (os.StartProcess's *os.PathError).
func withFdRetry(open func() error) error {
	err := open()
	for i := 1; i <= 5 && (errors.Is(err, unix.EMFILE) || errors.Is(err, unix.ENFILE)); i++ {
		runtime.GC()
		time.Sleep(time.Duration(i) * time.Millisecond) // cleanups run on a goroutine of their own
		err = open()
	}
	return err
}

// collectEvery is how many child processes may start between two collections that
// collectForStarts asks for.
const collectEvery = 8

var startsSinceCollect atomic.Int32

// collectForStarts is called at each child start: a Popen holds two descriptors until it is
// closed or collected, and a program that starts and joins processes in a loop without
// close() (as it may in CPython, which frees them at the last reference) would pile them up
// between collections, which an interpreter with a slow collector pace (interp.PaceCollector)
// makes rare. Every few starts it begins a collection in the background, so the dropped
// Popens' cleanups close theirs.
func collectForStarts() {
	if startsSinceCollect.Add(1)%collectEvery == 0 {
		go runtime.GC()
	}
}
