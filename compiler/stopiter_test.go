package compiler

import (
	"testing"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

// TestStopIterationValue checks that a generator's return value reaches next(), send()
// and yield from through StopIteration (its value is args[0]: gpython alone has no .value).
func TestStopIterationValue(t *testing.T) {
	gpyhooks.Install()
	src := `
def g():
    yield 1
    return 5
def h():
    r = yield from g()
    return r + 1
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.args[0])
it = g()
it.send(None)
try:
    it.send(2)
except StopIteration as e:
    print(e.args[0])
it = h()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.args[0])
print(next(it, "dflt"))
`
	got, err := runPython(t, src, "stop.py")
	if err != nil {
		t.Fatal(excString(err))
	}
	if want := "5\n5\n6\ndflt\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
