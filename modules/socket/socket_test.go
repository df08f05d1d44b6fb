package socket

import (
	"net/netip"
	"testing"
	"unsafe"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

func TestParseAton(t *testing.T) {
	for _, c := range []struct {
		in   string
		want [4]byte
		ok   bool
	}{
		{"1.2.3.4", [4]byte{1, 2, 3, 4}, true},
		{"127.1", [4]byte{127, 0, 0, 1}, true},
		{"0x7f.0.0.1", [4]byte{127, 0, 0, 1}, true},
		{"010.0.0.1", [4]byte{8, 0, 0, 1}, true},
		{"1.2.65535", [4]byte{1, 2, 255, 255}, true},
		{"4294967295", [4]byte{255, 255, 255, 255}, true},
		{"1.2.3.4 trailing", [4]byte{1, 2, 3, 4}, true},
		{"1.2.3.256", [4]byte{}, false},
		{"1.2.3.4.5", [4]byte{}, false},
		{"", [4]byte{}, false},
		{"x", [4]byte{}, false},
		{"1..2", [4]byte{}, false},
		{"+1.2.3.4", [4]byte{}, false},
	} {
		got, ok := parseAton(c.in)
		if ok != c.ok || (ok && got != c.want) {
			t.Errorf("parseAton(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// FuzzParseAton checks that inet_aton's parser never panics and that what it accepts
// in dotted-quad form reads back as the same address.
func FuzzParseAton(f *testing.F) {
	for _, s := range []string{"1.2.3.4", "127.1", "0x7f.1", "0377.0.0.1", "1.2.3.4 x", "", "..", "4294967296"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, ok := parseAton(s)
		if !ok {
			return
		}
		text := netip.AddrFrom4(b).String()
		if again, ok := parseAton(text); !ok || again != b {
			t.Fatalf("parseAton(%q) = %v, but %q reads as %v, %v", s, b, text, again, ok)
		}
	})
}

// FuzzDecodeAddr feeds arbitrary kernel address bytes to decodeAddr: it must never panic,
// whatever the family and length.
func FuzzDecodeAddr(f *testing.F) {
	f.Add([]byte{2, 0, 0x13, 0x88, 127, 0, 0, 1}, uint32(16))
	f.Add([]byte{1, 0, 0, 'a', 'b'}, uint32(5))
	f.Add([]byte{1, 0, '/', 't', 'm', 'p'}, uint32(200))
	f.Add([]byte{10, 0}, uint32(28))
	f.Add([]byte{16, 0, 1, 2}, uint32(4))
	f.Fuzz(func(t *testing.T, raw []byte, n uint32) {
		ra := &rawAddr{n: n % (unix.SizeofSockaddrAny + 8)}
		dst := (*[unix.SizeofSockaddrAny]byte)(unsafe.Pointer(&ra.any))
		copy(dst[:], raw)
		decodeAddr(ra)
	})
}

func TestAddrRoundTrip(t *testing.T) {
	for _, c := range []struct {
		family int
		addr   py.Object
	}{
		{unix.AF_INET, py.Tuple{py.String("127.0.0.1"), py.Int(5000)}},
		{unix.AF_INET6, py.Tuple{py.String("::1"), py.Int(80), py.Int(5), py.Int(0)}},
		{unix.AF_UNIX, py.String("/tmp/x")},
		{unix.AF_UNIX, py.String("@not-abstract")},
		{unix.AF_UNIX, py.Bytes("\x00abstract")},
	} {
		ra, err := encodeAddr(nil, c.family, c.addr, "bind")
		if err != nil {
			t.Fatalf("encodeAddr(%v): %v", c.addr, err)
		}
		if int(ra.any.Addr.Family) != c.family {
			t.Fatalf("family %d", ra.any.Addr.Family)
		}
		got := decodeAddr(ra)
		gr, _ := py.Repr(got)
		wr, _ := py.Repr(c.addr)
		if gr != wr {
			t.Errorf("round trip of %v gave %v", wr, gr)
		}
	}
}

// TestMain makes gopy's changes to gpython before the tests run, as interp does.
func TestMain(m *testing.M) { gpyhooks.TestMain(m) }
