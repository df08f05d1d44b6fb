package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestSourceEncodingMatchesPython runs scripts whose bytes are not UTF-8, declare an
// encoding or start with a BOM, from a file, from stdin, with -m and as -c, under gopy and
// python3: the same stdout, last line of stderr (CPython's SyntaxError) and status.
func TestSourceEncodingMatchesPython(t *testing.T) {
	bin := gopyBin(t)
	py := python3(t)
	dir := t.TempDir()
	scripts := map[string]string{
		"bad_str.py":      "x = 1\nprint(\"a\xff\")\n",
		"bad_comment.py":  "print(1)\n# \xe9t\xe9\n",
		"bom.py":          "\xef\xbb\xbfprint('bom')\n",
		"latin1.py":       "# -*- coding: latin-1 -*-\nprint(len('\xe9'), '\xe9')\n",
		"vim.py":          "#!/usr/bin/env python3\n# vim: set fileencoding=iso-8859-1 :\nprint('\xfc')\n",
		"ascii.py":        "# coding: ascii\n# \xc3\xa9\nx = 1\n",
		"declared.py":     "# coding: utf-8\n# \xff in a comment\nprint('declared')\n",
		"declared_bad.py": "# coding: utf-8\nx = 'ab\xffc'\n",
		"bogus.py":        "# coding: bogus\nx = 1\n",
		"bom_latin1.py":   "\xef\xbb\xbf# coding: latin-1\nx = 1\n",
		"bad_name.py":     "x\xff = 1\n",
		"bad_bytes.py":    "x = b'\xff'\n",
		"imports_bad.py":  "import bad_str\n",
	}
	for name, src := range scripts {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var cases [][]string
	for name := range scripts {
		cases = append(cases, []string{name})
	}
	cases = append(cases, []string{"-m", "bad_str"}, []string{"-m", "latin1"}, []string{"-c", "print('a\xff')"}, []string{"-c", "x = 1 # \xe9\nprint(x)"})
	for _, args := range cases {
		want := runCmd(t, dir, py, args...)
		got := runCmd(t, dir, bin, args...)
		if got.stdout != want.stdout || got.status != want.status || lastLine(got.stderr) != lastLine(want.stderr) {
			t.Errorf("gopy %q = %+v\npython3 gives %+v", args, got, want)
		}
	}
	for _, name := range []string{"bad_str.py", "latin1.py", "bom.py"} {
		run := func(prog string) outcome {
			f, err := os.Open(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			cmd := exec.Command(prog, "-")
			var out, errb bytes.Buffer
			cmd.Dir, cmd.Stdin, cmd.Stdout, cmd.Stderr = dir, f, &out, &errb
			_ = cmd.Run()
			return outcome{out.String(), errb.String(), cmd.ProcessState.ExitCode()}
		}
		want, got := run(py), run(bin)
		if got.stdout != want.stdout || got.status != want.status || lastLine(got.stderr) != lastLine(want.stderr) {
			t.Errorf("gopy - < %s = %+v\npython3 gives %+v", name, got, want)
		}
	}
}
