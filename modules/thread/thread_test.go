package thread_test

import (
	"testing"

	"github.com/gopyrt/gopy/interp"
)

// TestPrimitives drives _thread from Python in an interpreter (run with -race: the locks'
// state and the thread registry are only touched under the GIL).
func TestPrimitives(t *testing.T) {
	src := `
import _thread, sys
lock = _thread.allocate_lock()
r = _thread.RLock()
dones = [_thread.allocate_lock() for i in range(3)]
for d in dones:
    d.acquire()
n = [0]
def work(k, done):
    for i in range(k):
        with lock:
            with r:
                with r:
                    n[0] += 1
    done.release()
for d in dones:
    _thread.start_new_thread(work, (300, d))
for d in dones:
    d.acquire()
done = dones[0]
assert n[0] == 900, n
assert not lock.locked()
assert lock.acquire(False) and not lock.acquire(False)
lock.release()
assert lock.acquire(True, 0.01)
assert not lock.acquire(True, 0.01)
loc = _thread._local()
loc.x = 1
def other():
    loc.x = 2
    done.release()
_thread.start_new_thread(other, ())
done.acquire()
assert loc.x == 1
sys.exit(7)
`
	it := interp.New(interp.Options{})
	defer it.Close()
	if status := it.RunString(src, nil); status != 7 {
		t.Errorf("status %d, want 7 (an assertion failed: see stderr)", status)
	}
}
