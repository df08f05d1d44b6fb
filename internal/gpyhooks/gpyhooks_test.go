package gpyhooks

import (
	"os"
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
