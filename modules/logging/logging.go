// Package logging provides Python's logging package, written in Python by gopy: the
// logging module (records.py, handler.py and loggers.py, embedded and concatenated into
// one module), logging.handlers (handlers.py) and logging.config (config.py, with
// fileconfig.py appended: fileConfig over gopy's configparser), with CPython 3.11's
// formats, reprs, messages and output.
//
// Records carry processName from multiprocessing.current_process(), so a child's records
// name it as CPython's do. findCaller passes over the frames of the logging module by
// their file name, "<frozen logging>", as CPython passes over logging/__init__.py.
// forkstate.py gives multiprocessing's 'fork' start method the configuration a forked
// child keeps (_fork_state, _fork_restore).
package logging

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/libsrc"
)

var (
	//go:embed records.py
	recordsSource string
	//go:embed handler.py
	handlerSource string
	//go:embed loggers.py
	loggersSource string
	//go:embed forkstate.py
	forkStateSource string
	//go:embed handlers.py
	handlersSource string
	//go:embed config.py
	configSource string
	//go:embed fileconfig.py
	fileConfigSource string
)

func init() {
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "logging", Doc: "Logging package for Python.", FileDesc: "<frozen logging>"},
	}, recordsSource, handlerSource, loggersSource, forkStateSource)
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "logging.handlers", Doc: "Additional handlers for the logging package for Python.", FileDesc: "<frozen logging.handlers>"},
		CodeSrc: handlersSource,
	})
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "logging.config", Doc: "Configuration functions for the logging package for Python.", FileDesc: "<frozen logging.config>"},
	}, configSource, fileConfigSource)
}
