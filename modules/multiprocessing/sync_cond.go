package multiprocessing

import (
	"fmt"
	"time"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/modules/builtins"
	"github.com/gopyrt/gopy/modules/errno"
)

// Condition is multiprocessing.synchronize.Condition, CPython's algorithm over shared
// semaphores: a waiter counts itself in sleeping, releases the lock completely and waits
// on waitSem; notify() wakes up to n sleepers and waits until each has counted itself in
// woken.
type Condition struct {
	ctx      py.Context
	lock     *SemLock
	sleeping *semCore
	woken    *semCore
	waitSem  *semCore
}

// Event is multiprocessing.synchronize.Event: a Condition over a Lock and a flag semaphore.
type Event struct {
	ctx  py.Context
	cond *Condition
	flag *semCore
}

// The Condition and Event types.
var (
	ConditionType = newSyncType("Condition", "A condition variable shared between processes.")
	EventType     = newSyncType("Event", "An event shared between processes.")
)

// Type returns ConditionType.
func (c *Condition) Type() *py.Type { return ConditionType }

// Type returns EventType.
func (e *Event) Type() *py.Type { return EventType }

func newCondition(ctx py.Context, lock *SemLock) (*Condition, error) {
	var err error
	if lock == nil {
		if lock, err = newSemLock(ctx, RLockType, 1, 1); err != nil {
			return nil, err
		}
	}
	c := &Condition{ctx: ctx, lock: lock}
	for _, s := range []**semCore{&c.sleeping, &c.woken, &c.waitSem} {
		if *s, err = newSemCore(0, semValueMax); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// wait is Condition.wait(timeout).
func (c *Condition) wait(t time.Duration) (bool, error) {
	if !c.lock.isMine() {
		return false, py.ExceptionNewf(py.AssertionError, "must acquire() condition before using wait()")
	}
	if err := c.sleeping.release(); err != nil {
		return false, err
	}
	count := c.lock.count
	for i := 0; i < count; i++ {
		if err := c.lock.release(); err != nil {
			return false, err
		}
	}
	ok, werr := c.waitSem.acquire(c.ctx, t)
	_ = c.woken.release()
	for i := 0; i < count; i++ {
		if _, err := c.lock.acquire(-1); err != nil && werr == nil {
			werr = err
		}
	}
	return ok, werr
}

// notify is Condition.notify(n).
func (c *Condition) notify(n int) error {
	if !c.lock.isMine() {
		return py.ExceptionNewf(py.AssertionError, "lock is not owned")
	}
	if c.waitSem.tryAcquire() {
		return py.ExceptionNewf(py.AssertionError, "")
	}
	// Sleepers that timed out or were interrupted have counted themselves woken: forget them.
	for c.woken.tryAcquire() {
		c.sleeping.tryAcquire()
	}
	sleepers := 0
	for sleepers < n && c.sleeping.tryAcquire() {
		if err := c.waitSem.release(); err != nil {
			return err
		}
		sleepers++
	}
	if sleepers > 0 {
		for i := 0; i < sleepers; i++ {
			if _, err := c.woken.acquire(c.ctx, -1); err != nil {
				return err
			}
		}
		for c.waitSem.tryAcquire() {
		}
	}
	return nil
}

func (c *Condition) repr() string {
	return fmt.Sprintf("<Condition(%s, %d)>", c.lock.repr(), c.sleeping.get()-c.woken.get())
}

// handOverCores hands cores over to a child being spawned: for each, its arena's
// descriptor number in the child and its slot's offset.
func handOverCores(ctx py.Context, typeName string, cores ...*semCore) (py.Tuple, error) {
	var out py.Tuple
	for _, s := range cores {
		fd, off := s.ref()
		n, err := handOver(ctx, typeName, fd)
		if err != nil {
			return nil, err
		}
		out = append(out, py.Int(n), py.Int(off))
	}
	return out, nil
}

// openCores is handOverCores's other half, in the child.
func openCores(o py.Object, cores ...**semCore) error {
	refs, err := intTuple(o, 2*len(cores))
	if err != nil {
		return err
	}
	for i, s := range cores {
		if *s, err = openSemCore(refs[2*i], refs[2*i+1], semValueMax); err != nil {
			return err
		}
	}
	return nil
}

func (c *Condition) reduce() (py.Object, error) {
	fds, err := handOverCores(c.ctx, "Condition", c.sleeping, c.woken, c.waitSem)
	if err != nil {
		return nil, err
	}
	rebuild, err := moduleFunc(c.ctx, "multiprocessing.synchronize", "_rebuild_condition")
	if err != nil {
		return nil, err
	}
	return py.Tuple{rebuild, py.Tuple{c.lock, fds}}, nil
}

// rebuildCondition is multiprocessing.synchronize._rebuild_condition(lock, fds).
func rebuildCondition(self py.Object, args py.Tuple) (py.Object, error) {
	var lock, fds py.Object
	if err := py.UnpackTuple(args, nil, "_rebuild_condition", 2, 2, &lock, &fds); err != nil {
		return nil, err
	}
	l, ok := lock.(*SemLock)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "_rebuild_condition: not a lock")
	}
	c := &Condition{ctx: self.(*py.Module).Context, lock: l}
	if err := openCores(fds, &c.sleeping, &c.woken, &c.waitSem); err != nil {
		return nil, err
	}
	return c, nil
}

func newEvent(ctx py.Context) (*Event, error) {
	lock, err := newSemLock(ctx, LockType, 1, 1)
	if err != nil {
		return nil, err
	}
	cond, err := newCondition(ctx, lock)
	if err != nil {
		return nil, err
	}
	flag, err := newSemCore(0, semValueMax)
	if err != nil {
		return nil, err
	}
	return &Event{ctx: ctx, cond: cond, flag: flag}, nil
}

// locked runs fn with the event's condition held.
func (e *Event) locked(fn func() (py.Object, error)) (py.Object, error) {
	if _, err := e.cond.lock.acquire(-1); err != nil {
		return nil, err
	}
	r, err := fn()
	if rerr := e.cond.lock.release(); err == nil {
		err = rerr
	}
	return r, err
}

func (e *Event) isSet() bool {
	if e.flag.tryAcquire() {
		_ = e.flag.release()
		return true
	}
	return false
}

func (e *Event) reduce() (py.Object, error) {
	fds, err := handOverCores(e.ctx, "Condition", e.flag) // CPython fails on the event's condition
	if err != nil {
		return nil, err
	}
	rebuild, err := moduleFunc(e.ctx, "multiprocessing.synchronize", "_rebuild_event")
	if err != nil {
		return nil, err
	}
	return py.Tuple{rebuild, py.Tuple{e.cond, fds}}, nil
}

// rebuildEvent is multiprocessing.synchronize._rebuild_event(cond, fds).
func rebuildEvent(self py.Object, args py.Tuple) (py.Object, error) {
	var cond, fds py.Object
	if err := py.UnpackTuple(args, nil, "_rebuild_event", 2, 2, &cond, &fds); err != nil {
		return nil, err
	}
	c, ok := cond.(*Condition)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "_rebuild_event: not a condition")
	}
	e := &Event{ctx: self.(*py.Module).Context, cond: c}
	if err := openCores(fds, &e.flag); err != nil {
		return nil, err
	}
	return e, nil
}

// timeoutOnly parses a single optional timeout argument (wait(timeout=None)).
func timeoutOnly(name string, args py.Tuple, kwargs py.StringDict) (time.Duration, error) {
	var timeout py.Object = py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "|O:"+name, []string{"timeout"}, &timeout); err != nil {
		return 0, err
	}
	if isNanOrInf(timeout) {
		return badTimeout, nil
	}
	return waitTimeout(timeout)
}

func init() {
	cm := func(name, doc string, fn func(c *Condition, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
		ConditionType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			c, ok := self.(*Condition)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'Condition' object", name)
			}
			return fn(c, args, kwargs)
		}, 0, doc)
	}
	cm("acquire", "Acquire the underlying lock.", func(c *Condition, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		t, err := acquireArgs(args, kwargs)
		if err != nil {
			return nil, err
		}
		ok, err := c.lock.acquire(t)
		return py.NewBool(ok), err
	})
	cm("release", "Release the underlying lock.", func(c *Condition, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.None, c.lock.release()
	})
	cm("__enter__", "", func(c *Condition, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		ok, err := c.lock.acquire(-1)
		return py.NewBool(ok), err
	})
	cm("__exit__", "", func(c *Condition, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.None, c.lock.release()
	})
	cm("wait", "Wait until notified or until a timeout occurs.", func(c *Condition, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		t, err := timeoutOnly("wait", args, kwargs)
		if err != nil {
			return nil, err
		}
		if err := checkBadTimeout(t); err != nil {
			return nil, err
		}
		ok, err := c.wait(t)
		return py.NewBool(ok), err
	})
	cm("notify", "Wake up at most n processes or threads waiting on this condition.", func(c *Condition, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var n py.Object = py.Int(1)
		if err := py.ParseTupleAndKeywords(args, kwargs, "|O:notify", []string{"n"}, &n); err != nil {
			return nil, err
		}
		k, err := py.IndexInt(n)
		if err != nil {
			return nil, err
		}
		return py.None, c.notify(k)
	})
	cm("notify_all", "Wake up all processes or threads waiting on this condition.", func(c *Condition, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.None, c.notify(semValueMax)
	})
	cm("__reduce__", "A condition travels only to a child being spawned.", func(c *Condition, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return c.reduce()
	})

	em := func(name, doc string, fn func(e *Event, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
		EventType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			e, ok := self.(*Event)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires an 'Event' object", name)
			}
			return fn(e, args, kwargs)
		}, 0, doc)
	}
	em("is_set", "Return True if the flag is set.", func(e *Event, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return e.locked(func() (py.Object, error) { return py.NewBool(e.isSet()), nil })
	})
	em("set", "Set the flag and wake every waiter.", func(e *Event, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return e.locked(func() (py.Object, error) {
			e.flag.tryAcquire()
			if err := e.flag.release(); err != nil {
				return nil, err
			}
			return py.None, e.cond.notify(semValueMax)
		})
	})
	em("clear", "Reset the flag.", func(e *Event, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return e.locked(func() (py.Object, error) {
			e.flag.tryAcquire()
			return py.None, nil
		})
	})
	em("wait", "Wait until the flag is set or the timeout passes; return the flag.", func(e *Event, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		t, err := timeoutOnly("wait", args, kwargs)
		if err != nil {
			return nil, err
		}
		return e.locked(func() (py.Object, error) {
			if !e.isSet() {
				if err := checkBadTimeout(t); err != nil {
					return nil, err
				}
				if _, err := e.cond.wait(t); err != nil {
					return nil, err
				}
			}
			return py.NewBool(e.isSet()), nil
		})
	})
	em("__reduce__", "An event travels only to a child being spawned.", func(e *Event, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return e.reduce()
	})
	builtins.Ready(ConditionType, EventType)

	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "multiprocessing.synchronize", Doc: "Locks, semaphores, conditions and events shared between processes."},
		Methods: []*py.Method{
			py.MustNewMethod("_rebuild_semlock", rebuildSemLock, 0, "Rebuild a lock handed over to a spawned child."),
			py.MustNewMethod("_rebuild_condition", rebuildCondition, 0, "Rebuild a condition handed over to a spawned child."),
			py.MustNewMethod("_rebuild_event", rebuildEvent, 0, "Rebuild an event handed over to a spawned child."),
			py.MustNewMethod("_rebuild_barrier", rebuildBarrier, 0, "Rebuild a barrier handed over to a spawned child."),
		},
		Globals: py.StringDict{
			"Lock": LockType, "RLock": RLockType, "Semaphore": SemaphoreType, "BoundedSemaphore": BoundedSemaphoreType,
			"Condition": ConditionType, "Event": EventType, "Barrier": BarrierType, "SEM_VALUE_MAX": py.Int(semValueMax),
		},
	})
}

// syncFunctions are multiprocessing.Lock, RLock, Semaphore, BoundedSemaphore, Condition
// and Event (the context's factory methods in CPython).
func syncFunctions() []*py.Method {
	mk := func(name string, f func(ctx py.Context, args py.Tuple, kwargs py.StringDict) (py.Object, error)) *py.Method {
		return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			st, err := moduleState(self)
			if err != nil {
				return nil, err
			}
			return f(st.ctx, args, kwargs)
		}, 0, "Returns a "+name+" object shared with the children it is passed to")
	}
	noArg := func(name string, typ *py.Type) *py.Method {
		return mk(name, func(ctx py.Context, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) > 0 || len(kwargs) > 0 {
				return nil, py.ExceptionNewf(py.TypeError, "BaseContext.%s() takes 1 positional argument but %d were given", name, len(args)+1)
			}
			return newSemLock(ctx, typ, 1, 1)
		})
	}
	sem := func(name string, typ *py.Type) *py.Method {
		return mk(name, func(ctx py.Context, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var value py.Object = py.Int(1)
			if err := py.ParseTupleAndKeywords(args, kwargs, "|O:"+name, []string{"value"}, &value); err != nil {
				return nil, err
			}
			v, err := py.IndexInt(value)
			if err != nil {
				return nil, err
			}
			if v < 0 || v > semValueMax {
				return nil, errno.FromError(unix.EINVAL)
			}
			max := semValueMax
			if typ == BoundedSemaphoreType {
				max = v
			}
			return newSemLock(ctx, typ, v, max)
		})
	}
	return []*py.Method{
		noArg("Lock", LockType),
		noArg("RLock", RLockType),
		sem("Semaphore", SemaphoreType),
		sem("BoundedSemaphore", BoundedSemaphoreType),
		mk("Condition", func(ctx py.Context, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var lock py.Object = py.None
			if err := py.ParseTupleAndKeywords(args, kwargs, "|O:Condition", []string{"lock"}, &lock); err != nil {
				return nil, err
			}
			var l *SemLock
			if lock != py.None {
				var ok bool
				if l, ok = lock.(*SemLock); !ok {
					return nil, py.ExceptionNewf(py.TypeError, "Condition() needs a multiprocessing lock, not '%s'", lock.Type().Name)
				}
			}
			return newCondition(ctx, l)
		}),
		mk("Barrier", newBarrier),
		mk("Event", func(ctx py.Context, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) > 0 || len(kwargs) > 0 {
				return nil, py.ExceptionNewf(py.TypeError, "BaseContext.Event() takes 1 positional argument but %d were given", len(args)+1)
			}
			return newEvent(ctx)
		}),
	}
}

// M__repr__ is CPython's repr of the condition.
func (c *Condition) M__repr__() (py.Object, error) { return py.String(c.repr()), nil }

// M__str__ is the repr.
func (c *Condition) M__str__() (py.Object, error) { return c.M__repr__() }
