// Package unittest provides the core of Python's unittest module, written in Python by
// gopy (four embedded files concatenated into one module): skips, the outcome of a test
// and the assertRaises/assertWarns contexts (case.py); TestCase and its assertions
// (testcase.py); TestResult, TextTestResult and TextTestRunner (result.py); TestSuite
// with class and module fixtures, TestLoader and main (suite.py). Reports and failure
// messages are CPython 3.11's, but for the diffs CPython appends to a failed comparison
// of containers and multi-line strings (gopy has no difflib yet).
package unittest

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/libsrc"
)

var (
	//go:embed case.py
	caseSource string
	//go:embed testcase.py
	testcaseSource string
	//go:embed result.py
	resultSource string
	//go:embed suite.py
	suiteSource string
)

func init() {
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "unittest", Doc: "Python unit testing framework.", FileDesc: "<frozen unittest>"},
	}, caseSource, testcaseSource, resultSource, suiteSource)
}
