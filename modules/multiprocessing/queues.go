package multiprocessing

import (
	"fmt"
	"os"
	"sync"
	"time"
	"weak"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/finalize"
	"github.com/gopyrt/gopy/interp/gil"
	pyqueue "github.com/gopyrt/gopy/modules/queue"
)

// Queue is multiprocessing.Queue and JoinableQueue (CPython's multiprocessing.queues): a
// one-way pipe carrying framed pickles, a cross-process lock for readers (rlock) and one for
// writers (wlock), and a bounded semaphore counting free places (sem).
//
// put() pickles the object at once (CPython pickles in the feeder thread: a pickling error
// comes out of put() here) and appends it to a buffer; a feeder goroutine, started by the
// first put(), writes the buffer to the pipe without the GIL, holding wlock for each
// message. At exit (the exit function, in the main process and in children alike) each
// queue's feeder is told to finish, then waited for, unless cancel_join_thread() was
// called: a child that put items and ends does not lose them.
//
// Queue and JoinableQueue are native classes (classes.NewNativeType) that Python code may
// subclass, as CPython's; the factory functions (multiprocessing.Queue...) and __init__ set
// a queue up (setup); an instance whose __init__ was not run has no pipe (ready reports it).
type Queue struct {
	classes.Instance
	ctx        py.Context
	kind       *py.Type // QueueType or JoinableQueueType: which of the two this queue is
	maxsize    int
	reader     *Connection
	writer     *Connection // written only by the feeder goroutine, not through its methods
	rlock      *semCore
	wlock      *semCore
	sem        *semCore
	unfinished *semCore // JoinableQueue only
	closed     bool
	*queueFeed
}

// queueFeed is what the feeder goroutine uses, apart from the Queue object so that a queue
// dropped without close() can be garbage collected while its feeder waits: the collection
// then closes it (CPython's _finalize_close when the last reference goes), the feeder
// writes what is buffered and closes the pipe, and nothing stays open.
type queueFeed struct {
	mu        sync.Mutex
	buffer    []message
	wake      chan struct{} // signalled when the buffer grows or the queue closes
	closing   bool          // the feeder writes what is buffered, then ends
	feeding   bool          // the feeder goroutine was started
	writing   bool          // the feeder is writing a message it took from buffer
	done      chan struct{} // closed when the feeder has ended
	cancelled bool          // cancel_join_thread()
	// writer (kept alive by the feeder until it has written everything), the reader's
	// descriptor and the writer lock; name is the queue's repr for messages.
	writer *Connection
	reader *ownedFd
	wlock  *semCore
	name   string
}

// Queue types: multiprocessing.queues.Queue and JoinableQueue (a subclass of Queue).
var (
	QueueType = classes.NewNativeType("Queue", "multiprocessing.queues",
		"A queue shared between processes (multiprocessing.queues.Queue).", py.ObjectType, nil)
	JoinableQueueType = classes.NewNativeType("JoinableQueue", "multiprocessing.queues",
		"A Queue with task_done() and join().", QueueType, nil)
)

func init() {
	classes.RegisterNative(QueueType, allocQueue)
	classes.RegisterNative(JoinableQueueType, allocQueue)
}

// allocQueue makes an instance of cls (Queue, JoinableQueue or a subclass) that __init__
// then sets up.
func allocQueue(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	q := &Queue{kind: QueueType}
	if cls.IsSubtype(JoinableQueueType) {
		q.kind = JoinableQueueType
	}
	q.Init(cls, q)
	return q, nil
}

// newQueue is the factory multiprocessing.Queue(maxsize=0) / JoinableQueue(maxsize=0).
func newQueue(st *state, typ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var maxsize py.Object = py.Int(0)
	if err := py.ParseTupleAndKeywords(args, kwargs, "|O:"+typ.Name, []string{"maxsize"}, &maxsize); err != nil {
		return nil, err
	}
	o, _ := allocQueue(typ, nil, nil)
	q := o.(*Queue)
	return q, q.setup(st, maxsize)
}

// setup gives q its pipe and semaphores (CPython's Queue.__init__).
func (q *Queue) setup(st *state, maxsize py.Object) error {
	size, ok := maxsize.(py.Int)
	if !ok {
		if b, isBool := maxsize.(py.Bool); isBool {
			size, ok = 0, true
			if b {
				size = 1
			}
		}
	}
	if !ok {
		return py.ExceptionNewf(py.TypeError, "'<=' not supported between instances of '%s' and 'int'", maxsize.Type().Name)
	}
	if size <= 0 || size > semValueMax {
		size = semValueMax
	}
	pair, err := pipe(st.ctx, py.Tuple{py.False}, nil)
	if err != nil {
		return err
	}
	ends := pair.(py.Tuple)
	q.ctx, q.maxsize, q.reader, q.writer = st.ctx, int(size), ends[0].(*Connection), ends[1].(*Connection)
	q.unfinished = nil
	if q.rlock, err = newSemCore(1, 1); err != nil {
		return err
	}
	if q.wlock, err = newSemCore(1, 1); err != nil {
		return err
	}
	if q.sem, err = newSemCore(int(size), int(size)); err != nil {
		return err
	}
	if q.kind == JoinableQueueType {
		if q.unfinished, err = newSemCore(0, semValueMax); err != nil {
			return err
		}
	}
	q.init()
	return nil
}

// ready reports CPython's AttributeError for a queue whose __init__ never ran (a subclass
// that did not call it).
func (q *Queue) ready() error {
	if q.reader == nil {
		return py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '_reader'", q.Type().Name)
	}
	return nil
}

// init sets the process-local part (CPython's _reset).
func (q *Queue) init() {
	q.queueFeed = &queueFeed{wake: make(chan struct{}, 1), done: make(chan struct{}),
		writer: q.writer, reader: q.reader.handle, wlock: q.wlock}
}

// startFeeder starts the feeder goroutine (CPython's _start_thread) and registers the queue
// with the exit function. q.mu is held.
func (q *Queue) startFeeder() {
	f := q.queueFeed
	f.feeding = true
	f.name = q.repr()
	go f.feed()
	classes.AddCleanup(q, (*queueFeed).collected, f)
	// A queue dropped without close() is closed at the next finalization point (package
	// finalize), as CPython's finalizer closes it at the last reference.
	wq := weak.Make(q)
	finalize.Register(func() bool { return wq.Value() == nil }, f.state, f.collected)
	st := stateOf(q.ctx)
	st.mu.Lock()
	kept := st.queues[:0]
	for _, other := range st.queues {
		select {
		case <-other.done: // ended: nothing left for the exit function
		default:
			kept = append(kept, other)
		}
	}
	st.queues = append(kept, f)
	st.mu.Unlock()
	_ = st.registerExitFunction()
}

// collected is the cleanup of a Queue whose feeder was started: the feeder flushes and
// closes the pipe.
// state is the queue's for package finalize: it needs a collection until it closes.
func (f *queueFeed) state() finalize.State {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closing {
		return finalize.Done
	}
	return finalize.Needs
}

func (f *queueFeed) collected() {
	f.mu.Lock()
	f.closing = true
	f.mu.Unlock()
	f.notify()
}

func (q *Queue) checkOpen() error {
	if q.closed {
		return py.ExceptionNewf(py.ValueError, "Queue %s is closed", q.repr())
	}
	return nil
}

// repr is repr(q), as CPython's messages show the queue.
func (q *Queue) repr() string {
	r, err := py.Repr(q)
	if s, ok := r.(py.String); ok && err == nil {
		return string(s)
	}
	return fmt.Sprintf("<multiprocessing.queues.%s object at %p>", q.Type().Name, q)
}

// blockTimeout converts put/get's block and timeout: 0 does not wait, negative waits for
// ever.
func blockTimeout(block, timeout py.Object) (time.Duration, error) {
	b, err := truth(block)
	if err != nil {
		return 0, err
	}
	if !b {
		return 0, nil
	}
	return waitTimeout(timeout)
}

func (q *Queue) put(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var obj, block, timeout py.Object = nil, py.True, py.None
	if _, ok := kwargs["obj"]; len(args) == 0 && !ok {
		return nil, py.ExceptionNewf(py.TypeError, "%s.put() missing 1 required positional argument: 'obj'", q.kind.Name)
	}
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:put", []string{"obj", "block", "timeout"}, &obj, &block, &timeout); err != nil {
		return nil, err
	}
	if err := q.checkOpen(); err != nil {
		return nil, err
	}
	t, err := blockTimeout(block, timeout)
	if err != nil {
		return nil, err
	}
	data, err := frameObject(q.ctx, takeFrameBuf(), obj)
	if err != nil {
		return nil, err
	}
	ok, err := q.sem.acquire(q.ctx, t)
	if err == nil && !ok {
		err = exceptionNew(pyqueue.Full)
	}
	if err != nil {
		keepFrameBuf(data.own)
		return nil, err
	}
	if q.unfinished != nil {
		if err := q.unfinished.release(); err != nil {
			return nil, err
		}
	}
	q.mu.Lock()
	q.buffer = append(q.buffer, data)
	if !q.feeding {
		q.startFeeder()
	}
	q.mu.Unlock()
	q.notify()
	return py.None, nil
}

func (f *queueFeed) notify() {
	select {
	case f.wake <- struct{}{}:
	default:
	}
}

// feed is the feeder goroutine (CPython's Queue._feed): it writes buffered messages to the
// pipe under wlock until the queue is closed and the buffer is empty; then it closes the
// pipe's ends in this process. The messages buffered when it looks (framed by put, up to
// feedBatch bytes) go out together, in one writev under one hold of wlock: each message
// stays whole on the pipe, which is all the lock promises the readers.
func (f *queueFeed) feed() {
	defer close(f.done)
	fd := f.writer.handle.get()
	var batch, pieces [][]byte
	for {
		f.mu.Lock()
		if len(f.buffer) == 0 {
			closing := f.closing
			f.mu.Unlock()
			if closing {
				f.reader.close()
				f.writer.handle.close()
				return
			}
			<-f.wake
			continue
		}
		size := 0
		batch, pieces = batch[:0], pieces[:0]
		for len(f.buffer) > 0 && (size == 0 || size+f.buffer[0].size <= feedBatch && len(pieces)+len(f.buffer[0].pieces) <= feedBatchPieces) {
			m := f.buffer[0]
			size += m.size
			batch = append(batch, m.own)
			pieces = append(pieces, m.pieces...)
			f.buffer[0] = message{}
			f.buffer = f.buffer[1:]
		}
		f.writing = true
		f.mu.Unlock()
		if size > 64<<10 {
			f.writer.growPipe(fd, size)
		}
		_, _ = f.wlock.acquire(nil, -1)
		err := writeAllNoGIL(fd, pieces)
		_ = f.wlock.release()
		clear(pieces)
		for i, b := range batch {
			keepFrameBuf(b)
			batch[i] = nil
		}
		f.mu.Lock()
		f.writing = false
		f.mu.Unlock()
		if err != nil {
			// The reading ends are all gone (EPIPE): CPython's feeder reports the error and
			// goes on; there is nobody left to read.
			if err != unix.EPIPE {
				fmt.Fprintf(os.Stderr, "multiprocessing queue feeder: %v\n", err)
			}
		}
	}
}

// feedBatch is the most a feeder writes in one go (unless one message is larger), in at
// most feedBatchPieces buffers (writev takes up to 1,024).
const (
	feedBatch       = 256 << 10
	feedBatchPieces = 1024
)

// writeAllNoGIL writes the buffers bufs in order from a goroutine that does not hold the
// GIL (writev, going on after short writes).
func writeAllNoGIL(fd int, bufs [][]byte) error {
	for len(bufs) > 0 {
		n, err := unix.Writev(fd, bufs[:min(len(bufs), 1024)])
		if err == unix.EINTR || err == unix.EAGAIN {
			continue
		}
		if err != nil {
			return err
		}
		bufs = advance(bufs, n)
	}
	return nil
}

func (q *Queue) get(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var block, timeout py.Object = py.True, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OO:get", []string{"block", "timeout"}, &block, &timeout); err != nil {
		return nil, err
	}
	if err := q.checkOpen(); err != nil {
		return nil, err
	}
	t, err := blockTimeout(block, timeout)
	if err != nil {
		return nil, err
	}
	var deadline time.Time
	if t > 0 {
		deadline = time.Now().Add(t)
	}
	ok, err := q.rlock.acquire(q.ctx, t)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, exceptionNew(pyqueue.Empty)
	}
	data, err := q.recvLocked(t, deadline)
	_ = q.rlock.release()
	if err != nil {
		return nil, err
	}
	return q.reader.loadMessage(q.ctx, data)
}

// recvLocked receives one message with rlock held, waiting up to t (see blockTimeout).
func (q *Queue) recvLocked(t time.Duration, deadline time.Time) ([]byte, error) {
	fd, err := q.reader.checkReadable()
	if err != nil {
		return nil, err
	}
	if t >= 0 {
		left := time.Duration(0)
		if t > 0 {
			left = max(time.Until(deadline), 0)
		}
		ready, err := gil.WaitFd(q.ctx, fd, unix.POLLIN, left)
		if err != nil {
			return nil, err
		}
		if !ready {
			return nil, exceptionNew(pyqueue.Empty)
		}
	}
	data, err := q.reader.recvFrameInto(fd, q.reader.recvBuf.take())
	if err != nil {
		return nil, err
	}
	return data, q.sem.release()
}

// exceptionNew makes an exception instance of t without arguments (Full, Empty).
func exceptionNew(t *py.Type) error {
	return &py.Exception{Base: t, Args: py.Tuple{}, Dict: py.StringDict{}}
}

// flushFeeders waits, with the GIL released and for at most limit, until the feeders of
// this process's queues have written everything put so far (a Pool worker calls it before
// it reports a task done: the pool may be terminated as soon as the last result arrives,
// and what the task put on a Queue must not die with the worker in its feeder's buffer).
func flushFeeders(ctx py.Context, limit time.Duration) {
	st := stateOf(ctx)
	st.mu.Lock()
	feeds := append([]*queueFeed(nil), st.queues...)
	st.mu.Unlock()
	pending := func() bool {
		for _, f := range feeds {
			f.mu.Lock()
			busy := len(f.buffer) > 0 || f.writing
			f.mu.Unlock()
			if busy {
				return true
			}
		}
		return false
	}
	if !pending() {
		return
	}
	gil.Unlocked(ctx, func() {
		deadline := time.Now().Add(limit)
		for pending() && time.Now().Before(deadline) {
			time.Sleep(50 * time.Microsecond)
		}
	})
}

func flushFeedersFunction() *py.Method {
	return py.MustNewMethod("_flush_feeders", func(self py.Object, _ py.Tuple) (py.Object, error) {
		st, err := moduleState(self)
		if err != nil {
			return nil, err
		}
		flushFeeders(st.ctx, time.Second)
		return py.None, nil
	}, 0, "_flush_feeders() waits (up to a second) until this process's queue feeders have written what was put.")
}
