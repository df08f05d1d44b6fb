package multiprocessing

import (
	"encoding/binary"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/finalize"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/atexit"
	"github.com/gopyrt/gopy/modules/pickle"
	pysys "github.com/gopyrt/gopy/modules/sys"
	"github.com/gopyrt/gopy/modules/traceback"
)

// SpawnEnv is the environment variable that marks a re-executed binary as a spawned child.
// Its value is "<data fd>,<sentinel fd>". The child removes it from its environment at once,
// so that the script and its own children never see it.
const SpawnEnv = "GOPY_MULTIPROCESSING_SPAWN"

// execFailed is SpawnEnv's value for a stand-in child whose only job is to exit with
// execFailedStatus, the status of a CPython child whose exec of set_executable's binary
// failed.
const (
	execFailed       = "exec-failed"
	execFailedStatus = 255
)

// preparation is what the child needs before it can load the process object (CPython's
// spawn.get_preparation_data).
type preparation struct {
	Name    string   `json:"name"`
	SysPath []string `json:"sys_path"`
	SysArgv []string `json:"sys_argv"`
	Dir     string   `json:"dir"`
	// Method is how this child starts: "fork" (the parent's state handed over, fork.go)
	// or "spawn" and "forkserver" (the main module imported again as __mp_main__).
	Method string `json:"method"`
	// StartMethod is the start method the child's module-level functions use: the parent's
	// get_start_method() for a spawned child (CPython's prepare forces it); a forked one
	// has the parent's choice so far in its snapshot.
	StartMethod string `json:"start_method,omitempty"`
	// MainPath is the main script's path (CPython's init_main_from_path), MainModule the
	// main module's name when it ran with -m (init_main_from_name), for a spawned child.
	MainPath   string `json:"main_path,omitempty"`
	MainModule string `json:"main_module,omitempty"`
	Authkey    []byte `json:"authkey"`
	// SnapshotSize is the length of a forked child's snapshot: in the descriptor
	// SnapshotFd when that is not 0 (a memfd), else at the start of the payload.
	SnapshotSize int `json:"snapshot_size,omitempty"`
	SnapshotFd   int `json:"snapshot_fd,omitempty"`
	// ProcessParts is how many pickles make the process object (target and arguments
	// first, for a forked child).
	ProcessParts int `json:"process_parts"`
	// PassedFds is how many descriptors the child inherits from childFdFirst on.
	PassedFds int `json:"passed_fds"`
	// TrackerFd is the resource tracker's pipe among them (0: the parent had none running).
	TrackerFd int `json:"tracker_fd,omitempty"`
	// LogToStderr and LogLevel set up the child's multiprocessing logger as the parent's
	// (CPython's log_to_stderr and log_level; LogLevel 0: the parent has no logger).
	LogToStderr bool `json:"log_to_stderr,omitempty"`
	LogLevel    int  `json:"log_level,omitempty"`
}

// childData is what a child is sent: the preparation and the payload (the pickles), and
// the descriptors it inherits from childFdFirst on. done releases what the parent kept for
// the child's start (nil when nothing).
type childData struct {
	prep    preparation
	payload []byte
	fds     []int
	done    func()
}

// encode frames the preparation (JSON) and the payload, each after its length.
func (d *childData) encode() ([]byte, error) {
	prep, err := json.Marshal(d.prep)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, 16+len(prep)+len(d.payload))
	out = binary.BigEndian.AppendUint64(out, uint64(len(prep)))
	out = append(out, prep...)
	out = binary.BigEndian.AppendUint64(out, uint64(len(d.payload)))
	return append(out, d.payload...), nil
}

// newChildData prepares what p's child is sent, by its start method: the process object
// pickled by reference for 'spawn' and 'forkserver', the parent's state and the process by
// value for 'fork'.
func (st *state) newChildData(p *Process, method string) (*childData, error) {
	sysm, err := st.ctx.GetModule("sys")
	if err != nil {
		return nil, err
	}
	d := &childData{prep: preparation{
		Name:    p.name,
		SysPath: stringList(sysm.Globals["path"]),
		SysArgv: stringList(sysm.Globals["argv"]),
		Authkey: []byte(st.current.authkey),
		Method:  method,
	}}
	d.prep.Dir, _ = os.Getwd()
	d.prep.LogToStderr, d.prep.LogLevel = st.loggingPreparation()
	var fds *spawnFds
	if method == "fork" {
		if fds, err = st.forkPayload(p, d); err != nil {
			return nil, err
		}
	} else {
		st.mu.Lock()
		// CPython's get_preparation_data asks get_start_method(), which settles the
		// parent's default if nothing was chosen yet.
		if st.startMethod == "" {
			st.startMethod = defaultStartMethod
		}
		d.prep.StartMethod, d.prep.MainModule = st.startMethod, st.mainModule
		st.mu.Unlock()
		if mainm, err := st.ctx.GetModule("__main__"); err == nil {
			if f, ok := mainm.Globals["__file__"].(py.String); ok {
				d.prep.MainPath, _ = filepath.Abs(string(f))
			}
		}
		fds = &spawnFds{thread: gil.Current(st.ctx)}
		end := st.beginSpawning(fds)
		d.payload, err = dumpProcess(st, p)
		end()
		if err != nil {
			return nil, err
		}
		d.prep.ProcessParts = 1
	}
	// A child shares its parent's resource tracker (CPython's popen_spawn_posix passes it,
	// a forked child inherits it).
	if fd := trackerFd(); fd >= 0 {
		d.prep.TrackerFd = fds.add(fd)
	}
	d.prep.PassedFds = len(fds.fds)
	d.fds = fds.fds
	return d, nil
}

// forkPayload fills d for a 'fork' child: the snapshot (the batch's, or a new one) and
// the process object. The snapshot goes into a memfd when it is shared or large.
func (st *state) forkPayload(p *Process, d *childData) (*spawnFds, error) {
	snap, shared := st.batchSnapshot()
	if snap == nil {
		var err error
		if snap, err = st.takeSnapshot(); err != nil {
			return nil, err
		}
		if shared {
			st.setBatchSnapshot(snap)
		}
	}
	proc, parts, fds, err := st.dumpForkProcess(snap, p, shared)
	if err != nil {
		return nil, err
	}
	d.prep.ProcessParts = parts
	d.prep.SnapshotSize = len(snap.data)
	if snap.memfd == nil && (shared || len(snap.data) > snapshotInline) {
		if snap.memfd, err = sealedMemfd(snap.data); err != nil {
			return nil, err
		}
		if !shared {
			d.done = snap.memfd.close
		}
	}
	if snap.memfd != nil {
		d.prep.SnapshotFd = fds.add(snap.memfd.get())
		d.payload = proc
	} else {
		d.payload = append(snap.data, proc...)
	}
	return fds, nil
}

func stringList(o py.Object) []string {
	l, ok := o.(*py.List)
	if !ok {
		return nil
	}
	out := make([]string, 0, len(l.Items))
	for _, it := range l.Items {
		if s, ok := it.(py.String); ok {
			out = append(out, string(s))
		}
	}
	return out
}

// IsSpawnedChild reports whether this process was started by multiprocessing as a child.
func IsSpawnedChild() bool { return os.Getenv(SpawnEnv) != "" }

// ChildMain is the body of a child (CPython's spawn._main, or what follows os.fork() in
// popen_fork): it reads what the parent sent, prepares the interpreter like its parent
// (its state by value for 'fork', its main module imported again for 'spawn'), rebuilds
// the process object and runs it. It returns the process's exit code, or the error (to be
// reported as an uncaught exception) when the child could not get that far.
func ChildMain(ctx py.Context) (int, error) {
	value := os.Getenv(SpawnEnv)
	os.Unsetenv(SpawnEnv)
	if value == execFailed {
		return execFailedStatus, nil
	}
	watchParent()
	fds := strings.Split(value, ",")
	if len(fds) != 2 {
		return 1, py.ExceptionNewf(py.RuntimeError, "malformed %s", SpawnEnv)
	}
	dataFd, err1 := strconv.Atoi(fds[0])
	sentFd, err2 := strconv.Atoi(fds[1])
	if err1 != nil || err2 != nil {
		return 1, py.ExceptionNewf(py.RuntimeError, "malformed %s", SpawnEnv)
	}
	unix.CloseOnExec(dataFd)
	unix.CloseOnExec(sentFd)
	rawPrep, err := readSpawnData(dataFd)
	if err != nil {
		return 1, err
	}
	var prep preparation
	if err := json.Unmarshal(rawPrep, &prep); err != nil {
		return 1, py.ExceptionNewf(py.EOFError, "Ran out of input")
	}
	payload, err := readSpawnData(dataFd)
	if err != nil {
		return 1, err
	}
	for i := 0; i < prep.PassedFds; i++ {
		unix.CloseOnExec(childFdFirst + i)
	}
	if prep.TrackerFd > 0 {
		trackerInherit(prep.TrackerFd)
	}
	if err := importModule(ctx, "multiprocessing"); err != nil {
		return 1, err
	}
	st := stateOf(ctx)
	// While the child prepares, start() of a spawned process is CPython's bootstrapping
	// error (a script without a main guard starting processes at import).
	st.inheriting = true
	p, err := prepare(ctx, st, prep, payload)
	st.inheriting = false
	if err != nil {
		return 1, err
	}
	if prep.Method == "fork" {
		runAtFork(ctx, afterForkInChild)
	}
	code := st.bootstrap(p, dataFd)
	if prep.Method == "fork" {
		// A forked child ends with os._exit: the exit callbacks it registered never run.
		atexit.Clear(ctx)
		if rt := gil.Of(ctx); rt != nil {
			finalize.Forget(rt)
		}
	}
	return code, nil
}

// maxSpawnData bounds what a child accepts as spawn data, so a corrupt length cannot make
// it allocate without limit.
const maxSpawnData = 1 << 34

// readSpawnData reads one length-prefixed part of the spawn data from fd, which stays open
// (it is the parent sentinel).
func readSpawnData(fd int) ([]byte, error) {
	var size [8]byte
	if err := readFull(fd, size[:]); err != nil {
		return nil, err
	}
	n := binary.BigEndian.Uint64(size[:])
	if n > maxSpawnData {
		return nil, py.ExceptionNewf(py.ValueError, "spawn data of %d bytes is too large", n)
	}
	// Read in steps, so that a length larger than what follows costs no more memory than
	// what is there.
	var buf []byte
	for uint64(len(buf)) < n {
		chunk := make([]byte, min(n-uint64(len(buf)), 1<<20))
		if err := readFull(fd, chunk); err != nil {
			return nil, err
		}
		buf = append(buf, chunk...)
	}
	return buf, nil
}

func readFull(fd int, buf []byte) error {
	for len(buf) > 0 {
		n, err := unix.Read(fd, buf)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return py.ExceptionNewf(py.OSError, "reading spawn data: %v", err)
		}
		if n == 0 {
			return py.ExceptionNewf(py.EOFError, "Ran out of input")
		}
		buf = buf[n:]
	}
	return nil
}

// prepare applies the parent's state (CPython's spawn.prepare, or the state a forked child
// starts with) and loads the process object.
func prepare(ctx py.Context, st *state, prep preparation, payload []byte) (*Process, error) {
	st.current.name = prep.Name
	st.current.authkey = py.Bytes(prep.Authkey)
	if err := pysys.Setup(ctx, pysys.Options{Argv: prep.SysArgv, Path: prep.SysPath}); err != nil {
		return nil, err
	}
	if prep.Dir != "" {
		if err := os.Chdir(prep.Dir); err != nil {
			return nil, py.ExceptionNewf(py.FileNotFoundError, "[Errno 2] No such file or directory: '%s'", prep.Dir)
		}
	}
	u := pickle.NewUnpickler(ctx, payload)
	if prep.Method == "fork" {
		snapshot := payload
		if prep.SnapshotFd > 0 {
			var err error
			if snapshot, err = readMemfd(prep.SnapshotFd, prep.SnapshotSize); err != nil {
				return nil, err
			}
		} else if prep.SnapshotSize > len(payload) {
			return nil, py.ExceptionNewf(py.EOFError, "Ran out of input")
		} else {
			payload = payload[prep.SnapshotSize:]
		}
		u.SetInput(snapshot)
		// Everything the snapshot makes lives on in the child: a collection while it is
		// read would only walk a heap that grows to its final size.
		gcPercent := debug.SetGCPercent(-1)
		// the multiprocessing logger comes with logging's and multiprocessing.util's
		// states (fork_library.go)
		err := loadSnapshot(ctx, u)
		debug.SetGCPercent(gcPercent)
		if err != nil {
			return nil, err
		}
		u.SetInput(payload)
	} else {
		st.mu.Lock()
		st.startMethod = prep.StartMethod
		st.mu.Unlock()
		if err := st.prepareLogging(prep.LogToStderr, prep.LogLevel); err != nil {
			return nil, err
		}
		if err := importMain(ctx, prep); err != nil {
			return nil, err
		}
	}
	var obj py.Object
	for i := 0; i < max(prep.ProcessParts, 1); i++ {
		var err error
		if obj, err = u.Load(); err != nil {
			return nil, err
		}
	}
	p, ok := obj.(*Process)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "spawn data did not hold a process object but %s", obj.Type().Name)
	}
	return p, nil
}

// startMethodOf is the start method p starts with: its class's (ForkProcess, SpawnProcess,
// ForkServerProcess and their subclasses), else the module's current one.
func (st *state) startMethodOf(p *Process) string {
	if method := st.classMethod(p); method != "" {
		return method
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.startMethod == "" {
		return defaultStartMethod
	}
	return st.startMethod
}

// classMethod is the start method of p's class when it is a concrete context's
// (CPython's _start_method of ForkProcess, SpawnProcess, ForkServerProcess), else "".
func (st *state) classMethod(p *Process) string {
	for _, method := range startMethods {
		if cls := st.classes[contextPrefix(method)+"Process"]; cls != nil && p.Type().IsSubtype(cls) {
			return method
		}
	}
	return ""
}

// bootstrap runs the process object in this child (CPython's BaseProcess._bootstrap) and
// returns its exit code.
func (st *state) bootstrap(p *Process, parentSentinel int) int {
	method := st.classMethod(p)
	st.mu.Lock()
	if method != "" {
		st.startMethod = method
	}
	st.counter = 0
	st.children = nil
	st.current = p
	st.parent = &parentInfo{name: p.parentName, pid: p.parentPid, sentinel: parentSentinel}
	st.mu.Unlock()

	if diesWithParent(p) {
		childState.Store(childServing)
	} else {
		childState.Store(childOwnLife)
	}
	exitcode := 0
	st.utilLog("info", "child process calling self.run()")
	_, runErr := callMethod(p, "run")
	st.exitFunction()
	if runErr != nil {
		write := pysys.Stderr(st.ctx)
		info := traceback.Info(runErr)
		if info.Type != nil && info.Type.IsSubtype(py.SystemExit) {
			status, msg := pysys.ExitStatus(pysys.SystemExitCode(info.Value))
			exitcode = status
			if msg != "" {
				write(msg + "\n")
			}
		} else {
			exitcode = 1
			write("Process " + p.name + ":\n")
			write(traceback.Format(info))
		}
	}
	st.utilLog("info", "process exiting with exitcode "+strconv.Itoa(exitcode))
	_ = pysys.Flush(st.ctx)
	return exitcode
}
