package multiprocessing

import (
	"net"
	"strings"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	pysocket "github.com/gopyrt/gopy/modules/socket"
)

// Addresses of multiprocessing.connection (CPython 3.11's connection.py and the socket
// module's conversions): a (host, port) tuple for AF_INET, (host, port[, flowinfo,
// scope_id]) for AF_INET6 (which CPython 3.11 accepts only as an explicit Listener family),
// a path for AF_UNIX, or a name in Linux's abstract namespace: a str or bytes starting
// with NUL, which getsockname gives back as bytes.

// GaiError is socket.gaierror, raised where CPython's getaddrinfo fails.
var GaiError = pysocket.GaiError

// isAbstract is util.is_abstract_socket_namespace.
func isAbstract(address py.Object) bool {
	switch a := address.(type) {
	case py.String:
		return strings.HasPrefix(string(a), "\x00")
	case py.Bytes:
		return len(a) > 0 && a[0] == 0
	}
	return false
}

// addressFamily is CPython's address_type.
func addressFamily(address py.Object) (string, error) {
	switch a := address.(type) {
	case py.Tuple:
		return "AF_INET", nil
	case py.String:
		if strings.HasPrefix(string(a), `\\`) {
			return "AF_PIPE", nil
		}
		return "AF_UNIX", nil
	}
	if isAbstract(address) {
		return "AF_UNIX", nil
	}
	// util.is_abstract_socket_namespace refuses anything true that is neither str nor bytes.
	if _, isBytes := address.(py.Bytes); !isBytes {
		if t, err := truth(address); err != nil {
			return "", err
		} else if t {
			return "", py.ExceptionNewf(py.TypeError, "address type of %s unrecognized", pyRepr(address))
		}
	}
	return "", py.ExceptionNewf(py.ValueError, "address type of %s unrecognized", pyRepr(address))
}

// validateFamily is _validate_family on Linux.
func validateFamily(family string) error {
	if family == "AF_PIPE" {
		return py.ExceptionNewf(py.ValueError, "Family %s is not recognized.", family)
	}
	return nil
}

// socketDomain is getattr(socket, family) for the families gopy's sockets support.
func socketDomain(family string) (int, error) {
	switch family {
	case "AF_UNIX":
		return unix.AF_UNIX, nil
	case "AF_INET":
		return unix.AF_INET, nil
	case "AF_INET6":
		return unix.AF_INET6, nil
	}
	return 0, py.ExceptionNewf(py.AttributeError, "module 'socket' has no attribute '%s'", family)
}

// sockaddr converts an address of family to a socket address.
// caller names the socket method in CPython's port error (bind, connect).
func sockaddr(family string, address py.Object, caller string) (unix.Sockaddr, error) {
	if family == "AF_UNIX" {
		switch a := address.(type) {
		case py.String:
			return &unix.SockaddrUnix{Name: string(a)}, nil
		case py.Bytes:
			return &unix.SockaddrUnix{Name: string(a)}, nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", address.Type().Name)
	}
	t, ok := address.(py.Tuple)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "%s address must be tuple, not %s", family, address.Type().Name)
	}
	if family == "AF_INET" && len(t) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "AF_INET address must be a pair (host, port)")
	}
	if family == "AF_INET6" && (len(t) < 2 || len(t) > 4) {
		return nil, py.ExceptionNewf(py.TypeError, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
	}
	host, ok := t[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "str, bytes or bytearray expected, not %s", t[0].Type().Name)
	}
	port, ok := t[1].(py.Int)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", t[1].Type().Name)
	}
	if port < 0 || port > 65535 {
		return nil, py.ExceptionNewf(py.OverflowError, "%s(): port must be 0-65535.", caller)
	}
	var ip net.IP
	if host != "" {
		ips, err := net.LookupIP(string(host))
		if err != nil {
			return nil, pysocket.GaiErr(-2)
		}
		for _, cand := range ips {
			if (family == "AF_INET") == (cand.To4() != nil) {
				ip = cand
				break
			}
		}
		if ip == nil {
			return nil, pysocket.GaiErr(-9)
		}
	}
	if family == "AF_INET" {
		sa := &unix.SockaddrInet4{Port: int(port)}
		if ip != nil {
			copy(sa.Addr[:], ip.To4())
		}
		return sa, nil
	}
	sa := &unix.SockaddrInet6{Port: int(port)}
	if ip != nil {
		copy(sa.Addr[:], ip.To16())
	}
	if len(t) == 4 {
		if scope, ok := t[3].(py.Int); ok {
			sa.ZoneId = uint32(scope)
		}
	}
	return sa, nil
}

// addressOf converts a socket address back to Python's form.
func addressOf(sa unix.Sockaddr) py.Object {
	switch a := sa.(type) {
	case *unix.SockaddrInet4:
		return py.Tuple{py.String(net.IP(a.Addr[:]).String()), py.Int(a.Port)}
	case *unix.SockaddrInet6:
		return py.Tuple{py.String(net.IP(a.Addr[:]).String()), py.Int(a.Port), py.Int(0), py.Int(a.ZoneId)}
	case *unix.SockaddrUnix:
		// x/sys/unix shows an abstract name as "@name" and an unnamed socket as "@".
		if a.Name == "@" || a.Name == "" {
			return py.String("")
		}
		if strings.HasPrefix(a.Name, "@") {
			return py.Bytes("\x00" + a.Name[1:])
		}
		return py.String(a.Name)
	}
	return py.String("")
}

// addressTypeFunc is multiprocessing.connection.address_type(address).
func addressTypeFunc(self py.Object, arg py.Object) (py.Object, error) {
	f, err := addressFamily(arg)
	if err != nil {
		return nil, err
	}
	return py.String(f), nil
}

func addressFunctions() []*py.Method {
	return []*py.Method{
		py.MustNewMethod("address_type", addressTypeFunc, 0, "Return the types of the address\n\nThis can be 'AF_INET', 'AF_UNIX', or 'AF_PIPE'"),
	}
}
