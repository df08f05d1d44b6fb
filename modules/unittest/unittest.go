// Package unittest provides Python's unittest module, written in Python by gopy (embedded
// files concatenated into one module): skips, the outcome of a test and the
// assertRaises/assertWarns contexts (case.py); TestCase and its assertions (testcase.py);
// TestResult, TextTestResult and TextTestRunner (result.py); TestSuite with class and
// module fixtures (suite.py); TestLoader with discovery (loader.py); IsolatedAsyncioTestCase
// (async_case.py, asyncio imported when a test runs); main and the command
// line (main.py); unittest.mock (mock.py: call objects, Mock, MagicMock, PropertyMock,
// create_autospec; mockpatch.py: patch and its forms, mock_open, seal). unittest.__main__ (__main__.py) is what `gopy -m unittest` runs. Reports
// and failure messages are CPython 3.11's, with the difflib diffs appended to a failed
// comparison of containers and multi-line strings.
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
	//go:embed loader.py
	loaderSource string
	//go:embed main.py
	mainSource string
	//go:embed signals.py
	signalsSource string
	//go:embed async_case.py
	asyncCaseSource string
	//go:embed __main__.py
	dunderMainSource string
	//go:embed mock.py
	mockSource string
	//go:embed mockpatch.py
	mockPatchSource string
	//go:embed asyncmock.py
	asyncMockSource string
)

func init() {
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "unittest", Doc: "Python unit testing framework.", FileDesc: "<frozen unittest>"},
	}, caseSource, testcaseSource, resultSource, signalsSource, suiteSource, loaderSource, asyncCaseSource, mainSource)
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "unittest.__main__", Doc: "Main entry point", FileDesc: "<frozen unittest.__main__>"},
		CodeSrc: dunderMainSource,
	})
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "unittest.mock", Doc: "Mock object library.", FileDesc: "<frozen unittest.mock>"},
	}, mockSource, asyncMockSource, mockPatchSource)
}
