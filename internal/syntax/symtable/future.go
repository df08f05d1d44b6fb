package symtable

import (
	"github.com/gopyrt/gopy/internal/syntax"
	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// Features are the __future__ features a module turns on that change compilation.
type Features struct {
	Annotations bool // from __future__ import annotations
	BarryAsBDFL bool // from __future__ import barry_as_FLUFL
	Lineno      int  // line of the last future statement (0 if none)
}

// knownFeatures are the names __future__ has; the others are errors.
var knownFeatures = map[string]bool{
	"nested_scopes": true, "generators": true, "division": true, "absolute_import": true,
	"with_statement": true, "print_function": true, "unicode_literals": true,
	"barry_as_FLUFL": true, "generator_stop": true, "annotations": true,
}

// Future reads the future statements at the start of a module (CPython's future.c),
// with its errors: an unknown feature, "not a chance" for braces, and a future import
// after another statement on the same line.
func Future(mod ast.ModNode, filename string) (Features, error) {
	var f Features
	var body []ast.StmtNode
	switch m := mod.(type) {
	case *ast.Module:
		body = m.Body
	case *ast.Interactive:
		body = m.Body
	default:
		return f, nil
	}
	i := 0
	if len(body) > 0 && isDocstring(body[0]) {
		i++
	}
	done, prevLine := false, 0
	for ; i < len(body); i++ {
		s := body[i]
		pos := s.Loc()
		if done && pos.Lineno > prevLine {
			return f, nil
		}
		prevLine = pos.Lineno
		imp, ok := s.(*ast.ImportFrom)
		if !ok || imp.Module != "__future__" {
			done = true
			continue
		}
		if done {
			return f, &syntax.Error{Msg: "from __future__ imports must occur at the beginning of the file",
				Filename: filename, Lineno: pos.Lineno, Offset: pos.ColOffset, EndLineno: pos.Lineno, EndOffset: syntax.None, NoText: true}
		}
		for _, a := range imp.Names {
			switch {
			case a.Name == "annotations":
				f.Annotations = true
			case a.Name == "barry_as_FLUFL":
				f.BarryAsBDFL = true
			case knownFeatures[a.Name]:
			default:
				msg := "future feature " + a.Name + " is not defined"
				if a.Name == "braces" {
					msg = "not a chance"
				}
				return f, &syntax.Error{Msg: msg, Filename: filename, Lineno: pos.Lineno, Offset: pos.ColOffset + 1,
					EndLineno: pos.Lineno, EndOffset: syntax.None, NoText: true}
			}
		}
		f.Lineno = pos.Lineno
	}
	return f, nil
}

// isDocstring reports whether s is a string constant statement.
func isDocstring(s ast.StmtNode) bool {
	e, ok := s.(*ast.Expr)
	if !ok {
		return false
	}
	c, ok := e.Value.(*ast.Constant)
	if !ok {
		return false
	}
	_, ok = c.Value.(string)
	return ok
}
