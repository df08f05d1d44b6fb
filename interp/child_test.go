package interp

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// buildHost builds testdata/host as a program of its own module, zzz.example/embed/host
// (an import path that sorts after gopy's, which decided whether host modules existed in
// children when child mode ran from interp's init function), using gopy from this tree.
func buildHost(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds a program")
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	src, err := os.ReadFile(filepath.Join("testdata", "host", "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	mod := "module zzz.example/embed/host\n\ngo 1.26\n\nrequire github.com/gopyrt/gopy v0.0.0\n\nreplace github.com/gopyrt/gopy => " + root + "\n"
	for name, data := range map[string][]byte{"main.go": src, "go.sum": sum, "go.mod": []byte(mod)} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bin := filepath.Join(dir, "host")
	cmd := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "build", "-o", bin, ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building the host: %v\n%s", err, out)
	}
	return bin
}

// TestHostModulesInChildren: Pool workers of both start methods call the host's Go module
// (interp.Main serves them); without interp.Main, Process.start() says so.
func TestHostModulesInChildren(t *testing.T) {
	bin := buildHost(t)
	dir := t.TempDir()
	script := filepath.Join(dir, "s.py")
	src := `from multiprocessing import Pool, get_context
import hostmod
def work(s):
    return hostmod.shout(s)
if __name__ == '__main__':
    with Pool(2) as p:
        print(p.map(work, ['a', 'b', 'c']))
    with get_context('spawn').Pool(1) as p:
        print(p.map(work, ['d']))
`
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, script).CombinedOutput()
	if err != nil || string(out) != "['A!', 'B!', 'C!']\n['D!']\n" {
		t.Errorf("host: %v, output %q", err, out)
	}
	out, err = exec.Command(bin, "-nomain", script).CombinedOutput()
	if err != nil || !strings.HasPrefix(string(out), "error: RuntimeError: cannot start a multiprocessing child: the program embeds gopy without calling interp.Main()") {
		t.Errorf("host without interp.Main: %v, output %q", err, out)
	}

	// The resource tracker is the program re-executed too: interp.Main serves it (it
	// unlinks the segment the script leaks and warns), and without interp.Main the first
	// register says so.
	name := fmt.Sprintf("gopy_host_%d", os.Getpid())
	defer os.Remove("/dev/shm/" + name)
	src = "from multiprocessing import shared_memory\ns = shared_memory.SharedMemory(name='" + name + "', create=True, size=8)\nprint('made')\n"
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err = exec.Command(bin, script).CombinedOutput()
	if err != nil || !strings.HasPrefix(string(out), "made\n") || !strings.Contains(string(out), "resource_tracker: There appear to be 1 leaked shared_memory objects to clean up at shutdown") {
		t.Errorf("tracker of a host: %v, output %q", err, out)
	}
	if _, err := os.Stat("/dev/shm/" + name); err == nil {
		t.Errorf("the tracker did not unlink %s", name)
	}
	out, err = exec.Command(bin, "-nomain", script).CombinedOutput()
	if err != nil || !strings.HasPrefix(string(out), "error: RuntimeError: cannot start a multiprocessing child: the program embeds gopy without calling interp.Main()") {
		t.Errorf("tracker of a host without interp.Main: %v, output %q", err, out)
	}
}
