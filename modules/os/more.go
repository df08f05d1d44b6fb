package os

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/memlimit"
	"golang.org/x/sys/unix"
)

// statvfsResult is os.statvfs_result.
var statvfsResult = newSeqType("os", "statvfs_result",
	"statvfs_result: Result from statvfs or fstatvfs.\n\nThis object may be accessed either as a tuple of\n  (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),\nor via the attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.",
	[]string{"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid"}, 10, nil)

// The remaining calls on directories, file systems and devices: chdir/fchdir,
// closerange, sync, statvfs/fstatvfs, mknod and the device numbers, getrandom,
// device_encoding, and the EX_*, ST_* and GRND_* constants.
func init() {
	statvfs := func(fname string, allowPath bool) func(a []py.Object) (py.Object, error) {
		return func(a []py.Object) (py.Object, error) {
			var p pathVal
			var err error
			if allowPath {
				p, err = convPath(fname, a[0], true)
			} else {
				p.isFd = true
				p.fd, err = asInt(a[0])
			}
			if err != nil {
				return nil, err
			}
			var st unix.Statfs_t
			if p.isFd {
				err = retry(func() error { return unix.Fstatfs(p.fd, &st) })
			} else {
				err = retry(func() error { return unix.Statfs(p.name, &st) })
			}
			if err != nil {
				if p.isFd {
					return nil, pathError(err)
				}
				return nil, pathError(err, p.obj)
			}
			fsid := uint64(uint32(st.Fsid.Val[0])) | uint64(uint32(st.Fsid.Val[1]))<<32
			return statvfsResult.make(py.Int(st.Bsize), py.Int(st.Frsize), py.Int(st.Blocks), py.Int(st.Bfree),
				py.Int(st.Bavail), py.Int(st.Files), py.Int(st.Ffree), py.Int(st.Ffree),
				py.Int(st.Flags&^0x20), py.Int(st.Namelen), py.Int(int64(fsid))), nil
		}
	}
	addMethods(
		kwMethod("chdir", []string{"path"}, 1, 1, func(a []py.Object) (py.Object, error) {
			return fdOrPath("chdir", a[0], nil, nil, unix.Fchdir, func(_ int, p string, _ int) error { return unix.Chdir(p) })
		}, "Change the current working directory to the specified path."),
		kwMethod("fchdir", []string{"fd"}, 1, 1, func(a []py.Object) (py.Object, error) {
			fd, err := fdArg(a[0])
			if err != nil {
				return nil, err
			}
			if err := unix.Fchdir(fd); err != nil {
				return nil, pathError(err)
			}
			return py.None, nil
		}, "Change to the directory of the given file descriptor."),
		noneFunc("closerange", []conv{asInt, asInt}, func(a []int) error {
			closeRange(a[0], a[1])
			return nil
		}, "Closes all file descriptors in [fd_low, fd_high), ignoring errors."),
		noArgs("sync", func() (py.Object, error) { unix.Sync(); return py.None, nil }, "Force write of everything to disk."),
		kwMethod("statvfs", []string{"path"}, 1, 1, statvfs("statvfs", true), "Perform a statvfs system call on the given path."),
		kwMethod("fstatvfs", []string{"fd"}, 1, 1, statvfs("fstatvfs", false), "Perform an fstatvfs system call on the given fd."),
		kwMethod("mknod", []string{"path", "mode", "device", "dir_fd"}, 1, 3, func(a []py.Object) (py.Object, error) {
			mode, err := intOr(a[1], 0o600)
			if err != nil {
				return nil, err
			}
			var dev uint64
			if a[2] != nil {
				if dev, err = asDev(a[2]); err != nil {
					return nil, err
				}
			}
			p, err := convPath("mknod", a[0], false)
			if err != nil {
				return nil, err
			}
			dfd, err := dirFd(a[3])
			if err != nil {
				return nil, err
			}
			// CPython's mknod names no file in its error
			if err := retry(func() error { return unix.Mknodat(dfd, p.name, uint32(mode), int(dev)) }); err != nil {
				return nil, pathError(err)
			}
			return py.None, nil
		}, "Create a node in the file system."),
		oneArg("major", func(o py.Object) (py.Object, error) {
			d, err := asDev(o)
			return py.Int(unix.Major(d)), err
		}, "Extracts a device major number from a raw device number."),
		oneArg("minor", func(o py.Object) (py.Object, error) {
			d, err := asDev(o)
			return py.Int(unix.Minor(d)), err
		}, "Extracts a device minor number from a raw device number."),
		py.MustNewMethod("makedev", func(self py.Object, args py.Tuple) (py.Object, error) {
			a, err := intArgs("makedev", args, asInt, asInt)
			if err != nil {
				return nil, err
			}
			return py.Int(int64(unix.Mkdev(uint32(a[0]), uint32(a[1])))), nil
		}, 0, "Composes a raw device number from the major and minor device numbers."),
		kwMethod("getrandom", []string{"size", "flags"}, 1, 2, func(a []py.Object) (py.Object, error) {
			n, err := asSsizeInt(a[0])
			if err != nil {
				return nil, err
			}
			flags, err := intOr(a[1], 0)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, pathError(unix.EINVAL)
			}
			if err := memlimit.Check(n, 1); err != nil {
				return nil, err
			}
			buf := make([]byte, n)
			var got int
			if err := retry(func() (err error) { got, err = unix.Getrandom(buf, flags); return err }); err != nil {
				return nil, pathError(err)
			}
			return py.Bytes(buf[:got]), nil
		}, "Obtain a series of random bytes."),
		kwMethod("device_encoding", []string{"fd"}, 1, 1, func(a []py.Object) (py.Object, error) {
			fd, err := asInt(a[0])
			if err != nil {
				return nil, err
			}
			if _, err := unix.IoctlGetTermios(fd, unix.TCGETS); err != nil {
				return py.None, nil
			}
			return py.String("utf-8"), nil
		}, "Return a string describing the encoding of a terminal's file descriptor."),
	)
	addMethods(
		idSetter("setuid", "uid", func(a []int) error { return unix.Setuid(a[0]) }, "Set the current process's user id."),
		idSetter("setgid", "gid", func(a []int) error { return unix.Setgid(a[0]) }, "Set the current process's group id."),
		idSetter("seteuid", "uid", func(a []int) error { return unix.Setresuid(-1, a[0], -1) }, "Set the current process's effective user id."),
		idSetter("setegid", "gid", func(a []int) error { return unix.Setresgid(-1, a[0], -1) }, "Set the current process's effective group id."),
		idSetter("setreuid", "uid", func(a []int) error { return unix.Setreuid(a[0], a[1]) }, "Set the current process's real and effective user ids."),
		idSetter("setregid", "gid", func(a []int) error { return unix.Setregid(a[0], a[1]) }, "Set the current process's real and effective group ids."),
		idSetter("setresuid", "uid", func(a []int) error { return unix.Setresuid(a[0], a[1], a[2]) }, "Set the current process's real, effective, and saved user ids."),
		idSetter("setresgid", "gid", func(a []int) error { return unix.Setresgid(a[0], a[1], a[2]) }, "Set the current process's real, effective, and saved group ids."),
		noArgs("getresuid", func() (py.Object, error) {
			r, e, s := unix.Getresuid()
			return py.Tuple{py.Int(r), py.Int(e), py.Int(s)}, nil
		}, "Return a tuple of the current process's real, effective, and saved user ids."),
		noArgs("getresgid", func() (py.Object, error) {
			r, e, s := unix.Getresgid()
			return py.Tuple{py.Int(r), py.Int(e), py.Int(s)}, nil
		}, "Return a tuple of the current process's real, effective, and saved group ids."),
	)
	impl := py.GetModuleImpl("os")
	impl.Globals["statvfs_result"] = statvfsResult.typ
	for name, v := range map[string]int{
		"EX_OK": 0, "EX_USAGE": 64, "EX_DATAERR": 65, "EX_NOINPUT": 66, "EX_NOUSER": 67, "EX_NOHOST": 68,
		"EX_UNAVAILABLE": 69, "EX_SOFTWARE": 70, "EX_OSERR": 71, "EX_OSFILE": 72, "EX_CANTCREAT": 73,
		"EX_IOERR": 74, "EX_TEMPFAIL": 75, "EX_PROTOCOL": 76, "EX_NOPERM": 77, "EX_CONFIG": 78,
		"ST_RDONLY": unix.ST_RDONLY, "ST_NOSUID": unix.ST_NOSUID, "ST_NODEV": unix.ST_NODEV,
		"ST_NOEXEC": unix.ST_NOEXEC, "ST_SYNCHRONOUS": unix.ST_SYNCHRONOUS, "ST_MANDLOCK": unix.ST_MANDLOCK,
		"ST_WRITE": 128, "ST_APPEND": 256, "ST_NOATIME": unix.ST_NOATIME, "ST_NODIRATIME": unix.ST_NODIRATIME,
		"ST_RELATIME": unix.ST_RELATIME, "TMP_MAX": 238328, // glibc's
		"GRND_NONBLOCK": unix.GRND_NONBLOCK, "GRND_RANDOM": unix.GRND_RANDOM,
	} {
		impl.Globals[name] = py.Int(v)
	}
}

// idSetter wraps set*id: one argument is CPython's "O" method, several its positional-only
// form; each is a uid or gid (kind), -1 meaning unchanged.
func idSetter(name, kind string, f func([]int) error, doc string) *py.Method {
	n := map[string]int{"setreuid": 2, "setregid": 2, "setresuid": 3, "setresgid": 3}[name]
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		switch {
		case n == 0 && len(args) != 1:
			return nil, py.ExceptionNewf(py.TypeError, "posix.%s() takes exactly one argument (%d given)", name, len(args))
		case n > 0 && len(args) != n:
			return nil, py.ExceptionNewf(py.TypeError, "%s expected %d arguments, got %d", name, n, len(args))
		}
		ids := make([]int, len(args))
		for i, o := range args {
			switch o.(type) {
			case py.Int, *py.BigInt, py.Bool:
			default:
				return nil, py.ExceptionNewf(py.TypeError, "%s should be integer, not %s", kind, o.Type().Name)
			}
			v, err := asID(o, kind)
			if err != nil {
				return nil, err
			}
			ids[i] = v
		}
		if err := f(ids); err != nil {
			return nil, pathError(err)
		}
		return py.None, nil
	}, 0, doc)
}
