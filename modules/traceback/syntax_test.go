package traceback

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
)

// TestSyntaxErrorReports compiles each bad source of testdata/syntax and compares the
// report (file and line, source line, caret line, message) with what python3 printed for
// it (testdata/syntax/regen.sh records it).
func TestSyntaxErrorReports(t *testing.T) {
	// As python3 ran them: the file names are relative to the files' directory, where
	// errors found after parsing read their source line.
	t.Chdir("testdata/syntax")
	files, _ := filepath.Glob("*.py")
	if len(files) < 30 {
		t.Fatalf("only %d cases", len(files))
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".txt")
			if err != nil {
				t.Fatal(err)
			}
			_, err = compiler.Compile(string(src), name, py.ExecMode, 0, true)
			if err == nil {
				t.Fatalf("compiled without error; python3 says\n%s", want)
			}
			if got := FormatError(err); got != string(want) {
				t.Errorf("source %q\n--- got\n%s--- python3\n%s", src, got, want)
			}
		})
	}
}
