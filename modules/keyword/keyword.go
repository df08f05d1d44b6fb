// Package keyword provides Python's keyword module: kwlist and softkwlist as CPython 3.11
// has them, iskeyword and issoftkeyword.
package keyword

import (
	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's modules first
)

var (
	keywords = []string{"False", "None", "True", "and", "as", "assert", "async", "await",
		"break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
		"from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
		"raise", "return", "try", "while", "with", "yield"}
	softKeywords = []string{"_", "case", "match"}
)

func list(words []string) *py.List {
	l := py.NewListSized(len(words))
	for i, w := range words {
		l.Items[i] = py.String(w)
	}
	return l
}

func member(name string, words []string) *py.Method {
	set := map[string]bool{}
	for _, w := range words {
		set[w] = true
	}
	return py.MustNewMethod(name, func(self py.Object, arg py.Object) (py.Object, error) {
		s, ok := arg.(py.String)
		return py.NewBool(ok && set[string(s)]), nil
	}, 0, "Determine whether a string is a "+map[string]string{"iskeyword": "keyword", "issoftkeyword": "soft keyword"}[name]+".")
}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "keyword", Doc: "Keywords (from \"Grammar/python.gram\")"},
		Methods: []*py.Method{member("iskeyword", keywords), member("issoftkeyword", softKeywords)},
		Globals: py.StringDict{
			"kwlist":     list(keywords),
			"softkwlist": list(softKeywords),
			"__all__":    list([]string{"iskeyword", "issoftkeyword", "kwlist", "softkwlist"}),
		},
	})
}
