package zlib

import (
	"bytes"
	"encoding/hex"
	"os/exec"
	"strings"
	"testing"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

func compressAll(t *testing.T, data []byte, level, wbits int) []byte {
	t.Helper()
	c, err := newCompressor(level, wbits, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	out, _ := c.compress(data)
	tail, _ := c.flush(zFinish)
	return append(out, tail...)
}

// CPython's zlib must decompress what gopy compresses, in every format.
func TestPython3Decompresses(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	data := bytes.Repeat([]byte("gopy and CPython agree on the data, not on the bytes. "), 50)
	var lines []string
	for _, wbits := range []int{15, 9, -15, 31} {
		for _, level := range []int{-1, 0, 1, 9} {
			lines = append(lines, hex.EncodeToString(compressAll(t, data, level, wbits))+" "+map[bool]string{true: "47", false: "-15"}[wbits > 0])
		}
	}
	cmd := exec.Command("python3", "-c", "import sys,zlib\nfor l in sys.stdin:\n  h,w=l.split()\n  print(zlib.decompress(bytes.fromhex(h), int(w)).hex())")
	cmd.Stdin = strings.NewReader(strings.Join(lines, "\n") + "\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if l != hex.EncodeToString(data) {
			t.Errorf("stream %d: python3 decompressed something else", i)
		}
	}
}

func FuzzDecompress(f *testing.F) {
	f.Add([]byte{0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01}, 15)
	f.Add([]byte{0x1f, 0x8b, 8, 0x1e, 0, 0, 0, 0, 0, 3, 'n', 0, 'c', 0, 0, 0}, 31)
	f.Add([]byte{0x78, 0xbb, 0, 0, 0, 1}, 47)
	f.Fuzz(func(t *testing.T, data []byte, wbits int) {
		d, ok := newDecompressor(wbits, []byte("zdict"))
		if !ok {
			return
		}
		for i := 0; i < len(data); i += 3 {
			if _, _, err := d.run(data[i:min(len(data), i+3)], 10); err != nil {
				return
			}
			d.unconsumed()
		}
	})
}

// TestMain makes gopy's changes to gpython before the tests run, as interp does.
func TestMain(m *testing.M) { gpyhooks.TestMain(m) }
