package tarfile_test

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/hex"
	"testing"

	"github.com/gopyrt/gopy/interp"
)

// fuzzScript opens the archive sys.argv[1] (hex) with transparent compression, reads every
// member's data, and does the same as a stream. The errors CPython's tarfile gives for
// damaged archives are expected (its own, EOFError and OSError from gzip, ValueError and
// IndexError from malformed pax and sparse records); any other exception, or a Go panic,
// fails.
const fuzzScript = `
import io, sys, tarfile
data = bytes.fromhex(sys.argv[1])
for mode in ('r:*', 'r|*'):
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode=mode) as tf:
            for m in tf:
                m.get_info()
                if m.isreg():
                    f = tf.extractfile(m)
                    if f is not None:
                        f.read()
    except (tarfile.TarError, EOFError, OSError, ValueError, IndexError):
        pass
`

func seedArchive(t testing.TB, format tar.Format, zip bool) []byte {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	files := []struct{ name, body string }{
		{"a.txt", "hello"},
		{"dir/" + string(bytes.Repeat([]byte("long"), 30)) + ".txt", "x"},
		{"ünï.txt", "unicode"},
	}
	for _, f := range files {
		hdr := &tar.Header{Name: f.name, Mode: 0o644, Size: int64(len(f.body)), Format: format}
		if err := tw.WriteHeader(hdr); err != nil {
			continue // a name the format cannot hold
		}
		if _, err := tw.Write([]byte(f.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.WriteHeader(&tar.Header{Name: "l", Typeflag: tar.TypeSymlink, Linkname: "a.txt", Format: format}); err != nil {
		t.Fatal(err)
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if !zip {
		return buf.Bytes()
	}
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(buf.Bytes())
	zw.Close()
	return z.Bytes()
}

// FuzzOpen reads arbitrary bytes as a tar archive, compressed or not.
func FuzzOpen(f *testing.F) {
	for _, format := range []tar.Format{tar.FormatUSTAR, tar.FormatPAX, tar.FormatGNU} {
		for _, zip := range []bool{false, true} {
			f.Add(seedArchive(f, format, zip))
		}
	}
	f.Add([]byte{})
	f.Add(make([]byte, 1024))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		it := interp.New(interp.Options{})
		defer it.Close()
		if status := it.RunString(fuzzScript, []string{hex.EncodeToString(data)}); status != 0 {
			t.Errorf("status %d for %x: see stderr", status, data)
		}
	})
}
