package multiprocessing

import (
	"fmt"
	"os"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/interp/gil"
)

// qsize is maxsize minus the free places: the items put and not yet got.
func (q *Queue) qsize() int { return q.maxsize - q.sem.get() }

// close is Queue.close(): no more put() or get() in this process; the feeder writes what is
// buffered, then closes the pipe.
func (q *Queue) close() {
	q.closed = true
	q.mu.Lock()
	feeding := q.feeding
	q.closing = true
	q.mu.Unlock()
	if feeding {
		q.notify()
	}
}

// finish is the exit function's part for a queue (CPython's _finalize_close, then
// _finalize_join once the children are joined): the feeder flushes and ends, and unless
// cancel_join_thread() was called the process waits for it. A wait of more than a few seconds is reported on stderr: the
// pipe is full and nobody reads it, where CPython would hang without a word.
func (f *queueFeed) finish() {
	f.mu.Lock()
	feeding, cancelled := f.feeding, f.cancelled
	f.mu.Unlock()
	if !feeding || cancelled {
		return
	}
	warn := time.NewTimer(5 * time.Second)
	defer warn.Stop()
	select {
	case <-f.done:
		return
	case <-warn.C:
		f.mu.Lock()
		n := len(f.buffer)
		f.mu.Unlock()
		fmt.Fprintf(os.Stderr, "gopy: process %d is blocked at exit flushing %s (%d more items buffered): nobody reads the queue's pipe\n", os.Getpid(), f.name, n)
	}
	<-f.done
}

// joinThread is Queue.join_thread().
func (q *Queue) joinThread() error {
	if !q.closed {
		return py.ExceptionNewf(py.AssertionError, "Queue %s not closed", q.repr())
	}
	q.mu.Lock()
	feeding, cancelled := q.feeding, q.cancelled
	q.mu.Unlock()
	if feeding && !cancelled {
		_, err := gil.Wait(q.ctx, q.done, -1)
		return err
	}
	return nil
}

func (q *Queue) taskDone() error {
	if !q.unfinished.tryAcquire() {
		return py.ExceptionNewf(py.ValueError, "task_done() called too many times")
	}
	return nil
}

// join is JoinableQueue.join(): wait until every item put has been marked done. The waiter
// looks at the shared count with short sleeps that release the GIL (a signal interrupts
// them).
func (q *Queue) join() error {
	pause := 100 * time.Microsecond
	for q.unfinished.get() > 0 {
		if err := gil.Sleep(q.ctx, pause); err != nil {
			return err
		}
		pause = min(pause*2, 10*time.Millisecond)
	}
	return nil
}

// closeQueues and joinQueues are the queues' part of the exit function: the feeders are
// told to finish first, and waited for after the children are joined.
func (st *state) closeQueues() {
	st.mu.Lock()
	qs := append([]*queueFeed(nil), st.queues...)
	st.mu.Unlock()
	for _, f := range qs {
		f.mu.Lock()
		f.closing = true
		f.mu.Unlock()
		f.notify()
	}
}

func (st *state) joinQueues() {
	st.mu.Lock()
	qs := st.queues
	st.queues = nil
	st.mu.Unlock()
	for _, f := range qs {
		f.finish()
	}
}

// reduce is Queue.__reduce__: only while a child is being spawned (CPython's
// assert_spawning in __getstate__).
func (q *Queue) reduce() (py.Object, error) {
	name := q.Type().Name
	child := make(py.Tuple, 2)
	for i, fd := range []int{q.reader.handle.get(), q.writer.handle.get()} {
		n, err := handOver(q.ctx, name, fd)
		if err != nil {
			return nil, err
		}
		child[i] = py.Int(n)
	}
	cores := []*semCore{q.rlock, q.wlock, q.sem}
	if q.unfinished != nil {
		cores = append(cores, q.unfinished)
	}
	refs, err := handOverCores(q.ctx, name, cores...)
	if err != nil {
		return nil, err
	}
	child = append(child, refs...)
	rebuild, err := moduleFunc(q.ctx, "multiprocessing.queues", "_rebuild_queue")
	if err != nil {
		return nil, err
	}
	args := py.Tuple{py.String(q.kind.Name), py.Int(q.maxsize), child}
	if q.Type() == q.kind {
		return py.Tuple{rebuild, args}, nil
	}
	args = append(args, q.Type())
	if state := inheritedState(q.ctx, &q.Instance); state != nil {
		return py.Tuple{rebuild, args, state}, nil
	}
	return py.Tuple{rebuild, args}, nil
}

// rebuildQueue is multiprocessing.queues._rebuild_queue(kind, maxsize, fds[, cls]), in the
// child; cls is the Python subclass of the queue, if it is one.
func rebuildQueue(self py.Object, args py.Tuple) (py.Object, error) {
	var kind, maxsize, fdsObj, clsObj py.Object
	if err := py.UnpackTuple(args, nil, "_rebuild_queue", 3, 4, &kind, &maxsize, &fdsObj, &clsObj); err != nil {
		return nil, err
	}
	ctx := self.(*py.Module).Context
	fdt, _ := fdsObj.(py.Tuple)
	fds := make([]int, len(fdt))
	for i, o := range fdt {
		n, _ := o.(py.Int)
		fds[i] = int(n)
	}
	size, _ := maxsize.(py.Int)
	typ := QueueType
	if kind == py.String("JoinableQueue") {
		typ = JoinableQueueType
	}
	cls := typ
	if c, ok := clsObj.(*py.Type); ok && c.IsSubtype(typ) {
		cls = c
	}
	want := 2 + 2*3
	if typ == JoinableQueueType {
		want += 2
	}
	if len(fds) != want {
		return nil, py.ExceptionNewf(py.ValueError, "_rebuild_queue: %d descriptors, want %d", len(fds), want)
	}
	o, _ := allocQueue(cls, nil, nil)
	q := o.(*Queue)
	q.ctx, q.maxsize, q.reader, q.writer = ctx, int(size), newConnection(ctx, fds[0], true, false), newConnection(ctx, fds[1], false, true)
	sems := []**semCore{&q.rlock, &q.wlock, &q.sem, &q.unfinished}[:(len(fds)-2)/2]
	if err := openCores(fdt[2:], sems...); err != nil {
		return nil, err
	}
	q.rlock.maxvalue, q.wlock.maxvalue, q.sem.maxvalue = 1, 1, int32(min(int(size), semValueMax))
	q.init()
	return q, nil
}

func queueMethod(d py.StringDict, name, doc string, fn func(q *Queue, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
	d[name] = classes.NewMethodOf("Queue", name, doc, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		q, ok := self.(*Queue)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'Queue' object but received a '%s'", name, self.Type().Name)
		}
		if err := q.ready(); err != nil {
			return nil, err
		}
		return fn(q, args, kwargs)
	})
}

// queueInit is Queue.__init__(self, maxsize=0, *, ctx) and JoinableQueue's: ctx is the
// multiprocessing context the queue belongs to.
func queueInit(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	q, ok := self.(*Queue)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires a 'Queue' object but received a '%s'", self.Type().Name)
	}
	fn := q.kind.Name + ".__init__()"
	ctxObj, ok := kwargs["ctx"]
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "%s missing 1 required keyword-only argument: 'ctx'", fn)
	}
	var maxsize py.Object = py.Int(0)
	rest := py.StringDict{}
	for k, v := range kwargs {
		switch k {
		case "ctx":
		case "maxsize":
			rest[k] = v
		default:
			return nil, py.ExceptionNewf(py.TypeError, "%s got an unexpected keyword argument '%s'", fn, k)
		}
	}
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "%s takes from 1 to 2 positional arguments but %d were given", fn, len(args)+1)
	}
	if err := py.ParseTupleAndKeywords(args, rest, "|O:"+q.kind.Name, []string{"maxsize"}, &maxsize); err != nil {
		return nil, err
	}
	st, err := contextState(ctxObj)
	if err != nil {
		return nil, err
	}
	return py.None, q.setup(st, maxsize)
}

// contextState is the multiprocessing state of a context object given as ctx=, or of the
// running interpreter for any other object.
func contextState(ctxObj py.Object) (*state, error) {
	if c, ok := ctxObj.(*Context); ok {
		return c.st, nil
	}
	th := gil.Holding()
	if th == nil {
		return nil, py.ExceptionNewf(py.SystemError, "multiprocessing: no interpreter for ctx")
	}
	return stateOf(th.Runtime().Context()), nil
}

// queueEnd is the _reader / _writer property: the queue's Connection ends.
func queueEnd(reader bool) *py.Property {
	return &py.Property{Fget: func(self py.Object) (py.Object, error) {
		q, ok := self.(*Queue)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor requires a 'Queue' object")
		}
		if err := q.ready(); err != nil {
			return nil, err
		}
		if reader {
			return q.reader, nil
		}
		return q.writer, nil
	}}
}

func init() {
	QueueType.Dict["__init__"] = classes.NewMethodOf("Queue", "__init__", "Initialize self.", queueInit)
	QueueType.Dict["_reader"] = queueEnd(true)
	QueueType.Dict["_writer"] = queueEnd(false)
	for _, t := range []*py.Type{QueueType, JoinableQueueType} {
		d := t.Dict
		queueMethod(d, "put", "Put obj into the queue (block, timeout as queue.Queue.put).", (*Queue).put)
		queueMethod(d, "get", "Remove and return an item from the queue (block, timeout as queue.Queue.get).", (*Queue).get)
		queueMethod(d, "put_nowait", "Put obj without blocking (queue.Full if there is no free place).", func(q *Queue, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var obj py.Object
			if err := py.ParseTupleAndKeywords(args, kwargs, "O:put_nowait", []string{"obj"}, &obj); err != nil {
				return nil, err
			}
			return q.put(py.Tuple{obj, py.False}, nil)
		})
		queueMethod(d, "get_nowait", "Remove and return an item without blocking (queue.Empty if there is none).", func(q *Queue, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := noArgs("Queue.get_nowait", args, kwargs); err != nil {
				return nil, err
			}
			return q.get(py.Tuple{py.False}, nil)
		})
		queueMethod(d, "qsize", "Return the approximate size of the queue.", func(q *Queue, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return py.Int(q.qsize()), noArgs("Queue.qsize", args, kwargs)
		})
		queueMethod(d, "empty", "Return True if the queue is empty (no message in its pipe).", func(q *Queue, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			ready, err := q.reader.poll(nil, nil)
			if err != nil {
				return nil, err
			}
			return py.NewBool(ready == py.False), nil
		})
		queueMethod(d, "full", "Return True if the queue has no free place.", func(q *Queue, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return py.NewBool(q.sem.get() == 0), nil
		})
		queueMethod(d, "close", "No more data will be put on this queue by this process.", func(q *Queue, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			q.close()
			return py.None, nil
		})
		queueMethod(d, "join_thread", "Wait for the feeder to have written everything put (after close()).", func(q *Queue, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return py.None, q.joinThread()
		})
		queueMethod(d, "cancel_join_thread", "Do not wait for the feeder at exit (buffered data may be lost).", func(q *Queue, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			q.mu.Lock()
			q.cancelled = true
			q.mu.Unlock()
			return py.None, nil
		})
		queueMethod(d, "__reduce__", "A queue travels only to a child being spawned.", func(q *Queue, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return q.reduce()
		})
	}
	d := JoinableQueueType.Dict
	queueMethod(d, "task_done", "Indicate that a formerly enqueued task is complete.", func(q *Queue, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.None, q.taskDone()
	})
	queueMethod(d, "join", "Block until all items in the queue have been gotten and processed.", func(q *Queue, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.None, q.join()
	})
}
