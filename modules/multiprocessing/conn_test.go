package multiprocessing_test

import (
	"testing"

	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/interp"
)

// run runs source in a fresh interpreter; the script reports a failure with its exit status.
func run(t *testing.T, source string) {
	t.Helper()
	it := interp.New(interp.Options{})
	defer it.Close()
	if code := it.RunString(source, nil); code != 0 {
		t.Fatalf("script failed with status %d", code)
	}
}

// A connection pickled with plain pickle is its handle number (as CPython pickles the
// instance's _handle); sent through a connection it travels through the resource sharer and
// arrives as a new Connection on a new descriptor; a closed one cannot be sent.
func TestConnectionPickledOutsideSpawn(t *testing.T) {
	run(t, `
import pickle, multiprocessing
a, b = multiprocessing.Pipe()
c = pickle.loads(pickle.dumps(a))
if c.fileno() != a.fileno():
    raise SystemExit(2)
a.send([b])
[b2] = b.recv()
if b2.fileno() == b.fileno():
    raise SystemExit(3)
a.send("still usable")
if b2.recv() != "still usable":
    raise SystemExit(6)
b2.close()
try:
    a.send(b2)
except OSError as e:
    if str(e) != "handle is closed":
        raise SystemExit(4)
else:
    raise SystemExit(5)
`)
}

// Queues refuse to be pickled other than for a child being spawned, with CPython's message.
func TestQueuePickledOutsideSpawn(t *testing.T) {
	run(t, `
import pickle, multiprocessing
for make, name in [(multiprocessing.Queue, "Queue"), (multiprocessing.JoinableQueue, "JoinableQueue"),
                   (multiprocessing.SimpleQueue, "SimpleQueue")]:
    q = make()
    try:
        pickle.dumps(q)
    except RuntimeError as e:
        if str(e) != name + " objects should only be shared between processes through inheritance":
            raise SystemExit(2)
    else:
        raise SystemExit(3)
`)
}

// Locks, conditions and events refuse to be pickled other than for a child being spawned.
func TestSyncPickledOutsideSpawn(t *testing.T) {
	run(t, `
import pickle, multiprocessing as mp
for obj, name in [(mp.Lock(), "Lock"), (mp.RLock(), "RLock"), (mp.Semaphore(), "Semaphore"),
                  (mp.BoundedSemaphore(), "BoundedSemaphore"), (mp.Condition(), "Condition"), (mp.Event(), "Condition")]:
    try:
        pickle.dumps(obj)
    except RuntimeError as e:
        if str(e) != name + " objects should only be shared between processes through inheritance":
            raise SystemExit(2)
    else:
        raise SystemExit(3)
`)
}

// Shared values refuse to be pickled other than for a child being spawned.
func TestSharedPickledOutsideSpawn(t *testing.T) {
	run(t, `
import pickle, multiprocessing as mp
for obj, name in [(mp.Value("i"), "Synchronized"), (mp.Array("d", 2), "SynchronizedArray")]:
    try:
        pickle.dumps(obj)
    except RuntimeError as e:
        if str(e) != name + " objects should only be shared between processes through inheritance":
            raise SystemExit(2)
    else:
        raise SystemExit(3)
`)
}

// A Listener with the explicit family AF_INET6 binds an IPv6 address and reports CPython's
// 4-tuple; CPython 3.11's Client takes the socket family from the address type (AF_INET
// for any tuple), so it cannot reach it. Skipped where the machine has no IPv6 loopback.
func TestListenerInet6(t *testing.T) {
	if fd, err := unix.Socket(unix.AF_INET6, unix.SOCK_STREAM, 0); err != nil {
		t.Skip("no IPv6 sockets")
	} else {
		err := unix.Bind(fd, &unix.SockaddrInet6{Addr: [16]byte{15: 1}})
		unix.Close(fd)
		if err != nil {
			t.Skip("no IPv6 loopback")
		}
	}
	run(t, `
from multiprocessing.connection import Listener, Client
with Listener(('::1', 0), family='AF_INET6') as l:
    if len(l.address) != 4 or l.address[0] != '::1' or l.address[2:] != (0, 0):
        raise SystemExit(2)
    try:
        Client(l.address)
    except TypeError as e:
        if str(e) != 'AF_INET address must be a pair (host, port)':
            raise SystemExit(3)
    else:
        raise SystemExit(4)
    try:
        Client(l.address[:2])
    except OSError as e:
        if type(e).__name__ != 'gaierror' or str(e) != '[Errno -9] Address family for hostname not supported':
            raise SystemExit(5)
    else:
        raise SystemExit(6)
`)
}
