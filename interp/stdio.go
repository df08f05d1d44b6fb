package interp

import (
	"errors"
	"io"
	"os"
	"sync"

	"golang.org/x/sys/unix"
)

// The standard streams of an interpreter (Options.Stdin, Stdout, Stderr).
//
// Python's sys.stdin, sys.stdout and sys.stderr are io objects over a descriptor (package
// modules/io), and children inherit descriptors, not Go values. So:
//
//   - an *os.File is used through its descriptor: the script's streams and the standard
//     output and error of the multiprocessing children it starts are that file;
//   - any other io.Writer gets the read end of a pipe: the script's stream and the
//     children's output write into the pipe, and a goroutine copies what arrives to the
//     writer. Every entry (Exec, Eval, Call, the Run methods) flushes sys.stdout and
//     sys.stderr and waits until what they hold has reached the writer before returning,
//     so the writer holds the output when the entry returns; output of children or of
//     threads still running arrives while it is written. Writes to the writer are made
//     one at a time (the writer need not be safe for concurrent use; Stdout and Stderr
//     may be the same writer);
//   - any other io.Reader gets the write end of a pipe that a goroutine fills from it
//     (children's standard input is /dev/null, as CPython's).
//
// Descriptors 0, 1 and 2 of the process stay as they are: os.write(1, ...) and
// subprocess children still reach the process's own standard output.
type stdio struct {
	fds     [3]int      // the descriptors sys.stdin, sys.stdout, sys.stderr are made on
	child   [2]*os.File // the children's standard output and error (nil: the process's)
	copiers []*copier
	feeder  *os.File   // the write end of the stdin pipe, nil if none
	mu      sync.Mutex // serialises writes to the host's writers
}

// setup chooses the descriptors for the interpreter's streams.
func (s *stdio) setup(in io.Reader, out, errOut io.Writer) error {
	s.fds = [3]int{0, 1, 2}
	if in != nil {
		if f, ok := in.(*os.File); ok {
			s.fds[0] = int(f.Fd())
		} else {
			var p [2]int
			if err := unix.Pipe2(p[:], unix.O_CLOEXEC); err != nil {
				return os.NewSyscallError("pipe2", err)
			}
			s.fds[0] = p[0]
			s.feeder = os.NewFile(uintptr(p[1]), "stdin-feeder")
			go func(w *os.File) {
				_, _ = io.Copy(w, in)
				_ = w.Close()
			}(s.feeder)
		}
	}
	for i, w := range []io.Writer{out, errOut} {
		if w == nil {
			continue
		}
		if f, ok := w.(*os.File); ok {
			s.fds[i+1] = int(f.Fd())
			s.child[i] = f
			continue
		}
		c, err := newCopier(w, &s.mu)
		if err != nil {
			s.close()
			return err
		}
		s.copiers = append(s.copiers, c)
		s.fds[i+1] = c.wfd
		s.child[i] = c.wfile
	}
	return nil
}

// drain waits until what was written into the pipes has reached the writers.
func (s *stdio) drain() {
	for _, c := range s.copiers {
		c.drain()
	}
}

// close stops the copiers (after a last drain) and closes the pipes.
func (s *stdio) close() {
	for _, c := range s.copiers {
		c.stop()
	}
	s.copiers = nil
	if s.feeder != nil {
		// The feeding goroutine ends at its next write (or when its reader ends).
		if s.fds[0] != 0 {
			unix.Close(s.fds[0])
		}
		s.feeder = nil
	}
}

// copier copies what arrives in a pipe to a writer.
type copier struct {
	w     io.Writer
	mu    *sync.Mutex
	rfd   int      // read end, blocking; read only by run
	wfd   int      // write end: the descriptor of the Python stream
	wfile *os.File // wfd for the children
	quit  int      // an eventfd that stops run
	done  chan struct{}
}

func newCopier(w io.Writer, mu *sync.Mutex) (*copier, error) {
	var p [2]int
	if err := unix.Pipe2(p[:], unix.O_CLOEXEC); err != nil {
		return nil, os.NewSyscallError("pipe2", err)
	}
	quit, err := unix.Eventfd(0, unix.EFD_CLOEXEC|unix.EFD_NONBLOCK)
	if err != nil {
		unix.Close(p[0])
		unix.Close(p[1])
		return nil, os.NewSyscallError("eventfd", err)
	}
	c := &copier{w: w, mu: mu, rfd: p[0], wfd: p[1], quit: quit, done: make(chan struct{})}
	c.wfile = os.NewFile(uintptr(p[1]), "stdio-pipe")
	go c.run()
	return c, nil
}

// run copies until the pipe ends or quit is signalled. It holds mu from the moment data is
// known to be in the pipe until it has been written, so that drain sees either data still
// in the pipe or a finished write.
func (c *copier) run() {
	defer close(c.done)
	buf := make([]byte, 32*1024)
	fds := []unix.PollFd{{Fd: int32(c.rfd), Events: unix.POLLIN}, {Fd: int32(c.quit), Events: unix.POLLIN}}
	for {
		fds[0].Revents, fds[1].Revents = 0, 0
		if _, err := unix.Poll(fds, -1); err != nil {
			if errors.Is(err, unix.EINTR) {
				continue
			}
			return
		}
		if fds[1].Revents != 0 || fds[0].Revents == 0 {
			return // stop has drained the pipe first
		}
		c.mu.Lock()
		n, err := unix.Read(c.rfd, buf)
		if n > 0 {
			_, _ = c.w.Write(buf[:n])
		}
		c.mu.Unlock()
		if err == unix.EINTR {
			continue
		}
		if n <= 0 {
			return
		}
	}
}

// drain waits until the pipe is empty and the write in progress, if any, is done.
func (c *copier) drain() {
	for {
		c.mu.Lock()
		n, err := unix.IoctlGetInt(c.rfd, unix.TIOCINQ)
		c.mu.Unlock()
		if err != nil || n == 0 {
			return
		}
		select {
		case <-c.done:
			return
		default:
		}
		unix.Nanosleep(&unix.Timespec{Nsec: 100_000}, nil)
	}
}

// stop copies what is left, ends run and closes the pipe (a child still holding the write
// end writes into a closed pipe: EPIPE).
func (c *copier) stop() {
	c.drain()
	var one = [8]byte{1}
	_, _ = unix.Write(c.quit, one[:])
	<-c.done
	_ = c.wfile.Close()
	unix.Close(c.rfd)
	unix.Close(c.quit)
}
