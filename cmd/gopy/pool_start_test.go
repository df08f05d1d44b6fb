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
