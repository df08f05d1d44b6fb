package multiprocessing

import (
	"encoding/binary"
	"fmt"
	"os"
	"sync"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/builtins"
	"github.com/gopyrt/gopy/modules/errno"
)

// resourceSharer is CPython's multiprocessing.resource_sharer for one interpreter: how a
// Connection sent through a connection or a queue reaches another process. Pickling it
// duplicates its descriptor and registers the duplicate under a key; the pickle carries a
// DupFd holding (address, key). The receiver connects to address (a Unix socket, here in
// Linux's abstract namespace, so nothing is left on disk), both sides run the HMAC
// challenge with the receiver's current_process().authkey (children inherit it), the
// receiver sends the pickled (key, pid), and the sender's server, a goroutine that never
// touches the interpreter, answers with the descriptor (SCM_RIGHTS) and closes its copy.
type resourceSharer struct {
	mu      sync.Mutex
	lfd     int // the listening socket, -1 until the first register
	closed  bool
	address string
	authkey []byte
	key     int
	cache   map[int]int // key -> the duplicated descriptor waiting for its receiver
}

// sharerOf returns the interpreter's resource sharer.
func sharerOf(st *state) *resourceSharer {
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.sharer == nil {
		st.sharer = &resourceSharer{lfd: -1, cache: map[int]int{}}
	}
	return st.sharer
}

// register duplicates fd for a receiver and returns the DupFd identifier (address, key).
func (r *resourceSharer) register(fd int, authkey []byte) (py.Tuple, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return nil, py.ExceptionNewf(py.RuntimeError, "the resource sharer is stopped")
	}
	if r.lfd < 0 {
		lfd, err := unix.Socket(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
		if err != nil {
			return nil, errno.FromError(err)
		}
		address := fmt.Sprintf("\x00gopy-resource-sharer-%d-%s", os.Getpid(), randomName())
		if err := unix.Bind(lfd, &unix.SockaddrUnix{Name: address}); err != nil {
			unix.Close(lfd)
			return nil, errno.FromError(err)
		}
		if err := unix.Listen(lfd, 128); err != nil {
			unix.Close(lfd)
			return nil, errno.FromError(err)
		}
		r.lfd, r.address, r.authkey = lfd, address, append([]byte(nil), authkey...)
		go r.serve(lfd)
	}
	dup, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
	if err != nil {
		return nil, errno.FromError(err)
	}
	r.key++
	r.cache[r.key] = dup
	return py.Tuple{py.String(r.address), py.Int(r.key)}, nil
}

// stop closes the listening socket (shutdown wakes the goroutine blocked in accept, which
// then closes it) and the descriptors nobody came for.
func (r *resourceSharer) stop() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.closed = true
	if r.lfd >= 0 {
		_ = unix.Shutdown(r.lfd, unix.SHUT_RDWR)
	}
	for k, fd := range r.cache {
		unix.Close(fd)
		delete(r.cache, k)
	}
}

func (r *resourceSharer) serve(lfd int) {
	defer unix.Close(lfd)
	for {
		nfd, _, err := unix.Accept4(lfd, unix.SOCK_CLOEXEC)
		r.mu.Lock()
		closed := r.closed
		r.mu.Unlock()
		if closed {
			if err == nil {
				unix.Close(nfd)
			}
			return
		}
		if err == unix.EINTR || err == unix.ECONNABORTED {
			continue
		}
		if err != nil {
			return
		}
		go r.handle(nfd)
	}
}

// handle serves one receiver: challenge, the key, the descriptor.
func (r *resourceSharer) handle(nfd int) {
	defer unix.Close(nfd)
	// A receiver that stops answering must not hold this goroutine for ever.
	tv := unix.Timeval{Sec: 60}
	_ = unix.SetsockoptTimeval(nfd, unix.SOL_SOCKET, unix.SO_RCVTIMEO, &tv)
	f := rawFramer(nfd)
	if len(r.authkey) > 0 {
		if deliverChallenge(f, r.authkey) != nil || answerChallenge(f, r.authkey) != nil {
			return
		}
	}
	msg, err := f.recvRaw(1024)
	if err != nil {
		return
	}
	key, ok := pickledFirstInt(msg)
	if !ok {
		return
	}
	r.mu.Lock()
	fd, ok := r.cache[key]
	delete(r.cache, key)
	r.mu.Unlock()
	if !ok {
		return
	}
	defer unix.Close(fd)
	// CPython's sendfds: one byte, the count of descriptors, with the rights.
	_ = unix.Sendmsg(nfd, []byte{1}, unix.UnixRights(fd), nil, 0)
}

// rawFramer is a framer over a blocking descriptor, for goroutines that hold no GIL.
type rawFramer int

func (f rawFramer) sendRaw(b []byte) error {
	if err := writeAll(int(f), append(frameHeader(len(b)), b...)); err != nil {
		return errno.FromError(err)
	}
	return nil
}

func (f rawFramer) recvRaw(limit int64) ([]byte, error) {
	return readFrame(func(p []byte) (int, error) {
		for {
			n, err := unix.Read(int(f), p)
			if err == unix.EINTR {
				continue
			}
			if err != nil {
				return 0, errno.FromError(err)
			}
			return n, nil
		}
	}, limit)
}

// pickledFirstInt reads the first item of a pickled tuple of ints, such as the (key, pid)
// a receiver sends (any protocol from 2, as CPython and gopy write it).
func pickledFirstInt(b []byte) (int, bool) {
	i := 0
	if len(b) >= 2 && b[0] == 0x80 { // PROTO
		i = 2
	}
	if i < len(b) && b[i] == 0x95 { // FRAME
		i += 9
	}
	if i < len(b) && b[i] == '(' { // MARK (protocol 0-1 tuples)
		i++
	}
	if i >= len(b) {
		return 0, false
	}
	switch b[i] {
	case 'K':
		if i+1 < len(b) {
			return int(b[i+1]), true
		}
	case 'M':
		if i+2 < len(b) {
			return int(binary.LittleEndian.Uint16(b[i+1:])), true
		}
	case 'J':
		if i+4 < len(b) {
			return int(int32(binary.LittleEndian.Uint32(b[i+1:]))), true
		}
	}
	return 0, false
}

// DupFd is multiprocessing.resource_sharer.DupFd: a descriptor on its way to another
// process, identified by (address, key); detach() fetches it. It pickles as CPython's
// (the class and {'_id': (address, key)}).
type DupFd struct {
	id py.Tuple
}

// DupFdType is multiprocessing.resource_sharer.DupFd.
var DupFdType = py.NewTypeX("DupFd", "Wrapper for fd which can be used at any time.", dupFdNew, nil)

// Type returns DupFdType.
func (d *DupFd) Type() *py.Type { return DupFdType }

// dupFdNew is DupFd(fd), which registers a duplicate of fd with this interpreter's sharer,
// or DupFd.__new__(DupFd) for the unpickler (the state then sets _id).
func dupFdNew(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 0 && len(kwargs) == 0 {
		return &DupFd{}, nil
	}
	var fdObj py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:DupFd", []string{"fd"}, &fdObj); err != nil {
		return nil, err
	}
	fd, err := py.IndexInt(fdObj)
	if err != nil {
		return nil, err
	}
	t := gil.Holding()
	if t == nil {
		return nil, py.ExceptionNewf(py.SystemError, "DupFd called without an interpreter")
	}
	return newDupFd(stateOf(t.Runtime().Context()), fd)
}

func newDupFd(st *state, fd int) (*DupFd, error) {
	id, err := sharerOf(st).register(fd, []byte(st.current.authkey))
	if err != nil {
		return nil, err
	}
	return &DupFd{id: id}, nil
}

// detach connects to the sender's sharer and receives the descriptor (CPython's
// DupFd.detach with get_connection and recv_handle).
func (d *DupFd) detach(ctx py.Context) (int, error) {
	if len(d.id) != 2 {
		return -1, py.ExceptionNewf(py.AttributeError, "'DupFd' object has no attribute '_id'")
	}
	st := stateOf(ctx)
	obj, err := client(ctx, py.Tuple{d.id[0]}, py.StringDict{"authkey": st.current.authkey})
	if err != nil {
		return -1, err
	}
	c := obj.(*Connection)
	defer c.handle.close()
	if _, err := c.send(py.Tuple{py.Tuple{d.id[1], py.Int(os.Getpid())}}, nil); err != nil {
		return -1, err
	}
	return recvHandle(ctx, c.handle.get(), unix.MSG_CMSG_CLOEXEC)
}

// recvHandle receives one descriptor sent with SCM_RIGHTS on socket fd (CPython's
// reduction.recv_handle), waiting without the GIL; flags may ask for it close-on-exec.
func recvHandle(ctx py.Context, fd int, flags int) (int, error) {
	buf := make([]byte, 1)
	oob := make([]byte, unix.CmsgSpace(4))
	var n, oobn int
	var err error
	gil.Unlocked(ctx, func() {
		for {
			n, oobn, _, _, err = unix.Recvmsg(fd, buf, oob, flags)
			if err != unix.EINTR {
				break
			}
		}
	})
	if err != nil {
		return -1, errno.FromError(err)
	}
	if n == 0 && oobn == 0 {
		return -1, py.ExceptionNewf(py.EOFError, "")
	}
	msgs, err := unix.ParseSocketControlMessage(oob[:oobn])
	if err != nil || len(msgs) != 1 {
		return -1, py.ExceptionNewf(py.RuntimeError, "received %d items of ancdata", len(msgs))
	}
	fds, err := unix.ParseUnixRights(&msgs[0])
	if err != nil || len(fds) != 1 {
		for _, f := range fds {
			unix.Close(f)
		}
		return -1, py.ExceptionNewf(py.RuntimeError, "Invalid data received")
	}
	return fds[0], nil
}

func init() {
	d := DupFdType.Dict
	d["__module__"] = py.String("multiprocessing.resource_sharer")
	d["detach"] = py.MustNewMethod("detach", func(self py.Object) (py.Object, error) {
		t := gil.Holding()
		if t == nil {
			return nil, py.ExceptionNewf(py.SystemError, "detach called without an interpreter")
		}
		fd, err := self.(*DupFd).detach(t.Runtime().Context())
		if err != nil {
			return nil, err
		}
		return py.Int(fd), nil
	}, 0, "Get the fd.  This should only be called once.")
	d["__reduce__"] = py.MustNewMethod("__reduce__", func(self py.Object) (py.Object, error) {
		t := gil.Holding()
		if t == nil {
			return nil, py.ExceptionNewf(py.SystemError, "pickled without an interpreter")
		}
		newobj, err := moduleFunc(t.Runtime().Context(), "copyreg", "__newobj__")
		if err != nil {
			return nil, err
		}
		state := objects.NewDict()
		if err := state.SetItem(py.String("_id"), self.(*DupFd).id); err != nil {
			return nil, err
		}
		return py.Tuple{newobj, py.Tuple{DupFdType}, state}, nil
	}, 0, "A DupFd pickles as its class and its identifier.")
	d["__setstate__"] = py.MustNewMethod("__setstate__", func(self py.Object, arg py.Object) (py.Object, error) {
		id, err := objects.GetItem(arg, py.String("_id"))
		if err != nil {
			return nil, err
		}
		t, ok := id.(py.Tuple)
		if !ok || len(t) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "DupFd state: _id must be (address, key)")
		}
		self.(*DupFd).id = t
		return py.None, nil
	}, 0, "Restore the identifier.")
	d["_id"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return self.(*DupFd).id, nil }}
	builtins.Ready(DupFdType)
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "multiprocessing.resource_sharer", Doc: "Hands descriptors to other processes over a Unix socket (SCM_RIGHTS)."},
		Globals: py.StringDict{"DupFd": DupFdType},
	})
}
