package interp

import (
	"context"
	"errors"
	"testing"
	"time"
)

// TestCancelLoops: a cancelled context stops every kind of running code with gopy.Cancelled,
// which the host recognises as context.Canceled / DeadlineExceeded.
func TestCancelLoops(t *testing.T) {
	it := New(Options{})
	defer it.Close()
	for name, src := range map[string]string{
		"pass loop":            "while True:\n    pass\n",
		"builtin loop":         "while True:\n    len('x')\n",
		"method loop":          "l = []\nwhile True:\n    l.append(1); l.pop()\n",
		"python calls":         "def f(): return 1\nwhile True:\n    f()\n",
		"list comprehension":   "[len('x') for _ in iter(int, 1)]\n",
		"generator expression": "sum(1 for _ in iter(int, 1))\n",
		"for over builtin":     "import itertools\nfor i in itertools.count():\n    pass\n",
		"sleep":                "import time\ntime.sleep(3600)\n",
		"event wait":           "import threading\nthreading.Event().wait()\n",
		"lock":                 "import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()\n",
		"queue":                "import queue\nqueue.Queue().get()\n",
		"pipe read":            "import os\nr, w = os.pipe()\nos.read(r, 1)\n",
		"join":                 "import threading, time\nth = threading.Thread(target=time.sleep, args=(3600,), daemon=True)\nth.start()\nth.join()\n",
	} {
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		var err error
		within(t, 20*time.Second, name, func() { _, err = it.Exec(ctx, "<string>", src) })
		cancel()
		var pe *Error
		if !errors.As(err, &pe) || pe.Type != "gopy.Cancelled" || !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("%s: %v", name, err)
		}
	}
	// The interpreter is still usable, and an earlier cancellation does not leak into it.
	if v, err := it.Eval(context.Background(), "1 + 1"); err != nil || v == nil {
		t.Errorf("Eval after cancellations: %v", err)
	}
}

// TestCancelSeenByScript: the script sees the exception, may clean up, and reraising or not
// is its choice; Cancelled is not an Exception.
func TestCancelSeenByScript(t *testing.T) {
	it := New(Options{})
	defer it.Close()
	ctx, cancel := context.WithCancel(context.Background())
	if _, err := it.Exec(context.Background(), "<string>", "import threading\nstarted = threading.Event()\n"); err != nil {
		t.Fatal(err)
	}
	go func() {
		_, _ = it.Call(context.Background(), "started.wait")
		cancel()
	}()
	g, err := it.Exec(ctx, "<string>", `
import gopy
log = []
try:
    try:
        started.set()
        while True:
            pass
    except Exception:
        log.append('Exception')
except gopy.Cancelled as e:
    log.append(type(e).__name__ + ': ' + str(e))
    log.append(issubclass(gopy.Cancelled, BaseException))
`)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := ToGo(g["log"])
	if s, _ := got.([]any); len(s) != 2 || s[0] != "Cancelled: context canceled" || s[1] != true {
		t.Errorf("log = %#v", got)
	}
	// Already cancelled: nothing runs.
	if _, err := it.Exec(ctx, "<string>", "log.append('ran')"); !errors.Is(err, context.Canceled) {
		t.Errorf("Exec with a cancelled context = %v", err)
	}
	if v, _ := it.Eval(context.Background(), "len(log)"); v == nil {
		t.Errorf("no log")
	} else if n, _ := ToGo(v); n != int64(2) {
		t.Errorf("code ran under a cancelled context: len(log) = %v", n)
	}
}

// TestCancelCall: Call is cancelled as Exec.
func TestCancelCall(t *testing.T) {
	it := New(Options{})
	defer it.Close()
	if _, err := it.Exec(context.Background(), "<string>", "def spin():\n    while True: pass\n"); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	var err error
	within(t, 20*time.Second, "Call(spin)", func() { _, err = it.Call(ctx, "spin") })
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Call = %v", err)
	}
}

// TestCancelPollOffMain: a wait on a descriptor in a thread other than the main one (here
// a Call from a goroutine while the main thread runs a script) is cancelled too.
func TestCancelPollOffMain(t *testing.T) {
	it := New(Options{})
	defer it.Close()
	if _, err := it.Exec(context.Background(), "<string>", "import os, threading\nr, w = os.pipe()\nstarted, stop = threading.Event(), threading.Event()\ndef read():\n    return os.read(r, 1)\n"); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := it.Exec(context.Background(), "<string>", "started.set()\nstop.wait()\n")
		done <- err
	}()
	if _, err := it.Call(context.Background(), "started.wait"); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	var err error
	within(t, 20*time.Second, "Call(read)", func() { _, err = it.Call(ctx, "read") })
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Call(read) = %v", err)
	}
	if _, err := it.Call(context.Background(), "stop.set"); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
