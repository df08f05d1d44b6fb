// Package conformance runs every script of the conformance suite (tests/py/**/*.py) with a
// freshly built gopy and compares its stdout, the last line of its stderr and its exit
// status with the golden that CPython 3.11 produced (see regen). Scripts run in their own
// process group, and a script that leaves a process behind fails.
package conformance

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// golden is what CPython 3.11 did with a script.
type golden struct {
	exit       int
	stderrLast string
	stdout     string
}

func parseGolden(data string) (golden, error) {
	var g golden
	head, out, ok := strings.Cut(data, "--- stdout\n")
	if !ok {
		return g, fmt.Errorf("no '--- stdout' line")
	}
	lines := strings.SplitN(head, "\n", 3)
	if len(lines) < 2 || !strings.HasPrefix(lines[0], "exit ") || !strings.HasPrefix(lines[1], "stderr") {
		return g, fmt.Errorf("malformed header %q", head)
	}
	if _, err := fmt.Sscanf(lines[0], "exit %d", &g.exit); err != nil {
		return g, err
	}
	g.stderrLast = strings.TrimPrefix(strings.TrimPrefix(lines[1], "stderr"), " ")
	g.stdout = out
	return g, nil
}

var caretLine = regexp.MustCompile(`^\s*[\^~]+\s*$`)

// lastLine is the last line of stderr that is neither blank nor a caret line, as regen takes it.
func lastLine(stderr string) string {
	lines := strings.Split(stderr, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		l := lines[i]
		if strings.TrimSpace(l) == "" || caretLine.MatchString(l) {
			continue
		}
		return l
	}
	return ""
}

// result is what gopy did with a script.
type result struct {
	golden
	stderr   string
	leftover string
	err      error
}

// touchSources reads every Go source and module file of gopy. go test caches a test's result
// keyed by the files the test opens; reading them makes a change to gopy's code rerun the
// suite, which the go build child process alone would not.
func touchSources(t *testing.T) {
	err := filepath.WalkDir("../..", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && strings.HasPrefix(d.Name(), ".") && path != "../.." {
			return filepath.SkipDir
		}
		if !d.IsDir() && (strings.HasSuffix(path, ".go") || d.Name() == "go.mod" || d.Name() == "go.sum") {
			_, err = os.ReadFile(path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func buildGopy(t *testing.T) string {
	touchSources(t)
	bin := filepath.Join(t.TempDir(), "gopy")
	args := []string{"build", "-o", bin}
	if raceEnabled {
		args = append(args, "-race")
	}
	cmd := exec.Command("go", append(args, "github.com/gopyrt/gopy/cmd/gopy")...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building gopy: %v\n%s", err, out)
	}
	return bin
}

func findScripts(t *testing.T) []string {
	var scripts []string
	err := filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && strings.HasPrefix(d.Name(), "_") {
			return filepath.SkipDir // helper packages of the scripts
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") && !strings.HasPrefix(d.Name(), "_") {
			scripts = append(scripts, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(scripts) == 0 {
		t.Fatal("no conformance scripts found")
	}
	sort.Strings(scripts)
	return selected(scripts)
}

// selected keeps the scripts that -run selects, so that `go test -run
// 'TestConformance/re/'` runs the re scripts only instead of running every script and
// reporting a few. Each element of the pattern after the first matches one element of a
// script's name (its directories, then its file name without .py), as the testing
// package matches subtest names.
func selected(scripts []string) []string {
	f := flag.Lookup("test.run")
	if f == nil {
		return scripts
	}
	elems := splitPattern(f.Value.String())
	if len(elems) < 2 {
		return scripts
	}
	var res []string
	for _, s := range scripts {
		parts := strings.Split(strings.TrimSuffix(filepath.ToSlash(s), ".py"), "/")
		ok := true
		for k, e := range elems[1:] {
			if k >= len(parts) {
				break
			}
			if m, err := regexp.MatchString(e, parts[k]); err == nil && !m {
				ok = false
				break
			}
		}
		if ok {
			res = append(res, s)
		}
	}
	return res
}

// splitPattern splits a -run pattern at the slashes outside brackets and parentheses.
func splitPattern(p string) []string {
	var elems []string
	depth, start := 0, 0
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '\\':
			i++
		case '[', '(':
			depth++
		case ']', ')':
			depth--
		case '/':
			if depth == 0 {
				elems = append(elems, p[start:i])
				start = i + 1
			}
		}
	}
	return append(elems, p[start:])
}

// scriptEnv is the environment scripts run in: this process's, without the variables regen
// removes (PYTHONUNBUFFERED would change the order of output through pipes).
func scriptEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHONUNBUFFERED=") && !strings.HasPrefix(kv, "PYTHONSTARTUP=") && !strings.HasPrefix(kv, "PYTHONHASHSEED=") {
			env = append(env, kv)
		}
	}
	return env
}

// scriptTimeout is how long a script may run: 90 s, or the seconds its first lines ask
// for in a "# conformance-timeout: N" comment (a CPU-heavy example run unchanged, which a
// loaded machine slows down many times over).
func scriptTimeout(script string) time.Duration {
	data, _ := os.ReadFile(script)
	for i, line := range strings.SplitN(string(data), "\n", 6) {
		var n int
		if _, err := fmt.Sscanf(line, "# conformance-timeout: %d", &n); err == nil && n > 0 && i < 5 {
			return time.Duration(n) * time.Second
		}
	}
	return 90 * time.Second
}

func runScript(bin, script string) result {
	var r result
	limit := scriptTimeout(script)
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, filepath.Base(script))
	cmd.Dir = filepath.Dir(script)
	cmd.Env = append(scriptEnv(), "PYTHONHASHSEED=0")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.SysProcAttr = &unix.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return unix.Kill(-cmd.Process.Pid, unix.SIGKILL) }
	err := cmd.Run()
	r.stdout, r.stderr = out.String(), errb.String()
	r.stderrLast = lastLine(r.stderr)
	r.exit = cmd.ProcessState.ExitCode()
	type waitStatus interface {
		Signaled() bool
		Signal() unix.Signal
	}
	if ws, ok := cmd.ProcessState.Sys().(waitStatus); ok && ws.Signaled() && ctx.Err() == nil {
		// A script killed by a signal (an uncaught KeyboardInterrupt ends by SIGINT) has
		// the status a shell gives it, as regen records: 128 + the signal number.
		r.exit = 128 + int(ws.Signal())
	}
	if ctx.Err() != nil {
		r.err = fmt.Errorf("timed out after %v", limit)
	} else if err != nil && r.exit < 0 {
		r.err = err
	}
	if cmd.Process != nil {
		r.leftover = leftovers(cmd.Process.Pid)
	}
	return r
}

// leftovers reports processes still in the script's process group a moment after it ended
// (children it neither joined nor terminated), and kills them.
func leftovers(pgid int) string {
	deadline := time.Now().Add(3 * time.Second)
	for time.Now().Before(deadline) {
		if unix.Kill(-pgid, 0) == unix.ESRCH {
			return ""
		}
		time.Sleep(50 * time.Millisecond)
	}
	_ = unix.Kill(-pgid, unix.SIGKILL)
	return fmt.Sprintf("processes of group %d were still running 3s after the script ended", pgid)
}

// knownFailures reads known_failures.txt: scripts that gopy does not pass yet, each with the
// reason (the issue that will fix it). Such a script is reported as skipped while it fails,
// and fails the test as soon as it passes, so the list cannot go stale.
func knownFailures(t *testing.T) map[string]string {
	data, err := os.ReadFile("known_failures.txt")
	if err != nil {
		if os.IsNotExist(err) {
			return nil
		}
		t.Fatal(err)
	}
	known := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		path, reason, _ := strings.Cut(line, " ")
		known[path] = strings.TrimSpace(reason)
	}
	return known
}

// compare lists how got differs from want.
func compare(got result, want golden) []string {
	var diffs []string
	if got.err != nil {
		diffs = append(diffs, fmt.Sprintf("running gopy: %v", got.err))
	}
	if got.stdout != want.stdout {
		diffs = append(diffs, fmt.Sprintf("stdout differs\n--- gopy\n%s\n--- python3\n%s", got.stdout, want.stdout))
	}
	if got.stderrLast != want.stderrLast {
		diffs = append(diffs, fmt.Sprintf("last stderr line differs\n gopy:    %q\n python3: %q\nfull gopy stderr:\n%s", got.stderrLast, want.stderrLast, got.stderr))
	}
	if got.exit != want.exit {
		diffs = append(diffs, fmt.Sprintf("exit status: gopy %d, python3 %d\nstderr:\n%s", got.exit, want.exit, got.stderr))
	}
	if got.leftover != "" {
		diffs = append(diffs, got.leftover)
	}
	return diffs
}

func TestConformance(t *testing.T) {
	if testing.Short() {
		t.Skip("builds gopy and runs every script")
	}
	bin := buildGopy(t)
	scripts := findScripts(t)
	if len(scripts) == 0 {
		t.Skip("no conformance script is selected")
	}
	known := knownFailures(t)
	for path := range known {
		if _, err := os.Stat(path); err != nil {
			t.Errorf("known_failures.txt names %s, which does not exist", path)
		}
	}
	root, _ := filepath.Abs("../..")
	results := make([]result, len(scripts))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4*runtime.NumCPU())
	for i, s := range scripts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			results[i] = runScript(bin, s)
		}()
	}
	wg.Wait()
	for i, s := range scripts {
		t.Run(strings.TrimSuffix(s, ".py"), func(t *testing.T) {
			data, err := os.ReadFile(strings.TrimSuffix(s, ".py") + ".golden")
			if err != nil {
				t.Fatalf("no golden (run tests/py/regen %s): %v", s, err)
			}
			want, err := parseGolden(string(data))
			if err != nil {
				t.Fatalf("bad golden: %v", err)
			}
			if root != "" && strings.Contains(string(data), root) {
				t.Errorf("the golden holds this checkout's path %s: print paths relative to the script", root)
			}
			diffs := compare(results[i], want)
			if reason, ok := known[s]; ok {
				if len(diffs) == 0 {
					t.Fatalf("passes now: remove it from known_failures.txt (%s)", reason)
				}
				t.Skipf("known failure: %s\n%s", reason, strings.Join(diffs, "\n"))
			}
			for _, d := range diffs {
				t.Error(d)
			}
		})
	}
}

func TestLastLine(t *testing.T) {
	for in, want := range map[string]string{
		"":                                "",
		"a\nb\n\n":                        "b",
		"Traceback\n  x()\n  ^^^\nE: m\n": "E: m",
		"E: m\n    ~~~^^^\n":              "E: m",
		"only\n   \n":                     "only",
	} {
		if got := lastLine(in); got != want {
			t.Errorf("lastLine(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseGolden(t *testing.T) {
	g, err := parseGolden("exit 3\nstderr ValueError: x\n--- stdout\na\n--- stdout\n")
	if err != nil || g.exit != 3 || g.stderrLast != "ValueError: x" || g.stdout != "a\n--- stdout\n" {
		t.Errorf("parseGolden = %+v, %v", g, err)
	}
	if _, err := parseGolden("exit 0\n"); err == nil {
		t.Error("parseGolden accepted a golden without stdout")
	}
}
