// Command table runs the workloads of issue 18 under gopy and python3 in the same run and
// prints a Markdown table of median wall times, gopy/CPython ratios (of wall and of CPU
// time) and peak RSS:
//
//	go run ./bench/table [-n 5] [-scale 1] [-gopy path] [-python path] [-run regexp]
//
// It builds gopy from this checkout (unless -gopy names a binary) and times the python3
// interpreter itself (python3's sys.executable: a python3 found on PATH may be a wrapper
// script that adds its own start-up to every run). Each workload is a small script run as
// a new process, gopy and python3 alternating, n times each; a time is the wall time of
// the whole process (start-up included), the RSS the peak resident size of the
// interpreter's process (its children not counted). The outputs of both are compared: a
// row whose outputs differ is marked. The machine may be loaded by others: ratios come
// from the same run and medians resist outliers, but repeat runs before trusting a digit.
// The CPU time (user + system, of the process and the children it waited for) is far less
// sensitive to the load than the wall time.
// A memory workload's rows give sizes instead of times: what its script measured of its
// process tree (see idleSource).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func main() {
	n := flag.Int("n", 5, "runs of each workload by each interpreter")
	scale := flag.Float64("scale", 1, "multiplies every workload's size")
	gopy := flag.String("gopy", "", "gopy binary (default: built from this checkout)")
	python := flag.String("python", "", "python3 interpreter (default: python3's sys.executable)")
	only := flag.String("run", "", "run only the workloads whose names match this regular expression")
	flag.Parse()
	if *only != "" {
		re, err := regexp.Compile(*only)
		if err != nil {
			fmt.Fprintln(os.Stderr, "table: -run:", err)
			os.Exit(2)
		}
		selected = re
	}
	if err := run(os.Stdout, *n, *scale, *gopy, *python); err != nil {
		fmt.Fprintln(os.Stderr, "table:", err)
		os.Exit(1)
	}
}

// selected, when set (-run), picks the workloads to run by their names.
var selected *regexp.Regexp

// A measure is one run of a script.
type measure struct {
	wall time.Duration
	cpu  time.Duration // user + system time of the process (and of children it waited for)
	rss  int64         // KiB
	out  string
	mem  map[string]int64 // the script's "mem <what> <KiB>" lines, left out of out
}

// run builds or finds the interpreters, runs every workload and writes the table to w.
func run(w io.Writer, n int, scale float64, gopy, python string) error {
	dir, err := os.MkdirTemp("", "gopy-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	if gopy == "" {
		gopy = filepath.Join(dir, "gopy")
		build := exec.Command("go", "build", "-o", gopy, "./cmd/gopy")
		build.Dir, build.Stderr = root, os.Stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("building gopy: %v", err)
		}
	}
	if python == "" {
		out, err := exec.Command("python3", "-c", "import sys; print(sys.executable)").Output()
		if err != nil {
			return fmt.Errorf("finding python3: %v", err)
		}
		python = strings.TrimSpace(string(out))
	}
	fmt.Fprintf(w, "runs: %d each, scale %g, medians; gopy %s, python3 %s\n\n", n, scale, gopy, python)
	fmt.Fprintln(w, "| workload | gopy | CPython 3.11 | gopy / CPython | CPU time gopy / CPython | gopy peak RSS | CPython peak RSS |")
	fmt.Fprintln(w, "| --- | --- | --- | --- | --- | --- | --- |")
	testdata := filepath.Join(root, "bench", "testdata")
	for i, wl := range workloads {
		if selected != nil && !selected.MatchString(wl.name) {
			continue
		}
		script, err := wl.write(dir, testdata, scale, i)
		if err != nil {
			return err
		}
		cpythonEnvs := [][]string{nil}
		if wl.methods != nil {
			cpythonEnvs = cpythonEnvs[:0]
			for _, m := range wl.methods {
				cpythonEnvs = append(cpythonEnvs, []string{"START_METHOD=" + m})
			}
		}
		var gs []measure
		cs := make([][]measure, len(cpythonEnvs))
		for r := 0; r < n; r++ {
			m, err := runOnce(gopy, script, nil)
			if err != nil {
				return fmt.Errorf("%s under gopy: %v", wl.name, err)
			}
			gs = append(gs, m)
			for j, env := range cpythonEnvs {
				m, err := runOnce(python, script, env)
				if err != nil {
					return fmt.Errorf("%s under python3: %v", wl.name, err)
				}
				cs[j] = append(cs[j], m)
			}
		}
		for j, env := range cpythonEnvs {
			name := wl.name
			if env != nil {
				name += " (CPython " + strings.TrimPrefix(env[0], "START_METHOD=") + ")"
			}
			if gs[0].out != cs[j][0].out {
				name += " **outputs differ**"
			}
			g, c := median(gs), median(cs[j])
			if wl.memory {
				for _, row := range memRows {
					gm, cm := medianMem(gs, row.key), medianMem(cs[j], row.key)
					fmt.Fprintf(w, "| %s%s | %s | %s | %.2f | - | %s | %s |\n", row.name, strings.TrimPrefix(name, wl.name),
						mib(gm), mib(cm), float64(gm)/float64(max(cm, 1)), mib(g.rss), mib(c.rss))
				}
				continue
			}
			fmt.Fprintf(w, "| %s | %s | %s | %.2f | %.2f | %s | %s |\n", name, ms(g.wall), ms(c.wall),
				float64(g.wall)/float64(c.wall), float64(g.cpu)/float64(max(c.cpu, 1)), mib(g.rss), mib(c.rss))
		}
	}
	return nil
}

// runOnce runs interpreter on script and measures it.
func runOnce(interpreter, script string, env []string) (measure, error) {
	cmd := exec.Command(interpreter, script)
	cmd.Dir = filepath.Dir(script)
	cmd.Env = append(os.Environ(), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return measure{}, fmt.Errorf("%v: %s", err, errb.String())
	}
	var rss int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = ru.Maxrss
	}
	cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	text, mem := memLines(out.String())
	return measure{wall: wall, cpu: cpu, rss: rss, out: text, mem: mem}, nil
}

// memLines takes the lines "mem <what> <KiB>" out of a script's output.
func memLines(out string) (string, map[string]int64) {
	var mem map[string]int64
	var rest strings.Builder
	for _, line := range strings.SplitAfter(out, "\n") {
		f := strings.Fields(line)
		if len(f) == 3 && f[0] == "mem" {
			if kib, err := strconv.ParseInt(f[2], 10, 64); err == nil {
				if mem == nil {
					mem = map[string]int64{}
				}
				mem[f[1]] = kib
				continue
			}
		}
		rest.WriteString(line)
	}
	return rest.String(), mem
}

// medianMem returns the median of the runs' "mem" values named key.
func medianMem(ms []measure, key string) int64 {
	vs := make([]int64, len(ms))
	for i, m := range ms {
		vs[i] = m.mem[key]
	}
	sort.Slice(vs, func(i, j int) bool { return vs[i] < vs[j] })
	return vs[len(vs)/2]
}

// median returns the median wall time, CPU time and peak RSS of ms.
func median(ms []measure) measure {
	walls := make([]time.Duration, len(ms))
	cpus := make([]time.Duration, len(ms))
	rss := make([]int64, len(ms))
	for i, m := range ms {
		walls[i], cpus[i], rss[i] = m.wall, m.cpu, m.rss
	}
	sort.Slice(walls, func(i, j int) bool { return walls[i] < walls[j] })
	sort.Slice(cpus, func(i, j int) bool { return cpus[i] < cpus[j] })
	sort.Slice(rss, func(i, j int) bool { return rss[i] < rss[j] })
	return measure{wall: walls[len(walls)/2], cpu: cpus[len(cpus)/2], rss: rss[len(rss)/2]}
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond)) }

func mib(kib int64) string { return fmt.Sprintf("%.1f MiB", float64(kib)/1024) }

// moduleRoot finds the checkout's root (the directory holding go.mod) from the working
// directory up.
func moduleRoot() (string, error) {
	d, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", fmt.Errorf("no go.mod above the working directory")
		}
		d = parent
	}
}
