package bench

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gopyrt/gopy/interp"
)

// ipcBench sends n messages of size bytes from the main process to a child through a Pipe
// or a Queue and writes the rate (messages per second, from the first send to the child's
// last receive) to the file named by its last argument.
const ipcBench = `
import sys, time, multiprocessing as mp

def consume(kind, end, n):
    for i in range(n):
        end.recv_bytes() if kind == "pipe" else end.get()

if __name__ == "__main__":
    kind, size, n, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    payload = bytes(size)
    if kind == "pipe":
        r, w = mp.Pipe(False)
        send = w.send_bytes
    else:
        r = w = mp.Queue()
        send = w.put
    p = mp.Process(target=consume, args=(kind, r, n))
    p.start()
    start = time.perf_counter()
    for i in range(n):
        send(payload)
    p.join()
    with open(out, "w") as f:
        f.write(str(n / (time.perf_counter() - start)))
`

// BenchmarkIPC reports the throughput of Pipe and Queue between two processes, at 100 B
// and 100 KiB per message, for gopy (gopy-msgs/s) and for python3 running the same script
// in the same run (python3-msgs/s). Each b.N runs the script once.
func BenchmarkIPC(b *testing.B) {
	dir := b.TempDir()
	script := filepath.Join(dir, "ipc_bench.py")
	if err := os.WriteFile(script, []byte(ipcBench), 0o644); err != nil {
		b.Fatal(err)
	}
	rate := func(out string) float64 {
		data, err := os.ReadFile(out)
		if err != nil {
			b.Fatal(err)
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(string(data)), 64)
		if err != nil {
			b.Fatal(err)
		}
		return v
	}
	for _, kind := range []string{"pipe", "queue"} {
		for _, size := range []int{100, 100 << 10} {
			n := 20000
			if size > 1000 {
				n = 500
			}
			b.Run(fmt.Sprintf("%s/%dB", kind, size), func(b *testing.B) {
				args := []string{kind, strconv.Itoa(size), strconv.Itoa(n)}
				var gopy, cpython float64
				for i := 0; i < b.N; i++ {
					out := filepath.Join(dir, "gopy.out")
					it := interp.New(interp.Options{})
					code, err := it.RunFile(script, append(args, out))
					it.Close()
					if err != nil || code != 0 {
						b.Fatalf("gopy: status %d, %v", code, err)
					}
					gopy += rate(out)
					out = filepath.Join(dir, "python3.out")
					if err := exec.Command("python3", append([]string{script}, append(args, out)...)...).Run(); err != nil {
						b.Skipf("python3: %v", err)
					}
					cpython += rate(out)
				}
				b.ReportMetric(gopy/float64(b.N), "gopy-msgs/s")
				b.ReportMetric(cpython/float64(b.N), "python3-msgs/s")
			})
		}
	}
}
