package socket

import (
	"context"
	"net"
	"net/netip"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/errno"
)

// The module's resolution and conversion functions.

// strArg is a str argument of a function (CPython's "argument N must be str" message).
func strArg(fname string, n int, o py.Object) (string, error) {
	s, ok := o.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "%s() argument %d must be str, not %s", fname, n, argclinic.TypeName(o))
	}
	return string(s), nil
}

// textArg is the text of a str or bytes argument; ok is false for anything else.
func textArg(o py.Object) (string, bool) {
	switch v := o.(type) {
	case py.String:
		return string(v), true
	case py.Bytes:
		return string(v), true
	}
	return "", false
}

// kindsFor is the (type, proto) pairs getaddrinfo gives for type and proto.
func kindsFor(kind, proto int) ([][2]int, error) {
	def := map[int]int{unix.SOCK_STREAM: unix.IPPROTO_TCP, unix.SOCK_DGRAM: unix.IPPROTO_UDP, unix.SOCK_RAW: 0}
	if kind == 0 {
		switch proto {
		case 0:
			return [][2]int{{unix.SOCK_STREAM, unix.IPPROTO_TCP}, {unix.SOCK_DGRAM, unix.IPPROTO_UDP}, {unix.SOCK_RAW, 0}}, nil
		case unix.IPPROTO_TCP:
			return [][2]int{{unix.SOCK_STREAM, proto}}, nil
		case unix.IPPROTO_UDP:
			return [][2]int{{unix.SOCK_DGRAM, proto}}, nil
		}
		return [][2]int{{unix.SOCK_RAW, proto}}, nil
	}
	p, ok := def[kind]
	if !ok {
		return nil, GaiErr(eaiSockType)
	}
	if proto != 0 {
		p = proto
	}
	return [][2]int{{kind, p}}, nil
}

func getaddrinfo(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	a, err := argclinic.Parse("getaddrinfo", args, kw, []string{"host", "port", "family", "type", "proto", "flags"}, 0, 6, 2)
	if err != nil {
		return nil, err
	}
	var n [4]int
	for i := range n {
		if n[i], err = intArg(a[i+2], 0); err != nil {
			return nil, err
		}
	}
	family, kind, proto, flags := n[0], n[1], n[2], n[3]
	ctx := moduleCtx(self)
	hostNone := a[0] == py.None
	host, ok := textArg(a[0])
	if !ok && !hostNone {
		return nil, py.ExceptionNewf(py.TypeError, "getaddrinfo() argument 1 must be string or None")
	}
	port := 0
	service, ok := textArg(a[1])
	if p, isInt := a[1].(py.Int); isInt {
		port = int(p)
	} else if !ok && a[1] != py.None {
		return nil, py.ExceptionNewf(py.OSError, "Int or String expected")
	}
	if family != unix.AF_UNSPEC && family != unix.AF_INET && family != unix.AF_INET6 {
		return nil, GaiErr(eaiFamily)
	}
	if hostNone && service == "" && a[1] == py.None {
		return nil, GaiErr(eaiNoName)
	}
	kinds, err := kindsFor(kind, proto)
	if err != nil {
		return nil, err
	}
	if service != "" {
		if v, err := strconv.Atoi(service); err == nil {
			port = v
		} else {
			if flags&aiNumericServ != 0 {
				return nil, GaiErr(eaiNoName)
			}
			var kept [][2]int
			for _, k := range kinds {
				netProto := map[int]string{unix.SOCK_STREAM: "tcp", unix.SOCK_DGRAM: "udp"}[k[0]]
				if s, ok := lookupService(service, netProto); ok && netProto != "" {
					port = s.port
					kept = append(kept, k)
				}
			}
			if len(kept) == 0 {
				return nil, GaiErr(eaiService)
			}
			kinds = kept
		}
	}
	var addrs []netip.Addr
	switch {
	case hostNone:
		if flags&aiPassive != 0 {
			addrs = []netip.Addr{netip.IPv4Unspecified(), netip.IPv6Unspecified()}
		} else {
			addrs = []netip.Addr{netip.IPv6Loopback(), netip.AddrFrom4([4]byte{127, 0, 0, 1})}
		}
	default:
		if ip, perr := netip.ParseAddr(host); perr == nil {
			addrs = []netip.Addr{ip}
			if (family == unix.AF_INET && !ip.Is4()) || (family == unix.AF_INET6 && ip.Is4()) {
				return nil, GaiErr(eaiAddrFamily)
			}
		} else if flags&aiNumericHost != 0 {
			return nil, GaiErr(eaiNoName)
		} else if addrs, err = lookupIPs(ctx, host, family); err != nil {
			return nil, err
		}
	}
	var out []py.Object
	first := true
	for _, ip := range addrs {
		fam := unix.AF_INET6
		if ip.Is4() {
			fam = unix.AF_INET
		}
		if family != unix.AF_UNSPEC && fam != family {
			continue
		}
		var sa py.Object
		if fam == unix.AF_INET {
			sa = py.Tuple{py.String(ip.String()), py.Int(port)}
		} else {
			sa = py.Tuple{py.String(ip.WithZone("").String()), py.Int(port), py.Int(0), py.Int(0)}
		}
		for _, k := range kinds {
			canon := ""
			if first && flags&aiCanonName != 0 {
				canon = host
			}
			first = false
			out = append(out, py.Tuple{py.Int(fam), py.Int(k[0]), py.Int(k[1]), py.String(canon), sa})
		}
	}
	if len(out) == 0 {
		return nil, GaiErr(eaiNoName)
	}
	return py.NewListFromItems(out), nil
}

// reverseName is the host name of ip (the first name /etc/hosts or DNS gives), "" if none.
func reverseName(ctx py.Context, ip netip.Addr) string {
	var names []string
	gil.Unlocked(ctx, func() {
		names, _ = net.DefaultResolver.LookupAddr(context.Background(), ip.String())
	})
	if len(names) == 0 {
		return ""
	}
	return strings.TrimSuffix(names[0], ".")
}

func getnameinfo(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "getnameinfo() takes exactly 2 arguments (%d given)", len(args))
	}
	t, ok := args[0].(py.Tuple)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "getnameinfo() argument 1 must be a tuple")
	}
	if len(t) < 2 || len(t) > 4 {
		return nil, py.ExceptionNewf(py.TypeError, "getnameinfo(): illegal sockaddr argument")
	}
	flags, err := intArg(args[1], 0)
	if err != nil {
		return nil, err
	}
	host, err := hostArg(t[0])
	if err != nil {
		return nil, err
	}
	port, err := intArg(t[1], 0)
	if err != nil {
		return nil, err
	}
	if port < 0 || port > 65535 {
		return nil, py.ExceptionNewf(py.OverflowError, "getnameinfo(): port must be 0-65535.")
	}
	ctx := moduleCtx(self)
	ip, err := netip.ParseAddr(host)
	if err != nil {
		addrs, lerr := lookupIPs(ctx, host, unix.AF_UNSPEC)
		if lerr != nil {
			return nil, lerr
		}
		if len(addrs) != 1 {
			return nil, py.ExceptionNewf(py.OSError, "sockaddr resolved to multiple addresses")
		}
		ip = addrs[0]
	}
	name := ip.String()
	if flags&niNumericHost == 0 {
		if n := reverseName(ctx, ip); n != "" {
			name = n
		} else if flags&niNameReqd != 0 {
			return nil, GaiErr(eaiNoName)
		}
	}
	serv := strconv.Itoa(port)
	if flags&niNumericServ == 0 {
		proto := "tcp"
		if flags&niDgram != 0 {
			proto = "udp"
		}
		for _, s := range services() {
			if s.port == port && s.proto == proto {
				serv = s.name
				break
			}
		}
	}
	return py.Tuple{py.String(name), py.String(serv)}, nil
}

func gethostname(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "gethostname() takes no arguments (%d given)", len(args))
	}
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		return nil, errno.FromError(err)
	}
	return py.String(unix.ByteSliceToString(u.Nodename[:])), nil
}

func sethostname(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "sethostname() takes exactly 1 argument (%d given)", len(args))
	}
	name, ok := textArg(args[0])
	if !ok {
		if b, isBuf := objects.BytesLike(args[0]); isBuf {
			name = string(b)
		} else {
			return nil, py.ExceptionNewf(py.TypeError, "expected str, bytes or os.PathLike object, not %s", argclinic.TypeName(args[0]))
		}
	}
	if err := unix.Sethostname([]byte(name)); err != nil {
		return nil, errno.FromError(err)
	}
	return py.None, nil
}

// hostAddrs is the IPv4 addresses of a host argument (gethostbyname and friends).
func hostAddrs(ctx py.Context, fname string, args py.Tuple) (string, []netip.Addr, error) {
	if len(args) != 1 {
		return "", nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly 1 argument (%d given)", fname, len(args))
	}
	host, err := strArg(fname, 1, args[0])
	if err != nil {
		return "", nil, err
	}
	ip, err := resolveHost(ctx, host, unix.AF_INET)
	if err != nil {
		return "", nil, err
	}
	if _, perr := netip.ParseAddr(host); perr == nil || host == "" {
		return host, []netip.Addr{ip}, nil
	}
	addrs, err := lookupIPs(ctx, host, unix.AF_INET)
	return host, addrs, err
}

func gethostbyname(self py.Object, args py.Tuple) (py.Object, error) {
	_, addrs, err := hostAddrs(moduleCtx(self), "gethostbyname", args)
	if err != nil {
		return nil, err
	}
	return py.String(addrs[0].String()), nil
}

func addrList(addrs []netip.Addr) py.Object {
	out := make([]py.Object, len(addrs))
	for i, a := range addrs {
		out[i] = py.String(a.String())
	}
	return py.NewListFromItems(out)
}

func gethostbynameEx(self py.Object, args py.Tuple) (py.Object, error) {
	host, addrs, err := hostAddrs(moduleCtx(self), "gethostbyname_ex", args)
	if err != nil {
		return nil, err
	}
	return py.Tuple{py.String(host), py.NewList(), addrList(addrs)}, nil
}

func gethostbyaddr(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "gethostbyaddr() takes exactly 1 argument (%d given)", len(args))
	}
	host, err := strArg("gethostbyaddr", 1, args[0])
	if err != nil {
		return nil, err
	}
	ctx := moduleCtx(self)
	ip, err := netip.ParseAddr(host)
	if err != nil {
		addrs, lerr := lookupIPs(ctx, host, unix.AF_UNSPEC)
		if lerr != nil {
			return nil, lerr
		}
		ip = addrs[0]
	}
	name := reverseName(ctx, ip)
	if name == "" {
		return nil, herr(1, "Unknown host")
	}
	return py.Tuple{py.String(name), py.NewList(), addrList([]netip.Addr{ip})}, nil
}

func protoArg(fname string, args py.Tuple) (string, error) {
	if len(args) < 2 || args[1] == py.None {
		return "", nil
	}
	return strArg(fname, 2, args[1])
}

func getservbyname(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) < 1 || len(args) > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "getservbyname() takes at least 1 argument (%d given)", len(args))
	}
	name, err := strArg("getservbyname", 1, args[0])
	if err != nil {
		return nil, err
	}
	proto, err := protoArg("getservbyname", args)
	if err != nil {
		return nil, err
	}
	s, ok := lookupService(name, proto)
	if !ok {
		return nil, py.ExceptionNewf(py.OSError, "service/proto not found")
	}
	return py.Int(s.port), nil
}

func getservbyport(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) < 1 || len(args) > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "getservbyport() takes at least 1 argument (%d given)", len(args))
	}
	port, err := intArg(args[0], 0)
	if err != nil {
		return nil, err
	}
	if port < 0 || port > 65535 {
		return nil, py.ExceptionNewf(py.OverflowError, "getservbyport: port must be 0-65535.")
	}
	proto, err := protoArg("getservbyport", args)
	if err != nil {
		return nil, err
	}
	for _, s := range services() {
		if s.port == port && (proto == "" || s.proto == proto) {
			return py.String(s.name), nil
		}
	}
	return nil, py.ExceptionNewf(py.OSError, "port/proto not found")
}

func getprotobyname(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "getprotobyname() takes exactly 1 argument (%d given)", len(args))
	}
	name, err := strArg("getprotobyname", 1, args[0])
	if err != nil {
		return nil, err
	}
	if n, ok := lookupProtocol(name); ok {
		return py.Int(n), nil
	}
	return nil, py.ExceptionNewf(py.OSError, "protocol not found")
}

// parseAton is the C library's inet_aton: one to four numbers (decimal, 0x hex or 0
// octal) separated by dots, the last filling the remaining bytes; anything after a
// space is ignored.
func parseAton(s string) ([4]byte, bool) {
	var out [4]byte
	if i := strings.IndexAny(s, " \t\n\v\f\r"); i >= 0 {
		s = s[:i]
	}
	parts := strings.Split(s, ".")
	if len(parts) > 4 || s == "" {
		return out, false
	}
	vals := make([]uint64, len(parts))
	for i, p := range parts {
		v, err := strconv.ParseUint(p, 0, 32)
		if err != nil || p == "" || p[0] == '+' || strings.ContainsRune(p, '_') {
			return out, false
		}
		vals[i] = v
	}
	var n uint64
	for i, v := range vals[:len(vals)-1] {
		if v > 255 {
			return out, false
		}
		n |= v << (24 - 8*i)
	}
	last := vals[len(vals)-1]
	if last >= 1<<(8*(5-len(vals))) && len(vals) > 1 {
		return out, false
	}
	n |= last
	out[0], out[1], out[2], out[3] = byte(n>>24), byte(n>>16), byte(n>>8), byte(n)
	return out, true
}

func inetAton(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "inet_aton() takes exactly 1 argument (%d given)", len(args))
	}
	s, err := strArg("inet_aton", 1, args[0])
	if err != nil {
		return nil, err
	}
	b, ok := parseAton(s)
	if !ok {
		return nil, py.ExceptionNewf(py.OSError, "illegal IP address string passed to inet_aton")
	}
	return py.Bytes(b[:]), nil
}

func inetNtoa(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "inet_ntoa() takes exactly 1 argument (%d given)", len(args))
	}
	b, err := argclinic.NeedBytes(args[0])
	if err != nil {
		return nil, err
	}
	if len(b) != 4 {
		return nil, py.ExceptionNewf(py.OSError, "packed IP wrong length for inet_ntoa")
	}
	return py.String(netip.AddrFrom4([4]byte(b)).String()), nil
}

func familyArg(o py.Object) (int, error) {
	af, err := intArg(o, 0)
	if err != nil {
		return 0, err
	}
	if af != unix.AF_INET && af != unix.AF_INET6 {
		return 0, errno.FromError(unix.EAFNOSUPPORT)
	}
	return af, nil
}

func inetPton(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "inet_pton expected 2 arguments, got %d", len(args))
	}
	af, err := familyArg(args[0])
	if err != nil {
		return nil, err
	}
	s, err := strArg("inet_pton", 2, args[1])
	if err != nil {
		return nil, err
	}
	ip, perr := netip.ParseAddr(s)
	if perr != nil || ip.Zone() != "" || (af == unix.AF_INET) != ip.Is4() {
		return nil, py.ExceptionNewf(py.OSError, "illegal IP address string passed to inet_pton")
	}
	return py.Bytes(ip.AsSlice()), nil
}

func inetNtop(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "inet_ntop expected 2 arguments, got %d", len(args))
	}
	af, err := intArg(args[0], 0)
	if err != nil {
		return nil, err
	}
	b, ok := objects.BytesLike(args[1])
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", argclinic.TypeName(args[1]))
	}
	switch af {
	case unix.AF_INET:
		if len(b) != 4 {
			return nil, py.ExceptionNewf(py.ValueError, "invalid length of packed IP address string")
		}
		return py.String(netip.AddrFrom4([4]byte(b)).String()), nil
	case unix.AF_INET6:
		if len(b) != 16 {
			return nil, py.ExceptionNewf(py.ValueError, "invalid length of packed IP address string")
		}
		return py.String(netip.AddrFrom16([16]byte(b)).String()), nil
	}
	return nil, py.ExceptionNewf(py.ValueError, "unknown address family %d", af)
}

// byteOrder is htons/ntohs (bits 16) or htonl/ntohl (bits 32): a byte swap on this
// little-endian machine, with CPython's range errors.
func byteOrder(name string, bits int) func(py.Object, py.Tuple) (py.Object, error) {
	return func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
		}
		b, err := argclinic.BigIndex(args[0])
		if err != nil {
			return nil, err
		}
		if bits == 16 {
			if b.Sign() < 0 {
				return nil, py.ExceptionNewf(py.OverflowError, "%s: can't convert negative Python int to C 16-bit unsigned integer", name)
			}
			if !b.IsUint64() || b.Uint64() > 0xffff {
				return nil, py.ExceptionNewf(py.OverflowError, "%s: Python int too large to convert to C 16-bit unsigned integer", name)
			}
			v := uint16(b.Uint64())
			return py.Int(v>>8 | v<<8), nil
		}
		if b.Sign() < 0 {
			return nil, py.ExceptionNewf(py.OverflowError, "can't convert negative value to unsigned int")
		}
		if !b.IsUint64() || b.Uint64() > 0xffffffff {
			return nil, py.ExceptionNewf(py.OverflowError, "int larger than 32 bits")
		}
		v := uint32(b.Uint64())
		return py.Int(v>>24 | (v>>8)&0xff00 | (v<<8)&0xff0000 | v<<24), nil
	}
}

func ifNameindex(self py.Object, args py.Tuple) (py.Object, error) {
	ifs, err := net.Interfaces()
	if err != nil {
		return nil, py.ExceptionNewf(py.OSError, "%v", err)
	}
	out := make([]py.Object, len(ifs))
	for i, ifi := range ifs {
		out[i] = py.Tuple{py.Int(ifi.Index), py.String(ifi.Name)}
	}
	return py.NewListFromItems(out), nil
}

func ifNametoindex(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "if_nametoindex() takes exactly one argument (%d given)", len(args))
	}
	name, ok := args[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "expected str, bytes or os.PathLike object, not %s", argclinic.TypeName(args[0]))
	}
	idx, err := interfaceIndex(string(name))
	if err != nil {
		return nil, py.ExceptionNewf(py.OSError, "no interface with this name")
	}
	return py.Int(idx), nil
}

func ifIndextoname(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "if_indextoname() takes exactly one argument (%d given)", len(args))
	}
	idx, err := intArg(args[0], 0)
	if err != nil {
		return nil, err
	}
	name, ierr := interfaceName(idx)
	if ierr != nil {
		return nil, errno.FromError(unix.ENXIO)
	}
	return py.String(name), nil
}

// getaddrinfo's and getnameinfo's flags (glibc's values).
const (
	aiPassive     = 1
	aiCanonName   = 2
	aiNumericHost = 4
	aiNumericServ = 0x400
	niNumericHost = 1
	niNumericServ = 2
	niNameReqd    = 8
	niDgram       = 16
)
