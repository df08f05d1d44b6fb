package multiprocessing

import (
	"encoding/binary"
	"hash/maphash"
	"math"
	"math/big"
	"reflect"
	"sync/atomic"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/finalize"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/modules/pickle"
)

// Reusing a snapshot between starts. A 'fork' child's state is pickled at each start(),
// which for a large global (a list of a million ints) costs far more than the fork it
// stands for. Most of a script's state does not change between two starts, though: the
// data set up in the guard stays, while a loop variable or the last Process object does.
// So the snapshot is cut in two:
//
//   - the base: the header and the globals that did not change between the last two
//     snapshots, pickled once and kept with the pickler as it was after them (its memo
//     names every object the base holds);
//   - the rest, pickled at each start by a copy of that pickler, so that it refers to what
//     the base holds as one pickle stream would.
//
// Whether a global changed is told by a fingerprint: a hash over the graph of values it
// reaches, taken at each start. Only plain data can be fingerprinted (None, bools, numbers,
// str, bytes, tuples, lists, dicts, sets, bytearrays; containers by identity and
// contents, as pickle's memo tells them apart); a global reaching anything else (an
// instance, a function, a file) is pickled at each start. The base is thrown away and
// made again when a global in it changes, when globals or by-value modules come or go.

// globalRef names one global of one by-value module (its index in forkPickler.modules).
type globalRef struct {
	mod  int
	name string
}

// forkBase is the part of the snapshot kept between starts.
type forkBase struct {
	data    []byte
	pickler *pickle.Pickler      // as after the base: copied for each start (no hooks)
	modules []string             // the by-value modules' globals dicts (dictKey), in order
	stable  map[globalRef]uint64 // the globals in the base, with their fingerprints
	rest    []globalRef          // the globals pickled at each start, in order
	// globals are the by-value modules' globals dicts, roots the values of the stable
	// globals when the base was made: the pickler's memo holds what they reach.
	globals []py.StringDict
	roots   map[globalRef]py.Object
}

// The kept base holds what its globals reached when it was made (its pickler's memo keeps
// them, so that their addresses are not reused while it may refer to them). Once a script
// rebinds or deletes one of those globals, the base can no longer serve, and it would only
// keep the old value from being freed (a set's weak reference callback from running): at
// each collection of package finalize, a base whose globals no longer name their roots is
// dropped, and the next start makes a new one.
func init() { finalize.AddBeforeCollect(dropStaleBases) }

// dropStaleBases drops the stale bases of every interpreter.
func dropStaleBases() {
	statesMu.Lock()
	all := make([]*state, 0, len(states))
	for _, st := range states {
		all = append(all, st)
	}
	statesMu.Unlock()
	for _, st := range all {
		st.mu.Lock()
		if r := st.reuse; r != nil && r.base != nil && r.base.stale() {
			r.base = nil
		}
		st.mu.Unlock()
	}
}

// stale reports whether a stable global of b is gone or names another object than when b
// was made.
func (b *forkBase) stale() bool {
	for ref, root := range b.roots {
		cur, ok := b.globals[ref.mod][ref.name]
		if !ok || !sameObject(cur, root) {
			return true
		}
	}
	return false
}

// sameObject reports whether a and b are one object (the values of a fingerprint: plain
// data).
func sameObject(a, b py.Object) bool {
	if a.Type() != b.Type() {
		return false
	}
	switch x := a.(type) {
	case py.Tuple:
		y := b.(py.Tuple)
		return len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	case py.Bytes:
		y := b.(py.Bytes)
		return len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	case *py.List, *objects.Dict, *objects.Set, *objects.FrozenSet, *objects.ByteArray, *py.BigInt,
		py.NoneType, py.Bool, py.Int, py.Float, py.Complex, py.String:
		return a == b
	}
	return false
}

// forkReuse is what the parent remembers between snapshots.
type forkReuse struct {
	base     *forkBase
	last     map[globalRef]uint64 // fingerprints seen at the last snapshot
	volatile map[globalRef]bool   // globals seen to change: never in the base
}

var fingerprintSeed = maphash.MakeSeed()

// basesMade counts the snapshot bases made in this process (for the tests).
var basesMade atomic.Int64

// fingerprints returns the fingerprint of each global of mods that can be fingerprinted,
// and the refs of all their globals in snapshot order (module by module, sorted names).
func fingerprints(mods []*userModule) (map[globalRef]uint64, []globalRef) {
	prints := map[globalRef]uint64{}
	var all []globalRef
	for i, um := range mods {
		for _, k := range sortedKeys(um.mod.Globals) {
			ref := globalRef{i, k}
			all = append(all, ref)
			f := &fingerprinter{}
			f.h.SetSeed(fingerprintSeed)
			if f.walk(um.mod.Globals[k], 0) {
				prints[ref] = f.sum()
			}
		}
	}
	return prints, all
}

// fingerprintDepth bounds the nesting a fingerprint follows.
const fingerprintDepth = 200

// fingerprinter hashes a graph of plain values (see fork_reuse.go's comment).
type fingerprinter struct {
	h    maphash.Hash
	buf  []byte          // what is not hashed yet (hashing in large writes is much faster)
	seen map[uintptr]int // mutable containers met, in order: a second meeting writes its number
}

func (f *fingerprinter) word(tag byte, v uint64) {
	f.buf = binary.LittleEndian.AppendUint64(append(f.buf, tag), v)
	if len(f.buf) >= 8192 {
		f.flush()
	}
}

// bytes hashes b after what is buffered.
func (f *fingerprinter) bytes(b []byte) {
	if len(b) < 256 {
		f.buf = append(f.buf, b...)
		return
	}
	f.flush()
	f.h.Write(b)
}

// str is bytes for a str.
func (f *fingerprinter) str(s string) {
	if len(s) < 256 {
		f.buf = append(f.buf, s...)
		return
	}
	f.flush()
	f.h.WriteString(s)
}

func (f *fingerprinter) flush() {
	f.h.Write(f.buf)
	f.buf = f.buf[:0]
}

// sum is the fingerprint of what was walked.
func (f *fingerprinter) sum() uint64 {
	f.flush()
	return f.h.Sum64()
}

// container records a mutable container; it reports whether it was met before.
func (f *fingerprinter) container(tag byte, p uintptr) bool {
	if n, ok := f.seen[p]; ok {
		f.word('@', uint64(n))
		return true
	}
	if f.seen == nil {
		f.seen = map[uintptr]int{}
	}
	f.seen[p] = len(f.seen)
	f.word(tag, uint64(p))
	return false
}

// walk hashes o and reports whether it (and everything it reaches) is plain data.
func (f *fingerprinter) walk(o py.Object, depth int) bool {
	if depth > fingerprintDepth {
		return false
	}
	switch v := o.(type) {
	case py.NoneType:
		f.word('N', 0)
	case py.Bool:
		f.word('B', map[py.Bool]uint64{true: 1}[v])
	case py.Int:
		f.word('I', uint64(v))
	case *py.BigInt:
		bi := (*big.Int)(v)
		b := bi.Bits()
		f.word('L', uint64(len(b))<<1|map[bool]uint64{true: 1}[bi.Sign() < 0])
		for _, w := range b {
			f.word('l', uint64(w))
		}
	case py.Float:
		f.word('F', math.Float64bits(float64(v)))
	case py.Complex:
		f.word('C', math.Float64bits(real(v)))
		f.word('c', math.Float64bits(imag(v)))
	case py.String:
		f.word('S', uint64(len(v)))
		f.str(string(v))
	case py.Bytes:
		f.word('Y', uint64(len(v)))
		f.bytes(v)
	case py.Tuple:
		var p uintptr
		if len(v) > 0 {
			p = reflect.ValueOf(v).Pointer() // pickle's memo tells tuples apart so
		}
		f.word('T', uint64(p))
		f.word('t', uint64(len(v)))
		for _, it := range v {
			if !f.walk(it, depth+1) {
				return false
			}
		}
	case *py.List:
		if f.container('[', reflect.ValueOf(v).Pointer()) {
			return true
		}
		f.word(']', uint64(len(v.Items)))
		for _, it := range v.Items {
			if !f.walk(it, depth+1) {
				return false
			}
		}
	case *objects.Dict:
		if f.container('{', reflect.ValueOf(v).Pointer()) {
			return true
		}
		items := v.Items()
		f.word('}', uint64(len(items)))
		for _, kv := range items {
			if !f.walk(kv[0], depth+1) || !f.walk(kv[1], depth+1) {
				return false
			}
		}
	case *objects.Set:
		if f.container('s', reflect.ValueOf(v).Pointer()) {
			return true
		}
		return f.members(v.Items(), depth)
	case *objects.FrozenSet:
		if f.container('z', reflect.ValueOf(v).Pointer()) {
			return true
		}
		return f.members(v.Items(), depth)
	case *objects.ByteArray:
		if f.container('a', reflect.ValueOf(v).Pointer()) {
			return true
		}
		b := v.Bytes()
		f.word('A', uint64(len(b)))
		f.bytes(b)
	default:
		return false
	}
	return true
}

func (f *fingerprinter) members(items []py.Object, depth int) bool {
	f.word('m', uint64(len(items)))
	for _, it := range items {
		if !f.walk(it, depth+1) {
			return false
		}
	}
	return true
}

// usable reports whether base can start the snapshot of a parent whose by-value modules
// are mods, with the globals all and their fingerprints prints.
func (b *forkBase) usable(mods []*userModule, all []globalRef, prints map[globalRef]uint64) bool {
	if b == nil || len(b.modules) != len(mods) || len(all) != len(b.stable)+len(b.rest) {
		return false
	}
	for i, um := range mods {
		if b.modules[i] != dictKey(um.mod.Globals) {
			return false
		}
	}
	for ref, fp := range b.stable {
		if cur, ok := prints[ref]; !ok || cur != fp {
			return false
		}
	}
	for _, ref := range b.rest {
		if _, ok := mods[ref.mod].mod.Globals[ref.name]; !ok {
			return false
		}
	}
	return true
}

// partition orders the globals for a new base: those whose fingerprint is the same as at
// the last snapshot (and never seen to change) first, sorted, then the others.
func (r *forkReuse) partition(all []globalRef, prints map[globalRef]uint64) (stable map[globalRef]uint64, order []globalRef, nStable int) {
	stable = map[globalRef]uint64{}
	var rest []globalRef
	for _, ref := range all {
		fp, ok := prints[ref]
		if last, seen := r.last[ref]; ok && seen && last != fp {
			r.volatile[ref] = true
		}
		if last, seen := r.last[ref]; ok && seen && last == fp && !r.volatile[ref] {
			stable[ref] = fp
			order = append(order, ref)
		} else {
			rest = append(rest, ref)
		}
	}
	nStable = len(order)
	return stable, append(order, rest...), nStable
}
