package gil

import (
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"
	"golang.org/x/sys/unix"
)

func newRuntime(t *testing.T) *Runtime {
	ctx := py.NewContext(py.ContextOpts{})
	rt := New(ctx)
	t.Cleanup(func() { rt.Close(); ctx.Close() })
	return rt
}

// TestMutualExclusion: threads only touch shared state while holding the GIL, and the
// switch point lets every thread make progress (run under -race).
func TestMutualExclusion(t *testing.T) {
	rt := newRuntime(t)
	rt.SetSwitchInterval(time.Microsecond)
	shared := 0
	var ts []*Thread
	for i := 0; i < 4; i++ {
		th := rt.NewThread()
		ts = append(ts, th)
		th.Start(func(th *Thread) {
			for k := 0; k < 1000; k++ {
				shared++
				if err := rt.Check(th); err != nil {
					t.Error(err)
				}
			}
		})
	}
	for _, th := range ts {
		<-th.Done()
	}
	if shared != 4000 {
		t.Errorf("shared = %d, want 4000", shared)
	}
	if len(rt.Threads()) != 1 {
		t.Errorf("live threads %d, want 1 (main)", len(rt.Threads()))
	}
}

// TestWaitReleasesGIL: a thread blocked in Wait lets another take the GIL.
func TestWaitReleasesGIL(t *testing.T) {
	rt := newRuntime(t)
	m := rt.Main()
	m.Acquire()
	defer m.Release()
	ch := make(chan struct{})
	other := rt.NewThread()
	other.Start(func(*Thread) { close(ch) })
	ok, err := Wait(rt.Context(), ch, -1)
	if !ok || err != nil {
		t.Fatalf("Wait = %v, %v", ok, err)
	}
	ok, err = Wait(rt.Context(), make(chan struct{}), 10*time.Millisecond)
	if ok || err != nil {
		t.Fatalf("Wait with time-out = %v, %v", ok, err)
	}
	if rt.Current() != m {
		t.Fatal("the main thread does not hold the GIL after Wait")
	}
}

var errHandler = errors.New("handler raised")

// TestSignalInterruptsWait: a signal tripped while the main thread waits runs the handler;
// its error ends the wait, and a handler that returns nil lets the wait go on.
func TestSignalInterruptsWait(t *testing.T) {
	rt := newRuntime(t)
	var calls atomic.Int32
	rt.SetSignalFunc(func(ctx py.Context, sig int) error {
		calls.Add(1)
		if sig == 10 {
			return errHandler
		}
		return nil
	})
	m := rt.Main()
	m.Acquire()
	defer m.Release()
	time.AfterFunc(10*time.Millisecond, func() { rt.Trip(10) })
	if err := Sleep(rt.Context(), 10*time.Second); err != errHandler {
		t.Fatalf("Sleep = %v, want the handler's error", err)
	}
	time.AfterFunc(5*time.Millisecond, func() { rt.Trip(12) })
	start := time.Now()
	if err := Sleep(rt.Context(), 50*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if time.Since(start) < 50*time.Millisecond {
		t.Error("a handler that returns cut the sleep short")
	}
	if calls.Load() != 2 {
		t.Errorf("%d handler calls, want 2", calls.Load())
	}
	rt.Trip(10)
	if err := rt.Check(m); err != errHandler {
		t.Errorf("Check = %v, want the handler's error", err)
	}
}

// TestWaitFd: readiness, time-out, and a signal waking the main thread's poll.
func TestWaitFd(t *testing.T) {
	rt := newRuntime(t)
	rt.SetSignalFunc(func(ctx py.Context, sig int) error { return errHandler })
	m := rt.Main()
	m.Acquire()
	defer m.Release()
	var p [2]int
	if err := unix.Pipe2(p[:], unix.O_CLOEXEC); err != nil {
		t.Fatal(err)
	}
	defer unix.Close(p[0])
	defer unix.Close(p[1])
	ready, err := WaitFd(rt.Context(), p[0], unix.POLLIN, 10*time.Millisecond)
	if ready || err != nil {
		t.Fatalf("empty pipe: %v, %v", ready, err)
	}
	time.AfterFunc(10*time.Millisecond, func() { rt.Trip(2) })
	if _, err := WaitFd(rt.Context(), p[0], unix.POLLIN, -1); err != errHandler {
		t.Fatalf("WaitFd = %v, want the handler's error", err)
	}
	unix.Write(p[1], []byte("x"))
	ready, err = WaitFd(rt.Context(), p[0], unix.POLLIN, -1)
	if !ready || err != nil {
		t.Fatalf("pipe with data: %v, %v", ready, err)
	}
}

// TestEnsure: Go code without the GIL takes it for a call and gives it back.
func TestEnsure(t *testing.T) {
	rt := newRuntime(t)
	th, release := rt.Ensure()
	if rt.Current() != th {
		t.Fatal("Ensure did not take the GIL")
	}
	release()
	if rt.Current() != nil {
		t.Fatal("the GIL is still held")
	}
	select {
	case <-th.Done():
	default:
		t.Fatal("the temporary thread was not finished")
	}
}

// TestPoll: several descriptors, the ready one reported, from a thread other than main.
func TestPoll(t *testing.T) {
	rt := newRuntime(t)
	var a, b [2]int
	for _, p := range []*[2]int{&a, &b} {
		if err := unix.Pipe2(p[:], unix.O_CLOEXEC); err != nil {
			t.Fatal(err)
		}
		defer unix.Close(p[0])
		defer unix.Close(p[1])
	}
	unix.Write(b[1], []byte("x"))
	th := rt.NewThread()
	var n int
	var err error
	var revents [2]int16
	th.Start(func(*Thread) {
		fds := []unix.PollFd{{Fd: int32(a[0]), Events: unix.POLLIN}, {Fd: int32(b[0]), Events: unix.POLLIN}}
		n, err = Poll(rt.Context(), fds, time.Second)
		revents = [2]int16{fds[0].Revents, fds[1].Revents}
	})
	<-th.Done()
	if n != 1 || err != nil || revents[0] != 0 || revents[1]&unix.POLLIN == 0 {
		t.Errorf("Poll = %d, %v, revents %v", n, err, revents)
	}
}
