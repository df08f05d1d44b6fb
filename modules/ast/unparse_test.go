package ast_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gopyrt/gopy/interp"
)

// unparseScript writes, for the standard library files under sys.argv[1] (every
// sys.argv[2]-th of them), the file's name and a hash of ast.unparse(ast.parse(source))
// (or the error unparse raised) to the file sys.argv[3].
const unparseScript = `
import ast, hashlib, os, sys
root, step, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
paths = []
for folder, subdirs, names in os.walk(root):
    subdirs[:] = sorted(d for d in subdirs if d not in ('site-packages', '__pycache__'))
    paths += [os.path.join(folder, n) for n in sorted(names) if n.endswith('.py')]
lines = []
for path in paths[::step]:
    try:
        with open(path, 'rb') as f:
            tree = ast.parse(f.read())
    except (SyntaxError, ValueError, UnicodeDecodeError, MemoryError, RecursionError):
        continue
    try:
        text = ast.unparse(tree)
    except Exception as e:
        text = 'error %s: %s' % (type(e).__name__, e)
    digest = hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()
    lines.append('%s %s\n' % (os.path.relpath(path, root), digest))
with open(out, 'w') as f:
    f.writelines(lines)
`

// TestUnparseStdlib compares ast.unparse of python3's standard library files (found on
// this machine; skipped without python3) with python3's own output, byte for byte: every
// 24th file (every 120th with -short; all of them with GOPY_UNPARSE_FULL=1, which takes
// minutes since unparse is interpreted Python).
func TestUnparseStdlib(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	prefix, err := exec.Command(py, "-c", "import sys; print(sys.prefix + '/lib/python%d.%d' % sys.version_info[:2])").Output()
	if err != nil {
		t.Skip("python3 does not run")
	}
	lib := strings.TrimSpace(string(prefix))
	if _, err := os.Stat(filepath.Join(lib, "ast.py")); err != nil {
		t.Skip("no standard library sources")
	}
	step := "24"
	switch {
	case os.Getenv("GOPY_UNPARSE_FULL") != "":
		step = "1"
	case testing.Short():
		step = "120"
	}
	dir := t.TempDir()
	script := filepath.Join(dir, "unparse_hashes.py")
	if err := os.WriteFile(script, []byte(unparseScript), 0o644); err != nil {
		t.Fatal(err)
	}
	wantFile, gotFile := filepath.Join(dir, "python3.txt"), filepath.Join(dir, "gopy.txt")
	if out, err := exec.Command(py, script, lib, step, wantFile).CombinedOutput(); err != nil {
		t.Fatalf("python3: %v\n%s", err, out)
	}
	it := interp.New(interp.Options{})
	defer it.Close()
	if status := it.RunString(unparseScript, []string{lib, step, gotFile}); status != 0 {
		t.Fatalf("gopy: status %d", status)
	}
	want, got := readHashes(t, wantFile), readHashes(t, gotFile)
	same := 0
	for name, h := range want {
		switch g, ok := got[name]; {
		case !ok:
			t.Errorf("%s: gopy did not unparse it", name)
		case g != h:
			t.Errorf("%s: ast.unparse differs from python3's", name)
		default:
			same++
		}
	}
	t.Logf("%d of %d files unparsed as python3 does", same, len(want))
}

func readHashes(t *testing.T, path string) map[string]string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if name, h, ok := strings.Cut(line, " "); ok {
			m[name] = h
		}
	}
	if len(m) == 0 {
		t.Fatalf("%s: no results", path)
	}
	return m
}
