// Package socket provides Python's socket module: _socket in Go (the socket type, name
// resolution, address conversions, the constants) over golang.org/x/sys/unix system
// calls on real descriptors, and socket.py (embedded, gopy's own) with socket.socket, the
// AddressFamily/SocketKind enums, makefile's SocketIO, socketpair, fromfd,
// create_connection, create_server, getfqdn.
//
// Sockets are plain descriptors, so select, selectors, multiprocessing.connection.wait and
// os functions work on their fileno(). Calls that wait (accept, connect, recv, send) do so
// with the GIL released and the main thread's waits interrupted by signal handlers (see
// Socket.call). Name resolution has no C library: Go's resolver for host names,
// /etc/services and /etc/protocols read here, and glibc's getaddrinfo error codes.
package socket

import (
	_ "embed"
	"time"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/errno"
)

//go:embed socket.py
var source string

func moduleCtx(self py.Object) py.Context {
	if m, ok := self.(*py.Module); ok {
		return m.Context
	}
	return currentCtx()
}

func init() {
	globals := py.StringDict{
		"SocketType": SocketType,
		"socket":     SocketType,
		"error":      py.OSError,
		"timeout":    py.TimeoutError,
		"gaierror":   GaiError,
		"herror":     HError,
		"has_ipv6":   py.True,
	}
	for name, v := range constants {
		globals[name] = py.Int(v)
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_socket", Doc: "Implementation module for socket operations.\n\nSee the socket module for documentation."},
		Methods: moduleMethods(),
		Globals: globals,
	})
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "socket", Doc: "This module provides socket operations and some related functions.", FileDesc: "<frozen socket>"},
		CodeSrc: source,
	})
}

func moduleMethods() []*py.Method {
	return []*py.Method{
		py.MustNewMethod("getaddrinfo", getaddrinfo, 0, "getaddrinfo(host, port [, family, type, proto, flags])\n    -> list of (family, type, proto, canonname, sockaddr)"),
		py.MustNewMethod("getnameinfo", getnameinfo, 0, "getnameinfo(sockaddr, flags) --> (host, port)"),
		py.MustNewMethod("gethostname", gethostname, 0, "gethostname() -> string"),
		py.MustNewMethod("sethostname", sethostname, 0, "sethostname(name)\n\nSets the hostname to name."),
		py.MustNewMethod("gethostbyname", gethostbyname, 0, "gethostbyname(host) -> address"),
		py.MustNewMethod("gethostbyname_ex", gethostbynameEx, 0, "gethostbyname_ex(host) -> (name, aliaslist, addresslist)"),
		py.MustNewMethod("gethostbyaddr", gethostbyaddr, 0, "gethostbyaddr(host) -> (name, aliaslist, addresslist)"),
		py.MustNewMethod("getservbyname", getservbyname, 0, "getservbyname(servicename[, protocolname]) -> integer"),
		py.MustNewMethod("getservbyport", getservbyport, 0, "getservbyport(port[, protocolname]) -> string"),
		py.MustNewMethod("getprotobyname", getprotobyname, 0, "getprotobyname(name) -> integer"),
		py.MustNewMethod("inet_aton", inetAton, 0, "inet_aton(string) -> bytes giving packed 32-bit IP representation"),
		py.MustNewMethod("inet_ntoa", inetNtoa, 0, "inet_ntoa(packed_ip) -> ip_address_string"),
		py.MustNewMethod("inet_pton", inetPton, 0, "inet_pton(af, ip) -> packed IP address string"),
		py.MustNewMethod("inet_ntop", inetNtop, 0, "inet_ntop(af, packed_ip) -> string formatted IP address"),
		py.MustNewMethod("htons", byteOrder("htons", 16), 0, "Convert a 16-bit unsigned integer from host to network byte order."),
		py.MustNewMethod("ntohs", byteOrder("ntohs", 16), 0, "Convert a 16-bit unsigned integer from network to host byte order."),
		py.MustNewMethod("htonl", byteOrder("htonl", 32), 0, "Convert a 32-bit integer from host to network byte order."),
		py.MustNewMethod("ntohl", byteOrder("ntohl", 32), 0, "Convert a 32-bit integer from network to host byte order."),
		py.MustNewMethod("getdefaulttimeout", getdefaulttimeout, 0, "getdefaulttimeout() -> timeout"),
		py.MustNewMethod("setdefaulttimeout", setdefaulttimeout, 0, "setdefaulttimeout(timeout)"),
		py.MustNewMethod("socketpair", socketpair, 0, "socketpair([family[, type [, proto]]]) -> (socket object, socket object)"),
		py.MustNewMethod("dup", dupFd, 0, "dup(integer) -> integer"),
		py.MustNewMethod("close", closeFd, 0, "close(integer) -> None"),
		py.MustNewMethod("if_nameindex", ifNameindex, 0, "if_nameindex()\n\nReturns a list of network interface information (index, name) tuples."),
		py.MustNewMethod("if_nametoindex", ifNametoindex, 0, "Returns the interface index corresponding to the interface name if_name."),
		py.MustNewMethod("if_indextoname", ifIndextoname, 0, "if_indextoname(if_index)\n\nReturns the interface name corresponding to the interface index if_index."),
		py.MustNewMethod("CMSG_LEN", cmsgLen(false), 0, "CMSG_LEN(length) -> control message length"),
		py.MustNewMethod("CMSG_SPACE", cmsgLen(true), 0, "CMSG_SPACE(length) -> buffer size"),
	}
}

func getdefaulttimeout(self py.Object, args py.Tuple) (py.Object, error) {
	return timeoutObject(defaultTimeout(moduleCtx(self))), nil
}

func setdefaulttimeout(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "setdefaulttimeout() takes exactly one argument (%d given)", len(args))
	}
	d, err := timeoutArg(args[0])
	if err != nil {
		return nil, err
	}
	if ctx := moduleCtx(self); ctx != nil {
		gil.Of(ctx).SetValue(defaultTimeoutKey{}, time.Duration(d))
	}
	return py.None, nil
}

func socketpair(self py.Object, args py.Tuple) (py.Object, error) {
	var f, t, p py.Object
	if err := positional("socketpair", args, nil, 0, &f, &t, &p); err != nil {
		return nil, err
	}
	family, err := intArg(f, unix.AF_UNIX)
	if err != nil {
		return nil, err
	}
	kind, err := intArg(t, unix.SOCK_STREAM)
	if err != nil {
		return nil, err
	}
	proto, err := intArg(p, 0)
	if err != nil {
		return nil, err
	}
	fds, err := unix.Socketpair(family, kind|unix.SOCK_CLOEXEC, proto)
	if err != nil {
		return nil, errno.FromError(err)
	}
	ctx := moduleCtx(self)
	a, err := newSocket(ctx, fds[0], family, kind, proto)
	if err != nil {
		unix.Close(fds[1])
		return nil, err
	}
	b, err := newSocket(ctx, fds[1], family, kind, proto)
	if err != nil {
		return nil, err
	}
	return py.Tuple{a, b}, nil
}

func fdArg(name string, args py.Tuple) (int, error) {
	if len(args) != 1 {
		return 0, py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	return intArg(args[0], 0)
}

func dupFd(self py.Object, args py.Tuple) (py.Object, error) {
	fd, err := fdArg("dup", args)
	if err != nil {
		return nil, err
	}
	nfd, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
	if err != nil {
		return nil, errno.FromError(err)
	}
	return py.Int(nfd), nil
}

func closeFd(self py.Object, args py.Tuple) (py.Object, error) {
	fd, err := fdArg("close", args)
	if err != nil {
		return nil, err
	}
	if err := unix.Close(fd); err != nil && err != unix.ECONNRESET {
		return nil, errno.FromError(err)
	}
	return py.None, nil
}

func cmsgLen(space bool) func(py.Object, py.Tuple) (py.Object, error) {
	return func(self py.Object, args py.Tuple) (py.Object, error) {
		name := "CMSG_LEN"
		if space {
			name = "CMSG_SPACE"
		}
		n, err := fdArg(name, args)
		if err != nil {
			return nil, err
		}
		if n < 0 || n > 1<<31 {
			return nil, py.ExceptionNewf(py.OverflowError, "%s() argument out of range", name)
		}
		if space {
			return py.Int(unix.CmsgSpace(n)), nil
		}
		return py.Int(unix.CmsgLen(n)), nil
	}
}
