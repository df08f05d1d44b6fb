package syntax

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// pyDump returns python3's ast.dump(ast.parse(src, mode=mode), include_attributes=True),
// or its SyntaxError as "Kind: msg (line, offset, end_line, end_offset) text".
func pyDump(t *testing.T, src, mode string) string {
	t.Helper()
	cmd := exec.Command("python3", "-c", `
import ast, sys
src = sys.stdin.buffer.read().decode()
try:
    print(ast.dump(ast.parse(src, "f.py", mode=sys.argv[1]), include_attributes=True))
except SyntaxError as e:
    print("%s: %s (%s, %s, %s, %s) %r" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text))
`, mode)
	cmd.Stdin = strings.NewReader(src)
	out, err := cmd.Output()
	if err != nil {
		t.Skip("python3:", err)
	}
	return strings.TrimSuffix(string(out), "\n")
}

func goDump(src string, mode Mode) string {
	m, err := Parse("f.py", []byte(src), mode)
	if err != nil {
		e := err.(*Error)
		text := "None"
		if !e.NoLocation {
			text = pyRepr(e.Text)
		}
		return e.Kind.String() + ": " + e.Msg + " (" + itoa(e.Lineno) + ", " + itoa(e.Offset) + ", " + itoa(e.EndLineno) + ", " + itoa(e.EndOffset) + ") " + text
	}
	return ast.Dump(m, true)
}

func itoa(i int) string { return strconv.Itoa(i) }

func pyRepr(s string) string { return ast.StrRepr(s) }

// pyDumpMany is pyDump for many sources at once (one python3 run).
func pyDumpMany(t *testing.T, srcs []string, mode string) []string {
	t.Helper()
	cmd := exec.Command("python3", "-c", `
import ast, sys, json
out = []
for src in json.load(sys.stdin):
    try:
        out.append(ast.dump(ast.parse(src, "f.py", mode=sys.argv[1]), include_attributes=True))
    except SyntaxError as e:
        out.append("%s: %s (%s, %s, %s, %s) %r" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text))
json.dump(out, sys.stdout)
`, mode)
	b, _ := json.Marshal(srcs)
	cmd.Stdin = bytes.NewReader(b)
	out, err := cmd.Output()
	if err != nil {
		t.Skip("python3:", err)
	}
	var res []string
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	return res
}

// TestSnippets parses the sources of testdata/snippets.txt (separated by "----" lines)
// and compares each tree (or error) with python3's. SNIPPETS=file tests another file.
func TestSnippets(t *testing.T) {
	f := os.Getenv("SNIPPETS")
	if f == "" {
		f = "testdata/snippets.txt"
	}
	data, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	srcs := strings.Split(string(data), "\n----\n")
	want := pyDumpMany(t, srcs, "exec")
	bad := 0
	for i, src := range srcs {
		if got := goDump(src, ModeExec); got != want[i] {
			bad++
			t.Errorf("%q\n got %s\nwant %s", src, got, want[i])
		}
	}
	t.Logf("%d/%d match", len(srcs)-bad, len(srcs))
}
