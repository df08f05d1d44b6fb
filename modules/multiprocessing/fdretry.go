package multiprocessing

import (
	"errors"
	"runtime"
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
