package main

import (
	"os"
	"path/filepath"
	"strconv"
)

// A workload is a small script run the same way by gopy and python3. size is the
// script's N at scale 1; the script reads N from its first line.
type workload struct {
	name string
	size int
	src  string // without its first line (N = ...)
	file string // or a script of bench/testdata, given LOOPS = N
	// methods, when set, are the start methods python3 runs the script with (its
	// START_METHOD), one row each; gopy runs it with its default.
	methods []string
	// memory: the script prints lines "mem <what> <KiB>" (memLines), which become rows of
	// memory sizes instead of times (memRows) and are left out of the output comparison.
	memory bool
}

// workloads are the rows of issue 18's table, in its order, then bench/testdata's
// scripts and the start of an interpreter and of a child process.
var workloads = []workload{
	{name: "class instances: p = p.add(P(i, 1))", size: 300_000, src: `
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, other):
        return P(self.x + other.x, self.y + other.y)
p = P(0, 0)
for i in range(N):
    p = p.add(P(i, 1))
print(p.x, p.y)
`},
	{name: "recursive fib (function calls)", size: 27, src: `
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(N))
`},
	{name: "pystone-like (testdata/pystone_like.py)", size: 20_000, file: "pystone_like.py"},
	{name: "random floats: comprehension, sort, filter", size: 200_000, src: `
import random
random.seed(5)
xs = [random.random() for _ in range(N)]
ys = sorted(x * 2.0 for x in xs)
zs = list(filter(lambda v: v > 1.0, ys))
print(len(zs), round(sum(zs), 3))
`},
	{name: "dict of \"k%d\" keys, iterate items", size: 300_000, src: `
d = {}
for i in range(N):
    d["k%d" % i] = i
total = 0
for k, v in d.items():
    total += v + len(k)
print(len(d), total)
`},
	{name: "for i in range(N): t += i * 2 % 7", size: 3_000_000, src: `
t = 0
for i in range(N):
    t += i * 2 % 7
print(t)
`},
	{name: "string building, join, split, count", size: 200_000, src: `
parts = []
for i in range(N):
    parts.append("item%d" % (i % 1000))
s = ",".join(parts)
words = s.split(",")
print(len(words), s.count("item7"), len(s.upper()))
`},
	{name: "objects-like (testdata/objects_like.py)", size: 20_000, file: "objects_like.py"},
	{name: "start: -c pass", size: 0, src: "pass\n"},
	{name: "import enum, dataclasses, typing", size: 0, src: "import enum, dataclasses, typing\n"},
	{name: "Process(target=noop).start(); join(), N times", size: 20, src: startSource, methods: []string{"fork", "spawn"}},
	{name: "N children started at once, then joined", size: 100, src: burstSource, methods: []string{"fork", "spawn"}},
	{name: "N idle children alive", size: 50, src: idleSource, methods: []string{"fork"}, memory: true},
	{name: "Pipe: send/recv N items of 100 B", size: 20_000, src: "KIND = 'pipe'\nSIZE = 100\n" + ipcSource},
	{name: "Pipe: send/recv N items of 100 KiB", size: 2_000, src: "KIND = 'pipe'\nSIZE = 100 * 1024\n" + ipcSource},
	{name: "Queue: put/get N items of 100 B", size: 20_000, src: "KIND = 'queue'\nSIZE = 100\n" + ipcSource},
	{name: "Queue: put/get N items of 100 KiB", size: 2_000, src: "KIND = 'queue'\nSIZE = 100 * 1024\n" + ipcSource},
	{name: "Pool(2).map of N trivial tasks, chunksize 1", size: 10_000, src: "CHUNK = 1\n" + poolSource, methods: []string{"fork"}},
	{name: "Pool(2).map of N trivial tasks, default chunksize", size: 100_000, src: "CHUNK = None\n" + poolSource, methods: []string{"fork"}},
	{name: "pickle dumps/loads of a mixed tree, N times", size: 30, src: pickleSource},
}

// startSource starts and joins N children one after the other: gopy with its default
// start method ('fork', re-executing itself), python3 with the method named by the
// environment's START_METHOD (the table runs it with 'fork' and with 'spawn').
const startSource = startPrelude + `
    for _ in range(N):
        p = ctx.Process(target=noop)
        p.start()
        p.join()
    print("done", N)
`

// startPrelude opens the scripts that start children: ctx is the context of the start
// method named by START_METHOD (gopy's default when unset), noop a target.
const startPrelude = `
import os, multiprocessing as mp
def noop():
    pass
if __name__ == "__main__":
    method = os.environ.get("START_METHOD")
    ctx = mp.get_context(method) if method else mp
`

// burstSource starts N children, then joins them all.
const burstSource = startPrelude + `
    ps = [ctx.Process(target=noop) for _ in range(N)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("done", N, sum(p.exitcode for p in ps))
`

// idleSource starts N children that wait for an event, and once all are waiting reads the
// resident size (VmRSS) of each child and the sum of VmRSS and of Pss (shared pages
// divided among the processes mapping them) over the whole process tree: the
// interpreter, its children and theirs (a resource tracker).
const idleSource = `
import os, multiprocessing as mp
def idle(ready, go):
    ready.release()
    go.wait()
def field(path, name):
    with open(path) as f:
        for line in f:
            if line.startswith(name + ":"):
                return int(line.split()[1])
    return 0
def tree(pid):
    pids = [pid]
    for tid in os.listdir("/proc/%d/task" % pid):
        with open("/proc/%d/task/%s/children" % (pid, tid)) as f:
            for c in f.read().split():
                pids += tree(int(c))
    return pids
if __name__ == "__main__":
    method = os.environ.get("START_METHOD")
    ctx = mp.get_context(method) if method else mp
    ready, go = ctx.Semaphore(0), ctx.Event()
    ps = [ctx.Process(target=idle, args=(ready, go)) for _ in range(N)]
    for p in ps:
        p.start()
    for p in ps:
        ready.acquire()
    kids = sorted(field("/proc/%d/status" % p.pid, "VmRSS") for p in ps)
    everyone = tree(os.getpid())
    print("mem child", kids[len(kids) // 2])
    print("mem tree", sum(field("/proc/%d/status" % p, "VmRSS") for p in everyone))
    print("mem treepss", sum(field("/proc/%d/smaps_rollup" % p, "Pss") for p in everyone))
    go.set()
    for p in ps:
        p.join()
    print("done", N, sum(p.exitcode for p in ps))
`

// memRows names the rows a memory workload's "mem" lines give, per start method.
var memRows = []struct{ key, name string }{
	{"child", "idle child: its RSS"},
	{"tree", "parent + N idle children: RSS summed over the tree"},
	{"treepss", "parent + N idle children: Pss summed over the tree"},
}

// ipcSource sends N bytes objects of SIZE bytes to a child through a Pipe (KIND "pipe":
// send and recv) or a Queue (put and get); the child answers the same way with the total
// length it received.
const ipcSource = `
import multiprocessing as mp
def channel():
    if KIND == "pipe":
        r, w = mp.Pipe(False)
        return r, w, r.recv, w.send
    q = mp.Queue()
    return q, q, q.get, q.put
def consume(inbox, outbox, n):
    get = inbox.recv if KIND == "pipe" else inbox.get
    total = 0
    for _ in range(n):
        total += len(get())
    (outbox.send if KIND == "pipe" else outbox.put)(total)
if __name__ == "__main__":
    inbox, send_end, _, send = channel()
    back, outbox, receive, _ = channel()
    p = mp.Process(target=consume, args=(inbox, outbox, N))
    p.start()
    item = b"x" * SIZE
    for _ in range(N):
        send(item)
    print(receive())
    p.join()
`

// poolSource maps a trivial function over range(N) with a Pool of two workers and the
// chunk size CHUNK; python3 runs it with the start method of START_METHOD, gopy with its
// default.
const poolSource = `
import os, multiprocessing as mp
def square(x):
    return x * x
if __name__ == "__main__":
    method = os.environ.get("START_METHOD")
    ctx = mp.get_context(method) if method else mp
    with ctx.Pool(2) as pool:
        print(sum(pool.map(square, range(N), CHUNK)))
`

// pickleSource pickles and unpickles a tree of dicts, lists, tuples, sets, strings,
// bytes, small and big ints, floats, bools and instances of a class N times (protocol 5,
// HIGHEST_PROTOCOL). Every tuple, bytes object and list of the tree is a distinct object
// in both interpreters (CPython caches one-byte bytes, gopy shares a slice's tuple), so
// both pickle the same bytes and print the same total.
const pickleSource = `
import pickle
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
tree = {
    'users': [{'id': i, 'name': 'user%d' % i, 'email': 'u%d@example.com' % i,
               'scores': [i * 0.5, i * 1.25, -i], 'active': i % 3 == 0,
               'tags': ['a', 'b', 'c'][: i % 4], 'blob': bytes(range(i % 32 + 2))}
              for i in range(2000)],
    'index': {i: 'k%d' % i for i in range(1000)},
    'ids': set(range(500)),
    'matrix': [[float(i * j) for j in range(20)] for i in range(50)],
    'big': [2**70 + i for i in range(100)],
    'points': [Point(i, -i) for i in range(500)],
    'text': 'lorem ipsum ' * 500,
}
size = 0
for _ in range(N):
    data = pickle.dumps(tree, pickle.HIGHEST_PROTOCOL)
    back = pickle.loads(data)
    size += len(data)
print(size, len(back['users']), back['points'][7].y, back['big'][3] - 2**70)
`

// write writes w's script at scale (N = size * scale, at least 1 where size > 0) into
// dir and returns its path.
func (w workload) write(dir, testdata string, scale float64, i int) (string, error) {
	n := int(float64(w.size) * scale)
	if w.size > 0 && n < 1 {
		n = 1
	}
	var src string
	if w.file != "" {
		body, err := os.ReadFile(filepath.Join(testdata, w.file))
		if err != nil {
			return "", err
		}
		src = "LOOPS = " + strconv.Itoa(n) + "\n" + string(body)
	} else {
		src = "N = " + strconv.Itoa(n) + "\n" + w.src
	}
	path := filepath.Join(dir, "w"+strconv.Itoa(i)+".py")
	return path, os.WriteFile(path, []byte(src), 0o644)
}
