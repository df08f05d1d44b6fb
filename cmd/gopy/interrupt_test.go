package main

import (
	"bufio"
	"bytes"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestInterruptCallFreeLoop sends SIGINT to a program spinning in loops that call no
// Python function (nothing or only Go builtins: the compiler's poll is their only switch
// point), comprehensions included, and expects CPython's outcome: a KeyboardInterrupt
// traceback and death by SIGINT.
func TestInterruptCallFreeLoop(t *testing.T) {
	bin := gopyBin(t)
	for _, loop := range []string{
		"while True: pass",
		"i = 0\nwhile i >= 0:\n    i += 1",
		"for i in range(10**18):\n    if i < 0: continue",
		"l = [1]\nwhile True: len(l)",
		"l = []\nwhile not l:\n    l.append(1); l.pop()",
		"[x for x in iter(int, 1) if len(str(x)) > 5]",
		"any(abs(x) < 0 for x in iter(int, 1))",
	} {
		src := "print('ready', flush=True)\n" + loop + "\n"
		cmd := exec.Command(bin, "-c", src)
		var errb bytes.Buffer
		cmd.Stderr = &errb
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		line, _ := bufio.NewReader(out).ReadString('\n')
		if line != "ready\n" {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
			t.Fatalf("%q: started with %q, stderr %s", loop, line, errb.String())
		}
		if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(60 * time.Second): // a hang guard, not a speed test
			_ = cmd.Process.Kill()
			<-done
			t.Fatalf("%q: SIGINT did not stop the loop", loop)
		}
		ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
		if !ws.Signaled() || ws.Signal() != syscall.SIGINT {
			t.Errorf("%q: exit status %v, want death by SIGINT (as python3)", loop, cmd.ProcessState)
		}
		if last := lastLine(errb.String()); last != "KeyboardInterrupt" {
			t.Errorf("%q: last stderr line %q, want KeyboardInterrupt", loop, last)
		}
		if !strings.Contains(errb.String(), "Traceback (most recent call last):") {
			t.Errorf("%q: no traceback in %q", loop, errb.String())
		}
	}
}
