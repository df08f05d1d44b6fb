package multiprocessing_test

import (
	"bufio"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// python3 starts a python3 process running source with arg; it is killed at the end of the
// test. The test is skipped without python3.
func python3(t *testing.T, source, arg string) (*exec.Cmd, *bufio.Reader) {
	t.Helper()
	exe, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	cmd := exec.Command(exe, "-c", source, arg)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	return cmd, bufio.NewReader(out)
}

const nested = `{"list": [1, 2.5, "three", None, True], "tuple": (b"bytes", 2**70, -1), "set": {1, 2}, "nested": {"deep": [[{"x": "y"}]]}}`

// A python3 Listener and a gopy Client exchange nested objects after the 3.11 HMAC
// challenge both ways.
func TestInteropPythonListenerGopyClient(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sock")
	cmd, out := python3(t, `
import sys
from multiprocessing.connection import Listener
with Listener(sys.argv[1], authkey=b"shared key") as l:
    print("ready", flush=True)
    with l.accept() as c:
        c.send(c.recv())
`, path)
	if line, err := out.ReadString('\n'); err != nil || strings.TrimSpace(line) != "ready" {
		t.Fatalf("python3 listener: %q %v", line, err)
	}
	run(t, `
from multiprocessing.connection import Client
obj = `+nested+`
with Client(`+"'"+path+"'"+`, authkey=b"shared key") as c:
    c.send(obj)
    if c.recv() != obj:
        raise SystemExit(2)
`)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("python3 listener: %v", err)
	}
}

// A gopy Listener and a python3 Client, the other way round; then a python3 client with
// the wrong key is refused on both sides.
func TestInteropGopyListenerPythonClient(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sock")
	cmd, out := python3(t, `
import sys, time
from multiprocessing.connection import Client
from multiprocessing import AuthenticationError
for i in range(200):
    try:
        c = Client(sys.argv[1], authkey=b"shared key")
        break
    except (FileNotFoundError, ConnectionRefusedError):
        time.sleep(0.05)
c.send(c.recv())
c.close()
try:
    Client(sys.argv[1], authkey=b"wrong key")
except AuthenticationError as e:
    print("refused:", e, flush=True)
`, path)
	run(t, `
from multiprocessing.connection import Listener
from multiprocessing import AuthenticationError
obj = `+nested+`
with Listener(`+"'"+path+"'"+`, authkey=b"shared key") as l:
    with l.accept() as c:
        c.send(obj)
        if c.recv() != obj:
            raise SystemExit(2)
    try:
        l.accept()
    except AuthenticationError as e:
        if str(e) != "digest received was wrong":
            raise SystemExit(3)
    else:
        raise SystemExit(4)
`)
	line, _ := out.ReadString('\n')
	if strings.TrimSpace(line) != "refused: digest sent was rejected" {
		t.Errorf("python3 client: %q", line)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("python3 client: %v", err)
	}
}

// gopy answers a 3.12-style "{sha256}" challenge (simulated by python3 over a raw
// connection) with the prefixed HMAC-SHA256 of the whole message, and accepts a 3.12
// client's prefixed answer to its own challenge.
func TestInteropDigestPrefixed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sock")
	cmd, out := python3(t, `
import sys, os, hmac
from multiprocessing.connection import Listener
key = b"k312"
with Listener(sys.argv[1]) as l:
    print("ready", flush=True)
    with l.accept() as c:
        msg = b"{sha256}" + os.urandom(40)
        c.send_bytes(b"#CHALLENGE#" + msg)
        ok = c.recv_bytes(256) == b"{sha256}" + hmac.new(key, msg, "sha256").digest()
        c.send_bytes(b"#WELCOME#" if ok else b"#FAILURE#")
        challenge = c.recv_bytes(256)[len(b"#CHALLENGE#"):]
        c.send_bytes(b"{sha256}" + hmac.new(key, challenge, "sha256").digest())
        print(ok, c.recv_bytes(256), flush=True)
`, path)
	if line, err := out.ReadString('\n'); err != nil || strings.TrimSpace(line) != "ready" {
		t.Fatalf("python3 listener: %q %v", line, err)
	}
	run(t, `
from multiprocessing.connection import Client
Client(`+"'"+path+"'"+`, authkey=b"k312").close()
`)
	line, _ := out.ReadString('\n')
	if strings.TrimSpace(line) != "True b'#WELCOME#'" {
		t.Errorf("python3 side: %q", line)
	}
	_ = cmd.Wait()
}
