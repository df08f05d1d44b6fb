// Package interp is gopy's embedding API: an Interp is one Python interpreter (one gpython
// context) with its sys module, its threads and their GIL, its atexit registry and
// CPython's exit path.
//
// A Go program runs Python code and calls Python functions with
//
//	it := interp.New(interp.Options{})
//	defer it.Close()
//	if _, err := it.Exec(ctx, "<string>", "def add(a, b):\n    return a + b\n"); err != nil {
//		log.Fatal(err) // an *interp.Error: type, message, CPython's traceback text
//	}
//	v, err := it.Call(ctx, "add", 1, 2) // arguments converted by FromGo
//	n, _ := interp.ToGo(v)               // int64(3)
//
// Exec, Eval and Call return a Python exception as an *Error, and stop the running code
// with a Cancelled exception when their context.Context is cancelled. They may be called
// from any goroutine, one after the other or while a script runs (each entry from Go takes
// the interpreter's GIL), and from a Go function that Python called.
//
// RunFile, RunString, RunModule and RunSource are the command line's behaviour instead:
// they run a script as __main__ and then the exit path, and return the exit status CPython
// would give: 0 at a normal end, the code of a SystemExit, 1 after an uncaught exception
// (its traceback printed on sys.stderr). The exit path flushes the main script's output,
// joins the non-daemon threads, runs the atexit callbacks last-in first-out
// (multiprocessing's exit function among them: daemonic children are terminated and the
// others joined), and flushes stdout and stderr again. Threads a run leaves behind
// (daemons) never run Python again; the interpreter itself goes on serving Exec, Eval,
// Call and further runs.
//
// Importing this package links every native module (os, atexit, multiprocessing, ...). Its
// init function also serves the child side of multiprocessing's spawn start method: when the
// running binary was re-executed as a spawned child, it runs the child to completion and
// exits before the program's own main function starts (see doc/ARCHITECTURE.md).
package interp

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // gpython's context and its own modules

	_ "github.com/gopyrt/gopy/internal/classes" // user classes, super, property, exceptions
	"github.com/gopyrt/gopy/internal/environ"
	_ "github.com/gopyrt/gopy/internal/objects" // dict, set, str methods, formatting, comparisons
	"github.com/gopyrt/gopy/interp/gil"
	_ "github.com/gopyrt/gopy/modules/argparse"
	_ "github.com/gopyrt/gopy/modules/array"
	_ "github.com/gopyrt/gopy/modules/ast"
	_ "github.com/gopyrt/gopy/modules/asyncio"
	_ "github.com/gopyrt/gopy/modules/atexit"
	_ "github.com/gopyrt/gopy/modules/base64"
	_ "github.com/gopyrt/gopy/modules/binascii"
	_ "github.com/gopyrt/gopy/modules/bisect"
	_ "github.com/gopyrt/gopy/modules/calendar"
	_ "github.com/gopyrt/gopy/modules/cmath"
	_ "github.com/gopyrt/gopy/modules/codecs"
	_ "github.com/gopyrt/gopy/modules/collections"
	_ "github.com/gopyrt/gopy/modules/colorsys"
	_ "github.com/gopyrt/gopy/modules/concurrent/futures"
	_ "github.com/gopyrt/gopy/modules/configparser"
	_ "github.com/gopyrt/gopy/modules/contextlib"
	_ "github.com/gopyrt/gopy/modules/contextvars"
	_ "github.com/gopyrt/gopy/modules/copy"
	_ "github.com/gopyrt/gopy/modules/csv"
	_ "github.com/gopyrt/gopy/modules/ctypes"
	_ "github.com/gopyrt/gopy/modules/dataclasses"
	_ "github.com/gopyrt/gopy/modules/datetime"
	_ "github.com/gopyrt/gopy/modules/dbm"
	_ "github.com/gopyrt/gopy/modules/decimal"
	_ "github.com/gopyrt/gopy/modules/difflib"
	_ "github.com/gopyrt/gopy/modules/email"
	_ "github.com/gopyrt/gopy/modules/enum"
	_ "github.com/gopyrt/gopy/modules/errno"
	_ "github.com/gopyrt/gopy/modules/faulthandler"
	_ "github.com/gopyrt/gopy/modules/fcntl"
	_ "github.com/gopyrt/gopy/modules/filecmp"
	_ "github.com/gopyrt/gopy/modules/fileinput"
	_ "github.com/gopyrt/gopy/modules/fnmatch"
	_ "github.com/gopyrt/gopy/modules/fractions"
	_ "github.com/gopyrt/gopy/modules/functools"
	_ "github.com/gopyrt/gopy/modules/gc"
	_ "github.com/gopyrt/gopy/modules/getpass"
	_ "github.com/gopyrt/gopy/modules/gettext"
	_ "github.com/gopyrt/gopy/modules/glob"
	_ "github.com/gopyrt/gopy/modules/graphlib"
	_ "github.com/gopyrt/gopy/modules/grp"
	_ "github.com/gopyrt/gopy/modules/gzip"
	_ "github.com/gopyrt/gopy/modules/hashlib"
	_ "github.com/gopyrt/gopy/modules/heapq"
	_ "github.com/gopyrt/gopy/modules/html"
	_ "github.com/gopyrt/gopy/modules/http"
	"github.com/gopyrt/gopy/modules/importlib"
	_ "github.com/gopyrt/gopy/modules/inspect"
	_ "github.com/gopyrt/gopy/modules/io"
	_ "github.com/gopyrt/gopy/modules/itertools"
	_ "github.com/gopyrt/gopy/modules/json"
	_ "github.com/gopyrt/gopy/modules/keyword"
	_ "github.com/gopyrt/gopy/modules/locale"
	_ "github.com/gopyrt/gopy/modules/logging"
	_ "github.com/gopyrt/gopy/modules/lzma"
	_ "github.com/gopyrt/gopy/modules/marshal"
	_ "github.com/gopyrt/gopy/modules/math"
	_ "github.com/gopyrt/gopy/modules/mimetypes"
	_ "github.com/gopyrt/gopy/modules/mmap"
	_ "github.com/gopyrt/gopy/modules/multiprocessing"
	_ "github.com/gopyrt/gopy/modules/numbers"
	_ "github.com/gopyrt/gopy/modules/operator"
	_ "github.com/gopyrt/gopy/modules/os"
	_ "github.com/gopyrt/gopy/modules/pathlib"
	_ "github.com/gopyrt/gopy/modules/pickle"
	_ "github.com/gopyrt/gopy/modules/pkgutil"
	_ "github.com/gopyrt/gopy/modules/platform"
	_ "github.com/gopyrt/gopy/modules/pprint"
	_ "github.com/gopyrt/gopy/modules/profile"
	_ "github.com/gopyrt/gopy/modules/pwd"
	_ "github.com/gopyrt/gopy/modules/queue"
	_ "github.com/gopyrt/gopy/modules/random"
	_ "github.com/gopyrt/gopy/modules/re"
	_ "github.com/gopyrt/gopy/modules/reprlib"
	_ "github.com/gopyrt/gopy/modules/resource"
	_ "github.com/gopyrt/gopy/modules/sched"
	_ "github.com/gopyrt/gopy/modules/secrets"
	_ "github.com/gopyrt/gopy/modules/select"
	_ "github.com/gopyrt/gopy/modules/selectors"
	_ "github.com/gopyrt/gopy/modules/shlex"
	_ "github.com/gopyrt/gopy/modules/shutil"
	pysignal "github.com/gopyrt/gopy/modules/signal"
	_ "github.com/gopyrt/gopy/modules/socket"
	_ "github.com/gopyrt/gopy/modules/socketserver"
	_ "github.com/gopyrt/gopy/modules/stat"
	_ "github.com/gopyrt/gopy/modules/statistics"
	_ "github.com/gopyrt/gopy/modules/string"
	_ "github.com/gopyrt/gopy/modules/struct"
	_ "github.com/gopyrt/gopy/modules/subprocess"
	pysys "github.com/gopyrt/gopy/modules/sys"
	_ "github.com/gopyrt/gopy/modules/tarfile"
	_ "github.com/gopyrt/gopy/modules/tempfile"
	_ "github.com/gopyrt/gopy/modules/textwrap"
	_ "github.com/gopyrt/gopy/modules/threading"
	_ "github.com/gopyrt/gopy/modules/time"
	_ "github.com/gopyrt/gopy/modules/timeit"
	_ "github.com/gopyrt/gopy/modules/tokenize"
	_ "github.com/gopyrt/gopy/modules/tomllib"
	_ "github.com/gopyrt/gopy/modules/types"
	_ "github.com/gopyrt/gopy/modules/typing"
	_ "github.com/gopyrt/gopy/modules/unicodedata"
	_ "github.com/gopyrt/gopy/modules/unittest"
	_ "github.com/gopyrt/gopy/modules/urllib"
	_ "github.com/gopyrt/gopy/modules/uuid"
	_ "github.com/gopyrt/gopy/modules/warnings"
	_ "github.com/gopyrt/gopy/modules/weakref"
	_ "github.com/gopyrt/gopy/modules/xml"
	_ "github.com/gopyrt/gopy/modules/zipfile"
	_ "github.com/gopyrt/gopy/modules/zlib"
	_ "github.com/gopyrt/gopy/modules/zoneinfo"
)

// Options configure a new interpreter.
type Options struct {
	// Args is sys.argv for Exec, Eval and Call ([""] when empty, as CPython's embedded
	// interpreter); the Run methods set sys.argv from their own arguments.
	Args []string
	// Path is appended to sys.path after the entry for the script's directory; the
	// PYTHONPATH environment variable's entries come first.
	Path []string
	// Stdin, Stdout and Stderr are sys.stdin, sys.stdout and sys.stderr (nil: the
	// process's own). The standard output and error of the multiprocessing children the
	// script starts go to Stdout and Stderr too. An *os.File is used directly; any other
	// reader or writer goes through a pipe (see stdio.go): what Python wrote has reached
	// the writer when the entry (Exec, Eval, Call, Run...) returns.
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Modules are Go modules the script can import, made for this interpreter.
	Modules []*Module
	// Env is the environment of the script (os.environ, os.getenv, os.path.expanduser)
	// and of the processes it starts (subprocess, multiprocessing's children, os.exec*),
	// as KEY=VALUE strings, the interpreter's own: the script's changes to os.environ stay
	// in it. PYTHONPATH is read from it. nil means the process's environment, which
	// os.environ then reads and writes. Variables read when the interpreter is made
	// (PYTHONUNBUFFERED, PYTHONIOENCODING, the locale's, PYTHONWARNINGS) and TZ are always
	// the process's.
	//
	// There is no working directory option: the working directory is the process's, shared
	// by every goroutine, and os.chdir in a script changes it for the whole program, as in
	// an embedded CPython (see doc/ARCHITECTURE.md).
	Env []string
	// WarnOptions are python3's -W options (sys.warnoptions, after the entries of
	// PYTHONWARNINGS). Spawned children take theirs from WarnOptionsEnv.
	WarnOptions []string
}

// WarnOptionsEnv names the environment variable that hands -W options to spawned children
// (newline-separated); the gopy command sets it along with Options.WarnOptions.
const WarnOptionsEnv = "GOPY_WARNOPTIONS"

// warnOptionsFromEnv reads WarnOptionsEnv.
func warnOptionsFromEnv() []string {
	v := os.Getenv(WarnOptionsEnv)
	if v == "" {
		return nil
	}
	return strings.Split(v, "\n")
}

// Interp is one Python interpreter. Its methods may be called from any goroutine: Python
// threads started by the code it runs and Go goroutines calling into it share it through
// its GIL (package gil). The Run methods run as the interpreter's main thread, one at a
// time.
type Interp struct {
	ctx    py.Context
	opts   Options
	rt     *gil.Runtime // the GIL and the threads (see hold)
	stdio  stdio
	closed atomic.Bool

	// entries counts the entries from Go in progress (enter, hold), which Close waits for
	// before it releases what they use; entryMu orders their start with Close's.
	entryMu sync.Mutex
	entries sync.WaitGroup
}

// begin counts an entry that starts, or reports that the interpreter is closed.
func (it *Interp) begin() bool {
	it.entryMu.Lock()
	defer it.entryMu.Unlock()
	if it.closed.Load() {
		return false
	}
	it.entries.Add(1)
	return true
}

// New creates an interpreter. It panics if opts cannot be honoured (no descriptor left for
// a pipe, a module value FromGo cannot convert): use NewInterp to get the error instead.
func New(opts Options) *Interp {
	it, err := NewInterp(opts)
	if err != nil {
		panic(err)
	}
	return it
}

// NewInterp creates an interpreter, or reports why opts cannot be honoured.
func NewInterp(opts Options) (*Interp, error) {
	install()
	ctx := py.NewContext(py.ContextOpts{})
	it := &Interp{ctx: ctx, opts: opts}
	if err := it.stdio.setup(opts.Stdin, opts.Stdout, opts.Stderr); err != nil {
		ctx.Close()
		return nil, err
	}
	it.rt = gil.New(ctx)
	if opts.Env != nil {
		environ.Set(ctx, opts.Env)
	}
	pysignal.Setup(ctx)
	argv := opts.Args
	if len(argv) == 0 {
		argv = []string{""}
	}
	_ = pysys.Setup(ctx, pysys.Options{Argv: argv, Path: it.sysPath(""), Stdio: it.stdio.fds[:]})
	pysys.SetChildStdio(ctx, it.stdio.child[0], it.stdio.child[1])
	_ = pysys.SetWarnOptions(ctx, opts.WarnOptions)
	_ = importlib.Setup(ctx)
	if err := it.installModules(opts.Modules); err != nil {
		_ = it.Close()
		return nil, err
	}
	return it, nil
}

// Context returns the interpreter's gpython context, for Go code that calls Python.
func (it *Interp) Context() py.Context { return it.ctx }

// hold makes the calling goroutine the interpreter's main thread, holding the GIL, until the
// returned function is called.
func (it *Interp) hold() func() {
	counted := it.begin()
	_, release := it.rt.EnterMain()
	return func() {
		release()
		it.stdio.drain()
		if counted {
			it.entries.Done()
		}
	}
}

// sysPath is sys.path for a main script in dir ("" for -c and the REPL).
func (it *Interp) sysPath(dir string) []string {
	path := []string{dir}
	if pp := environ.Getenv(it.ctx, "PYTHONPATH"); pp != "" {
		for _, p := range strings.Split(pp, ":") {
			if p != "" {
				path = append(path, p)
			}
		}
	}
	return append(path, it.opts.Path...)
}

// scriptDir is sys.path[0] for a script: its directory, absolute, symlinks resolved.
func scriptDir(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.Dir(path)
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	return filepath.Dir(abs)
}

func init() {
	install()
	runChildIfSpawned()
}
