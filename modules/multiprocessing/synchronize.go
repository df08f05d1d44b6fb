package multiprocessing

import (
	"fmt"
	"math"
	"time"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/builtins"
	"github.com/gopyrt/gopy/modules/errno"
)

// SemLock is multiprocessing.synchronize's Lock, RLock, Semaphore and BoundedSemaphore
// (CPython's _multiprocessing.SemLock): a semCore shared with the children it is handed
// to, plus this process's view of it (how many times this process acquired it and which
// thread last did), from which CPython's ownership rules and reprs follow.
type SemLock struct {
	ctx       py.Context
	typ       *py.Type
	core      *semCore
	recursive bool // RLock
	count     int  // acquisitions by this process not yet released
	lastTid   int64
}

// The synchronize types.
var (
	LockType             = newSyncType("Lock", "A non-recursive lock shared between processes.")
	RLockType            = newSyncType("RLock", "A recursive lock shared between processes.")
	SemaphoreType        = newSyncType("Semaphore", "A semaphore shared between processes.")
	BoundedSemaphoreType = newSyncType("BoundedSemaphore", "A bounded semaphore shared between processes.")
)

func newSyncType(name, doc string) *py.Type {
	t := py.NewType(name, doc)
	t.Dict["__module__"] = py.String("multiprocessing.synchronize")
	return t
}

// Type returns the lock's type.
func (l *SemLock) Type() *py.Type { return l.typ }

func newSemLock(ctx py.Context, typ *py.Type, value, maxvalue int) (*SemLock, error) {
	core, err := newSemCore(value, maxvalue)
	if err != nil {
		return nil, err
	}
	return &SemLock{ctx: ctx, typ: typ, core: core, recursive: typ == RLockType}, nil
}

// tid is the ident of the calling Python thread (0 without an interpreter).
func tid(ctx py.Context) int64 {
	if t := gil.Current(ctx); t != nil {
		return t.Ident
	}
	return 0
}

// isMine is SemLock._is_mine: this thread of this process holds it.
func (l *SemLock) isMine() bool { return l.count > 0 && l.lastTid == tid(l.ctx) }

// acquire is SemLock.acquire(block, timeout); t as blockTimeout's.
func (l *SemLock) acquire(t time.Duration) (bool, error) {
	if l.recursive && l.isMine() {
		l.count++
		return true, nil
	}
	wait := t
	if t == badTimeout {
		wait = 0
	}
	ok, err := l.core.acquire(l.ctx, wait)
	if err == nil && !ok && t == badTimeout {
		err = checkBadTimeout(t)
	}
	if err != nil || !ok {
		return false, err
	}
	l.count++
	l.lastTid = tid(l.ctx)
	return true, nil
}

// release is SemLock.release.
func (l *SemLock) release() error {
	if l.recursive {
		if !l.isMine() {
			return py.ExceptionNewf(py.AssertionError, "attempt to release recursive lock not owned by thread")
		}
		if l.count > 1 {
			l.count--
			return nil
		}
	}
	if err := l.core.release(); err != nil {
		return err
	}
	if l.count > 0 {
		l.count--
	}
	return nil
}

// acquireArgs parses acquire(block=True, timeout=None) as SemLock does: a negative timeout
// does not wait.
func acquireArgs(args py.Tuple, kwargs py.StringDict) (time.Duration, error) {
	var block, timeout py.Object = py.True, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OO:acquire", []string{"block", "timeout"}, &block, &timeout); err != nil {
		return 0, err
	}
	switch timeout.(type) {
	case py.NoneType, py.Int, py.Float, py.Bool, *py.BigInt:
	default:
		return 0, py.ExceptionNewf(py.TypeError, "must be real number, not %s", timeout.Type().Name)
	}
	if b, err := truth(block); err == nil && b && isNanOrInf(timeout) {
		return badTimeout, nil
	}
	return blockTimeout(block, timeout)
}

// badTimeout stands for a NaN or infinite timeout of a lock, condition or event: CPython's
// sem_timedwait refuses it with EINVAL, but only when it has to wait (an acquire that
// succeeds at once, an event already set, do not fail).
const badTimeout = time.Duration(math.MinInt64)

// isNanOrInf reports whether o is a float NaN or infinity.
func isNanOrInf(o py.Object) bool {
	f, ok := o.(py.Float)
	return ok && (math.IsNaN(float64(f)) || math.IsInf(float64(f), 0))
}

// checkBadTimeout is the EINVAL of a wait with badTimeout.
func checkBadTimeout(t time.Duration) error {
	if t == badTimeout {
		return errno.FromError(unix.EINVAL)
	}
	return nil
}

// ownerName is the owner part of CPython's reprs: the process name, and the thread's name
// outside the main thread.
func (l *SemLock) ownerName() string {
	name := stateOf(l.ctx).current.name
	if t := gil.Current(l.ctx); t != nil && !t.IsMain() {
		if m, err := l.ctx.GetModule("threading"); err == nil {
			if ct, ok := m.Globals["current_thread"]; ok {
				if th, err := py.Call(ct, nil, nil); err == nil {
					if n, err := py.GetAttrString(th, "name"); err == nil {
						if s, ok := n.(py.String); ok {
							name += "|" + string(s)
						}
					}
				}
			}
		}
	}
	return name
}

func (l *SemLock) repr() string {
	v := l.core.get()
	switch l.typ {
	case LockType:
		name := "SomeOtherProcess"
		switch {
		case l.isMine():
			name = l.ownerName()
		case v == 1:
			name = "None"
		case l.count > 0:
			name = "SomeOtherThread"
		}
		return fmt.Sprintf("<Lock(owner=%s)>", name)
	case RLockType:
		name, count := "SomeOtherProcess", "nonzero"
		switch {
		case l.isMine():
			name, count = l.ownerName(), fmt.Sprint(l.count)
		case v == 1:
			name, count = "None", "0"
		case l.count > 0:
			name = "SomeOtherThread"
		}
		return fmt.Sprintf("<RLock(%s, %s)>", name, count)
	case BoundedSemaphoreType:
		return fmt.Sprintf("<BoundedSemaphore(value=%d, maxvalue=%d)>", v, l.core.maxvalue)
	}
	return fmt.Sprintf("<Semaphore(value=%d)>", v)
}

// reduce is the locks' __reduce__: only while a child is being spawned.
func (l *SemLock) reduce() (py.Object, error) {
	child, err := handOverCores(l.ctx, l.typ.Name, l.core)
	if err != nil {
		return nil, err
	}
	rebuild, err := moduleFunc(l.ctx, "multiprocessing.synchronize", "_rebuild_semlock")
	if err != nil {
		return nil, err
	}
	return py.Tuple{rebuild, py.Tuple{py.String(l.typ.Name), py.Int(l.core.maxvalue), child}}, nil
}

// rebuildSemLock is multiprocessing.synchronize._rebuild_semlock(kind, maxvalue, fds).
func rebuildSemLock(self py.Object, args py.Tuple) (py.Object, error) {
	var kind, maxvalue, fdsObj py.Object
	if err := py.UnpackTuple(args, nil, "_rebuild_semlock", 3, 3, &kind, &maxvalue, &fdsObj); err != nil {
		return nil, err
	}
	typ := map[py.Object]*py.Type{py.String("Lock"): LockType, py.String("RLock"): RLockType,
		py.String("Semaphore"): SemaphoreType, py.String("BoundedSemaphore"): BoundedSemaphoreType}[kind]
	if typ == nil {
		return nil, py.ExceptionNewf(py.ValueError, "_rebuild_semlock: unknown kind %s", pyRepr(kind))
	}
	mv, _ := maxvalue.(py.Int)
	var core *semCore
	if err := openCores(fdsObj, &core); err != nil {
		return nil, err
	}
	core.maxvalue = int32(min(int(mv), semValueMax))
	return &SemLock{ctx: self.(*py.Module).Context, typ: typ, core: core, recursive: typ == RLockType}, nil
}

// intTuple converts a tuple of n ints (descriptor numbers from the spawn data).
func intTuple(o py.Object, n int) ([]int, error) {
	t, ok := o.(py.Tuple)
	if !ok || len(t) != n {
		return nil, py.ExceptionNewf(py.ValueError, "expected a tuple of %d descriptors", n)
	}
	out := make([]int, n)
	for i, x := range t {
		v, ok := x.(py.Int)
		if !ok {
			return nil, py.ExceptionNewf(py.ValueError, "expected a tuple of %d descriptors", n)
		}
		out[i] = int(v)
	}
	return out, nil
}

func init() {
	for _, t := range []*py.Type{LockType, RLockType, SemaphoreType, BoundedSemaphoreType} {
		d := t.Dict
		m := func(name, doc string, fn func(l *SemLock, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
			d[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				l, ok := self.(*SemLock)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'SemLock' object but received a '%s'", name, self.Type().Name)
				}
				return fn(l, args, kwargs)
			}, 0, doc)
		}
		m("acquire", "Acquire the semaphore/lock.", func(l *SemLock, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			t, err := acquireArgs(args, kwargs)
			if err != nil {
				return nil, err
			}
			ok, err := l.acquire(t)
			if err != nil {
				return nil, err
			}
			return py.NewBool(ok), nil
		})
		m("release", "Release the semaphore/lock.", func(l *SemLock, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return py.None, l.release()
		})
		m("__enter__", "Enter the semaphore/lock.", func(l *SemLock, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			ok, err := l.acquire(-1)
			return py.NewBool(ok), err
		})
		m("__exit__", "Exit the semaphore/lock.", func(l *SemLock, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return py.None, l.release()
		})
		m("__reduce__", "A lock travels only to a child being spawned.", func(l *SemLock, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return l.reduce()
		})
		if t == SemaphoreType || t == BoundedSemaphoreType {
			m("get_value", "Get the value of the semaphore.", func(l *SemLock, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				return py.Int(l.core.get()), nil
			})
		}
	}
	builtins.Ready(LockType, RLockType, SemaphoreType, BoundedSemaphoreType)
}

// M__repr__ is CPython's repr of the lock.
func (l *SemLock) M__repr__() (py.Object, error) { return py.String(l.repr()), nil }

// M__str__ is the repr.
func (l *SemLock) M__str__() (py.Object, error) { return l.M__repr__() }
