// Package shutil provides Python's shutil module, written in Python by gopy (shutil.py,
// embedded) over the os module: copyfile, copymode, copystat, copy, copy2, copytree,
// rmtree (descriptor-relative, so it never follows a symbolic link), move, which,
// disk_usage, chown, get_terminal_size and the archive registries. File contents are
// copied by os.sendfile in the kernel, as CPython does on Linux. gopy has no tarfile or
// zipfile yet, so no archive format is registered at start.
package shutil

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed shutil.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "shutil", Doc: "Utility functions for copying and archiving files and directory trees.", FileDesc: "<frozen shutil>"},
		CodeSrc: source,
	})
}
