// Package mmap provides Python's mmap module: the mmap class is Python (mmap.py, embedded)
// over this package's _mmap module, which maps memory with unix.Mmap (a file's descriptor,
// duplicated as CPython does, or -1 for anonymous memory), and reads, writes, searches,
// moves, flushes, resizes and unmaps it. Every access is checked against the mapping's
// bounds and protection here, so a script's mistake is an exception, never a fault.
package mmap

import (
	"bytes"
	_ "embed"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/libsrc"
	"github.com/gopyrt/gopy/modules/errno"
)

//go:embed mmap.py
var source string

// RegionType is the type of _mmap's mappings (opaque to scripts).
var RegionType = py.NewType("_mmap_region", "A mapped region of memory.")

// Region is one mapping: its bytes (nil once unmapped), the descriptor it maps (-1 when
// anonymous) and how it was made.
type Region struct {
	mem       []byte
	fd        int
	writable  bool
	flags     int
	prot      int
	offset    int64
	anonymous bool
}

// Type returns RegionType.
func (r *Region) Type() *py.Type { return RegionType }

func closedError() error {
	return py.ExceptionNewf(py.ValueError, "mmap closed or invalid")
}

func region(o py.Object) (*Region, error) {
	r, ok := o.(*Region)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "expected a mapped region")
	}
	if r.mem == nil {
		return nil, closedError()
	}
	return r, nil
}

func ints(args py.Tuple, from int) ([]int, error) {
	out := make([]int, 0, len(args)-from)
	for _, a := range args[from:] {
		n, err := argclinic.Int(a)
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, nil
}

// regionInts reads the arguments (region, int × count).
func regionInts(args py.Tuple, count int) (*Region, []int, error) {
	if len(args) != count+1 {
		return nil, nil, py.ExceptionNewf(py.TypeError, "expected a region and %d integers", count)
	}
	r, err := region(args[0])
	if err != nil {
		return nil, nil, err
	}
	n, err := ints(args, 1)
	return r, n, err
}

// mapRegion is _mmap.map(fd, length, flags, prot, offset): fd -1 maps anonymous memory.
func mapRegion(_ py.Object, args py.Tuple) (py.Object, error) {
	n, err := ints(args, 0)
	if err != nil || len(n) != 5 {
		return nil, py.ExceptionNewf(py.TypeError, "map(fd, length, flags, prot, offset)")
	}
	fd, length, flags, prot, offset := n[0], n[1], n[2], n[3], n[4]
	r := &Region{fd: -1, flags: flags, prot: prot, offset: int64(offset), writable: prot&unix.PROT_WRITE != 0}
	if fd == -1 {
		r.anonymous = true
		flags |= unix.MAP_ANONYMOUS
	} else {
		dup, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
		if err != nil {
			return nil, errno.FromError(err)
		}
		r.fd = dup
	}
	if length == 0 {
		// Only an empty anonymous map gets here (the Python side sizes files): Go's Mmap
		// refuses length 0, so an empty region is kept without a mapping.
		r.mem = []byte{}
		return r, nil
	}
	mem, err := unix.Mmap(r.fd, int64(offset), length, prot, flags)
	if err != nil {
		if r.fd >= 0 {
			unix.Close(r.fd)
		}
		return nil, errno.FromError(err)
	}
	r.mem = mem
	return r, nil
}

// read is _mmap.read(region, start, stop): a copy of region[start:stop] (clamped).
func read(_ py.Object, args py.Tuple) (py.Object, error) {
	r, n, err := regionInts(args, len(args)-1)
	if err != nil {
		return nil, err
	}
	start, stop := clamp(n[0], len(r.mem)), clamp(n[1], len(r.mem))
	if stop < start {
		stop = start
	}
	return py.Bytes(bytes.Clone(r.mem[start:stop])), nil
}

func clamp(i, size int) int {
	return max(0, min(i, size))
}

// write is _mmap.write(region, pos, data): data copied at pos, which must fit.
func write(_ py.Object, args py.Tuple) (py.Object, error) {
	r, err := region(args[0])
	if err != nil {
		return nil, err
	}
	if !r.writable {
		return nil, py.ExceptionNewf(py.TypeError, "mmap can't modify a readonly memory map.")
	}
	pos, err := argclinic.Int(args[1])
	if err != nil {
		return nil, err
	}
	data, ok := argclinic.Bytes(args[2])
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", argclinic.TypeName(args[2]))
	}
	if pos < 0 || pos > len(r.mem) || len(data) > len(r.mem)-pos {
		return nil, py.ExceptionNewf(py.ValueError, "data out of range")
	}
	copy(r.mem[pos:], data)
	return py.Int(len(data)), nil
}

// find is _mmap.find(region, sub, start, end, reverse): the index of sub in
// region[start:end] (the last one when reverse), or -1.
func find(_ py.Object, args py.Tuple) (py.Object, error) {
	r, err := region(args[0])
	if err != nil {
		return nil, err
	}
	sub, ok := argclinic.Bytes(args[1])
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", argclinic.TypeName(args[1]))
	}
	n, err := ints(args, 2)
	if err != nil {
		return nil, err
	}
	start, end := n[0], n[1]
	if start > end || start > len(r.mem) {
		return py.Int(-1), nil
	}
	hay := r.mem[start:end]
	i := bytes.Index(hay, sub)
	if n[2] != 0 {
		i = bytes.LastIndex(hay, sub)
	}
	if i < 0 {
		return py.Int(-1), nil
	}
	return py.Int(start + i), nil
}

// move is _mmap.move(region, dest, src, count) (bounds checked by the caller).
func move(_ py.Object, args py.Tuple) (py.Object, error) {
	r, err := region(args[0])
	if err != nil {
		return nil, err
	}
	if !r.writable {
		return nil, py.ExceptionNewf(py.TypeError, "mmap can't modify a readonly memory map.")
	}
	n, err := ints(args, 1)
	if err != nil {
		return nil, err
	}
	dest, src, count := n[0], n[1], n[2]
	size := len(r.mem)
	if dest < 0 || src < 0 || count < 0 || src > size-count || dest > size-count {
		return nil, py.ExceptionNewf(py.ValueError, "source, destination, or count out of range")
	}
	copy(r.mem[dest:dest+count], r.mem[src:src+count])
	return py.None, nil
}

// flush is _mmap.flush(region, offset, size): msync of that part of a file's mapping.
func flush(_ py.Object, args py.Tuple) (py.Object, error) {
	r, n, err := regionInts(args, len(args)-1)
	if err != nil {
		return nil, err
	}
	offset, size := n[0], n[1]
	if offset < 0 || size < 0 || offset > len(r.mem)-size {
		return nil, py.ExceptionNewf(py.ValueError, "flush values out of range")
	}
	if r.anonymous || r.prot&unix.PROT_WRITE == 0 || r.flags&unix.MAP_PRIVATE != 0 || size == 0 {
		return py.None, nil
	}
	if err := unix.Msync(r.mem[offset:offset+size], unix.MS_SYNC); err != nil {
		return nil, errno.FromError(err)
	}
	return py.None, nil
}

// closeRegion is _mmap.close(region): unmaps it and closes its descriptor (again: nothing).
func closeRegion(_ py.Object, args py.Tuple) (py.Object, error) {
	r, ok := args[0].(*Region)
	if !ok || r.mem == nil {
		return py.None, nil
	}
	if len(r.mem) > 0 {
		_ = unix.Munmap(r.mem)
	}
	r.mem = nil
	if r.fd >= 0 {
		unix.Close(r.fd)
		r.fd = -1
	}
	return py.None, nil
}

// info is _mmap.info(region): (length, fd, closed).
func info(_ py.Object, args py.Tuple) (py.Object, error) {
	r, ok := args[0].(*Region)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "expected a mapped region")
	}
	return py.Tuple{py.Int(len(r.mem)), py.Int(r.fd), py.NewBool(r.mem == nil)}, nil
}

// resize is _mmap.resize(region, newsize): a file is truncated or extended to offset +
// newsize and mapped again; anonymous memory is mapped again with the old bytes copied.
func resize(_ py.Object, args py.Tuple) (py.Object, error) {
	r, err := region(args[0])
	if err != nil {
		return nil, err
	}
	size, err := argclinic.Int(args[1])
	if err != nil {
		return nil, err
	}
	if size < 0 || int64(size) > (1<<62)-r.offset {
		return nil, py.ExceptionNewf(py.ValueError, "new size out of range")
	}
	if !r.anonymous {
		if err := unix.Ftruncate(r.fd, r.offset+int64(size)); err != nil {
			return nil, errno.FromError(err)
		}
	}
	var mem []byte
	if size > 0 {
		flags := r.flags
		if r.anonymous {
			flags |= unix.MAP_ANONYMOUS
		}
		mem, err = unix.Mmap(r.fd, r.offset, size, r.prot, flags)
		if err != nil {
			return nil, errno.FromError(err)
		}
		if r.anonymous {
			copy(mem, r.mem)
		}
	} else {
		mem = []byte{}
	}
	if len(r.mem) > 0 {
		_ = unix.Munmap(r.mem)
	}
	r.mem = mem
	return py.None, nil
}

func init() {
	methods := []*py.Method{
		py.MustNewMethod("map", mapRegion, 0, "map(fd, length, flags, prot, offset) -> region"),
		py.MustNewMethod("read", read, 0, "read(region, start, stop) -> bytes"),
		py.MustNewMethod("write", write, 0, "write(region, pos, data) -> count"),
		py.MustNewMethod("find", find, 0, "find(region, sub, start, end, reverse) -> index"),
		py.MustNewMethod("move", move, 0, "move(region, dest, src, count)"),
		py.MustNewMethod("flush", flush, 0, "flush(region, offset, size)"),
		py.MustNewMethod("close", closeRegion, 0, "close(region)"),
		py.MustNewMethod("info", info, 0, "info(region) -> (length, fd, closed)"),
		py.MustNewMethod("resize", resize, 0, "resize(region, newsize)"),
	}
	globals := py.StringDict{}
	for name, v := range map[string]int{
		"PAGESIZE": unix.Getpagesize(), "ALLOCATIONGRANULARITY": unix.Getpagesize(),
		"MAP_SHARED": unix.MAP_SHARED, "MAP_PRIVATE": unix.MAP_PRIVATE,
		"MAP_ANON": unix.MAP_ANON, "MAP_ANONYMOUS": unix.MAP_ANONYMOUS,
		"MAP_DENYWRITE": unix.MAP_DENYWRITE, "MAP_EXECUTABLE": unix.MAP_EXECUTABLE,
		"MAP_POPULATE": unix.MAP_POPULATE, "MAP_STACK": unix.MAP_STACK,
		"PROT_READ": unix.PROT_READ, "PROT_WRITE": unix.PROT_WRITE, "PROT_EXEC": unix.PROT_EXEC,
		"MADV_NORMAL": unix.MADV_NORMAL, "MADV_RANDOM": unix.MADV_RANDOM,
		"MADV_SEQUENTIAL": unix.MADV_SEQUENTIAL, "MADV_WILLNEED": unix.MADV_WILLNEED,
		"MADV_DONTNEED": unix.MADV_DONTNEED, "MADV_FREE": unix.MADV_FREE,
		"MADV_REMOVE": unix.MADV_REMOVE, "MADV_DONTFORK": unix.MADV_DONTFORK,
		"MADV_DOFORK": unix.MADV_DOFORK, "MADV_MERGEABLE": unix.MADV_MERGEABLE,
		"MADV_UNMERGEABLE": unix.MADV_UNMERGEABLE, "MADV_HUGEPAGE": unix.MADV_HUGEPAGE,
		"MADV_NOHUGEPAGE": unix.MADV_NOHUGEPAGE, "MADV_DONTDUMP": unix.MADV_DONTDUMP,
		"MADV_DODUMP": unix.MADV_DODUMP, "MADV_HWPOISON": unix.MADV_HWPOISON,
	} {
		globals[name] = py.Int(v)
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_mmap", Doc: "The memory mappings under mmap.mmap."},
		Methods: methods,
		Globals: globals,
	})
	libsrc.Module("mmap", "Memory-mapped files.", source)
}
