// Package tempfile provides Python's tempfile module, written in Python by gopy
// (tempfile.py, embedded): gettempdir (TMPDIR, TEMP, TMP, then /tmp, /var/tmp, /usr/tmp,
// the current directory), mkstemp, mkdtemp, mktemp, NamedTemporaryFile, TemporaryFile
// (O_TMPFILE where the filesystem has it), SpooledTemporaryFile and TemporaryDirectory.
// Names are eight random characters from CPython's alphabet; files are created with
// O_EXCL|O_NOFOLLOW|O_CLOEXEC and mode 0600, directories with 0700. It replaces gpython's
// tempfile module (mkstemp and mkdtemp only).
package tempfile

import (
	_ "embed"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // gpython's tempfile is registered first: this replaces it
)

//go:embed tempfile.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "tempfile", Doc: "Temporary files.", FileDesc: "<frozen tempfile>"},
		CodeSrc: source,
	})
}
