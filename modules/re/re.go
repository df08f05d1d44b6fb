// Package re provides Python's re module and the _sre module beneath it, with CPython
// 3.11's syntax, semantics, results, reprs and errors.
//
// The engine (internal/sre) is gopy's own: a parser of Python's pattern syntax that gives
// re.error's messages and positions, a compiler that emits, word for word, the program
// CPython's re._compiler emits, and a backtracking machine that runs it as CPython's sre
// does, on an explicit stack (no recursion, so long inputs and deep backtracking are
// bounded by memory only). Go's regexp cannot backtrack, and a translation to another
// engine (regexp2) would differ in group numbering, empty-match rules, \w and \s classes,
// lookbehind and backtracking limits; running CPython's own program format makes every
// corner agree, and re.DEBUG prints CPython's listing.
//
// This package is the Python face: re.Pattern, re.Match, the scanner, the module's
// functions and their cache of compiled patterns, sub's replacement templates, split and
// findall, re.error. A str whose characters are all ASCII is matched as its bytes without
// a copy; other strs as their code points (decoded once; a long string matched again and
// again is decoded once), so that every index is Python's character index. re.py, embedded,
// holds what is natural in Python: the RegexFlag type, template() and Scanner.
package re

import (
	_ "embed"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's modules first

	"github.com/gopyrt/gopy/modules/re/internal/sre"
)

//go:embed re.py
var source string

func init() {
	methods := append(moduleMethods(), py.MustNewMethod("_scanner_pattern", scannerPattern, 0,
		"_scanner_pattern(phrases, flags) -> the pattern of a re.Scanner lexicon."))
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "re", Doc: "Support for regular expressions (RE).", FileDesc: "<frozen re>"},
		Methods: methods,
		Globals: py.StringDict{"error": Error, "Pattern": PatternType, "Match": MatchType},
		CodeSrc: source,
	})
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_sre", Doc: "", FileDesc: "<frozen _sre>"},
		Methods: []*py.Method{
			py.MustNewMethod("getcodesize", func(self py.Object, args py.Tuple) (py.Object, error) {
				return py.Int(4), nil
			}, 0, ""),
			charMethod("ascii_iscased", func(c uint32) py.Object { return py.NewBool(sre.IsCasedASCII(c)) }),
			charMethod("unicode_iscased", func(c uint32) py.Object { return py.NewBool(sre.IsCasedUnicode(c)) }),
			charMethod("ascii_tolower", func(c uint32) py.Object { return py.Int(sre.LowerASCII(c)) }),
			charMethod("unicode_tolower", func(c uint32) py.Object { return py.Int(sre.LowerUnicode(c)) }),
		},
		Globals: py.StringDict{
			"MAGIC":     py.Int(sre.Magic),
			"CODESIZE":  py.Int(4),
			"MAXREPEAT": py.Int(sre.MaxRepeat),
			"MAXGROUPS": py.Int(sre.MaxGroups),
			"copyright": py.String(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "),
		},
	})
}

// charMethod is one of _sre's functions of a character code.
func charMethod(name string, fn func(c uint32) py.Object) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
		}
		c, err := ssize(args[0])
		if err != nil {
			return nil, err
		}
		return fn(uint32(c)), nil
	}, 0, "")
}

// scannerPattern compiles the phrases of a re.Scanner lexicon.
func scannerPattern(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "_scanner_pattern() takes exactly 2 arguments (%d given)", len(args))
	}
	flags, err := flagsArg(args[1])
	if err != nil {
		return nil, err
	}
	var phrases [][]rune
	var objs []py.Object
	istext := true
	err = py.Iterate(args[0], func(item py.Object) bool {
		units, isBytes, ok := textOf(item)
		if !ok {
			err = py.ExceptionNewf(py.TypeError, "first argument must be string or compiled pattern")
			return true
		}
		istext = !isBytes
		phrases = append(phrases, units)
		objs = append(objs, item)
		return false
	})
	if err != nil {
		return nil, err
	}
	prog, bad, err := sre.CompileScanner(phrases, istext, flags, compileOptions(moduleContext(self)))
	if err != nil {
		var phrase py.Object = py.None
		if bad >= 0 {
			phrase = objs[bad]
		}
		return nil, compileError(err, phrase)
	}
	emitWarnings(prog.Warnings, 0)
	return &Pattern{prog: prog, pattern: py.None, flags: flags, isBytes: -1}, nil
}
