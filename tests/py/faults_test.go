package conformance

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestParentDeath: when a parent dies abruptly (os._exit, no cleanup), its Pool workers,
// Manager server and daemon Process end by themselves (issue 16: within a second; the
// test allows more, for a loaded machine).
func TestParentDeath(t *testing.T) {
	bin := buildGopy(t)
	pidFile := filepath.Join(t.TempDir(), "pids")
	cmd := exec.Command(bin, "_parent_death.py", pidFile)
	cmd.Dir = "faults"
	// Output to a file, not a pipe: a pipe would make the test wait for every child
	// holding it, so a child that never ends would hang the test instead of failing it.
	outFile, err := os.Create(filepath.Join(t.TempDir(), "out"))
	if err != nil {
		t.Fatal(err)
	}
	defer outFile.Close()
	cmd.Stdout, cmd.Stderr = outFile, outFile
	if err := cmd.Run(); err != nil {
		out, _ := os.ReadFile(outFile.Name())
		t.Fatalf("parent: %v\n%s", err, out)
	}
	data, err := os.ReadFile(pidFile)
	if err != nil {
		t.Fatal(err)
	}
	var pids []int
	for _, f := range strings.Fields(string(data)) {
		pid, err := strconv.Atoi(f)
		if err != nil {
			t.Fatal(err)
		}
		pids = append(pids, pid)
	}
	if len(pids) != 4 {
		t.Fatalf("pids %q", data)
	}
	start := time.Now()
	for time.Since(start) < 20*time.Second {
		if len(alive(pids)) == 0 {
			t.Logf("all ended after %v", time.Since(start))
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	left := alive(pids)
	for _, pid := range left {
		_ = exec.Command("kill", "-9", strconv.Itoa(pid)).Run()
	}
	t.Fatalf("still running 20 s after their parent died: %v (pool workers, manager, daemon: %v)", left, pids)
}

// alive returns the pids among pids whose process exists and is not a zombie.
func alive(pids []int) []int {
	var out []int
	for _, pid := range pids {
		stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
		if err != nil {
			continue
		}
		fields := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+1:]))
		if len(fields) > 0 && fields[0] != "Z" {
			out = append(out, pid)
		}
	}
	return out
}
