package multiprocessing

import (
	"sort"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/importlib"
	"github.com/gopyrt/gopy/modules/pickle"
)

// pickleProtocol is the protocol process objects travel with (CPython's ForkingPickler uses
// the default, 4).
const pickleProtocol = 4

// reduce is BaseProcess.__reduce__: a process object pickles as a call of the module's
// _rebuild_process with its class and its Go fields, plus its instance attributes as state,
// so that a Python subclass travels with the attributes its __init__ set.
func (p *Process) reduce() (py.Object, error) {
	m, err := p.st.ctx.GetModule("multiprocessing")
	if err != nil {
		return nil, err
	}
	rebuild, ok := m.Globals["_rebuild_process"]
	if !ok {
		return nil, py.ExceptionNewf(py.SystemError, "multiprocessing._rebuild_process is missing")
	}
	identity := make(py.Tuple, len(p.identity))
	for i, n := range p.identity {
		identity[i] = py.Int(n)
	}
	target := p.target
	if target == nil {
		target = py.None
	}
	args := p.args
	if args == nil {
		args = py.Tuple{}
	}
	kwargs := py.Tuple{}
	for _, k := range sortedKeys(p.kwargs) {
		kwargs = append(kwargs, py.Tuple{py.String(k), p.kwargs[k]})
	}
	fields := py.Tuple{p.Type(), py.String(p.name), identity, py.NewBool(p.daemon), p.authkey,
		py.Int(p.parentPid), py.String(p.parentName), target, args, kwargs}
	var state py.Object = py.None
	if d := p.Dict(); d != nil && d.Len() > 0 {
		state = d.Copy()
	}
	return py.Tuple{rebuild, fields, state}, nil
}

// rebuildProcess is multiprocessing._rebuild_process(cls, name, identity, daemon, authkey,
// parent_pid, parent_name, target, args, kwargs): the process object in the child, made
// without calling __init__ (the pickled state then restores the instance attributes).
func rebuildProcess(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 10 {
		return nil, py.ExceptionNewf(py.TypeError, "_rebuild_process expected 10 arguments, got %d", len(args))
	}
	cls, ok := args[0].(*py.Type)
	if !ok || !cls.IsSubtype(ProcessType) {
		return nil, py.ExceptionNewf(py.TypeError, "_rebuild_process: %s is not a Process class", py.DebugRepr(args[0]))
	}
	obj, err := cls.New(cls, nil, nil)
	if err != nil {
		return nil, err
	}
	p, ok := obj.(*Process)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "_rebuild_process: %s did not make a process", cls.Name)
	}
	name, _ := args[1].(py.String)
	p.name = string(name)
	if ident, ok := args[2].(py.Tuple); ok {
		for _, n := range ident {
			if i, ok := n.(py.Int); ok {
				p.identity = append(p.identity, int(i))
			}
		}
	}
	p.daemon = args[3] == py.True
	p.authkey, _ = args[4].(py.Bytes)
	if pid, ok := args[5].(py.Int); ok {
		p.parentPid = int(pid)
	}
	pname, _ := args[6].(py.String)
	p.parentName = string(pname)
	p.target = args[7]
	if p.args, err = py.SequenceTuple(args[8]); err != nil {
		return nil, err
	}
	p.kwargs = py.StringDict{}
	if pairs, ok := args[9].(py.Tuple); ok {
		for _, kv := range pairs {
			pair, ok := kv.(py.Tuple)
			if !ok || len(pair) != 2 {
				continue
			}
			if k, ok := pair[0].(py.String); ok {
				p.kwargs[string(k)] = pair[1]
			}
		}
	}
	p.initialized = true
	return p, nil
}

// dumpProcess pickles p for its child.
func dumpProcess(st *state, p *Process) ([]byte, error) {
	return pickle.Dumps(st.ctx, p, pickleProtocol)
}

func sortedKeys(d py.StringDict) []string {
	keys := make([]string, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// spawnFds collects the descriptors that the process object being pickled for a new child
// refers to (CPython's Popen.duplicate_for_child): the connections, queues and locks among
// its arguments. The child inherits the i-th at childFdFirst+i and rebuilds the objects on
// those numbers. It is set only while the start() call of thread pickles the process object:
// an object pickled at any other time refuses to travel, as CPython's assert_spawning does.
type spawnFds struct {
	thread *gil.Thread
	fds    []int
}

// add hands fd over to the child and returns its number there (-1 for -1: a closed handle).
func (s *spawnFds) add(fd int) int {
	if fd < 0 {
		return -1
	}
	for i, f := range s.fds {
		if f == fd {
			return childFdFirst + i
		}
	}
	s.fds = append(s.fds, fd)
	return childFdFirst + len(s.fds) - 1
}

// handOver is what an object pickled for a child calls: the descriptor's number in the
// child, or CPython's RuntimeError when no child is being spawned by this thread.
func handOver(ctx py.Context, typeName string, fd int) (int, error) {
	sp := spawningNow(ctx)
	if sp == nil {
		return -1, py.ExceptionNewf(py.RuntimeError, "%s objects should only be shared between processes through inheritance", typeName)
	}
	return sp.add(fd), nil
}

// spawningNow is the collector of the process object this thread is pickling for a child,
// or nil (the object is being pickled for anything else).
func spawningNow(ctx py.Context) *spawnFds {
	if ctx == nil {
		return nil
	}
	st := stateOf(ctx)
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.spawning[gil.Current(ctx)]
}

// beginSpawning makes fds the collector of fds.thread's start until the returned
// function is called.
func (st *state) beginSpawning(fds *spawnFds) (end func()) {
	st.mu.Lock()
	if st.spawning == nil {
		st.spawning = map[*gil.Thread]*spawnFds{}
	}
	st.spawning[fds.thread] = fds
	st.mu.Unlock()
	return func() {
		st.mu.Lock()
		delete(st.spawning, fds.thread)
		st.mu.Unlock()
	}
}

// moduleFunc returns the function name of module mod (a rebuild function, pickled by
// reference).
func moduleFunc(ctx py.Context, mod, name string) (py.Object, error) {
	m, err := ctx.GetModule(mod)
	if err != nil {
		if err := importModule(ctx, mod); err != nil {
			return nil, err
		}
		if m, err = ctx.GetModule(mod); err != nil {
			return nil, err
		}
	}
	f, ok := m.Globals[name]
	if !ok {
		return nil, py.ExceptionNewf(py.SystemError, "%s.%s is missing", mod, name)
	}
	return f, nil
}

// forkingDumps pickles obj as CPython's ForkingPickler does for Connection.send and the
// queues' put: a Connection in it is sent through the resource sharer.
func forkingDumps(ctx py.Context, obj py.Object) ([]byte, error) {
	done := markForking(ctx)
	defer done()
	return pickle.Dumps(ctx, obj, pickleProtocol)
}

// markForking marks this thread as pickling for a connection or a queue (forkingNow) until
// the function it returns is called.
func markForking(ctx py.Context) (done func()) {
	st := stateOf(ctx)
	t := gil.Current(ctx)
	st.mu.Lock()
	if st.forking == nil {
		st.forking = map[*gil.Thread]int{}
	}
	st.forking[t]++
	st.mu.Unlock()
	return func() {
		st.mu.Lock()
		if st.forking[t]--; st.forking[t] == 0 {
			delete(st.forking, t)
		}
		st.mu.Unlock()
	}
}

// forkingNow reports whether this thread is in forkingDumps.
func forkingNow(ctx py.Context) bool {
	if ctx == nil {
		return false
	}
	st := stateOf(ctx)
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.forking[gil.Current(ctx)] > 0
}

// reduce is Connection.__reduce__, three ways as in CPython:
//   - for a child being spawned, the connection is rebuilt on the inherited descriptor (a
//     closed connection arrives closed, as a forked child would see it);
//   - sent through a connection or a queue (ForkingPickler), a duplicate of its descriptor
//     goes through the resource sharer (reduce_connection with resource_sharer.DupFd);
//   - pickled with plain pickle, it is its descriptor's number (CPython pickles the
//     instance's _handle), which makes sense in this process only.
func (c *Connection) reduce() (py.Object, error) {
	rebuild, err := moduleFunc(c.ctx, "multiprocessing.connection", "rebuild_connection")
	if err != nil {
		return nil, err
	}
	var handle py.Object
	switch {
	case spawningNow(c.ctx) != nil:
		childFd, err := handOver(c.ctx, "Connection", c.handle.get())
		if err != nil {
			return nil, err
		}
		handle = py.Int(childFd)
	case forkingNow(c.ctx):
		fd := c.handle.get()
		if fd < 0 {
			return nil, py.ExceptionNewf(py.OSError, "handle is closed")
		}
		df, err := newDupFd(stateOf(c.ctx), fd)
		if err != nil {
			return nil, err
		}
		handle = df
	default:
		handle = py.Int(max(c.handle.get(), -1))
	}
	return py.Tuple{rebuild, py.Tuple{handle, py.NewBool(c.readable), py.NewBool(c.writable)}}, nil
}

// rebuildConnection is multiprocessing.connection.rebuild_connection(fd, readable,
// writable), in the child.
func rebuildConnection(self py.Object, args py.Tuple) (py.Object, error) {
	var fd, r, w py.Object
	if err := py.UnpackTuple(args, nil, "rebuild_connection", 3, 3, &fd, &r, &w); err != nil {
		return nil, err
	}
	ctx := self.(*py.Module).Context
	if df, ok := fd.(*DupFd); ok {
		got, err := df.detach(ctx)
		if err != nil {
			return nil, err
		}
		fd = py.Int(got)
	}
	n, ok := fd.(py.Int)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "rebuild_connection: the descriptor must be an int or a DupFd")
	}
	c := newConnection(ctx, max(int(n), -1), r == py.True, w == py.True)
	var st unix.Stat_t
	c.io.Socket = n >= 0 && unix.Fstat(int(n), &st) == nil && st.Mode&unix.S_IFMT == unix.S_IFSOCK
	return c, nil
}

// inheritedState is the part of a Python subclass instance's __dict__ (a Queue or
// SimpleQueue subclass) that travels with it to a child being started: a forked child
// would see every attribute; here those whose value can be pickled go, the others (locks,
// futures) are left out. Nil when there is nothing to send.
func inheritedState(ctx py.Context, inst *classes.Instance) py.Object {
	names := inst.Attrs()
	if len(names) == 0 {
		return nil
	}
	state := objects.NewDict()
	for _, name := range names {
		v, ok := inst.AttrDirect(name)
		if !ok {
			continue
		}
		if _, err := pickle.Dumps(ctx, v, pickleProtocol); err != nil {
			continue
		}
		_ = state.SetItem(py.String(name), v)
	}
	if state.Len() == 0 {
		return nil
	}
	return state
}

// importModule imports module name as an import statement does (gopy's importlib: the
// module in sys.modules while its code runs, code compiled once per binary).
func importModule(ctx py.Context, name string) error {
	_, err := importlib.Import(ctx, name, nil, nil, 0)
	return err
}
