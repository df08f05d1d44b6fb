package multiprocessing

import (
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"
	"weak"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/environ"
	"github.com/gopyrt/gopy/internal/finalize"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/errno"
	pyos "github.com/gopyrt/gopy/modules/os"
	pysys "github.com/gopyrt/gopy/modules/sys"
)

// Popen is a started child process (CPython's popen_spawn_posix.Popen). The child is reaped
// with waitpid (WNOHANG in Poll, blocking in Wait), never by a background wait that could
// steal the status from a script's own os.waitpid.
type Popen struct {
	ctx        py.Context // the interpreter whose GIL the waits release
	pid        int
	returncode *int
	// sentinel is readable (EOF) once the child has exited: the read end of a pipe whose
	// write end only the child holds. It is closed by Close, or when the Popen is garbage
	// collected, as CPython's finalizer does.
	sentinel *ownedFd
	// dataW is the write end of the spawn data pipe (see launch).
	dataW *ownedFd
}

// ownedFd is a file descriptor owned by one Go object (a Popen's sentinel, a Connection's
// handle): closed once, by close or by the owner's cleanup when it is garbage collected;
// -1 once closed.
type ownedFd struct {
	mu sync.Mutex
	fd int
}

// get returns the descriptor, -1 once closed.
func (s *ownedFd) get() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.fd
}

// state is the descriptor's for package finalize: it needs a collection while open.
func (s *ownedFd) state() finalize.State {
	if s.get() < 0 {
		return finalize.Done
	}
	return finalize.Needs
}

func (s *ownedFd) close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fd >= 0 {
		unix.Close(s.fd)
		s.fd = -1
	}
}

// ChildEntry, set by package interp, says where the re-executed binary serves the child:
// "main" when the program's main function calls interp.Main, "init" when interp's init
// function does (a go test binary that does not call it), or the error Process.start()
// raises when the program cannot serve a child at all (nil: "init").
var ChildEntry func() (string, error)

// ChildEntryEnv hands ChildEntry's answer to the child.
const ChildEntryEnv = "GOPY_CHILD_ENTRY"

// childFdData and childFdSentinel are the descriptors a spawned child finds its spawn data
// and its end of the sentinel pipe on; the descriptors handed over with the process object
// (connections, queues, locks among its arguments) follow from childFdFirst on.
const (
	childFdData     = 3
	childFdSentinel = 4
	childFdFirst    = 5
)

// launch starts the child for p, started with method: it prepares what the child is sent
// (newChildData), re-executes the running binary (or set_executable's) with SpawnEnv set,
// and sends the data through a pipe.
func launch(st *state, p *Process, method string) (*Popen, error) {
	entry := "init"
	if ChildEntry != nil {
		var err error
		if entry, err = ChildEntry(); err != nil {
			return nil, err
		}
	}
	cd, err := st.newChildData(p, method)
	if err != nil {
		return nil, err
	}
	if cd.done != nil {
		defer cd.done()
	}
	data, err := cd.encode()
	if err != nil {
		return nil, err
	}
	exe, err := st.childExecutable(method)
	if err != nil {
		return nil, err
	}
	base := environ.List(st.ctx)
	stdout, stderr := pysys.ChildStdio(st.ctx)
	if exe == pysys.Executable() {
		defer startSpare(base, entry, stdout, stderr)
		if sp := takeSpare(base, entry, stdout, stderr, len(cd.fds)); sp != nil {
			if popen, ok, err := st.launchSpare(sp, cd, data); ok {
				return popen, err
			}
		}
	}
	// The handed-over descriptors are duplicated for os.StartProcess, which places them at
	// childFdFirst on in the child; the duplicates are closed once it has started.
	var passFiles []*os.File
	defer func() {
		for _, f := range passFiles {
			f.Close()
		}
	}()
	for _, fd := range cd.fds {
		var dup int
		err := withFdRetry(func() (err error) {
			dup, err = unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
			return err
		})
		if err != nil {
			return nil, errno.FromError(err)
		}
		passFiles = append(passFiles, os.NewFile(uintptr(dup), "passed"))
	}
	var dataPipe, sentPipe [2]int
	if err := withFdRetry(func() error { return unix.Pipe2(dataPipe[:], unix.O_CLOEXEC) }); err != nil {
		return nil, errno.FromError(err)
	}
	if err := withFdRetry(func() error { return unix.Pipe2(sentPipe[:], unix.O_CLOEXEC) }); err != nil {
		unix.Close(dataPipe[0])
		unix.Close(dataPipe[1])
		return nil, errno.FromError(err)
	}

	var devnull *os.File
	err = withFdRetry(func() (err error) {
		devnull, err = os.Open(os.DevNull)
		return err
	})
	if err != nil {
		closeAll(dataPipe[0], dataPipe[1], sentPipe[0], sentPipe[1])
		return nil, errno.FromError(err)
	}
	defer devnull.Close()
	dataR := os.NewFile(uintptr(dataPipe[0]), "spawn-data")
	sentW := os.NewFile(uintptr(sentPipe[1]), "spawn-sentinel")
	env := append(base, SpawnEnv+"="+strconv.Itoa(childFdData)+","+strconv.Itoa(childFdSentinel),
		parentEnv+"="+strconv.Itoa(os.Getpid()), ChildEntryEnv+"="+entry)
	attr := &os.ProcAttr{Env: env, Files: append([]*os.File{devnull, stdout, stderr, dataR, sentW}, passFiles...)}
	// os.StartProcess makes descriptors of its own (a pipe for the exec's error, a pidfd).
	var proc *os.Process
	err = withFdRetry(func() (err error) {
		proc, err = os.StartProcess(exe, []string{os.Args[0], "--multiprocessing-fork"}, attr)
		return err
	})
	if err != nil && exe != pysys.Executable() {
		// CPython forks before it executes set_executable's binary and ignores a failed
		// exec: the child exits with status 255. The running binary stands in for it.
		attr.Env = append(environ.List(st.ctx), SpawnEnv+"="+execFailed)
		err = withFdRetry(func() (err error) {
			proc, err = os.StartProcess(pysys.Executable(), []string{os.Args[0], "--multiprocessing-fork"}, attr)
			return err
		})
	}
	dataR.Close()
	sentW.Close()
	if err != nil {
		closeAll(dataPipe[1], sentPipe[0])
		return nil, py.ExceptionNewf(py.OSError, "cannot start child process: %v", err)
	}
	pid := proc.Pid
	// Release drops Go's handle (a pidfd) without waiting: the child is reaped by waitpid.
	_ = proc.Release()
	popen := newPopen(st.ctx, pid, sentPipe[0], dataPipe[1])
	werr := writeAll(dataPipe[1], data)
	if werr != nil && werr != unix.EPIPE {
		return popen, errno.FromError(werr)
	}
	return popen, nil
}

// newPopen makes the Popen of the child pid, whose sentinel is sentinel's read end and
// whose data descriptor is dataW. The data descriptor's write end stays open while the
// Popen lives: the child keeps the read end as its parent sentinel, readable (EOF) once
// this process is gone.
func newPopen(ctx py.Context, pid, sentinel, dataW int) *Popen {
	popen := &Popen{ctx: ctx, pid: pid, sentinel: &ownedFd{fd: sentinel}, dataW: &ownedFd{fd: dataW}}
	runtime.AddCleanup(popen, (*ownedFd).close, popen.sentinel)
	runtime.AddCleanup(popen, (*ownedFd).close, popen.dataW)
	registerPopenFds(popen)
	collectForStarts()
	return popen
}

// launchSpare makes the spare sp the child of a start() (see spare.go); ok is false when
// the spare had died and the start must be cold.
func (st *state) launchSpare(sp *spareChild, cd *childData, data []byte) (popen *Popen, ok bool, err error) {
	delivered, werr := sp.send(cd.fds, data)
	if !delivered {
		return nil, false, nil
	}
	popen = newPopen(st.ctx, sp.pid, sp.sentR, sp.ctl)
	if werr != nil && werr != unix.EPIPE {
		return popen, true, errno.FromError(werr)
	}
	return popen, true, nil
}

func closeAll(fds ...int) {
	for _, fd := range fds {
		unix.Close(fd)
	}
}

func writeAll(fd int, data []byte) error {
	for len(data) > 0 {
		n, err := unix.Write(fd, data)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		data = data[n:]
	}
	return nil
}

// Poll returns the exit code if the child has ended (reaping it), nil if it still runs.
// With nohang false it blocks until the child ends (CPython's poll(flag=0)).
func (pp *Popen) Poll(nohang bool) (*int, error) {
	if pp.returncode != nil {
		return pp.returncode, nil
	}
	flag := 0
	if nohang {
		flag = unix.WNOHANG
	}
	var pid, status int
	var err error
	if nohang {
		pid, status, err = pyos.Wait4(pp.pid, flag)
	} else {
		gil.Unlocked(pp.ctx, func() { pid, status, err = pyos.Wait4(pp.pid, flag) })
	}
	if err != nil {
		// CPython: an OSError from waitpid means the child is gone or not ours; poll
		// answers None and a later wait() raises nothing either.
		return nil, nil
	}
	if pid == pp.pid {
		code, err := pyos.ExitCode(status)
		if err != nil {
			return nil, err
		}
		pp.returncode = &code
		// The child is gone: it needs its parent sentinel no more.
		if pp.dataW != nil {
			pp.dataW.close()
		}
	}
	return pp.returncode, nil
}

// Wait waits for the child to end and returns its exit code; timeout < 0 waits for ever,
// otherwise nil is returned if it is still running after timeout seconds.
func (pp *Popen) Wait(timeout float64) (*int, error) {
	if pp.returncode != nil {
		return pp.returncode, nil
	}
	// The wait is on the sentinel (readable once the child has exited), with the GIL
	// released; in the main thread a signal interrupts it (Ctrl-C in join()).
	d := time.Duration(-1)
	if timeout >= 0 {
		d = time.Duration(timeout * float64(time.Second))
	}
	pp.sentinel.mu.Lock()
	fd := pp.sentinel.fd
	pp.sentinel.mu.Unlock()
	if fd < 0 {
		return pp.Poll(timeout == 0)
	}
	ready, err := gil.WaitFd(pp.ctx, fd, unix.POLLIN, d)
	if err != nil {
		return nil, err
	}
	if !ready {
		return nil, nil
	}
	return pp.Poll(false)
}

// Signal sends sig to a child that has not been reaped (terminate and kill).
func (pp *Popen) Signal(sig unix.Signal) error {
	if pp.returncode != nil {
		return nil
	}
	err := unix.Kill(pp.pid, sig)
	if err == nil || err == unix.ESRCH {
		return nil
	}
	if code, _ := pp.Wait(0.1); code == nil {
		return errno.FromError(err)
	}
	return nil
}

// registerPopenFds has pp's descriptors closed at the finalization points (package
// finalize: the return of the function that started the child, del, the exit path,
// interp's Close), as CPython's finalizer closes them when the last reference to the
// Popen goes and multiprocessing.util's at exit; a start/join loop in a function then
// gives its descriptors back at each return, however rarely Go's collector runs by itself
// (interp.PaceCollector). Only a reaped child's Popen asks for a collection: a running
// child's process object is kept by the children list.
func registerPopenFds(pp *Popen) {
	sentinel, dataW, wp := pp.sentinel, pp.dataW, weak.Make(pp)
	finalize.Register(func() bool { return wp.Value() == nil }, func() finalize.State {
		switch p := wp.Value(); {
		case sentinel.get() < 0 && dataW.get() < 0:
			return finalize.Done
		case p != nil && p.returncode == nil:
			return finalize.Idle
		}
		return finalize.Needs
	}, func() {
		sentinel.close()
		dataW.close()
	})
}

// Close releases the sentinel and the data pipe.
func (pp *Popen) Close() {
	pp.sentinel.close()
	if pp.dataW != nil {
		pp.dataW.close()
	}
}
