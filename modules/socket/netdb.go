package socket

import (
	"bufio"
	"context"
	"errors"
	"net"
	"net/netip"
	"os"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/interp/gil"
)

// Name resolution without the C library: host names through Go's resolver (which reads
// /etc/hosts and asks DNS as nsswitch.conf says), services and protocols from
// /etc/services and /etc/protocols, errors as glibc's getaddrinfo codes.

// GaiError is socket.gaierror, HError socket.herror.
var (
	GaiError = classes.NewExceptionType("gaierror", "socket", "", py.OSError)
	HError   = classes.NewExceptionType("herror", "socket", "", py.OSError)
)

// getaddrinfo's error codes and glibc's texts for them.
const (
	eaiBadFlags   = -1
	eaiNoName     = -2
	eaiAgain      = -3
	eaiFamily     = -6
	eaiSockType   = -7
	eaiService    = -8
	eaiAddrFamily = -9
)

var gaiText = map[int]string{
	eaiBadFlags:   "Bad value for ai_flags",
	eaiNoName:     "Name or service not known",
	eaiAgain:      "Temporary failure in name resolution",
	-4:            "Non-recoverable failure in name resolution",
	-5:            "No address associated with hostname",
	eaiFamily:     "ai_family not supported",
	eaiSockType:   "ai_socktype not supported",
	eaiService:    "Servname not supported for ai_socktype",
	eaiAddrFamily: "Address family for hostname not supported",
	-10:           "Memory allocation failure",
	-11:           "System error",
}

// GaiErr is socket.gaierror(code, text) for a getaddrinfo error code (EAI_NONAME is -2).
func GaiErr(code int) error {
	v, err := py.Call(GaiError, py.Tuple{py.Int(code), py.String(gaiText[code])}, nil)
	if err != nil {
		return err
	}
	return py.ExceptionInfo{Type: v.Type(), Value: v}
}

func herr(code int, text string) error {
	v, err := py.Call(HError, py.Tuple{py.Int(code), py.String(text)}, nil)
	if err != nil {
		return err
	}
	return py.ExceptionInfo{Type: v.Type(), Value: v}
}

// lookupIPs resolves a host name with the GIL released; the error is a gaierror.
func lookupIPs(ctx py.Context, host string, family int) ([]netip.Addr, error) {
	network := "ip"
	switch family {
	case unix.AF_INET:
		network = "ip4"
	case unix.AF_INET6:
		network = "ip6"
	}
	var addrs []netip.Addr
	var err error
	gil.Unlocked(ctx, func() {
		addrs, err = net.DefaultResolver.LookupNetIP(context.Background(), network, host)
	})
	if err != nil {
		var dns *net.DNSError
		if errors.As(err, &dns) && (dns.IsTimeout || dns.IsTemporary) && !dns.IsNotFound {
			return nil, GaiErr(eaiAgain)
		}
		return nil, GaiErr(eaiNoName)
	}
	for i, a := range addrs {
		if a.Is4In6() {
			addrs[i] = a.Unmap()
		}
	}
	return addrs, nil
}

// resolveHost is CPython's setipaddr: the address a host of an address tuple stands for.
func resolveHost(ctx py.Context, host string, family int) (netip.Addr, error) {
	switch host {
	case "":
		if family == unix.AF_INET {
			return netip.IPv4Unspecified(), nil
		}
		return netip.IPv6Unspecified(), nil
	case "<broadcast>", "255.255.255.255":
		if family != unix.AF_INET {
			return netip.Addr{}, py.ExceptionNewf(py.OSError, "address family mismatched")
		}
		return netip.AddrFrom4([4]byte{255, 255, 255, 255}), nil
	}
	if ip, err := netip.ParseAddr(host); err == nil {
		if (family == unix.AF_INET) != ip.Is4() {
			return netip.Addr{}, GaiErr(eaiAddrFamily)
		}
		return ip, nil
	}
	if strings.ContainsRune(host, 0) {
		return netip.Addr{}, py.ExceptionNewf(py.TypeError, "host name must not contain null character")
	}
	addrs, err := lookupIPs(ctx, host, family)
	if err != nil {
		return netip.Addr{}, err
	}
	if len(addrs) == 0 {
		return netip.Addr{}, GaiErr(eaiNoName)
	}
	return addrs[0], nil
}

// A service is a line of /etc/services.
type service struct {
	name    string
	port    int
	proto   string
	aliases []string
}

// readTable reads the lines of a netdb file (/etc/services, /etc/protocols) as fields.
func readTable(path string) [][]string {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if fields := strings.Fields(line); len(fields) >= 2 {
			out = append(out, fields)
		}
	}
	return out
}

func services() []service {
	var out []service
	for _, f := range readTable("/etc/services") {
		port, proto, ok := strings.Cut(f[1], "/")
		n, err := strconv.Atoi(port)
		if !ok || err != nil {
			continue
		}
		out = append(out, service{f[0], n, proto, f[2:]})
	}
	return out
}

// lookupService finds a service by name (and protocol, if not empty).
func lookupService(name, proto string) (service, bool) {
	for _, s := range services() {
		if proto != "" && s.proto != proto {
			continue
		}
		if s.name == name || contains(s.aliases, name) {
			return s, true
		}
	}
	return service{}, false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// lookupProtocol finds a protocol number by name in /etc/protocols.
func lookupProtocol(name string) (int, bool) {
	for _, f := range readTable("/etc/protocols") {
		if f[0] == name || contains(f[2:], name) {
			if n, err := strconv.Atoi(f[1]); err == nil {
				return n, true
			}
		}
	}
	return 0, false
}

func interfaceIndex(name string) (int, error) {
	ifi, err := net.InterfaceByName(name)
	if err != nil {
		return 0, err
	}
	return ifi.Index, nil
}

func interfaceName(index int) (string, error) {
	ifi, err := net.InterfaceByIndex(index)
	if err != nil {
		return "", err
	}
	return ifi.Name, nil
}

func itoa(n int) string { return strconv.Itoa(n) }
