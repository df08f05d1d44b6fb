package interp

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"
)

// parallelScript runs threads that each use what must be per interpreter and per thread:
// threading.local, the exception being handled (__context__, sys.exc_info), the repr
// cycle guard, the standard streams; errors collects what came out wrong.
const parallelScript = `
import threading, sys
errors = []
def work(i):
    local.v = (NAME, i)
    for k in range(150):
        try:
            try:
                raise KeyError(NAME)
            except KeyError:
                raise ValueError(NAME)
        except ValueError as e:
            if e.__context__.args != (NAME,):
                errors.append(('context', e.__context__.args))
        l = [NAME]
        l.append(l)
        if repr(l) != "['%s', [...]]" % NAME:
            errors.append(('repr', repr(l)))
        if local.v != (NAME, i):
            errors.append(('local', local.v))
        if sys.exc_info()[0] is not None:
            errors.append(('exc_info', sys.exc_info()))
    print(NAME, i)
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
`

// parallelSetup is run first in each interpreter: what foreign goroutines call, and state
// the other interpreter must not see.
const parallelSetup = `
import threading, sys, signal, atexit
local = threading.local()
def ping(x):
    try:
        raise KeyError(NAME)
    except KeyError:
        l = [x]
        l.append(l)
        return [NAME, repr(l), getattr(local, 'v', None), repr(sys.exc_info()[1])]
if NAME == 'A':
    signal.signal(signal.SIGUSR1, lambda *a: None)
atexit.register(print, 'bye', NAME)
`

// TestInterpretersInParallel runs two interpreters at once, each with threads, while
// goroutines of the host call into both: under -race it shows that nothing of one
// interpreter is shared with the other or unguarded by its GIL, and the results show that
// each thread's state is its own.
func TestInterpretersInParallel(t *testing.T) {
	names := []string{"A", "B"}
	outs := map[string]*lockedBuffer{}
	its := map[string]*Interp{}
	for _, name := range names {
		outs[name] = &lockedBuffer{}
		it := New(Options{Stdout: outs[name]})
		its[name] = it
		if _, err := it.Exec(context.Background(), "<setup>", "NAME = "+quote(name)+"\n"+parallelSetup); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for _, name := range names {
		it := its[name]
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := it.Exec(context.Background(), "<script>", parallelScript); err != nil {
				errs <- fmt.Errorf("%s: %v", name, err)
			}
		}()
		for g := 0; g < 2; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < 30; i++ {
					v, err := it.Call(context.Background(), "ping", i)
					if err != nil {
						errs <- fmt.Errorf("%s: ping: %v", name, err)
						return
					}
					got, _ := ToGo(v)
					want := []any{name, fmt.Sprintf("[%d, [...]]", i), nil, fmt.Sprintf("KeyError('%s')", name)}
					if fmt.Sprint(got) != fmt.Sprint(want) {
						errs <- fmt.Errorf("%s: ping(%d) = %v, want %v", name, i, got, want)
						return
					}
				}
			}()
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for _, name := range names {
		it := its[name]
		if v, err := it.Eval(context.Background(), "errors"); err != nil {
			t.Errorf("%s: %v", name, err)
		} else if got, _ := ToGo(v); len(got.([]any)) != 0 {
			t.Errorf("%s: %v", name, got)
		}
		other := "A"
		if name == "A" {
			other = "B"
		}
		want := map[string]string{"A": "<function <lambda> at", "B": "default"}[name]
		if v, err := it.Eval(context.Background(), "'default' if signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL else repr(signal.getsignal(signal.SIGUSR1))"); err != nil {
			t.Errorf("%s: %v", name, err)
		} else if s, _ := ToGo(v); !strings.HasPrefix(s.(string), want) {
			t.Errorf("%s: SIGUSR1 handler %v, want %s", name, s, want)
		}
		if err := it.Close(); err != nil {
			t.Error(err)
		}
		lines := strings.Split(strings.TrimSpace(outs[name].String()), "\n")
		sort.Strings(lines)
		want = fmt.Sprintf("[%[1]s 0 %[1]s 1 %[1]s 2 %[1]s 3 bye %[1]s]", name)
		if got := fmt.Sprint(lines); got != want || strings.Contains(outs[name].String(), other+" ") {
			t.Errorf("%s's output: %s, want %s", name, got, want)
		}
	}
}

// lockedBuffer is a bytes.Buffer that the test may read while the interpreter writes.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestConcurrentFirstImports: interpreters that import library modules written in Python
// for the first time in the process, at the same time, each get working modules (the
// compiled code that registered modules keep is shared; under -race this shows it is
// guarded).
func TestConcurrentFirstImports(t *testing.T) {
	const src = `
import difflib, fractions, configparser, graphlib, shlex
got = [str(fractions.Fraction(3, 6)), shlex.split("a 'b c'"), list(graphlib.TopologicalSorter({'b': {'a'}}).static_order()),
       difflib.SequenceMatcher(None, 'abcd', 'abxd').ratio()]
`
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			it := New(Options{})
			defer it.Close()
			g, err := it.Exec(context.Background(), "<string>", src)
			if err != nil {
				errs <- err
				return
			}
			got, _ := ToGo(g["got"])
			if want := "[1/2 [a b c] [a b] 0.75]"; fmt.Sprint(got) != want {
				errs <- fmt.Errorf("got %v, want %s", got, want)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
