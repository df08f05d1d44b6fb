package os

import (
	"strconv"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/interp/gil"
)

// terminalSize is os.terminal_size, get_terminal_size's result.
var terminalSize = newSeqType("os", "terminal_size", "A tuple of (columns, lines) for holding terminal window size",
	[]string{"columns", "lines"}, 2, nil)

// Calls on file descriptors: open and the O_* flags, lseek, fsync, truncation, positioned
// reads and writes, terminals, pipe2 and memfd_create.
func init() {
	// fdSync is fsync and fdatasync: a descriptor or an object with fileno().
	fdSync := func(name string, call func(int) error) *py.Method {
		return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := parseArgs(name, args, kwargs, []string{"fd"}, 1, 1)
			if err != nil {
				return nil, err
			}
			fd, err := fdArg(a[0])
			if err != nil {
				return nil, err
			}
			gil.Unlocked(ctxOf(self), func() { err = retry(func() error { return call(fd) }) })
			if err != nil {
				return nil, pathError(err)
			}
			return py.None, nil
		}, 0, "Force write of fd to disk.")
	}
	addMethods(
		py.MustNewMethod("open", osOpen, 0, "Open a file for low level IO.  Returns a file descriptor (integer)."),
		intFunc("lseek", []conv{asInt, asLongInt, asInt}, func(a []int) (int, error) {
			n, err := unix.Seek(a[0], int64(a[1]), a[2])
			return int(n), err
		}, "Set the position of a file descriptor.  Return the new position."),
		fdSync("fsync", unix.Fsync),
		fdSync("fdatasync", unix.Fdatasync),
		noneFunc("ftruncate", []conv{asInt, asLongInt}, func(a []int) error {
			return retry(func() error { return unix.Ftruncate(a[0], int64(a[1])) })
		}, "Truncate a file, specified by file descriptor, to a specific length."),
		py.MustNewMethod("pread", func(self py.Object, args py.Tuple) (py.Object, error) {
			a, err := intArgs("pread", args, asInt, asSsizeInt, asLongInt)
			if err != nil {
				return nil, err
			}
			if a[1] < 0 || a[2] < 0 {
				return nil, pathError(unix.EINVAL) // pread(2) checks the offset before fd
			}
			// The buffer holds what the descriptor can give (the rest of a regular file),
			// not the length asked for: os.pread(fd, 2**40, 0) must not allocate a terabyte.
			var st unix.Stat_t
			if err := unix.Fstat(a[0], &st); err != nil {
				return nil, pathError(err)
			}
			size := min(a[1], 1<<26)
			if st.Mode&unix.S_IFMT == unix.S_IFREG {
				size = min(a[1], max(int(st.Size)-a[2], 0))
			}
			buf := make([]byte, size)
			var n int
			if err := retry(func() (err error) { n, err = unix.Pread(a[0], buf, int64(a[2])); return err }); err != nil {
				return nil, pathError(err)
			}
			return py.Bytes(buf[:n]), nil
		}, 0, "Read a number of bytes from a file descriptor starting at a particular offset."),
		py.MustNewMethod("pwrite", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 3 {
				return nil, py.ExceptionNewf(py.TypeError, "pwrite expected 3 arguments, got %d", len(args))
			}
			fd, err := asInt(args[0])
			if err != nil {
				return nil, err
			}
			data, err := writeData(args[1])
			if err != nil {
				return nil, err
			}
			off, err := asLong(args[2])
			if err != nil {
				return nil, err
			}
			var n int
			if err := retry(func() (err error) { n, err = unix.Pwrite(fd, data, int64(off)); return err }); err != nil {
				return nil, pathError(err)
			}
			return py.Int(n), nil
		}, 0, "Write bytes to a file descriptor starting at a particular offset."),
		oneArg("isatty", func(o py.Object) (py.Object, error) {
			fd, err := asInt(o)
			if err != nil {
				return nil, err
			}
			_, err = unix.IoctlGetTermios(fd, unix.TCGETS)
			return py.NewBool(err == nil), nil
		}, "Return True if the fd is connected to a terminal."),
		kwMethod("ttyname", []string{"fd"}, 1, 1, func(a []py.Object) (py.Object, error) {
			fd, err := asInt(a[0])
			if err != nil {
				return nil, err
			}
			if _, err := unix.IoctlGetTermios(fd, unix.TCGETS); err != nil {
				return nil, pathError(err)
			}
			buf := make([]byte, 4096)
			n, err := unix.Readlink("/proc/self/fd/"+itoa(fd), buf)
			if err != nil {
				return nil, pathError(err)
			}
			return py.String(buf[:n]), nil
		}, "Return the name of the terminal device connected to 'fd'."),
		oneArg("pipe2", func(o py.Object) (py.Object, error) {
			flags, err := asInt(o)
			if err != nil {
				return nil, err
			}
			var p [2]int
			if err := unix.Pipe2(p[:], flags); err != nil {
				return nil, pathError(err)
			}
			return py.Tuple{py.Int(p[0]), py.Int(p[1])}, nil
		}, "Create a pipe with flags set atomically."),
		kwMethod("memfd_create", []string{"name", "flags"}, 1, 2, func(a []py.Object) (py.Object, error) {
			p, err := convPath("memfd_create", a[0], false)
			if err != nil {
				return nil, err
			}
			flags := uint32(unix.MFD_CLOEXEC)
			if a[1] != nil {
				if flags, err = asUintMask(a[1]); err != nil {
					return nil, err
				}
			}
			fd, err := unix.MemfdCreate(p.name, int(flags))
			if err != nil {
				return nil, pathError(err)
			}
			return py.Int(fd), nil
		}, "Create an anonymous file in memory; return its descriptor."),
		py.MustNewMethod("get_terminal_size", func(self py.Object, args py.Tuple) (py.Object, error) {
			fd := 1
			if err := py.UnpackTuple(args, nil, "get_terminal_size", 0, 1, new(py.Object)); err != nil {
				return nil, err
			}
			if len(args) == 1 {
				var err error
				if fd, err = asInt(args[0]); err != nil {
					return nil, err
				}
			}
			ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
			if err != nil {
				return nil, pathError(err)
			}
			return terminalSize.make(py.Int(ws.Col), py.Int(ws.Row)), nil
		}, 0, "Return the size of the terminal window as (columns, lines)."),
	)
	impl := py.GetModuleImpl("os")
	impl.Globals["terminal_size"] = terminalSize.typ
	for name, v := range map[string]int{
		"O_RDONLY": unix.O_RDONLY, "O_WRONLY": unix.O_WRONLY, "O_RDWR": unix.O_RDWR,
		"O_APPEND": unix.O_APPEND, "O_CREAT": unix.O_CREAT, "O_EXCL": unix.O_EXCL,
		"O_TRUNC": unix.O_TRUNC, "O_NONBLOCK": unix.O_NONBLOCK, "O_NDELAY": unix.O_NDELAY,
		"O_SYNC": unix.O_SYNC, "O_DSYNC": unix.O_DSYNC, "O_RSYNC": unix.O_RSYNC,
		"O_NOCTTY": unix.O_NOCTTY, "O_CLOEXEC": unix.O_CLOEXEC, "O_DIRECTORY": unix.O_DIRECTORY,
		"O_NOFOLLOW": unix.O_NOFOLLOW, "O_ACCMODE": unix.O_ACCMODE, "O_ASYNC": unix.O_ASYNC,
		"O_DIRECT": unix.O_DIRECT, "O_LARGEFILE": 0, "O_NOATIME": unix.O_NOATIME,
		"O_PATH": unix.O_PATH, "O_TMPFILE": unix.O_TMPFILE, "O_FSYNC": unix.O_FSYNC,
		"SEEK_SET": unix.SEEK_SET, "SEEK_CUR": unix.SEEK_CUR, "SEEK_END": unix.SEEK_END,
		"SEEK_DATA": unix.SEEK_DATA, "SEEK_HOLE": unix.SEEK_HOLE,
		"MFD_CLOEXEC": unix.MFD_CLOEXEC, "MFD_ALLOW_SEALING": unix.MFD_ALLOW_SEALING,
		"MFD_HUGETLB": unix.MFD_HUGETLB,
	} {
		impl.Globals[name] = py.Int(v)
	}
}

// oneArg wraps a function of exactly one positional argument (CPython's "O" methods).
func oneArg(name string, f func(py.Object) (py.Object, error), doc string) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "posix.%s() takes exactly one argument (%d given)", name, len(args))
		}
		return f(args[0])
	}, 0, doc)
}

func itoa(n int) string { return strconv.Itoa(n) }

// osOpen is os.open(path, flags, mode=0o777, *, dir_fd=None): the descriptor is not
// inheritable (O_CLOEXEC), and the GIL is released while the call may block (a FIFO
// waits for its other end).
func osOpen(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("open", args, kwargs, []string{"path", "flags", "mode", "dir_fd"}, 2, 3)
	if err != nil {
		return nil, err
	}
	p, err := convPath("open", a[0], false)
	if err != nil {
		return nil, err
	}
	flags, err := asInt(a[1])
	if err != nil {
		return nil, err
	}
	mode, err := intOr(a[2], 0o777)
	if err != nil {
		return nil, err
	}
	dfd, err := dirFd(a[3])
	if err != nil {
		return nil, err
	}
	var fd int
	gil.Unlocked(ctxOf(self), func() {
		err = retry(func() (err error) { fd, err = unix.Openat(dfd, p.name, flags|unix.O_CLOEXEC, uint32(mode)); return err })
	})
	if err != nil {
		return nil, pathError(err, p.obj)
	}
	return py.Int(fd), nil
}
