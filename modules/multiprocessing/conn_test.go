package multiprocessing_test

import (
	"testing"

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

// A connection pickled other than as an argument of a process being started refuses, as
// CPython's assert_spawning (CPython itself would pickle the handle number, or hand the
// descriptor over through its resource sharer: gopy has no resource sharer yet).
func TestConnectionPickledOutsideSpawn(t *testing.T) {
	run(t, `
import pickle, multiprocessing
a, b = multiprocessing.Pipe()
msg = "Connection objects should only be shared between processes through inheritance"
try:
    pickle.dumps(a)
except RuntimeError as e:
    if str(e) != msg:
        raise SystemExit(2)
else:
    raise SystemExit(3)
try:
    a.send([b])
except RuntimeError as e:
    if str(e) != msg:
        raise SystemExit(4)
else:
    raise SystemExit(5)
a.send("still usable")
if b.recv() != "still usable":
    raise SystemExit(6)
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
