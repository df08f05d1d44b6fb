package bench

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gopyrt/gopy/interp"
)

// A script benchmark measures itself: it gets the name of a file as its last argument
// and writes one number there (a rate, a time), so that start-up and the other
// interpreter's pace do not count.

// writeScript writes src to a file named name in a temporary directory and returns its
// path.
func writeScript(b *testing.B, name, src string) string {
	script := filepath.Join(b.TempDir(), name)
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		b.Fatal(err)
	}
	return script
}

// runBoth runs script with args once under gopy (an interpreter of this process) and
// once under python3, and returns the numbers each wrote.
func runBoth(b *testing.B, script string, args ...string) (gopy, python3 float64) {
	dir := filepath.Dir(script)
	out := filepath.Join(dir, "gopy.out")
	it := interp.New(interp.Options{})
	code, err := it.RunFile(script, append(append([]string(nil), args...), out))
	it.Close()
	if err != nil || code != 0 {
		b.Fatalf("gopy: status %d, %v", code, err)
	}
	gopy = readNumber(b, out)
	out = filepath.Join(dir, "python3.out")
	if err := exec.Command("python3", append(append([]string{script}, args...), out)...).Run(); err != nil {
		b.Skipf("python3: %v", err)
	}
	return gopy, readNumber(b, out)
}

// readNumber reads the number a script wrote to path.
func readNumber(b *testing.B, path string) float64 {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(string(data)), 64)
	if err != nil {
		b.Fatal(err)
	}
	return v
}
