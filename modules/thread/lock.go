package thread

import (
	"fmt"
	"math"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/builtins"
	pyos "github.com/gopyrt/gopy/modules/os"
	pytime "github.com/gopyrt/gopy/modules/time"
)

// timeoutMax is _thread.TIMEOUT_MAX, as CPython's on Linux.
const timeoutMax = 9223372036.0

// Lock is _thread.lock: a token channel, full when unlocked. Waiting for it releases the
// GIL and, in the main thread, is interrupted by signals (gil.Wait).
type Lock struct {
	ctx py.Context
	ch  chan struct{}
}

// LockType is _thread.lock (_thread.LockType).
var LockType = py.NewType("lock", "A lock object is a synchronization primitive.")

// NewLock returns an unlocked lock of ctx.
func NewLock(ctx py.Context) *Lock {
	l := &Lock{ctx: ctx, ch: make(chan struct{}, 1)}
	l.ch <- struct{}{}
	return l
}

// Type returns LockType.
func (l *Lock) Type() *py.Type { return LockType }

func (l *Lock) locked() bool { return len(l.ch) == 0 }

// acquireArgs parses acquire(blocking=True, timeout=-1) with CPython's checks.
func acquireArgs(args py.Tuple, kwargs py.StringDict) (blocking bool, timeout time.Duration, err error) {
	var b, tmo py.Object = py.True, py.Int(-1)
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OO:acquire", []string{"blocking", "timeout"}, &b, &tmo); err != nil {
		return false, 0, err
	}
	bi, err := pyos.AsLong(b)
	if err != nil {
		return false, 0, err
	}
	blocking = bi != 0
	d, err := pytime.Seconds(tmo)
	if err != nil {
		return false, 0, err
	}
	isDefault := d == -time.Second
	if !blocking && !isDefault {
		return false, 0, py.ExceptionNewf(py.ValueError, "can't specify a timeout for a non-blocking call")
	}
	if d < 0 && !isDefault {
		return false, 0, py.ExceptionNewf(py.ValueError, "timeout value must be positive")
	}
	if f, ok := tmo.(py.Float); ok && float64(f) > timeoutMax || math.IsInf(floatOf(tmo), 1) {
		return false, 0, py.ExceptionNewf(py.OverflowError, "timeout value is too large")
	}
	if isDefault {
		d = -1
	}
	return blocking, d, nil
}

func floatOf(o py.Object) float64 {
	if f, ok := o.(py.Float); ok {
		return float64(f)
	}
	return 0
}

// acquire takes the lock, waiting at most timeout (negative: for ever) if blocking.
func (l *Lock) acquire(blocking bool, timeout time.Duration) (bool, error) {
	select {
	case <-l.ch:
		return true, nil
	default:
	}
	if !blocking {
		return false, nil
	}
	return gil.Wait(l.ctx, l.ch, timeout)
}

func (l *Lock) release() error {
	select {
	case l.ch <- struct{}{}:
		return nil
	default:
		return py.ExceptionNewf(py.RuntimeError, "release unlocked lock")
	}
}

func init() {
	self := func(o py.Object) *Lock { return o.(*Lock) }
	acquire := func(o py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		blocking, timeout, err := acquireArgs(args, kwargs)
		if err != nil {
			return nil, err
		}
		ok, err := self(o).acquire(blocking, timeout)
		if err != nil {
			return nil, err
		}
		return py.NewBool(ok), nil
	}
	release := func(o py.Object) (py.Object, error) { return py.None, self(o).release() }
	d := LockType.Dict
	d["__module__"] = py.String("_thread") // type(lock) prints as <class '_thread.lock'>
	builtins.Ready(LockType, RLockType)    // made after gpython's types: an empty __mro__
	d["acquire"] = py.MustNewMethod("acquire", acquire, 0, "Lock the lock.")
	d["acquire_lock"] = py.MustNewMethod("acquire_lock", acquire, 0, "An obsolete synonym of acquire().")
	d["__enter__"] = py.MustNewMethod("__enter__", acquire, 0, "Lock the lock.")
	d["release"] = py.MustNewMethod("release", release, 0, "Release the lock.")
	d["release_lock"] = py.MustNewMethod("release_lock", release, 0, "An obsolete synonym of release().")
	d["__exit__"] = py.MustNewMethod("__exit__", func(o py.Object, args py.Tuple) (py.Object, error) {
		return py.None, self(o).release()
	}, 0, "Release the lock.")
	d["locked"] = py.MustNewMethod("locked", func(o py.Object) (py.Object, error) {
		return py.NewBool(self(o).locked()), nil
	}, 0, "Test whether the lock is currently locked.")
	d["_is_owned"] = py.MustNewMethod("_is_owned", func(o py.Object) (py.Object, error) {
		return py.NewBool(self(o).locked()), nil
	}, 0, "Whether the lock is held (by anyone: a lock has no owner).")
	d["_release_save"] = py.MustNewMethod("_release_save", func(o py.Object) (py.Object, error) {
		return py.None, self(o).release()
	}, 0, "Release the lock for Condition.wait.")
	d["_acquire_restore"] = py.MustNewMethod("_acquire_restore", func(o, state py.Object) (py.Object, error) {
		_, err := self(o).acquire(true, -1)
		return py.None, err
	}, 0, "Take the lock back after Condition.wait.")
}

// M__repr__ is <unlocked _thread.lock object at 0x...>.
func (l *Lock) M__repr__() (py.Object, error) {
	state := "unlocked"
	if l.locked() {
		state = "locked"
	}
	return py.String(fmt.Sprintf("<%s _thread.lock object at %p>", state, l)), nil
}

// RLock is _thread.RLock: a reentrant lock owned by the thread that holds it. Its fields
// are used with the GIL held.
type RLock struct {
	lock  *Lock
	owner int64
	count int
}

// RLockType is _thread.RLock.
var RLockType = py.NewType("RLock", "A reentrant lock.")

// Type returns RLockType.
func (r *RLock) Type() *py.Type { return RLockType }

func currentIdent(ctx py.Context) int64 {
	if t := gil.Current(ctx); t != nil {
		return t.Ident
	}
	return 0
}

func (r *RLock) acquire(blocking bool, timeout time.Duration) (bool, error) {
	me := currentIdent(r.lock.ctx)
	if r.count > 0 && r.owner == me {
		r.count++
		return true, nil
	}
	ok, err := r.lock.acquire(blocking, timeout)
	if err != nil || !ok {
		return false, err
	}
	r.owner, r.count = me, 1
	return true, nil
}

func (r *RLock) release() error {
	if r.count == 0 || r.owner != currentIdent(r.lock.ctx) {
		return py.ExceptionNewf(py.RuntimeError, "cannot release un-acquired lock")
	}
	r.count--
	if r.count == 0 {
		r.owner = 0
		return r.lock.release()
	}
	return nil
}

func init() {
	self := func(o py.Object) *RLock { return o.(*RLock) }
	RLockType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return nil, py.ExceptionNewf(py.TypeError, "use threading.RLock()")
	}
	acquire := func(o py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		blocking, timeout, err := acquireArgs(args, kwargs)
		if err != nil {
			return nil, err
		}
		ok, err := self(o).acquire(blocking, timeout)
		if err != nil {
			return nil, err
		}
		return py.NewBool(ok), nil
	}
	d := RLockType.Dict
	d["__module__"] = py.String("_thread")
	d["acquire"] = py.MustNewMethod("acquire", acquire, 0, "Acquire the lock, possibly blocking until it is released.")
	d["__enter__"] = py.MustNewMethod("__enter__", acquire, 0, "Acquire the lock.")
	d["release"] = py.MustNewMethod("release", func(o py.Object) (py.Object, error) {
		return py.None, self(o).release()
	}, 0, "Release the lock.")
	d["__exit__"] = py.MustNewMethod("__exit__", func(o py.Object, args py.Tuple) (py.Object, error) {
		return py.None, self(o).release()
	}, 0, "Release the lock.")
	d["_is_owned"] = py.MustNewMethod("_is_owned", func(o py.Object) (py.Object, error) {
		r := self(o)
		return py.NewBool(r.count > 0 && r.owner == currentIdent(r.lock.ctx)), nil
	}, 0, "Whether the calling thread holds the lock.")
	d["_release_save"] = py.MustNewMethod("_release_save", func(o py.Object) (py.Object, error) {
		r := self(o)
		if r.count == 0 {
			return nil, py.ExceptionNewf(py.RuntimeError, "cannot release un-acquired lock")
		}
		state := py.Tuple{py.Int(r.count), py.Int(r.owner)}
		r.count, r.owner = 0, 0
		return state, r.lock.release()
	}, 0, "Release the lock completely for Condition.wait.")
	d["_acquire_restore"] = py.MustNewMethod("_acquire_restore", func(o, state py.Object) (py.Object, error) {
		r := self(o)
		if _, err := r.lock.acquire(true, -1); err != nil {
			return nil, err
		}
		st, ok := state.(py.Tuple)
		if !ok || len(st) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "invalid RLock state")
		}
		c, _ := st[0].(py.Int)
		ow, _ := st[1].(py.Int)
		r.count, r.owner = int(c), int64(ow)
		return py.None, nil
	}, 0, "Take the lock back after Condition.wait.")
}

// M__repr__ is <unlocked _thread.RLock object owner=0 count=0 at 0x...>.
func (r *RLock) M__repr__() (py.Object, error) {
	state := "unlocked"
	if r.count > 0 {
		state = "locked"
	}
	return py.String(fmt.Sprintf("<%s _thread.RLock object owner=%d count=%d at %p>", state, r.owner, r.count, r)), nil
}

// LockState describes a _thread lock or RLock for a copy of it in another process
// (multiprocessing's 'fork' start method): whether it is held and, for an RLock, its
// recursion count and whether the calling thread owns it. ok is false for other objects.
func LockState(ctx py.Context, o py.Object) (reentrant, held bool, count int, mine bool, ok bool) {
	switch l := o.(type) {
	case *Lock:
		return false, l.locked(), 0, false, true
	case *RLock:
		return true, l.count > 0, l.count, l.count > 0 && l.owner == currentIdent(ctx), true
	}
	return false, false, 0, false, false
}

// NewLockState makes in ctx the lock LockState described: a held RLock that was the
// caller's is held by the calling thread, one that was another thread's by no thread that
// exists here (as in a forked child, where only the forking thread goes on).
func NewLockState(ctx py.Context, reentrant, held bool, count int, mine bool) py.Object {
	l := NewLock(ctx)
	if held {
		<-l.ch
	}
	if !reentrant {
		return l
	}
	r := &RLock{lock: l}
	if held {
		r.count, r.owner = max(count, 1), -1
		if mine {
			r.owner = currentIdent(ctx)
		}
	}
	return r
}
