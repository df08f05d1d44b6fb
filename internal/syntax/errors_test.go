package syntax

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// readCases reads testdata/errors.txt: cases separated by "### name [mode]" lines.
func readCases(t *testing.T) (names []string, modes []Mode, srcs []string) {
	data, err := os.ReadFile("testdata/errors.txt")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	flush := func() {
		if len(names) > len(srcs) {
			srcs = append(srcs, strings.Join(lines, "\n"))
		}
	}
	for _, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		if rest, ok := strings.CutPrefix(line, "### "); ok {
			flush()
			f := strings.Fields(rest)
			mode := ModeExec
			if len(f) > 1 {
				mode = map[string]Mode{"eval": ModeEval, "single": ModeSingle}[f[1]]
			}
			names, modes, lines = append(names, f[0]), append(modes, mode), nil
			continue
		}
		lines = append(lines, line)
	}
	flush()
	return
}

// record formats gopy's result as errors_regen.py formats python3's.
func record(src string, mode Mode) string {
	_, err := Parse("<case>", []byte(src), mode)
	if err == nil {
		return "ok"
	}
	e := err.(*Error)
	if e.NoLocation {
		return strings.Join([]string{e.Kind.String(), ast.StrRepr(e.Msg), "None", "None", "None", "None", "None"}, "\t")
	}
	return strings.Join([]string{e.Kind.String(), ast.StrRepr(e.Msg), strconv.Itoa(e.Lineno), strconv.Itoa(e.Offset),
		strconv.Itoa(e.EndLineno), strconv.Itoa(e.EndOffset), ast.StrRepr(e.Text)}, "\t")
}

// TestErrors compares gopy's SyntaxErrors (class, message, line, offset, end line, end
// offset, text) for the cases of testdata/errors.txt with python3's, recorded in
// testdata/errors.golden by testdata/errors_regen.py.
func TestErrors(t *testing.T) {
	names, modes, srcs := readCases(t)
	data, err := os.ReadFile("testdata/errors.golden")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		name, res, _ := strings.Cut(line, "\t")
		want[name] = res
	}
	if len(want) != len(names) {
		t.Fatalf("errors.golden has %d cases, errors.txt %d: run testdata/errors_regen.py", len(want), len(names))
	}
	bad := 0
	for i, name := range names {
		got := record(srcs[i], modes[i])
		if got != want[name] {
			bad++
			if bad <= 40 {
				t.Errorf("%s: %q\n gopy:    %s\n python3: %s", name, srcs[i], got, want[name])
			}
		}
	}
	t.Logf("%d of %d cases as python3", len(names)-bad, len(names))
}
