package conformance

import (
	"bytes"
	"context"
	"fmt"
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

// TestFdCycles (issue 16): under a limit of 256 descriptors, Process start/join, Queue,
// Lock, Event, Pool and Pipe cycles without close() run without EMFILE and leave no
// descriptor behind (counted after gc.collect(), whatever the collector's pace), and a
// Lock, Event, Queue and Condition hold no more descriptors than CPython's (0, 0, 2, 0;
// the first semaphore maps the arena all share). The counts are the with
// GOPY_FAULTS_FULL=1 (1,000 start/join cycles take minutes on a loaded machine); by default
// fewer, still far past what 256 descriptors allow when anything leaks.
func TestFdCycles(t *testing.T) {
	if testing.Short() {
		t.Skip("starts hundreds of processes")
	}
	bin := buildGopy(t)
	cycles := []string{"process:200", "queue:200", "lock:200", "event:200", "pool:30", "pipe:200"}
	if os.Getenv("GOPY_FAULTS_FULL") != "" {
		cycles = []string{"process:1000", "queue:200", "lock:200", "event:200", "pool:200", "pipe:200"}
	}
	// bash's ulimit sets the hard limit too, so the Go runtime of gopy cannot raise it.
	args := append([]string{"-c", `ulimit -n 256 && exec "$@"`, "sh", bin, "_fd_cycles.py"}, cycles...)
	cmd := exec.Command("bash", args...)
	cmd.Dir = "faults"
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	t.Logf("\n%s", out)
	want := map[string]int{"fds of a Lock": 0, "fds of a Event": 0, "fds of a Queue": 2,
		"fds of a Condition": 0}
	seen, kinds := 0, 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		i := strings.LastIndexByte(line, ' ')
		n, err := strconv.Atoi(line[i+1:])
		if err != nil {
			t.Fatalf("line %q", line)
		}
		label := line[:i]
		if w, ok := want[label]; ok {
			seen++
			if n > w {
				t.Errorf("%s: %d, CPython's: %d", label, n, w)
			}
		}
		if label == "Queue.close() frees" && n != 2 {
			t.Errorf("Queue.close() freed %d descriptors, want its 2", n)
		}
		// After gc.collect() (see _fd_cycles.py) the count does not depend on the
		// collector's pace: whatever a kind's cycles dropped is freed, none may pile up
		// (the last cycle's process may still hold its sentinel and data pipe). A
		// process's descriptors are freed without waiting for the collector: at the
		// return of the function it was joined in, a point of package finalize whose
		// collection a Process start (milliseconds) always leaves within its budget, so
		// their count stays flat during the cycles too.
		if strings.Contains(label, "cycles: left after gc.collect()") {
			kinds++
			if n > 2 {
				t.Errorf("%s %d: descriptors pile up", label, n)
			}
		}
		if strings.HasPrefix(label, "process ") && strings.Contains(label, "cycles: grew by") && n > 2 {
			t.Errorf("%s %d: the processes' descriptors wait for the collector", label, n)
		}
	}
	if seen != len(want) || kinds != len(cycles) {
		t.Errorf("missing counts in\n%s", out)
	}
}

// TestFaultSuite is issue 16's fault suite in one command:
//
//	go test ./tests/py -run TestFaultSuite -v
//
// runs each scenario of faults/_scenarios with gopy and python3 and prints a table
// (scenario, gopy's result, the expected one: python3's output, except where the issue asks
// more than CPython gives, as for children outliving an abruptly dead parent). A
// scenario that hangs counts as "hang" after two minutes.
func TestFaultSuite(t *testing.T) {
	py3, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	bin := buildGopy(t)
	scripts, err := filepath.Glob(filepath.Join("faults", "_scenarios", "*.py"))
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no scenarios: %v", err)
	}
	// Beyond CPython (whose daemon Process outlives its dead parent).
	fixed := map[string]string{"01_parent_death": "children started: 4 left after parent died: 0"}
	var table strings.Builder
	fmt.Fprintf(&table, "%-20s | %-60s | %s\n", "scenario", "gopy", "expected")
	for _, script := range scripts {
		name := strings.TrimSuffix(filepath.Base(script), ".py")
		got := runScenario(bin, script)
		want, ok := fixed[name]
		if !ok {
			want = runScenario(py3, script)
		}
		mark := ""
		if got != want {
			mark = "  <-- differs"
			t.Errorf("%s: gopy %q, expected %q", name, got, want)
		}
		fmt.Fprintf(&table, "%-20s | %-60s | %s%s\n", name, got, want, mark)
	}
	t.Logf("\n%s", table.String())
}

// runScenario runs script with exe from the faults directory and sums up the outcome:
// its output on one line, with the exit status and last stderr line when it fails.
func runScenario(exe, script string) string {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, exe, filepath.Join("_scenarios", filepath.Base(script)))
	cmd.Dir = "faults"
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.WaitDelay = 5 * time.Second
	err := cmd.Run()
	out := strings.Join(strings.Fields(strings.ReplaceAll(stdout.String(), "\n", " | ")), " ")
	out = strings.TrimSuffix(out, " |")
	if ctx.Err() != nil {
		return "hang: " + out
	}
	if err != nil {
		lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
		return fmt.Sprintf("%s [%v: %s]", out, err, lines[len(lines)-1])
	}
	return out
}
