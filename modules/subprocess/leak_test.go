package subprocess_test

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/gopyrt/gopy/interp"
)

// openFds lists this process's open descriptors.
func openFds(t *testing.T) map[string]string {
	t.Helper()
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	fds := map[string]string{}
	for _, e := range ents {
		target, err := os.Readlink("/proc/self/fd/" + e.Name())
		if err != nil {
			continue // the directory's own descriptor, closed by now
		}
		fds[e.Name()] = target
	}
	return fds
}

// children lists the processes whose parent is this one, zombies included, with their
// state letter.
func children(t *testing.T) []string {
	t.Helper()
	ents, err := os.ReadDir("/proc")
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	me := strconv.Itoa(os.Getpid())
	var kids []string
	for _, e := range ents {
		if _, err := strconv.Atoi(e.Name()); err != nil {
			continue
		}
		stat, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		// pid (comm) state ppid ...: comm may hold spaces and parentheses.
		s := string(stat)
		fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
		if len(fields) > 1 && fields[1] == me {
			kids = append(kids, e.Name()+":"+fields[0])
		}
	}
	return kids
}

// TestRunLeavesNothingBehind runs subprocess.run 1,000 times in the forms scripts use
// (plain, captured, with input, text, shell, failing, timing out, a program that does not
// exist) and checks that no descriptor stays open and no child, zombie or not, stays behind.
func TestRunLeavesNothingBehind(t *testing.T) {
	if testing.Short() {
		t.Skip("starts 1,000 processes")
	}
	it := interp.New(interp.Options{})
	defer it.Close()
	ctx := context.Background()
	// The first calls import modules and open what stays open by design (the cached
	// /dev/null descriptor of DEVNULL).
	warm := `
import subprocess
subprocess.run(['true'], stdin=subprocess.DEVNULL, capture_output=True)
`
	if _, err := it.Exec(ctx, "<warm>", warm); err != nil {
		t.Fatal(err)
	}
	fdsBefore, kidsBefore := openFds(t), children(t)
	loop := `
import subprocess
calls = 0
for i in range(100):
    subprocess.run(['true'])
    subprocess.run(['echo', str(i)], capture_output=True)
    subprocess.run(['cat'], input=b'data', stdout=subprocess.PIPE)
    subprocess.run(['cat'], input='text', text=True, capture_output=True)
    subprocess.run('echo err >&2; exit 3', shell=True, stderr=subprocess.STDOUT, stdout=subprocess.PIPE)
    subprocess.run(['true'], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    try:
        subprocess.run(['false'], check=True, capture_output=True)
    except subprocess.CalledProcessError:
        pass
    try:
        subprocess.run(['/nonexistent/program'], stdout=subprocess.PIPE)
    except FileNotFoundError:
        pass
    try:
        subprocess.run(['sleep', '5'] if i % 20 == 0 else ['true'], timeout=0.05, stdout=subprocess.PIPE)
    except subprocess.TimeoutExpired:
        pass
    subprocess.run(['sh', '-c', 'cat >/dev/null'], stdin=subprocess.PIPE, pass_fds=())
    calls += 10
if calls != 1000:
    raise SystemExit(calls)
`
	if _, err := it.Exec(ctx, "<loop>", loop); err != nil {
		t.Fatal(err)
	}
	fdsAfter, kidsAfter := openFds(t), children(t)
	for fd, target := range fdsAfter {
		if _, ok := fdsBefore[fd]; !ok {
			t.Errorf("descriptor %s (%s) left open", fd, target)
		}
	}
	if len(kidsAfter) > len(kidsBefore) {
		t.Errorf("children before: %v, after: %v", kidsBefore, kidsAfter)
	}
}
