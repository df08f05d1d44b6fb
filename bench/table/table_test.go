package main

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

// TestTableRuns runs the whole table at tiny sizes, once each, and checks that every
// workload gives a row and that gopy's output is python3's: it keeps the command
// runnable and never looks at a time.
func TestTableRuns(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	if testing.Short() {
		t.Skip("builds gopy")
	}
	var out bytes.Buffer
	if err := run(&out, 1, 0.001, "", ""); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	t.Log("\n" + text)
	rows := 0
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "| ") && !strings.HasPrefix(line, "| workload") && !strings.HasPrefix(line, "| ---") {
			rows++
			if strings.Contains(line, "outputs differ") {
				t.Errorf("gopy and python3 disagree: %s", line)
			}
			if strings.Contains(line, "| 0.0 MiB |") {
				t.Errorf("a memory row without its measure: %s", line)
			}
			if n := strings.Count(line, "|"); n != 8 {
				t.Errorf("row with %d cells: %s", n-1, line)
			}
		}
	}
	want := 0
	for _, wl := range workloads {
		perMethod := 1
		if wl.memory {
			perMethod = len(memRows)
		}
		want += perMethod * max(1, len(wl.methods))
	}
	if rows != want {
		t.Errorf("%d rows, want %d", rows, want)
	}
}
