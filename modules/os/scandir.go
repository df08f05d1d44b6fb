package os

import (
	"encoding/binary"
	"os"
	"strings"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/modules/builtins"
)

// dirent is one directory entry as getdents64 reports it.
type dirent struct {
	name  string
	ino   uint64
	dtype uint8
}

// readDirents lists the entries of the open directory fd (but . and ..), in the
// system's order, as readdir gives them to CPython.
func readDirents(fd int) ([]dirent, error) {
	var out []dirent
	buf := make([]byte, 32<<10)
	for {
		var n int
		err := retry(func() (err error) { n, err = unix.Getdents(fd, buf); return err })
		if err != nil {
			return nil, err
		}
		if n <= 0 {
			return out, nil
		}
		for off := 0; off < n; {
			rec := buf[off:]
			reclen := int(binary.LittleEndian.Uint16(rec[16:18]))
			name := cstr(rec[19:reclen])
			if name != "." && name != ".." {
				out = append(out, dirent{name: name, ino: binary.LittleEndian.Uint64(rec[0:8]), dtype: rec[18]})
			}
			off += reclen
		}
	}
}

// DirEntryType is os.DirEntry, the entries os.scandir yields.
var DirEntryType = py.NewType("DirEntry", "")

// ScandirIteratorType is the type of os.scandir's result.
var ScandirIteratorType = py.NewType("ScandirIterator", "")

// DirEntry is one entry of os.scandir: its name, its path, the type the directory listing
// reported and the stat results once fetched.
type DirEntry struct {
	d        dirent
	path     string
	dirFd    int // the directory's descriptor when scandir was given one, else -1
	bytes    bool
	stat     *unix.Stat_t // following symlinks
	lstat    *unix.Stat_t
	pathName py.Object
}

// Type returns DirEntryType.
func (e *DirEntry) Type() *py.Type { return DirEntryType }

// M__repr__ is <DirEntry 'name'>.
func (e *DirEntry) M__repr__() (py.Object, error) {
	return py.String("<DirEntry " + reprOf(e.nameObj()) + ">"), nil
}

// M__fspath__ is the entry's path.
func (e *DirEntry) M__fspath__() (py.Object, error) { return e.pathObj(), nil }

// M__getattr__ is reached for names the type lacks: CPython's AttributeError.
func (e *DirEntry) M__getattr__(name string) (py.Object, error) {
	return nil, py.ExceptionNewf(py.AttributeError, "'posix.DirEntry' object has no attribute '%s'", name)
}

func (e *DirEntry) nameObj() py.Object {
	if e.bytes {
		return py.Bytes(e.d.name)
	}
	return py.String(e.d.name)
}

func (e *DirEntry) pathObj() py.Object {
	if e.bytes {
		return py.Bytes(e.path)
	}
	return py.String(e.path)
}

// getStat fetches (once) the entry's stat, following symlinks or not.
func (e *DirEntry) getStat(follow bool) (*unix.Stat_t, error) {
	if e.lstat == nil {
		st, err := e.statCall(unix.AT_SYMLINK_NOFOLLOW)
		if err != nil {
			return nil, err
		}
		e.lstat = st
	}
	if !follow || e.lstat.Mode&unix.S_IFMT != unix.S_IFLNK {
		return e.lstat, nil
	}
	if e.stat == nil {
		st, err := e.statCall(0)
		if err != nil {
			return nil, err
		}
		e.stat = st
	}
	return e.stat, nil
}

func (e *DirEntry) statCall(flags int) (*unix.Stat_t, error) {
	var st unix.Stat_t
	var err error
	if e.dirFd >= 0 {
		err = retry(func() error { return unix.Fstatat(e.dirFd, e.d.name, &st, flags) })
	} else {
		err = retry(func() error { return unix.Fstatat(unix.AT_FDCWD, e.path, &st, flags) })
	}
	if err != nil {
		return nil, pathError(err, e.pathObj())
	}
	return &st, nil
}

// isType tells whether the entry is of file type want (S_IFDIR, S_IFREG); a vanished
// file is of no type.
func (e *DirEntry) isType(follow bool, want uint32) (py.Object, error) {
	dt := e.d.dtype
	if dt != unix.DT_UNKNOWN && !(follow && dt == unix.DT_LNK) {
		switch want {
		case unix.S_IFDIR:
			return py.NewBool(dt == unix.DT_DIR), nil
		case unix.S_IFREG:
			return py.NewBool(dt == unix.DT_REG), nil
		}
		return py.NewBool(dt == unix.DT_LNK), nil
	}
	st, err := e.getStat(follow)
	if err != nil {
		if isErrno(err, unix.ENOENT) {
			return py.False, nil
		}
		return nil, err
	}
	return py.NewBool(st.Mode&unix.S_IFMT == want), nil
}

// isErrno tells whether a raised exception carries errno e.
func isErrno(err error, e unix.Errno) bool {
	var exc py.Object
	switch v := err.(type) {
	case *py.Exception:
		exc = v
	case py.ExceptionInfo:
		exc = v.Value
	default:
		return false
	}
	n, gerr := py.GetAttrString(exc, "errno")
	return gerr == nil && n == py.Int(int(e))
}

// ScandirIterator is os.scandir's iterator, also a context manager.
type ScandirIterator struct {
	entries []*DirEntry
	pos     int
}

// Type returns ScandirIteratorType.
func (it *ScandirIterator) Type() *py.Type { return ScandirIteratorType }

// M__iter__ returns the iterator itself.
func (it *ScandirIterator) M__iter__() (py.Object, error) { return it, nil }

// M__next__ yields the next entry.
func (it *ScandirIterator) M__next__() (py.Object, error) {
	if it.pos >= len(it.entries) {
		it.entries = nil
		return nil, py.StopIteration
	}
	it.pos++
	return it.entries[it.pos-1], nil
}

// M__enter__ returns the iterator itself.
func (it *ScandirIterator) M__enter__() (py.Object, error) { return it, nil }

// M__exit__ closes the iterator.
func (it *ScandirIterator) M__exit__(exc, val, tb py.Object) (py.Object, error) {
	it.entries = nil
	return py.False, nil
}

func scandir(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs("scandir", args, kwargs, []string{"path"}, 0, 1)
	if err != nil {
		return nil, err
	}
	path := a[0]
	if path == nil || path == py.None {
		path = py.String(".")
	}
	p, err := convPath("scandir", path, true)
	if err != nil {
		return nil, err
	}
	var ents []dirent
	dirfd := -1
	if p.isFd {
		fd, err := unix.FcntlInt(uintptr(p.fd), unix.F_DUPFD_CLOEXEC, 0)
		if err != nil {
			return nil, pathError(err)
		}
		unix.Seek(fd, 0, 0)
		ents, err = readDirents(fd)
		unix.Close(fd)
		if err != nil {
			return nil, pathError(err)
		}
		dirfd = p.fd
	} else {
		fd, err := unix.Open(p.name, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
		if err != nil {
			return nil, pathError(err, p.obj)
		}
		f := os.NewFile(uintptr(fd), p.name)
		ents, err = readDirents(fd)
		f.Close()
		if err != nil {
			return nil, pathError(err, p.obj)
		}
	}
	it := &ScandirIterator{}
	for _, d := range ents {
		e := &DirEntry{d: d, dirFd: dirfd, bytes: p.isBytes, path: d.name}
		if !p.isFd {
			if strings.HasSuffix(p.name, "/") {
				e.path = p.name + d.name
			} else {
				e.path = p.name + "/" + d.name
			}
		}
		it.entries = append(it.entries, e)
	}
	return it, nil
}

func init() {
	follow := func(name string, args py.Tuple, kwargs py.StringDict) (bool, error) {
		a, err := parseArgs(name, args, kwargs, []string{"follow_symlinks"}, 0, 0)
		if err != nil {
			return false, err
		}
		return boolArg(a[0], true)
	}
	typeMethod := func(name string, want uint32, doc string) *py.Method {
		return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			f, err := follow(name, args, kwargs)
			if err != nil {
				return nil, err
			}
			return self.(*DirEntry).isType(f, want)
		}, 0, doc)
	}
	d := DirEntryType.Dict
	d["__module__"] = py.String("posix")
	d["name"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return self.(*DirEntry).nameObj(), nil }, Doc: "the entry's base filename, relative to scandir() \"path\" argument"}
	d["path"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return self.(*DirEntry).pathObj(), nil }, Doc: "the entry's full path name; equivalent to os.path.join(scandir_path, entry.name)"}
	d["is_dir"] = typeMethod("is_dir", unix.S_IFDIR, "Return True if the entry is a directory; cached per entry.")
	d["is_file"] = typeMethod("is_file", unix.S_IFREG, "Return True if the entry is a file; cached per entry.")
	d["is_symlink"] = py.MustNewMethod("is_symlink", func(self py.Object) (py.Object, error) {
		return self.(*DirEntry).isType(false, unix.S_IFLNK)
	}, 0, "Return True if the entry is a symbolic link; cached per entry.")
	d["stat"] = py.MustNewMethod("stat", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		f, err := follow("stat", args, kwargs)
		if err != nil {
			return nil, err
		}
		st, err := self.(*DirEntry).getStat(f)
		if err != nil {
			return nil, err
		}
		return newStatResult(st), nil
	}, 0, "Return stat_result object for the entry; cached per entry.")
	d["__fspath__"] = py.MustNewMethod("__fspath__", func(self py.Object) (py.Object, error) {
		return self.(*DirEntry).pathObj(), nil
	}, 0, "Returns the path for the entry.")
	d["inode"] = py.MustNewMethod("inode", func(self py.Object) (py.Object, error) {
		return py.Int(self.(*DirEntry).d.ino), nil
	}, 0, "Return inode of the entry; cached per entry.")
	ScandirIteratorType.Dict["__module__"] = py.String("posix")
	ScandirIteratorType.Dict["close"] = py.MustNewMethod("close", func(self py.Object) (py.Object, error) {
		self.(*ScandirIterator).entries = nil
		return py.None, nil
	}, 0, "Close the iterator.")
	DirEntryType.New = func(*py.Type, py.Tuple, py.StringDict) (py.Object, error) {
		return nil, py.ExceptionNewf(py.TypeError, "cannot create 'posix.DirEntry' instances")
	}
	ScandirIteratorType.New = func(*py.Type, py.Tuple, py.StringDict) (py.Object, error) {
		return nil, py.ExceptionNewf(py.TypeError, "cannot create 'posix.ScandirIterator' instances")
	}
	builtins.Ready(DirEntryType, ScandirIteratorType)
	addMethods(py.MustNewMethod("scandir", scandir, 0, "Return an iterator of DirEntry objects for given path."))
	py.GetModuleImpl("os").Globals["DirEntry"] = DirEntryType
}
