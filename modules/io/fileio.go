package io

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/fdio"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/errno"
	gopyos "github.com/gopyrt/gopy/modules/os"
)

// FileIO is _io.FileIO: raw binary I/O on a file descriptor (CPython's fileio.c).
//
// Reads and writes on a descriptor that is not a regular file (a pipe, a terminal, a
// socket) first wait for it to be ready with the GIL released (gil.WaitFd: other threads
// run, and a signal handler interrupts the main thread's wait as in CPython); regular
// files are read and written directly. The descriptor is in fdCore, which finalize.go closes
// if the object is collected without having been closed (see finalize.go).
type FileIO struct {
	classes.Instance
	ctx       py.Context
	core      *fdCore
	readable  bool
	writable  bool
	appending bool
	created   bool
	seekable  int // -1 not known yet, 0 no, 1 yes
	blksize   int
	waits     bool // not a regular file: its reads and writes may wait (through io)
	device    bool // a character device (a terminal, /dev/null)
	io        fdio.Fd
}

// fdCore is the descriptor of a FileIO, kept by finalize.go to close it if the FileIO is
// collected open.
type fdCore struct {
	fd      int // -1 once closed
	closefd bool
}

// FileIOType is _io.FileIO.
var FileIOType = classes.NewNativeType("FileIO", "_io",
	"Open a file.\n\nThe mode can be 'r' (default), 'w', 'x' or 'a' for reading, writing, exclusive creation or appending.",
	RawIOBaseType, nil)

func init() { classes.RegisterNative(FileIOType, allocFileIO) }

func allocFileIO(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	f := &FileIO{core: &fdCore{fd: -1}, seekable: -1}
	f.Init(cls, f)
	return f, nil
}

// fileMode is a parsed FileIO mode.
type fileMode struct {
	readable, writable, appending, created bool
	flags                                  int
}

const badMode = "Must have exactly one of create/read/write/append mode and at most one plus"

// parseFileMode checks a FileIO mode ('r', 'w', 'x', 'a', each with '+' and 'b').
func parseFileMode(mode string) (fileMode, error) {
	var m fileMode
	rwa, plus := false, false
	for _, c := range mode {
		switch c {
		case 'x', 'r', 'w', 'a':
			if rwa {
				return m, py.ExceptionNewf(py.ValueError, badMode)
			}
			rwa = true
			switch c {
			case 'x':
				m.created, m.writable, m.flags = true, true, unix.O_EXCL|unix.O_CREAT
			case 'r':
				m.readable = true
			case 'w':
				m.writable, m.flags = true, unix.O_CREAT|unix.O_TRUNC
			case 'a':
				m.writable, m.appending, m.flags = true, true, unix.O_APPEND|unix.O_CREAT
			}
		case '+':
			if plus {
				return m, py.ExceptionNewf(py.ValueError, badMode)
			}
			m.readable, m.writable, plus = true, true, true
		case 'b':
		default:
			return m, py.ExceptionNewf(py.ValueError, "invalid mode: %s", mode)
		}
	}
	if !rwa {
		return m, py.ExceptionNewf(py.ValueError, badMode)
	}
	switch {
	case m.readable && m.writable:
		m.flags |= unix.O_RDWR
	case m.readable:
		m.flags |= unix.O_RDONLY
	default:
		m.flags |= unix.O_WRONLY
	}
	m.flags |= unix.O_CLOEXEC
	return m, nil
}

// modeString is FileIO.mode.
func (f *FileIO) modeString() string {
	switch {
	case f.created:
		if f.readable {
			return "xb+"
		}
		return "xb"
	case f.appending:
		if f.readable {
			return "ab+"
		}
		return "ab"
	case f.readable:
		if f.writable {
			return "rb+"
		}
		return "rb"
	}
	return "wb"
}

// fileIOInit is FileIO.__init__(file, mode='r', closefd=True, opener=None).
func fileIOInit(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	f, ok := self.(*FileIO)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires a '_io.FileIO' object")
	}
	var file, modeObj, closefdObj, opener py.Object = nil, py.String("r"), py.True, py.None
	if err := objects.ParseArgs("FileIO", args, kwargs, []string{"file", "mode", "closefd", "opener"}, 4, 1, &file, &modeObj, &closefdObj, &opener); err != nil {
		return nil, err
	}
	mode, ok := modeObj.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "FileIO() argument 'mode' must be str, not %s", modeObj.Type().Name)
	}
	closefd, err := truth(closefdObj)
	if err != nil {
		return nil, err
	}
	if f.core.fd >= 0 {
		// __init__ called again: CPython closes the old descriptor first.
		if f.core.closefd {
			_ = unix.Close(f.core.fd)
		}
		f.core.fd = -1
	}
	return py.None, f.open(currentCtx(), file, string(mode), closefd, opener)
}

// open opens file (a descriptor, a path or what opener returns) as FileIO.__init__ does.
func (f *FileIO) open(ctx py.Context, file py.Object, mode string, closefd bool, opener py.Object) error {
	f.ctx = ctx
	fd := -1
	switch v := file.(type) {
	case py.Int, py.Bool, *py.BigInt:
		n, err := objects.IndexInt(v)
		if err != nil {
			return err
		}
		if n < 0 {
			return py.ExceptionNewf(py.ValueError, "negative file descriptor")
		}
		fd = n
	}
	m, err := parseFileMode(mode)
	if err != nil {
		return err
	}
	if fd < 0 {
		p, ok, err := gopyos.FSPath(file)
		if err != nil {
			return err
		}
		if !ok {
			return py.ExceptionNewf(py.TypeError, "expected str, bytes or os.PathLike object, not %s", file.Type().Name)
		}
		if !closefd {
			return py.ExceptionNewf(py.ValueError, "Cannot use closefd=False with file name")
		}
		path := pathString(p)
		if strings.IndexByte(path, 0) >= 0 {
			return py.ExceptionNewf(py.ValueError, "embedded null byte")
		}
		if fd, err = openPath(ctx, file, p, path, m.flags, opener); err != nil {
			return err
		}
	}
	f.core = &fdCore{fd: fd, closefd: closefd}
	f.io.ReportAgain = true
	f.readable, f.writable, f.appending, f.created = m.readable, m.writable, m.appending, m.created
	f.seekable = -1
	f.blksize = DefaultBufferSize
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		if err == unix.EBADF {
			f.abandon()
			return errno.FromError(err)
		}
	} else {
		if st.Mode&unix.S_IFMT == unix.S_IFDIR {
			f.abandon()
			return osErrorNamed(unix.EISDIR, file)
		}
		if st.Blksize > 1 {
			f.blksize = int(st.Blksize)
		}
		f.waits = st.Mode&unix.S_IFMT != unix.S_IFREG
		f.device = st.Mode&unix.S_IFMT == unix.S_IFCHR
	}
	if i := classes.AsInstance(f); i != nil {
		_ = i.SetAttrDirect("name", file)
	}
	if m.appending {
		// As CPython: the position is at the end from the start, not only after a write.
		_, _ = unix.Seek(fd, 0, 2)
	}
	if closefd {
		track(f)
	}
	return nil
}

// abandon closes a descriptor opened by a FileIO whose initialisation then failed.
func (f *FileIO) abandon() {
	if f.core.closefd && f.core.fd >= 0 {
		_ = unix.Close(f.core.fd)
	}
	f.core.fd = -1
}

// openPath opens a file name, or calls opener(name, flags) for the descriptor. Opening may
// block (a FIFO waits for its other end): the GIL is released meanwhile.
func openPath(ctx py.Context, file, name py.Object, path string, flags int, opener py.Object) (int, error) {
	if opener != nil && opener != py.None {
		res, err := py.Call(opener, py.Tuple{file, py.Int(flags)}, nil)
		if err != nil {
			return -1, err
		}
		n, ok := res.(py.Int)
		if !ok {
			return -1, py.ExceptionNewf(py.TypeError, "expected integer from opener")
		}
		if n < 0 {
			return -1, py.ExceptionNewf(py.ValueError, "opener returned %d", n)
		}
		return int(n), nil
	}
	var fd int
	var err error
	for attempt := 0; ; attempt++ {
		gil.Unlocked(ctx, func() {
			for {
				fd, err = unix.Open(path, flags, 0o666)
				if err != unix.EINTR {
					return
				}
			}
		})
		if (err == unix.EMFILE || err == unix.ENFILE) && attempt == 0 {
			// Descriptors of files nobody closed are released when their objects are
			// collected (CPython closes them when the last reference goes).
			collectUnreachable()
			continue
		}
		break
	}
	if e, ok := err.(unix.Errno); ok {
		return -1, osErrorNamed(e, name)
	}
	return fd, err
}

// osErrorNamed is the OSError subclass for e naming the file as the caller gave it.
func osErrorNamed(e unix.Errno, name py.Object) error {
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

func (f *FileIO) checkOpen() error {
	if f.core.fd < 0 {
		return py.ExceptionNewf(py.ValueError, "I/O operation on closed file")
	}
	return nil
}

func (f *FileIO) checkReadable() error {
	if err := f.checkOpen(); err != nil {
		return err
	}
	if !f.readable {
		return unsupported("File not open for reading")
	}
	return nil
}

func (f *FileIO) checkWritable() error {
	if err := f.checkOpen(); err != nil {
		return err
	}
	if !f.writable {
		return unsupported("File not open for writing")
	}
	return nil
}

// readRaw reads into b: (n, nil); (-1, nil) when a non-blocking descriptor has nothing
// (EAGAIN: read() then returns None).
func (f *FileIO) readRaw(b []byte) (int, error) {
	return f.sysCall(b, false)
}

// writeRaw writes b once (a short write is possible): (n, nil), or (-1, nil) for EAGAIN.
func (f *FileIO) writeRaw(b []byte) (int, error) {
	return f.sysCall(b, true)
}

func (f *FileIO) sysCall(b []byte, write bool) (int, error) {
	var n int
	var err error
	switch {
	case f.device && write:
		// A terminal or device: written with the GIL released (a terminal may block on
		// flow control), without waiting for readiness first.
		gil.Unlocked(f.ctx, func() {
			for {
				if n, err = unix.Write(f.core.fd, b); err != unix.EINTR {
					return
				}
			}
		})
	case f.waits && write:
		n, err = f.io.Write(f.ctx, f.core.fd, b)
	case f.waits:
		n, err = f.io.Read(f.ctx, f.core.fd, b)
	default:
		for {
			if write {
				n, err = unix.Write(f.core.fd, b)
			} else {
				n, err = unix.Read(f.core.fd, b)
			}
			if err != unix.EINTR {
				break
			}
		}
	}
	switch e := err.(type) {
	case nil:
		return n, nil
	case unix.Errno:
		if e == unix.EAGAIN {
			return -1, nil
		}
		return 0, errno.FromError(e)
	}
	return 0, err
}

// readAll reads to the end of the file.
func (f *FileIO) readAll() (py.Object, error) {
	size := DefaultBufferSize
	var st unix.Stat_t
	if !f.waits && unix.Fstat(f.core.fd, &st) == nil {
		if pos, err := unix.Seek(f.core.fd, 0, 1); err == nil && st.Size > pos {
			size = int(st.Size-pos) + 1
		}
	}
	out := make([]byte, 0, size)
	for {
		if len(out) == cap(out) {
			out = append(out, make([]byte, len(out)/2+DefaultBufferSize)...)[:len(out)]
		}
		n, err := f.readRaw(out[len(out):cap(out)])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			if len(out) == 0 {
				return py.None, nil
			}
			break
		}
		if n == 0 {
			break
		}
		out = out[:len(out)+n]
	}
	return py.Bytes(out), nil
}

func (f *FileIO) seek(pos int64, whence int) (py.Object, error) {
	if err := f.checkOpen(); err != nil {
		return nil, err
	}
	n, err := unix.Seek(f.core.fd, pos, whence)
	if err != nil {
		return nil, errno.FromError(err)
	}
	f.seekable = 1
	return py.Int(n), nil
}

func (f *FileIO) isSeekable() (bool, error) {
	if err := f.checkOpen(); err != nil {
		return false, err
	}
	if f.seekable < 0 {
		f.seekable = 0
		if _, err := unix.Seek(f.core.fd, 0, 1); err == nil {
			f.seekable = 1
		}
	}
	return f.seekable == 1, nil
}

// close is FileIO.close(): the base close (flush), then the descriptor.
func (f *FileIO) close() error {
	fd := f.core.fd
	if fd < 0 {
		return nil
	}
	_, ferr := callMethod(f, "flush")
	_ = f.SetAttrDirect(closedFlag, py.True)
	f.core.fd = -1
	untrack(f)
	var cerr error
	if f.core.closefd {
		if err := unix.Close(fd); err != nil {
			cerr = errno.FromError(err)
		}
	}
	if ferr != nil {
		return ferr
	}
	return cerr
}

func (f *FileIO) repr() string {
	if f.core.fd < 0 {
		return "<_io.FileIO [closed]>"
	}
	closefd := "False"
	if f.core.closefd {
		closefd = "True"
	}
	name, err := py.GetAttrString(f, "name")
	if err != nil {
		return fmt.Sprintf("<_io.FileIO fd=%d mode='%s' closefd=%s>", f.core.fd, f.modeString(), closefd)
	}
	r, err := py.Repr(name)
	if err != nil {
		return "<_io.FileIO>"
	}
	return fmt.Sprintf("<_io.FileIO name=%s mode='%s' closefd=%s>", string(r.(py.String)), f.modeString(), closefd)
}

// currentCtx is the interpreter of the running thread, for objects made by a constructor.
func currentCtx() py.Context {
	if t := gil.Holding(); t != nil {
		return t.Runtime().Context()
	}
	return nil
}
