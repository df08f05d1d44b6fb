package multiprocessing_test

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/interp"
)

// A ShareableList made by gopy is read and changed by python3 attaching to it by name while
// the gopy script waits, and gopy then sees python3's values: the segment layout is
// CPython's.
func TestInteropShareableList(t *testing.T) {
	exe, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	name := fmt.Sprintf("gopy_interop_sl_%d", os.Getpid()) // unique: test runs may overlap
	// The script's ends are raw descriptors it closes itself: as *os.File they could be
	// closed by a finalizer while the script still uses them (or after, once reused).
	var readyFds, goOnFds [2]int
	if err := unix.Pipe2(readyFds[:], unix.O_CLOEXEC); err != nil {
		t.Fatal(err)
	}
	if err := unix.Pipe2(goOnFds[:], unix.O_CLOEXEC); err != nil {
		t.Fatal(err)
	}
	ready := os.NewFile(uintptr(readyFds[0]), "ready")
	goOnW := os.NewFile(uintptr(goOnFds[1]), "go-on")
	defer ready.Close()
	defer goOnW.Close()
	done := make(chan int)
	go func() {
		it := interp.New(interp.Options{})
		defer it.Close()
		done <- it.RunString(fmt.Sprintf(`
import os
from multiprocessing import shared_memory as sm
sl = sm.ShareableList(['gopy', 7, True, b'raw\x00', 2.25], name='%s')
os.write(%d, b'ready\n'); os.close(%d)
os.read(%d, 1); os.close(%d)
try:
    if list(sl) != ['python', -1.5, True, None, 2.25] or sl.format != '8sdxxxxxxx?xxxxxx?xd':
        raise SystemExit(str(list(sl)) + sl.format)
finally:
    sl.shm.close(); sl.shm.unlink()
`, name, readyFds[1], readyFds[1], goOnFds[0], goOnFds[0]), nil)
	}()
	buf := make([]byte, 6)
	if _, err := ready.Read(buf); err != nil {
		t.Fatalf("gopy did not make the list: %v (status %d)", err, <-done)
	}
	// python3 3.11 registers an attached segment with its resource tracker, which would
	// unlink it at exit: it unregisters it.
	out, err := exec.Command(exe, "-c", `
import sys
from multiprocessing import shared_memory as sm, resource_tracker
sl = sm.ShareableList(name=sys.argv[1])
resource_tracker.unregister(sl.shm._name, "shared_memory")
print(list(sl), sl.format, flush=True)
sl[0] = "python"; sl[1] = -1.5; sl[3] = None
sl.shm.close()
`, name).CombinedOutput()
	goOnW.Write([]byte{1})
	if code := <-done; code != 0 {
		t.Errorf("gopy script: status %d", code)
	}
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, out)
	}
	if got := strings.TrimSpace(string(out)); got != "['gopy', 7, True, b'raw', 2.25] 8sqxxxxxxx?8sd" {
		t.Errorf("python3 read %q", got)
	}
}
