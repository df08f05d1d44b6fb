package socket

import (
	"encoding/binary"
	"net/netip"
	"strings"
	"unsafe"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/objects"
)

// rawAddr is a socket address in the kernel's form, built and read here rather than
// through x/sys/unix's Sockaddr types: those read a Unix path starting with '@' as an
// abstract name, which Python's socket module never does.
type rawAddr struct {
	any unix.RawSockaddrAny
	n   uint32
}

func (a *rawAddr) ptr() uintptr { return uintptr(unsafe.Pointer(&a.any)) }

// family of a raw address.
func (a *rawAddr) family() int { return int(a.any.Addr.Family) }

// putPort stores a port in network byte order.
func putPort(p *uint16, port int) {
	b := (*[2]byte)(unsafe.Pointer(p))
	binary.BigEndian.PutUint16(b[:], uint16(port))
}

func getPort(p *uint16) int {
	b := (*[2]byte)(unsafe.Pointer(p))
	return int(binary.BigEndian.Uint16(b[:]))
}

// encodeAddr converts a Python address for a socket of family to its kernel form, with
// CPython's checks and messages (getsockaddrarg); caller names the method in some of
// them ("bind(): port must be 0-65535."). Host names are resolved with the GIL released.
func encodeAddr(ctx py.Context, family int, addr py.Object, caller string) (*rawAddr, error) {
	ra := &rawAddr{}
	switch family {
	case unix.AF_UNIX:
		var path []byte
		switch a := addr.(type) {
		case py.String:
			path = []byte(string(a))
		default:
			b, ok := objects.BytesLike(addr)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", argclinic.TypeName(addr))
			}
			path = b
		}
		sa := (*unix.RawSockaddrUnix)(unsafe.Pointer(&ra.any))
		sa.Family = unix.AF_UNIX
		abstract := len(path) > 0 && path[0] == 0
		if (abstract && len(path) > len(sa.Path)) || (!abstract && len(path) >= len(sa.Path)) {
			return nil, py.ExceptionNewf(py.OSError, "AF_UNIX path too long")
		}
		for i, c := range path {
			sa.Path[i] = int8(c)
		}
		n := len(path)
		if !abstract {
			n++ // the terminating NUL
		}
		ra.n = uint32(2 + n)
		return ra, nil
	case unix.AF_INET, unix.AF_INET6:
		name := "AF_INET"
		if family == unix.AF_INET6 {
			name = "AF_INET6"
		}
		t, ok := addr.(py.Tuple)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "%s(): %s address must be tuple, not %s", caller, name, argclinic.TypeName(addr))
		}
		if family == unix.AF_INET && len(t) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "AF_INET address must be a pair (host, port)")
		}
		if family == unix.AF_INET6 && (len(t) < 2 || len(t) > 4) {
			return nil, py.ExceptionNewf(py.TypeError, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
		}
		host, err := hostArg(t[0])
		if err != nil {
			return nil, err
		}
		port, err := argclinic.Int(t[1])
		if err != nil {
			return nil, err
		}
		if port < 0 || port > 65535 {
			return nil, py.ExceptionNewf(py.OverflowError, "%s(): port must be 0-65535.", caller)
		}
		ip, err := resolveHost(ctx, host, family)
		if err != nil {
			return nil, err
		}
		if family == unix.AF_INET {
			sa := (*unix.RawSockaddrInet4)(unsafe.Pointer(&ra.any))
			sa.Family = unix.AF_INET
			putPort(&sa.Port, port)
			sa.Addr = ip.As4()
			ra.n = unix.SizeofSockaddrInet4
			return ra, nil
		}
		var flow, scope int
		if len(t) > 2 {
			if flow, err = argclinic.Int(t[2]); err != nil {
				return nil, err
			}
			if flow < 0 || flow > 0xfffff {
				return nil, py.ExceptionNewf(py.OverflowError, "%s(): flowinfo must be 0-1048575.", caller)
			}
		}
		if len(t) > 3 {
			if scope, err = argclinic.Int(t[3]); err != nil {
				return nil, err
			}
		}
		sa := (*unix.RawSockaddrInet6)(unsafe.Pointer(&ra.any))
		sa.Family = unix.AF_INET6
		putPort(&sa.Port, port)
		binary.BigEndian.PutUint32((*[4]byte)(unsafe.Pointer(&sa.Flowinfo))[:], uint32(flow))
		sa.Addr = ip.As16()
		sa.Scope_id = uint32(scope)
		if z := ip.Zone(); z != "" && scope == 0 {
			if idx, err := interfaceIndex(z); err == nil {
				sa.Scope_id = uint32(idx)
			}
		}
		ra.n = unix.SizeofSockaddrInet6
		return ra, nil
	}
	return nil, py.ExceptionNewf(py.OSError, "%s(): bad family", caller)
}

// hostArg is the host of an address tuple: a str, or bytes/bytearray as ASCII.
func hostArg(o py.Object) (string, error) {
	if s, ok := o.(py.String); ok {
		return string(s), nil
	}
	if b, ok := o.(py.Bytes); ok {
		return string(b), nil
	}
	if o.Type() == objects.ByteArrayType {
		b, _ := objects.BytesLike(o)
		return string(b), nil
	}
	return "", py.ExceptionNewf(py.TypeError, "str, bytes or bytearray expected, not %s", argclinic.TypeName(o))
}

// decodeAddr converts an address the kernel gave back to Python's form (makesockaddr):
// None for an empty one, (host, port) for IPv4, (host, port, flowinfo, scope_id) for IPv6,
// a str path for Unix sockets (bytes for an abstract name), (family, data) otherwise.
func decodeAddr(ra *rawAddr) py.Object {
	if ra.n == 0 {
		return py.None
	}
	switch ra.family() {
	case unix.AF_INET:
		sa := (*unix.RawSockaddrInet4)(unsafe.Pointer(&ra.any))
		return py.Tuple{py.String(netip.AddrFrom4(sa.Addr).String()), py.Int(getPort(&sa.Port))}
	case unix.AF_INET6:
		sa := (*unix.RawSockaddrInet6)(unsafe.Pointer(&ra.any))
		flow := binary.BigEndian.Uint32((*[4]byte)(unsafe.Pointer(&sa.Flowinfo))[:])
		return py.Tuple{py.String(formatIP6(sa.Addr, sa.Scope_id)), py.Int(getPort(&sa.Port)), py.Int(flow), py.Int(sa.Scope_id)}
	case unix.AF_UNIX:
		sa := (*unix.RawSockaddrUnix)(unsafe.Pointer(&ra.any))
		n := int(ra.n) - 2
		if n > len(sa.Path) {
			n = len(sa.Path)
		}
		path := make([]byte, 0, n)
		for _, c := range sa.Path[:max(n, 0)] {
			path = append(path, byte(c))
		}
		if len(path) > 0 && path[0] == 0 {
			return py.Bytes(path)
		}
		if i := strings.IndexByte(string(path), 0); i >= 0 {
			path = path[:i]
		}
		return py.String(path)
	}
	data := (*[126]byte)(unsafe.Pointer(&ra.any.Addr.Data))
	n := min(max(int(ra.n)-2, 0), 14)
	return py.Tuple{py.Int(ra.family()), py.Bytes(append([]byte(nil), data[:n]...))}
}

// formatIP6 is inet_ntop's text of an IPv6 address, with the interface of a link-local
// address appended as getnameinfo does.
func formatIP6(a [16]byte, scope uint32) string {
	ip := netip.AddrFrom16(a)
	s := ip.String()
	if scope != 0 && (ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast()) {
		if name, err := interfaceName(int(scope)); err == nil {
			s += "%" + name
		} else {
			s += "%" + itoa(int(scope))
		}
	}
	return s
}

// The system calls on raw addresses.

func sysBind(fd int, a *rawAddr) error {
	_, _, e := unix.Syscall(unix.SYS_BIND, uintptr(fd), a.ptr(), uintptr(a.n))
	return errnoErr(e)
}

func sysConnect(fd int, a *rawAddr) error {
	_, _, e := unix.Syscall(unix.SYS_CONNECT, uintptr(fd), a.ptr(), uintptr(a.n))
	return errnoErr(e)
}

func sysAccept(fd int, flags int) (int, *rawAddr, error) {
	ra := &rawAddr{n: unix.SizeofSockaddrAny}
	nfd, _, e := unix.Syscall6(unix.SYS_ACCEPT4, uintptr(fd), ra.ptr(), uintptr(unsafe.Pointer(&ra.n)), uintptr(flags), 0, 0)
	if e != 0 {
		return -1, nil, e
	}
	return int(nfd), ra, nil
}

func sysName(fd int, peer bool) (*rawAddr, error) {
	ra := &rawAddr{n: unix.SizeofSockaddrAny}
	trap := uintptr(unix.SYS_GETSOCKNAME)
	if peer {
		trap = unix.SYS_GETPEERNAME
	}
	_, _, e := unix.RawSyscall(trap, uintptr(fd), ra.ptr(), uintptr(unsafe.Pointer(&ra.n)))
	if e != 0 {
		return nil, e
	}
	return ra, nil
}

func bufPtr(p []byte) uintptr {
	if len(p) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(&p[0]))
}

func sysRecvfrom(fd int, p []byte, flags int, from bool) (int, *rawAddr, error) {
	var ra *rawAddr
	var ap, lp uintptr
	if from {
		ra = &rawAddr{n: unix.SizeofSockaddrAny}
		ap, lp = ra.ptr(), uintptr(unsafe.Pointer(&ra.n))
	}
	n, _, e := unix.Syscall6(unix.SYS_RECVFROM, uintptr(fd), bufPtr(p), uintptr(len(p)), uintptr(flags), ap, lp)
	if e != 0 {
		return 0, nil, e
	}
	return int(n), ra, nil
}

func sysSendto(fd int, p []byte, flags int, to *rawAddr) (int, error) {
	var ap, n uintptr
	if to != nil {
		ap, n = to.ptr(), uintptr(to.n)
	}
	r, _, e := unix.Syscall6(unix.SYS_SENDTO, uintptr(fd), bufPtr(p), uintptr(len(p)), uintptr(flags), ap, n)
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

// errnoErr turns a zero errno into a nil error.
func errnoErr(e unix.Errno) error {
	if e == 0 {
		return nil
	}
	return e
}
