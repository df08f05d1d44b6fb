package os

import (
	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"
)

// statResult is os.stat_result: ten visible fields (the times as whole seconds) and the
// float and nanosecond times, block size, block count and device by name only.
var statResult = newSeqType("os", "stat_result",
	"stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a tuple of\n  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\nor via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.",
	[]string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "", "", "",
		"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
		"st_blksize", "st_blocks", "st_rdev"}, 10,
	[]string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"})

func init() {
	// A stat_result made by Python code without the float times takes the whole seconds.
	statResult.fill = func(v []py.Object) {
		for i := 0; i < 3; i++ {
			if v[10+i] == py.None {
				v[10+i] = v[7+i]
			}
		}
	}
	py.GetModuleImpl("os").Globals["stat_result"] = statResult.typ
	addMethods(
		py.MustNewMethod("stat", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return statCall("stat", args, kwargs, true)
		}, 0, "Perform a stat system call on the given path.\n\n  path\n    Path to be examined; can be string, bytes, a path-like object or open-file-descriptor int.\n  dir_fd\n    If not None, it should be a file descriptor open to a directory,\n    and path should be a relative string; path will then be relative to\n    that directory.\n  follow_symlinks\n    If False, and the last element of the path is a symbolic link,\n    stat will examine the symbolic link itself instead of the file\n    the link points to."),
		py.MustNewMethod("lstat", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return statCall("lstat", args, kwargs, false)
		}, 0, "Perform a stat system call on the given path, without following symbolic links.\n\nLike stat(), but do not follow symbolic links.\nEquivalent to stat(path, follow_symlinks=False)."),
		py.MustNewMethod("fstat", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := parseArgs("fstat", args, kwargs, []string{"fd"}, 1, 1)
			if err != nil {
				return nil, err
			}
			fd, err := asInt(a[0])
			if err != nil {
				return nil, err
			}
			var st unix.Stat_t
			if err := retry(func() error { return unix.Fstat(fd, &st) }); err != nil {
				return nil, pathError(err)
			}
			return newStatResult(&st), nil
		}, 0, "Perform a stat system call on the given file descriptor.\n\nLike stat(), but for an open file descriptor.\nEquivalent to os.stat(fd)."),
	)
}

// statCall is stat(path, *, dir_fd=None, follow_symlinks=True) and lstat (no descriptor,
// no following).
func statCall(fname string, args py.Tuple, kwargs py.StringDict, isStat bool) (py.Object, error) {
	names := []string{"path", "dir_fd", "follow_symlinks"}
	if !isStat {
		names = names[:2]
	}
	a, err := parseArgs(fname, args, kwargs, names, 1, 1)
	if err != nil {
		return nil, err
	}
	p, err := convPath(fname, a[0], isStat)
	if err != nil {
		return nil, err
	}
	dfd, err := dirFd(a[1])
	if err != nil {
		return nil, err
	}
	if err := fdWithDirFd(fname, p, dfd); err != nil {
		return nil, err
	}
	follow := isStat
	if isStat {
		if follow, err = boolArg(a[2], true); err != nil {
			return nil, err
		}
	}
	st, err := doStat(p, dfd, follow)
	if err != nil {
		return nil, err
	}
	return newStatResult(st), nil
}

// doStat stats a converted path (or descriptor), raising CPython's OSError.
func doStat(p pathVal, dfd int, follow bool) (*unix.Stat_t, error) {
	var st unix.Stat_t
	var err error
	if p.isFd {
		if p.fd < 0 {
			return nil, pathError(unix.EFAULT, p.obj)
		}
		err = retry(func() error { return unix.Fstat(p.fd, &st) })
	} else {
		flags := 0
		if !follow {
			flags = unix.AT_SYMLINK_NOFOLLOW
		}
		err = retry(func() error { return unix.Fstatat(dfd, p.name, &st, flags) })
	}
	if err != nil {
		return nil, pathError(err, p.obj)
	}
	return &st, nil
}

// newStatResult converts the system's stat structure.
func newStatResult(st *unix.Stat_t) *StructSeq {
	ns := func(t unix.Timespec) int64 { return t.Sec*1e9 + t.Nsec }
	float := func(t unix.Timespec) py.Float { return py.Float(float64(t.Sec) + float64(t.Nsec)*1e-9) }
	return statResult.make(
		py.Int(st.Mode), py.Int(st.Ino), py.Int(st.Dev), py.Int(st.Nlink),
		py.Int(st.Uid), py.Int(st.Gid), py.Int(st.Size),
		py.Int(st.Atim.Sec), py.Int(st.Mtim.Sec), py.Int(st.Ctim.Sec),
		float(st.Atim), float(st.Mtim), float(st.Ctim),
		py.Int(ns(st.Atim)), py.Int(ns(st.Mtim)), py.Int(ns(st.Ctim)),
		py.Int(st.Blksize), py.Int(st.Blocks), py.Int(st.Rdev),
	)
}
