package multiprocessing_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gopyrt/gopy/interp"
	"github.com/gopyrt/gopy/modules/multiprocessing"
)

// runWithOutput runs source with sys.argv[1] naming a file, and returns what the script
// wrote there.
func runWithOutput(t *testing.T, source string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "out.txt")
	it := interp.New(interp.Options{})
	defer it.Close()
	if code := it.RunString(source, []string{out}); code != 0 {
		t.Fatalf("script failed with status %d", code)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// What a forked child cannot receive (a thread, a generator in progress, an object that
// refuses pickling) is a placeholder there, whose type is named like that of what it stands
// for: passing it around works, any use (operators included) raises
// RuntimeError naming the variable and the reason; what it was inside of arrives (a set
// or a dict's keys too: it hashes and compares by identity), and an object reached twice
// is one placeholder (named after the first variable met).
func TestForkPlaceholders(t *testing.T) {
	got := runWithOutput(t, `
import multiprocessing as mp, threading, sys

def gen():
    yield 1
    yield 2

class Refuses:
    def __reduce__(self):
        raise TypeError("not today")

g = gen()
next(g)
ev = threading.Event()
th = threading.Thread(target=ev.wait, daemon=True)
th.start()
holder = {"gen": g, "ok": [1, 2]}
th_set = {th}
th_names = {th: "worker"}
odd = Refuses()

def child(arg, q):
    out = []
    kept = [th, g, arg]
    out.append(str(len(kept)) + " " + str(holder["ok"]) + " " + str(holder["gen"] is g))
    out.append(str(th in th_set) + " " + th_names[th] + " " + str(th == th) + " " + str(th != g))
    out.append(repr(type(th)) + " " + type(g).__name__ + " " + repr(type(odd)))
    for use in (lambda: th.is_alive(), lambda: next(g), lambda: holder["gen"].send(None),
                lambda: str(odd), lambda: arg + 1, lambda: th << 1, lambda: odd @ 2, lambda: divmod(1, odd)):
        try:
            use()
            out.append("no error")
        except RuntimeError as e:
            out.append(str(e))
    q.put(out)

def launch(q):
    p = mp.Process(target=child, args=(sys._getframe(), q))
    p.start()
    return p

q = mp.Queue()
p = launch(q)
lines = q.get(timeout=60)
p.join()
with open(sys.argv[1], "w") as f:
    f.write("\n".join(lines + [str(p.exitcode)]) + "\n")
`)
	want := []string{
		"3 [1, 2] True",
		"True worker True True",
		"<class 'threading.Thread'> generator <class '__main__.Refuses'>",
		"global 'th' (a 'Thread' object) was not copied into this process by gopy's 'fork' start method: a thread cannot be copied: only the thread that starts the process goes on in a forked child",
		"global 'g' (a 'generator' object) was not copied into this process by gopy's 'fork' start method: a generator in progress cannot be copied",
		"global 'g' (a 'generator' object) was not copied into this process by gopy's 'fork' start method: a generator in progress cannot be copied",
		"global 'odd' (a 'Refuses' object) was not copied into this process by gopy's 'fork' start method: pickling it failed with TypeError: not today",
		"argument 1 of the process (a 'frame' object) was not copied into this process by gopy's 'fork' start method: pickling it failed with TypeError: cannot pickle 'frame' object",
		"global 'th' (a 'Thread' object) was not copied into this process by gopy's 'fork' start method: a thread cannot be copied: only the thread that starts the process goes on in a forked child",
		"global 'odd' (a 'Refuses' object) was not copied into this process by gopy's 'fork' start method: pickling it failed with TypeError: not today",
		"global 'odd' (a 'Refuses' object) was not copied into this process by gopy's 'fork' start method: pickling it failed with TypeError: not today",
		"0",
	}
	if strings.TrimSpace(got) != strings.Join(want, "\n") {
		t.Errorf("the child reported\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}
}

// A pool's workers made at once share one snapshot of the parent's state; separate
// processes each get their own.
func TestForkPoolSharesSnapshot(t *testing.T) {
	before := multiprocessing.SnapshotsTaken()
	got := runWithOutput(t, `
import multiprocessing as mp, sys
big = list(range(100000))
def f(i):
    return big[i * 1000]
with mp.Pool(4) as pool:
    r = pool.map(f, range(8))
for i in range(2):
    p = mp.Process(target=f, args=(i,))
    p.start()
    p.join()
with open(sys.argv[1], "w") as f:
    f.write(str(r))
`)
	if got != "[0, 1000, 2000, 3000, 4000, 5000, 6000, 7000]" {
		t.Errorf("the pool computed %s", got)
	}
	if n := multiprocessing.SnapshotsTaken() - before; n != 3 {
		t.Errorf("%d snapshots taken for a pool of 4 and 2 processes, want 3", n)
	}
}

// Starting 'fork' children one after the other pickles the globals that do not change
// once: after a first snapshot (everything pickled) and a second (the base of what did
// not change), the others reuse the base; a change to a global in the base makes it
// again, and each child still sees its own start()'s state.
func TestForkSnapshotReuse(t *testing.T) {
	before := multiprocessing.SnapshotBasesMade()
	got := runWithOutput(t, `
import multiprocessing as mp, sys

def child(i, q):
    q.put((i, data[0], len(data), sum(data[:10])))

if __name__ == "__main__":
    data = list(range(100000))
    q = mp.SimpleQueue()
    out = []
    for i in range(6):
        if i == 4:
            data[0] = -5
        p = mp.get_context("fork").Process(target=child, args=(i, q))
        p.start()
        p.join()
        out.append(q.get())
    with open(sys.argv[1], "w") as f:
        f.write(repr(out))
`)
	want := "[(0, 0, 100000, 45), (1, 0, 100000, 45), (2, 0, 100000, 45), (3, 0, 100000, 45), (4, -5, 100000, 40), (5, -5, 100000, 40)]"
	if got != want {
		t.Errorf("children saw %s, want %s", got, want)
	}
	// a base at the second start, made again at the fifth (data changed), and at the sixth
	// (data had changed, so it is left out of the base: what stays the same is q and child's)
	if made := multiprocessing.SnapshotBasesMade() - before; made < 1 || made > 3 {
		t.Errorf("%d snapshot bases made for 6 starts, want 1 to 3", made)
	}
}
