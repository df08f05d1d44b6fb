package interp

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// closeScript leaves behind what an embedding program's script commonly does: a
// multiprocessing Queue with its feeder thread, a Pool that is neither closed nor joined,
// a thread still blocked, a file left open and a child process that still runs.
const closeScript = `
import multiprocessing as mp, threading, os, time
q = mp.Queue()
q.put([1, 2])
assert q.get() == [1, 2]
q.put('left in the pipe')
pool = mp.Pool(1)
assert pool.map(abs, [-1, -2, 3]) == [1, 2, 3]
ev = threading.Event()
th = threading.Thread(target=ev.wait)
th.start()
daemon = threading.Thread(target=time.sleep, args=(3600,), daemon=True)
daemon.start()
f = open(PATH, 'w')
f.write('unflushed')
p = mp.Process(target=time.sleep, args=(3600,))
p.start()
`

// TestCloseReleasesEverything runs 50 New/Exec/Close cycles whose script leaves files,
// pipes, threads, a Pool and child processes behind: after Close the process has the
// descriptors, children and goroutines it had before.
func TestCloseReleasesEverything(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f")
	cycle := func() {
		it := New(Options{})
		it.Exec(context.Background(), "<string>", "PATH = "+quote(path))
		if _, err := it.Exec(context.Background(), "<string>", closeScript); err != nil {
			t.Fatal(err)
		}
		if err := it.Close(); err != nil {
			t.Fatal(err)
		}
	}
	cycle() // the first cycle starts what the process keeps (the Go runtime's poller, caches)
	fds, kids, gs := openFds(t), liveChildren(t), settledGoroutines(-1)
	cycles := closeCycles
	if testing.Short() {
		cycles = 5
	}
	for i := 0; i < cycles; i++ {
		cycle()
	}
	if got := openFds(t); len(got) != len(fds) {
		t.Errorf("descriptors: %d before, %d after:\n%s", len(fds), len(got), strings.Join(got, "\n"))
	}
	if got := liveChildren(t); got != kids {
		t.Errorf("live children: %d before, %d after", kids, got)
	}
	if got := settledGoroutines(gs); got != gs {
		buf := make([]byte, 1<<20)
		t.Errorf("goroutines: %d before, %d after\n%s", gs, got, buf[:runtime.Stack(buf, true)])
	}
	if data, _ := os.ReadFile(path); string(data) != "unflushed" {
		t.Errorf("the file left open holds %q", data)
	}
}

// openFds lists the process's descriptors with what they refer to.
func openFds(t *testing.T) []string {
	t.Helper()
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skip("no /proc/self/fd")
	}
	var out []string
	for _, e := range ents {
		target, _ := os.Readlink(filepath.Join("/proc/self/fd", e.Name()))
		out = append(out, e.Name()+" -> "+target)
	}
	return out
}

// liveChildren counts the process's child processes, zombies included.
func liveChildren(t *testing.T) int {
	t.Helper()
	tasks, _ := filepath.Glob("/proc/self/task/*/children")
	n := 0
	for _, f := range tasks {
		data, _ := os.ReadFile(f)
		n += len(strings.Fields(string(data)))
	}
	return n
}

// settledGoroutines returns the number of goroutines once it stops falling (or reaches
// want): goroutines that were told to end may take a moment to return.
func settledGoroutines(want int) int {
	n := runtime.NumGoroutine()
	for i := 0; i < 200 && n != want; i++ {
		time.Sleep(10 * time.Millisecond)
		m := runtime.NumGoroutine()
		if want < 0 && m == n && i >= 10 {
			break
		}
		n = m
	}
	return n
}

// closeCycles is the number of cycles of TestCloseReleasesEverything (5 with -short).
const closeCycles = 50

// TestCloseWhileRunning: Close ends an entry running on another goroutine (it returns
// SystemExit), and the interpreter refuses later entries.
func TestCloseWhileRunning(t *testing.T) {
	it := New(Options{})
	if _, err := it.Exec(context.Background(), "<string>", "import threading\nstarted = threading.Event()\n"); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := it.Exec(context.Background(), "<string>", "started.set()\nwhile True:\n    pass\n")
		done <- err
	}()
	if _, err := it.Call(context.Background(), "started.wait"); err != nil {
		t.Fatal(err)
	}
	var err error
	within(t, 20*time.Second, "Close", func() { err = it.Close() })
	if err != nil {
		t.Fatal(err)
	}
	var pe *Error
	if err := <-done; !errors.As(err, &pe) || pe.Type != "SystemExit" {
		t.Errorf("the running Exec returned %v, want SystemExit", err)
	}
	if _, err := it.Eval(context.Background(), "1"); !errors.Is(err, ErrClosed) {
		t.Errorf("Eval after Close = %v, want ErrClosed", err)
	}
}
