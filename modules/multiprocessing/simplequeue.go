package multiprocessing

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	pytypes "github.com/gopyrt/gopy/modules/types"
)

// SimpleQueue is multiprocessing.SimpleQueue: a one-way pipe with a cross-process lock for
// readers and one for writers, no feeder (put() writes at once, waiting without the GIL
// while the pipe is full).
//
// It is a native class Python code may subclass (SimpleQueue(*, ctx), as CPython's).
type SimpleQueue struct {
	classes.Instance
	ctx    py.Context
	reader *Connection
	writer *Connection
	rlock  *semCore
	wlock  *semCore
}

// SimpleQueueType is multiprocessing.queues.SimpleQueue.
var SimpleQueueType = classes.NewNativeType("SimpleQueue", "multiprocessing.queues",
	"A simplified queue shared between processes (no size, no feeder).", py.ObjectType, nil)

func init() {
	classes.RegisterNative(SimpleQueueType, allocSimpleQueue)
}

func allocSimpleQueue(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	q := &SimpleQueue{}
	q.Init(cls, q)
	return q, nil
}

// newSimpleQueue is the factory multiprocessing.SimpleQueue().
func newSimpleQueue(st *state, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := py.ParseTupleAndKeywords(args, kwargs, ":SimpleQueue", nil); err != nil {
		return nil, err
	}
	o, _ := allocSimpleQueue(SimpleQueueType, nil, nil)
	q := o.(*SimpleQueue)
	return q, q.setup(st)
}

// setup gives q its pipe and locks (CPython's SimpleQueue.__init__).
func (q *SimpleQueue) setup(st *state) error {
	pair, err := pipe(st.ctx, py.Tuple{py.False}, nil)
	if err != nil {
		return err
	}
	ends := pair.(py.Tuple)
	q.ctx, q.reader, q.writer = st.ctx, ends[0].(*Connection), ends[1].(*Connection)
	if q.rlock, err = newSemCore(1, 1); err != nil {
		return err
	}
	q.wlock, err = newSemCore(1, 1)
	return err
}

func (q *SimpleQueue) put(obj py.Object) error {
	w := q.writer
	m, err := frameObject(q.ctx, w.sendBuf.take(), obj)
	if err != nil {
		return err
	}
	defer w.sendBuf.put(m.own)
	fd, err := w.checkWritable()
	if err != nil {
		return err
	}
	if _, err := q.wlock.acquire(q.ctx, -1); err != nil {
		return err
	}
	defer q.wlock.release()
	return w.writeMessage(fd, m)
}

func (q *SimpleQueue) get() (py.Object, error) {
	fd, err := q.reader.checkReadable()
	if err != nil {
		return nil, err
	}
	if _, err := q.rlock.acquire(q.ctx, -1); err != nil {
		return nil, err
	}
	r := q.reader
	data, err := r.recvFrameInto(fd, r.recvBuf.take())
	_ = q.rlock.release()
	if err != nil {
		return nil, err
	}
	return r.loadMessage(q.ctx, data)
}

// reduce is SimpleQueue.__reduce__: only while a child is being spawned.
func (q *SimpleQueue) reduce() (py.Object, error) {
	child := make(py.Tuple, 2)
	for i, fd := range []int{q.reader.handle.get(), q.writer.handle.get()} {
		n, err := handOver(q.ctx, "SimpleQueue", fd)
		if err != nil {
			return nil, err
		}
		child[i] = py.Int(n)
	}
	locks, err := handOverCores(q.ctx, "SimpleQueue", q.rlock, q.wlock)
	if err != nil {
		return nil, err
	}
	child = append(child, locks...)
	rebuild, err := moduleFunc(q.ctx, "multiprocessing.queues", "_rebuild_simple_queue")
	if err != nil {
		return nil, err
	}
	args := py.Tuple{child}
	if q.Type() == SimpleQueueType {
		return py.Tuple{rebuild, args}, nil
	}
	args = append(args, q.Type())
	if state := inheritedState(q.ctx, &q.Instance); state != nil {
		return py.Tuple{rebuild, args, state}, nil
	}
	return py.Tuple{rebuild, args}, nil
}

// rebuildSimpleQueue is multiprocessing.queues._rebuild_simple_queue(fds), in the child.
func rebuildSimpleQueue(self py.Object, args py.Tuple) (py.Object, error) {
	var fdsObj, clsObj py.Object
	if err := py.UnpackTuple(args, nil, "_rebuild_simple_queue", 1, 2, &fdsObj, &clsObj); err != nil {
		return nil, err
	}
	fdt, _ := fdsObj.(py.Tuple)
	if len(fdt) != 6 {
		return nil, py.ExceptionNewf(py.ValueError, "_rebuild_simple_queue: %d descriptors, want 6", len(fdt))
	}
	fds := make([]int, 6)
	for i, o := range fdt {
		n, _ := o.(py.Int)
		fds[i] = int(n)
	}
	ctx := self.(*py.Module).Context
	cls := SimpleQueueType
	if len(args) > 1 {
		if c, ok := args[1].(*py.Type); ok && c.IsSubtype(SimpleQueueType) {
			cls = c
		}
	}
	o, _ := allocSimpleQueue(cls, nil, nil)
	q := o.(*SimpleQueue)
	q.ctx, q.reader, q.writer = ctx, newConnection(ctx, fds[0], true, false), newConnection(ctx, fds[1], false, true)
	if err := openCores(fdt[2:], &q.rlock, &q.wlock); err != nil {
		return nil, err
	}
	q.rlock.maxvalue, q.wlock.maxvalue = 1, 1
	return q, nil
}

func init() {
	d := SimpleQueueType.Dict
	m := func(name, doc string, fn func(q *SimpleQueue, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
		d[name] = classes.NewMethodOf("SimpleQueue", name, doc, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			q, ok := self.(*SimpleQueue)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'SimpleQueue' object but received a '%s'", name, self.Type().Name)
			}
			if name != "__init__" && q.reader == nil {
				return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '_reader'", q.Type().Name)
			}
			return fn(q, args, kwargs)
		})
	}
	m("__init__", "Initialize self.", func(q *SimpleQueue, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		ctxObj, ok := kwargs["ctx"]
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "SimpleQueue.__init__() missing 1 required keyword-only argument: 'ctx'")
		}
		if len(args) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "SimpleQueue.__init__() takes 1 positional argument but %d were given", len(args)+1)
		}
		for k := range kwargs {
			if k != "ctx" {
				return nil, py.ExceptionNewf(py.TypeError, "SimpleQueue.__init__() got an unexpected keyword argument '%s'", k)
			}
		}
		st, err := contextState(ctxObj)
		if err != nil {
			return nil, err
		}
		return py.None, q.setup(st)
	})
	end := func(reader bool) *py.Property {
		return &py.Property{Fget: func(self py.Object) (py.Object, error) {
			q, ok := self.(*SimpleQueue)
			if !ok || q.reader == nil {
				return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '_reader'", self.Type().Name)
			}
			if reader {
				return q.reader, nil
			}
			return q.writer, nil
		}}
	}
	d["_reader"], d["_writer"] = end(true), end(false)
	d["__class_getitem__"] = pytypes.ClassGetItem()
	m("put", "Put obj into the queue.", func(q *SimpleQueue, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var obj py.Object
		if err := py.ParseTupleAndKeywords(args, kwargs, "O:put", []string{"obj"}, &obj); err != nil {
			return nil, err
		}
		return py.None, q.put(obj)
	})
	m("get", "Remove and return an item, waiting for one.", func(q *SimpleQueue, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := noArgs("SimpleQueue.get", args, kwargs); err != nil {
			return nil, err
		}
		return q.get()
	})
	m("empty", "Return True if the queue is empty.", func(q *SimpleQueue, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		ready, err := q.reader.poll(nil, nil)
		if err != nil {
			return nil, err
		}
		return py.NewBool(ready == py.False), nil
	})
	m("close", "Close the queue's pipe in this process.", func(q *SimpleQueue, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		q.reader.handle.close()
		q.writer.handle.close()
		return py.None, nil
	})
	m("__reduce__", "A queue travels only to a child being spawned.", func(q *SimpleQueue, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return q.reduce()
	})

	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "multiprocessing.queues", Doc: "Queues shared between processes."},
		Methods: []*py.Method{
			py.MustNewMethod("_rebuild_queue", rebuildQueue, 0, "Rebuild a queue handed over to a spawned child."),
			py.MustNewMethod("_rebuild_simple_queue", rebuildSimpleQueue, 0, "Rebuild a SimpleQueue handed over to a spawned child."),
		},
		Globals: py.StringDict{"Queue": QueueType, "JoinableQueue": JoinableQueueType, "SimpleQueue": SimpleQueueType},
	})
}

// queueFunctions are multiprocessing.Queue, JoinableQueue and SimpleQueue (the context's
// factory methods in CPython).
func queueFunctions() []*py.Method {
	mk := func(name, doc string, f func(st *state, args py.Tuple, kwargs py.StringDict) (py.Object, error)) *py.Method {
		return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			st, err := moduleState(self)
			if err != nil {
				return nil, err
			}
			return f(st, args, kwargs)
		}, 0, doc)
	}
	return []*py.Method{
		mk("Queue", "Returns a queue object", func(st *state, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return newQueue(st, QueueType, args, kwargs)
		}),
		mk("JoinableQueue", "Returns a queue object", func(st *state, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return newQueue(st, JoinableQueueType, args, kwargs)
		}),
		mk("SimpleQueue", "Returns a queue object", newSimpleQueue),
	}
}
