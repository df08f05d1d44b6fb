package interp

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/repl"
	"github.com/go-python/gpython/repl/cli"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/finalize"
	"github.com/gopyrt/gopy/internal/libsrc"
	"github.com/gopyrt/gopy/modules/atexit"
	"github.com/gopyrt/gopy/modules/importlib"
	pyio "github.com/gopyrt/gopy/modules/io"
	"github.com/gopyrt/gopy/modules/multiprocessing"
	pysignal "github.com/gopyrt/gopy/modules/signal"
	pysys "github.com/gopyrt/gopy/modules/sys"
	"github.com/gopyrt/gopy/modules/threading"
	"github.com/gopyrt/gopy/modules/traceback"
)

// OpenError reports a main script that cannot be read; the command line prints it as
// CPython does ("can't open file '/abs/x.py': [Errno 2] No such file or directory") and
// exits with status 2.
type OpenError struct {
	Path  string // absolute path of the script
	Errno int
	Text  string // the C library's message for Errno
}

// Error returns CPython's message for the script that cannot be opened.
func (e *OpenError) Error() string {
	return fmt.Sprintf("can't open file '%s': [Errno %d] %s", e.Path, e.Errno, e.Text)
}

// RunFile runs the Python script at path as __main__ with sys.argv = [path] + args, runs the
// exit path and returns the exit status. A script that cannot be read returns status 2 and
// an *OpenError, without running anything.
func (it *Interp) RunFile(path string, args []string) (int, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		abs, _ := filepath.Abs(path)
		e := &OpenError{Path: abs, Errno: 2, Text: "No such file or directory"}
		var perr *os.PathError
		if errors.As(err, &perr) {
			if errno, ok := perr.Err.(interface{ Error() string }); ok && !os.IsNotExist(err) {
				e.Errno, e.Text = errnoOf(perr.Err), capitalize(errno.Error())
			}
		}
		return 2, e
	}
	argv := append([]string{path}, args...)
	_ = pysys.Setup(it.ctx, pysys.Options{Argv: argv, Path: it.sysPath(scriptDir(path))})
	defer it.hold()()
	text, err := compiler.DecodeScript(src, mainFile(path))
	if err != nil {
		return it.exitPath(err), nil
	}
	return it.exitPath(it.runMain(text, mainFile(path), nil)), nil
}

// RunScript runs a script's bytes (read from standard input, as `python3 -` does) as
// __main__ under the file name filename, decoded as CPython reads a script file (its
// coding declaration, else UTF-8), with sys.argv and sys.path[0] as RunSource.
func (it *Interp) RunScript(src []byte, filename string, argv []string) int {
	_ = pysys.Setup(it.ctx, pysys.Options{Argv: argv, Path: it.sysPath("")})
	defer it.hold()()
	text, err := compiler.DecodeScript(src, filename)
	if err != nil {
		return it.exitPath(err)
	}
	return it.exitPath(it.runMain(text, filename, nil))
}

// RunModule runs module name as `python -m name` does: its source found on sys.path (a
// package's __main__.py) runs as __main__ with sys.argv = [its file] + args, sys.path[0]
// the working directory and __package__ its package, so relative imports work. When there
// is no such source it returns status 1 and an *importlib.NoSourceError to print.
func (it *Interp) RunModule(name string, args []string) (int, error) {
	cwd, err := os.Getwd()
	if err != nil {
		cwd = ""
	}
	_ = pysys.Setup(it.ctx, pysys.Options{Argv: append([]string{"-m"}, args...), Path: it.sysPath(cwd)})
	defer it.hold()()
	file, pkg, err := importlib.FindSource(it.ctx, name)
	if err != nil {
		var noSource *importlib.NoSourceError
		if impl := py.GetModuleImpl(name + ".__main__"); errors.As(err, &noSource) && impl != nil && libsrc.Source(impl) != "" {
			// a library package written in Python by gopy with a __main__ submodule, as
			// unittest: its __main__ runs, sys.argv[0] naming it as CPython's file
			if argv, ok := it.sysArgv(); ok {
				argv.Items[0] = py.String(name + "/__main__.py")
			}
			return it.exitPath(it.runMain(libsrc.Source(impl), impl.Info.FileDesc, py.String(name))), nil
		}
		if impl := py.GetModuleImpl(name); errors.As(err, &noSource) && impl != nil && strings.Contains(libsrc.Source(impl), "\nif __name__ == \"__main__\":") {
			// a library module written in Python by gopy (embedded) that has a main
			// block, as calendar: it runs as CPython runs its Lib/ file
			if argv, ok := it.sysArgv(); ok {
				argv.Items[0] = py.String(strings.ReplaceAll(name, ".", "/") + ".py")
			}
			return it.exitPath(it.runMain(libsrc.Source(impl), impl.Info.FileDesc, py.String(""))), nil
		}
		if errors.As(err, &noSource) {
			it.exitPath(nil)
			return 1, err
		}
		return it.exitPath(err), nil
	}
	src, err := os.ReadFile(file)
	if err != nil {
		return it.exitPath(py.ExceptionNewf(py.ImportError, "cannot read %s: %v", file, err)), nil
	}
	if argv, ok := it.sysArgv(); ok {
		argv.Items[0] = py.String(file)
	}
	// Spawned children import the main module again by its name (CPython's
	// __spec__.name): a package's is its __main__ submodule.
	specName := name
	if filepath.Base(file) == "__main__.py" && pkg == name {
		specName = name + ".__main__"
	}
	multiprocessing.SetMainModule(it.ctx, specName)
	text, err := compiler.DecodeSource(src, file) // runpy compiles the module's bytes
	if err != nil {
		return it.exitPath(err), nil
	}
	return it.exitPath(it.runMain(text, file, py.String(pkg))), nil
}

// sysArgv is sys.argv, when it is a non-empty list.
func (it *Interp) sysArgv() (*py.List, bool) {
	sysm, err := it.ctx.GetModule("sys")
	if err != nil {
		return nil, false
	}
	argv, ok := sysm.Globals["argv"].(*py.List)
	return argv, ok && len(argv.Items) > 0
}

// mainFile is the main script's __file__ and the file name its tracebacks show: as in
// CPython 3.9 and later, a relative path is joined to the working directory, without
// cleaning ("../x.py" run from /tmp/sub is "/tmp/sub/../x.py").
func mainFile(path string) string {
	if filepath.IsAbs(path) {
		return path
	}
	cwd, err := os.Getwd()
	if err != nil {
		return path
	}
	return strings.TrimSuffix(cwd, "/") + "/" + path
}

// RunString runs source as `python -c` does: sys.argv = ["-c"] + args, sys.path[0] = "".
func (it *Interp) RunString(source string, args []string) int {
	return it.RunSource(source, "<string>", append([]string{"-c"}, args...))
}

// RunSource runs source as __main__ with the given file name (shown in tracebacks) and
// sys.argv, with sys.path[0] = "", then the exit path; it returns the exit status.
func (it *Interp) RunSource(source, filename string, argv []string) int {
	_ = pysys.Setup(it.ctx, pysys.Options{Argv: argv, Path: it.sysPath("")})
	defer it.hold()()
	return it.exitPath(it.runMain(source, filename, nil))
}

// runMain compiles source and runs it as the module __main__, with __package__ pkg when it
// is not nil (python -m).
func (it *Interp) runMain(source, filename string, pkg py.Object) error {
	it.importWarnings()
	m, err := it.newMain(filename, pkg)
	if err != nil {
		return err
	}
	return RunModuleSource(it.ctx, m, source, filename)
}

// importWarnings imports the warnings module before the main module runs when there are
// warning options, as CPython does: a bad option is reported then, and the filters are in
// place for the C-level warnings that do not import the module.
func (it *Interp) importWarnings() {
	sysm, err := it.ctx.GetModule("sys")
	if err != nil {
		return
	}
	if l, ok := sysm.Globals["warnoptions"].(*py.List); ok && len(l.Items) > 0 {
		if _, err := importlib.Import(it.ctx, "warnings", nil, nil, 0); err != nil {
			pysys.Stderr(it.ctx)(traceback.FormatError(err))
		}
	}
}

// RunModuleSource compiles source and runs it in module m's namespace. A Go panic in the
// runtime is returned as a Python exception.
func RunModuleSource(ctx py.Context, m *py.Module, source, filename string) (err error) {
	code, err := py.Compile(source, filename, py.ExecMode, 0, true)
	if err != nil {
		return err
	}
	defer func() {
		if r := recover(); r != nil {
			err = panicError(r)
		}
	}()
	_, err = py.VmEvalCode(ctx, code, m.Globals, m.Globals, nil, nil, nil, nil, nil)
	return err
}

// exitPath is CPython's end of an interpreter: report how the main code ended, flush
// stdout, wait for the non-daemon threads, run atexit callbacks, flush again; it returns
// the exit status. The caller holds the GIL as the main thread; after the callbacks,
// other threads never get it back (gil.Runtime.Finalize).
func (it *Interp) exitPath(runErr error) int {
	status := 0
	if runErr != nil {
		status = it.reportError(runErr)
	}
	_ = pysys.Flush(it.ctx)
	if err := threading.Shutdown(it.ctx); err != nil {
		// CPython reports an exception raised while waiting (Ctrl-C) and exits anyway.
		status = it.reportError(err)
	}
	// As CPython's Py_FinalizeEx: other threads still run during the callbacks (a thread
	// or a Pool an atexit callback starts works), and are stopped only after them.
	atexit.RunExitFuncs(it.ctx)
	it.rt.Finalize()
	// Objects with finalizers still alive get them now, as CPython's finalization clears
	// the modules (package finalize), before the files are closed.
	finalize.AtExit(it.rt)
	// File objects still open are closed (CPython's finalization), after the callbacks.
	pyio.Finalize(it.ctx)
	if err := pysys.Flush(it.ctx); err != nil && status == 0 {
		status = 120
	}
	return status
}

// reportError handles the exception that ended the main code: SystemExit gives its status
// (printing a non-int code), anything else prints a traceback and gives 1.
func (it *Interp) reportError(err error) int {
	info := traceback.Info(err)
	if info.Type != nil && info.Type.IsSubtype(py.SystemExit) {
		status, msg := pysys.ExitStatus(pysys.SystemExitCode(info.Value))
		if msg != "" {
			_ = pysys.Flush(it.ctx)
			pysys.Stderr(it.ctx)(msg + "\n")
		}
		return status
	}
	_ = pysys.Flush(it.ctx)
	pysys.Stderr(it.ctx)(traceback.Format(info))
	if info.Type != nil && info.Type.IsSubtype(py.KeyboardInterrupt) {
		// CPython ends a process killed by an uncaught KeyboardInterrupt by SIGINT (Exit).
		unhandledSigint.Store(true)
		return ExitSigint
	}
	return 1
}

// RunREPL runs gpython's interactive loop on the terminal, then the exit path.
func (it *Interp) RunREPL() int {
	_ = pysys.Setup(it.ctx, pysys.Options{Argv: []string{""}, Path: it.sysPath("")})
	fmt.Printf("gopy %s (Python 3.11 compatible, on gpython v0.2.0)\n", Version)
	defer it.hold()()
	cli.RunREPL(repl.New(it.ctx))
	return it.exitPath(nil)
}

// Version is gopy's version.
const Version = "0.1.0"

// unhandledSigint records that an interpreter ended by an uncaught KeyboardInterrupt
// (CPython's _Py_UnhandledKeyboardInterrupt).
var unhandledSigint atomic.Bool

// ExitSigint is the status an interpreter ends with after an uncaught KeyboardInterrupt
// (128 + SIGINT, as CPython's Py_RunMain when it cannot kill itself).
const ExitSigint = 130

// Exit ends the process with an interpreter's exit status. Status ExitSigint ends it by
// SIGINT with the default disposition, as CPython does after an uncaught KeyboardInterrupt,
// so that a parent (a shell, a multiprocessing parent) sees a process killed by Ctrl-C.
func Exit(status int) {
	if status == ExitSigint && unhandledSigint.Load() {
		pysignal.ExitBySignal(2)
	}
	os.Exit(status)
}
