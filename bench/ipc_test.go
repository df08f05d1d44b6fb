package bench

import (
	"fmt"
	"strconv"
	"testing"
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
	script := writeScript(b, "ipc_bench.py", ipcBench)
	for _, kind := range []string{"pipe", "queue"} {
		for _, size := range []int{100, 100 << 10} {
			n := 20000
			if size > 1000 {
				n = 500
			}
			b.Run(fmt.Sprintf("%s/%dB", kind, size), func(b *testing.B) {
				var gopy, cpython float64
				for i := 0; i < b.N; i++ {
					g, c := runBoth(b, script, kind, strconv.Itoa(size), strconv.Itoa(n))
					gopy += g
					cpython += c
				}
				b.ReportMetric(gopy/float64(b.N), "gopy-msgs/s")
				b.ReportMetric(cpython/float64(b.N), "python3-msgs/s")
			})
		}
	}
}
