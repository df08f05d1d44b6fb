package sre

import (
	"strings"
	"sync"
	"testing"
)

// TestConcurrentMatch matches one program from several goroutines (interpreters share
// compiled patterns): each State is its own, the pooled States are handed over safely.
// Run with -race.
func TestConcurrentMatch(t *testing.T) {
	prog, err := Compile([]rune(`(\w+)=(\d+)(?=;)`), true, 0, Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := []byte(strings.Repeat("key=123;x=9;", 200))
	var wg sync.WaitGroup
	counts := make([]int, 8)
	for g := range counts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; round < 20; round++ {
				st := NewState(prog, text, nil, false, 0, len(text))
				for st.Start <= len(text) {
					st.Reset()
					st.Ptr = st.Start
					ok, err := st.Search()
					if err != nil || !ok {
						break
					}
					counts[g]++
					st.MustAdvance = st.Ptr == st.Start
					st.Start = st.Ptr
				}
				st.Release()
			}
		}()
	}
	wg.Wait()
	for g, n := range counts {
		if n != 20*400 {
			t.Errorf("goroutine %d found %d matches, want %d", g, n, 20*400)
		}
	}
}
