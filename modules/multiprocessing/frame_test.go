package multiprocessing

import (
	"bytes"
	"encoding/binary"
	"testing"

	"github.com/go-python/gpython/py"
)

// sliceReader reads from data at most chunk bytes at a time (0 = all), then reports end
// of file.
func sliceReader(data []byte, chunk int) readFunc {
	return func(p []byte) (int, error) {
		if chunk > 0 && len(p) > chunk {
			p = p[:chunk]
		}
		n := copy(p, data)
		data = data[n:]
		return n, nil
	}
}

func frame(payload []byte) []byte { return append(frameHeader(len(payload)), payload...) }

func excType(err error) *py.Type {
	if e, ok := err.(*py.Exception); ok {
		return e.Base
	}
	return nil
}

func TestFrameRoundTrip(t *testing.T) {
	for _, n := range []int{0, 1, 4, 16384, 16385, firstChunk, firstChunk*3 + 7} {
		payload := bytes.Repeat([]byte{'x'}, n)
		for _, chunk := range []int{0, 1, 1000} {
			if chunk == 1 && n > 20000 {
				continue
			}
			got, err := readFrame(sliceReader(frame(payload), chunk), -1)
			if err != nil || !bytes.Equal(got, payload) {
				t.Fatalf("n=%d chunk=%d: %v, %d bytes", n, chunk, err, len(got))
			}
		}
	}
}

func TestFrameHeader(t *testing.T) {
	if h := frameHeader(3); !bytes.Equal(h, []byte{0, 0, 0, 3}) {
		t.Errorf("short header %x", h)
	}
	h := frameHeader(maxShortFrame + 1)
	want := []byte{0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0x80, 0, 0, 0}
	if !bytes.Equal(h, want) {
		t.Errorf("long header %x, want %x", h, want)
	}
}

func TestFrameErrors(t *testing.T) {
	cases := []struct {
		name  string
		data  []byte
		max   int64
		want  *py.Type
		empty bool
	}{
		{"nothing", nil, -1, py.EOFError, false},
		{"half header", []byte{0, 0}, -1, py.OSError, false},
		{"header only", []byte{0, 0, 0, 4}, -1, py.EOFError, false},
		{"short payload", []byte{0, 0, 0, 4, 'a'}, -1, py.OSError, false},
		{"negative length", []byte{0xff, 0xff, 0xff, 0xfe}, -1, nil, true},
		{"long form cut", []byte{0xff, 0xff, 0xff, 0xff, 0, 0}, -1, py.OSError, false},
		{"long form, no payload", []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, -1, py.EOFError, false},
	}
	for _, c := range cases {
		got, err := readFrame(sliceReader(c.data, 0), c.max)
		if c.empty {
			if err != nil || len(got) != 0 {
				t.Errorf("%s: %v %q", c.name, err, got)
			}
			continue
		}
		if excType(err) != c.want {
			t.Errorf("%s: got %v, want %s", c.name, err, c.want.Name)
		}
	}
	if _, err := readFrame(sliceReader(frame([]byte("12345")), 0), 4); err != errBadLength {
		t.Errorf("maxsize: got %v", err)
	}
	if got, err := readFrame(sliceReader(frame([]byte("1234")), 0), 4); err != nil || string(got) != "1234" {
		t.Errorf("maxsize exact: %v %q", err, got)
	}
}

// FuzzReadFrame feeds arbitrary bytes to the framing reader: it never panics, a message it
// returns is exactly what the header announced, and a forged length cannot make it
// allocate much more than the input holds.
func FuzzReadFrame(f *testing.F) {
	f.Add(frame([]byte("hello")), int64(-1), 0)
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0x7f, 0, 0, 0, 0, 0, 0, 0, 'a'}, int64(-1), 3)
	f.Add([]byte{0x7f, 0xff, 0xff, 0xff, 'x'}, int64(-1), 1)
	f.Add([]byte{0, 0, 0, 9, 'x'}, int64(4), 0)
	f.Fuzz(func(t *testing.T, data []byte, maxsize int64, chunk int) {
		if chunk < 0 {
			chunk = -chunk
		}
		var allocated, total uint64
		read := sliceReader(data, chunk%64)
		counting := func(p []byte) (int, error) {
			allocated = max(allocated, total+uint64(cap(p)))
			n, err := read(p)
			total += uint64(n)
			return n, err
		}
		got, err := readFrame(counting, maxsize)
		if limit := uint64(2*len(data) + firstChunk + 12); allocated > limit {
			t.Fatalf("read buffer of %d bytes for %d bytes of input", allocated, len(data))
		}
		if err != nil {
			return
		}
		if len(data) < 4 {
			t.Fatalf("a message from %d bytes", len(data))
		}
		n := int32(binary.BigEndian.Uint32(data))
		switch {
		case n == -1:
			if uint64(len(got)) != binary.BigEndian.Uint64(data[4:12]) || !bytes.Equal(got, data[12:12+len(got)]) {
				t.Fatalf("long-form message mismatch")
			}
		case n < 0:
			if len(got) != 0 {
				t.Fatalf("negative length gave %d bytes", len(got))
			}
		default:
			if len(got) != int(n) || !bytes.Equal(got, data[4:4+n]) {
				t.Fatalf("message mismatch")
			}
		}
		if maxsize >= 0 && int64(len(got)) > maxsize {
			t.Fatalf("message of %d bytes over maxsize %d", len(got), maxsize)
		}
	})
}

// TestFrameIntoKeptBuffer reads messages one after the other into a buffer larger than
// each: a read must never take bytes of the next message.
func TestFrameIntoKeptBuffer(t *testing.T) {
	var wire []byte
	for i := 0; i < 5; i++ {
		wire = append(wire, frame(bytes.Repeat([]byte{byte('a' + i)}, 10+i))...)
	}
	read := sliceReader(wire, 0)
	buf := make([]byte, 0, 1000)
	for i := 0; i < 5; i++ {
		got, err := readFrameInto(read, -1, buf)
		if err != nil || !bytes.Equal(got, bytes.Repeat([]byte{byte('a' + i)}, 10+i)) {
			t.Fatalf("message %d: %v, %q", i, err, got)
		}
		buf = got
	}
}
