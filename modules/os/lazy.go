package os

import (
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/codecache"
)

// lazySource is Python source run in a module's namespace the first time one of its
// functions is called, so that importing the module compiles none of it: the module
// holds a native stub under each function's name until then.
type lazySource struct {
	file string
	src  string
	once sync.Once
	code *py.Code
	err  error
}

// function returns module m's Python function name, running the source in m first if the
// name still holds its stub.
func (l *lazySource) function(m *py.Module, name string) (py.Object, error) {
	if f, ok := m.Globals[name]; ok {
		if meth, isStub := f.(*py.Method); !isStub || meth.Name != name {
			return f, nil
		}
	}
	l.once.Do(func() { l.code, l.err = codecache.Compile(l.src, l.file, 0) })
	if l.err != nil {
		return nil, l.err
	}
	if _, err := py.VmEvalCode(m.Context, l.code, m.Globals, m.Globals, nil, nil, nil, nil, nil); err != nil {
		return nil, err
	}
	return m.Globals[name], nil
}

// stubs makes the native stand-ins for the source's public functions (name: doc).
func (l *lazySource) stubs(docs map[string]string) []*py.Method {
	var out []*py.Method
	for name, doc := range docs {
		name := name
		out = append(out, py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			m, ok := self.(*py.Module)
			if !ok {
				return nil, py.ExceptionNewf(py.SystemError, "%s: no module", name)
			}
			f, err := l.function(m, name)
			if err != nil {
				return nil, err
			}
			return py.Call(f, args, kwargs)
		}, 0, doc))
	}
	return out
}

// osLazy is os.py: walk, fwalk, makedirs ...
var osLazy = &lazySource{file: "<os>", src: osSource}

// posixpathLazy is posixpath.py: relpath, commonpath, getmtime ...
var posixpathLazy = &lazySource{file: "<posixpath>", src: posixpathSource}

// osLazyFuncs and posixpathLazyFuncs name the public functions of the lazy sources.
var (
	osLazyFuncs = map[string]string{
		"walk":          "Directory tree generator.",
		"fwalk":         "Directory tree generator, yielding a descriptor of each directory too.",
		"makedirs":      "makedirs(name [, mode=0o777][, exist_ok=False])\n\nSuper-mkdir; create a leaf directory and all intermediate ones.",
		"removedirs":    "removedirs(name)\n\nSuper-rmdir; remove a leaf directory and all empty intermediate ones.",
		"renames":       "renames(old, new)\n\nSuper-rename; create directories as necessary and delete any left empty.",
		"get_exec_path": "Returns the sequence of directories that will be searched for the\nnamed executable (similar to a shell) when launching a process.",
		"fsencode":      "Encode filename (an os.PathLike, bytes, or str) to the filesystem encoding.",
		"fsdecode":      "Decode filename (an os.PathLike, bytes, or str) from the filesystem encoding.",
		"execl":         "execl(file, *args)\n\nExecute the executable file with argument list args, replacing the current process.",
		"execle":        "execle(file, *args, env)\n\nExecute the executable file with argument list args and environment env.",
		"execlp":        "execlp(file, *args)\n\nExecute the executable file (which is searched for along $PATH) with argument list args.",
		"execlpe":       "execlpe(file, *args, env)\n\nExecute the executable file (searched for along $PATH) with argument list args and environment env.",
		"execvp":        "execvp(file, args)\n\nExecute the executable file (which is searched for along $PATH) with argument list args.",
		"execvpe":       "execvpe(file, args, env)\n\nExecute the executable file (searched for along $PATH) with argument list args and environment env.",
		"fdopen":        "Return an open file object connected to a file descriptor (io.open on it).",
		"popen":         "Run a command in a shell and return a file reading its output or feeding its input.",
		"posix_spawn":   "Execute the program specified by path in a new process.",
		"posix_spawnp":  "Execute the program specified by path in a new process, searching PATH.",
		"_exists":       "Whether os has a global of that name.",
		"spawnv":        "spawnv(mode, file, args) -> integer\n\nExecute file with arguments from args in a subprocess.",
		"spawnve":       "spawnve(mode, file, args, env) -> integer\n\nExecute file with arguments from args in a subprocess with the specified environment.",
		"spawnvp":       "spawnvp(mode, file, args) -> integer\n\nExecute file (which is looked for along $PATH) with arguments from args in a subprocess.",
		"spawnvpe":      "spawnvpe(mode, file, args, env) -> integer\n\nExecute file (which is looked for along $PATH) with arguments from args in a subprocess with the supplied environment.",
		"spawnl":        "spawnl(mode, file, *args) -> integer\n\nExecute file with arguments from args in a subprocess.",
		"spawnle":       "spawnle(mode, file, *args, env) -> integer\n\nExecute file with arguments from args in a subprocess with the supplied environment.",
		"spawnlp":       "spawnlp(mode, file, *args) -> integer\n\nExecute file (which is looked for along $PATH) with arguments from args in a subprocess with the supplied environment.",
		"spawnlpe":      "spawnlpe(mode, file, *args, env) -> integer\n\nExecute file (which is looked for along $PATH) with arguments from args in a subprocess with the supplied environment.",
	}
	posixpathLazyFuncs = map[string]string{
		"getsize":      "Return the size of a file, reported by os.stat().",
		"getmtime":     "Return the last modification time of a file, reported by os.stat().",
		"getatime":     "Return the last access time of a file, reported by os.stat().",
		"getctime":     "Return the metadata change time of a file, reported by os.stat().",
		"samestat":     "Test whether two stat buffers reference the same file",
		"samefile":     "Test whether two pathnames reference the same actual file or directory",
		"sameopenfile": "Test whether two open file objects reference the same file",
		"ismount":      "Test whether a path is a mount point",
		"normcase":     "Normalize case of pathname.  Has no effect under Posix",
		"splitdrive":   "Split a pathname into drive and path. On Posix, drive is always empty.",
		"commonprefix": "Given a list of pathnames, returns the longest common leading component",
		"commonpath":   "Given a sequence of path names, returns the longest common sub-path.",
		"relpath":      "Return a relative version of a path",
		"expandvars":   "Expand shell variables of form $var and ${var}.  Unknown variables\nare left unchanged.",
	}
)
