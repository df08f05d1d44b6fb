package multiprocessing

import (
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/modules/builtins"
	"github.com/gopyrt/gopy/modules/errno"
	pythread "github.com/gopyrt/gopy/modules/thread"
)

// Barrier is multiprocessing.synchronize.Barrier: threading.Barrier's algorithm with its
// state and count in shared memory and a Condition over a Lock shared between processes.
type Barrier struct {
	ctx     py.Context
	cond    *Condition
	mem     *sharedMem // int32 state (0 filling, 1 draining, -1 resetting, -2 broken), int32 count
	parties int
	action  py.Object
	timeout py.Object
}

// BarrierType is multiprocessing.synchronize.Barrier.
var BarrierType = newSyncType("Barrier", "A barrier shared between processes.")

// Type returns BarrierType.
func (b *Barrier) Type() *py.Type { return BarrierType }

func (b *Barrier) state() *int32 { return (*int32)(unsafe.Pointer(&b.mem.res.mem[0])) }
func (b *Barrier) count() *int32 { return (*int32)(unsafe.Pointer(&b.mem.res.mem[4])) }

// The fields are only changed with the condition's lock held; atomics keep readers honest.
func (b *Barrier) getState() int32  { return atomic.LoadInt32(b.state()) }
func (b *Barrier) setState(v int32) { atomic.StoreInt32(b.state(), v) }
func (b *Barrier) getCount() int32  { return atomic.LoadInt32(b.count()) }
func (b *Barrier) addCount(d int32) { atomic.AddInt32(b.count(), d) }

func newBarrier(ctx py.Context, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var parties, action, timeout py.Object = nil, py.None, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:Barrier", []string{"parties", "action", "timeout"}, &parties, &action, &timeout); err != nil {
		return nil, err
	}
	n, err := py.IndexInt(parties)
	if err != nil {
		return nil, err
	}
	lock, err := newSemLock(ctx, LockType, 1, 1)
	if err != nil {
		return nil, err
	}
	cond, err := newCondition(ctx, lock)
	if err != nil {
		return nil, err
	}
	mem, err := newSharedMem(8)
	if err != nil {
		return nil, err
	}
	return &Barrier{ctx: ctx, cond: cond, mem: mem, parties: n, action: action, timeout: timeout}, nil
}

func (b *Barrier) lock() error {
	_, err := b.cond.lock.acquire(-1)
	return err
}

func (b *Barrier) unlock() { _ = b.cond.lock.release() }

func broken() error {
	return &py.Exception{Base: pythread.BrokenBarrierError, Args: py.Tuple{}, Dict: py.StringDict{}}
}

// waitFor is Condition.wait_for(predicate, timeout) with the lock held.
func (b *Barrier) waitFor(pred func() bool, t time.Duration) (bool, error) {
	var deadline time.Time
	if t >= 0 {
		deadline = time.Now().Add(t)
	}
	for !pred() {
		left := time.Duration(-1)
		if t >= 0 {
			if left = time.Until(deadline); left <= 0 {
				return false, nil
			}
		}
		if _, err := b.cond.wait(left); err != nil {
			return false, err
		}
	}
	return true, nil
}

// wait is Barrier.wait(timeout=None): the index of the arrival.
func (b *Barrier) wait(timeout py.Object) (py.Object, error) {
	if timeout == py.None {
		timeout = b.timeout
	}
	if isNanOrInf(timeout) {
		// The condition's wait fails (sem_timedwait's EINVAL).
		return nil, errno.FromError(unix.EINVAL)
	}
	t, err := waitTimeout(timeout)
	if err != nil {
		return nil, err
	}
	if err := b.lock(); err != nil {
		return nil, err
	}
	defer b.unlock()
	// _enter
	if _, err := b.waitFor(func() bool { s := b.getState(); return s != -1 && s != 1 }, -1); err != nil {
		return nil, err
	}
	if b.getState() < 0 {
		return nil, broken()
	}
	index := b.getCount()
	b.addCount(1)
	err = b.arrive(index, t)
	// _exit
	b.addCount(-1)
	if b.getCount() == 0 {
		if s := b.getState(); s == -1 || s == 1 {
			b.setState(0)
			if nerr := b.cond.notify(semValueMax); err == nil {
				err = nerr
			}
		}
	}
	if err != nil {
		return nil, err
	}
	return py.Int(index), nil
}

// arrive is the middle of wait(): the last party runs the action and releases the others,
// the others wait for it.
func (b *Barrier) arrive(index int32, t time.Duration) error {
	if int(index)+1 == b.parties {
		if b.action != py.None {
			if _, err := py.Call(b.action, nil, nil); err != nil {
				b.breakBarrier()
				return err
			}
		}
		b.setState(1)
		return b.cond.notify(semValueMax)
	}
	ok, err := b.waitFor(func() bool { return b.getState() != 0 }, t)
	if err != nil {
		return err
	}
	if !ok {
		b.breakBarrier()
		return broken()
	}
	if b.getState() < 0 {
		return broken()
	}
	return nil
}

func (b *Barrier) breakBarrier() {
	b.setState(-2)
	_ = b.cond.notify(semValueMax)
}

func (b *Barrier) reduce() (py.Object, error) {
	// CPython pickles the barrier's Condition first, so that is what refuses outside spawning.
	fd, err := handOver(b.ctx, "Condition", b.mem.res.memfd.get())
	if err != nil {
		return nil, err
	}
	rebuild, err := moduleFunc(b.ctx, "multiprocessing.synchronize", "_rebuild_barrier")
	if err != nil {
		return nil, err
	}
	return py.Tuple{rebuild, py.Tuple{b.cond, py.Int(fd), py.Int(b.parties), b.action, b.timeout}}, nil
}

// rebuildBarrier is multiprocessing.synchronize._rebuild_barrier(cond, memfd, parties,
// action, timeout).
func rebuildBarrier(self py.Object, args py.Tuple) (py.Object, error) {
	var cond, fd, parties, action, timeout py.Object
	if err := py.UnpackTuple(args, nil, "_rebuild_barrier", 5, 5, &cond, &fd, &parties, &action, &timeout); err != nil {
		return nil, err
	}
	c, ok := cond.(*Condition)
	memfd, ok1 := fd.(py.Int)
	n, ok2 := parties.(py.Int)
	if !ok || !ok1 || !ok2 {
		return nil, py.ExceptionNewf(py.ValueError, "_rebuild_barrier: bad arguments")
	}
	mem, err := openSharedMem(int(memfd), 8)
	if err != nil {
		return nil, err
	}
	return &Barrier{ctx: self.(*py.Module).Context, cond: c, mem: mem, parties: int(n), action: action, timeout: timeout}, nil
}

func init() {
	d := BarrierType.Dict
	m := func(name, doc string, fn func(b *Barrier, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
		d[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			b, ok := self.(*Barrier)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'Barrier' object", name)
			}
			return fn(b, args, kwargs)
		}, 0, doc)
	}
	m("wait", "Wait for the barrier; returns the index of this arrival (0 .. parties-1).", func(b *Barrier, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var timeout py.Object = py.None
		if err := py.ParseTupleAndKeywords(args, kwargs, "|O:wait", []string{"timeout"}, &timeout); err != nil {
			return nil, err
		}
		return b.wait(timeout)
	})
	m("reset", "Reset the barrier to the initial state.", func(b *Barrier, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := b.lock(); err != nil {
			return nil, err
		}
		defer b.unlock()
		if b.getCount() > 0 {
			if s := b.getState(); s == 0 || s == -2 {
				b.setState(-1)
			}
		} else {
			b.setState(0)
		}
		return py.None, b.cond.notify(semValueMax)
	})
	m("abort", "Place the barrier into a 'broken' state.", func(b *Barrier, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := b.lock(); err != nil {
			return nil, err
		}
		defer b.unlock()
		b.breakBarrier()
		return py.None, nil
	})
	m("__reduce__", "A barrier travels only to a child being spawned.", func(b *Barrier, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return b.reduce()
	})
	prop := func(name string, get func(b *Barrier) py.Object) {
		d[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return get(self.(*Barrier)), nil }}
	}
	prop("parties", func(b *Barrier) py.Object { return py.Int(b.parties) })
	prop("n_waiting", func(b *Barrier) py.Object {
		if b.getState() == 0 {
			return py.Int(b.getCount())
		}
		return py.Int(0)
	})
	prop("broken", func(b *Barrier) py.Object { return py.NewBool(b.getState() == -2) })
	builtins.Ready(BarrierType)
}
