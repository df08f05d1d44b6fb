package multiprocessing_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gopyrt/gopy/interp"
)

// scriptEnv makes this test binary run a script as gopy would (see TestMain).
const scriptEnv = "GOPY_MULTIPROCESSING_TEST_SCRIPT"

// TestMain lets a test run a script in a process of its own: the test binary re-executed
// with scriptEnv set runs it like the gopy command and exits with its status.
func TestMain(m *testing.M) {
	if path := os.Getenv(scriptEnv); path != "" {
		os.Unsetenv(scriptEnv)
		code, _ := interp.New(interp.Options{}).RunFile(path, nil)
		interp.Exit(code)
	}
	os.Exit(m.Run())
}

// A process killed by SIGKILL leaves its segment registered; the resource tracker unlinks it
// once the process is gone and warns as CPython's does.
func TestTrackerUnlinksSegmentOfKilledProcess(t *testing.T) {
	name := fmt.Sprintf("gopy_tracker_killed_%d", os.Getpid())
	script := filepath.Join(t.TempDir(), "killed.py")
	err := os.WriteFile(script, []byte(`
import os, signal
from multiprocessing import shared_memory as sm
s = sm.SharedMemory(name='`+name+`', create=True, size=64)
os.kill(os.getpid(), signal.SIGKILL)
`), 0o600)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), scriptEnv+"="+script)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	// Wait returns once stderr reaches EOF, that is once the tracker (which shares it) ended.
	err = cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ProcessState.String() != "signal: killed" {
		t.Fatalf("the script was not killed: %v", err)
	}
	if _, err := os.Stat("/dev/shm/" + name); !os.IsNotExist(err) {
		_ = os.Remove("/dev/shm/" + name)
		t.Errorf("the segment of the killed process is still there (%v)", err)
	}
	want := "UserWarning: resource_tracker: There appear to be 1 leaked shared_memory objects to clean up at shutdown\n" +
		"  warnings.warn('resource_tracker: There appear to be %d '\n"
	if !strings.HasSuffix(stderr.String(), want) {
		t.Errorf("stderr %q, want the tracker's warning", stderr.String())
	}
}
