package multiprocessing

import (
	"sync"
	"testing"
	"time"
)

// TestSemCoreFutex: waiters sleeping on a semaphore's futex are all woken by releases,
// a timed acquire gives up, and slots of one arena are distinct.
func TestSemCoreFutex(t *testing.T) {
	s, err := newSemCore(0, semValueMax)
	if err != nil {
		t.Fatal(err)
	}
	other, err := newSemCore(1, 1)
	if err != nil {
		t.Fatal(err)
	}
	if s.arena == other.arena && s.off == other.off {
		t.Fatal("two semaphores share a slot")
	}
	if ok, _ := s.acquire(nil, 10*time.Millisecond); ok {
		t.Fatal("acquired a semaphore of value 0")
	}
	const waiters = 8
	var wg sync.WaitGroup
	got := make(chan bool, waiters)
	for range waiters {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok, err := s.acquire(nil, -1)
			if err != nil {
				t.Error(err)
			}
			got <- ok
		}()
	}
	for range waiters {
		if err := s.release(); err != nil {
			t.Fatal(err)
		}
	}
	wg.Wait()
	close(got)
	for ok := range got {
		if !ok {
			t.Fatal("a waiter did not acquire")
		}
	}
	if s.get() != 0 || other.get() != 1 {
		t.Fatalf("values %d %d", s.get(), other.get())
	}
	if err := other.release(); err == nil {
		t.Fatal("released a bounded semaphore past its bound")
	}
}
