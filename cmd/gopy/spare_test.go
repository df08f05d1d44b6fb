package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// spareScript changes, between start() calls, what a child sees: module globals (a spare
// child serves that start), then the environment, the umask, an ignored signal, the
// standard output (each makes the start cold); then it waits for any child and sets a
// SIGCHLD handler, which a spare child must not disturb. The children's reports go to
// stdout; stderr says which starts a spare served (from the third on: a spare is started
// after the second start) (a child whose pid is below that of a
// process made after the previous start was started before it).
const spareScript = `import multiprocessing as mp, os, signal, subprocess, sys
counter = 0
items = []
def report(tag):
    mask = os.umask(0o22)
    print(tag, counter, items, os.environ.get("SPARE_TEST"), oct(mask),
          signal.getsignal(signal.SIGUSR1), flush=True)
def run(tag):
    marker = subprocess.Popen(["true"])
    marker.wait()
    p = mp.Process(target=report, args=(tag,))
    p.start()
    p.join()
    print(tag, "exit", p.exitcode, flush=True)
    print(tag, "spare", p.pid < marker.pid, file=sys.stderr, flush=True)
if __name__ == "__main__":
    run("first")
    run("second")
    counter = 1
    items.append("a")
    run("globals")
    items.append("b")
    run("globals again")
    os.environ["SPARE_TEST"] = "set"
    run("environ")
    os.umask(0o077)
    run("umask")
    signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    run("ignored signal")
    out = os.path.join(sys.argv[1], "out.txt")
    saved = os.dup(1)
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.dup2(fd, 1)
    run("stdout")
    os.dup2(saved, 1)
    with open(out) as f:
        print("file:", f.read().replace("\n", " | "), flush=True)
    run("stdout back")
    try:
        os.wait()
    except ChildProcessError as e:
        print("wait:", e)
    calls = []
    signal.signal(signal.SIGCHLD, lambda *a: calls.append(1))
    run("sigchld")
    print("SIGCHLD handled:", len(calls) >= 1)
    try:
        os.waitpid(-1, 0)
    except ChildProcessError as e:
        print("waitpid:", e)
`

// TestSpareChildMatchesColdStart: with spare children (the default) a script that changes
// its state between starts prints what it prints with every start cold (GOPYSPARE=0) and
// what python3 prints, and the starts after a change of globals only are served by a
// spare.
func TestSpareChildMatchesColdStart(t *testing.T) {
	bin := gopyBin(t)
	py := python3(t)
	dir := t.TempDir()
	script := filepath.Join(dir, "spare.py")
	if err := os.WriteFile(script, []byte(spareScript), 0o644); err != nil {
		t.Fatal(err)
	}
	want := runCmd(t, dir, py, script, dir)
	warm := runCmd(t, dir, bin, script, dir)
	t.Setenv("GOPYSPARE", "0")
	cold := runCmd(t, dir, bin, script, dir)
	if want.status != 0 || want.stdout == "" {
		t.Fatalf("python3: %+v", want)
	}
	if warm.stdout != want.stdout || warm.status != 0 {
		t.Errorf("with spares:\n%s%s\nwant (python3):\n%s", warm.stdout, warm.stderr, want.stdout)
	}
	if cold.stdout != want.stdout || cold.status != 0 {
		t.Errorf("cold starts:\n%s%s\nwant (python3):\n%s", cold.stdout, cold.stderr, want.stdout)
	}
	for _, tag := range []string{"globals", "globals again"} {
		if !strings.Contains(warm.stderr, tag+" spare True\n") {
			t.Errorf("the start %q was not served by a spare:\n%s", tag, warm.stderr)
		}
	}
	for _, tag := range []string{"first", "second", "environ", "umask", "ignored signal", "stdout", "stdout back", "sigchld"} {
		if !strings.Contains(warm.stderr, tag+" spare False\n") {
			t.Errorf("the start %q was served by a spare:\n%s", tag, warm.stderr)
		}
	}
	if strings.Contains(cold.stderr, "spare True") {
		t.Errorf("a spare with GOPYSPARE=0:\n%s", cold.stderr)
	}
}
