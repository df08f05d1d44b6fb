package io

import (
	"cmp"
	"runtime"
	"slices"
	"sync"
	"weak"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/finalize"
	"github.com/gopyrt/gopy/interp/gil"
)

// What CPython does when the last reference to a file object goes (flush what is
// buffered, close the descriptor), gopy does at fixed points, since its objects are
// collected by Go's garbage collector at no predictable time:
//
//   - every FileIO with closefd, every BufferedWriter/BufferedRandom over one and every
//     TextIOWrapper over those is registered here with a weak pointer, and with the parts
//     needed to finish it without the object: its pending bytes and its descriptor;
//   - every collection of package finalize finishes the objects it found unreachable, in
//     order: text written into its buffer, the buffer written to its descriptor, the
//     descriptor closed. A file object still referenced keeps its buffer, as in CPython
//     (another reader does not see unflushed data). A text or buffered file object is
//     registered with package finalize, needing a collection while it holds unwritten
//     data: so the return of the function that made it, or a `del`, finishes it when it
//     was dropped (the function's local file is written when the function returns);
//   - open() is such a point too: if a file object made since the last collection has
//     pending data (the idiom open(p, 'w').write(s), whose object is dropped at once) or
//     many file objects were made, it collects;
//   - running out of descriptors (EMFILE) collects and finishes at once;
//   - at exit (Finalize) every file object still open is closed.
//
// Everything here runs with the interpreter's GIL held, and only for that interpreter's
// objects.

type entry struct {
	ctx  py.Context
	seq  uint64
	kind int // 0 text, 1 buffered, 2 file
	text weak.Pointer[TextIO]
	buf  weak.Pointer[Buffered]
	file weak.Pointer[FileIO]
	// What is needed once the object is gone.
	tcore *writeCore
	bcore *writeCore
	fd    *fdCore
	// delFirst: the object's class has a Python __del__, which runs before the object is
	// finished here (it may still write, and chains to IOBase.__del__, which closes).
	delFirst, deferred bool
}

var registry struct {
	mu      sync.Mutex
	seq     uint64
	entries map[any]*entry
	gcSeq   uint64 // the last sequence number when the collector last ran for a sync
	counted int    // how many entries there were then
}

func init() { registry.entries = map[any]*entry{} }

// track registers a file object (see above).
func track(o py.Object) {
	e := &entry{}
	var key any
	switch v := o.(type) {
	case *TextIO:
		if v.fast == nil {
			return
		}
		e.kind, e.text, e.tcore, e.bcore = 0, weak.Make(v), v.wcore, v.fast.wcore
		e.ctx = v.ctx
		if v.fast.fast != nil {
			e.fd = v.fast.fast.core
		}
		key = e.text
	case *Buffered:
		if v.fast == nil {
			return
		}
		e.kind, e.buf, e.bcore, e.fd, e.ctx = 1, weak.Make(v), v.wcore, v.fast.core, v.ctx
		key = e.buf
	case *FileIO:
		e.kind, e.file, e.fd, e.ctx = 2, weak.Make(v), v.core, v.ctx
		key = e.file
	default:
		return
	}
	e.delFirst = classes.HasDel(o.Type())
	registry.mu.Lock()
	registry.seq++
	e.seq = registry.seq
	registry.entries[key] = e
	registry.mu.Unlock()
	if e.kind != 2 {
		finalize.Register(func() bool { return !e.alive() }, func() finalize.State { return e.state(key) }, nil)
	}
}

// state tells package finalize whether a collection could finish the object: it needs one
// while it holds unwritten data.
func (e *entry) state(key any) finalize.State {
	registry.mu.Lock()
	defer registry.mu.Unlock()
	if registry.entries[key] != e {
		return finalize.Done // closed, detached or finished
	}
	if (e.tcore != nil && len(e.tcore.pending) > 0) || (e.bcore != nil && len(e.bcore.pending) > 0) {
		return finalize.Needs
	}
	return finalize.Idle
}

// untrack forgets a file object that was closed or detached.
func untrack(o py.Object) {
	var key any
	switch v := o.(type) {
	case *TextIO:
		key = weak.Make(v)
	case *Buffered:
		key = weak.Make(v)
	case *FileIO:
		key = weak.Make(v)
	default:
		return
	}
	registry.mu.Lock()
	delete(registry.entries, key)
	registry.mu.Unlock()
}

func (e *entry) alive() bool {
	switch e.kind {
	case 0:
		return e.text.Value() != nil
	case 1:
		return e.buf.Value() != nil
	}
	return e.file.Value() != nil
}

func (e *entry) object() py.Object {
	switch e.kind {
	case 0:
		if v := e.text.Value(); v != nil {
			return v
		}
	case 1:
		if v := e.buf.Value(); v != nil {
			return v
		}
	default:
		if v := e.file.Value(); v != nil {
			return v
		}
	}
	return nil
}

// finishGone does for an object that was collected what its deallocation does in CPython.
func (e *entry) finishGone() {
	switch e.kind {
	case 0:
		if len(e.tcore.pending) > 0 {
			e.bcore.pending = append(e.bcore.pending, e.tcore.pending...)
			e.tcore.pending = nil
		}
	case 1:
		if len(e.bcore.pending) > 0 && e.fd != nil && e.fd.fd >= 0 {
			writeAll(e.fd.fd, e.bcore.pending)
		}
		e.bcore.pending = nil
	default:
		if e.fd.fd >= 0 && e.fd.closefd {
			_ = unix.Close(e.fd.fd)
		}
		e.fd.fd = -1
	}
}

func writeAll(fd int, b []byte) {
	for len(b) > 0 {
		n, err := unix.Write(fd, b)
		if err == unix.EINTR || err == unix.EAGAIN {
			continue
		}
		if err != nil || n <= 0 {
			return
		}
		b = b[n:]
	}
}

// The file objects are the first pass of every collection of package finalize.
func init() {
	finalize.AddSweeper(-1, func(rt *gil.Runtime) int {
		registry.mu.Lock()
		defer registry.mu.Unlock()
		registry.gcSeq = registry.seq
		return sweepGone(rt.Context())
	}, func(rt *gil.Runtime) bool {
		registry.mu.Lock()
		defer registry.mu.Unlock()
		ctx := rt.Context()
		for _, e := range registry.entries {
			if e.ctx == ctx {
				return true
			}
		}
		return false
	})
}

// sweep collects garbage and finishes ctx's file objects that are gone. registry.mu is
// held.
func sweep(ctx py.Context) {
	registry.gcSeq = registry.seq
	runtime.GC()
	sweepGone(ctx)
}

// sweepGone finishes ctx's file objects that are gone, texts first, then buffers, then
// descriptors. registry.mu is held.
func sweepGone(ctx py.Context) int {
	var gone [3][]*entry
	for key, e := range registry.entries {
		if e.ctx == ctx && !e.alive() {
			if e.delFirst && !e.deferred {
				e.deferred = true // finished at the next collection, after its __del__
				continue
			}
			gone[e.kind] = append(gone[e.kind], e)
			delete(registry.entries, key)
		}
	}
	n := 0
	for _, list := range gone {
		// In the order the files were made (CPython clears a frame's locals in order).
		slices.SortFunc(list, func(a, b *entry) int { return cmp.Compare(a.seq, b.seq) })
		for _, e := range list {
			e.finishGone()
			n++
		}
	}
	registry.counted = len(registry.entries)
	return n
}

// anyPending reports whether a file object of ctx holds bytes or text not yet written.
// Only then does the order matter in which objects are finished at exit (the dropped
// ones first, as CPython finished them when they were dropped); otherwise closing each
// object still reachable through its weak pointer does the same without a collection.
// registry.mu is held.
func anyPending(ctx py.Context) bool {
	for _, e := range registry.entries {
		if e.ctx == ctx && ((e.tcore != nil && len(e.tcore.pending) > 0) || (e.bcore != nil && len(e.bcore.pending) > 0)) {
			return true
		}
	}
	return false
}

// syncPending is open()'s point of finishing dropped file objects (see above).
func syncPending() {
	ctx := currentCtx()
	if needSync(ctx) {
		collect(ctx)
	}
}

// collect runs a collection of package finalize for ctx (this package's alone without an
// interpreter).
func collect(ctx py.Context) {
	if rt := gil.Of(ctx); rt != nil && rt.Current() != nil {
		finalize.Collect(rt)
		return
	}
	registry.mu.Lock()
	defer registry.mu.Unlock()
	sweep(ctx)
}

func needSync(ctx py.Context) bool {
	registry.mu.Lock()
	defer registry.mu.Unlock()
	need := len(registry.entries) > registry.counted+256
	if !need {
		for _, e := range registry.entries {
			if e.seq <= registry.gcSeq || e.ctx != ctx {
				continue
			}
			if (e.tcore != nil && len(e.tcore.pending) > 0) || (e.bcore != nil && len(e.bcore.pending) > 0) {
				need = true
				break
			}
		}
	}
	return need
}

// collectUnreachable finishes every dropped file object now (out of descriptors).
func collectUnreachable() {
	collect(currentCtx())
}

// Finalize closes the file objects of ctx still open at exit, newest first, as CPython's
// finalization does: the text and buffered layers flush what they hold.
func Finalize(ctx py.Context) {
	registry.mu.Lock()
	if anyPending(ctx) {
		sweep(ctx)
	}
	var open []*entry
	for key, e := range registry.entries {
		switch {
		case e.ctx != ctx:
		case e.alive():
			open = append(open, e)
		default: // collected: nothing pending, only a descriptor to close
			e.finishGone()
			delete(registry.entries, key)
		}
	}
	registry.mu.Unlock()
	for i := 1; i < len(open); i++ {
		for j := i; j > 0 && open[j].seq > open[j-1].seq; j-- {
			open[j], open[j-1] = open[j-1], open[j]
		}
	}
	for _, e := range open {
		if o := e.object(); o != nil {
			_, _ = callMethod(o, "close")
		}
	}
}
