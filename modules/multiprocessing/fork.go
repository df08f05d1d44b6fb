package multiprocessing

import (
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/atexit"
	"github.com/gopyrt/gopy/modules/errno"
	pyos "github.com/gopyrt/gopy/modules/os"
	"github.com/gopyrt/gopy/modules/pickle"
)

// The 'fork' start method without fork. Go cannot fork, so a 'fork' child is the running
// binary executed again, like a spawned one, and handed its parent's state at start(): a
// snapshot of what the child can reach, pickled by value where pickle would go by
// reference (fork_reduce.go), read back by the child before it runs the process object
// (fork_child.go). The main script never runs in the child.
//
// The snapshot is a sequence of pickles sharing one memo, so that an object reachable in
// several ways is one object in the child:
//
//  1. the header: for each module loaded from a file or made by the program (the main
//     module, user modules: "by-value" modules, not the library embedded in the binary)
//     its names in sys.modules, its file and its globals dict, which the child makes
//     before anything refers to it; then the order in which the globals follow;
//  2. each global of each of those modules, one pickle each (so a global that cannot be
//     copied is named in the placeholder left for it): first those unchanged since the
//     last snapshot, then the others (fork_reuse.go keeps the first part between starts);
//  3. the extras: the start method chosen so far, os.register_at_fork's handlers, sys's
//     replaced standard streams, the warnings filters (fork_warnings.go), the names of the
//     library submodules loaded (imported again in the child), the state library modules
//     declare with _fork_state (fork_library.go: logging's configuration, signal's handlers),
//     the hooks, settings and attributes of sys (fork_sys.go);
//
// then, per child, the process object: its target, each argument, then the object itself
// (whose pickle refers back to them).

// forkState is one interpreter's snapshot in the making or made: the pickler (its memo is
// the snapshot's), the bytes written, the descriptors handed over.
type snapshot struct {
	data    []byte
	pickler *pickle.Pickler
	fds     *spawnFds
	// memfd holds data when it is shared by a batch of children or too large for the
	// pipe (-1 otherwise), closed when the batch ends.
	memfd *ownedFd
}

// userModule is a by-value module of the parent.
type userModule struct {
	names []string // its names in sys.modules, sorted
	mod   *py.Module
}

// snapshotInline is the largest snapshot sent through the data pipe; a larger one goes
// into a memfd, so that start() does not wait for the child to read it.
const snapshotInline = 64 << 10

// snapshotsTaken counts the snapshots taken in this process (for the tests).
var snapshotsTaken atomic.Int64

// takeSnapshot pickles the state a 'fork' child starts from, by the calling thread. The
// header and the globals that have not changed since the last snapshot come from the base
// kept then (fork_reuse.go), when it is still good.
func (st *state) takeSnapshot() (*snapshot, error) {
	snapshotsTaken.Add(1)
	fp, err := newForkPickler(st)
	if err != nil {
		return nil, err
	}
	snap := &snapshot{fds: &spawnFds{thread: gil.Current(st.ctx)}}
	defer st.beginSpawning(snap.fds)()
	st.mu.Lock()
	// Pickling may run Python code, and so let another thread start a process meanwhile:
	// this start works on its own copy of what is remembered, and stores its result after.
	reuse := &forkReuse{volatile: map[globalRef]bool{}}
	if st.reuse != nil {
		reuse.base, reuse.last = st.reuse.base, st.reuse.last
		for ref := range st.reuse.volatile {
			reuse.volatile[ref] = true
		}
	}
	st.mu.Unlock()
	prints, all := fingerprints(fp.modules)
	var rest []globalRef
	if base := reuse.base; base.usable(fp.modules, all, prints) {
		fp.p = base.pickler.Clone()
		fp.p.Hook, fp.p.Substitute = fp.hook, fp.substitute
		snap.data = append(make([]byte, 0, len(base.data)+4096), base.data...)
		rest = base.rest
	} else {
		stable, order, nStable := reuse.partition(all, prints)
		if snap.data, err = fp.dumpHeader(snap.data, order); err != nil {
			return nil, err
		}
		if snap.data, err = fp.dumpGlobals(snap.data, order[:nStable]); err != nil {
			return nil, err
		}
		rest = order[nStable:]
		reuse.base = nil
		if nStable > 0 {
			basesMade.Add(1)
			mods := make([]string, len(fp.modules))
			globals := make([]py.StringDict, len(fp.modules))
			for i, um := range fp.modules {
				mods[i], globals[i] = dictKey(um.mod.Globals), um.mod.Globals
			}
			roots := make(map[globalRef]py.Object, len(stable))
			for ref := range stable {
				roots[ref] = globals[ref.mod][ref.name]
			}
			kept := fp.p.Clone()
			kept.Hook, kept.Substitute = nil, nil // they hold this start's view of every module
			reuse.base = &forkBase{data: append([]byte(nil), snap.data...), pickler: kept,
				modules: mods, stable: stable, rest: rest, globals: globals, roots: roots}
		}
	}
	reuse.last = prints
	st.mu.Lock()
	st.reuse = reuse
	st.mu.Unlock()
	if snap.data, err = fp.dumpGlobals(snap.data, rest); err != nil {
		return nil, err
	}
	fp.root = "the parent's sys module"
	if snap.data, err = fp.p.DumpAppend(snap.data, st.forkExtras()); err != nil {
		return nil, err
	}
	snap.pickler = fp.p
	return snap, nil
}

// dumpHeader appends the snapshot's header: ([(names, file, globals) per by-value module],
// ((module index, global name), ...) in the order the globals follow).
func (fp *forkPickler) dumpHeader(data []byte, order []globalRef) ([]byte, error) {
	entries := make([]py.Object, len(fp.modules))
	for i, um := range fp.modules {
		names := make(py.Tuple, len(um.names))
		for j, n := range um.names {
			names[j] = py.String(n)
		}
		entries[i] = py.Tuple{names, py.String(um.mod.ModuleImpl.Info.FileDesc), um.mod.Globals}
	}
	refs := make(py.Tuple, len(order))
	for i, ref := range order {
		refs[i] = py.Tuple{py.Int(ref.mod), py.String(ref.name)}
	}
	fp.root = "the state of the parent process"
	return fp.p.DumpAppend(data, py.Tuple{py.NewListFromItems(entries), refs})
}

// dumpGlobals appends one pickle per global of refs.
func (fp *forkPickler) dumpGlobals(data []byte, refs []globalRef) ([]byte, error) {
	var err error
	for _, ref := range refs {
		um := fp.modules[ref.mod]
		fp.root = "global '" + ref.name + "'"
		if um.mod.Globals["__name__"] != py.String("__main__") {
			fp.root += " of module '" + um.names[0] + "'"
		}
		if data, err = fp.p.DumpAppend(data, um.mod.Globals[ref.name]); err != nil {
			return nil, err
		}
	}
	return data, nil
}

func stringTuple(ss []string) py.Tuple {
	t := make(py.Tuple, len(ss))
	for i, s := range ss {
		t[i] = py.String(s)
	}
	return t
}

// forkExtras is the third part of the snapshot: (start method, (before, after_in_parent,
// after_in_child) handlers of os.register_at_fork, sys.stdout, sys.stderr, the warnings
// module's state, the library submodules loaded, the library modules' _fork_state()s,
// the state of sys (fork_sys.go)).
func (st *state) forkExtras() py.Tuple {
	st.mu.Lock()
	method := st.startMethod
	st.mu.Unlock()
	h := pyos.AtForkHandlers(st.ctx)
	handlers := py.Tuple{py.Tuple(h.Before), py.Tuple(h.AfterInParent), py.Tuple(h.AfterInChild)}
	var out, errs py.Object = py.None, py.None
	if sysm, err := st.ctx.GetModule("sys"); err == nil {
		out, errs = orNone(sysm.Globals["stdout"]), orNone(sysm.Globals["stderr"])
	}
	return py.Tuple{py.String(method), handlers, out, errs, warningsState(st.ctx), librarySubmodules(st.ctx), libraryStates(st.ctx), sysState(st.ctx)}
}

// librarySubmodules names the submodules of the binary's packages in sys.modules
// (logging.handlers, concurrent.futures...), which the child imports so that they are
// attributes of their packages there too, as in a forked child.
func librarySubmodules(ctx py.Context) py.Tuple {
	var names []string
	if sysm, err := ctx.GetModule("sys"); err == nil {
		if d, ok := sysm.Globals["modules"].(*objects.Dict); ok {
			for _, kv := range d.Items() {
				name, ok1 := kv[0].(py.String)
				m, ok2 := kv[1].(*py.Module)
				if ok1 && ok2 && registered(m) && strings.Contains(string(name), ".") {
					names = append(names, string(name))
				}
			}
		}
	}
	sort.Strings(names)
	return stringTuple(names)
}

func orNone(o py.Object) py.Object {
	if o == nil {
		return py.None
	}
	return o
}

// dumpForkProcess pickles p after snap for one child: a copy of the snapshot's memo, and
// of its descriptors, so that the snapshot can serve other children. It returns the
// pickles and the number of them, and the descriptors to hand over.
func (st *state) dumpForkProcess(snap *snapshot, p *Process, shared bool) ([]byte, int, *spawnFds, error) {
	pk, fds := snap.pickler, snap.fds
	if shared {
		pk = pk.Clone()
		fds = &spawnFds{thread: gil.Current(st.ctx), fds: append([]int(nil), fds.fds...)}
	}
	fp := &forkPickler{st: st, p: pk}
	if err := fp.attach(); err != nil {
		return nil, 0, nil, err
	}
	defer st.beginSpawning(fds)()
	var data []byte
	parts := 0
	dump := func(label string, obj py.Object) error {
		fp.root = label
		var err error
		data, err = pk.DumpAppend(data, obj)
		parts++
		return err
	}
	if p.target != nil {
		if err := dump("the target of the process", p.target); err != nil {
			return nil, 0, nil, err
		}
	}
	for i, a := range p.args {
		if err := dump("argument "+strconv.Itoa(i+1)+" of the process", a); err != nil {
			return nil, 0, nil, err
		}
	}
	for _, k := range sortedKeys(p.kwargs) {
		if err := dump("keyword argument '"+k+"' of the process", p.kwargs[k]); err != nil {
			return nil, 0, nil, err
		}
	}
	if err := dump("the process object", p); err != nil {
		return nil, 0, nil, err
	}
	return data, parts, fds, nil
}

// byValueModules returns the modules a 'fork' child gets by value: those in sys.modules
// that are not registered with the binary (the main module, modules loaded from files,
// modules the program made), each once with all its names.
func byValueModules(ctx py.Context) ([]*userModule, map[string]string, error) {
	sysm, err := ctx.GetModule("sys")
	if err != nil {
		return nil, nil, err
	}
	d, ok := sysm.Globals["modules"].(*objects.Dict)
	if !ok {
		return nil, nil, py.ExceptionNewf(py.RuntimeError, "sys.modules is not a dict")
	}
	byMod := map[*py.Module]*userModule{}
	var mods []*userModule
	globals := map[string]string{} // a module globals dict's address -> the module's name
	for _, kv := range d.Items() {
		name, ok1 := kv[0].(py.String)
		m, ok2 := kv[1].(*py.Module)
		if !ok1 || !ok2 {
			continue
		}
		key := dictKey(m.Globals)
		if _, seen := globals[key]; !seen || !registered(m) {
			globals[key] = string(name)
		}
		if registered(m) {
			continue
		}
		um := byMod[m]
		if um == nil {
			um = &userModule{mod: m}
			byMod[m] = um
			mods = append(mods, um)
		}
		um.names = append(um.names, string(name))
	}
	for _, um := range mods {
		sort.Strings(um.names)
	}
	return mods, globals, nil
}

// registered reports whether m is a module of the binary (its implementation registered
// with gpython), which a child imports rather than receives.
func registered(m *py.Module) bool {
	if m.ModuleImpl == nil {
		return false
	}
	if _, ok := importedImpls.Load(m.ModuleImpl); ok {
		return true
	}
	return py.GetModuleImpl(m.ModuleImpl.Info.Name) == m.ModuleImpl
}

// importedImpls are module implementations that children import although gpython does
// not know them (ImportInChildren).
var importedImpls sync.Map // *py.ModuleImpl -> struct{}

// ImportInChildren declares that a child has the module made from impl (an embedding
// program's Go module, made per interpreter) and imports it by name rather than receiving
// it by value.
func ImportInChildren(impl *py.ModuleImpl) { importedImpls.Store(impl, struct{}{}) }

// dictKey identifies a globals dict by the address of its map.
func dictKey(d py.StringDict) string {
	return strconv.FormatUint(uint64(reflect.ValueOf(d).Pointer()), 16)
}

// forkBatch is a batch of 'fork' children that one thread starts one after the other and
// that share one snapshot, as a pool's workers made at once do: the state is pickled and
// written once, and each child reads the same memfd.
type forkBatch struct {
	depth int
	snap  *snapshot
}

// batchSnapshot returns the calling thread's batch snapshot (nil before its first child)
// and whether the thread is in a batch.
func (st *state) batchSnapshot() (*snapshot, bool) {
	t := gil.Current(st.ctx)
	st.mu.Lock()
	defer st.mu.Unlock()
	b := st.batches[t]
	if b == nil {
		return nil, false
	}
	return b.snap, true
}

func (st *state) setBatchSnapshot(snap *snapshot) {
	t := gil.Current(st.ctx)
	st.mu.Lock()
	defer st.mu.Unlock()
	if b := st.batches[t]; b != nil {
		b.snap = snap
	}
}

// forkBatchFunction is multiprocessing._fork_batch(begin): children the calling thread
// starts between _fork_batch(True) and _fork_batch(False) share one snapshot (pool.py
// makes its workers so). Batches nest.
func forkBatchFunction() *py.Method {
	return py.MustNewMethod("_fork_batch", func(self py.Object, arg py.Object) (py.Object, error) {
		st, err := moduleState(self)
		if err != nil {
			return nil, err
		}
		t := gil.Current(st.ctx)
		st.mu.Lock()
		defer st.mu.Unlock()
		if st.batches == nil {
			st.batches = map[*gil.Thread]*forkBatch{}
		}
		b := st.batches[t]
		if arg == py.True {
			if b == nil {
				b = &forkBatch{}
				st.batches[t] = b
			}
			b.depth++
			return py.None, nil
		}
		if b == nil {
			return py.None, nil
		}
		if b.depth--; b.depth == 0 {
			delete(st.batches, t)
			if b.snap != nil && b.snap.memfd != nil {
				b.snap.memfd.close()
			}
		}
		return py.None, nil
	}, 0, "Begin (True) or end (False) a batch of 'fork' children sharing one snapshot of this process's state.")
}

// sealedMemfd returns a memfd holding data, sealed against changes.
func sealedMemfd(data []byte) (*ownedFd, error) {
	fd, err := unix.MemfdCreate("gopy-fork-snapshot", unix.MFD_CLOEXEC|unix.MFD_ALLOW_SEALING)
	if err != nil {
		return nil, errno.FromError(err)
	}
	if err := writeAll(fd, data); err != nil {
		unix.Close(fd)
		return nil, errno.FromError(err)
	}
	if _, err := unix.FcntlInt(uintptr(fd), unix.F_ADD_SEALS, unix.F_SEAL_SHRINK|unix.F_SEAL_GROW|unix.F_SEAL_WRITE|unix.F_SEAL_SEAL); err != nil {
		unix.Close(fd)
		return nil, errno.FromError(err)
	}
	return &ownedFd{fd: fd}, nil
}

// readMemfd reads the size bytes of the snapshot memfd fd and closes it.
func readMemfd(fd, size int) ([]byte, error) {
	defer unix.Close(fd)
	var stat unix.Stat_t
	if err := unix.Fstat(fd, &stat); err != nil {
		return nil, errno.FromError(err)
	}
	if size < 0 || int64(size) > stat.Size {
		return nil, py.ExceptionNewf(py.EOFError, "Ran out of input")
	}
	buf := make([]byte, size)
	for off := 0; off < size; {
		n, err := unix.Pread(fd, buf[off:], int64(off))
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return nil, errno.FromError(err)
		}
		if n == 0 {
			return nil, py.ExceptionNewf(py.EOFError, "Ran out of input")
		}
		off += n
	}
	return buf, nil
}

// Phases of a fork, for runAtFork.
const (
	beforeFork = iota
	afterForkInParent
	afterForkInChild
)

// runAtFork calls the os.register_at_fork handlers of a phase as CPython's os.fork() does:
// "before" ones last registered first, the others in registration order; an exception a
// handler raises is reported as unraisable and the others still run.
func runAtFork(ctx py.Context, phase int) {
	h := pyos.AtForkHandlers(ctx)
	var fns []py.Object
	switch phase {
	case beforeFork:
		for i := len(h.Before) - 1; i >= 0; i-- {
			fns = append(fns, h.Before[i])
		}
	case afterForkInParent:
		fns = h.AfterInParent
	case afterForkInChild:
		fns = h.AfterInChild
	}
	for _, fn := range fns {
		if _, err := py.Call(fn, nil, nil); err != nil {
			atexit.ReportUnraisable(ctx, "Exception ignored in", fn, err)
		}
	}
}
