package io

import (
	"os"
	"strings"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/builtins"
	"github.com/gopyrt/gopy/modules/errno"
	gopyos "github.com/gopyrt/gopy/modules/os"
	"github.com/gopyrt/gopy/objects"
)

// The builtin open() still makes gpython's file object, but opens it as CPython's _io.open
// does: gpython's opened every file with O_APPEND and created one only in 'w' mode, so 'a'
// could not create a file, 'x' never created one and 'r+' wrote at the end; its errors
// carried Go's text instead of errno. This open checks the arguments in CPython's order
// (argument types, then the mode, then the file, then what needs the open file), opens with
// open(2) (close-on-exec, mode 0666, the GIL released while a FIFO blocks), refuses a
// directory as CPython's FileIO does, and accepts a descriptor, bytes and os.PathLike names
// and an opener.

var openParams = []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}

func init() {
	builtins.Add(py.MustNewMethod("open", builtinOpen, 0, openDoc))
}

const openDoc = `Open file and return a stream.  Raise OSError upon failure.`

// openMode is a parsed mode string.
type openMode struct {
	flags        int // open(2) flags
	perm         py.FileMode
	text, binary bool
}

// parseOpenMode checks mode as _io.open and FileIO do, with their messages.
func parseOpenMode(mode string) (openMode, error) {
	var m openMode
	var create, read, write, appnd, update bool
	for i, c := range mode {
		if strings.ContainsRune(mode[i+1:], c) || !strings.ContainsRune("xrwa+tb", c) {
			return m, py.ExceptionNewf(py.ValueError, "invalid mode: '%s'", mode)
		}
		switch c {
		case 'x':
			create = true
		case 'r':
			read = true
		case 'w':
			write = true
		case 'a':
			appnd = true
		case '+':
			update = true
		case 't':
			m.text = true
		case 'b':
			m.binary = true
		}
	}
	if m.text && m.binary {
		return m, py.ExceptionNewf(py.ValueError, "can't have text and binary mode at once")
	}
	n := 0
	for _, set := range []bool{create, read, write, appnd} {
		if set {
			n++
		}
	}
	if n > 1 {
		return m, py.ExceptionNewf(py.ValueError, "must have exactly one of create/read/write/append mode")
	}
	m.perm = py.FileText
	if m.binary {
		m.perm = py.FileBinary
	}
	switch {
	case read:
		m.flags, m.perm = unix.O_RDONLY, m.perm|py.FileRead
	case write:
		m.flags, m.perm = unix.O_WRONLY|unix.O_CREAT|unix.O_TRUNC, m.perm|py.FileWrite
	case appnd:
		m.flags, m.perm = unix.O_WRONLY|unix.O_CREAT|unix.O_APPEND, m.perm|py.FileWrite
	case create:
		m.flags, m.perm = unix.O_WRONLY|unix.O_CREAT|unix.O_EXCL, m.perm|py.FileWrite
	}
	if update && n == 1 {
		m.flags = m.flags&^(unix.O_WRONLY|unix.O_RDONLY) | unix.O_RDWR
		m.perm |= py.FileReadWrite
	}
	return m, nil
}

// optStr checks an argument that must be a str or None; it gives "" for None.
func optStr(name string, v py.Object) (string, bool, error) {
	if v == nil || v == py.None {
		return "", false, nil
	}
	s, ok := v.(py.String)
	if !ok {
		return "", false, py.ExceptionNewf(py.TypeError, "open() argument '%s' must be str or None, not %s", name, v.Type().Name)
	}
	return string(s), true, nil
}

func builtinOpen(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var file, modeObj, bufObj, encObj, errObj, nlObj, closefdObj, opener py.Object
	if len(args) > len(openParams) {
		return nil, py.ExceptionNewf(py.TypeError, "open() takes at most %d arguments (%d given)", len(openParams), len(args))
	}
	if err := objects.ParseArgs("open", args, kw, openParams, len(openParams), 1,
		&file, &modeObj, &bufObj, &encObj, &errObj, &nlObj, &closefdObj, &opener); err != nil {
		return nil, err
	}
	mode := "r"
	if modeObj != nil {
		s, ok := modeObj.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "open() argument 'mode' must be str, not %s", modeObj.Type().Name)
		}
		mode = string(s)
	}
	buffering := -1
	if bufObj != nil {
		n, err := py.Index(bufObj)
		if err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", bufObj.Type().Name)
		}
		buffering = int(n)
	}
	encoding, hasEnc, err := optStr("encoding", encObj)
	if err != nil {
		return nil, err
	}
	errorsArg, hasErrors, err := optStr("errors", errObj)
	if err != nil {
		return nil, err
	}
	newline, hasNewline, err := optStr("newline", nlObj)
	if err != nil {
		return nil, err
	}
	closefd := true
	if closefdObj != nil {
		if closefd, err = py.ObjectIsTrue(closefdObj); err != nil {
			return nil, err
		}
	}
	m, err := parseOpenMode(mode)
	if err != nil {
		return nil, err
	}
	switch {
	case m.binary && hasEnc:
		return nil, py.ExceptionNewf(py.ValueError, "binary mode doesn't take an encoding argument")
	case m.binary && hasErrors:
		return nil, py.ExceptionNewf(py.ValueError, "binary mode doesn't take an errors argument")
	case m.binary && hasNewline:
		return nil, py.ExceptionNewf(py.ValueError, "binary mode doesn't take a newline argument")
	}
	f, err := openRaw(self, file, m, closefd, opener)
	if err != nil {
		return nil, err
	}
	fail := func(err error) (py.Object, error) {
		_ = f.File.File.Close()
		return nil, err
	}
	if buffering == 0 && !m.binary {
		return fail(py.ExceptionNewf(py.ValueError, "can't have unbuffered text I/O"))
	}
	if m.binary {
		return f, nil
	}
	// What gpython's text file cannot do yet (it reads and writes UTF-8 without newline
	// translation) is refused rather than done wrong.
	switch strings.ReplaceAll(strings.ToLower(encoding), "_", "-") {
	case "", "utf-8", "utf8", "locale":
	default:
		return fail(py.ExceptionNewf(py.NotImplementedError, "encoding not implemented yet"))
	}
	if hasErrors && errorsArg != "strict" {
		return fail(py.ExceptionNewf(py.NotImplementedError, "errors not implemented yet"))
	}
	switch {
	case !hasNewline, newline == "", newline == "\n":
	case newline == "\r", newline == "\r\n":
		return fail(py.ExceptionNewf(py.NotImplementedError, "newline not implemented yet"))
	default:
		return fail(py.ExceptionNewf(py.ValueError, "illegal newline value: %s", newline))
	}
	return f, nil
}

// openRaw opens the file (a name, a descriptor, or what opener returns) as FileIO does.
func openRaw(self, file py.Object, m openMode, closefd bool, opener py.Object) (*objects.File, error) {
	var name py.Object
	var fd int
	switch v := file.(type) {
	case py.Int, py.Bool:
		n, _ := py.Index(v)
		if n < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "negative file descriptor")
		}
		fd = int(n)
		if !closefd {
			// The file object closes its descriptor; the caller keeps this one.
			d, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
			if err != nil {
				return nil, errno.FromError(err)
			}
			fd = d
		}
	default:
		p, ok, err := gopyos.FSPath(file)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "expected str, bytes or os.PathLike object, not %s", file.Type().Name)
		}
		if !closefd {
			return nil, py.ExceptionNewf(py.ValueError, "Cannot use closefd=False with file name")
		}
		if m.flags == 0 && m.perm&py.FileReadWrite == 0 {
			return nil, py.ExceptionNewf(py.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus")
		}
		name = p
		path := pathString(p)
		if strings.IndexByte(path, 0) >= 0 {
			return nil, py.ExceptionNewf(py.ValueError, "embedded null byte")
		}
		if fd, err = openPath(self, file, p, path, m.flags|unix.O_CLOEXEC, opener); err != nil {
			return nil, err
		}
	}
	if m.perm&py.FileReadWrite == 0 {
		return nil, closeWith(fd, py.ExceptionNewf(py.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus"))
	}
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return nil, closeWith(fd, errno.FromError(err))
	}
	if st.Mode&unix.S_IFMT == unix.S_IFDIR {
		return nil, closeWith(fd, osError(unix.EISDIR, name))
	}
	label := ""
	if name != nil {
		label = pathString(name)
	}
	return objects.NewFile(&py.File{File: os.NewFile(uintptr(fd), label), FileMode: m.perm}), nil
}

// openPath opens a file name, or calls opener(name, flags) for the descriptor.
func openPath(self, file, name py.Object, path string, flags int, opener py.Object) (int, error) {
	if opener != nil && opener != py.None {
		res, err := py.Call(opener, py.Tuple{file, py.Int(flags)}, nil)
		if err != nil {
			return -1, err
		}
		n, ok := res.(py.Int)
		if !ok {
			return -1, py.ExceptionNewf(py.TypeError, "expected an integer from opener")
		}
		if n < 0 {
			return -1, py.ExceptionNewf(py.ValueError, "opener returned %d", n)
		}
		return int(n), nil
	}
	var fd int
	var err error
	open := func() {
		for {
			fd, err = unix.Open(path, flags, 0o666)
			if err != unix.EINTR {
				return
			}
		}
	}
	if mod, ok := self.(*py.Module); ok && mod != nil && mod.Context != nil {
		// Opening a FIFO waits for the other end: other threads run meanwhile.
		gil.Unlocked(mod.Context, open)
	} else {
		open()
	}
	if e, ok := err.(unix.Errno); ok {
		return -1, osError(e, name)
	}
	return fd, err
}

// osError is the OSError subclass for e naming the file as the caller gave it (str or bytes).
func osError(e unix.Errno, name py.Object) error {
	args := py.Tuple{py.Int(int(e)), py.String(errno.Strerror(e))}
	if name != nil {
		args = append(args, name)
	}
	v, err := py.Call(py.OSError, args, nil)
	if err != nil {
		return err
	}
	return py.ExceptionInfo{Type: v.Type(), Value: v}
}

// pathString is the file name of a str or bytes path.
func pathString(p py.Object) string {
	if b, ok := p.(py.Bytes); ok {
		return string(b)
	}
	s, _ := p.(py.String)
	return string(s)
}

func closeWith(fd int, err error) error {
	_ = unix.Close(fd)
	return err
}
