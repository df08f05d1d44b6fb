package multiprocessing

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"runtime"
	"strings"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/builtins"
	"github.com/gopyrt/gopy/modules/errno"
)

// SharedMemory is multiprocessing.shared_memory.SharedMemory: a POSIX shared memory object
// (a file in /dev/shm, which is what glibc's shm_open uses) mapped into the process, its
// buf a memoryview of the mapping. It pickles by name, so it can be sent anywhere, as in
// CPython. The mapping stays until nothing refers to it (a view taken from buf keeps it),
// so that close() can never leave a dangling view.
//
// As in CPython 3.11, every segment opened (created or attached) is registered with the
// resource tracker (resource_tracker.go) and unregistered by unlink(): whatever is still
// registered when every process of the program has exited is unlinked, with a warning.
type SharedMemory struct {
	ctx  py.Context
	name string // with the leading slash, as CPython's _name
	size int
	fd   int
	buf  py.Object // the memoryview, None once closed
	// ba is the bytearray over the mapping that buf views, and mem its bytes: the mapping
	// stays while ba is reachable, so ShareableList reads mem through this object.
	ba  *objects.ByteArray
	mem []byte
}

// SharedMemoryType is multiprocessing.shared_memory.SharedMemory.
var SharedMemoryType = py.NewTypeX("SharedMemory", "Creates a new shared memory block or attaches to an existing shared memory block.", sharedMemoryNew, nil)

// Type returns SharedMemoryType.
func (s *SharedMemory) Type() *py.Type { return SharedMemoryType }

func shmPath(name string) string { return "/dev/shm" + name }

func sharedMemoryNew(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var name, create, size py.Object = py.None, py.False, py.Int(0)
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OOO:SharedMemory", []string{"name", "create", "size"}, &name, &create, &size); err != nil {
		return nil, err
	}
	n, err := py.IndexInt(size)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "'size' must be a positive integer")
	}
	c, err := truth(create)
	if err != nil {
		return nil, err
	}
	if c && n == 0 {
		return nil, py.ExceptionNewf(py.ValueError, "'size' must be a positive number different from zero")
	}
	if name == py.None && !c {
		return nil, py.ExceptionNewf(py.ValueError, "'name' can only be None if create=True")
	}
	var ctx py.Context
	if t := gil.Holding(); t != nil {
		ctx = t.Runtime().Context()
	}
	s := &SharedMemory{ctx: ctx, fd: -1}
	flags := unix.O_RDWR | unix.O_CLOEXEC | unix.O_NOFOLLOW
	if c {
		flags |= unix.O_CREAT | unix.O_EXCL
	}
	if name == py.None {
		for {
			tok := make([]byte, 4)
			_, _ = rand.Read(tok)
			s.name = "/psm_" + hex.EncodeToString(tok)
			s.fd, err = unix.Open(shmPath(s.name), flags, 0o600)
			if err != unix.EEXIST {
				break
			}
		}
	} else {
		str, ok := name.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "can only concatenate str (not \"%s\") to str", name.Type().Name)
		}
		s.name = "/" + string(str)
		if strings.Contains(string(str), "/") {
			return nil, py.ExceptionNewf(py.OSError, "[Errno 22] Invalid argument: '%s'", s.name)
		}
		s.fd, err = unix.Open(shmPath(s.name), flags, 0o600)
	}
	if err != nil {
		return nil, errno.NewOSError(err.(unix.Errno), s.name)
	}
	// As CPython's: a failure after the open unlinks the name (even when attaching).
	fail := func(err error) (py.Object, error) {
		_ = s.unlink()
		unix.Close(s.fd)
		return nil, err
	}
	if c {
		if err := unix.Ftruncate(s.fd, int64(n)); err != nil {
			return fail(errno.FromError(err))
		}
	}
	var st unix.Stat_t
	if err := unix.Fstat(s.fd, &st); err != nil {
		return fail(errno.FromError(err))
	}
	s.size = int(st.Size)
	if s.size == 0 {
		return fail(py.ExceptionNewf(py.ValueError, "cannot mmap an empty file"))
	}
	if err := s.mapping(); err != nil {
		if _, ok := err.(unix.Errno); ok {
			return fail(errno.FromError(err))
		}
		return nil, err
	}
	// CPython 3.11 registers every segment it opens, created or attached.
	if err := trackerSend("REGISTER", s.name, "shared_memory"); err != nil {
		return nil, err
	}
	return s, nil
}

// mapping maps the segment's s.size bytes from s.fd and makes s.buf view them.
func (s *SharedMemory) mapping() error {
	mem, err := unix.Mmap(s.fd, 0, s.size, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_SHARED)
	if err != nil {
		return err
	}
	ba := objects.NewByteArrayOver(mem)
	runtime.AddCleanup(ba, func(m []byte) { _ = unix.Munmap(m) }, mem)
	s.ba, s.mem = ba, mem
	s.buf, err = py.Call(objects.MemoryViewType, py.Tuple{ba}, nil)
	return err
}

// forkSharedMemory is a 'fork' child's copy of a parent's SharedMemory: mapped from the
// descriptor the child inherited (fd), so it is the same memory even when the parent has
// unlinked the name, or closed (fd < 0) as the parent's was. As after fork, the child's
// copy is not registered with the resource tracker again.
func forkSharedMemory(ctx py.Context, fd int, name string, size int) (*SharedMemory, error) {
	s := &SharedMemory{ctx: ctx, name: name, size: size, fd: fd, buf: py.None}
	if fd < 0 {
		return s, nil
	}
	if err := s.mapping(); err != nil {
		unix.Close(fd)
		if e, ok := err.(unix.Errno); ok {
			return nil, errno.NewOSError(e, name)
		}
		return nil, err
	}
	return s, nil
}

// unlink removes the segment's name (the memory lives while mapped) and unregisters it from
// the resource tracker.
func (s *SharedMemory) unlink() error {
	if err := unix.Unlink(shmPath(s.name)); err != nil {
		return errno.NewOSError(err.(unix.Errno), s.name)
	}
	return trackerSend("UNREGISTER", s.name, "shared_memory")
}

func (s *SharedMemory) close() error {
	if s.buf != py.None && s.buf != nil {
		if _, err := callMethod(s.buf, "release"); err != nil {
			return err
		}
		s.buf = py.None
		s.ba, s.mem = nil, nil
	}
	if s.fd >= 0 {
		unix.Close(s.fd)
		s.fd = -1
	}
	return nil
}

func init() {
	d := SharedMemoryType.Dict
	d["__module__"] = py.String("multiprocessing.shared_memory")
	m := func(name, doc string, fn func(s *SharedMemory) (py.Object, error)) {
		d[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			s, ok := self.(*SharedMemory)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'SharedMemory' object", name)
			}
			return fn(s)
		}, 0, doc)
	}
	m("close", "Closes access to the shared memory from this instance but does not destroy the shared memory block.", func(s *SharedMemory) (py.Object, error) {
		return py.None, s.close()
	})
	m("unlink", "Requests that the underlying shared memory block be destroyed.", func(s *SharedMemory) (py.Object, error) {
		return py.None, s.unlink()
	})
	m("__reduce__", "A SharedMemory pickles as its name: the receiver attaches to the segment.", func(s *SharedMemory) (py.Object, error) {
		return py.Tuple{SharedMemoryType, py.Tuple{py.String(s.name[1:]), py.False, py.Int(s.size)}}, nil
	})
	d["name"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.String(self.(*SharedMemory).name[1:]), nil }}
	d["_name"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.String(self.(*SharedMemory).name), nil }}
	d["size"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.Int(self.(*SharedMemory).size), nil }}
	d["buf"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return self.(*SharedMemory).buf, nil }}
	builtins.Ready(SharedMemoryType)
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "multiprocessing.shared_memory", Doc: "Provides shared memory for direct access across processes."},
		Globals: py.StringDict{"SharedMemory": SharedMemoryType, "ShareableList": ShareableListType},
	})
}

// M__repr__ is CPython's repr.
func (s *SharedMemory) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("SharedMemory(%s, size=%d)", pyRepr(py.String(s.name[1:])), s.size)), nil
}
