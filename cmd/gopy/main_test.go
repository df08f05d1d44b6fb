package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// gopyBin builds the command once per test binary run.
func gopyBin(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "gopy")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

type outcome struct {
	stdout, stderr string
	status         int
}

func runCmd(t *testing.T, dir, name string, args ...string) outcome {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	_ = cmd.Run()
	return outcome{out.String(), errb.String(), cmd.ProcessState.ExitCode()}
}

// python3 runs the reference; tests comparing with it are skipped where it is missing.
func python3(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	return p
}

func TestCommandLineMatchesPython(t *testing.T) {
	bin := gopyBin(t)
	py := python3(t)
	dir := t.TempDir()
	script := filepath.Join(dir, "args.py")
	if err := os.WriteFile(script, []byte("import sys\nprint(sys.argv)\nsys.exit(len(sys.argv))\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A module and a package's __main__ that start a child under spawn: the child imports
	// the module again by name, but not a package's __main__ (it finds no function there).
	spawnMain := "import multiprocessing as mp\nprint('top', __name__)\ndef hi(): print('hi', __name__)\n" +
		"if __name__ == '__main__':\n    mp.set_start_method('spawn')\n    p = mp.Process(target=hi); p.start(); p.join(); print(p.exitcode)\n"
	if err := os.Mkdir(filepath.Join(dir, "mppkg"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, src := range map[string]string{"mpmod.py": spawnMain, "mppkg/__main__.py": spawnMain, "mppkg/__init__.py": ""} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cases := [][]string{
		{"-c", "print('hi'); import sys; sys.exit(4)"},
		{"-c", "import sys; print(sys.argv)", "a", "b"},
		{"-c", "raise ValueError('from -c')"},
		{"-c", "x = 1\ny = 2\nprint(x + y)"},
		// Forked children of a -c program start from its state (there is no file to run).
		{"-c", "from multiprocessing import Pool, Process\ndef sq(x): return x * x\ndef hi(n): print('child', n, __name__)\n" +
			"with Pool(2) as p: print(p.map(sq, range(5)))\np = Process(target=hi, args=(3,)); p.start(); p.join(); print(p.exitcode)"},
		// Spawned children of a -c program have nothing to import again.
		{"-c", "import multiprocessing as mp\ndef hi(): print('hi')\nmp.set_start_method('spawn')\n" +
			"p = mp.Process(target=hi); p.start(); p.join(); print(p.exitcode)"},
		{"-m", "mpmod"},
		{"-m", "mppkg"},
		{"args.py", "x", "y"},
		{filepath.Join(dir, "args.py")},
		{"-u", "-B", "args.py"},
		{"--", "args.py", "z"},
	}
	for _, args := range cases {
		want := runCmd(t, dir, py, args...)
		got := runCmd(t, dir, bin, args...)
		if got.stdout != want.stdout || got.status != want.status || lastLine(got.stderr) != lastLine(want.stderr) {
			t.Errorf("gopy %q = %+v\npython3 gives %+v", args, got, want)
		}
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

func TestCommandLineErrors(t *testing.T) {
	bin := gopyBin(t)
	py := python3(t)
	dir := t.TempDir()
	// A missing script: CPython's message with the program name changed.
	want := runCmd(t, dir, py, "missing.py")
	got := runCmd(t, dir, bin, "missing.py")
	if got.status != 2 || want.status != 2 {
		t.Errorf("missing script: status gopy %d, python3 %d", got.status, want.status)
	}
	// CPython names itself as invoked (argv[0]); gopy always says "gopy".
	_, wantMsg, _ := strings.Cut(want.stderr, ": can't open")
	if got.stderr != "gopy: can't open"+wantMsg {
		t.Errorf("missing script: gopy says %q, python3 %q", got.stderr, want.stderr)
	}
	// An unknown option: usage on stderr, status 2.
	got = runCmd(t, dir, bin, "-Z")
	if got.status != 2 || !strings.HasPrefix(got.stderr, "unknown option -Z\nusage: gopy") {
		t.Errorf("unknown option: %+v", got)
	}
	got = runCmd(t, dir, bin, "-c")
	if got.status != 2 || !strings.HasPrefix(got.stderr, "Argument expected for the -c option") {
		t.Errorf("-c without argument: %+v", got)
	}
	for _, flag := range []string{"-V", "--version"} {
		got = runCmd(t, dir, bin, flag)
		if got.status != 0 || !strings.HasPrefix(got.stdout, "gopy ") {
			t.Errorf("%s: %+v", flag, got)
		}
	}
	got = runCmd(t, dir, bin, "-h")
	if got.status != 0 || !strings.HasPrefix(got.stdout, "usage: gopy") {
		t.Errorf("-h: %+v", got)
	}
}

func TestStdinScript(t *testing.T) {
	bin := gopyBin(t)
	cmd := exec.Command(bin)
	cmd.Stdin = strings.NewReader("import sys\nprint('from stdin', sys.argv)\nsys.exit(6)\n")
	out, _ := cmd.Output()
	if string(out) != "from stdin ['-']\n" || cmd.ProcessState.ExitCode() != 6 {
		t.Errorf("script on stdin: %q, status %d", out, cmd.ProcessState.ExitCode())
	}
}

// TestTracebackMatchesPython compares whole tracebacks (whose statements span their lines,
// so CPython 3.11 draws no carets): the main script's file name is absolute, however the
// script was named on the command line.
func TestTracebackMatchesPython(t *testing.T) {
	bin := gopyBin(t)
	py := python3(t)
	dir := t.TempDir()
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	src := "def f():\n    raise ValueError('deep')\n\ndef g():\n    f()\n\ng()\n"
	if err := os.WriteFile(filepath.Join(dir, "tb.py"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"tb.py"}, {"./tb.py"}, {"sub/../tb.py"}, {filepath.Join(dir, "tb.py")}} {
		want := runCmd(t, dir, py, args...)
		got := runCmd(t, dir, bin, args...)
		if got != want {
			t.Errorf("gopy %q = %+v\npython3 gives %+v", args, got, want)
		}
	}
}

// TestRunModuleMatchesPython runs packages and modules with -m, and the error cases, under
// both gopy and python3. Error messages are compared after the program's name.
func TestRunModuleMatchesPython(t *testing.T) {
	bin := gopyBin(t)
	py := python3(t)
	dir := t.TempDir()
	files := map[string]string{
		"pkg/__init__.py": "print('pkg init')\n",
		"pkg/helper.py":   "VALUE = 'helped'\n",
		"pkg/__main__.py": "import os, sys\nfrom . import helper\nfrom .helper import VALUE\n" +
			"print(__name__, __package__, os.path.basename(__file__), sys.argv[1:], os.path.basename(sys.argv[0]), sys.path[0] == os.getcwd(), VALUE)\n",
		"pkg/mod.py":         "import sys\nfrom .helper import VALUE\nprint(__name__, __package__, sys.argv[1:], VALUE)\nsys.exit(3)\n",
		"pkg/boom.py":        "raise ValueError('boom')\n",
		"nomain/__init__.py": "",
		"top.py":             "import sys\nprint(__name__, __package__, sys.argv)\n",
	}
	for name, src := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	afterName := func(s string) string {
		if i := strings.Index(s, ": "); i >= 0 && !strings.HasPrefix(s, "Traceback") {
			return s[i:]
		}
		return s
	}
	cases := [][]string{
		{"-m", "pkg", "a", "b"}, {"-m", "pkg.mod", "x"}, {"-m", "top"}, {"-m", "pkg.boom"}, {"-m", "pkg.child"},
		{"-m", "nosuch"}, {"-m", "nosuch.sub"}, {"-m", "pkg.nosuch"}, {"-m", "nomain"}, {"-m", "sys"},
	}
	for _, args := range cases {
		want := runCmd(t, dir, py, args...)
		got := runCmd(t, dir, bin, args...)
		if got.stdout != want.stdout || got.status != want.status || afterName(lastLine(got.stderr)) != afterName(lastLine(want.stderr)) {
			t.Errorf("gopy %q = %+v\npython3 gives %+v", args, got, want)
		}
	}
}

// TestWarnOptionsMatchPython compares -W options and PYTHONWARNINGS (sys.warnoptions, the
// filters they make, the reports of bad ones) with python3, stderr in full.
func TestWarnOptionsMatchPython(t *testing.T) {
	bin := gopyBin(t)
	py := python3(t)
	dir := t.TempDir()
	script := "import sys, warnings\nprint(sys.warnoptions)\nprint(warnings.filters[:3])\n" +
		"warnings.warn('user')\nwarnings.warn('dep', DeprecationWarning)\nwarnings.warn('rt', RuntimeWarning)\n" +
		"import multiprocessing as mp\n" +
		"def child(): import sys; print('child', sys.warnoptions); sys.stdout.flush()\n" +
		"if __name__ == '__main__':\n    p = mp.Process(target=child); p.start(); p.join()\n"
	if err := os.WriteFile(filepath.Join(dir, "w.py"), []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		env  string
		args []string
	}{
		{"", []string{"w.py"}},
		{"", []string{"-W", "error::RuntimeWarning", "w.py"}},
		{"", []string{"-Wignore", "-W", "always::DeprecationWarning", "w.py"}},
		{"", []string{"-W", "ignore:user", "-W", "bogus", "-W", "error::NoSuchWarning", "-W", "a:b:c:d:e:f", "w.py"}},
		{"", []string{"-W", "ignore:::x:-1", "-W", "ignore:::__main__:abc", "-W", "error::warnings.Foo", "w.py"}},
		{"", []string{"-W", "module::UserWarning:__main__", "-W", "once:dep", "w.py"}},
		{"ignore::UserWarning, error::RuntimeWarning", []string{"w.py"}},
		{"error", []string{"-W", "default", "w.py"}},
	}
	for _, c := range cases {
		run := func(name string) outcome {
			cmd := exec.Command(name, c.args...)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "PYTHONWARNINGS="+c.env)
			var out, errb bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errb
			_ = cmd.Run()
			return outcome{out.String(), errb.String(), cmd.ProcessState.ExitCode()}
		}
		want, got := run(py), run(bin)
		if got != want {
			t.Errorf("PYTHONWARNINGS=%q gopy %q:\n%+v\npython3 gives\n%+v", c.env, c.args, got, want)
		}
	}
}
