package symtable

import (
	"os"
	"strings"
	"testing"

	"github.com/gopyrt/gopy/internal/syntax"
	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// TestErrors compares the SyntaxErrors of the symbol table for the cases of
// testdata/errors.txt with python3's (testdata/errors.golden, made by
// testdata/errors_regen.py).
func TestErrors(t *testing.T) {
	data, err := os.ReadFile("testdata/errors.txt")
	if err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile("testdata/errors.golden")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, line := range strings.Split(strings.TrimSuffix(string(golden), "\n"), "\n") {
		name, res, _ := strings.Cut(line, "\t")
		want[name] = res
	}
	cases := strings.Split("\n"+strings.TrimSuffix(string(data), "\n"), "\n### ")[1:]
	if len(cases) != len(want) {
		t.Fatalf("%d cases, %d in errors.golden: run testdata/errors_regen.py", len(cases), len(want))
	}
	for _, c := range cases {
		name, src, _ := strings.Cut(c, "\n")
		got := "ok"
		mod, err := syntax.Parse("<case>", []byte(src), syntax.ModeExec)
		if err == nil {
			_, err = Build(mod, "<case>", nil)
		}
		if err != nil {
			e := err.(*syntax.Error)
			text := "None"
			if !e.NoText {
				text = ast.StrRepr(e.Text)
			}
			got = strings.Join([]string{e.Kind.String(), ast.StrRepr(e.Msg), pyInt(e.Lineno), pyInt(e.Offset),
				pyInt(e.EndLineno), pyInt(e.EndOffset), text}, "\t")
		}
		if got != want[name] {
			t.Errorf("%s: %q\n gopy:    %s\n python3: %s", name, src, got, want[name])
		}
	}
}
