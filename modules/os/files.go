package os

import (
	"math"
	"math/big"
	"os"
	"unsafe"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"
)

// File-system calls on names: remove, rename, link, make and change files and directories,
// each as CPython's os offers it on Linux, with dir_fd and follow_symlinks where CPython
// has them and its OSError (errno, strerror and the file names) on failure.
func init() {
	unlink := func(fname string) func(a []py.Object) (py.Object, error) {
		return func(a []py.Object) (py.Object, error) {
			return onePath(fname, a[0], a[1], func(dfd int, p string) error { return unix.Unlinkat(dfd, p, 0) })
		}
	}
	rename := func(fname string) func(a []py.Object) (py.Object, error) {
		return func(a []py.Object) (py.Object, error) {
			return twoPaths(fname, a[0], a[1], a[2], a[3], func(sfd int, s string, dfd int, d string) error {
				return unix.Renameat(sfd, s, dfd, d)
			})
		}
	}
	pathFd := []string{"path", "dir_fd"}
	addMethods(
		kwMethod("unlink", pathFd, 1, 1, unlink("unlink"), "Remove a file (same as remove())."),
		kwMethod("remove", pathFd, 1, 1, unlink("remove"), "Remove a file (same as unlink())."),
		kwMethod("rmdir", pathFd, 1, 1, func(a []py.Object) (py.Object, error) {
			return onePath("rmdir", a[0], a[1], func(dfd int, p string) error { return unix.Unlinkat(dfd, p, unix.AT_REMOVEDIR) })
		}, "Remove a directory."),
		kwMethod("mkdir", []string{"path", "mode", "dir_fd"}, 1, 2, func(a []py.Object) (py.Object, error) {
			mode, err := intOr(a[1], 0o777)
			if err != nil {
				return nil, err
			}
			return onePath("mkdir", a[0], a[2], func(dfd int, p string) error { return unix.Mkdirat(dfd, p, uint32(mode)) })
		}, "Create a directory."),
		kwMethod("mkfifo", []string{"path", "mode", "dir_fd"}, 1, 2, func(a []py.Object) (py.Object, error) {
			mode, err := intOr(a[1], 0o666)
			if err != nil {
				return nil, err
			}
			return onePath("mkfifo", a[0], a[2], func(dfd int, p string) error { return unix.Mknodat(dfd, p, uint32(mode)|unix.S_IFIFO, 0) })
		}, "Create a \"fifo\" (a POSIX named pipe)."),
		kwMethod("rename", []string{"src", "dst", "src_dir_fd", "dst_dir_fd"}, 2, 2, rename("rename"), "Rename a file or directory."),
		kwMethod("replace", []string{"src", "dst", "src_dir_fd", "dst_dir_fd"}, 2, 2, rename("replace"), "Rename a file or directory, overwriting the destination."),
		kwMethod("link", []string{"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"}, 2, 2, func(a []py.Object) (py.Object, error) {
			follow, err := boolArg(a[4], true)
			if err != nil {
				return nil, err
			}
			flags := 0
			if follow {
				flags = unix.AT_SYMLINK_FOLLOW
			}
			return twoPaths("link", a[0], a[1], a[2], a[3], func(sfd int, s string, dfd int, d string) error {
				return unix.Linkat(sfd, s, dfd, d, flags)
			})
		}, "Create a hard link to a file."),
		kwMethod("symlink", []string{"src", "dst", "target_is_directory", "dir_fd"}, 2, 3, func(a []py.Object) (py.Object, error) {
			return twoPaths("symlink", a[0], a[1], nil, a[3], func(_ int, s string, dfd int, d string) error {
				return unix.Symlinkat(s, dfd, d)
			})
		}, "Create a symbolic link pointing to src named dst."),
		kwMethod("readlink", pathFd, 1, 1, readlink, "Return a string representing the path to which the symbolic link points."),
		kwMethod("listdir", []string{"path"}, 0, 1, listdir, "Return a list containing the names of the files in the directory."),
		kwMethod("chmod", []string{"path", "mode", "dir_fd", "follow_symlinks"}, 2, 2, func(a []py.Object) (py.Object, error) {
			mode, err := asInt(a[1])
			if err != nil {
				return nil, err
			}
			return fdOrPath("chmod", a[0], a[2], a[3], func(fd int) error { return unix.Fchmod(fd, uint32(mode)) },
				func(dfd int, p string, flags int) error { return unix.Fchmodat(dfd, p, uint32(mode), flags) })
		}, "Change the access permissions of a file."),
		kwMethod("fchmod", []string{"fd", "mode"}, 2, 2, func(a []py.Object) (py.Object, error) {
			fd, err := asInt(a[0])
			if err != nil {
				return nil, err
			}
			mode, err := asInt(a[1])
			if err != nil {
				return nil, err
			}
			if err := retry(func() error { return unix.Fchmod(fd, uint32(mode)) }); err != nil {
				return nil, pathError(err)
			}
			return py.None, nil
		}, "Change the access permissions of the file given by file descriptor fd."),
		kwMethod("chown", []string{"path", "uid", "gid", "dir_fd", "follow_symlinks"}, 3, 3, func(a []py.Object) (py.Object, error) {
			uid, gid, err := ids(a[1], a[2])
			if err != nil {
				return nil, err
			}
			return fdOrPath("chown", a[0], a[3], a[4], func(fd int) error { return unix.Fchown(fd, uid, gid) },
				func(dfd int, p string, flags int) error { return unix.Fchownat(dfd, p, uid, gid, flags) })
		}, "Change the owner and group id of path to the numeric uid and gid."),
		kwMethod("lchown", []string{"path", "uid", "gid"}, 3, 3, func(a []py.Object) (py.Object, error) {
			uid, gid, err := ids(a[1], a[2])
			if err != nil {
				return nil, err
			}
			return onePath("lchown", a[0], nil, func(dfd int, p string) error { return unix.Fchownat(dfd, p, uid, gid, unix.AT_SYMLINK_NOFOLLOW) })
		}, "Change the owner and group id of path to the numeric uid and gid, without following symbolic links."),
		kwMethod("fchown", []string{"fd", "uid", "gid"}, 3, 3, func(a []py.Object) (py.Object, error) {
			fd, err := asInt(a[0])
			if err != nil {
				return nil, err
			}
			uid, gid, err := ids(a[1], a[2])
			if err != nil {
				return nil, err
			}
			if err := retry(func() error { return unix.Fchown(fd, uid, gid) }); err != nil {
				return nil, pathError(err)
			}
			return py.None, nil
		}, "Change the owner and group id of the file specified by file descriptor."),
		kwMethod("access", []string{"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 2, 2, access,
			"Use the real uid/gid to test for access to a path."),
		kwMethod("truncate", []string{"path", "length"}, 2, 2, func(a []py.Object) (py.Object, error) {
			n, err := asLong(a[1])
			if err != nil {
				return nil, err
			}
			return fdOrPath("truncate", a[0], nil, nil, func(fd int) error { return unix.Ftruncate(fd, int64(n)) },
				func(_ int, p string, _ int) error { return unix.Truncate(p, int64(n)) })
		}, "Truncate a file, specified by path, to a specific length."),
		kwMethod("utime", []string{"path", "times", "ns", "dir_fd", "follow_symlinks"}, 1, 2, utime, "Set the access and modified time of path."),
	)
	impl := py.GetModuleImpl("os")
	for name, v := range map[string]int{"F_OK": unix.F_OK, "R_OK": unix.R_OK, "W_OK": unix.W_OK, "X_OK": unix.X_OK} {
		impl.Globals[name] = py.Int(v)
	}
}

// intOr converts an optional int argument.
func intOr(o py.Object, def int) (int, error) {
	if o == nil {
		return def, nil
	}
	return asInt(o)
}

// ids converts chown's uid and gid (-1 leaves one unchanged).
func ids(u, g py.Object) (int, int, error) {
	uid, err := asID(u, "uid")
	if err != nil {
		return 0, 0, err
	}
	gid, err := asID(g, "gid")
	return uid, gid, err
}

// onePath runs call on one converted path relative to dir_fd d, raising its OSError.
func onePath(fname string, path, d py.Object, call func(dfd int, p string) error) (py.Object, error) {
	p, err := convPath(fname, path, false)
	if err != nil {
		return nil, err
	}
	dfd, err := dirFd(d)
	if err != nil {
		return nil, err
	}
	if err := retry(func() error { return call(dfd, p.name) }); err != nil {
		return nil, pathError(err, p.obj)
	}
	return py.None, nil
}

// twoPaths runs call on a source and a destination, each relative to its dir_fd.
func twoPaths(fname string, src, dst, sd, dd py.Object, call func(sfd int, s string, dfd int, d string) error) (py.Object, error) {
	s, err := convPath(fname, src, false)
	if err != nil {
		return nil, err
	}
	d, err := convPath(fname, dst, false)
	if err != nil {
		return nil, err
	}
	sfd, err := dirFd(sd)
	if err != nil {
		return nil, err
	}
	dfd, err := dirFd(dd)
	if err != nil {
		return nil, err
	}
	if err := retry(func() error { return call(sfd, s.name, dfd, d.name) }); err != nil {
		return nil, pathError(err, s.obj, d.obj)
	}
	return py.None, nil
}

// fdOrPath runs onFd for a descriptor argument, else onPath with dir_fd and the
// AT_SYMLINK_NOFOLLOW flag of follow_symlinks=False.
func fdOrPath(fname string, path, d, follow py.Object, onFd func(fd int) error, onPath func(dfd int, p string, flags int) error) (py.Object, error) {
	p, err := convPath(fname, path, true)
	if err != nil {
		return nil, err
	}
	dfd, err := dirFd(d)
	if err != nil {
		return nil, err
	}
	if err := fdWithDirFd(fname, p, dfd); err != nil {
		return nil, err
	}
	fol, err := boolArg(follow, true)
	if err != nil {
		return nil, err
	}
	flags := 0
	if !fol {
		flags = unix.AT_SYMLINK_NOFOLLOW
	}
	if p.isFd {
		err = retry(func() error { return onFd(p.fd) })
	} else {
		err = retry(func() error { return onPath(dfd, p.name, flags) })
	}
	if err != nil {
		if fname == "utime" {
			return nil, pathError(err) // CPython's utime names no file
		}
		return nil, pathError(err, p.obj)
	}
	return py.None, nil
}

func readlink(a []py.Object) (py.Object, error) {
	p, err := convPath("readlink", a[0], false)
	if err != nil {
		return nil, err
	}
	dfd, err := dirFd(a[1])
	if err != nil {
		return nil, err
	}
	for size := 256; ; size *= 2 {
		buf := make([]byte, size)
		n, err := unix.Readlinkat(dfd, p.name, buf)
		if err != nil {
			return nil, pathError(err, p.obj)
		}
		if n < size {
			return p.result(string(buf[:n])), nil
		}
	}
}

func listdir(a []py.Object) (py.Object, error) {
	path := a[0]
	if path == nil || path == py.None {
		path = py.String(".")
	}
	p, err := convPath("listdir", path, true)
	if err != nil {
		return nil, err
	}
	var f *os.File
	if p.isFd {
		fd, err := unix.FcntlInt(uintptr(p.fd), unix.F_DUPFD_CLOEXEC, 0)
		if err != nil {
			return nil, pathError(err)
		}
		f = os.NewFile(uintptr(fd), "")
		_, _ = unix.Seek(fd, 0, 0)
		defer unix.Seek(p.fd, 0, 0)
	} else {
		fd, err := unix.Open(p.name, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
		if err != nil {
			return nil, pathError(err, p.obj)
		}
		f = os.NewFile(uintptr(fd), p.name)
	}
	defer f.Close()
	entries, err := readDirents(int(f.Fd()))
	if err != nil {
		return nil, pathError(err, p.obj)
	}
	out := make([]py.Object, len(entries))
	for i, e := range entries {
		out[i] = p.result(e.name)
	}
	return py.NewListFromItems(out), nil
}

func access(a []py.Object) (py.Object, error) {
	p, err := convPath("access", a[0], false)
	if err != nil {
		return nil, err
	}
	mode, err := asInt(a[1])
	if err != nil {
		return nil, err
	}
	dfd, err := dirFd(a[2])
	if err != nil {
		return nil, err
	}
	eff, err := boolArg(a[3], false)
	if err != nil {
		return nil, err
	}
	fol, err := boolArg(a[4], true)
	if err != nil {
		return nil, err
	}
	flags := 0
	if eff {
		flags |= unix.AT_EACCESS
	}
	if !fol {
		flags |= unix.AT_SYMLINK_NOFOLLOW
	}
	return py.NewBool(unix.Faccessat(dfd, p.name, uint32(mode), flags) == nil), nil
}

// utime is utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True).
func utime(a []py.Object) (py.Object, error) {
	times, ns := a[1], a[2]
	if times != nil && times != py.None && ns != nil {
		return nil, py.ExceptionNewf(py.ValueError, "utime: you may specify either 'times' or 'ns' but not both")
	}
	var ts []unix.Timespec
	pair := func(o py.Object, msg string, conv func(py.Object) (unix.Timespec, error)) error {
		t, ok := o.(py.Tuple)
		if !ok || len(t) != 2 {
			return py.ExceptionNewf(py.TypeError, "utime: %s", msg)
		}
		for _, x := range t {
			v, err := conv(x)
			if err != nil {
				return err
			}
			ts = append(ts, v)
		}
		return nil
	}
	if times != nil && times != py.None {
		if err := pair(times, "'times' must be either a tuple of two ints or None", timespecOf); err != nil {
			return nil, err
		}
	} else if ns != nil {
		if err := pair(ns, "'ns' must be a tuple of two ints", func(x py.Object) (unix.Timespec, error) {
			n, err := bigOf(x)
			if err != nil {
				return unix.Timespec{}, err
			}
			sec, nsec := new(big.Int).DivMod(n, big.NewInt(1e9), new(big.Int))
			if !sec.IsInt64() {
				return unix.Timespec{}, py.ExceptionNewf(py.OverflowError, "timestamp out of range for platform time_t")
			}
			return unix.Timespec{Sec: sec.Int64(), Nsec: nsec.Int64()}, nil
		}); err != nil {
			return nil, err
		}
	}
	set := func(fd int, name string, dfd, flags int) error {
		var arg []unix.Timespec
		if ts != nil {
			arg = ts
		} else {
			arg = []unix.Timespec{{Nsec: unix.UTIME_NOW}, {Nsec: unix.UTIME_NOW}}
		}
		if fd >= 0 {
			// futimens(fd, ts): utimensat with a null path.
			_, _, e := unix.Syscall6(unix.SYS_UTIMENSAT, uintptr(fd), 0, uintptr(unsafe.Pointer(&arg[0])), 0, 0, 0)
			if e != 0 {
				return e
			}
			return nil
		}
		return unix.UtimesNanoAt(dfd, name, arg, flags)
	}
	return fdOrPath("utime", a[0], a[3], a[4], func(fd int) error { return set(fd, "", 0, 0) },
		func(dfd int, p string, flags int) error { return set(-1, p, dfd, flags) })
}

// timespecOf converts a time in seconds (int or float) as CPython's utime does, rounding
// toward minus infinity, within time_t's range.
func timespecOf(x py.Object) (unix.Timespec, error) {
	outOfRange := py.ExceptionNewf(py.OverflowError, "timestamp out of range for platform time_t")
	switch x.(type) {
	case py.Int, py.Bool, *py.BigInt:
		n, err := asLong(x)
		if err != nil {
			return unix.Timespec{}, outOfRange
		}
		return unix.Timespec{Sec: n}, nil
	}
	f, err := py.FloatAsFloat64(x)
	if err != nil {
		return unix.Timespec{}, err
	}
	if math.IsNaN(f) {
		return unix.Timespec{}, py.ExceptionNewf(py.ValueError, "Invalid value NaN (not a number)")
	}
	sec := math.Floor(f)
	if sec < -(1<<63) || sec >= 1<<63 {
		return unix.Timespec{}, outOfRange
	}
	nsec := math.Floor((f - sec) * 1e9)
	if nsec >= 1e9 {
		sec, nsec = sec+1, nsec-1e9
	}
	return unix.Timespec{Sec: int64(sec), Nsec: int64(nsec)}, nil
}
