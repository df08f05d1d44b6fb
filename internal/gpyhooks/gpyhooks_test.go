package gpyhooks

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestInstallOrderAndIdempotence registers changes out of order and checks that install
// makes them once, in the table's order, whatever the order of registration.
func TestInstallOrderAndIdempotence(t *testing.T) {
	r := &registry{}
	var ran []string
	for i := len(table) - 1; i >= 0; i -= 2 {
		name := table[i].Name
		r.register(name, func() { ran = append(ran, name) })
	}
	r.install()
	r.install()
	var want []string
	for i, c := range table {
		if (len(table)-1-i)%2 == 0 {
			want = append(want, c.Name)
		}
	}
	if strings.Join(ran, " ") != strings.Join(want, " ") {
		t.Fatalf("ran %v, want %v", ran, want)
	}
}

// TestRegisterRefuses checks the programming errors Register reports.
func TestRegisterRefuses(t *testing.T) {
	mustPanic := func(what string, f func()) {
		t.Helper()
		defer func() {
			if recover() == nil {
				t.Errorf("%s: no panic", what)
			}
		}()
		f()
	}
	r := &registry{}
	mustPanic("unknown name", func() { r.register("nowhere/nothing", func() {}) })
	r.register(table[0].Name, func() {})
	mustPanic("twice", func() { r.register(table[0].Name, func() {}) })
	r.install()
	mustPanic("after install", func() { r.register(table[1].Name, func() {}) })
}

// TestTableNames checks that names are unique and of the form package/word.
func TestTableNames(t *testing.T) {
	seen := map[string]bool{}
	valid := regexp.MustCompile(`^[a-z]+(/[a-z]+)*/[a-z-]+$`)
	for _, c := range table {
		if seen[c.Name] || !valid.MatchString(c.Name) || c.What == "" {
			t.Errorf("bad or repeated entry %q", c.Name)
		}
		seen[c.Name] = true
	}
}

// TestArchitectureListsTable checks that doc/ARCHITECTURE.md's section "Changes to gpython"
// names the table's changes in the table's order.
func TestArchitectureListsTable(t *testing.T) {
	doc, err := os.ReadFile("../../doc/ARCHITECTURE.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(doc)
	start := strings.Index(text, "\n## Changes to gpython")
	if start < 0 {
		t.Fatal("doc/ARCHITECTURE.md has no section \"Changes to gpython\"")
	}
	section := text[start+1:]
	if end := strings.Index(section, "\n## "); end >= 0 {
		section = section[:end]
	}
	item := regexp.MustCompile("(?m)^[0-9]+\\. `([^`]+)`")
	var listed []string
	for _, m := range item.FindAllStringSubmatch(section, -1) {
		listed = append(listed, m[1])
	}
	var names []string
	for _, c := range table {
		names = append(names, c.Name)
	}
	if strings.Join(listed, "\n") != strings.Join(names, "\n") {
		t.Fatalf("doc/ARCHITECTURE.md lists\n%s\nthe table is\n%s", strings.Join(listed, "\n"), strings.Join(names, "\n"))
	}
}

// TestNoAssignmentInInit walks gopy's Go sources and fails on an assignment to a field or
// variable of package py or to an entry of a py type's dict (py.Compile = ...,
// py.IntType.New = ..., py.TypeType.Dict["x"] = ...) made directly by an init function
// instead of by a change registered here.
func TestNoAssignmentInInit(t *testing.T) {
	root := "../.."
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); name == "testdata" || (strings.HasPrefix(name, ".") && path != root) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			if fd.Name.Name != "init" || fd.Recv != nil {
				continue
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CallExpr:
					if sel, ok := n.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Register" {
						if x, ok := sel.X.(*ast.Ident); ok && x.Name == "gpyhooks" {
							return false // the registered change's code
						}
					}
				case *ast.AssignStmt:
					for _, lhs := range n.Lhs {
						if ix, ok := lhs.(*ast.IndexExpr); ok {
							lhs = ix.X // py.IntType.Dict["x"] = ...
						}
						if rootedAtPy(lhs) {
							t.Errorf("%s: init assigns to gpython's state; register a change in gpyhooks instead", fset.Position(n.Pos()))
						}
					}
				}
				return true
			})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// rootedAtPy reports whether e is py.X or a selection from it (py.X.Y), not an index.
func rootedAtPy(e ast.Expr) bool {
	for {
		sel, ok := e.(*ast.SelectorExpr)
		if !ok {
			return false
		}
		if x, ok := sel.X.(*ast.Ident); ok {
			return x.Name == "py"
		}
		e = sel.X
	}
}
