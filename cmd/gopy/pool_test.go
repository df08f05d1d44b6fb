package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestPoolWorkersThatCannotStart: a pool whose workers die while unpickling their
// arguments (CPython's pool replaces them for ever and the script hangs) fails its tasks
// with ProcessError, and the script ends.
func TestPoolWorkersThatCannotStart(t *testing.T) {
	bin := gopyBin(t)
	dir := t.TempDir()
	script := `import multiprocessing as mp
def init(x):
    pass
def sq(x):
    return x * x
if __name__ == "__main__":
    class Local:  # defined under the guard: a spawned worker cannot find it
        pass
    with mp.get_context("spawn").Pool(2, initializer=init, initargs=(Local(),)) as pool:
        try:
            pool.map(sq, range(3))
        except mp.ProcessError as e:
            print("map:", e)
        try:
            pool.apply(sq, (2,))
        except (mp.ProcessError, ValueError) as e:
            print("apply:", type(e).__name__)
    with mp.Pool(2) as pool:
        print(pool.map(sq, range(3)))
`
	if err := os.WriteFile(filepath.Join(dir, "broken_pool.py"), []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "broken_pool.py")
	cmd.Dir = dir
	out, err := cmd.Output()
	if ctx.Err() != nil {
		t.Fatal("the pool hung")
	}
	want := "map: a pool worker exited with code 1 before it could start\napply: ValueError\n[0, 1, 4]\n"
	if err != nil || string(out) != want {
		t.Errorf("got %q (%v), want %q", out, err, want)
	}
	if strings.Count(string(out), "\n") != 3 {
		t.Errorf("output %q", out)
	}
}

// TestPoolTerminateLosesWorkerOutput: output a worker buffered (stdout on a pipe) is lost
// when terminate() kills it, as with CPython's workers, which its terminate() keeps from
// taking the sentinels that would let them exit and flush (gopy's printed it all).
func TestPoolTerminateLosesWorkerOutput(t *testing.T) {
	bin := gopyBin(t)
	dir := t.TempDir()
	script := `import multiprocessing as mp
def work(x):
    print("worker output", x)
    return x
if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(work, range(4)))
    pool = mp.Pool(2)
    print(pool.map(work, range(2)))
    pool.terminate()
    pool.join()
    print("done")
`
	if err := os.WriteFile(filepath.Join(dir, "terminate.py"), []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "terminate.py")
	cmd.Dir = dir
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHONUNBUFFERED=") { // block-buffered stdout
			cmd.Env = append(cmd.Env, kv)
		}
	}
	out, err := cmd.Output()
	if want := "[0, 1, 2, 3]\n[0, 1]\ndone\n"; err != nil || string(out) != want {
		t.Errorf("got %q (%v), want %q", out, err, want)
	}
}
