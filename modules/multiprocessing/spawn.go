package multiprocessing

import (
	"encoding/binary"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/atexit"
	"github.com/gopyrt/gopy/modules/importlib"
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
	// Method is how this child starts: "fork" (the parent's state handed over) or "spawn"
	// and "forkserver" (the main module imported again as __mp_main__).
	Method string `json:"method"`
	// StartMethod is the start method the child's module-level functions use: the parent's
	// get_start_method() for a spawned child (CPython's prepare forces it), the parent's
	// choice so far ("" for none) for a forked one.
	StartMethod string `json:"start_method,omitempty"`
	// MainPath is the main script's path (CPython's init_main_from_path), MainModule the
	// main module's name when it ran with -m (init_main_from_name).
	MainPath   string `json:"main_path,omitempty"`
	MainModule string `json:"main_module,omitempty"`
	// MainSource and MainName are the main module's source and file name when it has no
	// file (python -c, a script read from stdin), for a forked child's replay.
	MainSource string `json:"main_source,omitempty"`
	MainName   string `json:"main_name,omitempty"`
	// MainPackage is the main module's __package__ when it ran with -m from a package, so
	// that its relative imports work in a forked child's re-run.
	MainPackage string `json:"main_package,omitempty"`
	// StartNotes are the parent's notes on its started processes (state.startNotes).
	StartNotes map[int]string `json:"start_notes,omitempty"`
	Authkey    []byte         `json:"authkey"`
	ReplayStop int            `json:"replay_stop"`
	// PassedFds is how many descriptors the child inherits from childFdFirst on.
	PassedFds int `json:"passed_fds"`
	// TrackerFd is the resource tracker's pipe among them (0: the parent had none running).
	TrackerFd int `json:"tracker_fd,omitempty"`
}

// spawnData is what the parent sends: the preparation, then the process object pickled.
type spawnData struct {
	Prep    preparation `json:"prep"`
	Process []byte      `json:"process"`
}

// encodeSpawnData returns the spawn data for p's child and the descriptors to hand over to
// it (see spawnFds).
func encodeSpawnData(st *state, p *Process, replayStop int) ([]byte, []int, error) {
	sysm, err := st.ctx.GetModule("sys")
	if err != nil {
		return nil, nil, err
	}
	prep := preparation{
		Name:       p.name,
		SysPath:    stringList(sysm.Globals["path"]),
		SysArgv:    stringList(sysm.Globals["argv"]),
		Authkey:    []byte(st.current.authkey),
		ReplayStop: replayStop,
	}
	prep.Method = st.startMethodOf(p)
	st.mu.Lock()
	if prep.Method == "fork" {
		prep.StartMethod = st.startMethod
	} else {
		// CPython's get_preparation_data asks get_start_method(), which settles the
		// parent's default if nothing was chosen yet.
		if st.startMethod == "" {
			st.startMethod = defaultStartMethod
		}
		prep.StartMethod = st.startMethod
	}
	prep.MainModule = st.mainModule
	if len(st.startNotes) > 0 {
		prep.StartNotes = make(map[int]string, len(st.startNotes))
		for k, v := range st.startNotes {
			prep.StartNotes[k] = v
		}
	}
	st.mu.Unlock()
	prep.Dir, _ = os.Getwd()
	if mainm, err := st.ctx.GetModule("__main__"); err == nil {
		if f, ok := mainm.Globals["__file__"].(py.String); ok {
			prep.MainPath, _ = filepath.Abs(string(f))
		}
		if prep.MainPath == "" && st.mainSource != "" {
			prep.MainSource, prep.MainName = st.mainSource, st.mainName
		}
		if pkg, ok := mainm.Globals["__package__"].(py.String); ok {
			prep.MainPackage = string(pkg)
		}
	}
	sp := &spawnFds{thread: gil.Current(st.ctx)}
	st.mu.Lock()
	st.spawning = sp
	st.mu.Unlock()
	pd, err := dumpProcess(st, p)
	st.mu.Lock()
	st.spawning = nil
	st.mu.Unlock()
	if err != nil {
		return nil, nil, err
	}
	// A forked child shares its parent's resource tracker (CPython's popen_spawn_posix
	// passes it too).
	if fd := trackerFd(); fd >= 0 {
		prep.TrackerFd = sp.add(fd)
	}
	prep.PassedFds = len(sp.fds)
	data, err := json.Marshal(spawnData{Prep: prep, Process: pd})
	return data, sp.fds, err
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

// ChildMain is the body of a spawned child (CPython's spawn._main): it reads the spawn data,
// prepares the interpreter like its parent, re-runs the parent's main module as __mp_main__,
// rebuilds the process object and runs it. It returns the process's exit code, or the
// error (to be reported as an uncaught exception) when the child could not get that far.
func ChildMain(ctx py.Context) (int, error) {
	value := os.Getenv(SpawnEnv)
	os.Unsetenv(SpawnEnv)
	if value == execFailed {
		return execFailedStatus, nil
	}
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
	raw, err := readSpawnData(dataFd)
	if err != nil {
		return 1, err
	}
	var data spawnData
	if err := json.Unmarshal(raw, &data); err != nil {
		return 1, py.ExceptionNewf(py.EOFError, "Ran out of input")
	}
	for i := 0; i < data.Prep.PassedFds; i++ {
		unix.CloseOnExec(childFdFirst + i)
	}
	if data.Prep.TrackerFd > 0 {
		trackerInherit(data.Prep.TrackerFd)
	}
	if err := py.Import(ctx, "multiprocessing"); err != nil {
		return 1, err
	}
	st := stateOf(ctx)
	// While the child prepares, start() of a spawned process is CPython's bootstrapping
	// error (a script without a main guard starting processes at import).
	st.inheriting = true
	err = prepare(ctx, st, data.Prep)
	var p *Process
	if err == nil {
		p, err = loadProcess(ctx, data.Process)
	}
	st.inheriting = false
	if err != nil {
		return 1, err
	}
	code := st.bootstrap(p, dataFd)
	if data.Prep.Method == "fork" {
		// A forked child ends with os._exit: the exit callbacks it registered never run.
		atexit.Clear(ctx)
	}
	return code, nil
}

// maxSpawnData bounds what a child accepts as spawn data, so a corrupt length cannot make
// it allocate without limit.
const maxSpawnData = 1 << 30

// readSpawnData reads the length-prefixed spawn data from fd, which stays open (it is the
// parent sentinel).
func readSpawnData(fd int) ([]byte, error) {
	var size [8]byte
	if err := readFull(fd, size[:]); err != nil {
		return nil, err
	}
	n := binary.BigEndian.Uint64(size[:])
	if n > maxSpawnData {
		return nil, py.ExceptionNewf(py.ValueError, "spawn data of %d bytes is too large", n)
	}
	buf := make([]byte, n)
	if err := readFull(fd, buf); err != nil {
		return nil, err
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

// prepare applies the parent's state (CPython's spawn.prepare) and re-runs its main module.
func prepare(ctx py.Context, st *state, prep preparation) error {
	st.current.name = prep.Name
	st.current.authkey = py.Bytes(prep.Authkey)
	st.replayStop = prep.ReplayStop
	st.startNotes = prep.StartNotes
	if err := pysys.Setup(ctx, pysys.Options{Argv: prep.SysArgv, Path: prep.SysPath}); err != nil {
		return err
	}
	if prep.Dir != "" {
		if err := os.Chdir(prep.Dir); err != nil {
			return py.ExceptionNewf(py.FileNotFoundError, "[Errno 2] No such file or directory: '%s'", prep.Dir)
		}
	}
	st.mu.Lock()
	st.startMethod = prep.StartMethod
	st.mu.Unlock()
	if prep.Method != "fork" {
		return importMain(ctx, prep)
	}
	if prep.MainPath == "" && prep.MainSource == "" {
		return nil
	}
	return runMainAsMpMain(ctx, st, prep)
}

// runMainAsMpMain re-runs the parent's main script as the module __mp_main__, with
// __main__ naming the same module, so that functions and classes the parent refers to as
// __main__.name exist in the child.
//
// CPython's default start method on Linux is fork: the child has the parent's state as it
// was at start(), and the main script's top-level code never runs twice. To give scripts
// without an `if __name__ == "__main__"` guard that same behaviour, the re-run is a silent
// replay: its output is discarded, start() calls made before the one that created this
// child do nothing, and the replay stops at that start() call (see replay).
func runMainAsMpMain(ctx py.Context, st *state, prep preparation) error {
	path, stopAt := prep.MainPath, prep.ReplayStop
	src := []byte(prep.MainSource)
	fileDesc := path
	if path == "" {
		path = prep.MainName // "<string>": no __file__, as the parent's
	} else {
		var err error
		if src, err = os.ReadFile(path); err != nil {
			return py.ExceptionNewf(py.FileNotFoundError, "[Errno 2] No such file or directory: '%s'", path)
		}
	}
	store := ctx.Store()
	mp, err := store.NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__mp_main__", FileDesc: fileDesc}})
	if err != nil {
		return err
	}
	alias, err := store.NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__", FileDesc: fileDesc}})
	if err != nil {
		return err
	}
	alias.Globals = mp.Globals
	mp.Globals["__builtins__"] = store.Builtins // a forked child's is the parent's __main__
	if prep.MainPackage != "" {
		mp.Globals["__package__"] = py.String(prep.MainPackage)
	}
	for _, name := range []string{"__mp_main__", "__main__"} {
		if err := importlib.Register(ctx, name, mp); err != nil {
			return err
		}
	}
	code, err := py.Compile(string(src), path, py.ExecMode, 0, true)
	if err != nil {
		return err
	}
	sysm, err := ctx.GetModule("sys")
	if err != nil {
		return err
	}
	oldOut, oldErr := sysm.Globals["stdout"], sysm.Globals["stderr"]
	sysm.Globals["stdout"], sysm.Globals["stderr"] = pysys.NewNullStream(ctx, "<stdout>"), pysys.NewNullStream(ctx, "<stderr>")
	rp := &replay{stopAt: stopAt}
	st.replay = rp
	_, err = py.VmEvalCode(ctx, code, mp.Globals, mp.Globals, nil, nil, nil, nil, nil)
	st.replay = nil
	sysm.Globals["stdout"], sysm.Globals["stderr"] = oldOut, oldErr
	if err != nil && isReplayStop(err) {
		err = nil
	}
	// Exit callbacks the replayed code registered are the parent's: a forked child would
	// have them too but never run them (it ends with os._exit).
	atexit.Clear(ctx)
	if err == nil {
		renameReplayedMain(mp.Globals)
	}
	return err
}

// renameReplayedMain makes a replayed main module look like a forked child's: its
// __name__ (and so its functions' __module__) and the __module__ of its top-level classes
// are "__main__" rather than "__mp_main__". Pickles still resolve either name.
func renameReplayedMain(globals py.StringDict) {
	globals["__name__"] = py.String("__main__")
	for _, v := range globals {
		if t, ok := v.(*py.Type); ok && t.Dict["__module__"] == py.String("__mp_main__") {
			t.Dict["__module__"] = py.String("__main__")
		}
	}
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

	exitcode := 0
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
	_ = pysys.Flush(st.ctx)
	return exitcode
}

// SetMainSource records the source of ctx's main module when it has no file (python -c,
// a script read from stdin), so that spawned children can replay it.
func SetMainSource(ctx py.Context, name, source string) {
	st := stateOf(ctx)
	st.mu.Lock()
	st.mainSource, st.mainName = source, name
	st.mu.Unlock()
}
