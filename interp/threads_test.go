package interp

import (
	"os"
	"path/filepath"
	"testing"
)

// runScript runs src as a file in a fresh interpreter and returns its status and stdout.
func runScript(t *testing.T, src string) (int, string) {
	t.Helper()
	dir := t.TempDir()
	script := filepath.Join(dir, "s.py")
	out := filepath.Join(dir, "out")
	src = "import sys\n_out = open(" + quote(out) + ", 'w')\n" + src + "\n"
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	it := New(Options{})
	defer it.Close()
	status, err := it.RunFile(script, nil)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(out)
	return status, string(data)
}

func quote(s string) string { return "'" + s + "'" }

// TestThreadsShareInterpreter runs Python threads that mutate shared objects; under -race
// it proves that the GIL serialises every access to the context.
func TestThreadsShareInterpreter(t *testing.T) {
	status, out := runScript(t, `
import threading, queue
counter = [0]
lock = threading.Lock()
q = queue.Queue()
d = {}
def work(i):
    for k in range(200):
        with lock:
            counter[0] += 1
        d["k%d" % (k % 7)] = i
    q.put(i)
ts = [threading.Thread(target=work, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
got = sorted([q.get() for i in range(6)])
_out.write(str(counter[0]) + " " + str(got) + " " + str(len(d)) + "\n")
`)
	if status != 0 || out != "1200 [0, 1, 2, 3, 4, 5] 7\n" {
		t.Errorf("status %d, output %q", status, out)
	}
}

// TestExitJoinsThreads: the exit path waits for non-daemon threads before atexit, and does
// not wait for daemon threads.
func TestExitJoinsThreads(t *testing.T) {
	status, out := runScript(t, `
import threading, time, atexit
log = []
atexit.register(lambda: _out.write(log[0] + " " + log[1] + "\n"))
def late():
    time.sleep(0.05)
    log.append("thread")
def forever():
    time.sleep(60)
threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=late).start()
log.append("main")
`)
	if status != 0 || out != "main thread\n" {
		t.Errorf("status %d, output %q", status, out)
	}
}

// TestBuiltinLoopYields: a thread whose loop calls only Go builtins and methods hands the
// GIL over at its back edge, so the main thread (and a comprehension that calls only
// builtins) goes on and can stop it (issue 16).
func TestBuiltinLoopYields(t *testing.T) {
	status, out := runScript(t, `
import threading
stop = []
l = []
started = threading.Event()
def spin():
    started.set()
    while not stop:
        l.append(1); l.pop()
th = threading.Thread(target=spin)
th.start()
started.wait()
n = len([len(l) for _ in range(5000)])
stop.append(1)
th.join()
_out.write("%d %d\n" % (n, len(l)))
`)
	if status != 0 || out != "5000 0\n" {
		t.Errorf("status %d, output %q", status, out)
	}
}

// TestRecursionLimitPerThread: each thread has its own depth.
func TestRecursionLimitPerThread(t *testing.T) {
	status, out := runScript(t, `
import threading
res = []
def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1
def rec():
    try:
        deep(100000)
    except RecursionError:
        res.append("limit")
def ok():
    res.append(deep(900))
ts = [threading.Thread(target=rec), threading.Thread(target=ok), threading.Thread(target=ok)]
for t in ts:
    t.start()
for t in ts:
    t.join()
_out.write(str(sorted([str(x) for x in res])) + "\n")
`)
	if status != 0 || out != "['900', '900', 'limit']\n" {
		t.Errorf("status %d, output %q", status, out)
	}
}
