package multiprocessing

import (
	"encoding/binary"
	"testing"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"
	"golang.org/x/sys/unix"
)

func TestExitcodeName(t *testing.T) {
	for code, want := range map[int]string{0: "0", 1: "1", -15: "-SIGTERM", -9: "-SIGKILL"} {
		if got := exitcodeName(code); got != want {
			t.Errorf("exitcodeName(%d) = %q, want %q", code, got, want)
		}
	}
}

// pipeWith returns the read end of a pipe holding data (the write end closed).
func pipeWith(t *testing.T, data []byte) int {
	var p [2]int
	if err := unix.Pipe(p[:]); err != nil {
		t.Fatal(err)
	}
	if err := writeAll(p[1], data); err != nil {
		t.Fatal(err)
	}
	unix.Close(p[1])
	t.Cleanup(func() { unix.Close(p[0]) })
	return p[0]
}

func spawnFrame(n uint64, body []byte) []byte {
	var h [8]byte
	binary.BigEndian.PutUint64(h[:], n)
	return append(h[:], body...)
}

func TestReadSpawnData(t *testing.T) {
	got, err := readSpawnData(pipeWith(t, spawnFrame(5, []byte("hello"))))
	if err != nil || string(got) != "hello" {
		t.Errorf("readSpawnData = %q, %v", got, err)
	}
	if _, err := readSpawnData(pipeWith(t, spawnFrame(10, []byte("short")))); err == nil {
		t.Error("truncated spawn data accepted")
	}
	if _, err := readSpawnData(pipeWith(t, spawnFrame(1<<40, nil))); err == nil {
		t.Error("a forged length was accepted")
	}
	if _, err := readSpawnData(pipeWith(t, []byte{1, 2})); err == nil {
		t.Error("a truncated length was accepted")
	}
}

func TestValidMethod(t *testing.T) {
	for _, m := range []string{"fork", "spawn", "forkserver"} {
		if !validMethod(m) {
			t.Errorf("%q rejected", m)
		}
	}
	if validMethod("threads") {
		t.Error("'threads' accepted")
	}
}

func TestStateForgottenOnClose(t *testing.T) {
	ctx := py.NewContext(py.DefaultContextOpts())
	if err := importModule(ctx, "multiprocessing"); err != nil {
		t.Fatal(err)
	}
	statesMu.Lock()
	_, had := states[ctx]
	statesMu.Unlock()
	ctx.Close()
	statesMu.Lock()
	_, still := states[ctx]
	statesMu.Unlock()
	if !had || still {
		t.Errorf("state before close %v, after close %v", had, still)
	}
}
