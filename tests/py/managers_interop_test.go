package conformance

import (
	"bufio"
	"net"
	"os/exec"
	"strings"
	"testing"
)

// TestManagersInterop (issue 16): a BaseManager server and its clients, python3 and gopy
// in every combination, over TCP and a Unix socket, with an authkey. Before each client
// another connects and hangs up mid-handshake, and each client first tries a wrong key:
// the server's accepter must survive both. Skipped without python3.
func TestManagersInterop(t *testing.T) {
	py3, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	bin := buildGopy(t)
	for _, srv := range []string{"python3", "gopy"} {
		for _, cli := range []string{"python3", "gopy"} {
			for _, family := range []string{"tcp", "unix"} {
				exe := map[string]string{"python3": py3, "gopy": bin}
				name := srv + "-server/" + cli + "-client/" + family
				t.Run(name, func(t *testing.T) {
					server := exec.Command(exe[srv], "_manager_server.py", family)
					server.Dir = "faults"
					out, err := server.StdoutPipe()
					if err != nil {
						t.Fatal(err)
					}
					if err := server.Start(); err != nil {
						t.Fatal(err)
					}
					defer func() {
						_ = server.Process.Kill()
						_ = server.Wait()
					}()
					line, err := bufio.NewReader(out).ReadString('\n')
					if err != nil {
						t.Fatalf("server: %v", err)
					}
					addr := strings.TrimSpace(line)
					hangUp(t, addr)
					client := exec.Command(exe[cli], "_manager_client.py", addr, "from-"+cli)
					client.Dir = "faults"
					got, err := client.CombinedOutput()
					if err != nil {
						t.Fatalf("client: %v\n%s", err, got)
					}
					want := "wrong key: digest sent was rejected\ngot from-" + cli + " then 0\n"
					if string(got) != want {
						t.Errorf("client printed %q, want %q", got, want)
					}
				})
			}
		}
	}
}

// hangUp connects to the server's address (a Python repr: "('127.0.0.1', port)" or a
// quoted path) and closes the connection at once.
func hangUp(t *testing.T, addr string) {
	t.Helper()
	network, target := "unix", strings.Trim(addr, "'")
	if strings.HasPrefix(addr, "(") {
		parts := strings.Split(strings.Trim(addr, "()"), ",")
		network, target = "tcp", strings.Trim(strings.TrimSpace(parts[0]), "'")+":"+strings.TrimSpace(parts[1])
	}
	c, err := net.Dial(network, target)
	if err != nil {
		t.Fatalf("dial %s %s: %v", network, target, err)
	}
	c.Close()
}
