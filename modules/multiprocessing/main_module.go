package multiprocessing

import (
	"os"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/codecache"
	"github.com/gopyrt/gopy/modules/importlib"
)

// The main module of a spawned child (CPython's spawn._fixup_main_from_path and
// _fixup_main_from_name): the parent's main script runs again, as the module __mp_main__
// (so that `if __name__ == "__main__":` blocks are skipped), and __main__ names the same
// module, so that functions and classes pickled by reference as __main__.name are found.
// Its top-level code runs visibly, as in CPython; a start() of a spawned process while it
// runs is CPython's bootstrapping error (bootstrapError).

// bootstrapMessage is the text of CPython's RuntimeError for a process started while a
// spawned child imports its parent's main module.
const bootstrapMessage = `
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.

        To fix this issue, refer to the "Safe importing of main module"
        section in https://docs.python.org/3/library/multiprocessing.html
        `

// bootstrapError is CPython's _check_not_importing_main for a process started with
// method: non-nil while this spawned child is still importing its parent's main module.
func (st *state) bootstrapError(method string) error {
	if method == "fork" || !st.inheriting {
		return nil
	}
	return py.ExceptionNewf(py.RuntimeError, "%s", bootstrapMessage)
}

// SetMainModule records the name of ctx's main module when it runs with -m (CPython's
// __main__.__spec__.name: "pkg.__main__" for a package), which spawned children import
// again by name.
func SetMainModule(ctx py.Context, name string) {
	st := stateOf(ctx)
	st.mu.Lock()
	st.mainModule = name
	st.mu.Unlock()
}

// importMain gives a spawned child its parent's main module: by name for -m (nothing for
// a package's __main__, whose code is all "main only"), by path for a script, nothing for
// -c and stdin (which have no file to run again).
func importMain(ctx py.Context, prep preparation) error {
	switch {
	case prep.MainModule != "":
		if prep.MainModule == "__main__" || strings.HasSuffix(prep.MainModule, ".__main__") {
			return emptyMain(ctx)
		}
		file, pkg, err := importlib.FindSource(ctx, prep.MainModule)
		if err != nil {
			return err
		}
		return runAsMpMain(ctx, file, pkg)
	case prep.MainPath != "":
		return runAsMpMain(ctx, prep.MainPath, "")
	}
	return emptyMain(ctx)
}

// emptyMain gives the child an empty __main__ module, as the one of CPython's
// `python -c` child command line.
func emptyMain(ctx py.Context) error {
	m, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__"}})
	if err != nil {
		return err
	}
	return importlib.Register(ctx, "__main__", m)
}

// runAsMpMain runs the source file path as the module __mp_main__, registered under that
// name and as __main__, with __package__ pkg when not empty (a module run with -m).
func runAsMpMain(ctx py.Context, path, pkg string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return py.ExceptionNewf(py.FileNotFoundError, "[Errno 2] No such file or directory: '%s'", path)
	}
	m, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__mp_main__", FileDesc: path}})
	if err != nil {
		return err
	}
	m.Globals["__doc__"] = py.None
	m.Globals["__builtins__"] = ctx.Store().Builtins.Globals // run by runpy: the dict
	if pkg != "" {
		m.Globals["__package__"] = py.String(pkg)
	}
	for _, name := range []string{"__mp_main__", "__main__"} {
		if err := importlib.Register(ctx, name, m); err != nil {
			return err
		}
	}
	code, err := codecache.Compile(string(src), path, 0)
	if err != nil {
		return err
	}
	_, err = py.VmEvalCode(ctx, code, m.Globals, m.Globals, nil, nil, nil, nil, nil)
	return err
}
