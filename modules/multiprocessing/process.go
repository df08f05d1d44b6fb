package multiprocessing

import (
	"crypto/rand"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/importlib"
)

// ProcessType is BaseProcess, the base of every interpreter's multiprocessing.Process
// class; it holds the methods. Each interpreter gets its own Process subclass, bound to its
// multiprocessing state (see bindInterpreter), so that a constructor call, which gpython
// makes without a context, knows its interpreter. Python code may subclass Process.
var ProcessType = classes.NewNativeType("BaseProcess", "multiprocessing.process",
	"Process objects represent activity that is run in a separate process.", py.ObjectType,
	func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return nil, py.ExceptionNewf(py.TypeError, "cannot create 'BaseProcess' instances: use multiprocessing.Process")
	})

// Process is a multiprocessing.Process instance (or an instance of a Python subclass).
type Process struct {
	classes.Instance
	st         *state
	identity   []int
	daemon     bool
	authkey    py.Bytes
	parentPid  int
	parentName string
	popen      *Popen
	closed     bool
	target     py.Object
	args       py.Tuple
	kwargs     py.StringDict
	name       string
	// initialized is set by __init__; a subclass that forgot to call it gets CPython's
	// AttributeError when the process is used.
	initialized bool
	// sentinel is the child's sentinel fd, kept after close of the Popen as CPython keeps
	// self._sentinel; -1 when not started.
	sentinel int
}

// state is one interpreter's multiprocessing state: CPython's module globals of
// multiprocessing.process and multiprocessing.util.
type state struct {
	mu             sync.Mutex
	ctx            py.Context
	processClass   *py.Type
	classes        map[string]*py.Type // Process and ForkProcess, SpawnProcess, ForkServerProcess
	current        *Process
	parent         *parentInfo
	parentObj      *parentProcess
	children       []*Process // started and not yet known to be finished, in start order
	counter        int        // _process_counter
	exiting        bool
	exitRegistered bool
	exitFn         py.Object // the exit function's Python callable (exitFunctionObject)
	// mainModule is the main module's name when it ran with -m (see SetMainModule).
	mainModule string
	// inheriting is set while a spawned child prepares (imports its parent's main
	// module): start() of a spawned process then fails as CPython's does.
	inheriting bool
	// batches are the threads' batches of 'fork' children sharing a snapshot (fork.go).
	batches map[*gil.Thread]*forkBatch
	// reuse is what the 'fork' snapshots keep between starts (fork_reuse.go).
	reuse *forkReuse
	// startMethod is what set_start_method chose ("" until chosen).
	startMethod string
	// executable is set_executable's choice ("" for the running binary); executableNone
	// records set_executable(None).
	executable     string
	executableNone bool
	// queues are this process's queues, whose feeders the exit function finishes.
	queues []*queueFeed
	// spawning holds, per thread, the collector of the descriptors handed over to the child
	// that thread is starting (only while its process object is pickled): threads may start
	// processes at the same time, and pickling lets another thread run.
	spawning map[*gil.Thread]*spawnFds
	// forking counts, per thread, the ForkingPickler dumps in progress (Connection.send,
	// Queue.put): a Connection pickled there travels through the resource sharer.
	forking map[*gil.Thread]int
	// contexts are the context objects by start method ("" the DefaultContext).
	contexts map[string]*Context
	// sharer hands descriptors to other processes (resource_sharer.go), nil until used.
	sharer *resourceSharer
}

type parentInfo struct {
	name     string
	pid      int
	sentinel int
}

var (
	statesMu sync.Mutex
	states   = map[py.Context]*state{}
)

// stateOf returns ctx's multiprocessing state, creating it (with the MainProcess) if needed.
func stateOf(ctx py.Context) *state {
	statesMu.Lock()
	defer statesMu.Unlock()
	st, ok := states[ctx]
	if !ok {
		st = &state{ctx: ctx}
		key := make([]byte, 32)
		_, _ = rand.Read(key)
		st.current = &Process{st: st, name: "MainProcess", authkey: py.Bytes(key), parentPid: -1, sentinel: -1, initialized: true}
		st.current.Init(ProcessType, st.current)
		states[ctx] = st
	}
	return st
}

// forgetState drops ctx's multiprocessing state when its interpreter closes.
func forgetState(ctx py.Context) {
	statesMu.Lock()
	st := states[ctx]
	delete(states, ctx)
	statesMu.Unlock()
	if st != nil && st.sharer != nil {
		st.sharer.stop()
	}
}

func moduleState(self py.Object) (*state, error) {
	m, ok := self.(*py.Module)
	if !ok || m.Context == nil {
		return nil, py.ExceptionNewf(py.SystemError, "multiprocessing function called without its module")
	}
	return stateOf(m.Context), nil
}

// bindInterpreter runs when an interpreter imports multiprocessing: it creates the
// interpreter's Process class.
func bindInterpreter(self py.Object) (py.Object, error) {
	m := self.(*py.Module)
	st := stateOf(m.Context)
	alloc := func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		p := &Process{st: st, sentinel: -1}
		p.Init(cls, p)
		return p, nil
	}
	// Process, and the context-specific classes (ForkProcess...) as in CPython's
	// multiprocessing.context; the latter derive from BaseProcess, not from Process.
	st.classes = map[string]*py.Type{}
	for _, name := range []string{"Process", "ForkProcess", "SpawnProcess", "ForkServerProcess"} {
		st.classes[name] = classes.NewNativeType(name, "multiprocessing.context", ProcessType.Doc, ProcessType, alloc)
	}
	st.processClass = st.classes["Process"]
	st.bindContexts()
	if st.current.parentPid < 0 {
		st.current.SetClass(classes.NewNativeType("_MainProcess", "multiprocessing.process", "The main process.", ProcessType, alloc))
	}
	m.Globals["Process"] = st.processClass
	delete(m.Globals, "_bind_interpreter")
	// As CPython's multiprocessing/__init__.py: the main module is also __mp_main__, so
	// objects a spawned child pickles with that module name load here.
	if _, ok := importlib.Lookup(m.Context, "__mp_main__"); !ok {
		if main, ok := importlib.Lookup(m.Context, "__main__"); ok {
			if err := importlib.Register(m.Context, "__mp_main__", main); err != nil {
				return nil, err
			}
		}
	}
	// multiprocessing is not a package: its submodules are attributes once imported, so that
	// `from multiprocessing import shared_memory` finds them.
	for _, sub := range []string{"util", "context", "connection", "queues", "synchronize", "sharedctypes", "shared_memory", "resource_tracker", "reduction"} {
		if err := importModule(m.Context, "multiprocessing."+sub); err != nil {
			return nil, err
		}
		if sm, err := m.Context.GetModule("multiprocessing." + sub); err == nil {
			m.Globals[sub] = sm
		}
	}
	if util, err := m.Context.GetModule("multiprocessing.util"); err == nil {
		m.Globals["get_logger"] = util.Globals["get_logger"]
		m.Globals["log_to_stderr"] = util.Globals["log_to_stderr"]
	}
	return py.None, nil
}

// bindContextModule fills multiprocessing.context with this interpreter's classes.
func bindContextModule(self py.Object) (py.Object, error) {
	m := self.(*py.Module)
	if err := importModule(m.Context, "multiprocessing"); err != nil {
		return nil, err
	}
	st := stateOf(m.Context)
	for name, cls := range st.classes {
		m.Globals[name] = cls
	}
	m.Globals["BaseProcess"] = ProcessType
	m.Globals["BaseContext"] = ContextType
	st.mu.Lock()
	for _, c := range st.contexts {
		m.Globals[c.typ.Name] = c.typ
	}
	m.Globals["_default_context"] = st.contexts[""]
	st.mu.Unlock()
	delete(m.Globals, "_bind_interpreter")
	return py.None, nil
}

// processInit is Process.__init__(self, group=None, target=None, name=None, args=(),
// kwargs={}, *, daemon=None).
func processInit(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	p, err := asProcess(self)
	if err != nil {
		return nil, err
	}
	var group, target, name, pargs, pkwargs, daemon py.Object = py.None, py.None, py.None, py.Tuple{}, nil, py.None
	err = py.ParseTupleAndKeywords(args, kwargs, "|OOOOO$O:Process",
		[]string{"group", "target", "name", "args", "kwargs", "daemon"},
		&group, &target, &name, &pargs, &pkwargs, &daemon)
	if err != nil {
		return nil, err
	}
	if group != py.None {
		return nil, assertionError("group argument must be None for now")
	}
	argTuple, err := py.SequenceTuple(pargs)
	if err != nil {
		return nil, err
	}
	kw, err := toKwargs(pkwargs)
	if err != nil {
		return nil, err
	}
	st := p.st
	st.mu.Lock()
	st.counter++
	count := st.counter
	cur := st.current
	st.mu.Unlock()
	p.identity = append(append([]int(nil), cur.identity...), count)
	p.daemon, p.authkey = cur.daemon, cur.authkey
	p.parentPid, p.parentName = unix.Getpid(), cur.name
	p.target, p.args, p.kwargs = target, argTuple, kw
	p.initialized = true
	if name != py.None {
		s, err := py.StrAsString(name)
		if err != nil {
			return nil, err
		}
		p.name = s
	}
	if p.name == "" {
		parts := make([]string, len(p.identity))
		for i, n := range p.identity {
			parts[i] = strconv.Itoa(n)
		}
		p.name = p.Type().Name + "-" + strings.Join(parts, ":")
	}
	if daemon != py.None {
		b, err := py.MakeBool(daemon)
		if err != nil {
			return nil, err
		}
		p.daemon = b == py.True
	}
	return py.None, nil
}

// toKwargs converts a mapping with str keys into the keyword arguments of a call.
func toKwargs(o py.Object) (py.StringDict, error) {
	if o == nil || o == py.None {
		return py.StringDict{}, nil
	}
	if d, ok := o.(py.StringDict); ok {
		return d.Copy(), nil
	}
	keys, err := py.GetAttrString(o, "keys")
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not a mapping", o.Type().Name)
	}
	ks, err := py.Call(keys, nil, nil)
	if err != nil {
		return nil, err
	}
	out := py.StringDict{}
	err = py.Iterate(ks, func(k py.Object) bool {
		var v py.Object
		s, ok := k.(py.String)
		if !ok {
			err = py.ExceptionNewf(py.TypeError, "keywords must be strings")
			return true
		}
		v, err = py.GetItem(o, k)
		out[string(s)] = v
		return err != nil
	})
	return out, err
}

func assertionError(msg string) error {
	return py.ExceptionNewf(py.AssertionError, "%s", msg)
}

// asProcess checks that self is a Process.
func asProcess(self py.Object) (*Process, error) {
	p, ok := self.(*Process)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor requires a 'BaseProcess' object but received a '%s'", self.Type().Name)
	}
	return p, nil
}

// checkInit is CPython's failure for a subclass whose __init__ did not call
// Process.__init__: the attributes it sets are missing.
func (p *Process) checkInit(attr string) error {
	if !p.initialized {
		return py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", p.Type().Name, attr)
	}
	return nil
}

func (p *Process) checkClosed() error {
	if p.closed {
		return py.ExceptionNewf(py.ValueError, "process object is closed")
	}
	return nil
}

func currentProcess(self py.Object) (py.Object, error) {
	st, err := moduleState(self)
	if err != nil {
		return nil, err
	}
	return st.current, nil
}

func activeChildren(self py.Object) (py.Object, error) {
	st, err := moduleState(self)
	if err != nil {
		return nil, err
	}
	st.cleanup()
	st.mu.Lock()
	defer st.mu.Unlock()
	items := make([]py.Object, len(st.children))
	for i, c := range st.children {
		items[i] = c
	}
	return py.NewListFromItems(items), nil
}

// cleanup forgets the children that have finished, reaping them (CPython's _cleanup).
func (st *state) cleanup() {
	st.mu.Lock()
	children := append([]*Process(nil), st.children...)
	st.mu.Unlock()
	for _, c := range children {
		if c.popen != nil {
			if code, _ := c.popen.Poll(true); code != nil {
				st.discard(c)
			}
		}
	}
}

func (st *state) discard(p *Process) {
	st.mu.Lock()
	defer st.mu.Unlock()
	for i, c := range st.children {
		if c == p {
			st.children = append(st.children[:i], st.children[i+1:]...)
			return
		}
	}
}

func (st *state) activeChildren() []*Process {
	st.cleanup()
	st.mu.Lock()
	defer st.mu.Unlock()
	return append([]*Process(nil), st.children...)
}

func cpuCount(self py.Object) (py.Object, error) {
	var set unix.CPUSet
	if err := unix.SchedGetaffinity(0, &set); err == nil && set.Count() > 0 {
		return py.Int(set.Count()), nil
	}
	return nil, py.ExceptionNewf(py.NotImplementedError, "cannot determine number of cpus")
}

// repr is CPython's BaseProcess.__repr__.
func (p *Process) repr() (string, error) {
	var exitcode *int
	status := ""
	switch {
	case p == p.st.current:
		status = "started"
	case p.closed:
		status = "closed"
	case p.parentPid != unix.Getpid():
		status = "unknown"
	case p.popen == nil:
		status = "initial"
	default:
		code, err := p.popen.Poll(true)
		if err != nil {
			return "", err
		}
		if code != nil {
			exitcode, status = code, "stopped"
		} else {
			status = "started"
		}
	}
	info := []string{p.Type().Name, "name=" + pyRepr(py.String(p.name))}
	if p.popen != nil {
		info = append(info, fmt.Sprintf("pid=%d", p.popen.pid))
	}
	if p.parentPid < 0 {
		info = append(info, "parent=None", status)
	} else {
		info = append(info, fmt.Sprintf("parent=%d", p.parentPid), status)
	}
	if exitcode != nil {
		info = append(info, "exitcode="+exitcodeName(*exitcode))
	}
	if p.daemon {
		info = append(info, "daemon")
	}
	return "<" + strings.Join(info, " ") + ">", nil
}

func pyRepr(o py.Object) string {
	s, err := py.ReprAsString(o)
	if err != nil {
		return "?"
	}
	return s
}

// exitcodeName is CPython's _exitcode_to_name: -N becomes the signal's name.
func exitcodeName(code int) string {
	if code < 0 {
		if name := unix.SignalName(unix.Signal(-code)); name != "" {
			return "-" + name
		}
	}
	return strconv.Itoa(code)
}

const sigterm = unix.SIGTERM
